"""Realistic benchmark conversations: whole pathways with random answers, typed or clicked, interruptions
and short visits, drawn anew for every visit of every virtual patient (seeded).

Usage::

    from bench.workload import patient_conversations
    conversations = patient_conversations(seed=17, patient=0)
    conversation = next(conversations)          # a new one on every next()
    [(turn.message, turn.kind) for turn in conversation.turns]

A turn is what the chat page would send: a button's payload when the patient clicks, the patient's words
when they type (from ``patient_messages.yml``, written for the benchmark and never in the training data).
Each turn carries the steps a right reply shows (``bench/expected.py``). The pathways' questions,
buttons and order come from ``bot/`` (the same records the actions ask from), so the conversations follow
the bot when a question changes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Set, Tuple

import yaml

from bench.expected import REPLY_TO, RESUME_PAYLOAD, Expect, Step
from bot import forms
from bot.clinic import load_clinic
from bot.launcher import ROOT
from bot.pathways import PATHWAYS, QUESTIONS, for_whom, reset_conversation
from bot.pathways.ending_care import INITIATOR_BUTTONS, PATIENT, PRACTICE, questions_for
from bot.pathways.questions import YES_NO_BUTTONS
from bot.safety import normalise

# The pools of typed messages, one file per version, each frozen by its hash (patient_messages/SHA256SUMS).
# The benchmark types the newest; an older pool whose errors were read is regression data (bench/walk.py).
POOLS = Path(__file__).with_name("patient_messages")
MESSAGES_FILE = max(POOLS.glob("v*.yml"), key=lambda path: int(path.stem[1:]))
PAGE_OPEN = "/greet"  # what the chat page sends when it opens

# Turn kinds, for latency: a typed message outside a form's question, a click outside one (a menu
# button, the page's greeting), an answer to a form question (typed or clicked), the answer that ends a
# pathway (its reply is the card).
TYPED, BUTTON, FORM_ANSWER, CARD = "typed", "button", "form_answer", "card"
TURN_KINDS = (TYPED, BUTTON, FORM_ANSWER, CARD)

# How often things happen. Pathways are most visits; a short visit asks one thing.
PATHWAY_SHARE = {"reset_conversation": 0.3, "second_opinion": 0.25, "ending_care": 0.2}
VISITS = ("privacy_question", "bot_question", "help_question", "person_request", "medical_question")
TYPE_OPENER = 0.75  # type what they want rather than click a menu button
TYPE_ANSWER = {  # type an answer rather than click its button, per question
    "for_whom": 0.4,  # every pathway's first question
    "reset_role": 0.5,
    "reset_helps": 0.5,
    "reset_channel": 0.5,
    "ec_initiator": 0.5,
}
TYPE_YES_NO = 0.6  # the same, for every yes / no / not sure question
SKIP_OWN_WORDS = 0.08  # "skip" a free-text question
REPHRASE = 0.3  # after the wording check, rephrase rather than keep
EMERGENCY_YES = 0.04  # "is this an emergency?" yes ends the second-opinion pathway at once
YES_NO_WEIGHTS = {"yes": 0.42, "no": 0.42, "not_sure": 0.12, "skip": 0.04}
INTERRUPTIONS = {
    "why": 0.22,
    "privacy_question": 0.06,
    "bot_question": 0.04,
    "help_question": 0.03,
    "medical_question": 0.08,
    "crisis": 0.04,
    "start_over": 0.06,
}  # chance per pathway visit
THANKS_AFTER, GOODBYE_AFTER = 0.3, 0.25  # after a card or a short visit


@dataclass(frozen=True)
class Turn:
    """One message: its text, its kind, whether it was typed, and what a right reply shows.

    ``needs_button``: send only if the previous reply offered this payload; if not, the visit ends there.
    """

    message: str
    kind: str
    typed: bool
    expect: Expect = ()
    needs_button: Optional[str] = None


@dataclass
class Conversation:
    name: str
    turns: List[Turn] = field(default_factory=list)


def _version(path: Path) -> int:
    return int(path.stem[1:])


def own_pool() -> dict:
    """The patient messages file, parsed, as it was frozen."""
    return yaml.safe_load(MESSAGES_FILE.read_text(encoding="utf-8"))


def _at(node: Optional[dict], path: Tuple[str, ...]):
    """What a parsed pool holds at ``path`` ("answers", "ec_initiator", "patient"), or None."""
    for step in path:
        node = (node or {}).get(step)
    return node


@lru_cache(maxsize=None)
def _filled() -> Tuple[dict, Tuple[str, ...]]:
    older = sorted(
        (p for p in POOLS.glob("v*.yml") if _version(p) < _version(MESSAGES_FILE)), key=_version, reverse=True
    )
    older_pools = [(p.stem, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in older]
    borrowed: List[str] = []

    def fill(node: dict, path: Tuple[str, ...]) -> dict:
        out = {}
        for key, value in node.items():
            where = path + (key,)
            if isinstance(value, dict):
                out[key] = fill(value, where)
            elif value:
                out[key] = value
            else:
                out[key] = value
                for name, other in older_pools:
                    found = _at(other, where)
                    if found:
                        out[key] = found
                        borrowed.append(f"{'.'.join(where)} from {name}")
                        break
        return out

    return fill(own_pool(), ()), tuple(borrowed)


def pool() -> dict:
    """The messages the benchmark types: the pool's own, except a list it left empty (every message written
    for it repeated an older pool's, so all were dropped before it was frozen), which is the newest older
    pool's list for that key. :func:`borrowed` names those; ``bench.walk`` walks only the pool's own."""
    return _filled()[0]


def borrowed() -> Tuple[str, ...]:
    """The lists :func:`pool` took from an older pool ("messages.help_question from v5")."""
    return _filled()[1]


def use_pool(path: Path) -> None:
    """Type the messages of another pool from now on (an older version, for bench/walk.py)."""
    global MESSAGES_FILE
    MESSAGES_FILE = Path(path)
    _filled.cache_clear()


@lru_cache(maxsize=None)
def training_texts() -> frozenset:
    """Every training example in data/nlu, normalised as the bot's own checks normalise text."""
    found: Set[str] = set()
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            for line in str(block.get("examples", "")).splitlines():
                if line.strip().startswith("- "):
                    found.add(normalise(line.strip()[2:]))
    return frozenset(found)


def in_training_data(text: str) -> bool:
    return normalise(text) in training_texts()


@lru_cache(maxsize=None)
def max_messages() -> int:
    """The REST channel's per-conversation rate limit (credentials.yml): no visit sends more in a minute."""
    credentials = yaml.safe_load((ROOT / "credentials.yml").read_text(encoding="utf-8"))
    return int(
        (credentials.get("bot.rasa_addons.channel.CareNavigatorRestInput") or {}).get("max_messages", 20)
    )


def _variant(rng: random.Random, text: str) -> str:
    """Patients type the same thing differently: sometimes all lower case, sometimes without the last stop."""
    if rng.random() < 0.2:
        text = text.lower()
    if rng.random() < 0.2 and text[-1:] in ".!?":
        text = text[:-1]
    return text


class _Builder:
    """Builds one conversation; ``asked`` is what the bot is showing now (what the next answer answers)."""

    def __init__(self, rng: random.Random, name: str):
        self.rng = rng
        self.conversation = Conversation(name)
        self.asked: Optional[Step] = None

    def typed(self, group: str, key: str) -> str:
        return _variant(self.rng, self.rng.choice(pool()[group][key]))

    def send(self, message: str, kind: str, typed: bool, expect: Expect, needs_button: Optional[str] = None):
        self.conversation.turns.append(Turn(message, kind, typed, expect, needs_button))


def _answer_yes_no(b: _Builder, slot: str) -> Tuple[str, bool, str]:
    """(message, typed, code) for a yes / no / not sure question."""
    if slot == "so_emergency":
        code = "yes" if b.rng.random() < EMERGENCY_YES else b.rng.choice(["no", "no", "no", "not_sure"])
    else:
        code = b.rng.choices(list(YES_NO_WEIGHTS), list(YES_NO_WEIGHTS.values()))[0]
    if code == "skip" or b.rng.random() < TYPE_YES_NO:
        return b.typed("answers", code), True, code
    return YES_NO_BUTTONS[["yes", "no", "not_sure"].index(code)], False, code


def _ask_for_whom(b: _Builder, slot: str) -> Tuple[Step, str, bool]:
    """A pathway's first question, for me or for someone else: a button, or typed words."""
    if b.rng.random() < TYPE_ANSWER["for_whom"]:
        return Step("question", slot), b.typed("answers", "for_whom"), True
    return Step("question", slot), b.rng.choice(for_whom.BUTTONS), False


def _plan_reset(b: _Builder) -> List[Tuple[Step, str, bool]]:
    """The reset conversation's answers: (what the bot asked, the answer, typed)."""
    rng, steps = b.rng, []

    def ask(slot, buttons, own_words=False):
        if own_words:
            text = b.typed("answers", "skip" if rng.random() < SKIP_OWN_WORDS else slot)
            steps.append((Step("question", slot), text, True))
            # what the form keeps: "pass" is kept as "skip", "Dunno really. Just don't like going." as typed
            return forms.control_word(text, own_words=True) or text
        if rng.random() < TYPE_ANSWER[slot]:
            steps.append((Step("question", slot), b.typed("answers", slot), True))
        else:
            steps.append((Step("question", slot), rng.choice(buttons), False))

    steps.append(_ask_for_whom(b, "reset_for_whom"))
    ask("reset_role", list(reset_conversation.ROLES.values()))
    happened = ask("reset_what_happened", [], own_words=True)
    concern = ask("reset_concern", [], own_words=True)
    findings = reset_conversation.heat_check(
        reset_conversation.ResetAnswers(what_happened=happened, concern=concern)
    )
    if findings:
        rephrase = rng.random() < REPHRASE
        steps.append(
            (
                Step("question", "reset_heat_choice"),
                reset_conversation.REPHRASE if rephrase else reset_conversation.KEEP,
                False,
            )
        )
        if rephrase:  # the flagged answers are asked again, in order, in calmer words
            for name in ("what_happened", "concern"):
                if any(f.field == name for f in findings):
                    calm = [
                        t
                        for t in pool()["answers"][f"reset_{name}"]
                        if not reset_conversation.heat_check(reset_conversation.ResetAnswers(**{name: t}))
                    ]
                    steps.append((Step("rephrased_question", f"reset_{name}"), rng.choice(calm), True))
    if rng.random() < TYPE_ANSWER["reset_helps"]:
        text = b.typed("answers", "reset_helps")
        steps.append((Step("question", "reset_helps"), text, True))
        titles = {title.lower() for title, _ in reset_conversation.HELPS.values()}
        if text.strip().lower() in titles:  # a button's title typed is taken as the click: then "That's all"
            steps.append((Step("more_helps"), reset_conversation.HELPS_DONE, False))
    else:
        picks = rng.sample([title for title, _ in reset_conversation.HELPS.values()], rng.choice([1, 1, 2]))
        steps.append((Step("question", "reset_helps"), picks[0], False))
        for title in picks[1:] + [reset_conversation.HELPS_DONE]:
            steps.append((Step("more_helps"), title, False))
    ask("reset_channel", list(reset_conversation.CHANNELS.values()))
    return steps


def _plan_second_opinion(b: _Builder) -> List[Tuple[Step, str, bool]]:
    steps = [_ask_for_whom(b, "so_for_whom")]
    for question in QUESTIONS["second_opinion"][1:]:
        message, typed, code = _answer_yes_no(b, question.slot)
        steps.append((Step("question", question.slot), message, typed))
        if question.slot == "so_emergency" and code == "yes":
            break  # nothing else is asked: the card says not to delay care
    return steps


def _plan_ending_care(b: _Builder) -> List[Tuple[Step, str, bool]]:
    region = load_clinic().region
    if b.rng.random() < TYPE_ANSWER["ec_initiator"]:
        who = b.rng.choice([PATIENT, PRACTICE])
        text = _variant(b.rng, b.rng.choice(pool()["answers"]["ec_initiator"][who]))
        steps = [_ask_for_whom(b, "ec_for_whom"), (Step("question", "ec_initiator"), text, True)]
    else:
        steps = [
            _ask_for_whom(b, "ec_for_whom"),
            (Step("question", "ec_initiator"), b.rng.choice(list(INITIATOR_BUTTONS)), False),
        ]
    for question in questions_for(region)[2:]:
        message, typed, _ = _answer_yes_no(b, question.slot)
        steps.append((Step("question", question.slot), message, typed))
    return steps


PLANS = {
    "reset_conversation": _plan_reset,
    "second_opinion": _plan_second_opinion,
    "ending_care": _plan_ending_care,
}
_MENU = {p.name: p.menu_button["payload"] for p in PATHWAYS}


def _open_pathway(b: _Builder, pathway: str, steps: List[Tuple[Step, str, bool]]) -> None:
    first = (steps[0][0],)
    if b.rng.random() < TYPE_OPENER:
        b.send(b.typed("openers", pathway), TYPED, True, first)
    else:
        b.send(_MENU[pathway], BUTTON, False, first)


def _walk(b: _Builder, pathway: str, interrupt: Dict[int, str]) -> bool:
    """Open ``pathway`` and answer to the card, with interruptions before the given answers.

    Returns False when the patient started over: the rest of the pathway is not sent. After a crisis message
    the patient carries on only if the reply offers the button (``Turn.needs_button``).
    """
    steps = PLANS[pathway](b)
    _open_pathway(b, pathway, steps)
    for index, (asked, message, typed) in enumerate(steps):
        what = interrupt.get(index)
        if what and asked.what == "question":
            again = Step("question", asked.arg)
            text = b.typed("messages", what)
            if what == "why":
                b.send(text, TYPED, True, (Step("why", asked.arg), again))
            elif what == "crisis":
                b.send(text, TYPED, True, (REPLY_TO["crisis"],))
                b.send(RESUME_PAYLOAD, BUTTON, False, (again,), needs_button=RESUME_PAYLOAD)
            elif what == "start_over":
                b.send(text, TYPED, True, (REPLY_TO["start_over"],))
                return False
            else:
                b.send(text, TYPED, True, (REPLY_TO[what], again))
        last = index == len(steps) - 1
        expect = (Step("card", pathway),) if last else (steps[index + 1][0],)
        b.send(message, CARD if last else FORM_ANSWER, typed, expect)
    return True


def _goodbyes(b: _Builder) -> None:
    if b.rng.random() < THANKS_AFTER:
        b.send(b.typed("messages", "thanks"), TYPED, True, (REPLY_TO["thanks"],))
    if b.rng.random() < GOODBYE_AFTER:
        b.send(b.typed("messages", "goodbye"), TYPED, True, (REPLY_TO["goodbye"],))


# A virtual patient sends back to back, far faster than anyone types: each visit leaves room under the
# channel's per-conversation rate limit for the "No" it clicks after a check-in (bench/client.py).
CHECK_IN_ROOM = 2


def draw_conversation(rng: random.Random) -> Conversation:
    """One visit, from the chat page opening to the patient leaving."""
    while True:
        conversation = _draw(rng)
        if len(conversation.turns) <= max_messages() - CHECK_IN_ROOM:
            return conversation


def _draw(rng: random.Random) -> Conversation:
    roll, pathway = rng.random(), None
    for name, share in PATHWAY_SHARE.items():
        roll -= share
        if roll < 0:
            pathway = name
            break
    if pathway is None:
        visit = rng.choice(VISITS)
        b = _Builder(rng, f"visit:{visit}")
        b.send(PAGE_OPEN, BUTTON, False, (REPLY_TO["page_open"],))
        b.send(b.typed("messages", visit), TYPED, True, (REPLY_TO[visit],))
        _goodbyes(b)
        return b.conversation
    b = _Builder(rng, pathway)
    b.send(PAGE_OPEN, BUTTON, False, (REPLY_TO["page_open"],))
    interrupt: Dict[int, str] = {}
    for what, chance in INTERRUPTIONS.items():
        if rng.random() < chance:
            interrupt.setdefault(rng.randrange(4), what)  # early on, so every pathway can have them
    if not _walk(b, pathway, interrupt):
        again = rng.choice(list(PLANS))  # from the menu that came with "let's start fresh", or typed
        b.conversation.name += f"+start_over+{again}"
        _walk(b, again, {})
        _goodbyes(b)
        return b.conversation
    if any(turn.needs_button for turn in b.conversation.turns):
        b.conversation.name += "+crisis"
    _goodbyes(b)
    return b.conversation


def patient_conversations(seed: int, patient: int) -> Iterator[Conversation]:
    """The endless, seeded series of visits of one virtual patient: a new conversation each time."""
    rng = random.Random(f"{seed}:{patient}")
    while True:
        yield draw_conversation(rng)


def mix(conversations: Sequence[Conversation]) -> Dict[str, float]:
    """The share of messages clicked, typed, and typed but not in the training data."""
    turns = [turn for conversation in conversations for turn in conversation.turns]
    typed = [turn for turn in turns if turn.typed]
    novel = [turn for turn in typed if not in_training_data(turn.message)]
    total = len(turns) or 1
    return {
        "messages": len(turns),
        "clicked": round(1 - len(typed) / total, 3),
        "typed": round(len(typed) / total, 3),
        "typed_not_in_training": round(len(novel) / total, 3),
    }
