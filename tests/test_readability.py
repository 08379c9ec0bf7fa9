"""Every bot response and card reads at Flesch-Kincaid grade 8 or below, in every region, across the answer
combinations (the texts of tests/test_regions.py). Run with ``-s`` to see the worst case and its text.

The grade is textstat's (pinned in the test extras; already this project's readability measure). A card is
graded as a whole, each line read as one sentence (a bullet or a heading is read as a unit, not run into the
next one). A card's "Sources" section is left out: it holds citations, which are names, not prose.
"""

from __future__ import annotations

import textstat
from test_regions import rendered

from bot.regions import REGIONS

MAX_GRADE = 8.0


def prose(text: str) -> str:
    """The text as FK reads prose: each non-empty line one sentence; the Sources section left out."""
    sections = [s for s in text.split("\n\n") if not s.startswith("Sources\n")]
    lines = [line.strip() for section in sections for line in section.splitlines() if line.strip()]
    return " ".join(line if line[-1] in ".?!:" else f"{line}." for line in lines)


def grade(text: str) -> float:
    return textstat.flesch_kincaid_grade(prose(text))


def test_the_grade_can_fail():
    hard = (
        "Notwithstanding the aforementioned contractual obligations, practitioners must demonstrate "
        "comprehensive documentation of administrative communications regarding discontinuation."
    )
    assert grade(hard) > MAX_GRADE
    assert grade("The doctor said my test was fine.") <= MAX_GRADE


def test_every_response_and_card_reads_at_grade_8_or_below_in_every_region():
    worst = (0.0, "", "", "")
    failures = []
    for code in REGIONS:
        seen = set()
        for where, text in rendered(code):
            if text in seen:
                continue
            seen.add(text)
            score = grade(text)
            worst = max(worst, (score, code, where, text))
            if score > MAX_GRADE:
                failures.append(f"{score:.1f} {code} {where}:\n{text}")
    score, code, where, text = worst
    print(f"\nworst Flesch-Kincaid grade: {score:.1f} ({code}, {where}):\n{text}")
    assert not failures, "\n\n".join(failures[:5])
