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
    assert f"\"{what}\"" in script and f"\"{worry}\"" in script
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
