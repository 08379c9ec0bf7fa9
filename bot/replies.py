"""Replies built from the clinic file (pure functions, no Rasa)."""

from __future__ import annotations

from typing import List, Optional

from bot.clinic import Clinic, Contact
from bot.domain import response_text
from bot.pathways import menu_buttons
from bot.pathways.cards import numbered_routes
from bot.regions import Route, all_regions
from bot.safety import CERTAIN, CRISIS, CRISIS_OTHER, EMERGENCY, INTENTS, OVERDOSE, assess


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


def too_long_text(region: str, limit: int) -> str:
    """When a message is longer than the channel reads."""
    return (
        f"That's a long message, and I can only read {limit:,} characters at a time. Could you say it in "
        f"fewer words, or in a few shorter messages? If you need urgent help: {URGENT_HELP[region][2]}"
    )


def busy_text(region: str) -> str:
    """When the server is working on as many messages as it can take."""
    return (
        "I'm answering a lot of people right now and couldn't get to your message. Please try again in a "
        f"moment. If you need urgent help: {URGENT_HELP[region][2]}"
    )


# The full safety replies of the domain, by the kind of danger bot.safety reads with certainty: the first
# reply the safety policy gives for that kind's intent (a contract test keeps the two equal).
SAFETY_RESPONSES = {
    CRISIS: "utter_crisis",
    CRISIS_OTHER: "utter_crisis_other",
    OVERDOSE: "utter_overdose",
    EMERGENCY: "utter_emergency",
}


# A button payload of a full-reply intent ("/express_crisis_other", a check-in's answer) means its kind.
_PAYLOAD_KINDS = {
    intent: kind for (kind, tier), intent in INTENTS.items() if tier == CERTAIN and kind in SAFETY_RESPONSES
}
# The "yes" of a check-in: urgent, though which full reply it leads to depends on the conversation.
URGENT_PAYLOAD_INTENTS = frozenset({"confirm_risk"}) | frozenset(_PAYLOAD_KINDS)


def safety_category(text: str, payload_intent: Optional[str] = None) -> Optional[str]:
    """The kind of danger (a key of :data:`SAFETY_RESPONSES`) when the words alone are certain of it, or
    when the message is the button payload of a full-reply intent; else None. The one place the REST
    channel asks the safety net. Possible risks (a history, a test) are left to Rasa's check-in; a
    payload's intent name is not read as words."""
    if payload_intent:
        return _PAYLOAD_KINDS.get(payload_intent)
    found = assess(text)
    return found.kind if found.tier == CERTAIN and found.kind in SAFETY_RESPONSES else None


def safety_reply(category: str, region: str) -> str:
    """The full safety reply for ``category`` and ``region``, exactly as the model gives it (from
    domain.yml), for when the channel answers without Rasa."""
    return response_text(SAFETY_RESPONSES[category], region)
