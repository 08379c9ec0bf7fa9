"""The second-opinion decision function (bot/pathways/second_opinion.py): a table over every tier boundary."""

import itertools

import pytest

from bot.pathways.second_opinion import (
    EMERGENCY,
    OPTIONAL,
    REASONABLE,
    RECOMMENDED,
    SURE_SLOTS,
    build_summary,
    decide,
    sure_score,
)

CALM = {
    "so_emergency": "no",
    "so_serious": "no",
    "so_major_treatment": "no",
    "so_persistent": "no",
    "so_conflicting": "no",
    "so_rushed": "no",
}
SURE_ALL_YES = {slot: "yes" for slot in SURE_SLOTS}


def answers(**changes):
    return {**CALM, **SURE_ALL_YES, **changes}


@pytest.mark.parametrize(
    "changes, tier",
    [
        ({}, OPTIONAL),
        ({"so_emergency": "yes"}, EMERGENCY),
        ({"so_emergency": "yes", "so_serious": "yes"}, EMERGENCY),  # emergency wins over everything
        ({"so_serious": "yes"}, RECOMMENDED),
        ({"so_major_treatment": "yes"}, RECOMMENDED),
        ({"so_serious": "not_sure"}, REASONABLE),
        ({"so_major_treatment": "not_sure"}, REASONABLE),
        ({"so_persistent": "yes"}, REASONABLE),
        ({"so_conflicting": "yes"}, REASONABLE),
        ({"so_rushed": "yes"}, REASONABLE),
        ({"so_persistent": "yes", "so_serious": "yes"}, RECOMMENDED),
        ({"so_sure_sure": "no"}, REASONABLE),  # SURE 3 of 4: decisional conflict
        ({"so_emergency": "not_sure"}, OPTIONAL),
        ({"so_emergency": "skip", "so_serious": "skip"}, OPTIONAL),
    ],
)
def test_tier_table(changes, tier):
    assert decide(answers(**changes)).tier == tier


@pytest.mark.parametrize("yes_count, conflict", [(4, False), (3, True), (0, True)])
def test_sure_score_of_3_or_less_signals_decisional_conflict(yes_count, conflict):
    sure = {slot: ("yes" if i < yes_count else "no") for i, slot in enumerate(SURE_SLOTS)}
    decision = decide({**CALM, **sure})
    assert decision.sure_score == yes_count
    assert decision.decisional_conflict is conflict
    assert decision.sure_band == ("conflict" if conflict else "no_conflict")


def test_not_sure_scores_no_point_and_a_score_needs_all_four_answers():
    assert sure_score({**SURE_ALL_YES, "so_sure_sure": "not_sure"}) == (3, 4)
    assert sure_score({"so_sure_sure": "not_sure", "so_sure_understand": "yes"}) == (None, 2)
    assert sure_score({**SURE_ALL_YES, "so_sure_risks": "skip"}) == (None, 3)
    assert sure_score({}) == (None, 0)
    assert decide(CALM).sure_band == "not_answered"
    assert decide({**CALM, "so_sure_sure": "no"}).sure_band == "incomplete"


def test_skipped_sure_answers_give_no_score_and_no_claim_of_feeling_settled():
    decision = decide({**CALM, "so_sure_sure": "yes", "so_sure_understand": "skip"})
    card = build_summary(decision, "us").as_text()
    assert "out of 4" not in card
    assert "not enough answers" in card.lower()
    assert "settled" not in card
    assert "settled" in " ".join(decide(answers()).reasons)  # all four "yes": settled is true


def test_an_emergency_now_and_treatment_within_days_are_told_apart():
    emergency = build_summary(decide(answers(so_emergency="yes")), "us").as_text()
    assert "Call 911 now" in emergency
    soon = build_summary(decide(answers(so_treatment_soon="yes")), "uk")
    text = soon.as_text()
    assert soon.sections[0]["heading"] == "Treatment is soon"
    assert "Is it safe to wait for a second opinion" in text
    assert "within a few days" in text
    assert "999" not in text  # not an emergency: no emergency number
    for region in ("us", "uk"):
        assert "a few weeks" not in build_summary(decide(answers(so_serious="yes")), region).as_text()


def test_every_tier_shows_the_reasons_that_produced_it():
    decision = decide(answers(so_major_treatment="yes", so_rushed="yes", so_sure_sure="no"))
    assert decision.reasons == [
        "Surgery or another major, hard-to-undo treatment was recommended.",
        "You feel rushed or unheard about this decision.",
        "Your SURE score is 3 out of 4: that points to real doubt about the decision.",
    ]
    assert decide(answers()).reasons  # even "may not be needed" says why


def test_the_same_answers_always_give_the_same_tier():
    codes = ["yes", "no", "not_sure"]
    slots = ["so_serious", "so_major_treatment", "so_persistent", "so_rushed"]
    for combo in itertools.product(codes, repeat=len(slots)):
        given = answers(**dict(zip(slots, combo)))
        assert decide(given) == decide(dict(given))


def test_the_emergency_summary_says_not_to_delay_and_nothing_else():
    card = build_summary(decide(answers(so_emergency="yes")), "us")
    assert card.title == "Don't delay care"
    assert [s["heading"] for s in card.sections] == ["Right now"]
    assert "911" in card.sections[0]["body"]
    assert "999" in build_summary(decide(answers(so_emergency="yes")), "uk").sections[0]["body"]


def test_the_summary_covers_how_whom_what_coverage_and_timing():
    card = build_summary(decide(answers(so_serious="yes")), "us")
    headings = [s["heading"] for s in card.sections]
    assert headings == [
        "Why",
        "Your SURE score",
        "How to ask",
        "Whom to ask",
        "What to bring",
        "Coverage",
        "Timing",
        "If you are helping someone else",
        "Sources",
    ]
    text = card.as_text()
    for fact in (
        "Medicare Part B",
        "third opinion",
        "referral",
        "Pathology",
        "slides",
        "Imaging",
        "how long it is safe to wait",
    ):
        assert fact in text
    assert card.as_payload()["kind"] == "second_opinion"


def test_coverage_follows_the_clinics_region():
    uk = build_summary(decide(answers(so_serious="yes")), "uk").as_text()
    assert "GP" in uk and "Medicare" not in uk
