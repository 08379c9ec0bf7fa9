"""Checking chat requests (bot/requests.py): body, headers, and what counts as a button payload."""

import json
import random

import pytest

from bench.soak_worst import worst_body
from bot.domain import intents
from bot.requests import (
    MAX_BODY_BYTES,
    MAX_JSON_DEPTH,
    MAX_MESSAGE_CHARS,
    MAX_SENDER_CHARS,
    BadRequest,
    as_rasa_text,
    check_headers,
    json_depth,
    parse_chat_request,
)


def body(**fields):
    return json.dumps(fields).encode()


def test_a_good_body_is_parsed_and_anything_but_sender_and_message_is_dropped():
    chat = parse_chat_request(body(sender="abc", message=" hi\x00 there ", metadata={"page": "x"}))
    assert chat == type(chat)("abc", "hi there", too_long=False)


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"{not json", "not valid UTF-8 JSON"),
        (b"\xff\xfe\xfa", "not valid UTF-8 JSON"),
        (b"", "not valid UTF-8 JSON"),
        (b"[1, 2]", "must be a JSON object"),
        (b'"text"', "must be a JSON object"),
        (b'{"message": "hi"}', "'sender' must be a non-empty string"),
        (b'{"sender": 5, "message": "hi"}', "'sender' must be a non-empty string"),
        (b'{"sender": "a"}', "'message' must be a string"),
        (b'{"sender": "a", "message": null}', "'message' must be a string"),
        (b"[" * 50_000 + b"]" * 5_000, "nests more than"),
        (b'{"sender": "a", "message": "hi", "metadata": {"a": {"b": {"c": [1]}}}}', "nests more than"),
    ],
)
def test_bad_bodies_are_refused_with_a_reason(raw, reason):
    with pytest.raises(BadRequest, match=reason) as caught:
        parse_chat_request(raw[:MAX_BODY_BYTES])
    assert caught.value.status == 400


def test_the_deepest_allowed_nesting_passes():
    assert json_depth({"a": {"b": {"c": [1]}}}) == MAX_JSON_DEPTH
    assert parse_chat_request(body(sender="a", message="hi", metadata={"b": {"c": [1]}})).message == "hi"


def test_a_body_over_64_kb_is_413():
    with pytest.raises(BadRequest) as caught:
        parse_chat_request(body(sender="a", message="hi", padding="x" * MAX_BODY_BYTES))
    assert caught.value.status == 413
    assert parse_chat_request(body(sender="a", message="hi", padding="x" * (MAX_BODY_BYTES - 100)))


def test_a_message_over_the_limit_is_marked_too_long_after_cleaning():
    assert parse_chat_request(body(sender="a", message="x" * (MAX_MESSAGE_CHARS + 1))).too_long
    assert not parse_chat_request(body(sender="a", message="x" * MAX_MESSAGE_CHARS)).too_long
    assert not parse_chat_request(body(sender="a", message="x" + " " * 5000 + "y")).too_long  # "x y"
    assert parse_chat_request(body(sender="a", message="")).message == ""


@pytest.mark.parametrize(
    "content_type, origin, status",
    [
        (None, None, 415),
        ("text/plain", None, 415),
        ("text/plain; charset=utf-8", "https://chat.example.org", 415),
        ("application/json", "https://evil.example", 403),
        ("application/json", "http://chat.example.org.evil.example", 403),
        ("application/json", "null", 403),
        ("application/json", "file://", 403),
    ],
)
def test_headers_that_are_refused(content_type, origin, status):
    with pytest.raises(BadRequest) as caught:
        check_headers(content_type, origin, "chat.example.org", ["https://clinic.example"])
    assert caught.value.status == status


@pytest.mark.parametrize(
    "content_type, origin",
    [
        ("application/json", None),  # not a browser page
        ("Application/JSON; charset=UTF-8", "https://chat.example.org"),  # the chat page itself
        ("application/json", "https://clinic.example"),  # an embed_on site
        ("application/json", "https://clinic.example/"),
    ],
)
def test_headers_that_pass(content_type, origin):
    check_headers(content_type, origin, "chat.example.org", ["https://clinic.example"])


@pytest.mark.parametrize("intent", sorted(intents()))
def test_every_domain_intent_alone_is_a_payload(intent):
    assert as_rasa_text(f"/{intent}", intents()) == f"/{intent}"


@pytest.mark.parametrize(
    "text, words",
    [
        ('/greet{"n": "Jane Doe"}', 'greet{"n": "Jane Doe"}'),
        ("/jane_doe_1980", "jane_doe_1980"),
        ("/greet extra", "greet extra"),
        ("/greet@1.0", "greet@1.0"),
        ("/nlu_fallback", "nlu_fallback"),
        ("///", ""),
        ("hello /greet", "hello /greet"),
    ],
)
def test_anything_else_starting_with_a_slash_is_plain_words(text, words):
    assert as_rasa_text(text, intents()) == words


def test_the_worst_body_soak_sends_the_largest_deepest_body_the_channel_takes():
    largest = worst_body("x" * MAX_SENDER_CHARS, random.Random(0))
    chat = parse_chat_request(largest)
    assert MAX_BODY_BYTES - 100 < len(largest) <= MAX_BODY_BYTES
    assert len(chat.message) == MAX_MESSAGE_CHARS and not chat.too_long
    assert json_depth(json.loads(largest)) == MAX_JSON_DEPTH
