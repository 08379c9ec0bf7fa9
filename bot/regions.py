"""The region table: every fact and word that differs by region, loaded from ``bot/regions.yml`` (pure).

Code never branches on a region's name: it reads the region's record. A region missing from the table is
refused when the clinic file is read, never defaulted.

Usage::

    from bot.regions import region, REGIONS
    uk = region("uk")
    uk.emergency_number                 # "999"
    uk.ending_care["request_records"]   # {"text": ..., "why": ..., "source": ...}
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Mapping, Sequence, Tuple, TypedDict, cast

import yaml

TABLE_PATH = Path(__file__).resolve().parent / "regions.yml"
# Keys every region must have, so that a half-written entry fails at start, not in front of a patient.
REQUIRED = (
    "name",
    "emergency_number",
    "urgent_help",
    "crisis_line",
    "own_terms",
    "ending_care",
    "ending_care_questions_skipped",
    "records_letter",
    "second_opinion",
    "advocate",
    "complaints",
)


class RegionTableError(ValueError):
    """The region table is missing a field, or a region was asked for that it does not have."""


@dataclass(frozen=True)
class Route:
    """One complaint route: who to go to, and what it is for."""

    who: str
    purpose: str


class SecondOpinionFacts(TypedDict):
    """What the second-opinion card says that differs by region."""

    emergency: str  # the reply when the patient's need is an emergency
    coverage: List[str]  # how to get a second opinion paid for, one bullet each


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    emergency_number: str
    urgent_help: str
    crisis_line: str
    own_terms: Tuple[str, ...]
    ending_care: Mapping[str, Mapping[str, str]]
    ending_care_questions_skipped: Tuple[str, ...]
    records_letter: Mapping[str, str]
    second_opinion: SecondOpinionFacts
    advocate: str
    complaints: Tuple[Route, ...]


def _parse(code: str, data: Mapping) -> Region:
    missing = [key for key in REQUIRED if key not in (data or {})]
    if missing:
        raise RegionTableError(f"region '{code}' in {TABLE_PATH.name} lacks: {', '.join(missing)}")
    return Region(
        code=code,
        name=str(data["name"]),
        emergency_number=str(data["emergency_number"]),
        urgent_help=str(data["urgent_help"]),
        crisis_line=str(data["crisis_line"]),
        own_terms=tuple(str(t) for t in data["own_terms"]),
        ending_care={k: dict(v) for k, v in data["ending_care"].items()},
        ending_care_questions_skipped=tuple(data["ending_care_questions_skipped"] or ()),
        records_letter=dict(data["records_letter"]),
        second_opinion=cast(SecondOpinionFacts, dict(data["second_opinion"])),
        advocate=str(data["advocate"]),
        complaints=tuple(Route(str(r["who"]), str(r["for"])) for r in data["complaints"]),
    )


def load_table(path: Path | str = TABLE_PATH) -> Dict[str, Region]:
    """Every region in the table, checked, by code."""
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return {str(code).lower(): _parse(str(code).lower(), entry) for code, entry in data.items()}


_TABLE = load_table()
REGIONS: Tuple[str, ...] = tuple(_TABLE)


def region(code: str) -> Region:
    """The record for ``code``; :class:`RegionTableError` (naming the known regions) if there is none."""
    try:
        return _TABLE[code.lower()]
    except KeyError:
        raise RegionTableError(
            f"unknown region '{code}': {TABLE_PATH.name} has {', '.join(REGIONS)}. "
            "Add the region to the table (docs/extending.md, 'Add a region') or fix clinic.yml."
        ) from None


def all_regions() -> List[Region]:
    return [_TABLE[code] for code in REGIONS]


def foreign_terms(code: str) -> Sequence[str]:
    """Words other regions use that ``code`` does not: they must never appear in its text."""
    own = set(region(code).own_terms)
    return sorted({t for r in all_regions() if r.code != code for t in r.own_terms} - own)
