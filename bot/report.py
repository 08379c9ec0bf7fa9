"""The analytics report: pathways started and completed, drop-off, outcomes and safety replies.

Every count from 1 to 10 is shown as "<11" (CMS cell-size rule), and further cells are
suppressed where a small one could be worked back from a total (complementary
suppression). Percentages are shown only where both of their counts are shown.

Usage::

    care-navigator-report var/analytics.sqlite other-server.sqlite --format html --output report.html
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import io
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import DefaultDict, Dict, Iterable, List, Optional, Sequence, Set, Tuple

import sqlite_utils

from bot.analytics import END, SAFETY_REPLIES, START, TABLE, db_path
from bot.pathways import NAMES, get

SMALL = range(1, 11)
SUPPRESSED = "<11"
PATHWAYS = NAMES
ENDINGS = ["completed", "stopped", "start_over"]
Key = Tuple[str, ...]


def load_rows(paths: Sequence[Path]) -> List[dict]:
    """Events from one or more analytics files (one per server), merged."""
    rows: List[dict] = []
    for path in paths:
        if not Path(path).exists():
            raise FileNotFoundError(f"no analytics file at {path}")
        db = sqlite_utils.Database(path)
        if TABLE in db.table_names():
            rows.extend(db[TABLE].rows)
    return rows


def week_of(day: str) -> str:
    """The Monday that starts the ISO week of ``day``."""
    date = dt.date.fromisoformat(day)
    return (date - dt.timedelta(days=date.weekday())).isoformat()


def _steps(pathway: str) -> List[str]:
    """The pathway's questions in the order they are asked: the steps a patient can leave at."""
    return get(pathway).slots


@dataclass
class Counts:
    """Raw counts keyed by tuples, and the groups (total, parts) that add up."""

    cells: Dict[Key, int] = field(default_factory=dict)
    groups: List[Tuple[Key, List[Key]]] = field(default_factory=list)
    weeks: List[str] = field(default_factory=list)


def count(rows: Iterable[dict]) -> Counts:
    """Count conversations (distinct tokens) per pathway, week, ending, last step and outcome."""
    rows = list(rows)
    tokens: Dict[Tuple[str, str], Set[str]] = defaultdict(set)  # (pathway, "started" | ending) -> tokens
    weekly: Dict[Tuple[str, str, str], Set[str]] = defaultdict(set)
    last_step: Dict[Tuple[str, str], str] = {}
    outcomes: Dict[Tuple[str, str], Set[str]] = defaultdict(set)
    crisis_weekly: Dict[Tuple[str, str], int] = defaultdict(int)
    order = {p: _steps(p) for p in PATHWAYS}
    for row in rows:
        pathway, step, choice, week = row["pathway"], row["step"], row["choice"], week_of(row["day"])
        if pathway == "safety":
            crisis_weekly[(week, choice)] += 1
            continue
        if pathway not in order:
            continue
        token = row["token"]
        if step == START:
            tokens[(pathway, "started")].add(token)
            weekly[(week, pathway, "started")].add(token)
        elif step == END:
            tokens[(pathway, choice)].add(token)
            weekly[(week, pathway, choice)].add(token)
            if choice == "completed":
                outcomes[(pathway, row["outcome"] or "none")].add(token)
        elif step in order[pathway]:
            previous = last_step.get((pathway, token))
            if previous is None or order[pathway].index(step) > order[pathway].index(previous):
                last_step[(pathway, token)] = step

    counts = Counts()
    weeks = sorted({w for (w, _, _) in weekly} | {w for (w, _) in crisis_weekly})
    counts.weeks = weeks
    for pathway in PATHWAYS:
        started = tokens[(pathway, "started")]
        ended = set().union(*(tokens[(pathway, e)] for e in ENDINGS))
        counts.cells[("all", pathway, "started")] = len(started)
        parts: List[Key] = []
        for ending in ENDINGS:
            counts.cells[("all", pathway, ending)] = len(tokens[(pathway, ending)] & started)
            parts.append(("all", pathway, ending))
        left: DefaultDict[str, int] = defaultdict(int)
        for token in started - ended:
            left[last_step.get((pathway, token), "before_first_answer")] += 1
        for step in ["before_first_answer"] + order[pathway]:
            counts.cells[("left_at", pathway, step)] = left[step]
            parts.append(("left_at", pathway, step))
        counts.groups.append((("all", pathway, "started"), parts))
        outcome_parts: List[Key] = []
        for (p, outcome), owners in sorted(outcomes.items()):
            if p == pathway:
                counts.cells[("outcome", pathway, outcome)] = len(owners & started)
                outcome_parts.append(("outcome", pathway, outcome))
        counts.groups.append((("all", pathway, "completed"), outcome_parts))
        for metric in ("started", "completed"):
            week_parts: List[Key] = []
            for week in weeks:
                counts.cells[("week", week, pathway, metric)] = len(weekly[(week, pathway, metric)])
                week_parts.append(("week", week, pathway, metric))
            counts.groups.append((("all", pathway, metric), week_parts))
    for kind in SAFETY_REPLIES:
        counts.cells[("safety", kind)] = sum(n for (w, k), n in crisis_weekly.items() if k == kind)
        week_parts = []
        for week in weeks:
            counts.cells[("safety_week", week, kind)] = crisis_weekly[(week, kind)]
            week_parts.append(("safety_week", week, kind))
        counts.groups.append((("safety", kind), week_parts))
    return counts


def suppress(counts: Counts) -> Set[Key]:
    """The cells to hide: every count from 1 to 10, and enough others that none can be worked back."""
    hidden = {key for key, value in counts.cells.items() if value in SMALL}
    changed = True
    while changed:
        changed = False
        for total, parts in counts.groups:
            value = counts.cells[total]
            hidden_parts = [p for p in parts if p in hidden]
            if total in hidden:
                for part in parts:
                    if counts.cells[part] > 0 and part not in hidden:
                        hidden.add(part)
                        changed = True
                continue
            if not hidden_parts:
                continue
            shown = sum(counts.cells[p] for p in parts if p not in hidden)
            rest = value - shown  # what the hidden parts add up to, as a reader could work out
            k = len(hidden_parts)
            if k == 1 or rest <= k or all(counts.cells[p] in SMALL for p in hidden_parts) and rest >= 10 * k:
                candidates = sorted(
                    (counts.cells[p], p) for p in parts if p not in hidden and counts.cells[p] > 0
                )
                if candidates:
                    hidden.add(candidates[0][1])
                else:
                    hidden.add(total)
                changed = True
    return hidden


def shown(counts: Counts, hidden: Set[Key], key: Key) -> str:
    return SUPPRESSED if key in hidden else str(counts.cells.get(key, 0))


def percent(counts: Counts, hidden: Set[Key], part: Key, whole: Key) -> str:
    if part in hidden or whole in hidden or not counts.cells.get(whole):
        return ""
    return f"{100 * counts.cells[part] / counts.cells[whole]:.0f}%"


def records(counts: Counts, hidden: Set[Key]) -> List[Dict[str, str]]:
    """The report as flat records: section, week, pathway, metric, value (after suppression)."""
    out = []
    for key in counts.cells:
        section = key[0]
        week = key[1] if section in ("week", "safety_week") else "all"
        if section == "week":
            pathway, metric = key[2], key[3]
        elif section == "safety_week":
            pathway, metric = "safety", key[2]
        elif section == "safety":
            pathway, metric = "safety", key[1]
        else:
            pathway, metric = key[1], key[2]
        out.append(
            {
                "section": section,
                "week": week,
                "pathway": pathway,
                "metric": metric,
                "value": shown(counts, hidden, key),
            }
        )
    return out


def _weekly(counts: Counts, hidden: Set[Key], week: str, pathway: str) -> str:
    """ "started/completed" for one pathway in one week."""
    return "/".join(
        shown(counts, hidden, ("week", week, pathway, metric)) for metric in ("started", "completed")
    )


def render_table(counts: Counts, hidden: Set[Key]) -> str:
    lines = ["Care Navigator report (counts of conversations; 1 to 10 shown as <11)", ""]
    lines.append(f"{'pathway':<20}{'started':>9}{'completed':>11}{'rate':>6}{'stopped':>9}")
    for p in PATHWAYS:
        s = lambda m: shown(counts, hidden, ("all", p, m))  # noqa: E731
        rate = percent(counts, hidden, ("all", p, "completed"), ("all", p, "started"))
        lines.append(f"{p:<20}{s('started'):>9}{s('completed'):>11}{rate:>6}{s('stopped'):>9}")
    lines += ["", "Left the pathway at (drop-off per step)"]
    for p in PATHWAYS:
        for key in [k for k in counts.cells if k[0] == "left_at" and k[1] == p]:
            lines.append(f"  {p:<20}{key[2]:<26}{shown(counts, hidden, key):>6}")
    lines += ["", "Outcomes of completed pathways"]
    for key in [k for k in counts.cells if k[0] == "outcome"]:
        lines.append(f"  {key[1]:<20}{key[2]:<26}{shown(counts, hidden, key):>6}")
    lines += [
        "",
        f"{'week of':<12}" + "".join(f"{p[:14]:>16}" for p in PATHWAYS) + f"{'crisis':>8}{'emergency':>11}",
    ]
    for week in counts.weeks:
        row = f"{week:<12}" + "".join(f"{_weekly(counts, hidden, week, p):>16}" for p in PATHWAYS)
        row += f"{shown(counts, hidden, ('safety_week', week, 'crisis')):>8}"
        row += f"{shown(counts, hidden, ('safety_week', week, 'emergency')):>11}"
        lines.append(row)
    lines.append("(per week: started/completed)")
    lines += [
        "",
        "Safety replies shown: "
        + "; ".join(
            f"{kind.replace('_', ' ')} {shown(counts, hidden, ('safety', kind))}" for kind in SAFETY_REPLIES
        ),
    ]
    return "\n".join(lines) + "\n"


def render_csv(counts: Counts, hidden: Set[Key]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["section", "week", "pathway", "metric", "value"])
    writer.writeheader()
    writer.writerows(records(counts, hidden))
    return buffer.getvalue()


def render_json(counts: Counts, hidden: Set[Key]) -> str:
    return json.dumps({"suppressed_as": SUPPRESSED, "records": records(counts, hidden)}, indent=2) + "\n"


def _bar(label: str, value: str, numeric: int, maximum: int) -> str:
    width = 0 if value == SUPPRESSED or maximum == 0 else max(2, int(300 * numeric / maximum))
    fill = "#9aa5b1" if value == SUPPRESSED else "#1f5f8b"
    return (
        f'<div class="row"><span class="label">{html.escape(label)}</span>'
        f'<svg width="310" height="18" role="img" aria-label="{html.escape(label)}: {html.escape(value)}">'
        f'<rect width="{width if value != SUPPRESSED else 40}" height="16" fill="{fill}"></rect></svg>'
        f'<span class="value">{html.escape(value)}</span></div>'
    )


def render_html(counts: Counts, hidden: Set[Key]) -> str:
    """A self-contained page: inline CSS and SVG bars, nothing fetched from the web."""
    parts = []
    for p in PATHWAYS:
        keys = [("all", p, "started"), ("all", p, "completed")] + [
            k for k in counts.cells if k[0] == "left_at" and k[1] == p
        ]
        maximum = max([counts.cells[k] for k in keys if k not in hidden] + [1])
        bars = "".join(
            _bar(
                " ".join(k[1:]) if k[0] == "left_at" else k[2],
                shown(counts, hidden, k),
                counts.cells[k],
                maximum,
            )
            for k in keys
        )
        parts.append(f"<section><h2>{html.escape(p.replace('_', ' '))}</h2>{bars}</section>")
    safety = "".join(
        _bar(
            k,
            shown(counts, hidden, ("safety", k)),
            counts.cells[("safety", k)],
            max([counts.cells[("safety", kind)] for kind in SAFETY_REPLIES] + [1]),
        )
        for k in SAFETY_REPLIES
    )
    table = html.escape(render_table(counts, hidden))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Care Navigator report</title>
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#1b1b1b}}
.row{{display:flex;align-items:center;gap:.5rem;margin:.2rem 0}}.label{{width:22rem}}.value{{width:4rem}}
pre{{background:#f4f4f4;padding:1rem;overflow:auto}}</style></head>
<body><h1>Care Navigator report</h1>
<p>Counts of conversations. Any count from 1 to 10 is shown as &lt;11, with grey bars; some larger counts are
hidden too, so that no small count can be worked out from the others.</p>
{"".join(parts)}<section><h2>Safety replies shown</h2>{safety}</section>
<h2>All figures</h2><pre>{table}</pre></body></html>
"""


RENDERERS = {"table": render_table, "csv": render_csv, "json": render_json, "html": render_html}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="care-navigator-report", description=__doc__.split("\n\n")[0])
    parser.add_argument("databases", nargs="*", type=Path, help=f"analytics files (default: {db_path()})")
    parser.add_argument("--format", choices=sorted(RENDERERS), default="table")
    parser.add_argument("--output", type=Path, help="write here instead of standard output")
    parser.add_argument(
        "--prune-days", type=int, metavar="N", help="first delete events older than N days from each file"
    )
    args = parser.parse_args(argv)
    paths = args.databases or [db_path()]
    try:
        if args.prune_days is not None:
            from bot.analytics import Analytics

            for path in paths:
                print(f"{path}: deleted {Analytics(path).prune(args.prune_days)} old events", file=sys.stderr)
        counts = count(load_rows(paths))
    except FileNotFoundError as error:
        print(f"care-navigator-report: {error}", file=sys.stderr)
        return 2
    text = RENDERERS[args.format](counts, suppress(counts))
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
