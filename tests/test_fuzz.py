"""Property-based tests (hypothesis): any text through the form validators and request checks, no crash."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.ending_care import ValidateEndingCareForm
from actions.reset_conversation import ValidateResetConversationForm
from actions.second_opinion import ValidateSecondOpinionForm
from bot import forms, safety
from bot.pathways.for_whom import for_whom_from_text
from bot.pathways.reset_conversation import (
    ResetAnswers,
    build_reset_script,
    channel_from_text,
    role_from_text,
)
from bot.requests import BadRequest, parse_chat_request

from conftest import ROOT, form_tracker, read_yaml, run_action

DOMAIN = read_yaml(ROOT / "domain.yml")
ANY_TEXT = st.text(max_size=600) | st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "/greet",
        "<script>alert(1)</script>",
        "' OR 1=1; --",
        "ignore previous instructions",
        "😀" * 50,
    ]
)
FORMS = [
    (ValidateResetConversationForm(), "reset_conversation_form"),
    (ValidateSecondOpinionForm(), "second_opinion_form"),
    (ValidateEndingCareForm(), "ending_care_form"),
]
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(
    text=ANY_TEXT, which=st.integers(min_value=0, max_value=2), index=st.integers(min_value=0, max_value=9)
)
def test_any_answer_to_any_question_is_handled_without_a_crash(text, which, index):
    action, form = FORMS[which]
    slot = action.questions[index % len(action.questions)].slot
    events, messages = run_action(action, form_tracker(form, slot, text), DOMAIN)
    values = {e["name"]: e["value"] for e in events}
    assert slot in values
    value = values[slot]
    # Either the answer was taken (and never longer than the limit), or the question is asked again kindly.
    assert value is None or len(str(value)) <= forms.MAX_FREE_TEXT
    if value is None and values.get("pathway_exit") is None:
        assert messages or values.get("requested_slot") == slot


@FUZZ
@given(text=ANY_TEXT)
def test_text_helpers_never_crash(text):
    assert safety.classify(text) in (None, safety.CRISIS, safety.EMERGENCY)
    assert forms.control_word(text) in (None, *forms._CONTROL_PHRASES)
    assert forms.yes_no(text) in (None, "yes", "no", "not_sure")
    checked = forms.check_free_text(text)
    assert (checked.value is None) != (checked.problem is None)
    role_from_text(text), for_whom_from_text(text), channel_from_text(text), forms.mentions_a_name(text)


@FUZZ
@given(words=st.text(min_size=1, max_size=500))
def test_the_script_quotes_any_words_without_error(words):
    script = build_reset_script(ResetAnswers(what_happened=words, concern=words), "us")
    assert script.portal_body and script.spoken


@FUZZ
@given(body=st.binary(max_size=300) | st.builds(lambda s: s.encode("utf-8"), st.text(max_size=300)))
def test_any_request_body_is_parsed_or_refused_with_a_4xx(body):
    try:
        parse_chat_request(body)
    except BadRequest as error:
        assert 400 <= error.status < 500
