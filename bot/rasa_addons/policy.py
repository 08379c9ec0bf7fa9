"""The safety policy: the dialogue half of the safety layer, one table that wins over every other policy.

It has the highest priority of all policies and marks its predictions as not depending on the user's
text, so it overrides an active form, a rule or a story. It uses only static responses, Rasa's own
``action_deactivate_loop`` and the forms themselves, so every reply it gives works with the action
server down (a form that re-asks its question needs the action server, as any form answer does). It sets
the ``clinic_region`` slot from the clinic file so that responses show that region's numbers.

What it does after each intent (``FORM`` is the form that was active when the message came, if any):

- full replies (crisis, someone else at risk, emergency, overdose on purpose): the reply, then the form
  is paused with its answers kept, and "Carry on where we were" is offered;
- check-ins (``hint_self_harm``, ``mention_symptom``, ``hint_abuse``, and, inside a form, an answer that
  no certain keyword rule read as a crisis, an emergency or abuse: ``ASKED_ABOUT_IN_A_FORM``): the check-in,
  with the numbers and one direct question; the form waits. "Yes" gives the full reply (or the safeguarding
  reply); "No" thanks the patient and ``FORM`` goes on, the words that were checked kept as the answer to a
  question in the patient's own words (the form's validation does that: ``bot.forms.held_back_answer``),
  else asking its question again. Outside a form, "No" carries on with what the message asked for when
  that was a pathway ("I had chest pain last year and I want a new doctor": the ending-care pathway), by
  the model's readings or else in so many words (``bot.pathways.pathway_in_words``), else the menu. Typed
  yes / no works as well as the buttons;
- the safeguarding reply (a keyword rule's disclosure, or any outside a form) and the medicine caution:
  the reply, then ``FORM`` asks its question again; after the caution it goes on instead when the words
  answer the question (``bot.forms.held_back_answer``); outside a form, the caution leads
  into the ending-care pathway, or into another pathway the message asked for ("how do I tell my doctor
  I stopped the tablets": the reset conversation);
- ``resume_pathway``: the paused form starts again from its first unanswered question (nothing paused:
  the menu; nothing paused and a question open: the form reads the words);
- a form answer with no question open (``answer_question`` outside a form): the pathway the model read
  next, when it is at least as sure of it as the fallback classifier asks; otherwise the rules' menu. It
  shares "where a message carries on" with the check-ins' "No", so it lives here;
- a message the model leaves to the menu at the visit (low confidence, a stray answer, a check-in's answer
  with no check-in): the pathway the words name (``bot.pathways.pathway_in_words``; "They took me off the
  list for 'rudeness'" is ending care), unless the model read a risk (``bot.safety.SAFETY_INTENTS``) at
  0.05 or more among any of its readings: then the menu and its crisis line stay, or, where the strongest
  risk reading is :data:`RISK_ASKED_MIN_CONFIDENCE` or more, that risk is asked about first (its check-in,
  whose "No" carries on with the pathway the words name) or, for a stopped medicine, the caution leads into
  that pathway ("The pharmacy says it won't fill my prescriptions anymore": ending care).

``config.yml``::

    policies:
      - name: bot.rasa_addons.policy.SafetyPolicy
        priority: 7
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.core.policies.policy import Policy, PolicyPrediction, confidence_scores_for
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_LISTEN_NAME, REQUESTED_SLOT
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SlotSet, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.clinic import load_clinic
from bot.forms import plain_yes_no
from bot.pathways import PATHWAYS, RESET_CONVERSATION, pathway_in_words
from bot.safety import CHECK_IN_REPLIES, SAFETY_INTENTS, guessed, told_blow

REGION_SLOT = "clinic_region"
PAUSED_SLOT = "paused_form"  # the form a full safety reply paused, until it is resumed
SAFEGUARDING_SLOT = "safeguarding_shown"  # no calm-talk script after an abuse disclosure
FORM = "<form>"  # stands for the form that was active when the message came
PAUSE = ["action_deactivate_loop"]
OFFER_RESUME = "utter_offer_resume"
# Each check-in, and the full reply its "Yes" leads to.
CHECK_INS = {
    CHECK_IN_REPLIES["hint_self_harm"]: "express_crisis",
    CHECK_IN_REPLIES["mention_symptom"]: "report_emergency",
    CHECK_IN_REPLIES["hint_abuse"]: "report_abuse",
}
ANSWERS = ("confirm_risk", "deny_risk")  # acted on only as the answer to a check-in
# Inside a form, the check-in that a reading no certain keyword rule took part in gets first
# (bot.safety.guessed): the patient is answering a question, and answers read like risk more often than
# other messages do ("he said it was stress and sent me home" for what happened; "I want to end it" for who
# is ending the care). The check-in shows the numbers and asks directly; "Yes" gives the full reply.
# Only once: a danger read again in the answer to the check-in gets its full reply. Someone else at risk and
# an overdose keep their own full replies (no check-in leads to them).
ASKED_ABOUT_IN_A_FORM = {
    "report_abuse": "hint_abuse",
    "express_crisis": "hint_self_harm",
    "report_emergency": "mention_symptom",
}
# What the bot does after each intent, in order, before it listens again: (in a form, outside a form).
SAFETY_SEQUENCES: Dict[Text, Tuple[List[Text], List[Text]]] = {
    "express_crisis": (["utter_crisis"] + PAUSE + [OFFER_RESUME], ["utter_crisis"] + PAUSE),
    "express_crisis_other": (["utter_crisis_other"] + PAUSE + [OFFER_RESUME], ["utter_crisis_other"] + PAUSE),
    "report_emergency": (["utter_emergency"] + PAUSE + [OFFER_RESUME], ["utter_emergency"] + PAUSE),
    "report_overdose": (["utter_overdose"] + PAUSE + [OFFER_RESUME], ["utter_overdose"] + PAUSE),
    "hint_self_harm": (["utter_check_in_crisis"], ["utter_check_in_crisis"]),
    "mention_symptom": (["utter_check_in_emergency"], ["utter_check_in_emergency"]),
    "hint_abuse": (["utter_check_in_safeguarding"], ["utter_check_in_safeguarding"]),
    "deny_risk": (["utter_check_in_thanks", FORM], ["utter_check_in_thanks", "utter_menu"]),
    "report_abuse": (["utter_safeguarding", FORM], ["utter_safeguarding"]),
    "stop_medication": (
        ["utter_medication_caution", FORM],
        ["utter_medication_caution", "utter_ending_care_intro", "ending_care_form"],
    ),
}
# How each pathway starts, from the registry (as its rule in data/rules/<pathway>.yml): where "No" to a
# check-in carries on.
PATHWAY_STARTS: Dict[Text, List[Text]] = {p.entry_intent: [p.intro_response, p.form] for p in PATHWAYS}
CARRY_ON_MIN_CONFIDENCE = 0.5  # how sure the model must be of the pathway the message asked for
# A form answer with no question open ("we're moving our kids to a different pediatrician" read as an
# answer) starts the pathway the model read next, if, the answer reading set aside, it is as sure of it as
# the fallback classifier asks of any intent (config.yml); otherwise the menu, as before.
ANSWER = "answer_question"
STRAY_ANSWER_MIN_CONFIDENCE = 0.3
STRAY_ANSWER_MIN_RAW = 0.05  # and a reading of its own, before the answer reading is set aside
# The one-step replies of data/rules/core.yml (a test keeps the two alike): a stray answer whose best other
# reading is one of these gets its reply ("laters", read as an answer first and a goodbye second).
ONE_STEP_REPLIES = {
    "greet": "utter_greet",
    "goodbye": "utter_goodbye",
    "thank": "utter_you_are_welcome",
    "ask_help": "utter_help",
    "talk_to_person": "action_talk_to_person",
    "ask_privacy": "utter_privacy",
    "ask_if_bot": "utter_i_am_a_bot",
    "ask_medical_question": "utter_medical_refusal",
}
# Readings that leave a message at the visit to the menu: low confidence, a form's answer with no question
# open, a check-in's answer with no check-in. There the pathway the words name starts instead ("second opinion
# for baby tongue tie? one said cut, one said leave it", read as an answer at 0.96), unless the model read a
# risk among any of its readings (:data:`DANGER_READINGS`, at :data:`DANGER_MIN_CONFIDENCE` or more): then the
# fallback's menu and its crisis line stay (a pathway's intro has none), and an abuse reading never leads to a
# calm talk.
MENU_READINGS = frozenset({"nlu_fallback", ANSWER, *ANSWERS})
DANGER_READINGS = SAFETY_INTENTS
DANGER_MIN_CONFIDENCE = 0.05  # an emergency at 0.00 behind a second opinion at 0.01 is no reading of one
AFTER_NO_MIN_RAW = 0.15  # a pathway read after a check-in's "No": its own confidence beside the risk readings
# A message left to the menu whose words name a pathway, beside a risk reading this strong or stronger: the
# risk is asked about first, then the pathway (:func:`pathway_before_the_menu`). Weaker risk readings keep
# the menu and its crisis line.
RISK_ASKED_MIN_CONFIDENCE = 0.2
# What asks about each risk reading first: its check-in, or the medicine caution. Someone else at risk and an
# overdose have none (the check-in asks about the patient's own safety now): the menu stays. So does a message
# with risk readings of two kinds at OTHER_RISK_MIN_CONFIDENCE or more (a stopped medicine at 0.35 and a
# crisis at 0.04): one question cannot ask about both, and the menu carries the crisis line.
OTHER_RISK_MIN_CONFIDENCE = 0.01
ABUSE_READINGS = frozenset({"report_abuse", "hint_abuse"})
ASKED_FIRST_BY = {
    "express_crisis": "utter_check_in_crisis",
    "hint_self_harm": "utter_check_in_crisis",
    "report_emergency": "utter_check_in_emergency",
    "mention_symptom": "utter_check_in_emergency",
    "report_abuse": "utter_check_in_safeguarding",
    "hint_abuse": "utter_check_in_safeguarding",
    "stop_medication": "utter_medication_caution",
}
# Outside a form the medicine caution leads into ending care (its sequence above), unless the message asked
# for another pathway.
OTHER_THAN_ENDING_CARE = {
    p.entry_intent for p in PATHWAYS if p.form not in SAFETY_SEQUENCES["stop_medication"][1]
}
SAFETY_ACTIONS = {a for sequences in SAFETY_SEQUENCES.values() for s in sequences for a in s if a != FORM}
# Actions Rasa itself runs between a message and the next prediction.
_BOOKKEEPING = {"action_extract_slots"}
_NOT_A_WORD = _BOOKKEEPING | {ACTION_LISTEN_NAME}  # actions that say nothing to the patient


def next_safety_action(
    intent: Optional[Text], done: List[Text], form: Optional[Text] = None
) -> Optional[Text]:
    """The next action of the safety sequence for ``intent``, given the actions already run since the
    message and the form that was active when it came. ``None`` means the policy has nothing to say."""
    sequences = SAFETY_SEQUENCES.get(intent or "")
    if sequences is None:
        return None
    in_form, outside = sequences
    if form:
        sequence = [form if step == FORM else step for step in in_form]
    else:
        sequence = [step for step in outside if step != FORM]
    return next_in(sequence, done)


def next_in(sequence: List[Text], done: List[Text]) -> Optional[Text]:
    """The next action of ``sequence`` after ``done`` (None when ``done`` left it)."""
    if done != sequence[: len(done)]:
        return None
    if len(done) < len(sequence):
        return sequence[len(done)]
    # After a form has run, the rules know best: listen while it is active, submit once it is done.
    return None if sequence[-1].endswith("_form") else ACTION_LISTEN_NAME


def pathway_asked(
    parse_data: Dict[Text, Any], min_confidence: float = CARRY_ON_MIN_CONFIDENCE
) -> Optional[Text]:
    """The pathway intent a message asked for under its safety intent, if the model was sure enough."""
    for candidate in parse_data.get("intent_ranking") or []:
        name = candidate.get("name")
        if name in PATHWAY_STARTS:
            return name if (candidate.get("confidence") or 0) >= min_confidence else None
        if name not in SAFETY_SEQUENCES and name not in ANSWERS and name != "nlu_fallback":
            return None  # the model's best ordinary reading was not a pathway
    return None


def _confidence(candidate: Dict[Text, Any]) -> float:
    return float(candidate.get("confidence") or 0.0)


def _left_by_answer(parse_data: Dict[Text, Any]) -> float:
    """What a message read as a form answer left of the model's confidence (0.0 if it was not read so)."""
    intent = parse_data.get("intent") or {}
    return 1.0 - _confidence(intent) if intent.get("name") == ANSWER else 0.0


def _weighed(parse_data: Dict[Text, Any], left: float) -> List[Dict[Text, Any]]:
    """The model's readings other than an answer, each divided by ``left``, what the readings set aside left
    (0.28 beside an answer's 0.59 is 0.68)."""
    return [
        {**candidate, "confidence": _confidence(candidate) / left}
        for candidate in parse_data.get("intent_ranking") or []
        if candidate.get("name") != ANSWER
    ]


def _own_at_least(parse_data: Dict[Text, Any], name: Optional[Text], minimum: float) -> Optional[Text]:
    """``name`` if the model's own confidence in it, before any weighing, is ``minimum`` or more."""
    raw = {c.get("name"): _confidence(c) for c in parse_data.get("intent_ranking") or []}
    return name if name and raw.get(name, 0.0) >= minimum else None


def stray_answer_pathway(parse_data: Dict[Text, Any]) -> Optional[Text]:
    """The pathway to start for a message read as a form answer when no question is open, or None.

    With no question open the message cannot be an answer, so the model's other readings are weighed
    without it (:func:`_weighed`), and the best must be a pathway at :data:`STRAY_ANSWER_MIN_CONFIDENCE` or
    more, with :data:`STRAY_ANSWER_MIN_RAW` of its own."""
    left = _left_by_answer(parse_data)
    if left <= 0:
        return None
    asked = pathway_asked({"intent_ranking": _weighed(parse_data, left)}, STRAY_ANSWER_MIN_CONFIDENCE)
    return _own_at_least(parse_data, asked, STRAY_ANSWER_MIN_RAW)


def stray_answer_reply(parse_data: Dict[Text, Any]) -> Optional[Text]:
    """The one-step reply for a message read as a form answer when no question is open, or None: its best
    other reading, weighed without the answer reading, must be one of :data:`ONE_STEP_REPLIES` at
    :data:`CARRY_ON_MIN_CONFIDENCE` or more, with :data:`AFTER_NO_MIN_RAW` of its own. ("laters": an answer
    at 0.58, a goodbye at 0.32, which is 0.76 of what the answer reading left.)"""
    left = _left_by_answer(parse_data)
    weighed = _weighed(parse_data, left) if left > 0 else []
    if not weighed:
        return None
    best = max(weighed, key=_confidence)
    if best.get("name") not in ONE_STEP_REPLIES or _confidence(best) < CARRY_ON_MIN_CONFIDENCE:
        return None
    name = _own_at_least(parse_data, best.get("name"), AFTER_NO_MIN_RAW)
    return ONE_STEP_REPLIES[name] if name else None


def pathway_before_the_menu(parse_data: Dict[Text, Any], text: Text) -> Optional[List[Text]]:
    """What comes instead of the menu for a message the model left to it (:data:`MENU_READINGS`) whose words
    name a pathway (:func:`bot.pathways.pathway_in_words`), or None (the menu).

    With no risk reading at :data:`DANGER_MIN_CONFIDENCE` or more among its readings, the pathway starts.
    Beside one, the strongest risk is asked about first, if it is :data:`RISK_ASKED_MIN_CONFIDENCE` or more:
    its check-in ("No" then carries on with the pathway the words name), or for a stopped medicine the
    medicine caution and then the pathway. Someone else at risk or an overdose among the readings, or
    readings of two kinds of risk (each at :data:`OTHER_RISK_MIN_CONFIDENCE` or more), keep the menu; so
    does abuse beside the reset conversation's words, since abuse never leads to a calm talk."""
    if (parse_data.get("intent") or {}).get("name") not in MENU_READINGS:
        return None
    risks = [
        c
        for c in parse_data.get("intent_ranking") or []
        if c.get("name") in DANGER_READINGS and _confidence(c) >= OTHER_RISK_MIN_CONFIDENCE
    ]
    strongest = max(map(_confidence, risks), default=0.0)
    if strongest < DANGER_MIN_CONFIDENCE:
        said = pathway_in_words(text)
        return PATHWAY_STARTS[said] if said else None
    asked_by = {ASKED_FIRST_BY.get(c.get("name") or "") for c in risks}
    first = asked_by.pop() if len(asked_by) == 1 else None
    if first is None or strongest < RISK_ASKED_MIN_CONFIDENCE:
        return None
    said = without_a_calm_talk_after_abuse(pathway_in_words(text), parse_data)
    if not said:
        return None
    return [first] + PATHWAY_STARTS[said] if first == "utter_medication_caution" else [first]


def without_a_calm_talk_after_abuse(asked: Optional[Text], parse_data: Dict[Text, Any]) -> Optional[Text]:
    """``asked``, or None where it is the calm talk (the reset conversation) and abuse is among the readings
    (:func:`reads_abuse`): abuse never leads to a calm talk."""
    return None if asked == RESET_CONVERSATION.entry_intent and reads_abuse(parse_data) else asked


def reads_abuse(parse_data: Dict[Text, Any]) -> bool:
    """Whether abuse is among a message's readings, at :data:`DANGER_MIN_CONFIDENCE` or more (at 0.01,
    "rebuilding trust with my psychiatrist after i stopped my meds without telling him", abuse at 0.012 beside
    the reset conversation at 0.66, lost its calm talk after the medicine caution)."""
    return any(
        c.get("name") in ABUSE_READINGS and _confidence(c) >= DANGER_MIN_CONFIDENCE
        for c in parse_data.get("intent_ranking") or []
    )


def pathway_after_no(parse_data: Dict[Text, Any]) -> Optional[Text]:
    """The pathway a checked message asked for once the patient has said "No" to the check-in, or None.

    "No" sets the model's risk readings aside (and an answer reading: no question was open), so the other
    readings are weighed without them, as :func:`stray_answer_pathway` does: each confidence divided by what
    those left. "My partner's consultant won't see her anymore, what are our options?", read as someone
    else in crisis at 0.59 and ending care at 0.24, is ending care (0.58). The best must be a pathway at
    :data:`CARRY_ON_MIN_CONFIDENCE` or more, with :data:`AFTER_NO_MIN_RAW` of its own. (The intent the
    safety net set, at 1.0, is its decision, not a model reading, and sets nothing aside.)"""
    set_aside = set(SAFETY_SEQUENCES) | {ANSWER}
    left = 1.0 - sum(
        _confidence(c)
        for c in parse_data.get("intent_ranking") or []
        if c.get("name") in set_aside and _confidence(c) < 1.0
    )
    if left <= 0:
        return None
    asked = pathway_asked({"intent_ranking": _weighed(parse_data, left)})
    return _own_at_least(parse_data, asked, AFTER_NO_MIN_RAW)


def _checked_message(tracker: DialogueStateTracker) -> Optional[UserUttered]:
    """The message that the latest check-in asked about (the one before the check-in's answer)."""
    users = [event for event in tracker.events if isinstance(event, UserUttered)]
    return users[-2] if len(users) >= 2 else None


def _offered_to_carry_on(tracker: DialogueStateTracker) -> bool:
    """Whether the bot's last word before the latest message was the offer to carry on (a paused form's
    answers a click away, not a form paused long ago and left)."""
    before_the_message = False
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            before_the_message = True
        elif (
            before_the_message and isinstance(event, ActionExecuted) and event.action_name not in _NOT_A_WORD
        ):
            return event.action_name == OFFER_RESUME
    return False


def _since_last_message(
    tracker: DialogueStateTracker,
) -> Optional[Tuple[List[Text], Optional[Text], Optional[Text]]]:
    """(actions run since the latest message, the form active when it came, the check-in it answers)."""
    done: List[Text] = []
    events = list(tracker.events)
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        if isinstance(event, UserUttered):
            form = None
            for earlier in events[:index]:
                if isinstance(earlier, ActiveLoop):
                    form = earlier.name
            check_in = None
            for earlier in reversed(events[:index]):
                if isinstance(earlier, UserUttered):
                    break
                if isinstance(earlier, ActionExecuted) and earlier.action_name in CHECK_INS:
                    check_in = earlier.action_name
                    break
            return list(reversed(done)), form, check_in
        if isinstance(event, ActionExecuted) and event.action_name not in _BOOKKEEPING:
            if event.action_name != ACTION_LISTEN_NAME:
                done.append(event.action_name)
    return None


def effective_intent(
    intent: Optional[Text], text: Optional[Text], check_in: Optional[Text]
) -> Optional[Text]:
    """The intent to act on. Just after a check-in, a plain "yes" or "no" answers it, and its answer
    leads to the full reply or the thanks; anywhere else the two answer intents mean nothing here."""
    if check_in:
        if intent not in SAFETY_SEQUENCES and intent not in ANSWERS:
            # Only the closed list of plain yes and no answers a check-in: "no one would miss me" is not "No".
            intent = {"yes": "confirm_risk", "no": "deny_risk"}.get(plain_yes_no(text or "") or "", intent)
        return CHECK_INS[check_in] if intent == "confirm_risk" else intent
    return None if intent in ANSWERS else intent


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class SafetyPolicy(Policy):
    """Predicts the safety layer's replies whenever the latest message asks for one."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"priority": 7}

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        featurizer: Any = None,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context, featurizer)
        self._region: Optional[Text] = None

    def train(
        self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any
    ) -> Resource:
        """Nothing to learn: the policy is a fixed table. Checks the domain has the replies and slots."""
        carried_on = {action for start in PATHWAY_STARTS.values() for action in start}
        replies = set(ONE_STEP_REPLIES.values())
        missing = (SAFETY_ACTIONS | carried_on | replies | set(CHECK_INS) | {OFFER_RESUME}) - set(
            domain.action_names_or_texts
        )
        missing |= {PAUSED_SLOT, SAFEGUARDING_SLOT, REGION_SLOT} - {slot.name for slot in domain.slots}
        if missing:
            raise ValueError(f"the domain lacks the safety actions or slots {sorted(missing)}")
        return self._resource

    def _clinic_region(self) -> Text:
        # Read lazily, once per server process: the clinic file may change without retraining.
        if self._region is None:
            self._region = load_clinic().region
        return self._region

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[Dict[Text, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        # Every prediction carries the clinic's region until the slot is set, so any
        # response (the fallback's safety line too) can show that region's numbers.
        events: List[Event] = (
            [] if tracker.get_slot(REGION_SLOT) else [SlotSet(REGION_SLOT, self._clinic_region())]
        )
        action = self._next_action(tracker, events)
        if action is None:
            return self._prediction(self._default_predictions(domain), events=events)
        # Marked as a "no user" prediction so that it also outranks an active form,
        # whose happy-path prediction would otherwise beat every other policy.
        return self._prediction(
            confidence_scores_for(action, 1.0, domain), events=events, is_no_user_prediction=True
        )

    def _next_action(self, tracker: DialogueStateTracker, events: List[Event]) -> Optional[Text]:
        """The next safety action (adding any slot events it needs to ``events``), or None."""
        since = _since_last_message(tracker)
        if since is None or not tracker.latest_message:
            return None
        done, form, check_in = since
        latest = tracker.latest_message
        intent = effective_intent(latest.intent.get("name"), latest.text, check_in)
        if (
            (form or told_blow(latest.parse_data))
            and not check_in
            and intent in ASKED_ABOUT_IN_A_FORM
            and latest.intent.get("name") == intent
            and guessed(latest.parse_data)
        ):
            # a form's answer that only a guess read, or a blow told by words alone anywhere: asked first
            intent = ASKED_ABOUT_IN_A_FORM[intent]
        if intent == "resume_pathway":
            if form and not tracker.get_slot(PAUSED_SLOT):
                return None  # words only read as "carry on" while a question is open: the form's to read
            return self._resume(tracker, done, events)
        if intent == "stop_medication" and not form:
            # what the model read under the caution, else the words ("i want to clear the air, not leave")
            asked = without_a_calm_talk_after_abuse(
                pathway_asked(latest.parse_data) or pathway_in_words(latest.text or ""), latest.parse_data
            )
            if asked and asked in OTHER_THAN_ENDING_CARE:
                # "how do I tell my doctor I stopped the tablets": the caution, then what was asked for.
                return next_in(["utter_medication_caution"] + PATHWAY_STARTS[asked], done)
        if intent == "deny_risk" and check_in and not form:
            checked = _checked_message(tracker)
            parsed = checked.parse_data if checked else {}
            # the model's readings, else the words ("the psychiatrist discharged me after one appointment.
            # i'm still struggling with the flashbacks": ending care)
            asked = (
                pathway_asked(parsed) or pathway_after_no(parsed) or pathway_in_words(checked.text or "")
                if checked
                else None
            )
            asked = without_a_calm_talk_after_abuse(asked, parsed)
            if check_in == CHECK_IN_REPLIES["hint_abuse"] and asked == RESET_CONVERSATION.entry_intent:
                asked = None  # nor after the safeguarding check-in: the menu
            if asked:
                return next_in(["utter_check_in_thanks"] + PATHWAY_STARTS[asked], done)
        if not form and not check_in:
            stray = stray_answer_pathway(latest.parse_data)
            if stray:
                return next_in(PATHWAY_STARTS[stray], done)
            reply = stray_answer_reply(latest.parse_data)
            if reply:
                return next_in([reply], done)
            instead = pathway_before_the_menu(latest.parse_data, latest.text or "")
            if instead:
                return next_in(instead, done)
        action = next_safety_action(intent, done, form)
        paused = not form and tracker.get_slot(PAUSED_SLOT)  # the slot first: the events' walk only then
        if (
            paused
            and intent in SAFETY_SEQUENCES
            and OFFER_RESUME in SAFETY_SEQUENCES[intent][0]
            and _offered_to_carry_on(tracker)
        ):
            # a second full reply while a form waits (a crisis, then an emergency): the offer to carry on
            # comes again, so the answers given so far are still a click away
            action = next_in(SAFETY_SEQUENCES[intent][1] + [OFFER_RESUME], done)
        # An action means the intent has a safety sequence.
        if action is not None and intent is not None and not done:
            in_form = SAFETY_SEQUENCES[intent][0]
            if form and OFFER_RESUME in in_form:
                events.append(SlotSet(PAUSED_SLOT, form))
            if form and action in CHECK_INS:
                # The form waits: with no requested slot, the check-in's answer fills no question.
                events.append(SlotSet(REQUESTED_SLOT, None))
            if intent == "report_abuse":
                events.append(SlotSet(SAFEGUARDING_SLOT, True))
        return action

    @staticmethod
    def _resume(tracker: DialogueStateTracker, done: List[Text], events: List[Event]) -> Optional[Text]:
        """Start the paused form again (it asks its first unanswered question), or show the menu if
        nothing is paused (a second click, or a chat that restarted). After the form, the rules go on."""
        if done:
            return ACTION_LISTEN_NAME if done == ["utter_menu"] else None
        paused = tracker.get_slot(PAUSED_SLOT)
        if not paused:
            return "utter_menu"
        events.append(SlotSet(PAUSED_SLOT, None))
        return paused
