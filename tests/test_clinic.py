"""The clinic file (bot/clinic.py) and the replies built from it (bot/replies.py)."""

import pytest

from bot.clinic import ClinicConfigError, load_clinic, parse_clinic
from bot.replies import talk_to_person_text

VALID = {
    "name": "Hillside Surgery",
    "region": "UK",
    "hours": "8am to 6:30pm on weekdays",
    "patient_relations": {"name": "Practice Manager", "phone": "01632 960000"},
}


def test_the_repo_clinic_file_is_valid():
    clinic = load_clinic()
    assert clinic.region in ("us", "uk")
    assert clinic.patient_relations.name


def test_region_is_case_insensitive():
    assert parse_clinic(VALID).region == "uk"


@pytest.mark.parametrize("missing", ["name", "region", "hours", "patient_relations"])
def test_a_missing_field_is_named_in_the_error(missing):
    data = {k: v for k, v in VALID.items() if k != missing}
    with pytest.raises(ClinicConfigError, match=missing):
        parse_clinic(data)


def test_an_unknown_region_is_refused():
    with pytest.raises(ClinicConfigError, match="region"):
        parse_clinic({**VALID, "region": "fr"})


def test_the_clinic_file_path_comes_from_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "clinic.yml"
    path.write_text("name: Lakeside\nregion: uk\nhours: always\npatient_relations: {name: PALS}\n")
    monkeypatch.setenv("CARE_NAVIGATOR_CLINIC", str(path))
    assert load_clinic().name == "Lakeside"


def test_talk_to_person_gives_the_contact_hours_and_regional_emergency_number():
    text = talk_to_person_text(parse_clinic(VALID))
    assert "Hillside Surgery's Practice Manager" in text
    assert "call 01632 960000" in text
    assert "8am to 6:30pm on weekdays" in text
    assert "999" in text and "911" not in text
    assert "email" not in text  # no email configured, none invented
