"""Checking chat request bodies (bot/requests.py)."""

import pytest

from bot.requests import MAX_MESSAGE_CHARS, BadRequest, parse_chat_request


def test_a_good_body_is_parsed():
    chat = parse_chat_request(b'{"sender": "abc", "message": "hi", "metadata": {"page": "x"}}')
    assert (chat.sender, chat.message, chat.metadata) == ("abc", "hi", {"page": "x"})


@pytest.mark.parametrize(
    "body, reason",
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
    ],
)
def test_bad_bodies_are_refused_with_a_reason(body, reason):
    with pytest.raises(BadRequest, match=reason) as caught:
        parse_chat_request(body)
    assert caught.value.status == 400


def test_a_too_long_message_is_413():
    body = ('{"sender": "a", "message": "%s"}' % ("x" * (MAX_MESSAGE_CHARS + 1))).encode()
    with pytest.raises(BadRequest) as caught:
        parse_chat_request(body)
    assert caught.value.status == 413


def test_the_longest_allowed_message_and_empty_messages_pass():
    assert parse_chat_request(('{"sender": "a", "message": "%s"}' % ("x" * MAX_MESSAGE_CHARS)).encode())
    assert parse_chat_request(b'{"sender": "a", "message": ""}').message == ""
