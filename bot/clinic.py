"""The clinic configuration: one YAML file a clinic edits.

Usage::

    from bot.clinic import load_clinic
    clinic = load_clinic()          # $CARE_NAVIGATOR_CLINIC, else ./clinic.yml
    clinic.region                   # "us" or "uk": a code in bot/regions.yml
    clinic.local.emergency_number   # that region's record (bot/regions.py)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.regions import REGIONS, Region
from bot.regions import region as region_record

ENV_VAR = "CARE_NAVIGATOR_CLINIC"
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "clinic.yml"


class ClinicConfigError(ValueError):
    """The clinic file is missing a required field or has a wrong value."""


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Clinic:
    name: str
    region: str
    hours: str
    patient_relations: Contact
    nurse_line: str = ""
    # An advocate the patient can turn to: the clinic's patient advocate (US) or PALS (UK hospitals).
    advocate: Contact | None = None
    links: dict = field(default_factory=dict)
    # Origins of the clinic's own web pages that may embed the chat (Content-Security-Policy frame-ancestors).
    embed_on: tuple = ()

    @property
    def local(self) -> Region:
        """The region's record in the region table: numbers, laws, routes and words."""
        return region_record(self.region)


def clinic_path() -> Path:
    """Where the clinic file is: ``$CARE_NAVIGATOR_CLINIC`` or ``clinic.yml`` in the repo."""
    return Path(os.environ.get(ENV_VAR) or DEFAULT_PATH)


def parse_clinic(data: dict) -> Clinic:
    """Validate a parsed clinic file and return a :class:`Clinic`."""
    if not isinstance(data, dict):
        raise ClinicConfigError("the clinic file must be a YAML mapping")
    for key in ("name", "region", "hours", "patient_relations"):
        if not data.get(key):
            raise ClinicConfigError(f"the clinic file needs '{key}'")
    code = str(data["region"]).lower()
    if code not in REGIONS:
        raise ClinicConfigError(
            f"region '{data['region']}' is not in the region table "
            f"(bot/regions.yml has {', '.join(REGIONS)}). "
            "Care Navigator will not guess another region's numbers: add the region to the table "
            "(docs/extending.md, 'Add a region') or fix the region in the clinic file."
        )
    relations = data["patient_relations"]
    if not isinstance(relations, dict) or not relations.get("name"):
        raise ClinicConfigError("patient_relations needs at least a 'name'")
    advocate = data.get("advocate")
    if advocate is not None and (not isinstance(advocate, dict) or not advocate.get("name")):
        raise ClinicConfigError("advocate needs at least a 'name'")
    return Clinic(
        name=str(data["name"]),
        region=code,
        hours=str(data["hours"]),
        patient_relations=_contact(relations),
        nurse_line=str(data.get("nurse_line") or ""),
        advocate=_contact(advocate) if advocate else None,
        links=dict(data.get("links") or {}),
        embed_on=tuple(_origin(o) for o in data.get("embed_on") or ()),
    )


def _contact(data: dict) -> Contact:
    return Contact(
        name=str(data["name"]), phone=str(data.get("phone") or ""), email=str(data.get("email") or "")
    )


def _origin(value: object) -> str:
    origin = str(value).strip().rstrip("/")
    if not origin.startswith(("https://", "http://")) or any(c in origin for c in " ;'\""):
        raise ClinicConfigError(
            f"embed_on entries must be origins like https://www.example.org, not {value!r}"
        )
    return origin


_cache: dict = {}


def load_clinic(path: Path | str | None = None) -> Clinic:
    """Read and validate the clinic file (see :func:`clinic_path` for the default).

    Read again only when the file changes, so callers may call it on every request.
    """
    path = Path(path) if path else clinic_path()
    key = (str(path), path.stat().st_mtime_ns)
    if key not in _cache:
        with open(path, encoding="utf-8") as handle:
            _cache.clear()
            _cache[key] = parse_clinic(yaml.safe_load(handle))
    return _cache[key]
