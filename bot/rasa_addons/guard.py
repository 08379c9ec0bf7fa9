"""The parts of Rasa's private insides this package replaces, overrides or calls, checked at start.

Replacing a private method is a last resort: an upgrade can rename it, change its arguments or stop calling
it, and nothing would say so. So ``bot/rasa_addons/__init__.py`` calls :func:`check` before anything is
installed: the installed Rasa must be the version these were written for, and each method must still take
the same arguments. Otherwise Rasa stops at start with :class:`RasaInternalsChanged`, naming the file to
revisit. ``tests/test_rasa_internals.py`` proves, for each one, that Rasa really calls it.

Usage::

    from bot.rasa_addons import guard
    guard.check()   # raises RasaInternalsChanged after an upgrade
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

RASA_VERSION = "3.6.21"  # the version pyproject.toml pins


@dataclass(frozen=True)
class Internal:
    """A private method of Rasa that ``used_by`` relies on: replaced, overridden or called."""

    owner: str  # "module:Class"
    method: str
    parameters: Tuple[str, ...]  # its parameters' names, in order, as in RASA_VERSION
    used_by: str
    how: str  # "replaced", "overridden" or "called"


INTERNALS: Tuple[Internal, ...] = (
    Internal(
        "rasa.core.actions.action:RemoteAction",
        "_validate_action_result",
        ("self", "result"),
        "bot/rasa_addons/speedups.py",
        "replaced",
    ),
    Internal(
        "rasa.utils.endpoints:EndpointConfig", "session", ("self",), "bot/rasa_addons/speedups.py", "replaced"
    ),
    Internal(
        "rasa.core.processor:MessageProcessor",
        "parse_message",
        ("self", "message", "tracker", "only_output_properties"),
        "bot/rasa_addons/speedups.py",
        "replaced",
    ),
    Internal(
        "rasa.shared.core.trackers:DialogueStateTracker",
        "applied_events",
        ("self",),
        "bot/rasa_addons/speedups.py",
        "replaced",
    ),
    Internal(
        "rasa.shared.core.domain:Domain", "is_empty", ("self",), "bot/rasa_addons/speedups.py", "replaced"
    ),
    Internal(
        "rasa.engine.runner.dask:DaskGraphRunner",
        "run",
        ("self", "inputs", "targets"),
        "bot/rasa_addons/speedups.py",
        "replaced",
    ),
    Internal(
        "rasa.core.processor:MessageProcessor",
        "_parse_message_with_graph",
        ("self", "message", "tracker", "only_output_properties"),
        "bot/rasa_addons/speedups.py",
        "called",
    ),
    Internal(
        "rasa.core.processor:MessageProcessor",
        "_update_full_retrieval_intent",
        ("self", "parse_data"),
        "bot/rasa_addons/speedups.py",
        "called",
    ),
    Internal(
        "rasa.core.processor:MessageProcessor",
        "_check_for_unseen_features",
        ("self", "parse_data"),
        "bot/rasa_addons/speedups.py",
        "called",
    ),
    Internal(
        "rasa.core.tracker_store:InMemoryTrackerStore",
        "_retrieve",
        ("self", "sender_id", "fetch_all_sessions"),
        "bot/rasa_addons/tracker_store.py",
        "overridden",
    ),
    Internal(
        "rasa.nlu.classifiers.logistic_regression_classifier:LogisticRegressionClassifier",
        "_create_X",
        ("self", "messages"),
        "bot/rasa_addons/nlu.py",
        "overridden",
    ),
    Internal(
        "rasa.core.tracker_store:TrackerStore",
        "_stream_new_events",
        ("self", "event_broker", "new_events", "sender_id"),
        "bot/rasa_addons/tracker_store.py",
        "called",
    ),
)


class RasaInternalsChanged(RuntimeError):
    """The installed Rasa is not the one this package's replacements of its insides were written for."""


def _installed_version() -> str:
    from rasa.version import __version__

    return __version__


def check(internals: Sequence[Internal] = INTERNALS, version: Optional[str] = None) -> None:
    """Raise :class:`RasaInternalsChanged` unless Rasa is :data:`RASA_VERSION` and each method as expected."""
    version = version or _installed_version()
    if version != RASA_VERSION:
        files = sorted({internal.used_by for internal in internals})
        raise RasaInternalsChanged(
            f"Rasa {version} is installed, but {', '.join(files)} replace parts of "
            f"Rasa {RASA_VERSION}'s insides: check each one against the new version, "
            "then update RASA_VERSION in bot/rasa_addons/guard.py"
        )
    for internal in internals:
        module, _, name = internal.owner.partition(":")
        method = getattr(getattr(importlib.import_module(module), name, None), internal.method, None)
        if method is None:
            raise RasaInternalsChanged(
                f"{internal.owner}.{internal.method} no longer exists in Rasa {version}, and "
                f"{internal.used_by} {internal.how} it: revisit {internal.used_by}"
            )
        found = tuple(inspect.signature(method).parameters)
        if found != internal.parameters:
            raise RasaInternalsChanged(
                f"{internal.owner}.{internal.method} now takes {found}, not {internal.parameters}, and "
                f"{internal.used_by} {internal.how} it: revisit {internal.used_by}"
            )
