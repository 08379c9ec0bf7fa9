"""Replies built from the clinic file (pure functions, no Rasa)."""

from __future__ import annotations

from bot.clinic import Clinic
from bot.pathways import menu_buttons


def contact_line(clinic: Clinic) -> str:
    """The patient-relations contact in one line: "Riverside Clinic's Patient Relations Office: call ..."."""
    contact = clinic.patient_relations
    ways = " or ".join(
        part
        for part in (
            f"call {contact.phone}" if contact.phone else "",
            f"email {contact.email}" if contact.email else "",
        )
        if part
    )
    return f"{clinic.name}'s {contact.name}" + (f": {ways}" if ways else "")


def talk_to_person_text(clinic: Clinic) -> str:
    """How to reach a person at the clinic: patient relations, hours, and the nurse line if set."""
    lines = [f"You can reach {contact_line(clinic)}."]
    lines.append(f"They're available {clinic.hours}.")
    if clinic.nurse_line:
        lines.append(f"For questions about your health or medicines, the nurse line is {clinic.nurse_line}.")
    lines.append("If it's an emergency, don't wait: call " + ("999." if clinic.region == "uk" else "911."))
    return " ".join(lines)


# The pathways, as the greeting's buttons in domain.yml offer them (tests/test_contract.py keeps them equal).
MENU_BUTTONS = menu_buttons()
PATHWAY_STOPPED = (
    "Okay, we've stopped there, and I've let go of your answers. What would you like to do next?"
)

# The region's urgent-help numbers: (emergency number, crisis line, one sentence).
URGENT_HELP = {
    "us": (
        "911",
        "988",
        "call 911, or call or text 988 (Suicide & Crisis Lifeline), or text HOME to 741741.",
    ),
    "uk": ("999", "116 123", "call 999, or Samaritans free on 116 123, or NHS 111."),
}


def unavailable_text(region: str) -> str:
    """When part of the bot (the action server) cannot be reached."""
    return (
        "Sorry, part of me isn't available right now, so I couldn't do that. Please try again in a moment, "
        f"or pick one of these. If you need urgent help: {URGENT_HELP[region][2]}"
    )


def rate_limited_text(region: str) -> str:
    """When one conversation sends messages faster than the limit."""
    return (
        "You're sending messages faster than I can answer. Please wait a few seconds and try again. "
        f"If you need urgent help: {URGENT_HELP[region][2]}"
    )
