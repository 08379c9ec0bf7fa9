"""A pathway's result as a card: a kind, a title and headed sections (pure).

The chat sends each card twice: as plain text for any client, and as a ``custom``
payload the chat page turns into a card with Copy, Print and Download.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Sequence

from bot.regions import Route

# The section every card ends with: when a clinician can talk to someone helping the patient (per region).
ADVOCATE_HEADING = "If you are helping someone else"


@dataclass
class Card:
    kind: str
    title: str
    sections: List[Dict[str, str]] = field(default_factory=list)

    def add(self, heading: str, body: str) -> "Card":
        self.sections.append({"heading": heading, "body": body})
        return self

    def as_text(self) -> str:
        return "\n\n".join([self.title] + [f"{s['heading']}\n{s['body']}" for s in self.sections])

    def as_payload(self) -> Dict[str, object]:
        return {"kind": self.kind, "title": self.title, "sections": self.sections}


def bullets(items: List[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def numbered_routes(routes: Sequence[Route]) -> str:
    """Complaint routes, nearest first: "1. Who. What it is for." one a line."""
    return "\n".join(f"{n}. {route.who}. {route.purpose}" for n, route in enumerate(routes, 1))
