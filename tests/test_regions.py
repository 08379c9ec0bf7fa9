"""The region table (bot/regions.py): every card and reply, in every region, uses only its own region's words.

``rendered(region)`` yields every text the bot can show in a region (cards over the answer combinations,
questions, reasons, replies built from the clinic file, and the domain's responses as that region sees them);
tests/test_readability.py grades the same texts.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from typing import Iterator, Tuple

import pytest
import yaml

from bot import forms
from bot.clinic import ClinicConfigError, parse_clinic
from bot.pathways import PATHWAYS, reset_conversation
from bot.pathways.ending_care import INITIATOR_BUTTONS, build_card, build_checklist, questions_for
from bot.pathways.for_whom import FOR_WHOM, prompts
from bot.pathways.reset_conversation import CHANNELS, HELPS, ResetAnswers, build_reset_script
from bot.pathways.second_opinion import SURE_SLOTS, build_summary, decide
from bot.regions import REGIONS, RegionTableError, foreign_terms, load_table, region
from bot.replies import (
    PATHWAY_STOPPED,
    complaint_routes,
    complaints_text,
    rate_limited_text,
    talk_to_person_text,
    unavailable_text,
)

from conftest import ROOT, read_yaml

YES_NO = ("yes", "no", "not_sure", "skip")
PLAIN_WORDS = "The doctor said my test was fine but did not say what to do next."


def clinic(code: str):
    return parse_clinic(
        {
            "name": "Hillside",
            "region": code,
            "hours": "weekdays, 9 to 5",
            "patient_relations": {"name": "Patient Relations", "phone": "0100 000 000"},
            "advocate": {"name": "Advocate Office", "email": "help@example.org"},
            "nurse_line": "0100 000 001",
        }
    )


def ending_care_cards(code: str) -> Iterator[str]:
    slots = [q.slot for q in questions_for(code)][2:]  # after "for whom?" and "who is ending it?"
    routes = complaint_routes(clinic(code))
    for initiator in INITIATOR_BUTTONS.values():
        for values in itertools.product(("yes", "no", "skip"), repeat=len(slots)):
            answers = {"ec_initiator": initiator, **dict(zip(slots, values))}
            yield build_card(build_checklist(answers, code), code, routes).as_text()
        for for_whom in FOR_WHOM:  # the wording for someone helping, over every item
            answers = {"ec_for_whom": for_whom, "ec_initiator": initiator, **{slot: "yes" for slot in slots}}
            yield build_card(build_checklist(answers, code), code, routes, for_whom).as_text()


def second_opinion_cards(code: str) -> Iterator[str]:
    reasons = ["so_serious", "so_major_treatment", "so_persistent", "so_conflicting", "so_rushed"]
    for emergency, soon, reason, answer, sure in itertools.product(
        ("yes", "no"), ("yes", "no"), [None] + reasons, ("yes", "not_sure"), YES_NO
    ):
        answers = {"so_emergency": emergency, "so_treatment_soon": soon, **{r: "no" for r in reasons}}
        if reason:
            answers[reason] = answer
        answers.update({slot: "yes" for slot in SURE_SLOTS})
        answers[SURE_SLOTS[0]] = sure
        yield build_summary(decide(answers), code).as_text()
        if reason is None and sure in ("yes", "no"):
            for for_whom in FOR_WHOM:
                yield build_summary(decide(answers), code, for_whom).as_text()


def reset_cards(code: str) -> Iterator[str]:
    for for_whom, channel, helps, words in itertools.product(
        FOR_WHOM, list(CHANNELS) + [None], [(), tuple(HELPS)], [PLAIN_WORDS, "skip"]
    ):
        answers = ResetAnswers(
            role="doctor", what_happened=words, concern=words, helps=helps, channel=channel, for_whom=for_whom
        )
        yield build_reset_script(answers, code).card().as_text()


def questions(code: str) -> Iterator[str]:
    for pathway in PATHWAYS:
        asked = questions_for(code) if pathway.name == "ending_care" else pathway.questions
        for question in asked:
            yield from prompts(question)
            yield question.why
            yield from (q for q in (question.rephrase_prompt,) if q)


def domain_responses(code: str) -> Iterator[Tuple[str, str]]:
    """Each response as this region sees it: its own variation, else the one without a condition."""
    for name, variations in read_yaml(ROOT / "domain.yml")["responses"].items():
        chosen = None
        for variation in variations:
            conditions = variation.get("condition") or []
            regions = [c["value"] for c in conditions if c.get("name") == "clinic_region"]
            if code in regions:
                chosen = variation
                break
            if not conditions and chosen is None:
                chosen = variation
        if chosen is not None:
            yield name, chosen["text"]


def rendered(code: str) -> Iterator[Tuple[str, str]]:
    """(where, text) for every text the bot can show in this region."""
    for text in ending_care_cards(code):
        yield "ending-care card", text
    for text in second_opinion_cards(code):
        yield "second-opinion card", text
    for text in reset_cards(code):
        yield "reset card", text
    for text in questions(code):
        yield "question", text
    here = clinic(code)
    yield "talk to a person", talk_to_person_text(here)
    yield "complaint routes", complaints_text(here)
    yield "action server down", unavailable_text(code)
    yield "rate limited", rate_limited_text(code)
    yield "pathway stopped", PATHWAY_STOPPED
    for name in ("ROLE_UNCLEAR", "ROLE_NO_NAMES", "IF_IT_GOES_BADLY", "NO_SCRIPT_AFTER_SAFEGUARDING"):
        yield name, getattr(reset_conversation, name)
    findings = reset_conversation.heat_check(
        ResetAnswers(what_happened="you never listen", concern="so rude")
    )
    yield "heat check", "\n".join([reset_conversation.HEAT_INTRO] + [f.calmer for f in findings])
    for typed in ("", "word " * 400):
        yield "free-text problem", forms.check_free_text(typed).problem or ""
    for name, text in domain_responses(code):
        yield name, text


def _found(term: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text) is not None


@pytest.mark.parametrize("code", REGIONS)
def test_no_card_or_reply_uses_another_regions_words(code):
    terms = foreign_terms(code)
    assert terms, "each region lists its own words in bot/regions.yml"
    seen = set()
    for where, text in rendered(code):
        if text in seen:
            continue
        seen.add(text)
        wrong = [term for term in terms if _found(term, text)]
        assert not wrong, f"{code} {where} uses {wrong}:\n{text}"


def test_the_check_can_fail():
    """A UK text with a US word is caught (so a passing run means something)."""
    assert "network" in foreign_terms("uk") and _found("network", "check they are in your network")
    assert "NHS" in foreign_terms("us") and not _found("NHS", "NHSX-free text")


@pytest.mark.parametrize("code", REGIONS)
def test_each_region_shows_its_own_numbers(code):
    local = region(code)
    texts = dict(rendered(code))
    assert local.emergency_number in texts["talk to a person"]
    assert local.emergency_number in texts["complaint routes"]


def test_an_unknown_region_is_refused_with_a_clear_message_never_defaulted():
    with pytest.raises(ClinicConfigError, match="not in the region table.*us, uk"):
        clinic("ie")
    with pytest.raises(RegionTableError, match="unknown region 'ie'"):
        region("ie")


def test_the_action_server_refuses_to_start_with_an_unknown_region(tmp_path):
    path = tmp_path / "clinic.yml"
    path.write_text("name: Lakeside\nregion: fr\nhours: always\npatient_relations: {name: Office}\n")
    result = subprocess.run(
        [sys.executable, "-c", "from actions.__main__ import check_clinic; check_clinic()"],
        cwd=ROOT,
        env={"CARE_NAVIGATOR_CLINIC": str(path), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "Care Navigator cannot start: region 'fr' is not in the region table" in result.stderr


def test_a_half_written_region_is_refused(tmp_path):
    path = tmp_path / "regions.yml"
    path.write_text("xx:\n  name: Nowhere\n  emergency_number: '112'\n")
    with pytest.raises(RegionTableError, match="region 'xx'.*lacks: urgent_help"):
        load_table(path)


@pytest.mark.parametrize("code", REGIONS)
def test_complaint_routes_go_from_the_practice_outwards_and_say_what_each_is_for(code):
    routes = complaint_routes(clinic(code))
    assert routes[0].who == "Hillside's Patient Relations: call 0100 000 000"
    assert all(route.purpose for route in routes)
    text = complaints_text(clinic(code))
    board = "ombudsman" if code == "uk" else "state medical board"
    assert text.index("Patient Relations") < text.index(board)


def test_a_route_to_a_contact_the_clinic_has_not_given_is_left_out():
    data = {"name": "Hillside", "region": "uk", "hours": "weekdays", "patient_relations": {"name": "Office"}}
    assert not any("{" in r.who for r in complaint_routes(parse_clinic(data)))
    assert len(complaint_routes(parse_clinic(data))) == len(region("uk").complaints) - 1


def test_a_new_region_is_one_table_entry_as_docs_extending_says(tmp_path):
    """Follows docs/extending.md, "Add a region", step 1: a copied entry with new numbers loads, no code."""
    guide = (ROOT / "docs" / "extending.md").read_text()
    assert "## Add a region" in guide and "bot/regions.yml" in guide
    table = read_yaml(ROOT / "bot" / "regions.yml")
    entry = dict(table["uk"], name="Ireland", emergency_number="112", own_terms=["HSE"])
    path = tmp_path / "regions.yml"
    path.write_text(yaml.safe_dump({**table, "ie": entry}))
    loaded = load_table(path)
    assert loaded["ie"].emergency_number == "112"
    assert [r.purpose for r in loaded["ie"].complaints] == [r.purpose for r in loaded["uk"].complaints]
