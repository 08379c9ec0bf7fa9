"""End to end: the real Rasa server and action server, over HTTP through the REST channel."""

from __future__ import annotations

import uuid

import pytest
import requests

from conftest import say, texts

pytestmark = pytest.mark.e2e

PATHWAYS = {"/prepare_reset_conversation", "/request_second_opinion", "/end_care"}
SECRET_PHRASE = "my neighbour Zebediah Quillfeather"  # must never reach a log


def test_the_greeting_offers_the_three_pathways(servers):
    replies = say(servers, "hello")
    buttons = {b["payload"] for r in replies for b in r.get("buttons", [])}
    assert buttons == PATHWAYS
    assert "can't give medical advice" in texts(replies)


def test_a_crisis_message_gets_988_and_911(servers):
    text = texts(say(servers, "I want to kill myself"))
    assert "988" in text and "911" in text


def test_an_emergency_symptom_gets_911(servers):
    assert "Call 911 now" in texts(say(servers, "I have crushing chest pain"))


def test_ending_things_with_a_doctor_is_not_a_crisis(servers):
    text = texts(say(servers, "I want to end things with my doctor"))
    assert "988" not in text and "Changing clinicians is your right" in text


def test_talk_to_a_person_comes_from_the_clinic_file_through_the_action_server(servers):
    assert "Patient Relations Office" in texts(say(servers, "can I talk to a real person?"))


def test_a_crisis_mid_conversation_still_wins(servers):
    sender = uuid.uuid4().hex
    say(servers, "hi", sender)
    say(servers, "what do you keep about me?", sender)
    assert "988" in texts(say(servers, "I don't want to be alive anymore", sender))
    say(servers, "I'm fine now", sender)
    assert "988" in texts(say(servers, "actually I still want to die", sender))


@pytest.mark.parametrize(
    "message",
    ["", "   \n\t ", "x" * 50_000, "😀🙏 مرحبا שלום", "<img src=x onerror=alert(1)>", "\x00\x01\x1b[31m", "' OR 1=1; --"],
)
def test_odd_messages_get_a_kind_reply_and_the_server_keeps_serving(servers, message):
    response = requests.post(servers.webhook_url, json={"sender": uuid.uuid4().hex, "message": message}, timeout=60)
    assert response.status_code < 500
    assert say(servers, "hello")  # still serving


@pytest.mark.parametrize(
    "body", [b"{not json", b"[1, 2, 3]", b'"just a string"', b'{"sender": "a"}', b"\xff\xfe\xfa"]
)
def test_malformed_bodies_get_a_4xx_never_a_5xx(servers, body):
    response = requests.post(servers.webhook_url, data=body, headers={"Content-Type": "application/json"}, timeout=30)
    assert 400 <= response.status_code < 500
    assert say(servers, "hello")


def test_logs_do_not_echo_what_patients_typed(servers):
    say(servers, f"I want to talk about {SECRET_PHRASE}")
    say(servers, f"/ about {SECRET_PHRASE}")  # not a payload: must not be logged as an unknown intent
    say(servers, f"/{{ {SECRET_PHRASE} }}")
    for log in servers.log_dir.glob("*.log"):
        assert "Quillfeather" not in log.read_text(), log.name


def test_with_the_action_server_down_the_crisis_reply_still_comes(servers):
    servers.actions.stop()
    try:
        sender = uuid.uuid4().hex
        say(servers, "hello", sender)
        text = texts(say(servers, "I think about suicide every day", sender))
        assert "988" in text and "911" in text
        assert "Call 911 now" in texts(say(servers, "my face is drooping and my arm is numb", sender))
        replies = say(servers, "can I talk to a real person?", sender)
        assert "part of me isn't available" in texts(replies) and len(replies[0]["buttons"]) == 3
    finally:
        servers.actions.start()
        servers.wait_ready()
    assert "Patient Relations Office" in texts(say(servers, "can I talk to a real person?", sender))


def test_a_5_mb_body_is_refused_with_413(servers):
    body = b'{"sender": "a", "message": "' + b"x" * 5_000_000 + b'"}'
    response = requests.post(servers.webhook_url, data=body, headers={"Content-Type": "application/json"},
                             timeout=30)
    assert response.status_code == 413
    assert say(servers, "hello")


def test_a_sender_over_the_rate_limit_gets_a_kind_reply(servers):
    sender = uuid.uuid4().hex
    replies = [texts(say(servers, "hi", sender)) for _ in range(21)]
    assert "faster than I can answer" in replies[-1] and "911" in replies[-1]
    assert "faster" not in replies[0]


def test_an_answer_reaching_a_fresh_conversation_gets_a_clean_start(servers):
    assert "lost track" in texts(say(servers, "For my parent"))


def test_rasas_http_api_is_off(servers):
    assert requests.get(f"{servers.base_url}/status", timeout=10).status_code == 404
    assert requests.get(f"{servers.base_url}/conversations/x/tracker", timeout=10).status_code == 404
