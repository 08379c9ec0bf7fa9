"""End to end: the real Rasa server and action server, over HTTP through the REST channel."""

from __future__ import annotations

import uuid

import pytest
import requests

from bot.domain import response_text

from conftest import client_headers, say, texts

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
    assert "988" not in text and "You can change clinicians" in text


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
    "message, expected",
    [
        ("", ""),
        ("   \n\t ", ""),
        ("x" * 50_000, "only read 2,000 characters"),
        ("word " * 401, "only read 2,000 characters"),
        ("😀🙏 مرحبا שלום", ""),
        ("<img src=x onerror=alert(1)>", ""),
        ("\x00\x01\x1b[31m", ""),
        ("' OR 1=1; --", ""),
    ],
)
def test_odd_messages_get_a_kind_reply_and_the_server_keeps_serving(servers, message, expected):
    sender = uuid.uuid4().hex
    response = requests.post(
        servers.webhook_url,
        json={"sender": sender, "message": message},
        headers=client_headers(sender),
        timeout=60,
    )
    assert response.status_code == 200
    reply = texts(response.json())
    assert reply.strip() and "part of me isn't available" not in reply  # an answer, not a failure
    assert expected in reply
    assert say(servers, "hello")  # still serving


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"[1, 2, 3]",
        b'"just a string"',
        b'{"sender": "a"}',
        b"\xff\xfe\xfa",
        b"[" * 30_000 + b"]" * 30_000,
        b'{"sender": "a", "message": "hi", "metadata": ' + b'{"a": ' * 5_000 + b"1" + b"}" * 5_001,
    ],
)
def test_malformed_and_deep_bodies_get_a_400(servers, body):
    response = requests.post(
        servers.webhook_url, data=body, headers={"Content-Type": "application/json"}, timeout=30
    )
    assert response.status_code == 400 and "error" in response.json()
    assert say(servers, "hello")


def test_a_body_that_is_not_json_or_from_another_site_is_refused(servers):
    body = b'{"sender": "a1", "message": "hello"}'
    assert (
        requests.post(
            servers.webhook_url, data=body, headers={"Content-Type": "text/plain"}, timeout=10
        ).status_code
        == 415
    )
    assert requests.post(servers.webhook_url, data=body, timeout=10).status_code == 415
    foreign = {"Content-Type": "application/json", "Origin": "https://evil.example"}
    assert requests.post(servers.webhook_url, data=body, headers=foreign, timeout=10).status_code == 403
    own = {"Content-Type": "application/json", "Origin": servers.base_url}
    assert requests.post(servers.webhook_url, data=body, headers=own, timeout=10).status_code == 200


PAYLOAD_SHAPED = ['/greet{"n":"Jane Doe"}', "/jane_doe_1980", '/greet{"x":"I want to kill myself"}']


def test_payload_shaped_text_is_read_as_words_and_no_patient_text_is_logged(servers):
    say(servers, f"I want to talk about {SECRET_PHRASE}")
    say(servers, f"/ about {SECRET_PHRASE}")
    say(servers, f"/{{ {SECRET_PHRASE} }}")
    replies = [texts(say(servers, text)) for text in PAYLOAD_SHAPED]
    crisis = response_text("utter_crisis", "us").split("\n")[0]
    assert crisis in replies[2]  # the safety net read it: the crisis reply, not a greeting
    assert crisis not in replies[0] + replies[1]
    assert "can't give medical advice" in texts(say(servers, "/greet"))  # a real button payload still works
    logs = {log.name: log.read_text() for log in servers.log_dir.glob("*.log")}
    assert set(logs) == {"rasa.log", "actions.log"}
    for name, text in logs.items():
        for secret in ("Quillfeather", "Jane Doe", "jane_doe_1980", "kill myself"):
            assert secret not in text, (name, secret)


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


@pytest.mark.parametrize("size", [70_000, 5_000_000])
def test_a_body_over_64_kb_is_refused_with_413(servers, size):
    body = b'{"sender": "a", "message": "hi", "x": "' + b"x" * size + b'"}'
    response = requests.post(
        servers.webhook_url, data=body, headers={"Content-Type": "application/json"}, timeout=30
    )
    assert response.status_code == 413
    assert say(servers, "hello")


def test_a_sender_over_the_rate_limit_gets_a_kind_reply(servers):
    sender = uuid.uuid4().hex
    replies = [texts(say(servers, "hi", sender)) for _ in range(21)]
    assert "faster than I can answer" in replies[-1] and "911" in replies[-1]
    assert "faster" not in replies[0]


def test_a_client_rotating_sender_ids_is_still_limited(servers):
    """60 messages a minute from one address (credentials.yml), whatever sender ids it makes up."""
    client = {"X-Forwarded-For": "203.0.113.77"}
    replies = []
    for _ in range(61):
        response = requests.post(
            servers.webhook_url,
            json={"sender": uuid.uuid4().hex, "message": "hi"},
            headers=client,
            timeout=30,
        )
        replies.append(texts(response.json()))
    assert "faster" not in replies[0] and "faster than I can answer" in replies[-1]
    assert "faster" not in texts(say(servers, "hi"))  # other clients are not affected


def test_every_reply_says_no_store_and_nosniff_and_the_version_banner_is_gone(servers):
    root = requests.get(f"{servers.base_url}/", timeout=10)
    assert root.status_code == 404 and "Rasa" not in root.text and "3.6" not in root.text
    replies = [
        root,
        requests.post(servers.webhook_url, json={"sender": "h1", "message": "hello"}, timeout=30),
        requests.post(
            servers.webhook_url, data=b"{", headers={"Content-Type": "application/json"}, timeout=10
        ),
        requests.post(
            servers.webhook_url, data=b"x" * 70_000, headers={"Content-Type": "application/json"}, timeout=10
        ),
        requests.get(f"{servers.base_url}/webhooks/rest/", timeout=10),
        requests.get(servers.chat_url, timeout=10),
        requests.get(f"{servers.chat_url}widget.js", timeout=10),
        requests.get(f"{servers.base_url}/no/such/page", timeout=10),
        requests.get(f"{servers.base_url}/version", timeout=10),
    ]
    assert [r.status_code for r in replies] == [404, 200, 400, 413, 200, 200, 200, 404, 404]
    for reply in replies:
        assert reply.headers.get("Cache-Control") == "no-store", reply.url
        assert reply.headers.get("X-Content-Type-Options") == "nosniff", reply.url


def test_an_answer_reaching_a_fresh_conversation_gets_a_clean_start(servers):
    assert "lost track" in texts(say(servers, "For my parent"))


def test_rasas_http_api_is_off(servers):
    assert requests.get(f"{servers.base_url}/status", timeout=10).status_code == 404
    assert requests.get(f"{servers.base_url}/conversations/x/tracker", timeout=10).status_code == 404
