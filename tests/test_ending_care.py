"""The ending-care checklist builder (bot/pathways/ending_care.py): every branch, the order, the warnings."""

import pytest

from bot.clinic import parse_clinic
from bot.pathways.ending_care import COMPLAINTS_HEADING, build_card, build_checklist, records_letter
from bot.replies import complaint_routes

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
    return [item.code for item in build_checklist({**ALL_NO, **changes}, region)]


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


def test_us_records_timing_and_the_fee_rule_for_copies_sent_to_others():
    records = {i.code: i for i in build_checklist(ALL_NO, "us")}["request_records"]
    assert "30 days" in records.why and "30 more days once" in records.why
    # The cost-based limit covers the patient's own copy only (Ciox Health v. Azar, 2020).
    assert "Your own copy may only cost a fair fee" in records.why
    assert "not under that limit, so ask the fee first" in records.why
    assert "Ciox Health v. Azar (2020)" in records.source
    assert "911" in {i.code: i for i in build_checklist(ALL_NO, "us")}["urgent_needs_in_gap"].text


def test_uk_removal_needs_a_warning_and_a_reason_in_writing():
    items = {i.code: i for i in build_checklist({**ALL_NO, "ec_initiator": "practice"}, "uk")}
    assert "in writing why" in items["notice_period"].text
    assert "past 12 months" in items["notice_period"].why
    assert "violence or threats" in items["notice_period"].why
    assert "ask_for_referrals" not in items  # a US duty (AMA Code): no UK equivalent is claimed


def test_uk_records_move_with_registration_and_the_letter_is_for_the_patients_own_copy():
    items = {i.code: i for i in build_checklist({**ALL_NO, "ec_pcp_required": "yes"}, "uk")}
    assert "moves to the new practice when you register" in items["request_records"].text
    assert "one month" in items["request_records"].why
    assert "change_pcp_with_insurer" not in items
    assert "999" in items["urgent_needs_in_gap"].text and "NHS 111" in items["urgent_needs_in_gap"].text
    letter = records_letter("uk")
    assert "subject access request" in letter and "new clinician" not in letter
    assert (
        "repeat prescriptions"
        in {i.code: i for i in build_checklist({**ALL_NO, "ec_medications": "yes"}, "uk")}[
            "bridge_prescriptions"
        ].text
    )


@pytest.mark.parametrize("region", ["us", "uk"])
def test_every_item_says_why_in_plain_words_and_sources_go_to_their_own_section(region):
    answers = {**ALL_NO, "ec_initiator": "practice", "ec_medications": "yes", "ec_pending": "yes"}
    items = build_checklist(answers, region)
    for item in items:
        assert item.why
        for legal in ("CFR", "HIPAA", "Opinion 1.1.5", "Regulations", "Article", "v. "):
            assert legal not in item.why, (item.code, legal)
    card = build_card(items, region)
    assert card.sections[-1]["heading"] == "Sources"
    assert all(i.source in card.sections[-1]["body"] for i in items if i.source)


def test_the_complaint_routes_end_the_card_only_when_asked_for():
    clinic = parse_clinic(
        {
            "name": "Hillside",
            "region": "uk",
            "hours": "weekdays",
            "patient_relations": {"name": "Manager"},
            "advocate": {"name": "PALS", "phone": "0300 000 0000"},
        }
    )
    routes = complaint_routes(clinic)
    asked = build_card(build_checklist({**ALL_NO, "ec_feedback": "yes"}, "uk"), "uk", routes)
    not_asked = build_card(build_checklist(ALL_NO, "uk"), "uk", routes)
    section = next(s["body"] for s in asked.sections if s["heading"] == COMPLAINTS_HEADING)
    assert section.startswith("1. Hillside's Manager.")
    assert "2. Hillside's PALS: call 0300 000 0000." in section
    assert section.index("NHS complaints") < section.index("ombudsman for your nation") < section.index("GMC")
    assert COMPLAINTS_HEADING not in [s["heading"] for s in not_asked.sections]
    assert "feedback" not in codes(ec_feedback="no")


@pytest.mark.parametrize("region", ["us", "uk"])
def test_the_records_letter_has_placeholders_for_the_patient_to_fill_in_offline(region):
    letter = records_letter(region)
    for placeholder in ("[Your full name]", "[Date of birth]", "[Your address]"):
        assert placeholder in letter
    assert ("[New clinician's name" in letter) == (region == "us")  # a UK record moves on registration
    assert ("HIPAA" in letter) == (region == "us")
