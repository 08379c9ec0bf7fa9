"""The analytics store (bot/analytics.py): codes only, a closed vocabulary, failures that never spread."""

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest

from bot.analytics import FREE_TEXT, VOCABULARY, Analytics, UnknownCode, new_token

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def store():
    return Analytics(memory=True)


def test_an_event_is_a_day_a_random_token_and_codes(store):
    token = new_token()
    assert store.record(token, "second_opinion", "so_serious", "yes")
    [row] = store.rows()
    assert set(row) == {"day", "token", "pathway", "step", "choice", "outcome", "bot_version"}
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["day"])  # a day, never a timestamp
    assert re.fullmatch(r"[0-9a-f]{32}", row["token"]) and row["token"] != new_token()


@pytest.mark.parametrize(
    "pathway, step, choice, outcome",
    [
        ("nope", "start", "started", None),
        ("second_opinion", "so_name", "yes", None),
        ("second_opinion", "so_serious", "Jane Doe, 555-0100", None),
        ("ending_care", "end", "completed", "Jane"),
    ],
)
def test_a_code_outside_the_vocabulary_is_refused_and_nothing_is_written(
    store, pathway, step, choice, outcome
):
    with pytest.raises(UnknownCode):
        store.record(new_token(), pathway, step, choice, outcome)
    assert store.rows() == []


def test_the_file_is_created_on_first_use_in_wal_mode_without_a_flush_per_event(tmp_path):
    path = tmp_path / "sub" / "analytics.sqlite"
    store = Analytics(path)
    assert not path.exists()  # nothing opened at construction
    store.record(new_token(), "safety", "reply", "crisis")
    assert sqlite3.connect(path).execute("pragma journal_mode").fetchone()[0] == "wal"
    assert store._open().execute("pragma synchronous").fetchone()[0] == 1  # NORMAL


def test_retention_deletes_only_old_events(store):
    today = dt.date.today()
    store.record(new_token(), "safety", "reply", "crisis", day=today - dt.timedelta(days=400))
    store.record(new_token(), "safety", "reply", "crisis", day=today)
    assert store.prune(older_than_days=365) == 1
    assert [r["day"] for r in store.rows()] == [today.isoformat()]


def test_a_store_that_cannot_be_opened_logs_once_and_returns_false(tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = Analytics(blocker / "analytics.sqlite")
    assert store.record(new_token(), "safety", "reply", "crisis") is False
    assert store.record(new_token(), "safety", "reply", "emergency") is False
    assert len([r for r in caplog.records if "Analytics could not be written" in r.message]) == 1


def test_a_locked_store_fails_quietly_and_logs_the_cause(tmp_path, caplog):
    path = tmp_path / "analytics.sqlite"
    Analytics(path).record(new_token(), "safety", "reply", "crisis")
    locker = sqlite3.connect(path, timeout=0)
    locker.execute("begin exclusive")
    try:
        store = Analytics(path)
        store._open()  # opened before the lock matters; the insert is what waits
        assert store.record(new_token(), "safety", "reply", "crisis") is False
        assert "locked" in caplog.text
    finally:
        locker.rollback()


def test_the_vocabulary_covers_every_code_the_actions_emit():
    """Every answer code and button code a pathway can produce is a known analytics code."""
    from bot.pathways.ending_care import QUESTIONS as EC
    from bot.pathways.reset_conversation import CHANNELS, FOR_WHOM, HELPS, ROLES
    from bot.pathways.second_opinion import QUESTIONS as SO
    from bot.pathways.second_opinion import TIER_TITLES

    for question in SO:
        assert {"yes", "no", "not_sure", "skip"} <= VOCABULARY["second_opinion"][question.slot]
    assert set(TIER_TITLES) == VOCABULARY["second_opinion"]["tier"]
    for question in EC:
        assert question.slot in VOCABULARY["ending_care"]
    reset = VOCABULARY["reset_conversation"]
    assert set(FOR_WHOM) <= reset["reset_for_whom"]
    assert set(ROLES) <= reset["reset_role"]
    assert set(HELPS) | {FREE_TEXT} <= reset["reset_helps"]
    assert set(CHANNELS) <= reset["reset_channel"]
    from bot.pathways.ending_care import build_checklist

    everything = {"ec_initiator": "practice", "ec_feedback": "yes"}
    codes = {i.code for i in build_checklist(everything, "us")}
    codes |= {i.code for i in build_checklist({"ec_new_clinician": "yes"}, "uk")}
    assert codes <= VOCABULARY["ending_care"]["checklist_item"]
