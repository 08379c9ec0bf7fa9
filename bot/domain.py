"""What the REST channel needs from ``domain.yml``, read with pyyaml (no Rasa): the intent names, and the
text of a response for a region.

Usage::

    from bot.domain import intents, response_text
    "greet" in intents()                        # True
    response_text("utter_crisis", "uk")         # the UK variation of the crisis reply

``domain.yml`` stays the one home of both: the channel's static safety replies are the model's own.
"""

from __future__ import annotations

from pathlib import Path
from typing import FrozenSet, Set, Union

import yaml

DOMAIN_PATH = Path(__file__).resolve().parent.parent / "domain.yml"
REGION_SLOT = "clinic_region"

_cache: dict = {}


def load_domain(path: Union[Path, str] = DOMAIN_PATH) -> dict:
    """The parsed domain file, read again only when it changes."""
    path = Path(path)
    key = (str(path), path.stat().st_mtime_ns)
    if key not in _cache:
        with open(path, encoding="utf-8") as handle:
            _cache.clear()
            _cache[key] = yaml.safe_load(handle) or {}
    return _cache[key]


def intents(path: Union[Path, str] = DOMAIN_PATH) -> FrozenSet[str]:
    """Every intent the domain lists (entries may be names or ``{name: {options}}``)."""
    names: Set[object] = set()
    for entry in load_domain(path).get("intents") or []:
        names.update(entry if isinstance(entry, dict) else [entry])
    return frozenset(str(name) for name in names)


def response_text(name: str, region: str, path: Union[Path, str] = DOMAIN_PATH) -> str:
    """The text of response ``name`` for ``region``: the variation whose ``clinic_region`` condition names
    the region, else the one without a condition (as Rasa picks it)."""
    variations = (load_domain(path).get("responses") or {}).get(name)
    if not variations:
        raise KeyError(f"domain.yml has no response {name!r}")
    default = None
    for variation in variations:
        conditions = variation.get("condition") or []
        if not conditions:
            default = default or variation["text"]
        elif all(c.get("name") == REGION_SLOT and c.get("value") == region for c in conditions):
            return variation["text"]
    if default is None:
        raise KeyError(f"domain.yml's {name!r} has no variation for region {region!r} and no default")
    return default
