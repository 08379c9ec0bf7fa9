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

from dataclasses import dataclass
from typing import Dict, List, Mapping, Optional

from bot.pathways.cards import Card, bullets
from bot.pathways.questions import YES_NO_BUTTONS, Question

EMERGENCY = "emergency"
RECOMMENDED = "commonly_recommended"
REASONABLE = "reasonable"
OPTIONAL = "may_not_be_needed"
TIER_TITLES = {
    EMERGENCY: "Don't delay care",
    RECOMMENDED: "A second opinion is commonly recommended",
    REASONABLE: "A second opinion is reasonable, and your right",
    OPTIONAL: "A second opinion may not be needed, but you can still ask",
}
SURE_SLOTS = ["so_sure_sure", "so_sure_understand", "so_sure_risks", "so_sure_support"]
SURE_CONFLICT_MAX = 3
CONFLICT, NO_CONFLICT, NOT_ANSWERED = "conflict", "no_conflict", "not_answered"
SURE_BANDS = (CONFLICT, NO_CONFLICT, NOT_ANSWERED)

QUESTIONS = [
    Question(
        "so_emergency",
        "First: is this an emergency, or is surgery or urgent treatment planned in the next few days?",
        "A second opinion must never hold up emergency care, so I check this first.",
        YES_NO_BUTTONS,
    ),
    Question(
        "so_serious",
        "Is it a serious, life-changing or rare diagnosis?",
        "Serious and rare conditions are where a second look most often changes the plan.",
        YES_NO_BUTTONS,
    ),
    Question(
        "so_major_treatment",
        "Has surgery, or another major, risky or hard-to-undo treatment, been recommended?",
        "Big decisions that are hard to undo are worth checking first.",
        YES_NO_BUTTONS,
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
    ),
    Question(
        "so_rushed",
        "Do you feel rushed or unheard about this decision?",
        "Feeling rushed makes it hard to decide well, and another view can give you time to think.",
        YES_NO_BUTTONS,
    ),
    Question(
        "so_sure_sure",
        "Four quick questions about the decision itself. Do you feel sure about the best choice for you?",
        "These four questions (the SURE test) show whether you need more support before deciding.",
        YES_NO_BUTTONS,
    ),
    Question(
        "so_sure_understand",
        "Do you know the benefits and risks of each option?",
        "It's part of the SURE test: understanding the options comes before choosing.",
        YES_NO_BUTTONS,
    ),
    Question(
        "so_sure_risks",
        "Are you clear about which benefits and risks matter most to you?",
        "It's part of the SURE test: your own values matter in the choice.",
        YES_NO_BUTTONS,
    ),
    Question(
        "so_sure_support",
        "Do you have enough support and advice to make a choice?",
        "It's part of the SURE test: nobody should have to decide alone.",
        YES_NO_BUTTONS,
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
]
_TIER_ORDER = [RECOMMENDED, REASONABLE, OPTIONAL]


@dataclass(frozen=True)
class Decision:
    tier: str
    reasons: List[str]
    sure_score: Optional[int]
    sure_answered: int

    @property
    def decisional_conflict(self) -> bool:
        return self.sure_score is not None and self.sure_score <= SURE_CONFLICT_MAX

    @property
    def sure_band(self) -> str:
        """A code for analytics: ``conflict``, ``no_conflict`` or ``not_answered``."""
        if self.sure_score is None:
            return NOT_ANSWERED
        return CONFLICT if self.decisional_conflict else NO_CONFLICT


def sure_score(answers: Mapping[str, Optional[str]]) -> tuple:
    """(score, answered): one point per "yes" of the four SURE questions; score None if none answered."""
    answered = [answers.get(slot) for slot in SURE_SLOTS if answers.get(slot) in ("yes", "no", "not_sure")]
    if not answered:
        return None, 0
    return sum(1 for a in answered if a == "yes"), len(answered)


def decide(answers: Mapping[str, Optional[str]]) -> Decision:
    """The tier for these answers, with the reasons that produced it. Same answers, same tier."""
    score, answered = sure_score(answers)
    if answers.get("so_emergency") == "yes":
        return Decision(EMERGENCY, ["This is an emergency, or treatment is only days away."], score, answered)
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
        shown = ["None of the usual reasons came up, and you feel settled about the decision."]
    return Decision(tier, shown, score, answered)


HOW_TO_ASK = (
    "\"I'd like to get a second opinion before we decide. Could you help me with a referral, "
    "and send my records?\" A good clinician expects this and won't take it personally."
)
WHOM_TO_ASK = [
    "A specialist in your condition, ideally at a different practice or hospital from your first clinician.",
    "Not a close colleague of the first clinician, so the view is truly fresh.",
    "Many large hospitals run remote second-opinion programs that review your records.",
]
WHAT_TO_BRING = [
    "Your records and recent visit notes",
    "Pathology reports and the slides, if there was a biopsy",
    "Imaging (scans, X-rays) and their written reports",
    "Your medication list",
    "A short timeline of what happened and when",
    "Your list of questions",
]
COVERAGE = {
    "us": [
        "Check your health plan before you book.",
        "Medicare Part B helps pay for a second opinion before surgery that is medically needed but not an "
        "emergency, and a third opinion if the first two differ.",
        "HMO and Medicare Advantage plans may need a referral first.",
    ],
    "uk": [
        "Ask your GP or consultant to refer you for a second opinion.",
        "It isn't a legal right, but a reasonable request is rarely refused.",
    ],
}
TIMING = (
    "Ask your clinician how long it is safe to wait. For many conditions a few weeks is fine; for some it "
    "must be much sooner."
)
EMERGENCY_ADVICE = {
    "us": "Please don't delay treatment to get a second opinion. If this is an emergency, call 911 now. If "
    'treatment is days away, ask the team your questions now, and ask: "Is it safe to wait?"',
    "uk": "Please don't delay treatment to get a second opinion. If this is an emergency, call 999 now. If "
    'treatment is days away, ask the team your questions now, and ask: "Is it safe to wait?"',
}


def build_summary(decision: Decision, region: str) -> Card:
    """What to show for a decision: the tier and its reasons first, then only what applies."""
    card = Card("second_opinion", TIER_TITLES[decision.tier])
    if decision.tier == EMERGENCY:
        return card.add("Right now", EMERGENCY_ADVICE[region])
    card.add("Why", bullets(decision.reasons))
    if decision.sure_score is not None:
        meaning = (
            "That suggests you'd benefit from more information or support before deciding."
            if decision.decisional_conflict
            else "You seem fairly settled about the decision."
        )
        card.add(
            "Your SURE score",
            f"{decision.sure_score} out of 4 ({decision.sure_answered} of 4 answered). {meaning}",
        )
    return (
        card.add("How to ask", HOW_TO_ASK)
        .add("Whom to ask", bullets(WHOM_TO_ASK))
        .add("What to bring", bullets(WHAT_TO_BRING))
        .add("Coverage", bullets(COVERAGE[region]))
        .add("Timing", TIMING)
    )
