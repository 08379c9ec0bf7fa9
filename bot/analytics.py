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
from typing import Dict, FrozenSet, Optional

import sqlite_utils

from bot import __version__

logger = logging.getLogger(__name__)

ENV_DB = "CARE_NAVIGATOR_ANALYTICS_DB"
ENV_RETENTION = "CARE_NAVIGATOR_RETENTION_DAYS"
DEFAULT_DB = Path(__file__).resolve().parent.parent / "var" / "analytics.sqlite"
DEFAULT_RETENTION_DAYS = 365
TABLE = "events"

ANSWERS = frozenset({"yes", "no", "not_sure", "skip"})
FREE_TEXT = "free_text_given"
START, END = "start", "end"
STARTED = "started"
ENDINGS = frozenset({"completed", "stopped", "start_over"})

# The safety layer's replies, counted by bot/rasa_addons/broker.py (docs/safety.md says when each is given).
SAFETY_REPLIES = ("crisis", "crisis_other", "emergency", "overdose", "check_in_crisis", "check_in_emergency",
                  "safeguarding", "medication_caution")

# The closed vocabulary: pathway -> step -> the choice codes it may record.
VOCABULARY: Dict[str, Dict[str, FrozenSet[str]]] = {
    "reset_conversation": {
        START: frozenset({STARTED}),
        "reset_for_whom": frozenset({"self", "parent", "child", "partner", "someone_else"}) | ANSWERS,
        "reset_role": frozenset({"doctor", "nurse practitioner", "specialist", "therapist", "nurse",
                                 "other_role"}) | ANSWERS,
        "reset_what_happened": frozenset({FREE_TEXT}) | ANSWERS,
        "reset_concern": frozenset({FREE_TEXT}) | ANSWERS,
        "reset_heat_choice": frozenset({"rephrased", "kept"}) | ANSWERS,
        "reset_helps": frozenset({"more_time", "plain_language", "written_plan", "other_options",
                                  "follow_up_call", "be_heard", FREE_TEXT}) | ANSWERS,
        "reset_channel": frozenset({"visit", "portal", "phone"}) | ANSWERS,
        END: ENDINGS,
    },
    "second_opinion": {
        START: frozenset({STARTED}),
        **{slot: ANSWERS for slot in (
            "so_emergency", "so_serious", "so_major_treatment", "so_persistent", "so_conflicting", "so_rushed",
            "so_sure_sure", "so_sure_understand", "so_sure_risks", "so_sure_support")},
        "sure_band": frozenset({"conflict", "no_conflict", "not_answered"}),
        "tier": frozenset({"emergency", "commonly_recommended", "reasonable", "may_not_be_needed"}),
        END: ENDINGS,
    },
    "ending_care": {
        START: frozenset({STARTED}),
        "ec_initiator": frozenset({"patient", "practice"}) | ANSWERS,
        **{slot: ANSWERS for slot in (
            "ec_new_clinician", "ec_medications", "ec_ongoing_treatment", "ec_pending", "ec_pcp_required",
            "ec_feedback")},
        "checklist_item": frozenset({
            "notice_period", "urgent_care_continues", "new_clinician_first", "book_first_visit",
            "ask_for_referrals", "request_records", "bridge_prescriptions", "ongoing_treatment",
            "pending_results", "change_pcp_with_insurer", "keep_copies", "urgent_needs_in_gap", "feedback"}),
        END: ENDINGS,
    },
    "safety": {"reply": frozenset(SAFETY_REPLIES)},
}
# Outcomes recorded on a pathway's "end" event, for the report's outcome mix.
OUTCOMES = frozenset({"emergency", "commonly_recommended", "reasonable", "may_not_be_needed",
                      "patient", "practice", "visit", "portal", "phone", "safeguarding"})


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


def db_path() -> Path:
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


class Analytics:
    """The event store. Opens its file on first use; a failing disk never breaks a conversation."""

    def __init__(self, path: Path | str | None = None, memory: bool = False):
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
            self._db[TABLE].create(
                {"day": str, "token": str, "pathway": str, "step": str, "choice": str, "outcome": str,
                 "bot_version": str},
                if_not_exists=True,
            )
            self._db[TABLE].create_index(["day"], if_not_exists=True)
        return self._db

    def record(self, token: str, pathway: str, step: str, choice: str, outcome: Optional[str] = None,
               day: Optional[dt.date] = None) -> bool:
        """Write one event; return False (and log the cause once) if the store cannot be written.

        Raises :class:`UnknownCode` for a code outside the vocabulary, before anything is written.
        """
        check(pathway, step, choice, outcome)
        row = {"day": (day or dt.date.today()).isoformat(), "token": token, "pathway": pathway, "step": step,
               "choice": choice, "outcome": outcome, "bot_version": __version__}
        try:
            with self._lock:
                self._open()[TABLE].insert(row)
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
            before = db[TABLE].count
            db[TABLE].delete_where("day < ?", [cutoff])
            return before - db[TABLE].count

    def rows(self) -> list:
        with self._lock:
            return list(self._open()[TABLE].rows)
