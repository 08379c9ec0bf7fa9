"""End to end through the REST channel: each pathway from its first message to its result."""

from __future__ import annotations

import uuid

import pytest

from conftest import say, texts

pytestmark = pytest.mark.e2e


def conversation(servers, *messages):
    """Send the messages in one conversation; return the replies to each."""
    sender = uuid.uuid4().hex
    return [say(servers, message, sender) for message in messages]


def card(replies):
    return next(r["custom"] for r in replies if "custom" in r)


def test_reset_conversation_ends_with_a_script_holding_the_patients_words(servers):
    what = "She said my scan was fine but never explained the next steps"
    worry = "that something serious is being missed"
    replies = conversation(
        servers,
        "my mom's doctor keeps brushing her off",
        "For my parent",
        "her cardiologist",
        what,
        worry,
        "Keep my words",
        "A written plan",
        "That's all",
        "At the visit",
    )
    assert "Is this conversation for you" in texts(replies[0])
    assert "never" in texts(replies[4]) and "calmer way" in texts(replies[4])  # the heat check
    script = texts(replies[-1])
    assert f'"{what}"' in script and f'"{worry}"' in script
    assert "I'm here to help my parent" in script
    assert card(replies[-1])["kind"] == "reset_script"


def test_reset_conversation_skip_why_and_stop(servers):
    replies = conversation(
        servers,
        "/prepare_reset_conversation",
        "For me",
        "why do you ask?",
        "skip",
        "stop",
        "hello",
    )
    assert "role" in texts(replies[2])  # the reason, then the same question again
    assert "Who is the conversation with?" in texts(replies[2])
    assert "what happened" in texts(replies[3]).lower()
    assert "stopped" in texts(replies[4])
    assert len([b for r in replies[5] for b in r.get("buttons", [])]) == 3


def test_a_crisis_mid_form_gets_988_and_the_form_can_be_picked_up_again(servers):
    replies = conversation(
        servers,
        "/prepare_reset_conversation",
        "For me",
        "I want to kill myself",
        "/prepare_reset_conversation",
    )
    assert "988" in texts(replies[2])
    assert "Who is the conversation with?" in texts(replies[3])  # the answers so far were kept


SECOND_OPINION_TIERS = [
    # emergency now, treatment within days, serious, major, persistent, conflicting, rushed, SURE x4
    (["Yes"], "Don't delay care"),
    (["No", "No", "Yes", "No", "No", "No", "No", "Yes", "Yes", "Yes", "Yes"], "commonly recommended"),
    (["No", "No", "No", "No", "Yes", "No", "No", "Yes", "Yes", "Yes", "Yes"], "reasonable to ask for"),
    (["No", "No", "No", "No", "No", "No", "No", "Yes", "Yes", "Yes", "Yes"], "may not be needed"),
    # treatment soon, and every other question skipped: no SURE score, and how to get a fast second opinion
    (["No", "Yes"] + ["skip"] * 9, "Is it safe to wait for a second opinion"),
]


@pytest.mark.parametrize("answers, tier", SECOND_OPINION_TIERS)
def test_second_opinion_reaches_each_tier(servers, answers, tier):
    replies = conversation(servers, "should I get a second opinion", "For me", *answers)
    assert "helping someone else" in texts(replies[0])  # for whom is asked first, then emergency
    assert "emergency" in texts(replies[1])
    assert tier in texts(replies[-1])
    assert card(replies[-1])["kind"] == "second_opinion"


def test_second_opinion_not_sure_and_stop(servers):
    replies = conversation(servers, "/request_second_opinion", "For me", "No", "Not sure", "stop")
    assert "serious" in texts(replies[3])  # "not sure" moved on to the next question
    assert "stopped" in texts(replies[4])


@pytest.mark.parametrize(
    "opening, initiator, expected",
    [
        ("I want to switch doctors", "I am (or we are)", "Line up a new clinician first"),
        ("I got a letter saying the practice is dismissing me", "The clinician or practice", "notice period"),
        ("I want to end things with my doctor", "I am (or we are)", "Line up a new clinician first"),
    ],
)
def test_ending_care_from_each_starting_point(servers, opening, initiator, expected):
    replies = conversation(servers, opening, "For me", initiator, "No", "Yes", "Yes", "Not sure", "No", "No")
    assert "988" not in texts(replies[0])
    result = texts(replies[-1])
    assert expected in result and "Don't stop ongoing treatment suddenly" in result
    assert "[Your full name]" in result
    assert card(replies[-1])["kind"] == "ending_care"


def test_who_to_complain_to_gives_the_routes_nearest_first(servers):
    replies = conversation(servers, "who can I report my doctor to")
    text = texts(replies[0])
    assert text.index("Patient Relations Office") < text.index("state medical board")


def test_ending_care_asked_for_complaint_routes_ends_with_them(servers):
    replies = conversation(
        servers, "/end_care", "For me", "I am (or we are)", "Yes", "No", "No", "No", "No", "Yes"
    )
    result = texts(replies[-1])
    assert "Where to raise a problem" in result and "HHS Office for Civil Rights" in result


def test_each_pathway_for_my_parent_is_worded_for_the_helper(servers):
    walks = {
        "second_opinion": ["should I get a second opinion", "For my parent", "No", "No", "No", "Yes"]
        + ["No"] * 3
        + ["Yes"] * 4,
        "ending_care": [
            "/end_care",
            "For my parent",
            "I am (or we are)",
            "No",
            "Yes",
            "No",
            "No",
            "No",
            "No",
        ],
    }
    for kind, messages in walks.items():
        replies = conversation(servers, *messages)
        assert "helping someone else" in texts(replies[0])
        result = texts(replies[-1])
        assert "their records" in result.lower() or "Their records" in result, kind
        assert "personal representative" in result, kind  # the US advocate line
        assert card(replies[-1])["kind"] == kind
    major = conversation(servers, *walks["second_opinion"][:5])
    assert "Has your parent been told they need surgery" in texts(major[-1])
