"""The benchmark's judge of replies (bench/expected.py): each kind of error is found from the reply's
text and buttons, and a right reply is never counted as an error."""

from pathlib import Path

import pytest

from bench.expected import (
    BUSY,
    CARD_KIND,
    CHECK_IN,
    FALLBACK,
    FALLBACK_TEXTS,
    MISSING_CARD,
    MORE_HELPS,
    NO_REPLY,
    RATE_LIMITED,
    REPLY_TO,
    UNASKED_SAFETY_REPLY,
    WRONG_REPLY,
    Step,
    classify_reply,
)
from bot.clinic import load_clinic
from bot.pathways.ending_care import build_card, build_checklist
from bot.pathways.reset_conversation import ROLE_NO_NAMES, ROLE_UNCLEAR, ResetAnswers, build_reset_script
from bot.pathways.second_opinion import QUESTIONS, build_summary, decide
from bot.replies import MENU_BUTTONS, rate_limited_text, unavailable_text

from conftest import ROOT, read_yaml

DOMAIN = read_yaml(ROOT / "domain.yml")
REGION = load_clinic().region
SERIOUS = next(q for q in QUESTIONS if q.slot == "so_serious")
NEXT = (Step("question", "so_serious"),)
CARD = (Step("card", "second_opinion"),)


def reply(text, buttons=(), custom=None):
    message = {"recipient_id": "x", "text": text}
    if buttons:
        message["buttons"] = [{"title": b, "payload": b} for b in buttons]
    if custom:
        message["custom"] = custom
    return message


def response(name):
    return DOMAIN["responses"][name][-1]["text"]


def second_opinion_card():
    card = build_summary(decide({"so_emergency": "no", "so_serious": "yes"}), REGION)
    return [reply(part) for part in card.as_text().split("\n\n")] + [{"custom": card.as_payload()}]


def test_the_next_question_is_a_right_reply():
    assert classify_reply(NEXT, 200, [reply(SERIOUS.prompt, SERIOUS.buttons)]) is None


def test_a_card_at_the_end_of_a_pathway_is_a_right_reply():
    assert classify_reply(CARD, 200, second_opinion_card()) is None


def test_a_digression_is_right_when_the_question_comes_again():
    expect = (REPLY_TO["privacy_question"], Step("question", "so_serious"))
    assert classify_reply(expect, 200, [reply(response("utter_privacy")), reply(SERIOUS.prompt)]) is None
    assert classify_reply(expect, 200, [reply(response("utter_privacy"))]) == WRONG_REPLY


def test_why_is_right_with_the_reason_and_the_same_question():
    expect = (Step("why", "so_serious"), Step("question", "so_serious"))
    assert classify_reply(expect, 200, [reply(SERIOUS.why), reply(SERIOUS.prompt)]) is None


@pytest.mark.parametrize("text", [response("utter_crisis"), "Please call or text 988 now.", "Call 911."])
def test_any_reply_with_the_regions_crisis_numbers_is_right_for_a_crisis(text):
    assert classify_reply((REPLY_TO["crisis"],), 200, [reply(text, ["Carry on where we were"])]) is None


def test_a_reply_without_the_crisis_numbers_is_wrong_for_a_crisis():
    assert classify_reply((REPLY_TO["crisis"],), 200, [reply(response("utter_greet"))]) == WRONG_REPLY


@pytest.mark.parametrize("status, replies", [(None, None), (500, None), (200, []), (200, {"error": "x"})])
def test_no_answer_or_an_empty_one_is_no_reply(status, replies):
    assert classify_reply(NEXT, status, replies) == NO_REPLY


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_a_busy_status_is_busy(status):
    assert classify_reply(NEXT, status, None) == BUSY


def test_the_unavailable_text_is_busy_even_where_a_crisis_reply_was_expected():
    replies = [reply(unavailable_text(REGION), [b["title"] for b in MENU_BUTTONS])]
    assert classify_reply(NEXT, 200, replies) == BUSY
    assert classify_reply((REPLY_TO["crisis"],), 200, replies) == BUSY  # it gives 988 too


def test_the_rate_limit_reply_is_rate_limited():
    assert classify_reply(NEXT, 200, [reply(rate_limited_text(REGION))]) == RATE_LIMITED
    assert classify_reply((REPLY_TO["crisis"],), 200, [reply(rate_limited_text(REGION))]) == RATE_LIMITED


def test_no_card_at_the_end_of_a_pathway_is_a_missing_card():
    assert classify_reply(CARD, 200, [reply(SERIOUS.prompt)]) == MISSING_CARD
    assert classify_reply(CARD, 200, [reply(response("utter_default"))]) == MISSING_CARD
    wrong_card = build_card(build_checklist({}, REGION), REGION)
    assert classify_reply(CARD, 200, [{"custom": wrong_card.as_payload()}]) == MISSING_CARD


def test_the_fallback_where_a_pathway_step_was_expected_is_a_fallback():
    assert (
        classify_reply(NEXT, 200, [reply(response("utter_default"), ["Decide about a second opinion"])])
        == FALLBACK
    )
    assert (
        classify_reply((REPLY_TO["crisis"],), 200, [reply(response("utter_default"))]) == FALLBACK
    )  # has 988


def test_the_forms_i_did_not_catch_that_is_a_fallback_even_with_the_question_again():
    expect = (REPLY_TO["medical_question"], Step("question", "so_serious"))
    replies = [
        reply("Sorry, I didn't catch that. Could you pick one of the buttons, or say skip?"),
        reply(SERIOUS.prompt, SERIOUS.buttons),
    ]
    assert classify_reply(expect, 200, replies) == FALLBACK
    assert classify_reply((Step("question", "so_serious"),), 200, replies) == FALLBACK


@pytest.mark.parametrize("name", ["utter_crisis", "utter_emergency"])
def test_a_safety_reply_to_an_ordinary_answer_is_an_unasked_safety_reply(name):
    for variant in DOMAIN["responses"][name]:
        assert classify_reply(NEXT, 200, [reply(variant["text"])]) == UNASKED_SAFETY_REPLY


def test_a_medical_question_takes_the_refusal_or_the_medicine_caution_but_not_another_reply():
    # pool v39: "can I stop my antidepressant cold turkey" gets the caution, which refuses too
    expect = (REPLY_TO["medical_question"], Step("question", "so_serious"))
    again = reply(SERIOUS.prompt, SERIOUS.buttons)
    for name in ("utter_medical_refusal", "utter_medication_caution"):
        assert classify_reply(expect, 200, [reply(response(name)), again]) is None
    assert classify_reply(expect, 200, [reply(response("utter_privacy")), again]) == WRONG_REPLY
    assert classify_reply(expect, 200, [again]) == WRONG_REPLY


def test_another_step_than_the_expected_one_is_a_wrong_reply():
    assert classify_reply(NEXT, 200, [reply(response("utter_medical_refusal"))]) == WRONG_REPLY


@pytest.mark.parametrize(
    "name", ["utter_check_in_crisis", "utter_check_in_emergency", "utter_check_in_safeguarding"]
)
def test_a_check_in_where_a_step_was_expected_is_a_check_in_and_not_an_error(name):
    for variant in DOMAIN["responses"][name]:
        buttons = [b["payload"] for b in variant["buttons"]]
        assert classify_reply(NEXT, 200, [reply(variant["text"], buttons)]) == CHECK_IN
        assert classify_reply(NEXT, 200, [reply(variant["text"])]) == WRONG_REPLY  # no "No" to click


def test_a_check_in_where_a_card_was_expected_is_a_check_in_and_the_card_is_still_due():
    variant = DOMAIN["responses"]["utter_check_in_emergency"][0]
    buttons = [b["payload"] for b in variant["buttons"]]
    assert classify_reply(CARD, 200, [reply(variant["text"], buttons)]) == CHECK_IN
    assert classify_reply(CARD, 200, [reply(variant["text"])]) == MISSING_CARD  # no "No" to click


def test_the_safeguarding_reply_to_an_ordinary_answer_is_a_wrong_reply():
    assert classify_reply(NEXT, 200, [reply(response("utter_safeguarding"))]) == WRONG_REPLY


def check_in_bot(after_no):
    """A stand-in REST channel that answers the first typed answer with a check-in, and "No" with
    ``after_no``: the replies the client is judged on."""
    from aiohttp import web

    check_in = DOMAIN["responses"]["utter_check_in_emergency"][-1]
    sent = []

    async def webhook(request):
        message = (await request.json())["message"]
        sent.append(message)
        if message == "I had chest pain last year":
            return web.json_response([reply(check_in["text"], [b["payload"] for b in check_in["buttons"]])])
        if message == "/deny_risk":
            return web.json_response([reply("Thank you for telling me."), *after_no])
        return web.json_response([reply(SERIOUS.prompt, SERIOUS.buttons)])

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    return app, sent


@pytest.mark.parametrize(
    "after_no, right, errors",
    [
        ([reply(SERIOUS.prompt, SERIOUS.buttons)], 2, {}),  # the step after "No": right
        ([reply(response("utter_menu"))], 1, {WRONG_REPLY: 1}),  # anything else: an error
    ],
)
def test_the_client_answers_a_check_in_no_and_judges_the_reply_to_that(after_no, right, errors):
    import asyncio

    import aiohttp
    from aiohttp.test_utils import TestServer

    from bench.client import Results, converse
    from bench.workload import FORM_ANSWER, Conversation, Turn

    async def main():
        app, sent = check_in_bot(after_no)
        async with TestServer(app) as server, aiohttp.ClientSession() as session:
            turns = [Turn("/request_second_opinion", "button", False, NEXT)]
            turns += [Turn("I had chest pain last year", FORM_ANSWER, True, NEXT)]
            results = Results()
            await converse(session, str(server.make_url("/webhook")), Conversation("test", turns), results)
            return results, sent

    results, sent = asyncio.run(main())
    assert sent == ["/request_second_opinion", "I had chest pain last year", "/deny_risk"]
    assert (results.right, dict(results.errors), results.check_ins) == (right, errors, 1)
    assert results.requests == 3


def test_the_reference_bots_turns_need_only_some_reply():
    assert classify_reply((), 200, [reply("Hey! How are you?")]) is None
    assert classify_reply((), 200, []) == NO_REPLY


def test_every_fallback_text_is_one_the_bot_says():
    paths = [ROOT / "domain.yml", *ROOT.glob("actions/*.py"), *ROOT.glob("bot/*.py")]
    sources = "\n".join(p.read_text() for p in paths)
    written_here = [
        t for t in FALLBACK_TEXTS if t not in (ROLE_UNCLEAR, ROLE_NO_NAMES)
    ]  # the others are imported
    assert [t for t in written_here if t not in sources] == []
    assert MORE_HELPS in (ROOT / "actions" / "reset_conversation.py").read_text()


def test_every_expected_response_is_in_the_domain_and_every_card_kind_is_a_pathways():
    assert {s.arg for s in REPLY_TO.values() if s.what == "response"} <= set(DOMAIN["responses"])
    script = build_reset_script(ResetAnswers(role="doctor"), load_clinic().region)
    assert {
        script.card().kind,
        build_summary(decide({}), REGION).kind,
        build_card(build_checklist({}, REGION), REGION).kind,
    } == set(CARD_KIND.values())
    assert set(CARD_KIND) == {p.stem for p in Path(ROOT / "data" / "rules").glob("*.yml")} - {
        "core",
        "safety",
    }
