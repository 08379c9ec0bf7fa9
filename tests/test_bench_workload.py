"""The benchmark's workload generator (bench/workload.py): seeded, realistic, and in step with the
forms it drives. No server, no model: form answers are replayed through the real validation actions.

The pools of typed messages are frozen by their hashes. The newest (the benchmark's) was not filtered by the
forms' readers: an answer they miss there is the bot's error, counted by `make bench` and `bench/walk.py`.
Pool v1 was filtered so, and its errors were read: the readers must still take every answer in it."""

import collections
import contextlib
import functools
import hashlib
import itertools
import random

import pytest
from rasa_sdk import Tracker

from actions.ending_care import ValidateEndingCareForm
from actions.pathway import DIGRESSION_MAX_WORDS
from actions.reset_conversation import ValidateResetConversationForm
from bench import workload
from bench.expected import CARD_KIND, RESUME_PAYLOAD, classify_reply
from bench.workload import (
    CARD,
    CHECK_IN_ROOM,
    FORM_ANSWER,
    PAGE_OPEN,
    PATHWAY_SHARE,
    PLANS,
    POOLS,
    draw_conversation,
    max_messages,
    mix,
    patient_conversations,
    pool,
    use_pool,
)
from bot import forms
from bot.pathways import NAMES, PATHWAYS, QUESTIONS, button_titles, get
from bot.pathways.for_whom import FOR_WHOM
from bot.replies import MENU_BUTTONS
from bot.safety import CRISIS, classify, normalise

from conftest import ROOT, form_tracker, nlu_examples, pathway_actions, run_action

FORMS = pathway_actions()


@functools.lru_cache(maxsize=None)
def draws(patients=20, each=40, seed=17):
    return [c for p in range(patients) for c in itertools.islice(patient_conversations(seed, p), each)]


def training_texts():
    """Read independently of the code under test: data/nlu through the tests' own YAML helper."""
    return {
        normalise(t)
        for path in (ROOT / "data" / "nlu").glob("*.yml")
        for lines in nlu_examples(path).values()
        for t in lines
    }


def every_pool_message(node=None, path=()):
    node = pool() if node is None else node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from every_pool_message(value, path + (key,))
    else:
        for text in node:
            yield path, text


def test_the_same_seed_draws_the_same_conversations_and_another_seed_others():
    first = [c.turns for c in itertools.islice(patient_conversations(17, 3), 30)]
    again = [c.turns for c in itertools.islice(patient_conversations(17, 3), 30)]
    other = [c.turns for c in itertools.islice(patient_conversations(18, 3), 30)]
    assert first == again
    assert first != other


def test_each_patient_draws_a_new_conversation_each_visit():
    for patient in range(5):
        visits = [
            tuple(t.message for t in c.turns)
            for c in itertools.islice(patient_conversations(17, patient), 30)
        ]
        # Drawn afresh: a short visit (the page's greeting and one question) may come twice by chance, as
        # from a pool with one question about the bot (v6), but never a whole pathway.
        assert all(a != b or len(a) <= 2 for a, b in zip(visits, visits[1:]))
        assert len(set(visits)) >= 25
    firsts = {tuple(t.message for t in next(patient_conversations(17, p)).turns) for p in range(20)}
    assert len(firsts) >= 15  # patients are not pinned to a script each


def test_at_least_half_the_messages_are_typed_words_not_in_the_training_data():
    conversations = draws()
    trained = training_texts()
    turns = [t for c in conversations for t in c.turns]
    novel = [t for t in turns if t.typed and normalise(t.message) not in trained]
    assert len(novel) / len(turns) >= 0.5
    assert mix(conversations)["typed_not_in_training"] == pytest.approx(len(novel) / len(turns), abs=0.001)
    clicked = {t.message for t in turns if not t.typed}
    assert clicked <= set(button_titles()) | {b["payload"] for b in MENU_BUTTONS} | {
        PAGE_OPEN,
        RESUME_PAYLOAD,
    }


def test_no_patient_message_is_copied_from_the_training_data():
    trained = training_texts()
    copied = [(path, text) for path, text in every_pool_message() if normalise(text) in trained]
    assert copied == []


def test_visits_walk_whole_pathways_with_interruptions_and_short_visits():
    conversations = draws()
    names = collections.Counter(c.name.split("+")[0] for c in conversations)
    assert set(NAMES) <= set(names)
    assert any(n.startswith("visit:") for n in names)
    assert any("+crisis" in c.name for c in conversations)
    assert any("+start_over+" in c.name for c in conversations)
    sent = collections.Counter(t.message for c in conversations for t in c.turns)
    for what in ("why", "privacy_question", "medical_question"):
        assert any(sent[m] for m in pool()["messages"][what])
    for c in conversations:
        assert c.turns[0].message == PAGE_OPEN
        if not c.name.startswith("visit:"):
            assert [t.kind for t in c.turns].count(CARD) == 1, (
                c.name
            )  # every pathway visit ends with its card


def test_no_visit_sends_more_messages_than_the_rate_limit_allows():
    assert max(len(c.turns) for c in draws()) <= max_messages() - CHECK_IN_ROOM


@contextlib.contextmanager
def regression_pool():
    """Pool v1 in place of the benchmark's, for the readers' regression tests."""
    newest = workload.MESSAGES_FILE
    use_pool(POOLS / "v1.yml")
    try:
        yield pool()
    finally:
        use_pool(newest)


def test_every_pool_is_frozen_by_its_hash_and_the_benchmark_types_the_newest():
    sums = dict(
        reversed(line.split()) for line in (POOLS / "SHA256SUMS").read_text().splitlines() if line.strip()
    )
    files = sorted(p.name for p in POOLS.glob("v*.yml"))
    assert sorted(sums) == files
    for name in files:
        assert hashlib.sha256((POOLS / name).read_bytes()).hexdigest() == sums[name], f"{name} was edited"
    assert workload.MESSAGES_FILE.name == max(files, key=lambda n: int(n[1:-4]))


def test_crisis_messages_are_plain_crisis_and_nothing_else_is():
    for path, text in every_pool_message():
        assert (classify(text) == CRISIS) == (path[-1] == "crisis"), text
        assert classify(text) in (None, CRISIS), text


def test_the_short_questions_are_short_enough_to_be_a_digression_in_a_form():
    for what in ("privacy_question", "bot_question", "help_question"):
        assert all(len(t.split()) <= DIGRESSION_MAX_WORDS for t in pool()["messages"][what])


def test_control_words_of_the_regression_pool_are_ones_the_forms_take_as_such():
    with regression_pool() as v1:
        assert all(forms.control_word(t) == forms.WHY for t in v1["messages"]["why"])
        assert all(forms.control_word(t) == forms.START_OVER for t in v1["messages"]["start_over"])
        assert all(forms.control_word(t) == forms.SKIP for t in v1["answers"]["skip"])


def v1_answers():
    with regression_pool() as v1:
        return v1["answers"]


@pytest.mark.parametrize("slot", ["so_serious", "ec_pending"])
@pytest.mark.parametrize("code", ["yes", "no", "not_sure"])
def test_every_typed_yes_no_answer_is_understood(domain_dict, slot, code):
    pathway = next(p.name for p in PATHWAYS if slot.startswith(p.slot_prefix))
    form, validate, _ = FORMS[pathway]
    for text in v1_answers()[code]:
        events, _ = run_action(validate(), form_tracker(form, slot, text), domain_dict)
        assert {e["name"]: e["value"] for e in events}[slot] == code, text


@pytest.mark.parametrize(
    "slot",
    ["reset_role", "reset_what_happened", "reset_concern", "reset_helps", "reset_channel"],
)
def test_every_typed_reset_answer_is_accepted(domain_dict, slot):
    for text in v1_answers()[slot]:
        events, messages = run_action(
            ValidateResetConversationForm(), form_tracker("reset_conversation_form", slot, text), domain_dict
        )
        slots = {e["name"]: e["value"] for e in events}
        assert slots.get(slot) is not None and slots["requested_slot"] != slot, (text, messages)


@pytest.mark.parametrize("pathway", NAMES)
def test_every_typed_answer_to_for_whom_is_understood_in_every_pathway(domain_dict, pathway):
    form, validate, _ = FORMS[pathway]
    slot = get(pathway).for_whom_slot
    for text in v1_answers()["for_whom"]:
        events, messages = run_action(validate(), form_tracker(form, slot, text), domain_dict)
        slots = {e["name"]: e["value"] for e in events}
        assert slots.get(slot) in FOR_WHOM and slots["requested_slot"] != slot, (text, messages)


def test_every_typed_answer_to_who_ends_care_is_understood(domain_dict):
    for who, texts in v1_answers()["ec_initiator"].items():
        for text in texts:
            events, _ = run_action(
                ValidateEndingCareForm(), form_tracker("ending_care_form", "ec_initiator", text), domain_dict
            )
            assert {e["name"]: e["value"] for e in events}["ec_initiator"] == who, text


def replay(conversation, domain):
    """Send a conversation's form turns through the real form actions; the verdict on each reply.

    Turns that need Rasa's NLU and policies (the opener, digressions, goodbyes) are left out.
    """
    form, validate, submit = FORMS[conversation.name.split("+")[0]]
    slots, requested, verdicts = {}, None, []
    for turn in conversation.turns:
        if requested is None and turn.expect and turn.expect[-1].what == "question":
            requested = turn.expect[-1].arg  # the opener: the form asks its first question
            continue
        if turn.kind not in (FORM_ANSWER, CARD) and turn.expect[0].what != "why":
            continue
        events, messages = run_action(validate(), form_tracker(form, requested, turn.message, slots), domain)
        slots.update({e["name"]: e["value"] for e in events if e["event"] == "slot"})
        requested = slots.pop("requested_slot")
        if turn.kind == CARD:
            assert requested is None, (conversation.name, turn.message)
            _, messages = run_action(
                submit(), Tracker("test", slots, {}, [], False, None, {}, "action_listen"), domain
            )
        verdicts.append((turn.message, classify_reply(turn.expect, 200, messages)))
    return verdicts


def test_an_own_words_answer_is_planned_as_the_form_keeps_it(monkeypatch):
    # pool v28: "Dunno really" opens an answer the form keeps as typed, and its "never" brings the wording
    # check; the plan had read the hesitation as the whole answer and expected the next question
    typed = {
        "for_whom": "me",
        "reset_role": "GP",
        "reset_what_happened": "she rushed me",
        "reset_concern": "Dunno really. Just don't like going. Never have.",
        "reset_helps": "a script",
        "reset_channel": "in person",
        "skip": "skip",
    }
    monkeypatch.setattr(workload._Builder, "typed", lambda self, group, key: typed[key])
    planned = 0
    for seed in range(40):
        steps = workload._plan_reset(workload._Builder(random.Random(seed), "reset_conversation"))
        asked = [step.arg for step, _, _ in steps if step.what == "question"]
        if typed["reset_concern"] in [text for _, text, _ in steps]:
            planned += 1
            assert asked[asked.index("reset_concern") + 1] == "reset_heat_choice"
    assert planned


def test_the_expected_replies_are_what_the_forms_reply_on_the_regression_pool(domain_dict):
    with regression_pool():
        walks = [
            c
            for p in range(10)
            for c in itertools.islice(patient_conversations(17, p), 40)
            if not c.name.startswith("visit:") and "+" not in c.name
        ]
    assert len({c.name for c in walks}) == len(PATHWAYS)
    for conversation in walks:
        verdicts = replay(conversation, domain_dict)
        assert verdicts and all(error is None for _, error in verdicts), (conversation.name, verdicts)


def test_every_pathway_has_a_plan_a_share_an_opener_and_a_card():
    assert set(PLANS) == set(QUESTIONS) == set(PATHWAY_SHARE) == set(CARD_KIND) == set(pool()["openers"])


def test_a_draw_uses_only_its_own_random_generator():
    import random

    assert draw_conversation(random.Random(5)).turns == draw_conversation(random.Random(5)).turns


def _lists(node, path=()):
    for key, value in node.items():
        if isinstance(value, dict):
            yield from _lists(value, path + (key,))
        else:
            yield ".".join(path + (key,)), value


def test_a_list_the_newest_pool_left_empty_is_an_older_pools_and_is_named():
    from bench import workload

    own = dict(_lists(workload.own_pool()))
    typed = dict(_lists(workload.pool()))
    assert all(typed.values())  # every kind of message can be drawn
    empty = sorted(key for key, messages in own.items() if not messages)
    assert sorted(name.split(" from ")[0] for name in workload.borrowed()) == empty
    assert all(typed[key] == messages for key, messages in own.items() if messages)  # the rest are its own


def test_the_cpu_benchmark_reads_a_process_s_cpu_time_as_the_process_itself_counts_it():
    import os
    import time

    from bench.cpu import cpu_seconds

    pid = os.getpid()
    before, own_before = cpu_seconds(pid), time.process_time()
    while time.process_time() - own_before < 0.3:
        pass
    spent, own = cpu_seconds(pid) - before, time.process_time() - own_before
    assert abs(spent - own) < 0.05  # /proc counts in clock ticks (10 ms here)
