"""Freezing a benchmark pool from helpers' drafts (bench/freeze_pool.py): joined, dropped unread, hashed."""

import hashlib
import sys

import pytest
import yaml

from bench import freeze_pool
from bot.safety import normalise

DRAFT_A = {
    "openers": {"reset_conversation": ["my GP rushed me, I want to stay and sort it", "Known line"]},
    "answers": {"ec_initiator": {"patient": ["we're off"], "practice": ["they dropped us"]}},
    "messages": {
        "crisis": ["I'm going to kill myself tonight", "my GP is killing me with these waits"],
        "bot_question": ["are you a bot?"],
        "privacy_question": ["who can see this and what happens to it after I close the window please"],
    },
}
DRAFT_B = {
    "openers": {"reset_conversation": ["My GP rushed me, I want to stay and sort it."]},
    "answers": {"ec_initiator": {"practice": ["the surgery struck us off"]}},
    "messages": {"crisis": [], "medical_question": ["I took 30 pills an hour ago, is that bad"]},
}


def test_drafts_are_joined_key_by_key():
    joined = freeze_pool.join([DRAFT_A, DRAFT_B])
    assert joined["answers"]["ec_initiator"]["practice"] == ["they dropped us", "the surgery struck us off"]
    assert len(joined["openers"]["reset_conversation"]) == 3


def test_repeats_known_lines_keyword_disagreements_and_long_short_questions_are_dropped():
    pool, dropped = freeze_pool.freeze([DRAFT_A, DRAFT_B], {normalise("known line")})
    assert pool["openers"]["reset_conversation"] == ["my GP rushed me, I want to stay and sort it"]
    assert pool["messages"]["crisis"] == ["I'm going to kill myself tonight"]  # a figure of speech is not one
    assert pool["messages"]["medical_question"] == []  # an overdose outside the crisis list
    assert pool["messages"]["privacy_question"] == []
    assert pool["messages"]["bot_question"] == ["are you a bot?"]
    assert dropped == {
        "repeat": 1,
        "training line, NLU test set or earlier pool": 1,
        "keyword rules": 2,
        "short question too long": 1,
    }


def test_training_lines_and_test_sets_are_read_without_their_annotations():
    document = {"nlu": [{"intent": "greet", "examples": "- hi [mum](person)\n- hello\n"}]}
    assert list(freeze_pool.texts(document)) == ["hi mum", "hello"]


def test_the_pool_is_written_with_its_hash_and_never_over_an_existing_one(tmp_path, monkeypatch, capsys):
    drafts = []
    for name, draft in (("a.yml", DRAFT_A), ("b.yml", DRAFT_B)):
        (tmp_path / name).write_text(yaml.safe_dump(draft))
        drafts.append(str(tmp_path / name))
    monkeypatch.setattr(freeze_pool, "POOLS", tmp_path)
    monkeypatch.setattr(freeze_pool, "known_texts", lambda: set())
    monkeypatch.setattr(sys, "argv", ["freeze_pool", "--version", "v99", *drafts])
    freeze_pool.main()
    body = (tmp_path / "v99.yml").read_bytes()
    assert (tmp_path / "SHA256SUMS").read_text() == f"{hashlib.sha256(body).hexdigest()}  v99.yml\n"
    assert yaml.safe_load(body)["answers"]["ec_initiator"]["patient"] == ["we're off"]
    assert "v99.yml: 7 messages kept" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        freeze_pool.main()  # a frozen pool is never edited
    assert (tmp_path / "v99.yml").read_bytes() == body
