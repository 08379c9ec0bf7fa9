"""The ending-care checklist builder (bot/pathways/ending_care.py): every branch, the order, the warnings."""

import pytest

from bot.pathways.ending_care import build_card, build_checklist, records_letter

ALL_NO = {
    "ec_initiator": "patient",
    "ec_new_clinician": "no",
    "ec_medications": "no",
    "ec_ongoing_treatment": "no",
    "ec_pending": "no",
    "ec_pcp_required": "no",
    "ec_feedback": "no",
}


def codes(region="us", **changes):
    return [
        item.code for item in build_checklist({**ALL_NO, **changes}, region, "Patient Relations: call 555")
    ]


def test_the_minimum_checklist_for_a_patient_with_nothing_ongoing():
    assert codes() == ["new_clinician_first", "request_records", "keep_copies", "urgent_needs_in_gap"]


def test_everything_that_applies_appears_in_a_safe_order():
    assert codes(
        ec_medications="yes",
        ec_ongoing_treatment="yes",
        ec_pending="yes",
        ec_pcp_required="yes",
        ec_feedback="yes",
    ) == [
        "new_clinician_first",
        "request_records",
        "bridge_prescriptions",
        "ongoing_treatment",
        "pending_results",
        "change_pcp_with_insurer",
        "keep_copies",
        "urgent_needs_in_gap",
        "feedback",
    ]


def test_a_practice_that_ends_care_adds_notice_urgent_care_and_referrals():
    assert codes(ec_initiator="practice") == [
        "notice_period",
        "urgent_care_continues",
        "new_clinician_first",
        "ask_for_referrals",
        "request_records",
        "keep_copies",
        "urgent_needs_in_gap",
    ]


def test_a_new_clinician_already_found_means_booking_the_first_visit():
    assert codes(ec_new_clinician="yes")[0] == "book_first_visit"


@pytest.mark.parametrize("answer", ["yes", "not_sure", "skip", None])
def test_only_a_clear_no_leaves_a_safety_step_out(answer):
    assert "bridge_prescriptions" in codes(ec_medications=answer)
    assert "ongoing_treatment" in codes(ec_ongoing_treatment=answer)
    assert "pending_results" in codes(ec_pending=answer)


def test_ongoing_treatment_is_a_warning_shown_first_on_the_card():
    items = build_checklist({**ALL_NO, "ec_ongoing_treatment": "yes"}, "us")
    card = build_card(items, "us")
    assert card.sections[0]["heading"] == "Important"
    assert "Don't stop ongoing treatment suddenly" in card.sections[0]["body"]
    assert "direct handover" in card.sections[0]["body"]


def test_us_facts_hipaa_timing_and_fees():
    items = {i.code: i for i in build_checklist(ALL_NO, "us")}
    assert (
        "30 days" in items["request_records"].why and "one 30-day extension" in items["request_records"].why
    )
    assert "cost-based" in items["request_records"].why
    assert "911" in items["urgent_needs_in_gap"].text


def test_uk_facts_right_of_access_one_month_and_no_insurer_step():
    items = {i.code: i for i in build_checklist({**ALL_NO, "ec_pcp_required": "yes"}, "uk")}
    assert "one month" in items["request_records"].why
    assert "change_pcp_with_insurer" not in items
    assert "999" in items["urgent_needs_in_gap"].text and "NHS 111" in items["urgent_needs_in_gap"].text


def test_every_item_says_why():
    for item in build_checklist({**ALL_NO, "ec_initiator": "practice", "ec_medications": "yes"}, "us", "x"):
        assert item.why


def test_feedback_needs_a_contact_and_a_yes():
    assert "feedback" not in codes(ec_feedback="no")
    assert "feedback" not in [i.code for i in build_checklist({**ALL_NO, "ec_feedback": "yes"}, "us", "")]


@pytest.mark.parametrize("region", ["us", "uk"])
def test_the_records_letter_has_placeholders_for_the_patient_to_fill_in_offline(region):
    letter = records_letter(region)
    for placeholder in ("[Your full name]", "[Date of birth]", "[Your address]", "[New clinician's name"):
        assert placeholder in letter
    assert ("HIPAA" in letter) == (region == "us")
