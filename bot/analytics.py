"""Anonymised pathway analytics: codes only, one SQLite file, opened on first use (sqlite-utils).

An event is: the day (no time), a random conversation token (uuid4, minted for the
conversation, derived from nothing about the person), pathway, step, choice code,
outcome code and bot version. No free text, no sender id, no IP, no user agent.
Every code must be in the closed vocabulary below; anything else is refused and
nothing is written.

Usage::

    from bot.analytics import Analytics, new_token
    store = Analytics("var/analytics.sqlite")
    store.record(new_token(), "second_opinion", "so_serious", "yes")
    store.prune(older_than_days=365)
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
import uuid
from pathlib import Path
from typing import Dict, FrozenSet, Optional, cast

import sqlite_utils
from sqlite_utils.db import Table

from bot import __version__
from bot.pathways import PATHWAYS
from bot.pathways.questions import ANSWERS, FREE_TEXT  # noqa: F401 (part of this module's interface)

logger = logging.getLogger(__name__)

ENV_DB = "CARE_NAVIGATOR_ANALYTICS_DB"
ENV_RETENTION = "CARE_NAVIGATOR_RETENTION_DAYS"
DEFAULT_DB = Path(__file__).resolve().parent.parent / "var" / "analytics.sqlite"
DEFAULT_RETENTION_DAYS = 365
TABLE = "events"

START, END = "start", "end"
STARTED = "started"
ENDINGS = frozenset({"completed", "stopped", "start_over"})

# The safety layer's replies, counted by bot/rasa_addons/broker.py (docs/safety.md says when each is given).
SAFETY_REPLIES = (
    "crisis",
    "crisis_other",
    "emergency",
    "overdose",
    "check_in_crisis",
    "check_in_emergency",
    "check_in_safeguarding",
    "safeguarding",
    "medication_caution",
)

# The closed vocabulary: pathway -> step -> the choice codes it may record, built from the records in
# bot/pathways/registry.py: the start, each question, each result, the end (the report's step order).
VOCABULARY: Dict[str, Dict[str, FrozenSet[str]]] = {
    **{
        p.name: {START: frozenset({STARTED}), **p.answer_vocabulary(), **p.result_codes, END: ENDINGS}
        for p in PATHWAYS
    },
    "safety": {"reply": frozenset(SAFETY_REPLIES)},
}
# Outcomes recorded on a pathway's "end" event, for the report's outcome mix.
OUTCOMES = frozenset().union(*(p.outcomes for p in PATHWAYS))


class UnknownCode(ValueError):
    """A code outside the vocabulary: a bug in the caller, never patient input."""


def new_token() -> str:
    """A random conversation token: uuid4, so it says nothing about the person."""
    return uuid.uuid4().hex


def check(pathway: str, step: str, choice: str, outcome: Optional[str] = None) -> None:
    """Raise :class:`UnknownCode` unless every code is in the vocabulary."""
    steps = VOCABULARY.get(pathway)
    if steps is None:
        raise UnknownCode(f"unknown pathway {pathway!r}")
    if step not in steps:
        raise UnknownCode(f"unknown step {step!r} for pathway {pathway!r}")
    if choice not in steps[step]:
        raise UnknownCode(f"unknown choice {choice!r} for {pathway}.{step}")
    if outcome is not None and outcome not in OUTCOMES:
        raise UnknownCode(f"unknown outcome {outcome!r}")


def _events(db: sqlite_utils.Database) -> Table:
    # sqlite-utils types db[name] as a table or a view; this name is always the table that _open creates.
    return cast(Table, db[TABLE])


def db_path() -> Path:
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


class Analytics:
    """The event store. Opens its file on first use; a failing disk never breaks a conversation."""

    def __init__(self, path: Path | str | None = None, memory: bool = False) -> None:
        self._path = None if memory else Path(path) if path else db_path()
        self._db: Optional[sqlite_utils.Database] = None
        self._lock = threading.Lock()
        self._failed_once = False

    def _open(self) -> sqlite_utils.Database:
        if self._db is None:
            if self._path is None:
                self._db = sqlite_utils.Database(memory=True)
            else:
                self._path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(self._path), timeout=2.0, check_same_thread=False)
                self._db = sqlite_utils.Database(conn)
                self._db.enable_wal()
                # SQLite's advice for WAL: no disk flush per event; a crash of the process loses nothing,
                # a power cut at most the last moments of counts, and the file never corrupts.
                self._db.execute("PRAGMA synchronous=NORMAL")
            _events(self._db).create(
                {
                    "day": str,
                    "token": str,
                    "pathway": str,
                    "step": str,
                    "choice": str,
                    "outcome": str,
                    "bot_version": str,
                },
                if_not_exists=True,
            )
            _events(self._db).create_index(["day"], if_not_exists=True)
        return self._db

    def record(
        self,
        token: str,
        pathway: str,
        step: str,
        choice: str,
        outcome: Optional[str] = None,
        day: Optional[dt.date] = None,
    ) -> bool:
        """Write one event; return False (and log the cause once) if the store cannot be written.

        Raises :class:`UnknownCode` for a code outside the vocabulary, before anything is written.
        """
        check(pathway, step, choice, outcome)
        row = {
            "day": (day or dt.date.today()).isoformat(),
            "token": token,
            "pathway": pathway,
            "step": step,
            "choice": choice,
            "outcome": outcome,
            "bot_version": __version__,
        }
        try:
            with self._lock:
                _events(self._open()).insert(row)
            return True
        except (sqlite3.Error, OSError) as error:
            if not self._failed_once:
                logger.error("Analytics could not be written (%s); conversations carry on without it.", error)
                self._failed_once = True
            return False

    def prune(self, older_than_days: int) -> int:
        """Delete events older than ``older_than_days`` days; return how many were deleted."""
        cutoff = (dt.date.today() - dt.timedelta(days=older_than_days)).isoformat()
        with self._lock:
            db = self._open()
            before = _events(db).count
            _events(db).delete_where("day < ?", [cutoff])
            return before - _events(db).count

    def rows(self) -> list:
        with self._lock:
            return list(_events(self._open()).rows)
