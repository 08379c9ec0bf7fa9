"""The second-opinion navigator: an explainable tier, the SURE score, and what to do next (pure).

SURE test (Légaré et al., Can Fam Physician 2010): Sure of myself, Understand the
information, Risk-benefit ratio, Encouragement; one point per "yes", and a score of
3 or less signals decisional conflict.

Usage::

    from bot.pathways.second_opinion import decide, build_summary
    decision = decide({"so_serious": "yes", "so_sure_sure": "no", ...})
    decision.tier, decision.reasons, decision.sure_score
    build_summary(decision, region="us").as_payload()
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Mapping, Optional

from bot.pathways.cards import ADVOCATE_HEADING, Card, bullets
from bot.pathways.for_whom import Person, for_whom_question, person
from bot.pathways.questions import HARM_TOLD, ROLE_WORDS, YES_NO_BUTTONS, Question
from bot.regions import region as region_record

EMERGENCY = "emergency"
RECOMMENDED = "commonly_recommended"
REASONABLE = "reasonable"
OPTIONAL = "may_not_be_needed"
TIER_TITLES = {
    EMERGENCY: "Don't delay care",
    RECOMMENDED: "A second opinion is commonly recommended",
    REASONABLE: "A second opinion is reasonable to ask for",
    OPTIONAL: "A second opinion may not be needed, but you can still ask",
}
SURE_SLOTS = ["so_sure_sure", "so_sure_understand", "so_sure_risks", "so_sure_support"]
SURE_CONFLICT_MAX = 3
SURE_SOURCE = "SURE test: Légaré F. et al., Canadian Family Physician, 2010."
CONFLICT, NO_CONFLICT, NOT_ANSWERED = "conflict", "no_conflict", "not_answered"
# Some but not all four SURE questions answered: no score is given.
INCOMPLETE = "incomplete"
SURE_BANDS = (CONFLICT, NO_CONFLICT, INCOMPLETE, NOT_ANSWERED)

QUESTIONS = [
    for_whom_question(
        "so_for_whom",
        "Is this decision about your own care, or are you helping someone else?",
        "So I can word the questions and your summary for the right person.",
    ),
    Question(
        "so_emergency",
        "First: is this an emergency that is happening now?",
        "A second opinion must never hold up emergency care, so I check this first.",
        YES_NO_BUTTONS,
        other_prompt="First: is {person} having an emergency right now?",
    ),
    Question(
        "so_treatment_soon",
        "Is surgery or other treatment planned in the next few days?",
        "If treatment is soon, there are ways to get a second opinion fast. I'll tell you how.",
        YES_NO_BUTTONS,
    ),
    Question(
        "so_serious",
        "Is it a serious or rare illness, or one that will change your life?",
        "Serious and rare conditions are where a second look most often changes the plan.",
        YES_NO_BUTTONS,
        other_prompt="Is it a serious or rare illness, or one that will change {their} life?",
    ),
    Question(
        "so_major_treatment",
        "Have you been told you need surgery, or another big treatment that is risky or hard to undo?",
        "Big decisions that are hard to undo are worth checking first.",
        YES_NO_BUTTONS,
        other_prompt="Has {person} been told {they} need surgery? Or another big treatment that is risky or "
        "hard to undo?",
    ),
    Question(
        "so_persistent",
        "Do symptoms go on without a clear answer, or is the treatment not working?",
        "When things aren't getting better, fresh eyes can help.",
        YES_NO_BUTTONS,
    ),
    Question(
        "so_conflicting",
        "Have you had conflicting advice, or does the clinician seem unsure?",
        "Mixed messages are a good reason to ask someone else.",
        YES_NO_BUTTONS,
        other_prompt="Has {person} had conflicting advice, or does the clinician seem unsure?",
    ),
    Question(
        "so_rushed",
        "Do you feel rushed or unheard about this decision?",
        "Feeling rushed makes it hard to decide well, and another view can give you time to think.",
        YES_NO_BUTTONS,
        other_prompt="Do you or {person} feel rushed or unheard about this decision?",
    ),
    Question(
        "so_sure_sure",
        "Four quick questions about the decision itself. Do you feel sure about the best choice for you?",
        "These four questions (the SURE test) show whether you need more support before deciding.",
        YES_NO_BUTTONS,
        other_prompt="Four quick questions about the decision itself. Does {person} feel sure about the best "
        "choice for {them}?",
    ),
    Question(
        "so_sure_understand",
        "Do you know the benefits and risks of each option?",
        "It's part of the SURE test: understanding the options comes before choosing.",
        YES_NO_BUTTONS,
        other_prompt="Do you both know the benefits and risks of each option?",
    ),
    Question(
        "so_sure_risks",
        "Are you clear about which benefits and risks matter most to you?",
        "It's part of the SURE test: your own values matter in the choice.",
        YES_NO_BUTTONS,
        other_prompt="Is it clear which benefits and risks matter most to {person}?",
    ),
    Question(
        "so_sure_support",
        "Do you have enough support and advice to make a choice?",
        "It's part of the SURE test: nobody should have to decide alone.",
        YES_NO_BUTTONS,
        other_prompt="Do you both have enough support and advice to make a choice?",
    ),
]

# Reasons, in the order they are shown: (slot, answer) -> (tier it supports, what to say).
_REASONS = [
    ("so_serious", "yes", RECOMMENDED, "It's a serious, life-changing or rare diagnosis."),
    (
        "so_major_treatment",
        "yes",
        RECOMMENDED,
        "Surgery or another major, hard-to-undo treatment was recommended.",
    ),
    (
        "so_serious",
        "not_sure",
        REASONABLE,
        "You're not sure how serious the diagnosis is: another view can clarify.",
    ),
    ("so_major_treatment", "not_sure", REASONABLE, "You're not sure how big the treatment is: ask about it."),
    (
        "so_persistent",
        "yes",
        REASONABLE,
        "Symptoms go on without a clear answer, or treatment isn't working.",
    ),
    ("so_conflicting", "yes", REASONABLE, "You've had conflicting advice, or the clinician seems unsure."),
    ("so_rushed", "yes", REASONABLE, "You feel rushed or unheard about this decision."),
    ("so_treatment_soon", "yes", REASONABLE, "Treatment is planned within days, so it helps to check now."),
]
_TIER_ORDER = [RECOMMENDED, REASONABLE, OPTIONAL]


@dataclass(frozen=True)
class Decision:
    tier: str
    reasons: List[str]
    sure_score: Optional[int]
    sure_answered: int
    treatment_soon: bool = False

    @property
    def decisional_conflict(self) -> bool:
        return self.sure_score is not None and self.sure_score <= SURE_CONFLICT_MAX

    @property
    def sure_band(self) -> str:
        """A code for analytics: ``conflict``, ``no_conflict`` or ``not_answered``."""
        if self.sure_score is None:
            return INCOMPLETE if self.sure_answered else NOT_ANSWERED
        return CONFLICT if self.decisional_conflict else NO_CONFLICT


def sure_score(answers: Mapping[str, Optional[str]]) -> tuple:
    """(score, answered): one point per "yes" of the four SURE questions. The score is None unless all
    four were answered ("not sure" is an answer and scores no point; a skip is not an answer)."""
    answered = [answers.get(slot) for slot in SURE_SLOTS if answers.get(slot) in ("yes", "no", "not_sure")]
    if len(answered) < len(SURE_SLOTS):
        return None, len(answered)
    return sum(1 for a in answered if a == "yes"), len(answered)


def decide(answers: Mapping[str, Optional[str]]) -> Decision:
    """The tier for these answers, with the reasons that produced it. Same answers, same tier."""
    score, answered = sure_score(answers)
    if answers.get("so_emergency") == "yes":
        return Decision(EMERGENCY, ["This is an emergency that is happening now."], score, answered)
    soon = answers.get("so_treatment_soon") == "yes"
    reasons: Dict[str, List[str]] = {tier: [] for tier in _TIER_ORDER}
    for slot, answer, tier, text in _REASONS:
        if answers.get(slot) == answer:
            reasons[tier].append(text)
    if score is not None and score <= SURE_CONFLICT_MAX:
        reasons[REASONABLE].append(
            f"Your SURE score is {score} out of 4: that points to real doubt about the decision."
        )
    tier = next((t for t in _TIER_ORDER[:-1] if reasons[t]), OPTIONAL)
    shown = reasons[RECOMMENDED] + reasons[REASONABLE]
    if tier == OPTIONAL:
        # "Settled" only when the SURE answers say so; skipped answers say nothing either way.
        settled = " and your SURE answers show you feel settled" if score == len(SURE_SLOTS) else ""
        shown = [f"None of the usual reasons for a second opinion came up{settled}."]
    return Decision(tier, shown, score, answered, treatment_soon=soon)


HOW_TO_ASK = (
    "\"I'd like to get a second opinion before we decide. Could you help me with a referral, "
    "and send my records?\" A good clinician expects this and won't take it personally."
)
# Said by someone helping the patient.
HOW_TO_ASK_FOR_SOMEONE = (
    "\"We'd like to get a second opinion before we decide. Could you help with a referral for {noun}, "
    "and send their records?\" A good clinician expects this and won't take it personally."
)
# "{your}" and "{Your}" name whose care it is: the patient's own, or the person they help ("their").
WHOM_TO_ASK = [
    "A specialist in {your} condition, ideally at a different practice or hospital from {your} first "
    "clinician.",
    "Not a close colleague of the first clinician, so the view is truly fresh.",
    "Many large hospitals run remote second-opinion programs that review {your} records.",
]
WHAT_TO_BRING = [
    "{Your} records and recent visit notes",
    "Pathology reports and the slides, if there was a biopsy",
    "Imaging (scans, X-rays) and their written reports",
    "{Your} medication list",
    "A short timeline of what happened and when",
    "Your list of questions",
]
TIMING = (
    "Ask your clinician how long it is safe to wait before you decide. For some conditions, the answer is "
    "not long."
)
TREATMENT_SOON = [
    'Ask the team now: "Is it safe to wait for a second opinion before we start?"',
    "Many second-opinion programs can look at your records within a few days.",
    "You can still get a second opinion. Just don't let it hold up care the team says can't wait.",
]
NOT_ENOUGH_SURE = "Not enough answers to give a SURE score: it needs all four."


def build_summary(decision: Decision, region: str, for_whom: Optional[str] = None) -> Card:
    """What to show for a decision: the tier and its reasons first, then only what applies. ``for_whom``
    (a ``FOR_WHOM`` code) words it for someone helping the patient."""
    local = region_record(region)
    helped: Person = person(for_whom)
    your = {"your": "their", "Your": "Their"} if helped.helping else {"your": "your", "Your": "Your"}
    title = TIER_TITLES[decision.tier]
    card = Card("second_opinion", f"{title} ({helped.title.lower()})" if helped.helping else title)
    if decision.tier == EMERGENCY:
        return card.add("Right now", str(local.second_opinion["emergency"]))
    if decision.treatment_soon:
        card.add("Treatment is soon", bullets(TREATMENT_SOON))
    card.add("Why", bullets(decision.reasons))
    if decision.sure_score is not None:
        meaning = (
            "That suggests you'd benefit from more information or support before deciding."
            if decision.decisional_conflict
            else "You seem fairly settled about the decision."
        )
        card.add("Your SURE score", f"{decision.sure_score} out of 4. {meaning}")
    elif decision.sure_answered:
        card.add("Your SURE score", NOT_ENOUGH_SURE)
    return (
        card.add(
            "How to ask", HOW_TO_ASK_FOR_SOMEONE.format(noun=helped.noun) if helped.helping else HOW_TO_ASK
        )
        .add("Whom to ask", bullets([line.format(**your) for line in WHOM_TO_ASK]))
        .add("What to bring", bullets([line.format(**your) for line in WHAT_TO_BRING]))
        .add("Coverage", bullets(list(local.second_opinion["coverage"])))
        .add("Timing", TIMING)
        .add(ADVOCATE_HEADING, local.advocate)
        .add("Sources", bullets([SURE_SOURCE]))
    )


# Another team asked to look at the case: "can i ask for my case to go to another MDT?"
_ANOTHER_TEAM = r"\b(?:another|a\s+different|a\s+second)\s+(?:mdt|multidisciplinary\s+team|tumou?r\s+board)\b"
# A choice made after conflicting views, which is no longer a question of another look: "so I'm sticking with
# her", "so I'm leaving him".
_CHOICE_MADE_AFTER = (
    r"(?![^.!?]*\b(?:so|and)\s+(?:i'm|im|i\s+am|we're|we\s+are)\s+"
    r"(?:leaving|done|switching|sticking|staying|moving)"
    r"|[^.!?]*\b(?:and|so|but)\s+(?:she's|he's|they're|she\s+is|he\s+is|they\s+are)\s+(?:dropping|discharging|removing|"
    r"ending|striking))"
)
# Conflicting advice from clinicians, another clinician's view by implication: what the second opinion's
# question "have you had conflicting advice?" asks about. Read as a look asked for too (_LOOK_ASKED).
_CONFLICTING_ADVICE = (
    # had from clinicians: "I'm getting conflicting advice from my GP and my cardiologist"
    r"\b(?:getting|got|get|had|have|having|given|receiving|received)\s+(?:such\s+|so\s+much\s+|lots\s+of\s+)?"
    r"(?:conflicting|contradictory|opposite|opposing)\s+(?:advice|opinions|answers|diagnoses)\s+"
    r"(?:from|between)\s+(?:my|our|the|two|2|both|different|his|her|their)\s+(?:[\w-]+\s+)?"
    rf"(?:{ROLE_WORDS}|docs|drs)s?\b{_CHOICE_MADE_AFTER}"
    # told: "Two doctors have told me opposite things", "the NHS consultant disagrees with my old private
    # one" (not "my GP disagrees with me", nor with a relative, nor "different things about
    # parking"; nor a choice made after it: "so I'm sticking with her", "so I'm leaving him")
    rf"|\b(?:two|2|three|3|both)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS}|docs|drs)s?\b[^.!?]{{0,30}}?\b(?:opposite|"
    r"conflicting|contradictory|contradicting)\s+(?:things|advice|answers|opinions|diagnoses)\b"
    r"(?!\s+about\s+(?:parking|visiting|appointments?|booking|opening|the\s+(?:car|bus|building|way|address))\b)"
    rf"{_CHOICE_MADE_AFTER}"
    # "The physio says I need surgery on my ACL, the surgeon says physio. Who do I see now" (two clinicians
    # saying different things, then which to follow asked)
    rf"|\b(?:{ROLE_WORDS})\s+says?\b[^.!?]{{3,60}},\s*(?:and\s+|but\s+)?(?:the|my|our)\s+(?:[\w-]+\s+)?"
    rf"(?:{ROLE_WORDS})\s+says?\b(?=[^?]*\b(?:who\s+(?:do|should|shall)\s+(?:i|we)\s+(?:see|believe|listen\s+to|trust|go\s+with)|"
    r"which\s+(?:one\s+)?(?:do|should|shall)\s+(?:i|we)\s+(?:believe|trust|listen\s+to|go\s+with)|who(?:'s|\s+is)\s+right)\b)"
    rf"|\b(?:{ROLE_WORDS})\s+(?:disagrees|disagreed|doesn't\s+agree|does\s+not\s+agree)\s+with\s+"
    rf"(?:my|our|his|her|their|the)\s+(?:[\w-]+\s+){{0,2}}?(?:(?:{ROLE_WORDS})\b(?!')|"
    r"one(?=\s*(?:[.,;!?]|$|\s+(?:about|on|over|and|but)\b)))"
    rf"{_CHOICE_MADE_AFTER}"
    # "Doctors can't agree on what's wrong with me. One says lupus, one says fibromyalgia."
    rf"|\b(?:the\s+|my\s+|our\s+|his\s+|her\s+)?(?:{ROLE_WORDS}|docs|drs)s\s+(?:can't|cant|cannot|can\s+not|"
    r"don't|dont|do\s+not|won't|wont)\s+agree\s+(?:on|about)\s+(?:what|what's|whats|the\s+diagnosis|"
    r"(?:my|his|her|their|the)\s+(?:diagnosis|treatment|plan))\b"
    rf"{_CHOICE_MADE_AFTER}"
)
# The care with the clinician ended or ending, which makes another one a replacement, not another look ("I
# need another doctor to see my results, mine retired").
_CARE_ENDED = r"discharg\w*|retir\w*|dropp\w*|remov\w*|struck|left|leav\w*|moved|moving"
# A clinician away for a while ("off sick for 3 months", "on maternity leave"): cover, not another view.
_AWAY = r"off\s+sick|sick\s+leave|maternity|paternity|holiday|on\s+leave|away\s+(?:for|until|till)"
# The message's start up to a reading, where nothing before its first question says the care ended or the
# clinician is away.
_NEITHER_ENDED_NOR_AWAY = rf"^(?![^?]*\b(?:{_CARE_ENDED}|{_AWAY})\b)[^?]*?"
# A clinician's or a hospital's word about the patient's health: "the GP said", "Doctor at the clinic said",
# "the hospital sent her home", "I was told", "diagnosed".
_A_CLINICIANS_WORD = (
    rf"(?:\b(?:{ROLE_WORDS}|hospital|clinic|a&e|er|they)(?:\s+at\s+the\s+[\w-]+)?\s+(?:has\s+|have\s+|just\s+)?"
    r"(?:says?|said|told\s+(?:me|us|him|her|them)|sent\s+(?:me|us|him|her|them)\s+home)\b"
    r"|\b(?:was|were|been|got)\s+told\b|\bdiagnos\w*)"
)
# Another clinician asked to look, the look named: "Want a different dermatologist to weigh in", "I want a
# different fertility doctor to review everything", "We want another doctor to see first" (not "another
# doctor to see me for my repeat prescriptions").
_TO_LOOK = (
    r"\b(?:(?:a|an)\s+(?:different|second|fresh)|another)\s+"
    rf"(?:[\w']+\s+)?(?:{ROLE_WORDS})\s+to\s+(?:weigh\s+in|look\s+at|review|check|reassess|re-assess|"
    r"double[\s-]check|(?:go|look)\s+over\s+(?:it|this|that|everything|(?:the|my|his|her|their|our)\s+"
    r"(?:diagnosis|case|results?|scans?|biopsy|plan|treatment\s+plan|options))\b|"
    r"(?:see|examine|assess)\s+(?:(?:him|her|them|it|me|us)\s+)?(?:first|before)\b)\b"
    # in learner's English: "I want other doctor look first", "I want second doctor to explain and check"
    r"|\b(?:want|wants|need|needs|like)\s+(?:an?\s+)?(?:other|another|different)\s+(?:doctor|specialist|dentist)\s+"
    r"(?:to\s+)?(?:look|check|see)\s+(?:at\s+(?:it|this|me)\s+)?first\b"
    # "i want another doctor see my tests", "he want other doctor to see the scan"
    r"|\b(?:want|wants|need|needs|like)\s+(?:an?\s+)?(?:other|another|different)\s+(?:doctor|specialist|dentist)\s+"
    r"(?:to\s+)?(?:look\s+at|check|see|read)\s+(?:my|his|her|their|our|the)\s+(?:tests?|test\s+results|results?|"
    r"scans?|x-?rays?|mri|ct|biopsy|reports?|diagnosis)\b"
    # (not because the care ended: "...to see my results, mine retired")
    rf"(?![^.!?]*\b(?:{_CARE_ENDED}|clos\w*|switch\w*|"
    r"(?:change|changing)\s+(?:my\s+|our\s+|the\s+)?(?:doctor|gp|practice|surgery|clinic|consultant|specialist)s?)\b)"
    # "thinking of seeing a different cardiologist before agreeing to the ablation" (a treatment, not "before
    # starting my new job")
    r"|\b(?:see|seeing|ask|asking|consult|consulting)\s+(?:a\s+|an\s+)?(?:different|another|other|second)\s+"
    rf"(?:[\w']+\s+)?(?:{ROLE_WORDS})\s+before\s+(?:agreeing\s+to|going\s+ahead\s+with|committing\s+to|"
    r"consenting\s+to|saying\s+yes\s+to|signing\s+up\s+for|having)\s+(?:the|this|that|my|his|her|their|a|an|any)\s+"
    r"(?:[\w-]+\s+)?(?:surgery|operation|op|procedure|treatment|ablation|chemo\w*|radiotherapy|transplant|implant|"
    r"injections?|infusions?|biopsy|pacemaker|stent|bypass|replacement|\w+ectomy|\w+otomy|\w+plasty)\b"
    rf"(?![^.!?]*\b(?:{_CARE_ENDED})\b)"
    r"|\b(?:want|need|like)\s+(?:a\s+)?second\s+(?:doctor|specialist|dentist|surgeon|consultant)\s+to\s+"
    r"(?:explain\s+and\s+)?(?:look|check|review)\b"
    # "Family want ask other hospital too"
    r"|\b(?:ask|asking|check\s+with)\s+(?:an?\s+)?(?:other|another|different)\s+(?:hospital|doctor|specialist|"
    r"consultant|surgeon)\s+(?:too|as\s+well|also)\b"
)
# Asking whether to see another clinician, or for another opinion by name: "Should I see a different
# gastro?", "should we ask a different doctor?", "is it worth asking another specialist". Not a question
# about what another clinician said ("my other doctor said to double the dose, is that right?").
_ANOTHER_LOOK = re.compile(
    r"\b(?:should|could|would|can|do|shall|must)\s+(?:i|we|she|he|they|my\s+\w+)\s+(?:see|ask|get|try|go\s+to|"
    r"ask\s+for|get\s+checked\s+by|talk\s+to|speak\s+to|consult)\s+(?:a\s+|an\s+)?"
    r"(?:different|another|other|new|second|fresh|separate)\s+"
    rf"(?:[\w']+\s+)?(?:{ROLE_WORDS}|opinion|clinic)\b"
    # (not another one for a task: "can I ask another nurse to take it"; but "to take a look", "to give their
    # view", "to do the biopsy again" are looks)
    r"(?!\s+to\s+(?:take|do|give|change|book|help|come|draw|fit|remove|dress|sign|fill|write|prescribe)\b"
    r"(?![^.!?,;]{0,30}\b(?:look|view|opinion|again|review|second)\b))"
    r"|\b(?:worth|about|considering|thinking\s+of)\s+(?:asking|seeing|getting|trying)\s+(?:for\s+)?(?:a\s+|an\s+)?"
    rf"(?:different|another|other|second|fresh)\s+(?:[\w']+\s+)?(?:{ROLE_WORDS}|opinion)\b"
    # not one already had: "I already got a second opinion and they said it's IBS, what should I eat?"
    # nor one asked for as the reason for what followed: "My doctor fired me because I asked for a second
    # opinion"
    r"|(?<!got a )(?<!had a )(?<!gotten a )(?<!gave me a )(?<!because i asked for a )(?<!for asking for a )"
    r"(?<!after i asked for a )"
    r"\b(?:second|2nd|third|3rd|another|fresh|independent)\s+(?:opinion|opnion|opinon|oppinion|opion)\b"
    # "Should I get a third view" (not an X-ray's "second view", nor "an independent view on my complaint")
    r"|\b(?:get|getting|want|seek|ask\s+for)\s+a\s+(?:third|3rd)\s+view\s*(?:[?.!]|$)"
    # in French, Italian, German and Dutch: "un deuxième avis", "un altro parere", "eine zweite Meinung", "een
    # tweede mening" (Spanish is below, its refusals in _TURNED_DOWN_BEFORE)
    # (not turned down: "keine zweite Meinung"; nor a disagreement: "je suis d'un autre avis que mon médecin")
    # (not someone else's view: "Mon mari a un autre avis")
    r"|(?<!pas )(?<!pas de )(?<!d')\b(?:un|une)\s+(?:deuxi[eè]me|second)\s+avis\b"
    r"|\b(?:demander|obtenir|avoir|chercher|prendre)\s+un\s+autre\s+avis\b"
    r"|(?<!non voglio )(?<!non vogliamo )(?<!non vuole )\bun\s+(?:altro|secondo)\s+parere\b"
    r"|(?<!keine )(?<!keinen )\b(?:zweite|zweiten)\s+meinung\b|(?<!keine )\bzweitmeinung\b"
    r"|(?<!geen )\btweede\s+mening\b"
    # conflicting answers had: "2 derms, 2 diagnoses for my rash"
    # (not "I have two diagnoses, bipolar and ADHD", "3 opinions later I'm sticking with my GP")
    r"|\b(?:two|2|three|3)\s+(?:different|conflicting)\s+(?:diagnoses|opinions)\b"
    rf"|\b(?:two|2|three|3)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS}|docs|drs)s?\b[^.!?]{{0,25}}?\b(?:two|2|three|3)\s+"
    r"(?:different\s+)?(?:diagnoses|opinions|answers|treatment\s+plans)\b"
    # someone else, another team, asked to look: "I'd like someone else to weigh in", "another MDT"
    r"|(?:\b(?:someone|somebody)\s+else\s+to\s+(?:weigh\s+in|look\s+at\s+(?:it|this|my|the|his|her)|review|"
    r"double[\s-]check|re-?assess)\b"
    r"|\b(?:like|want|need)\s+(?:someone|somebody)\s+else's\s+(?:input|opinion|view|take)\b(?!\s+on\s+how\b))"
    r"(?![^.!?]*\b(?:leave|leaving|switch|change|move)\s+(?:the|my|our)\s+(?:practice|surgery|gp|doctor|clinic)\b)"
    rf"|(?<!moving to )(?<!move to )(?<!switching to )(?<!transferring to ){_ANOTHER_TEAM}"
    rf"|{_CONFLICTING_ADVICE}"
    # "time for a fresh pair of eyes?", "needs new eyes on it"
    # (not a support person at a visit: "bring my daughter as a second pair of eyes")
    r"|(?<!as a )(?<!as another )(?<!as an )\b(?:fresh|new|another|second|different)\s+(?:pair|set)\s+of\s+"
    r"eyes\b"
    r"(?!\s+and\s+ears)|\b(?:fresh|new)\s+eyes\s+on\b"
    # a diagnosis told, then "Should I get it checked by a rheumatologist?" (not a first check: "should I get
    # it checked by an out-of-hours doctor", "by a paramedic"); or "my results reviewed by another
    # radiologist"
    r"|\b(?:told|diagnos\w*|said)\b[^?]{0,80}?\b(?:should|could|can|do)\s+(?:i|we|she|he|they)\s+(?:get|have)\s+"
    r"(?:it|this|that)\s+(?:checked|looked\s+at|confirmed|reviewed)\s+by\s+(?:a|an)\s+"
    r"(?!(?:gp|pcp|doctor|doc|pharmacist|chemist|nurse|paramedic|dentist|practice|out-of-hours|out\s+of\s+hours|er|"
    rf"a&e|urgent|emergency|walk-in)\b)(?:[\w-]+\s+)?(?:{ROLE_WORDS})\b(?<!doctor)(?<!nurse)"
    r"|\b(?:should|could|can|do)\s+(?:i|we|she|he|they)\s+(?:get|have)\s+(?:it|this|that|(?:my|his|her|the)\s+"
    r"(?:diagnosis|results?|scans?|biopsy|x-rays?|mri))\s+(?:checked|looked\s+at|confirmed|reviewed)\s+by\s+"
    rf"(?:another|a\s+different|a\s+second)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS})\b"
    # doubts about an operation that is planned: "my back surgery is scheduled for friday and im having
    # doubts"
    # (not since one: "Since the amputation I have serious doubts that life is worth living")
    r"|(?<!since )(?<!after )(?<!since my )(?<!after my )(?<!since the )(?<!after the )"
    r"\b(?:surgery|operation|op|procedure|hysterectomy|amputation)\s+(?:is\s+|was\s+)?"
    r"(?:scheduled|booked|planned|due|set|coming\s+up)\b[^.!?]{0,40}\b(?:having|have|got)\s+"
    r"(?:serious\s+|real\s+|some\s+|second\s+)?(?:doubts|second\s+thoughts)"
    r"(?:\s+about\s+(?:it|going\s+ahead|having\s+it|the\s+(?:op|operation|surgery|procedure)))?\s*(?:[.!?,;]|$)"
    # after a diagnosis or a plan told: "told he need a pacemaker... maybe other doctor can check?" (not a
    # first check: "my baby has a rash that doesnt fade, maybe another doctor can check?")
    r"|\b(?:told|say|says|said|diagnos\w*|recommend\w*)\b[^?]{0,120}?\b(?:other|another|different)\s+"
    r"(?:doctor|specialist|dentist)\s+(?:can|could|should)\s+(?:check|look)\b"
    # after a clinician said what it is: "the gp says it's grief and stress. we'd like a cardiologist to
    # check her over" (a specialist, not a first check by a GP, a nurse or a paramedic; not a referral
    # advised, "My GP said I need to see a cardiologist", nor a relative's or a school's view)
    rf"|\b(?:{ROLE_WORDS})\s+(?:says|said|thinks|thought|told\s+(?:me|us|her|him|them))\s+(?:that\s+)?"
    r"(?:it's|its|it\s+is|it\s+was|she's|he's|i'm|that's|she\s+is|he\s+is|i\s+am|it's\s+just|just)\b"
    r"[^?]{0,120}?\b(?:i|we)(?:'d|\s+would)?\s+(?:really\s+|just\s+)?"
    r"(?:want|like|need)\s+(?:a|an)\s+(?!(?:gp|pcp|doctor|doc|pharmacist|chemist|nurse|paramedic|dentist|"
    r"out-of-hours|urgent|emergency|walk-in|proper|real)\b)(?:[\w-]+\s+)?"
    rf"(?:{ROLE_WORDS})(?<!nurse)(?<!doctor)(?<!paramedic)(?<!gp)(?<!pharmacist)\s+to\s+"
    r"(?:check|look\s+at|examine|assess|review)\s+"
    r"(?:her|him|them|me|us|it)\b"
    # "Should i push for a neurologist or ENT opinion?" (not "ask for an opinion from my GP")
    r"|\b(?:push|ask|press)\s+for\s+(?:a|an)\s+(?:[\w-]+\s+or\s+)?(?:[\w-]+ist|ent|second|independent|"
    r"specialist|expert|consultant's|surgeon's)\s+opinion\b"
    # "I'd feel better if a specialist checked"
    r"|\b(?:feel\s+better|be\s+happier|feel\s+happier)\s+if\s+(?:a|an|another)\s+(?:[\w-]+\s+)?"
    rf"(?:{ROLE_WORDS})\s+(?:checked|looked|saw|examined|confirmed|had\s+a\s+look)\b"
    # "Want a different dermatologist to weigh in", "we want to ask other doctor first"
    rf"|{_TO_LOOK}"
    # in Spanish: "quiero otra opinión"
    r"|\b(?:otra|segunda)\s+opini[oó]n\b"
    # "We want another view first", the patient's wish (not one had, "they need another view of my wrist", an
    # X-ray, "my husband wants a second view", nor "a fresh perspective on how to approach my GP")
    # (a view of the care only: not "another perspective on what happened", "a view on my complaint")
    r"|\b(?:i|we)(?:'d|\s+would)?\s+(?:really\s+|just\s+|also\s+|still\s+)*(?:want|need|like)\s+(?:to\s+(?:get|have|hear)\s+)?"
    r"(?:an?\s+|some\s+)?(?:another|second|fresh|independent)\s+view\b"
    r"(?!\s+(?:of|about)\b|\s+on\s+(?!(?:my|his|her|their|our|the)\s+(?:diagnosis|treatment|plan|scans?|results?|"
    r"biopsy|case|options)\b))"
    # the clinician unsure: "the doctor doesn't seem to know what that means either" (not "what it means to be
    # autistic", "what that means for my licence")
    rf"|\b(?:the|my|our|his|her|their)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS})\s+(?:doesn't|doesnt|does\s+not|didn't|"
    r"didnt|did\s+not)\s+(?:seem\s+to\s+|even\s+|really\s+)*know\s+what\s+(?:that|this|the\s+result)\s+means\b"
    r"(?!\s+(?:to|for|in)\b)"
    # "Can another specialist tell me if that's true?"
    r"|\b(?:can|could|would|should|will)\s+(?:(?:a|an)\s+(?:different|second|other)|another)\s+"
    rf"(?:[\w']+\s+)?(?:{ROLE_WORDS})\s+(?:tell|check|confirm)\s+(?:me|us|him|her|them)\s+(?:if|whether)\s+"
    r"(?:that's|thats|that\s+is|it's|its|it\s+is|this\s+is|he's|she's|they're|he\s+is|she\s+is|they\s+are)\s+"
    r"(?:true|right|correct|accurate)\b"
    # "Would a different neuro agree", "going elsewhere just for an opinion"
    r"|\bwould\s+(?:(?:a|an)\s+(?:different|other|second|fresh)|another)\s+"
    rf"(?:[\w']+\s+)?(?:{ROLE_WORDS})\s+(?:agree|disagree|say\s+the\s+same|think\s+the\s+same|help)\b(?!\s+(?:to|with|me\s+(?:with|to|get|find))\b)"
    r"|\b(?:elsewhere|somewhere\s+else)\s+(?:just\s+|only\s+)?for\s+(?:an?\s+)?(?:opinion|view|look)\b"
    # "Should I be asking for a different doctor's opinion?"
    rf"|\b(?:(?:a|an)\s+(?:different|second|fresh|independent|other)|another)\s+(?:[\w']+\s+)?(?:{ROLE_WORDS})'s\s+"
    r"(?:opinion|view|take|look)\b"
    r"|\bask\s+(?:an?\s+)?(?:other|another|different)\s+(?:[\w-]+\s+)?(?:doctor|specialist|consultant)\b"
    # "Should I see a different one before going ahead?", "wondering if his diagnosis is right"
    r"|\b(?:should|could|would|can|do|shall)\s+(?:i|we|she|he|they)\s+(?:see|ask|consult|go\s+to)\s+"
    r"(?:a\s+)?(?:different|another|new)\s+one\b"
    r"|\b(?:wonder\w*|not\s+sure|question\w*|doubt\w*)\s+(?:if|whether)\s+(?:[\w']+\s+){0,4}?"
    r"(?:diagnosis|treatment\s+plan)\s+(?:is|was)\s+(?:right|correct|accurate)\b"
    # "Is it normal to question a diagnosis of heart failure?" (the patient's doubt, not the clinician's)
    r"|\b(?:to|i|we|i'm|im|we're)\s+(?:question|questioning|doubt|doubting|challenge|challenging|second-guess|"
    r"second-guessing)\s+(?:a|the|my|his|her|their|our|this|that)\s+(?:[\w-]+\s+)?(?:diagnosis|treatment\s+plan)\b"
    # "I want to hear from a sports surgeon", "should I see a urologist for a real answer?"
    r"|\b(?:want|wanted|like|hoping|hope)\s+to\s+"
    rf"(?:hear|get\s+(?:a\s+)?(?:view|take))\s+from\s+(?:a|an|another)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS})\b"
    r"|\b(?:should|could|can|do)\s+(?:i|we)\s+(?:see|ask|go\s+to)\s+(?:a|an)\s+"
    r"(?!(?:gp|pcp|doctor|doc|pharmacist|chemist|nurse)\b)(?:[\w-]+\s+)?"
    rf"(?:{ROLE_WORDS})\s+(?:for|to\s+get)\s+(?:(?:a\s+)?(?:real|proper|clear|definite|straight|second)\s+"
    r"(?:answer|opinion|diagnosis|view)|(?:an?\s+)?(?:opinion|view))\b"
    # a diagnosis told, then "Ask someone else" as its own last clause ("I've been told my chronic cough is
    # reflux. Inhalers never helped. Ask someone else?")
    # (a diagnosis: "told my cough is reflux", not "told me to book with the nurse", "said she can't sign")
    r"|\b(?:told|diagnos\w*)\s+(?:me\s+|us\s+|him\s+|her\s+)?(?:that\s+)?(?:my|his|her|their|our|it|it's|its|i|"
    r"i've|i'm|he|she|he's|she's)\s+(?:[\w'-]+\s+){0,5}?(?:is|was|are|were|has|have|had)\s+(?!(?:to|no|not)\b)"
    r"[^?]{0,160}?[.!,;]\s*(?:(?:should|do|shall)\s+(?:i|we)\s+|maybe\s+)?"
    r"ask\s+(?:someone|somebody)\s+else\s*[?.!]*\s*$"
    # "Does that mean I should ask someone else" (not "should I ask someone else to come with me")
    r"|(?:\b(?:should|could|would|can|do|shall)\s+(?:i|we|she|he|they)\s+(?:ask|see|get|go\s+to|try)|"
    r"\b(?:i|we)\s+(?:should|ought\s+to)\s+ask)\s+"
    r"(?:someone|somebody)\s+else\b(?!'s)(?!\s+(?:to|for|if|whether|about|how|with|in)\b)",
    re.IGNORECASE,
)
# Another look asked for in looser words, read only where no harm is told (``HARM_TOLD``): a clinician who
# disagrees with another's diagnosis, one more doctor to check, no operation until someone else has looked,
# being sure before starting a treatment after a diagnosis.
_CALM_LOOK = re.compile(
    # pool v50: "I want test again by other doctor", "we want him checked again by a different specialist"
    # (the patient's wish: not turned down, "don't want to be tested again by a different doctor", nor a
    # replacement or a follow-up: "need to be seen again by a new doctor", "...by another consultant in 6
    # weeks")
    r"(?<!n't\s)(?<!not\s)(?<!dont\s)\b(?:want|wants)\s+(?:(?:him|her|them|it|me|us|my\s+\w+)\s+)?(?:to\s+)?"
    r"(?:test|tested|check|checked|look\s+at|looked\s+at)\s+again\s+by\s+(?:an?\s+)?"
    r"(?:other|another|different|second)\s+(?:doctor|specialist|dentist|hospital|consultant|surgeon)\b"
    rf"(?![^.!?]*\b(?:{_CARE_ENDED}|changed|new)\b)|"
    # "my new doctor disagrees with my previous doctor's diagnosis" (not with a choice made or staying said
    # anywhere after it: "...so I switched", "...and I went with the new one", "I want to stay with both")
    rf"\b(?:{ROLE_WORDS})\s+(?:disagrees|disagreed|doesn't\s+agree|does\s+not\s+agree)\s+with\s+"
    rf"(?:my|our|his|her|their|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{ROLE_WORDS})'s\s+"
    r"(?:diagnosis|treatment\s+plan|findings)\b"
    r"(?![^?]*\b(?:switched|went\s+with|gone\s+with|going\s+with|go\s+with|decided|stay\w*|stick\w*|chose|chosen|"
    r"refer\w*)\b)"
    # a clinician's verdict that the patient will never walk, run or work again, then "I want to hear it from
    # someone else" as the sentence's end (not urgent advice: "the paramedic said it's a stroke, ...", nor "I
    # won't see my kids again")
    rf"|\b(?:{ROLE_WORDS})\s+(?:says?|said|told\s+(?:me|us|him|her|them))\s+(?:that\s+)?(?:i|he|she|they|we)"
    r"(?:'ll|\s+will|'d|\s+would)?\s+(?:never|not|won't|can't|cannot)\s+(?:be\s+able\s+to\s+)?"
    r"(?:run|walk|work|play|dance|drive|swim|cycle|ride|climb|lift|train|compete)\b[^.!?]{0,25}?\bagain\b"
    r"(?![^?]*\b(?:a&e|hospital|ambulance|999|911|111|stroke|heart\s+attack|right\s+now|immediately|died|dead|"
    r"dying)\b)"
    r"[^?]{0,40}?\b(?:(?:i|we)(?:'d|\s+would)?\s+"
    r"(?:just\s+|really\s+)?(?:want|need|like)\s+to\s+hear\s+(?:it|that|this)\s+from\s+(?:someone|somebody)\s+else"
    r"\s*(?:[.!]|$)"
    # ... or "Can I ask a sports medicine doctor?" (pool v50)
    r"|(?:can|could|should)\s+(?:i|we)\s+(?:ask|see)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:doctor|specialist|surgeon|consultant)\s*\?\s*$)"
    # pool v51: a clinician's word told, then "Should I see a urologist?", "Should I push to see a gastro?" as
    # the message's end (a specialist, not a first check: "should I see a physio?"; not a referral already
    # made or advised, nor after the care ended or during an absence)
    rf"|{_NEITHER_ENDED_NOR_AWAY}"
    r"\b(?:gp|doctor|doc|dr|pcp|physician|consultant|specialist|hospital|clinic|they)\s+(?:has\s+|just\s+)?"
    r"(?:says?|said|thinks|thought|told\s+(?:me|us|him|her|them))\b(?![^?]*\brefer\w*)[^?]{0,200}?"
    r"\b(?:should|could|can|do)\s+(?:i|we|she|he|they)\s+(?:push\s+(?:to\s+see|for)|see|ask\s+(?:to\s+see|for)|"
    r"get\s+referred\s+to)\s+(?:a|an)\s+(?:\w*ologist|gastro|endo|cardio|neuro|derm|rheumy|ortho|specialist|"
    r"consultant)\s*\?\s*$"
    # "...the hospital sent her home the same night. should she be seen by someone else?", "Doctor at the
    # clinic said my foot needs to come off. Can someone else check" (a clinician's or a hospital's word, not
    # anyone's: "the mechanic said", "I told you already"; not after the care ended or during an absence)
    rf"|{_NEITHER_ENDED_NOR_AWAY}{_A_CLINICIANS_WORD}[^?]{{0,200}}?"
    r"\b(?:should|could|can)\s+(?:i|we|she|he|they)\s+(?:be|get)\s+(?:seen|checked|looked\s+at)\s+by\s+"
    r"(?:someone|somebody)\s+else\s*\?"
    rf"|{_NEITHER_ENDED_NOR_AWAY}{_A_CLINICIANS_WORD}[^?]{{0,200}}?[.!,;]\s*"
    r"(?:can|could)\s+(?:someone|somebody)\s+else\s+"
    r"(?:check|look)(?:\s+(?:at\s+)?(?:it|this|that|me|him|her|them))?\s*[?.!]*\s*$"
    # "I want one more doctor to check", as the sentence's end
    r"|\b(?:i|we)\s+(?:want|need)\s+(?:one\s+more|another|other)\s+(?:doctor|specialist)\s+"
    r"(?:to\s+)?(?:check|look)(?:\s+(?:too|also|again))?\s*(?:[.!]|$)"
    # "don't let them cut you open till someone else has looked": an operation waiting on the look (not "the
    # surgery won't reopen until someone else has checked the building", "I can't leave the house until
    # someone else has checked the locks", "I was fine until another doctor looked at me")
    # (refused by the patient, not the hospital's own hold: "the op was postponed until someone else has
    # looked at the scans")
    r"|\b(?:don't|dont|do\s+not|won't|wont|not|never|refus\w*)\b[^.!?]{0,30}?"
    r"\b(?:cut\s+(?:you|me|him|her|them)\s+open|operate|operating|operation|op|chemo\w*|biopsy)\b"
    r"[^.!?]{0,40}\b(?:till|until|before)\s+(?:(?:someone|somebody)\s+else|another\s+surgeon|a\s+second\s+doctor)\s+"
    r"(?:has\s+|have\s+)?(?:looked|had\s+a\s+look)\b(?!\s+(?:after|for|round|around|in|on)\b)"
    # a diagnosis told, then "I want to be sure before I start anything" (a diagnosis: not "told to rest",
    # "I told my doctor I'm pregnant", "I haven't been diagnosed yet"; a treatment, not "start running again")
    r"|(?<!not\s)(?<!n't\s)(?<!never\s)(?<!yet\s)(?<!not\sbeen\s)(?<!n't\sbeen\s)(?<!never\sbeen\s)"
    r"\b(?:diagnosed\s+with|been\s+told\s+(?:that\s+)?"
    r"(?:i've|i\s+have|i'd|he's|she's|he\s+has|she\s+has|they've)\s+got)\b[^?]{0,120}?"
    r"(?:\b(?:i|we)(?:'d|\s+would)?|\band)\s+(?:just\s+|really\s+)?(?:want|need|like)\s+to\s+be\s+"
    r"(?:really\s+|completely\s+|100%\s+)?(?:sure|certain)\s+before\s+(?:i|we|she|he|they)\s+"
    r"(?:start|begin|agree\s+to|go\s+ahead\s+with|commit\s+to|have)\s+(?:anything|any\s+treatment|treatment|"
    r"the\s+treatment|chemo\w*|radiotherapy|surgery|the\s+(?:surgery|operation|op|tablets|medication|medicine))"
    r"\s*(?:[.!,;?]|$)"
    # (not a question for the patient's own clinician: "...before I start chemo, what questions should I ask
    # my oncologist?")
    r"(?![^?]*\b(?:(?:what|which)\s+(?:questions|should\s+(?:i|we)\s+ask)|side\s+effects|safe\s+with|are\s+they\s+safe)\b)",
    re.IGNORECASE,
)
# Another look turned down by the patient just before it: "I'm not after another opinion", "I don't want a
# second opinion", "No second opinion, ..." (not "I don't know if a second opinion is worth it", nor someone
# else's refusal: "my GP said no to a second opinion", "my doctor said I don't need a second opinion").
_TURNED_DOWN_BEFORE = re.compile(
    r"(?:(?:^|[.,;!?])\s*|(?<!said )(?<!says )(?<!told me )(?<!thinks )"
    r"\b(?:i|i'm|im|i am|we|we're|we are)\s+)"
    r"(?:really\s+|honestly\s+|just\s+)?(?:not|no|don't|dont|do\s+not|never|refuse\s+to)\s+"
    r"(?:(?:really|even|after|looking\s+for|wanting|want|need|needing|asking\s+for|seeking|interested\s+in|"
    r"bothered\s+about|going\s+for|planning\s+on|trying\s+to\s+get|get|getting)\s+)*(?:a\s+|an\s+)?$"
    r"|\bno\s+(?:quiero|necesito|busco|queremos|necesitamos)\s+(?:pedir\s+|buscar\s+|tener\s+)?"
    r"(?:una\s+)?$",  # in Spanish: "no quiero otra opinión"
    re.IGNORECASE,
)
# A new clinician wanted instead: "No second opinion, I just want to switch GP".
_A_NEW_ONE = re.compile(
    rf"\b(?:new|different)\s+(?:{ROLE_WORDS}|practice|surgery|clinic)\b"
    rf"|\b(?:switch|change|move|leave|leaving|switching|changing|moving)\s+(?:(?:my|our|the)\s+)?"
    rf"(?:{ROLE_WORDS}|practices?|surgery|clinics?)\b",
    re.IGNORECASE,
)


def _other_looks(text: str) -> List[bool]:
    """For each other look the message speaks of, whether the patient turns it down just before it."""
    clean = (text or "").replace("\u2019", "'")
    return [bool(_TURNED_DOWN_BEFORE.search(clean[: one.start()])) for one in _ANOTHER_LOOK.finditer(clean)]


def calm_look(text: str) -> bool:
    """Another look asked for in looser words (``_CALM_LOOK``), with no harm told beside it."""
    clean = (text or "").replace("\u2019", "'")
    return bool(_CALM_LOOK.search(clean)) and not HARM_TOLD.search(clean)


def asks_another_look(text: str) -> bool:
    """True when the message asks whether to have another clinician look: the second opinion pathway. Not
    when it turns the other look down ("I'm not after another opinion, just want him to explain")."""
    looks = _other_looks(text)
    return not all(looks) if looks else calm_look(text)


def turns_down_another_look(text: str) -> bool:
    """True when the message turns another clinician's look down ("not after another opinion"), and asks for
    none elsewhere nor for a new clinician."""
    looks = _other_looks(text)
    return bool(looks) and all(looks) and not _A_NEW_ONE.search((text or "").replace("\u2019", "'"))


# Another clinician's view asked for by name ("should I get a second opinion?"), not only another one ("My
# dentist struck me off. Should I see a different one?", which is a new clinician after the care ended).
# A look is one had or asked for ("another look", "to look at my scans"), not "Look, I don't see doctors
# much".
_A_VIEW = re.compile(
    r"\b(?:opini[oó]n|(?:a|another|fresh|second|new|proper|quick|independent)\s+look|look\s+(?:at|over|into)|view|"
    r"weigh\s+in|confirm\w*|diagnos\w*|assessment)\b",
    re.IGNORECASE,
)


# A review asked for ("I want a rheumatologist to review my case", "a referral"), beside the view words.
# (not a referral asked for before, which is what the clash was about: "me GP was off with us when i asked for
# a referral, divvent want to leave")
_A_REVIEW = re.compile(
    r"\b(?:review\w*|second|"
    r"(?<!asked for a )(?<!asked him for a )(?<!asked her for a )(?<!asked them for a )refer\w*)\b",
    re.IGNORECASE,
)


def names_a_view(text: str) -> bool:
    """True when the message names another clinician's view or review, whoever it asks of."""
    return bool(_A_VIEW.search(text or "") or _A_REVIEW.search(text or ""))


_LOOK_ASKED = re.compile(
    _TO_LOOK
    # "asking a different cardiologist about my valve"
    + r"|\b(?:ask|asking)\s+(?:a\s+|an\s+)?(?:different|another|second|fresh)\s+(?:[\w']+\s+)?"
    rf"(?:{ROLE_WORDS})\s+(?:about\s+(?:my|his|her|their|our|the)\b|first\s*(?:[.!?,;]|$))"
    + rf"|{_ANOTHER_TEAM}"  # "can i ask for my case to go to another MDT?"
    + rf"|{_CONFLICTING_ADVICE}",
    re.IGNORECASE,
)


def asks_for_a_view(text: str) -> bool:
    """True when the message asks for another clinician's view and names the view, not only the clinician, or
    asks the other one to look ("I want a different fertility doctor to review everything")."""
    looks = _other_looks(text)  # the older shapes only: a look in looser words names no view (calm_look)
    named = _A_VIEW.search(text or "") or _LOOK_ASKED.search(text or "")
    return bool(looks) and not all(looks) and bool(named)
