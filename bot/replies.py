"""Replies built from the clinic file (pure functions, no Rasa)."""

from __future__ import annotations

from typing import List

from bot.clinic import Clinic, Contact
from bot.pathways import menu_buttons
from bot.pathways.cards import numbered_routes
from bot.regions import Route, all_regions


def contact_line(clinic: Clinic, contact: Contact | None = None) -> str:
    """A clinic contact in one line: "Riverside Clinic's Patient Relations Office: call ..." (patient
    relations unless another contact is given)."""
    contact = contact or clinic.patient_relations
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
    lines.append(f"If it's an emergency, don't wait: call {clinic.local.emergency_number}.")
    return " ".join(lines)


def complaint_routes(clinic: Clinic) -> List[Route]:
    """The region's complaint routes, nearest first, with the clinic's own contacts filled in.

    A route naming a contact the clinic has not given (``{advocate}``) is left out rather than invented.
    """
    contacts = {"patient_relations": contact_line(clinic)}
    if clinic.advocate:
        contacts["advocate"] = contact_line(clinic, clinic.advocate)
    routes = []
    for route in clinic.local.complaints:
        names = [name for name in ("patient_relations", "advocate") if "{" + name + "}" in route.who]
        if all(name in contacts for name in names):
            routes.append(Route(route.who.format(**{n: contacts[n] for n in names}), route.purpose))
    return routes


COMPLAINTS_INTRO = "Here is where you can raise a problem, starting with the closest:"


def complaints_text(clinic: Clinic) -> str:
    """The complaint routes as a numbered list, each with what it is for."""
    lines = [COMPLAINTS_INTRO, numbered_routes(complaint_routes(clinic))]
    lines.append(
        "You can use a later step if an earlier one didn't help. "
        f"If you are in danger now, call {clinic.local.emergency_number}."
    )
    return "\n".join(lines)


# The pathways, as the greeting's buttons in domain.yml offer them (tests/test_contract.py keeps them equal).
MENU_BUTTONS = menu_buttons()
PATHWAY_STOPPED = (
    "Okay, we've stopped there, and I've let go of your answers. What would you like to do next?"
)

# Each region's urgent-help numbers, from the region table: (emergency number, crisis line, one sentence).
URGENT_HELP = {r.code: (r.emergency_number, r.crisis_line, r.urgent_help) for r in all_regions()}


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
