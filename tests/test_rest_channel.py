"""The REST channel (bot/rasa_addons/channel.py), called as Sanic calls it, with a stand-in for Rasa: what
reaches Rasa, what is refused, the queue, the rate limits, and what happens when the server is saturated."""

import ast
import asyncio
import json
from types import SimpleNamespace

import pytest

from bot.domain import load_domain, response_text
from bot.rasa_addons.channel import CareNavigatorRestInput
from bot.replies import MENU_BUTTONS

from conftest import ROOT

CRISIS_REPLY = response_text("utter_crisis", "us")  # the example clinic is in the US
HOST = "chat.example.org"


def webhook(channel, on_new_message):
    """The channel's POST handler: ``await post(sender, text, ...)`` returns (status, JSON reply)."""
    blueprint = channel.blueprint(on_new_message)
    handler = next(route.handler for route in blueprint._future_routes if route.uri == "/webhook")

    async def post(sender, text, body=None, ip="198.51.100.1", **headers):
        headers = {
            "content-type": "application/json",
            "host": HOST,
            **{k.replace("_", "-"): v for k, v in headers.items()},
        }
        raw = body if body is not None else json.dumps({"sender": sender, "message": text}).encode()
        reply = await handler(SimpleNamespace(body=raw, headers=headers, ip=ip))
        return reply.status, json.loads(reply.body)

    return post


def answering(handled=None):
    """A stand-in for Rasa that notes each message and replies "ok"."""

    async def rasa(message):
        if handled is not None:
            handled.append(message)
        message.output_channel.messages.append({"text": "ok"})

    return rasa


def send(channel, *messages, **options):
    """Post each (sender, text) in turn; return the replies and the messages Rasa got."""
    handled = []

    async def main():
        post = webhook(channel, answering(handled))
        return [await post(sender, text, **options) for sender, text in messages]

    return asyncio.run(main()), handled


def test_at_most_the_set_number_of_messages_are_worked_on_and_the_rest_wait_in_order():
    started, busy, most = [], [0], [0]

    async def rasa(message):
        started.append(message.sender_id)
        busy[0] += 1
        most[0] = max(most[0], busy[0])
        await asyncio.sleep(0.02)
        busy[0] -= 1
        message.output_channel.messages.append({"text": f"reply to {message.sender_id}"})

    async def main():
        post = webhook(
            CareNavigatorRestInput(max_messages=100, client_max_messages=100, concurrent_messages=2), rasa
        )
        return await asyncio.gather(*(post(f"p{n}", "No") for n in range(8)))

    replies = asyncio.run(main())
    assert most[0] == 2
    assert started == [f"p{n}" for n in range(8)]
    assert [r[0]["text"] for _, r in replies] == [f"reply to p{n}" for n in range(8)]


def test_a_crisis_message_does_not_wait_behind_others():
    async def main():
        release = asyncio.Event()
        handled = []

        async def rasa(message):
            handled.append(message.text)
            if message.text == "No":
                await release.wait()  # a slow turn holding the only place
            message.output_channel.messages.append({"text": "ok"})

        post = webhook(CareNavigatorRestInput(concurrent_messages=1), rasa)
        slow = asyncio.ensure_future(post("a", "No"))
        waiting = asyncio.ensure_future(post("b", "Yes"))
        crisis = asyncio.ensure_future(post("c", "I want to kill myself"))
        await asyncio.wait_for(crisis, timeout=5)  # answered while the queue is still blocked
        assert handled == ["No", "I want to kill myself"] and not waiting.done()
        release.set()
        await asyncio.gather(slow, waiting)
        return handled

    assert asyncio.run(main()) == ["No", "I want to kill myself", "Yes"]


def test_no_message_waits_longer_than_the_queue_time_even_if_the_places_never_free():
    async def main():
        stuck = asyncio.Event()  # an action server that hangs: this turn never ends by itself
        handled = []

        async def rasa(message):
            handled.append(message.text)
            if message.text == "No":
                await stuck.wait()
            message.output_channel.messages.append({"text": "ok"})

        post = webhook(CareNavigatorRestInput(concurrent_messages=1, queue_seconds=0.2), rasa)
        hung = asyncio.ensure_future(post("a", "No"))
        await asyncio.sleep(0.01)
        reply = await asyncio.wait_for(post("b", "Yes"), timeout=1)
        stuck.set()
        await hung
        return handled, reply

    handled, (status, reply) = asyncio.run(main())
    assert handled == ["No"]  # the waiting message never joined the stuck one
    assert status == 200 and "answering a lot of people" in reply[0]["text"] and "911" in reply[0]["text"]


def saturated(channel, late_messages, hold):
    """Fill the channel with ``hold`` (sender, text) turns that do not end, then post ``late_messages``.
    Return the late replies, and the texts Rasa had got by then."""

    async def main():
        stuck, handled = asyncio.Event(), []

        async def rasa(message):
            handled.append(message.text)
            await stuck.wait()
            message.output_channel.messages.append({"text": "ok"})

        post = webhook(channel, rasa)
        held = [
            asyncio.ensure_future(post(sender, text, ip=f"203.0.113.{n}"))
            for n, (sender, text) in enumerate(hold)
        ]
        await asyncio.sleep(0.05)
        late = [
            await asyncio.wait_for(post(sender, text, ip="198.51.100.9"), timeout=1)
            for sender, text in late_messages
        ]
        by_then = list(handled)
        stuck.set()
        await asyncio.gather(*held)
        return late, by_then

    return asyncio.run(main())


def test_when_the_server_is_saturated_a_crisis_gets_the_crisis_reply_and_others_a_kind_busy_reply_at_once():
    channel = CareNavigatorRestInput(concurrent_messages=2, max_in_flight=4, queue_seconds=30)
    late, handled = saturated(
        channel,
        [("real", "I want to kill myself"), ("other", "hello")],
        hold=[(f"s{n}", "No") for n in range(4)],
    )
    (crisis_status, crisis), (busy_status, busy) = late
    assert crisis_status == busy_status == 200
    assert crisis == [{"recipient_id": "real", "text": CRISIS_REPLY}]
    assert "answering a lot of people" in busy[0]["text"] and "988" in busy[0]["text"]
    assert handled == ["No", "No"]  # two places, two waiting, and the late ones turned away


def test_a_flood_of_crisis_looking_messages_cannot_hold_a_real_crisis_up():
    channel = CareNavigatorRestInput(urgent_messages=3, urgent_per_second=100, max_in_flight=100)
    flood = [(f"flood{n}", "I want to kill myself") for n in range(3)]
    late, handled = saturated(channel, [("real", "I don't want to be alive anymore")], hold=flood)
    assert late == [(200, [{"recipient_id": "real", "text": CRISIS_REPLY}])]
    assert handled == ["I want to kill myself"] * 3


def test_crisis_looking_messages_reach_rasa_no_faster_than_the_urgent_rate():
    from bot.admission import Gate

    class Clock:
        now = 0.0

        def __call__(self):
            return self.now

    clock = Clock()
    channel = CareNavigatorRestInput()
    channel.gate = Gate(urgent_places=2, urgent_per_second=1, clock=clock)
    crisis = [(f"s{n}", "I want to kill myself") for n in range(3)]
    replies, handled = send(channel, *crisis)
    assert len(handled) == 2  # the two places' worth at once; the third the static reply, the same text
    assert [r[1] for r in replies[2:]] == [[{"recipient_id": "s2", "text": CRISIS_REPLY}]]
    clock.now = 1.0
    assert len(send(channel, *crisis)[1]) == 1  # one more a second


def test_a_check_ins_yes_past_the_urgent_rate_waits_its_turn_rather_than_getting_the_busy_reply():
    from bot.admission import Gate

    channel = CareNavigatorRestInput()
    channel.gate = Gate(urgent_places=1, urgent_per_second=0.001)
    replies, handled = send(channel, ("s0", "I want to kill myself"), ("s1", "/confirm_risk"))
    assert [m.sender_id for m in handled] == ["s0", "s1"]  # both reached Rasa
    assert replies[1][1] == [{"text": "ok"}]


def test_one_client_rotating_sender_ids_is_limited():
    channel = CareNavigatorRestInput(max_messages=20, client_max_messages=5)
    replies, handled = send(channel, *[(f"sender{n}", "hello") for n in range(6)])
    assert len(handled) == 5
    assert "faster than I can answer" in replies[-1][1][0]["text"] and "911" in replies[-1][1][0]["text"]
    other, _ = send(channel, ("sender99", "hello"), ip="198.51.100.2")
    assert other[0][1] == [{"text": "ok"}]


def test_one_sender_is_limited_from_any_number_of_addresses():
    channel = CareNavigatorRestInput(max_messages=3, client_max_messages=100)
    replies = [send(channel, ("same", "hello"), ip=f"203.0.113.{n}")[0][0][1][0]["text"] for n in range(4)]
    assert replies[:3] == ["ok"] * 3 and "faster than I can answer" in replies[3]


def test_over_the_limit_a_crisis_message_still_gets_the_crisis_reply():
    channel = CareNavigatorRestInput(max_messages=1)
    replies, handled = send(channel, ("a", "hello"), ("a", "I want to kill myself"))
    assert replies[1][1] == [{"recipient_id": "a", "text": CRISIS_REPLY}]
    assert len(handled) == 1


@pytest.mark.parametrize("trusted, limited", [(None, True), (["10.0.0.0/8"], False)])
def test_forwarded_for_counts_only_behind_a_trusted_proxy(trusted, limited):
    channel = CareNavigatorRestInput(client_max_messages=2, trusted_proxies=trusted)
    replies, _ = send(
        channel, *[(f"s{n}", "hello") for n in range(3)], ip="10.0.0.7", x_forwarded_for="203.0.113.50"
    )  # the same client behind the proxy each time...
    assert ("faster" in replies[-1][1][0]["text"]) is True
    rotating = [
        send(channel, (f"t{n}", "hello"), ip="10.0.0.7", x_forwarded_for=f"203.0.113.{n}")[0][0]
        for n in range(3)
    ]  # ...and a different client each time
    assert ("faster" in rotating[-1][1][0]["text"]) is limited


def test_a_client_cannot_pick_its_own_address_behind_the_proxy():
    channel = CareNavigatorRestInput(client_max_messages=2, trusted_proxies=["10.0.0.0/8"])
    replies = [
        send(channel, (f"s{n}", "hello"), ip="10.0.0.7", x_forwarded_for=f"192.0.2.{n}, 203.0.113.50")[0][0][
            1
        ][0]["text"]
        for n in range(3)
    ]
    assert "faster" in replies[-1]  # the proxy appended 203.0.113.50; what the client wrote does not count


@pytest.mark.parametrize(
    "text, rasa_text",
    [
        ("/greet", "/greet"),
        ("/request_second_opinion", "/request_second_opinion"),
        ('/greet{"n":"Jane Doe"}', 'greet{"n":"Jane Doe"}'),
        ("/jane_doe_1980", "jane_doe_1980"),
        ("/greet@0.9", "greet@0.9"),
        ("//greet extra words", "greet extra words"),
        ("/ my name is Jane", "my name is Jane"),
        ("a/b", "a/b"),
    ],
)
def test_only_a_domain_intent_alone_reaches_rasa_as_a_payload(text, rasa_text):
    _, handled = send(CareNavigatorRestInput(), ("a", text))
    assert handled[0].text == rasa_text


def _action_payloads():
    """Every "/..." payload string written in the actions (buttons the action server sends)."""
    for path in sorted((ROOT / "actions").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("/"):
                yield node.value


BUTTON_PAYLOADS = sorted(
    {
        b["payload"]
        for variations in load_domain()["responses"].values()
        for v in variations
        for b in v.get("buttons", [])
        if b["payload"].startswith("/")
    }
    | {b["payload"] for b in MENU_BUTTONS}
    | set(_action_payloads())
)


def test_the_button_payloads_are_found():
    assert {"/confirm_risk", "/deny_risk", "/resume_pathway", "/end_care", "/talk_to_person"} <= set(
        BUTTON_PAYLOADS
    )


@pytest.mark.parametrize("payload", BUTTON_PAYLOADS)
def test_every_button_payload_the_bot_sends_reaches_rasa_as_a_payload(payload):
    """The chat page sends a button's payload when it is clicked: each must stay a payload."""
    _, handled = send(CareNavigatorRestInput(), ("a", payload))
    assert handled[0].text == payload


@pytest.mark.parametrize(
    "payload, response",
    [
        ("/express_crisis", "utter_crisis"),
        ("/express_crisis_other", "utter_crisis_other"),
        ("/report_emergency", "utter_emergency"),
        ("/report_overdose", "utter_overdose"),
    ],
)
def test_a_safety_buttons_payload_gets_its_safety_reply_when_the_server_is_saturated(payload, response):
    """The safety net reads payloads too: a click on a check-in's crisis button is urgent, like the words."""
    channel = CareNavigatorRestInput(concurrent_messages=1, max_in_flight=2, queue_seconds=30)
    late, _ = saturated(channel, [("real", payload)], hold=[("s0", "No"), ("s1", "No")])
    assert late == [(200, [{"recipient_id": "real", "text": response_text(response, "us")}])]


def test_yes_to_a_check_in_does_not_wait_behind_other_messages():
    async def main():
        release, handled = asyncio.Event(), []

        async def rasa(message):
            handled.append(message.text)
            if message.text == "No":
                await release.wait()
            message.output_channel.messages.append({"text": "ok"})

        post = webhook(CareNavigatorRestInput(concurrent_messages=1), rasa)
        slow = asyncio.ensure_future(post("a", "No"))
        await asyncio.sleep(0.01)
        yes = await asyncio.wait_for(post("b", "/confirm_risk"), timeout=5)  # while the only place is held
        release.set()
        await slow
        return handled, yes

    handled, yes = asyncio.run(main())
    assert handled == ["No", "/confirm_risk"] and yes == (200, [{"text": "ok"}])


def test_an_intent_name_in_a_payload_is_not_read_as_words():
    """ "/hint_self_harm" reads as "hint self harm" to the keyword rules; as a payload it is the intent."""
    channel = CareNavigatorRestInput(concurrent_messages=1, max_in_flight=2, queue_seconds=30)
    late, _ = saturated(channel, [("real", "/hint_self_harm")], hold=[("s0", "No"), ("s1", "No")])
    assert "answering a lot of people" in late[0][1][0]["text"]


def test_a_payload_carrying_a_crisis_gets_the_crisis_reply_path():
    _, handled = send(
        CareNavigatorRestInput(concurrent_messages=1), ("a", '/greet{"x":"I want to kill myself"}')
    )
    assert handled[0].text == 'greet{"x":"I want to kill myself"}'  # words: the safety net reads them


def test_metadata_is_dropped_before_rasa():
    body = json.dumps({"sender": "a", "message": "hi", "metadata": {"k" * 50: "v" * 1000}}).encode()
    _, handled = send(CareNavigatorRestInput(), ("a", None), body=body)
    assert handled[0].metadata is None


def test_a_message_over_the_limit_is_refused_kindly_and_never_reaches_rasa():
    replies, handled = send(
        CareNavigatorRestInput(), ("a", "word " * 500), ("b", "word " * 500 + "I want to die")
    )
    assert handled == []
    assert "only read 2,000 characters" in replies[0][1][0]["text"] and "988" in replies[0][1][0]["text"]
    assert replies[1][1] == [{"recipient_id": "b", "text": CRISIS_REPLY}]  # read to the end first


@pytest.mark.parametrize(
    "headers, status",
    [
        ({"content_type": "text/plain"}, 415),
        ({"content_type": "application/x-www-form-urlencoded"}, 415),
        ({"origin": "https://evil.example"}, 403),
        ({"origin": "null"}, 403),
        ({"origin": "https://example.org.evil.example"}, 403),
        ({"origin": f"https://{HOST}"}, 200),  # the chat page, served by this server
        ({"origin": "https://example.org"}, 200),  # clinic.yml's embed_on
        ({"content_type": "application/json; charset=utf-8"}, 200),
    ],
)
def test_only_json_from_the_clinics_own_pages_is_served(headers, status):
    replies, handled = send(CareNavigatorRestInput(), ("a", "hello"), **headers)
    assert replies[0][0] == status
    assert len(handled) == (status == 200)


@pytest.mark.parametrize(
    "body, status",
    [
        (b'{"sender": "a", "message": "hi", "x": "' + b"x" * 70_000 + b'"}', 413),
        (b"[" * 30_000 + b"]" * 30_000, 400),
        (b'{"sender": "a", "message": "hi", "metadata": ' + b'{"a": ' * 5000 + b"1" + b"}" * 5001, 400),
        (b'{"sender": "a", "message": "hi", "m": [[[[1]]]]}', 400),
    ],
)
def test_big_and_deep_bodies_are_refused(body, status):
    replies, handled = send(CareNavigatorRestInput(), ("a", None), body=body)
    assert replies[0][0] == status and "error" in replies[0][1]
    assert handled == []
