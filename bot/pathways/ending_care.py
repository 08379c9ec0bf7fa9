"""Ending care safely: a personal checklist holding only the items that apply, in a safe order (pure).

Usage::

    from bot.pathways.ending_care import build_checklist
    items = build_checklist({"ec_initiator": "patient", "ec_medications": "yes", ...}, region="us")
    [item.code for item in items]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Mapping, Optional

from bot.pathways.cards import Card
from bot.pathways.questions import YES_NO_BUTTONS, Question

PATIENT, PRACTICE = "patient", "practice"
INITIATOR_BUTTONS = {"I am (or we are)": PATIENT, "The clinician or practice": PRACTICE}

QUESTIONS = [
    Question(
        "ec_initiator",
        "Who is ending the care: you, or the clinician or practice (for example, a letter "
        "saying they are ending care)?",
        "The steps differ: a practice that ends care has duties to you during the notice period.",
        list(INITIATOR_BUTTONS),
    ),
    Question(
        "ec_new_clinician",
        "Have you lined up a new clinician yet?",
        "Having the next clinician first is the best way to avoid a gap in care.",
        YES_NO_BUTTONS,
    ),
    Question(
        "ec_medications",
        "Do you take any regular medicines?",
        "Prescriptions need a bridge so that no dose is missed during the change.",
        YES_NO_BUTTONS,
    ),
    Question(
        "ec_ongoing_treatment",
        "Is there ongoing treatment, such as pregnancy care, cancer treatment, "
        "dialysis or mental-health medication?",
        "Ongoing treatment needs a direct handover and must not stop suddenly.",
        YES_NO_BUTTONS,
    ),
    Question(
        "ec_pending",
        "Are any tests, results or referrals still pending?",
        "Someone needs to follow up each one so that nothing is lost.",
        YES_NO_BUTTONS,
    ),
    Question(
        "ec_pcp_required",
        "Does your health plan require you to name a primary care clinician?",
        "Some plans only pay when the clinician you see is the one named on the plan.",
        YES_NO_BUTTONS,
    ),
    Question(
        "ec_feedback",
        "Last one, and optional: would you like to know where to send feedback or a "
        "complaint about this practice?",
        "Feedback can help the practice improve. It's entirely up to you.",
        YES_NO_BUTTONS,
    ),
]
US_ONLY = {"ec_pcp_required"}
# Every item a checklist can hold, by code (what analytics records of it).
CHECKLIST_CODES = (
    "notice_period",
    "urgent_care_continues",
    "new_clinician_first",
    "book_first_visit",
    "ask_for_referrals",
    "request_records",
    "bridge_prescriptions",
    "ongoing_treatment",
    "pending_results",
    "change_pcp_with_insurer",
    "keep_copies",
    "urgent_needs_in_gap",
    "feedback",
)


@dataclass(frozen=True)
class Item:
    code: str
    text: str
    why: str
    warning: bool = False


def _maybe(value: Optional[str]) -> bool:
    """Yes, not sure and unanswered all keep an item: leaving a safety step out needs a clear no."""
    return value != "no"


def build_checklist(
    answers: Mapping[str, Optional[str]], region: str, feedback_contact: str = ""
) -> List[Item]:
    """The items that apply to these answers, in a safe order, each with one line of why."""
    practice = answers.get("ec_initiator") == PRACTICE
    emergency = "999" if region == "uk" else "911"
    items: List[Item] = []
    if practice:
        items.append(
            Item(
                "notice_period",
                "Ask for the end date and the notice period in writing.",
                "Many medical boards expect at least 30 days' notice, so you have time to find someone new.",
            )
        )
        items.append(
            Item(
                "urgent_care_continues",
                "Ask how to get urgent care from the practice until the end date.",
                "A practice that ends care should still see you for urgent needs during the notice period.",
            )
        )
    if answers.get("ec_new_clinician") != "yes":
        items.append(
            Item(
                "new_clinician_first",
                "Line up a new clinician first: check they take new patients and are in your network.",
                "Having the next clinician ready is the best way to avoid a gap in care.",
            )
        )
    else:
        items.append(
            Item(
                "book_first_visit",
                "Book your first visit with the new clinician, and tell them about any deadlines.",
                "An early first visit keeps your care moving.",
            )
        )
    if practice:
        items.append(
            Item(
                "ask_for_referrals",
                "Ask the practice for referrals or names of clinicians who can take you on.",
                "The AMA Code of Medical Ethics (Opinion 1.1.5) asks physicians to help transfer care.",
            )
        )
    if region == "uk":
        records = Item(
            "request_records",
            "Ask in writing for a copy of your records, for you and your new clinician.",
            "Under data protection law (right of access) the practice must usually reply within one month.",
        )
    else:
        records = Item(
            "request_records",
            "Ask in writing for your records to be sent to your new clinician and to you.",
            "Under HIPAA the practice must act within 30 days (one 30-day extension, given in writing), and "
            "any fee must be reasonable and cost-based.",
        )
    items.append(records)
    if _maybe(answers.get("ec_medications")):
        items.append(
            Item(
                "bridge_prescriptions",
                "Ask for enough refills to last until your first visit with the new clinician.",
                "A bridge means no dose is missed during the change.",
            )
        )
    if _maybe(answers.get("ec_ongoing_treatment")):
        items.append(
            Item(
                "ongoing_treatment",
                "Don't stop ongoing treatment suddenly. Ask for a direct handover between the "
                "old and new clinicians.",
                "Stopping some treatments abruptly can be dangerous.",
                warning=True,
            )
        )
    if _maybe(answers.get("ec_pending")):
        text = "For each pending test, result or referral, agree who will follow it up."
        if region == "us":
            text += " Check any prior authorisations tied to the old clinician."
        items.append(Item("pending_results", text, "Results can get lost when care changes hands."))
    if region == "us" and _maybe(answers.get("ec_pcp_required")):
        items.append(
            Item(
                "change_pcp_with_insurer",
                "Change the primary care clinician named on your health plan.",
                "Some plans only pay for visits with the clinician they have on file.",
            )
        )
    items.append(
        Item(
            "keep_copies",
            "Keep your own copies: medication list, allergies, problem list and recent notes.",
            "You'll have what matters even if records are slow to arrive.",
        )
    )
    urgent = "NHS 111" if region == "uk" else "urgent care or your plan's nurse line"
    items.append(
        Item(
            "urgent_needs_in_gap",
            f"If something urgent comes up during the gap, use {urgent}. In an emergency, call {emergency}.",
            "Knowing where to turn ahead of time saves worry later.",
        )
    )
    if answers.get("ec_feedback") == "yes" and feedback_contact:
        items.append(
            Item(
                "feedback",
                f"If you'd like to give feedback or make a complaint: {feedback_contact}.",
                "It's optional, and it can help the practice improve.",
            )
        )
    return items


RECORDS_LETTER = """[Your full name]
[Your address]
[Date of birth]
[Date]

To: [Practice name], Medical Records

Request for copies of my medical records

Please send a copy of my complete medical records, including visit notes, test results, imaging reports,
medication list, allergies and problem list:
- to me, at the address above, and
- to my new clinician: [New clinician's name, practice and address].

{rights}

Thank you,
[Your signature]
[Your full name]"""
RIGHTS = {
    "us": "I am asking under my right of access under HIPAA. I understand you must act within 30 days, and "
    "that any fee must be reasonable and cost-based. Please tell me the fee before sending, if any.",
    "uk": "I am asking under my right of access under data protection law (a subject access request). I "
    "understand you must usually respond within one month.",
}


def records_letter(region: str) -> str:
    """A records-request letter with [placeholders] the patient fills in offline (the bot never asks)."""
    return RECORDS_LETTER.format(rights=RIGHTS[region])


def build_card(items: List[Item], region: str) -> Card:
    card = Card("ending_care", "Your checklist for ending care safely")
    warnings = [i for i in items if i.warning]
    if warnings:
        card.add("Important", "\n".join(i.text for i in warnings))
    card.add(
        "Checklist",
        "\n".join(
            f"[ ] {n}. {i.text}\n    Why: {i.why}"
            for n, i in enumerate((i for i in items if not i.warning), 1)
        ),
    )
    card.add("Records request letter", records_letter(region))
    return card
