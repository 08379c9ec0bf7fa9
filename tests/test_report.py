"""The analytics report (bot/report.py): small cells suppressed, and none worked back from the others."""

import datetime as dt
import itertools
import json

import pytest

from bot.analytics import Analytics, new_token
from bot.report import SUPPRESSED, count, main, render_html, suppress

MONDAY = dt.date(2026, 11, 2)


def fill(store, pathway, n, ending="completed", outcome=None, step=None, day=MONDAY):
    for _ in range(n):
        token = new_token()
        store.record(token, pathway, "start", "started", day=day)
        if step:
            store.record(token, pathway, step, "yes", day=day)
        if ending:
            store.record(token, pathway, "end", ending, outcome, day=day)


@pytest.fixture
def store(tmp_path):
    return Analytics(tmp_path / "a.sqlite")


def report(store, *args):
    return count(store.rows()), suppress(count(store.rows()))


def test_report_suppresses_small_cells(store):
    fill(store, "second_opinion", 30, outcome="reasonable")
    fill(store, "second_opinion", 4, ending="stopped")
    counts, hidden = report(store)
    assert ("all", "second_opinion", "stopped") in hidden  # 4
    # 34 started = 30 completed + 4 stopped: with the total shown, 30 must hide too, or 4 is 34 - 30.
    assert ("all", "second_opinion", "started") not in hidden
    assert ("all", "second_opinion", "completed") in hidden


def test_no_suppressed_count_can_be_worked_back_from_any_group_total():
    """Brute force over small worlds: for every group with a shown total, the hidden parts never
    pin down a single value from 1 to 10."""
    for completed, stopped, left in itertools.product([0, 3, 12, 40], [0, 1, 11], [0, 2, 15]):
        store = Analytics(memory=True)
        fill(store, "ending_care", completed, outcome="patient")
        fill(store, "ending_care", stopped, ending="stopped")
        fill(store, "ending_care", left, ending=None, step="ec_initiator")
        counts = count(store.rows())
        hidden = suppress(counts)
        for total, parts in counts.groups:
            if total in hidden:
                continue
            hidden_parts = [p for p in parts if p in hidden]
            small_hidden = [p for p in hidden_parts if 1 <= counts.cells[p] <= 10]
            if small_hidden:
                assert len(hidden_parts) >= 2, (total, hidden_parts)
                rest = counts.cells[total] - sum(counts.cells[p] for p in parts if p not in hidden)
                assert rest > len(hidden_parts), (total, rest)


def test_every_count_from_1_to_10_prints_as_less_than_11(store):
    fill(store, "reset_conversation", 7, outcome="visit")
    counts, hidden = report(store)
    out = json.loads(__import__("bot.report", fromlist=["render_json"]).render_json(counts, hidden))
    values = [r["value"] for r in out["records"]]
    assert "7" not in values and SUPPRESSED in values


def test_crisis_replies_are_counted_per_week(store):
    for _ in range(12):
        store.record(new_token(), "safety", "reply", "crisis", day=MONDAY)
    counts, hidden = report(store)
    assert counts.cells[("safety", "crisis")] == 12
    assert ("safety", "crisis") not in hidden


def test_drop_off_is_the_last_step_answered(store):
    fill(store, "second_opinion", 15, ending=None, step="so_serious")
    counts, _ = report(store)
    assert counts.cells[("left_at", "second_opinion", "so_serious")] == 15
    assert counts.cells[("all", "second_opinion", "completed")] == 0


def test_several_files_are_merged(tmp_path, capsys):
    paths = []
    for name in ("a", "b"):
        store = Analytics(tmp_path / f"{name}.sqlite")
        fill(store, "ending_care", 11, outcome="practice")
        paths.append(str(tmp_path / f"{name}.sqlite"))
    assert main(paths + ["--format", "csv"]) == 0
    assert "all,ending_care,started,22" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "html"])
def test_every_format_renders(store, fmt, capsys, tmp_path):
    fill(store, "second_opinion", 20, outcome="commonly_recommended")
    assert main([str(tmp_path / "a.sqlite"), "--format", fmt]) == 0
    assert "second_opinion" in capsys.readouterr().out


def test_the_html_page_fetches_nothing(store):
    fill(store, "second_opinion", 20, outcome="commonly_recommended")
    page = render_html(*report(store))
    assert "<svg" in page and "http://" not in page and "https://" not in page and "<script" not in page


def test_a_missing_file_is_a_clear_error(tmp_path, capsys):
    assert main([str(tmp_path / "missing.sqlite")]) == 2
    assert "no analytics file" in capsys.readouterr().err
