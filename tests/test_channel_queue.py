"""The REST channel's queue: a few messages at a time, the rest in arrival order, a crisis first."""

import asyncio
import json
from types import SimpleNamespace

from bot.rasa_addons.channel import CareNavigatorRestInput


def webhook(channel, on_new_message):
    """The channel's POST handler, called as Sanic would call it."""
    blueprint = channel.blueprint(on_new_message)
    handler = next(route.handler for route in blueprint._future_routes if route.uri == "/webhook")

    async def post(sender, text):
        reply = await handler(SimpleNamespace(body=json.dumps({"sender": sender, "message": text}).encode()))
        return json.loads(reply.body)

    return post


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
        post = webhook(CareNavigatorRestInput(max_messages=100, concurrent_messages=2), rasa)
        return await asyncio.gather(*(post(f"p{n}", "No") for n in range(8)))

    replies = asyncio.run(main())
    assert most[0] == 2
    assert started == [f"p{n}" for n in range(8)]
    assert [r[0]["text"] for r in replies] == [f"reply to p{n}" for n in range(8)]


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
        reply = await asyncio.wait_for(post("b", "Yes"), timeout=5)
        stuck.set()
        await hung
        return handled, reply

    handled, reply = asyncio.run(main())
    assert handled == ["No", "Yes"] and reply[0]["text"] == "ok"
