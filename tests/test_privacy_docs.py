"""docs/privacy.md, the analytics store and the bot's "what do you keep?" answer agree."""

import re

from bot.analytics import Analytics, new_token

from conftest import ROOT, read_yaml

DOC = (ROOT / "docs" / "privacy.md").read_text()


def test_every_analytics_column_is_documented_and_nothing_else():
    store = Analytics(memory=True)
    store.record(new_token(), "safety", "reply", "crisis")
    columns = set(store.rows()[0])
    section = DOC.split("## Analytics")[1].split("##")[0]
    documented = set(re.findall(r"^\| (\w+) \|", section, flags=re.M)) - {"column"}
    assert documented == columns


def test_the_bots_answer_matches_the_documented_facts():
    answer = read_yaml(ROOT / "domain.yml")["responses"]["utter_privacy"][0]["text"]
    for fact in (
        "never written to disk",
        "30 minutes after your last message",
        "codes",
        "free text given",
        "the day",
        "random number",
        "a year",
    ):
        assert fact in answer, fact
    assert "never to disk" in DOC or "nothing goes to disk" in DOC
    assert "forgotten after 30 idle minutes" in DOC
    assert "default 365" in DOC
    assert len(answer.split()) <= 75, "keep the answer short and plain"
