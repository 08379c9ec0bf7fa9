"""The analytics report (bot/report.py): small cells suppressed, and none worked back from the others."""

import datetime as dt
import functools
import json
import random

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, milp

from bot.analytics import Analytics, check, new_token
from bot.report import PATHWAYS, SUPPRESSED, _steps, count, main, render_html, suppress

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


OUTCOMES = {
    "reset_conversation": ["visit", "portal", "phone"],
    "second_opinion": ["emergency", "commonly_recommended", "reasonable", "may_not_be_needed"],
    "ending_care": ["patient", "practice"],
}


def world(seed):
    """Analytics rows as the store keeps them: several weeks, every pathway, each ending, outcome and
    drop-off step, safety replies; counts from none to dozens, most of them small."""
    rng = random.Random(seed)
    weeks = [MONDAY + dt.timedelta(weeks=n) for n in range(rng.randint(2, 5))]
    rows = []

    def row(day, token, pathway, step, choice, outcome=None):
        check(pathway, step, choice, outcome)  # only codes the store would accept
        rows.append(
            {
                "day": day.isoformat(),
                "token": token,
                "pathway": pathway,
                "step": step,
                "choice": choice,
                "outcome": outcome,
            }
        )

    def how_many():
        return rng.choice([0, rng.randint(1, 10), rng.randint(1, 10), rng.randint(11, 40)])

    for pathway in PATHWAYS:
        steps = _steps(pathway)
        for day in weeks:
            for _ in range(how_many()):
                token = new_token()
                row(day, token, pathway, "start", "started")
                answered = steps[: rng.randint(0, len(steps))]
                for step in answered:
                    row(day, token, pathway, step, "yes" if step != "ec_initiator" else "patient")
                ending = rng.choice(["completed", "completed", "stopped", "start_over", None])
                end_day = day + dt.timedelta(days=rng.choice([0, 0, 0, 7]))  # some finish the next week
                if ending == "completed":
                    row(end_day, token, pathway, "end", "completed", rng.choice(OUTCOMES[pathway]))
                elif ending:
                    row(end_day, token, pathway, "end", ending)
    for day in weeks:
        for kind in ("crisis", "emergency"):
            for _ in range(how_many()):
                row(day, new_token(), "safety", "reply", kind)
    return rows


def recoverable(counts, hidden):
    """The hidden cells a reader can work out exactly from the published report.

    The reader knows every shown number, which cells add up to which (the report's layout), and that a
    hidden cell is a whole number of at least 1 (nothing else is hidden). For each hidden cell, integer
    programming finds the least and greatest value it can take given all of that at once: where the two
    meet, the cell is recovered."""
    keys = sorted(hidden)
    index = {key: n for n, key in enumerate(keys)}
    rows, sums = [], []
    for total, parts in counts.groups:
        coefficients, rest = np.zeros(len(keys)), 0
        for key, sign in [(total, 1)] + [(part, -1) for part in parts]:
            if key in hidden:
                coefficients[index[key]] += sign
            else:
                rest -= sign * counts.cells[key]
        if coefficients.any():
            rows.append(coefficients)
            sums.append(rest)
    if not rows:
        return set()
    constraint = LinearConstraint(np.array(rows), sums, sums)
    # HiGHS's presolve (scipy 1.10) calls some of these feasible problems infeasible; they are small.
    solve = functools.partial(
        milp,
        constraints=constraint,
        bounds=Bounds(1, np.inf),
        integrality=np.ones(len(keys)),
        options={"presolve": False},
    )
    found = set()
    for key in keys:
        objective = np.zeros(len(keys))
        objective[index[key]] = 1
        low, high = solve(objective), solve(-objective)
        assert low.status == 0, "the true counts are always a solution"
        if high.status == 0 and round(low.fun) == round(-high.fun):
            found.add(key)
    return found


@pytest.mark.parametrize("seed", range(40))
def test_no_hidden_count_can_be_recovered_from_the_published_report(seed):
    counts = count(world(seed))
    hidden = suppress(counts)
    small = {key for key, value in counts.cells.items() if value in range(1, 11)}
    assert small <= hidden
    assert recoverable(counts, hidden) == set()


def test_the_attack_does_recover_a_cell_that_is_hidden_alone():
    """The check above can fail: hide one part of a shown total, and the attack finds it."""
    counts = count(world(3))
    group_total, parts = next(
        (t, p) for t, p in counts.groups if counts.cells[t] > 10 and any(counts.cells[x] > 0 for x in p)
    )
    part = next(x for x in parts if counts.cells[x] > 0)
    assert recoverable(counts, {part}) == {part}


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
