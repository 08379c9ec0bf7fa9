"""The reset-conversation actions, with a Tracker and a CollectingDispatcher: no server, no model."""

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import Restarted, SlotSet

from actions.reset_conversation import ActionSubmitResetForm, ValidateResetConversationForm
from bot.pathways.reset_conversation import QUESTIONS

from conftest import form_tracker, run_action, user_event

FORM = "reset_conversation_form"
ROLE_PROMPT = next(q.prompt for q in QUESTIONS if q.slot == "reset_role")
DONE_BEFORE_HELPS = {
    "reset_for_whom": "self",
    "reset_role": "doctor",
    "reset_what_happened": "The doctor said the scan was fine.",
    "reset_concern": "that something was missed",
}


def validate(requested, text, domain, slots=None, **kwargs):
    events, messages = run_action(
        ValidateResetConversationForm(), form_tracker(FORM, requested, text, slots, **kwargs), domain
    )
    return {e["name"]: e["value"] for e in events if e["name"] != "analytics_token"}, messages


def test_a_button_answer_is_stored_as_a_code_and_the_next_question_is_asked(domain_dict):
    slots, messages = validate("reset_for_whom", "For my parent", domain_dict)
    assert slots == {"reset_for_whom": "parent", "requested_slot": "reset_role"}
    assert [m["text"] for m in messages] == [ROLE_PROMPT]  # one call to the action server answers and asks


def test_own_words_are_kept_exactly(domain_dict):
    text = "She said it's 'nothing' but I'm still in pain"
    slots, _ = validate(
        "reset_what_happened", text, domain_dict, {"reset_for_whom": "self", "reset_role": "doctor"}
    )
    assert slots["reset_what_happened"] == text
    assert slots["requested_slot"] == "reset_concern"


@pytest.mark.parametrize("text", ["", "   ", "x" * 501])
def test_empty_or_too_long_words_get_a_kind_request_and_the_question_again(domain_dict, text):
    slots, messages = validate(
        "reset_concern", text, domain_dict, DONE_BEFORE_HELPS | {"reset_concern": None}
    )
    assert slots["reset_concern"] is None
    assert slots["requested_slot"] == "reset_concern"
    assert messages[0]["text"].startswith(("I didn't catch", "Thank you for sharing"))
    assert messages[1]["text"] == next(q.prompt for q in QUESTIONS if q.slot == "reset_concern")


@pytest.mark.parametrize(
    "text, code", [("skip", "skip"), ("Not sure", "not_sure"), ("I don't know", "not_sure")]
)
def test_every_question_can_be_skipped_or_answered_not_sure(domain_dict, text, code):
    slots, _ = validate(
        "reset_what_happened", text, domain_dict, {"reset_for_whom": "self", "reset_role": "doctor"}
    )
    assert slots["reset_what_happened"] == code
    assert slots["requested_slot"] == "reset_concern"


def test_why_gets_a_reason_and_the_same_question_again(domain_dict):
    slots, messages = validate("reset_role", "why do you ask?", domain_dict, {"reset_for_whom": "self"})
    assert slots == {"reset_role": None, "requested_slot": "reset_role"}
    assert "role" in messages[0]["text"]
    assert messages[1]["text"] == ROLE_PROMPT


@pytest.mark.parametrize("word", ["stop", "start over"])
def test_stop_and_start_over_end_the_form(domain_dict, word):
    slots, messages = validate("reset_role", word, domain_dict, {"reset_for_whom": "self"})
    assert slots["pathway_exit"] == word.replace(" ", "_")
    assert slots["requested_slot"] is None  # the form ends; the submit action takes over
    assert messages == []  # and asks nothing more


def test_a_patient_sentence_with_stop_in_it_is_an_answer_not_a_stop(domain_dict):
    text = "I want to stop feeling ignored"
    slots, _ = validate("reset_concern", text, domain_dict, DONE_BEFORE_HELPS | {"reset_concern": None})
    assert slots["reset_concern"] == text
    assert "pathway_exit" not in slots


def test_a_short_privacy_question_is_answered_and_the_question_asked_again(domain_dict):
    slots, messages = validate(
        "reset_role",
        "do you store my data?",
        domain_dict,
        {"reset_for_whom": "self"},
        intent="ask_privacy",
        confidence=0.98,
    )
    assert slots["reset_role"] is None and slots["requested_slot"] == "reset_role"
    assert messages[0]["response"] == "utter_privacy"
    assert messages[1]["text"] == ROLE_PROMPT


@pytest.mark.parametrize(
    "slot, text, intent, response",
    [
        ("reset_concern", "who can see these answers", "ask_privacy", "utter_privacy"),
        ("reset_what_happened", "r u a person", "ask_if_bot", "utter_i_am_a_bot"),
        ("reset_role", "am I talking to a real person", "ask_if_bot", "utter_i_am_a_bot"),
        ("reset_what_happened", "you're a bot right", "ask_if_bot", "utter_i_am_a_bot"),  # a tag, pool v11
        ("reset_concern", "this stays private yeah", "ask_privacy", "utter_privacy"),
        ("reset_role", "you're not real are you", "ask_if_bot", "utter_i_am_a_bot"),  # tags, pool v14
        ("reset_what_happened", "you're keeping all this are you", "ask_privacy", "utter_privacy"),
        # pool v31: a first clause put as a question, a worry after it
        ("reset_concern", "my information is private? i worry", "ask_privacy", "utter_privacy"),
        # pools v35 and v36: the closed list's questions to the bot in other languages, with no question mark
        ("reset_what_happened", "bist du ein Bot", "ask_if_bot", "utter_i_am_a_bot"),
        ("reset_concern", "wordt dit opgeslagen", "ask_privacy", "utter_privacy"),
        ("reset_what_happened", "Was kannst du", "ask_help", "utter_help"),
        # pool v37: what the bot is for, without a question mark
        ("reset_role", "What's Care Navigator for", "ask_help", "utter_help"),
        ("reset_concern", "whats this chat for", "ask_help", "utter_help"),
        # pool v39: asked of the bot's own policy, after a word about the patient
        (
            "reset_what_happened",
            "I'm an accountant, what's your data retention policy",
            "ask_privacy",
            "utter_privacy",
        ),
        # pool v41: asked without its verb
        ("reset_role", "You human or computer", "ask_if_bot", "utter_i_am_a_bot"),
    ],
)
def test_a_short_question_about_the_bot_is_a_digression_even_when_the_model_is_less_sure(
    domain_dict, slot, text, intent, response
):
    before = {"reset_for_whom": "self"} if slot == "reset_role" else DONE_BEFORE_HELPS | {slot: None}
    slots, messages = validate(slot, text, domain_dict, before, intent=intent, confidence=0.66)
    assert slots[slot] is None and slots["requested_slot"] == slot
    assert messages[0]["response"] == response


@pytest.mark.parametrize(
    "text",
    [
        "you really hurt me when you rushed me",
        "you real doctors never listen to women",
        "you both ignored me",
        "the doctor just said: you human or not",  # found in a fifth review: quoted, not asked of the bot
        "you human or a monster, you hurt me",
    ],
)
def test_words_to_a_clinician_that_open_like_a_question_to_the_bot_are_the_patients_answer(domain_dict, text):
    # found in review of pool v41's fixes: "you real", "you bot" as openers caught "you really", "you both"
    slots, _ = validate(
        "reset_what_happened",
        text,
        domain_dict,
        DONE_BEFORE_HELPS | {"reset_what_happened": None},
        intent="ask_if_bot",
        confidence=0.66,
    )
    assert slots["reset_what_happened"] == text


@pytest.mark.parametrize(
    "text, confidence, asked_again",
    [
        ("I want my information erased", 0.9, True),  # pool v21
        ("please delete what I've typed", 0.9, True),
        # a request, but not to wipe what was typed: the patient's own words
        ("I want my records sent to the new practice", 0.9, False),
        ("she should just forget it happened", 0.9, False),
        # found in review: the patient's story, not a request
        ("My doctor always forgets what I told her last time", 0.9, False),
        ("The surgery deleted my information from their system", 0.9, False),
        ("wipe the slate clean with her", 0.9, False),
        # pool v31: a privacy question in the first clause, a worry after it
        ("is this saved? it worries me", 0.66, True),
        # found in review: a first clause put as a question needs a privacy word (and medical records are
        # the patient's story)
        ("my husband? he came with me", 0.66, False),
        ("my records? she never read them", 0.66, False),
    ],
)
def test_a_privacy_request_or_question_is_answered_even_unasked_and_a_story_is_kept(
    domain_dict, text, confidence, asked_again
):
    before = DONE_BEFORE_HELPS | {"reset_concern": None}
    slots, messages = validate(
        "reset_concern", text, domain_dict, before, intent="ask_privacy", confidence=confidence
    )
    if asked_again:
        assert slots["reset_concern"] is None and messages[0]["response"] == "utter_privacy"
    else:
        assert slots["reset_concern"] == text


@pytest.mark.parametrize("confidence, asked_again", [(0.52, True), (0.45, False)])
def test_a_short_question_about_the_bot_needs_the_buttons_bar_of_certainty(
    domain_dict, confidence, asked_again
):
    before = DONE_BEFORE_HELPS | {"reset_what_happened": None}
    text = "does the clinic get a copy"
    slots, messages = validate(
        "reset_what_happened", text, domain_dict, before, intent="ask_privacy", confidence=confidence
    )
    if asked_again:
        assert slots["reset_what_happened"] is None and messages[0]["response"] == "utter_privacy"
    else:
        assert slots["reset_what_happened"] == text  # an unsure reading of own words stays the answer


@pytest.mark.parametrize(
    "text",
    [
        "the receptionist never tells me who can see my notes",
        "my notes got shared right",
        "it's my fault is it",  # found in review: not a question to the bot
        "what's your problem, she yelled, and slammed the door",  # found in review: a clinician quoted
    ],
)
def test_a_less_sure_reading_of_words_not_put_as_a_question_is_still_the_answer(domain_dict, text):
    slots, _ = validate(
        "reset_what_happened",
        text,
        domain_dict,
        DONE_BEFORE_HELPS | {"reset_what_happened": None},
        intent="ask_privacy",
        confidence=0.7,
    )
    assert slots["reset_what_happened"] == text


def test_a_skip_in_words_is_a_skip_but_a_wish_in_own_words_is_the_answer(domain_dict):
    before = DONE_BEFORE_HELPS | {"reset_concern": None}
    skipped, _ = validate("reset_concern", "rather not get into that", domain_dict, before)
    assert skipped["reset_concern"] == "skip"
    kept, _ = validate("reset_concern", "I want to move on", domain_dict, before)
    assert kept["reset_concern"] == "I want to move on"


def test_a_name_is_refused_for_the_role(domain_dict):
    slots, messages = validate("reset_role", "Dr. Patel", domain_dict, {"reset_for_whom": "self"})
    assert slots["reset_role"] is None
    assert "not their name" in messages[0]["text"]


@pytest.mark.parametrize("text", ["the doctor I've had for years", "the doctor Ive had for years"])
def test_the_pronoun_i_after_a_role_is_not_a_name(domain_dict, text):  # pool v15
    slots, _ = validate("reset_role", text, domain_dict, {"reset_for_whom": "self"})
    assert slots["reset_role"] == "doctor"


def test_heated_words_add_the_heat_check_question(domain_dict):
    before = DONE_BEFORE_HELPS | {"reset_concern": None}
    slots, _ = validate("reset_concern", "you never listen, you're useless", domain_dict, before)
    assert slots["requested_slot"] == "reset_heat_choice"


def test_calm_words_skip_the_heat_check(domain_dict):
    slots, _ = validate(
        "reset_concern",
        "that the pain is getting worse",
        domain_dict,
        DONE_BEFORE_HELPS | {"reset_concern": None},
    )
    assert slots["requested_slot"] == "reset_helps"


def test_choosing_to_rephrase_asks_again_only_for_the_heated_answer(domain_dict):
    heated = DONE_BEFORE_HELPS | {"reset_concern": "they never call back"}
    slots, messages = validate("reset_heat_choice", "Rephrase it", domain_dict, heated)
    assert slots == {
        "reset_heat_choice": "rephrased",
        "reset_concern": None,
        "requested_slot": "reset_concern",
    }
    assert messages[0]["text"].startswith("In calmer words")


def test_keeping_the_words_moves_on(domain_dict):
    heated = DONE_BEFORE_HELPS | {"reset_concern": "they never call back"}
    slots, _ = validate("reset_heat_choice", "Keep my words", domain_dict, heated)
    assert slots["reset_heat_choice"] == "kept" and slots["requested_slot"] == "reset_helps"


def test_the_heat_check_question_shows_the_words_and_a_calmer_way(domain_dict):
    _, messages = validate(
        "reset_concern", "you never listen", domain_dict, DONE_BEFORE_HELPS | {"reset_concern": None}
    )
    assert '"never"' in messages[0]["text"] and "calmer way" in messages[0]["text"]
    assert [b["title"] for b in messages[1]["buttons"]] == ["Rephrase it", "Keep my words"]


def test_several_wishes_can_be_picked_one_after_another(domain_dict):
    slots, messages = validate("reset_helps", "More time for questions", domain_dict, DONE_BEFORE_HELPS)
    assert slots["reset_helps"] is None and slots["reset_helps_so_far"] == ["more_time"]
    assert slots["requested_slot"] == "reset_helps"
    chosen = DONE_BEFORE_HELPS | {"reset_helps_so_far": ["more_time"]}
    titles = [b["title"] for b in messages[0]["buttons"]]
    assert "More time for questions" not in titles and titles[-1] == "That's all"
    slots, _ = validate("reset_helps", "A written plan", domain_dict, chosen)
    assert slots["reset_helps_so_far"] == ["more_time", "written_plan"]
    slots, _ = validate("reset_helps", "That's all", domain_dict, chosen)
    assert slots["reset_helps"] == "more_time" and slots["requested_slot"] == "reset_channel"


def test_wishes_in_own_words_are_kept_and_end_the_question(domain_dict):
    slots, _ = validate("reset_helps", "I'd like them to explain it simply", domain_dict, DONE_BEFORE_HELPS)
    assert slots["reset_helps"] == "plain_language"
    assert slots["reset_helps_own_words"] == "I'd like them to explain it simply"


def submit(slots):
    tracker = Tracker("test", slots, {"text": "At the visit"}, [], False, None, {}, "reset_conversation_form")
    return run_action(ActionSubmitResetForm(), tracker, {})


def test_the_finished_script_is_sent_as_text_and_as_a_card_then_the_other_pathways():
    words = "The doctor said the scan was fine."
    events, messages = submit(
        DONE_BEFORE_HELPS
        | {"reset_what_happened": words, "reset_helps": "written_plan", "reset_channel": "visit"}
    )
    card = messages[0]
    assert f'"{words}"' in card["text"]
    assert card["custom"]["kind"] == "reset_script" and card["custom"]["sections"]
    assert {b["payload"] for b in messages[1]["buttons"]} == {"/request_second_opinion", "/end_care"}
    assert SlotSet("reset_what_happened", None) in events  # answers are let go once the script is out


def test_stop_says_so_offers_the_menu_and_forgets_the_answers():
    events, messages = submit(DONE_BEFORE_HELPS | {"pathway_exit": "stop"})
    assert "stopped" in messages[0]["text"] and len(messages[0]["buttons"]) == 3
    assert SlotSet("reset_concern", None) in events and SlotSet("pathway_exit", None) in events


def test_start_over_inside_the_form_restarts_the_conversation():
    events, messages = submit({"pathway_exit": "start_over"})
    assert messages[0]["response"] == "utter_start_over"
    assert events == [Restarted()]


@pytest.mark.parametrize(
    "slot, stored",
    [
        ("reset_for_whom", "parent"),
        ("reset_role", "oncologist"),
        ("reset_heat_choice", "kept"),
        ("reset_helps", "more_time written_plan"),
        ("reset_channel", "portal"),
        ("reset_concern", "not_sure"),
    ],
)
def test_stored_answers_stay_valid_when_the_form_resumes(domain_dict, slot, stored):
    """After a crisis reply the form is paused; picking it up again re-validates what was kept."""
    slots, messages = validate(slot, stored, domain_dict, DONE_BEFORE_HELPS)
    assert slots[slot] == stored
    assert [m["text"] for m in messages] == [
        next(q.prompt for q in QUESTIONS if q.slot == slots["requested_slot"])
    ]


def test_a_button_title_is_an_answer_even_if_it_sounds_like_a_question_to_the_model(domain_dict):
    slots, _ = validate("reset_for_whom", "For me", domain_dict, intent="ask_if_bot", confidence=0.99)
    assert slots["reset_for_whom"] == "self"


@pytest.fixture
def recorded(monkeypatch):
    """The analytics rows the actions write, in an in-memory store."""
    from actions import pathway
    from bot.analytics import Analytics

    memory = Analytics(memory=True)
    monkeypatch.setattr(pathway, "_store", memory)
    return memory.rows


def test_analytics_get_codes_never_the_patients_words(domain_dict, recorded):
    words = "Dr. Quillfeather told me at 12 Elm Street that it was nothing"
    validate("reset_what_happened", words, domain_dict, {"reset_for_whom": "self", "reset_role": "doctor"})
    validate("reset_role", "my oncologist", domain_dict, {"reset_for_whom": "self"})
    rows = recorded()
    assert [(r["step"], r["choice"]) for r in rows] == [
        ("reset_what_happened", "free_text_given"),
        ("reset_role", "other_role"),
    ]
    assert "Quillfeather" not in str(rows) and "Elm" not in str(rows) and "oncologist" not in str(rows)


def test_the_start_is_recorded_once_with_a_new_token_and_the_first_question_asked(recorded):
    # What Rasa sends as it starts the form: the form active, its action just run, nothing asked yet.
    starting = Tracker(
        "test",
        {"requested_slot": None},
        {"text": "I want to talk to my doctor", "intent": {"name": "prepare_reset_conversation"}},
        [],
        False,
        None,
        {"name": FORM},
        FORM,
    )
    events, messages = run_action(ValidateResetConversationForm(), starting, {})
    [row] = recorded()
    assert (row["pathway"], row["step"], row["choice"]) == ("reset_conversation", "start", "started")
    assert {"event": "slot", "timestamp": None, "name": "analytics_token", "value": row["token"]} in events
    assert messages[0]["text"] == next(q.prompt for q in QUESTIONS if q.slot == "reset_for_whom")
    validate("reset_for_whom", "For me", {}, {"analytics_token": row["token"]})  # an answer: no second start
    assert [r["step"] for r in recorded()] == ["start", "reset_for_whom"]


def test_completion_records_the_channel_as_the_outcome(recorded):
    submit(
        DONE_BEFORE_HELPS
        | {"reset_helps": "more_time", "reset_channel": "portal", "analytics_token": "t" * 32}
    )
    [row] = recorded()
    assert (row["step"], row["choice"], row["outcome"], row["token"]) == (
        "end",
        "completed",
        "portal",
        "t" * 32,
    )


def test_an_unknown_analytics_code_is_logged_and_the_conversation_carries_on(recorded, caplog):
    from actions.pathway import Recorder

    tracker = form_tracker(FORM, "reset_role", "x", {"analytics_token": "t" * 32})
    Recorder(tracker, "reset_conversation")("reset_role", "not_a_code")
    assert recorded() == []
    assert "Analytics refused an event" in caplog.text and "not_a_code" in caplog.text


@pytest.mark.parametrize(
    "text",
    [
        "should I stop my statins?",
        "what dose of sertraline is safe for me",
        "my rash is spreading, is it shingles",
        "what's a normal blood pressure for someone my age",
    ],
)
def test_a_medical_question_in_the_form_gets_the_refusal_and_the_question_again(domain_dict, text):
    slots, messages = validate(
        "reset_concern",
        text,
        domain_dict,
        DONE_BEFORE_HELPS | {"reset_concern": None},
        intent="ask_medical_question",
        confidence=0.93,
    )
    assert slots["reset_concern"] is None and slots["requested_slot"] == "reset_concern"
    assert messages[0]["response"] == "utter_medical_refusal"


@pytest.mark.parametrize(
    "text, confidence, refused",
    [
        # pool v23: asked outright, so a less sure reading is enough
        ("can i split my tablets in half", 0.78, True),
        ("why does my skin itch after the shower", 0.62, True),
        ("What's the best treatment for ME/CFS?", 0.55, True),
        # below the bar of a reading of a question (pool v24: 0.3, where 0.5 before)
        ("can i split my tablets in half", 0.25, False),
        # a worry put as a question is still what worries the patient
        ("what if it's something serious", 0.62, False),
        ("can I afford the new tablets on top of everything", 0.62, False),
        # found in review: worries and wishes that open like a question
        ("how much it will cost", 0.62, False),
        ("why does my doctor never listen", 0.62, False),
        ("what's the best way to tell her", 0.62, False),
        ("can she still live on her own after this", 0.62, False),
        # pool v28: how long a medicine takes to work; not how long a referral takes
        ("How long does it take for antidepressants to work?", 0.62, True),
        ("how long does it take for the referral to come through", 0.62, False),
        # found in review: not a medicine working
        ("how long will it take for the practice to work out my transfer", 0.62, False),
        ("how long does it take to heal after falling out with your doctor", 0.62, False),
        ("how long does it take for propranolol to work for anxiety?", 0.62, True),
        ("hello can I take ibuprofen with sertraline", 0.62, True),
        ("hi when I went in she shouted at me", 0.62, False),
        # pool v29: the best painkiller, typed in capitals without a question mark; whether an illness can be
        # cured; not whether a relationship can be mended
        ("WHAT IS THE BEST PAINKILLER FOR TOOTHACHE", 0.62, True),
        ("Can ME/CFS be cured", 0.62, True),
        ("can my relationship with her be repaired", 0.62, False),
        ("Can type 2 diabetes be reversed?", 0.62, True),
        ("what are the best painkillers for a migraine", 0.62, True),
        ("What is the best diet for ulcerative colitis?", 0.39, True),  # pool v34
        ("what's the best food shop near the clinic", 0.39, False),
        ("What are the best foods to take to hospital for my mum?", 0.58, False),  # found in review
        ("what is the right diet for her, the dietitian never explains", 0.53, False),
        # pool v35: driving on a medicine, how much of one for a child
        ("can I drive on zopiclone?", 0.45, True),
        ("how much melatonin for a kid", 0.45, True),
        ("can I drive on my own to the appointment", 0.45, False),
        ("how much time for a kid's appointment", 0.45, False),
        ("how many sessions can I have", 0.45, False),
        ("can she drive on her own to the surgery", 0.45, False),  # found in a third review
        ("how many referrals can I have", 0.45, False),
        ("how much leave can I take", 0.45, False),
        # "is ... a sign of ..." is not read (found in review: "Is a slap a sign of abuse?" may disclose it)
        ("Is a slap a sign of abuse?", 0.62, False),
        ("is that a sign he doesn't care", 0.62, False),
        # found in review: the care, a decision or respect, not an illness
        ("Can my discharge be reversed?", 0.62, False),
        ("Can I be treated by a different GP at the same practice?", 0.62, False),
        ("Can we be treated with respect for once?", 0.62, False),
        # pool v31: whether a symptom is an infection, asked at the end; whether to be worried, asked first
        ("my hearing aid makes my ear itchy is that an infection", 0.62, True),
        ("should I be worried my 18 month old only says 2 words", 0.62, True),
        # ... not a worry about the clinician or the care
        ("should I be worried that my GP doesn't listen", 0.62, False),
        ("should i be worried about the discharge letter", 0.62, False),
        # pool v36: whether a treatment fixes something; why a body does something
        ("Can pelvic floor exercises fix a prolapse?", 0.62, True),
        ("Why do I need to wee so often at night?", 0.62, True),
        ("why do i keep coughing at night", 0.62, True),
        # ... not talking fixing things, another look helping, feeling unwell before seeing the clinician
        ("can talking to him fix things", 0.62, False),
        ("can a second opinion help", 0.62, False),
        ("why do I feel dizzy before seeing him", 0.62, False),
        # found in review: signs of harm or of a crisis, the GP surgery
        ("Can enough pills stop my heart?", 0.62, False),
        ("why do I always feel tired of life", 0.62, False),
        ("Why do I bruise so easily when he grabs my arm", 0.62, False),
        ("Can the surgery stop seeing me?", 0.62, False),
        # found in a second review: a method, an assault
        ("can sleeping pills help me not wake up", 0.62, False),
        ("can 50 tablets help me die", 0.62, False),
        ("why do i get nosebleeds when my dad hits me", 0.62, False),
        # pool v39: what the body may do after an operation, how long recovery takes from one
        ("Is it safe to lift my toddler 3 weeks after hernia surgery?", 0.62, True),
        ("is it ok for my son to swim after his grommets op", 0.62, True),
        ("how long is recovery after a knee replacement", 0.62, True),
        ("how long does it take to heal after a c-section", 0.62, True),
        # ... not the care, nor beside harm or a number of pills, nor recovering from a visit (found in
        # review: carrying on, running something past the GP, a right exercised, the surgery as the
        # practice, a break-up)
        ("is it ok to ask my GP for a different doctor next week", 0.62, False),
        ("is it safe to drive after taking 30 pills", 0.62, False),
        ("is it ok to go running when he hits me", 0.62, False),
        ("how long does it take to recover from that appointment", 0.62, False),
        ("is it ok to carry on seeing my GP after she shouted at me", 0.62, False),
        ("is it ok to run this past my GP first", 0.62, False),
        ("is it safe to exercise my right to a second opinion", 0.62, False),
        ("how long is recovery after my surgery dropped me", 0.62, False),
        ("how long does it take to heal from a fracture after my husband pushed me", 0.62, False),
        ("how long does it take to recover from a break up with my therapist", 0.62, False),
        # found in a second review: the practice, the care's procedures, a car
        ("is it safe to drive after leaving my GP surgery", 0.62, False),
        ("how long does it take to recover from the removal procedure", 0.62, False),
        ("is it safe to drive after the brake repair", 0.62, False),
        ("is it ok to go back to work after my appointment at the surgery", 0.62, False),
        # found in a third review: a car's or a house's repair, a workplace's procedure, the practice
        ("is it safe to drive after the engine repair", 0.62, False),
        ("is it safe to go back to work after the grievance procedure", 0.62, False),
        ("is it ok to go back to work after the drama at my surgery", 0.62, False),
        ("is it ok to fly after my knee replacement", 0.62, True),
        # pool v51: whether an illness named is catching or runs in families (not "is it", a worry, nor harm)
        ("Is lichen sclerosus contagious?", 0.45, True),
        ("is psoriasis hereditary", 0.45, True),
        ("is the violence hereditary, my dad hit us too", 0.62, False),
        ("is abuse genetic", 0.62, False),
        # ... found in review: harm told anywhere in the message, a self-harm or an abuse word, no illness
        ("my dad hanged himself last year. is depression hereditary?", 0.62, False),
        ("my husband forces me to have sex. is herpes contagious?", 0.62, False),
        ("he spat in my face. is hep c contagious?", 0.62, False),
        ("is cutting contagious", 0.62, False),
        ("is rape genetic", 0.62, False),
        ("is rudeness contagious", 0.62, False),
        ("are you contagious", 0.62, False),
        # ... found in a third review: as the whole message only (a child's age, an emergency beside it)
        ("my boyfriend's 30 and I'm 14, is chlamydia contagious", 0.62, False),
        ("my toddler has a high fever and won't wake, is meningitis contagious", 0.62, False),
        ("is huntington's hereditary", 0.62, True),
        ("is it safe to drive after my op, I don't care if I crash", 0.62, False),
        # pool v38: what a food or a medicine holds
        ("does oats have gluten", 0.62, True),
        ("is there lactose in my tablets", 0.62, True),
        ("does the cafe have gluten free food", 0.62, False),
        ("does my doctor have time for this", 0.62, False),
        # found in review: a person's alcohol or a result, an emergency, an errand; gluten free asked of a
        # medicine
        ("does my doctor have alcohol problems", 0.62, False),
        ("does my wife have alcohol poisoning? she drank a whole bottle and won't wake up", 0.62, False),
        ("do you have sugar", 0.62, False),
        ("does my dr have potassium results for me", 0.62, False),
        ("is amoxicillin gluten free", 0.62, True),
        ("is the cafe gluten free", 0.62, False),
        ("does the ward have egg", 0.62, False),  # found in a third review: a place
        ("is there any gluten in the food at my GP's", 0.62, False),
        # pool v40: how long a medicine named in a few words takes to work (not a clinician or the care)
        ("How long do Lyme antibiotics take to work?", 0.62, True),
        ("how long do the steroid drops take to work", 0.62, True),
        # ... nor what was taken, a poison, a mix or a bruise (found in review)
        ("How long do 30 paracetamol take to work?", 0.62, False),
        ("How long does the morphine I took take to kick in?", 0.62, False),
        ("How long does the rat poison take to work?", 0.62, False),
        ("how long do sleeping tablets and vodka take to work", 0.62, False),
        # ... nor a way to die or a service (found in a third review): only a medicine by its kind
        ("how long does a noose take to work", 0.62, False),
        ("how long does the crisis team take to work", 0.62, False),
        # pool v41: "What diet is best after pancreatitis" was read, then taken out after review found it of
        # an overdose and strangulation in words HARM_TOLD does not hold, and of dogs and breakfast
        ("What diet is best after pancreatitis", 0.62, False),
        ("what food is best after od", 0.62, False),
        ("how long does the new GP take to work", 0.62, False),
        ("how long does the complaint process take to work", 0.62, False),
        # pool v42: a normal reading or an intake for an illness, as the whole message, where no harm is told
        ("whit's a normal blood pressure fur a man ma age", 0.62, True),
        ("What's the best salt intake for POTS", 0.62, True),
        # ... found in review: a dose, a reading or an intake beside an overdose, a poisoning or an emergency
        # in words no list holds (a dose asked is left to the model's own bar)
        ("what's the dose of calpol she drank the bottle", 0.62, False),
        ("what's the dose of amitriptyline that's deadly", 0.62, False),
        ("what's a normal blood sugar, his is 1.8 and he's not making sense", 0.62, False),
        ("what's a normal heart rate, his is 200", 0.62, False),
        ("what's the best fluid intake for someone who took 30 pills", 0.62, False),
        ("what's the best water intake for lithium toxicity", 0.62, False),
        (
            "what's the best water intake for poisoning",
            0.62,
            False,
        ),  # a third review: an illness by name only
        ("what's the best water intake for dogs", 0.62, False),
        # pool v43: a missed dose was read, then taken out after review found a poison in the medicine's place
        ("if I miss a dose of my sertraline should I double up", 0.62, False),
        ("if I missed a dose of my weedkiller should I double up", 0.62, False),
    ],
)
def test_a_medical_question_asked_outright_needs_the_buttons_bar_of_certainty(
    domain_dict, text, confidence, refused
):
    slots, messages = validate(
        "reset_concern",
        text,
        domain_dict,
        DONE_BEFORE_HELPS | {"reset_concern": None},
        intent="ask_medical_question",
        confidence=confidence,
    )
    if refused:
        assert slots["reset_concern"] is None and messages[0]["response"] == "utter_medical_refusal"
    else:
        assert slots["reset_concern"] == text


@pytest.mark.parametrize(
    "text, ranking, refused",
    [
        # pool v24: asked outright in the patient's own words, read second behind them
        (
            "What are the side effects of Ozempic?",
            [("answer_question", 0.64), ("ask_medical_question", 0.31)],
            True,
        ),
        (
            "What are the side effects of lithium?",
            [("answer_question", 0.48), ("ask_medical_question", 0.47)],
            True,
        ),
        (
            "My mom's been coughing more with her COPD this week, should she start her prednisone?",
            [("ask_medical_question", 0.62), ("stop_medication", 0.28)],
            True,
        ),
        # put at the end of a story, naming a condition of two words
        (
            "My ankles are a bit puffy by evening, is that my heart failure getting worse?",
            [("ask_medical_question", 0.72), ("mention_symptom", 0.22)],
            True,
        ),
        # ... not when the model reads no medical question close behind, nor a worry or a story
        (
            "What are the side effects of Ozempic?",
            [("answer_question", 0.8), ("ask_medical_question", 0.1)],
            False,
        ),
        ("the side effects of lithium", [("answer_question", 0.5), ("ask_medical_question", 0.45)], False),
        (
            "he said I should stop the tablets and I was confused",
            [("answer_question", 0.6), ("ask_medical_question", 0.35)],
            False,
        ),
        # found in review: questions about the care, not medicine
        ("She dismissed me again, should I take it further?", [("ask_medical_question", 0.45)], False),
        ("He shouted at me, should I stop seeing him?", [("ask_medical_question", 0.45)], False),
        ("should I take a friend with me next time", [("ask_medical_question", 0.45)], False),
        ("what are the risks of leaving my psychiatrist", [("ask_medical_question", 0.45)], False),
        (
            "how do I know if my doctor is listening",
            [("answer_question", 0.6), ("ask_medical_question", 0.35)],
            False,
        ),
        # pool v25: the usual dose, a medicine stopped "just"
        ("What's the normal dose of methotrexate", [("ask_medical_question", 0.99)], True),
        ("can i just stop my statins", [("ask_medical_question", 0.73), ("stop_medication", 0.1)], True),
        (
            "what's the usual dose of sertraline for a teenager",
            [("answer_question", 0.55), ("ask_medical_question", 0.4)],
            True,
        ),
        (
            "the normal dose was never explained to me",
            [("answer_question", 0.6), ("ask_medical_question", 0.35)],
            False,
        ),
        # pool v32: a cause asked outright; not a clinician's behaviour asked about
        (
            "what causes patchy hair loss in kids",
            [("answer_question", 0.55), ("ask_medical_question", 0.4)],
            True,
        ),
        (
            "what causes a doctor to drop a patient like that, I only asked a question",
            [("answer_question", 0.6), ("ask_medical_question", 0.35)],
            False,
        ),
        # found in review: a clinician's behaviour or the care's end asked about
        (
            "What would cause them to end my care? I only missed one appointment",
            [("answer_question", 0.6), ("ask_medical_question", 0.35)],
            False,
        ),
        (
            "what causes such long waits for test results",
            [("answer_question", 0.6), ("ask_medical_question", 0.35)],
            False,
        ),
        # pool v37: what is for an illness between; found in review: errands
        (
            "what's the best migraine tablet",
            [("answer_question", 0.55), ("ask_medical_question", 0.4)],
            True,
        ),
        (
            "what's the best app for medicine reminders",
            [("answer_question", 0.6), ("ask_medical_question", 0.35)],
            False,
        ),
        (
            "what's the usual wait for treatment",
            [("answer_question", 0.6), ("ask_medical_question", 0.35)],
            False,
        ),
        (
            "what's the maximum dose times per day of co-codamol",  # found in a third review
            [("answer_question", 0.55), ("ask_medical_question", 0.4)],
            True,
        ),
        (
            "what's the normal NHS treatment waiting time",  # found in a second review
            [("answer_question", 0.6), ("ask_medical_question", 0.35)],
            False,
        ),
        # found in a second review
        (
            "What causes someone to be struck off?",
            [("answer_question", 0.6), ("ask_medical_question", 0.35)],
            False,
        ),
        (
            "What would cause a hospital to refuse to treat me?",
            [("answer_question", 0.6), ("ask_medical_question", 0.35)],
            False,
        ),
    ],
)
def test_a_medical_question_asked_outright_is_refused_even_read_second(domain_dict, text, ranking, refused):
    (intent, confidence), rest = ranking[0], ranking[1:]
    for slot in ("reset_what_happened", "reset_concern"):
        before = {"reset_for_whom": "self", "reset_role": "doctor"}
        if slot == "reset_concern":
            before = DONE_BEFORE_HELPS | {"reset_concern": None}
        slots, messages = validate(
            slot, text, domain_dict, before, intent=intent, confidence=confidence, ranking=rest
        )
        if refused:
            assert slots[slot] is None and messages[0]["response"] == "utter_medical_refusal"
        else:
            assert slots[slot] == text


@pytest.mark.parametrize("confidence, asked_again", [(0.76, True), (0.45, False)])
def test_a_request_to_wipe_what_was_typed_needs_the_bar_of_a_short_question(
    domain_dict, confidence, asked_again
):
    # pool v23: "wipe my info pls", read as a privacy question less surely than a question with words
    before = DONE_BEFORE_HELPS | {"reset_concern": None}
    slots, messages = validate(
        "reset_concern", "wipe my info pls", domain_dict, before, intent="ask_privacy", confidence=confidence
    )
    if asked_again:
        assert slots["reset_concern"] is None and messages[0]["response"] == "utter_privacy"
    else:
        assert slots["reset_concern"] == "wipe my info pls"


@pytest.mark.parametrize(
    "text, asked_again",
    [
        ("Can I get rid of this conversation after?", True),  # pool v46, privacy read first at 0.44
        ("can I delete what I typed?", True),
        ("wipe my info pls", False),  # not put as a question: the bar of a short question
        ("can I get rid of my GP?", False),  # nothing typed here named
    ],
)
def test_asking_whether_what_was_typed_can_be_wiped_needs_privacy_read_first(domain_dict, text, asked_again):
    before = DONE_BEFORE_HELPS | {"reset_concern": None}
    slots, messages = validate(
        "reset_concern", text, domain_dict, before, intent="ask_privacy", confidence=0.44
    )
    if asked_again:
        assert slots["reset_concern"] is None and messages[0]["response"] == "utter_privacy"
    else:
        assert slots["reset_concern"] == text


@pytest.mark.parametrize(
    "text, intent",
    [
        ("Can you help with booking?", "out_of_scope"),  # pool v23
        ("can you help with a discharge letter", "end_care"),
        ("could you help me find a new dentist", "end_care"),
        ("Do you do second opinions?", "request_second_opinion"),  # pool v21
        ("Can you help me prepare for an appointment?", "prepare_reset_conversation"),
    ],
)
def test_asking_what_the_bot_can_help_with_gets_the_help_reply_and_the_question_again(
    domain_dict, text, intent
):
    slots, messages = validate(
        "reset_role", text, domain_dict, {"reset_for_whom": "self"}, intent=intent, confidence=0.84
    )
    assert slots["reset_role"] is None and messages[0]["response"] == "utter_help"


def test_a_role_answer_that_names_help_is_still_the_role(domain_dict):
    slots, _ = validate("reset_role", "the health care assistant", domain_dict, {"reset_for_whom": "self"})
    assert slots["reset_role"] == "health care assistant"


@pytest.mark.parametrize(
    "text",
    [
        "I'm worried the dose is wrong and I keep feeling brushed off",
        "that something serious is being missed",
        "my blood pressure pills",
        "what's worrying me is whether the dose is right",
    ],
)
def test_a_worry_with_medical_words_is_an_answer_not_a_question(domain_dict, text):
    slots, _ = validate(
        "reset_concern",
        text,
        domain_dict,
        DONE_BEFORE_HELPS | {"reset_concern": None},
        intent="ask_medical_question",
        confidence=0.93,
    )
    assert slots["reset_concern"] == text


@pytest.mark.parametrize("intent", ["ask_privacy", "ask_if_bot", "ask_help"])
@pytest.mark.parametrize(
    "text",
    [
        "The doctor said the scan was fine.",
        # "what's this" opens a question about the bot only when the bot is what it names
        "what's this doctor thinking, brushing me off like that",
        "what's this bottle of pills for, nobody told me",  # found in review
    ],
)
def test_a_plain_statement_is_an_answer_whatever_question_the_model_guessed(domain_dict, intent, text):
    slots, _ = validate(
        "reset_what_happened",
        text,
        domain_dict,
        {"reset_for_whom": "self", "reset_role": "gp", "reset_what_happened": None},
        intent=intent,
        confidence=0.95,
    )
    assert slots["reset_what_happened"] == text


def test_asking_for_a_person_in_the_form_gives_the_clinic_contact_and_the_question_again(domain_dict):
    slots, messages = validate(
        "reset_role",
        "can I talk to a real person",
        domain_dict,
        {"reset_for_whom": "self"},
        intent="talk_to_person",
        confidence=0.9,
    )
    assert slots["reset_role"] is None and slots["requested_slot"] == "reset_role"
    assert "Patient Relations" in messages[0]["text"] or "reach" in messages[0]["text"]
    assert messages[1]["text"] == ROLE_PROMPT


def test_after_an_abuse_disclosure_no_script_is_written():
    events, messages = submit(DONE_BEFORE_HELPS | {"safeguarding_shown": True})
    assert "won't write a script" in messages[0]["text"]
    assert not any(m.get("custom") for m in messages)  # no script card
    assert {b["payload"] for b in messages[0]["buttons"]} == {"/end_care", "/talk_to_person"}


def test_coming_back_to_the_form_after_a_check_in_records_no_second_start(recorded):
    back = Tracker(
        "test",
        {"requested_slot": None},
        {"text": "/deny_risk", "intent": {"name": "deny_risk"}},
        [],
        False,
        None,
        {"name": FORM},
        "utter_check_in_thanks",
    )
    run_action(ValidateResetConversationForm(), back, {})
    assert [r["step"] for r in recorded()] == []


# Typed answers that a safety guess interrupted (bot/forms.py, held_back_answer).
CONCERN = "that I'll get worse before anyone takes it seriously"
CONCERN_PROMPT = next(q.prompt for q in QUESTIONS if q.slot == "reset_concern")


def _after(events, latest, slots):
    """The tracker the form's validation gets when the form runs again after ``events``."""
    return Tracker(
        sender_id="test",
        slots={"requested_slot": None, **slots},
        latest_message=latest["parse_data"] | {"text": latest["text"]},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": FORM},
        latest_action_name=events[-1].get("name"),
    )


def _check_in(
    decided_by, answer="No", check_in="utter_check_in_crisis", intent="hint_self_harm", text=CONCERN
):
    asked = {"event": "slot", "name": "requested_slot", "value": "reset_concern"}
    typed = user_event(text, intent, decided_by)
    reply = user_event(answer, "deny_risk" if answer == "No" else "confirm_risk")
    events = [asked, typed, {"event": "slot", "name": "requested_slot", "value": None}]
    events += [{"event": "action", "name": check_in}, {"event": "action", "name": "action_listen"}, reply]
    return events + [{"event": "action", "name": "utter_check_in_thanks"}], reply


@pytest.mark.parametrize(
    "decided_by, check_in, intent",
    [
        ("model", "utter_check_in_crisis", "hint_self_harm"),
        ("exemplars", "utter_check_in_crisis", "hint_self_harm"),
        ("keyword+history", "utter_check_in_emergency", "mention_symptom"),
        ("model", "utter_check_in_safeguarding", "report_abuse"),
    ],
)
def test_a_check_in_answered_no_keeps_the_answer_and_asks_the_next_question(
    domain_dict, decided_by, check_in, intent
):
    events, reply = _check_in(decided_by, check_in=check_in, intent=intent)
    results, messages = run_action(
        ValidateResetConversationForm(),
        _after(events, reply, DONE_BEFORE_HELPS | {"reset_concern": None}),
        domain_dict,
    )
    slots = {e["name"]: e["value"] for e in results if e["name"] != "analytics_token"}
    assert slots["reset_concern"] == CONCERN
    assert slots["requested_slot"] == "reset_helps"
    assert CONCERN_PROMPT not in [m.get("text") for m in messages]


def test_an_answer_with_no_check_in_shown_is_not_kept_and_the_question_is_asked_again(domain_dict):
    events, reply = _check_in("model", check_in="utter_menu")  # "No" to something other than a check-in
    results, messages = run_action(
        ValidateResetConversationForm(),
        _after(events, reply, DONE_BEFORE_HELPS | {"reset_concern": None}),
        domain_dict,
    )
    slots = {e["name"]: e["value"] for e in results if e["name"] != "analytics_token"}
    assert slots == {"requested_slot": "reset_concern"}
    assert messages[-1]["text"] == CONCERN_PROMPT


def test_a_medical_question_after_a_check_in_answered_no_is_still_kept(domain_dict):
    # found in a third review: only the medicine caution drops a question asked outright; after a check-in's
    # "No" the words stay the answer, as before
    text = "I had chest pain after my op and nobody followed up, how long is recovery after a hernia repair"
    events, reply = _check_in(
        "keyword+history", check_in="utter_check_in_emergency", intent="mention_symptom", text=text
    )
    results, _ = run_action(
        ValidateResetConversationForm(),
        _after(events, reply, DONE_BEFORE_HELPS | {"reset_concern": None}),
        domain_dict,
    )
    slots = {e["name"]: e["value"] for e in results if e["name"] != "analytics_token"}
    assert slots["reset_concern"] == text


@pytest.mark.parametrize("decided_by", ["model", "keyword"])
@pytest.mark.parametrize(
    "text, kept",
    [
        ("that they'll make me come off the tablets and I'll feel awful again", True),
        # pool v39: a medical question the caution answered is never the answer: the question is asked again
        ("can I stop my antidepressant cold turkey", False),
    ],
)
def test_a_medicine_stop_keeps_the_answer_after_the_caution_unless_it_asks_a_medical_question(
    domain_dict, decided_by, text, kept
):
    typed = user_event(text, "stop_medication", decided_by)
    events = [{"event": "slot", "name": "requested_slot", "value": "reset_concern"}, typed]
    events += [{"event": "action", "name": "utter_medication_caution"}]
    results, messages = run_action(
        ValidateResetConversationForm(),
        _after(events, typed, DONE_BEFORE_HELPS | {"reset_concern": None}),
        domain_dict,
    )
    slots = {e["name"]: e["value"] for e in results if e["name"] != "analytics_token"}
    if kept:
        assert slots["reset_concern"] == text and slots["requested_slot"] == "reset_helps"
    else:
        assert slots == {"requested_slot": "reset_concern"}
        assert messages[-1]["text"] == CONCERN_PROMPT


def test_an_answer_already_given_is_never_overwritten(domain_dict):
    events, reply = _check_in("model")
    results, _ = run_action(
        ValidateResetConversationForm(), _after(events, reply, DONE_BEFORE_HELPS), domain_dict
    )
    assert "reset_concern" not in {e["name"] for e in results}


BEFORE_CHANNEL = DONE_BEFORE_HELPS | {"reset_helps": "more_time"}


@pytest.mark.parametrize(
    "text, intent",
    [("i'll send them a message on the portal", "ask_complaint"), ("phone them", "talk_to_person")],
)
def test_words_a_choice_reads_answer_a_button_question_whatever_the_model_guessed(domain_dict, text, intent):
    slots, messages = validate(
        "reset_channel", text, domain_dict, BEFORE_CHANNEL, intent=intent, confidence=0.9
    )
    assert slots["reset_channel"] in {"portal", "phone"}
    assert not any("raise a problem" in (m.get("text") or "") for m in messages)


def test_a_question_on_a_button_question_is_still_answered_first(domain_dict):
    slots, messages = validate(
        "reset_channel",
        "can I email the complaints team?",
        domain_dict,
        BEFORE_CHANNEL,
        intent="ask_complaint",
    )
    assert slots["reset_channel"] is None and slots["requested_slot"] == "reset_channel"
    assert messages[0]["text"].startswith("Here is where you can raise a problem")


@pytest.mark.parametrize("slot", ["reset_role", "reset_channel", "reset_for_whom"])
def test_another_buttons_payload_is_never_an_answer(domain_dict, slot):
    before = (
        {"reset_for_whom": "self", "reset_role": "doctor"} | DONE_BEFORE_HELPS | {"reset_helps": "more_time"}
    )
    before = {k: v for k, v in before.items() if k != slot}
    slots, messages = validate(
        slot, "/prepare_reset_conversation", domain_dict, before, intent="prepare_reset_conversation"
    )
    assert slots[slot] is None and slots["requested_slot"] == slot
    assert messages[0]["text"].startswith("Let's finish this question first")


CHANNEL = next(q for q in QUESTIONS if q.slot == "reset_channel")


@pytest.mark.parametrize(
    "slot, before",
    [("reset_channel", BEFORE_CHANNEL), ("reset_concern", DONE_BEFORE_HELPS | {"reset_concern": None})],
)
def test_a_why_that_a_check_in_interrupted_is_answered_after_no_and_never_kept_as_the_answer(
    domain_dict, slot, before
):
    # "what's the point" is near a crisis example, so the guess asks first; after "No", the why is answered.
    typed = user_event("whats the point of this question", "hint_self_harm", "exemplars")
    reply = user_event("No", "deny_risk")
    events = [{"event": "slot", "name": "requested_slot", "value": slot}, typed]
    events += [{"event": "slot", "name": "requested_slot", "value": None}]
    events += [{"event": "action", "name": "utter_check_in_crisis"}]
    events += [{"event": "action", "name": "action_listen"}]
    events += [reply, {"event": "action", "name": "utter_check_in_thanks"}]
    tracker = _after(events, reply, before)
    results, messages = run_action(ValidateResetConversationForm(), tracker, domain_dict)
    slots = {e["name"]: e["value"] for e in results if e["name"] != "analytics_token"}
    question = next(q for q in QUESTIONS if q.slot == slot)
    assert slots[slot] is None and slots["requested_slot"] == slot
    assert [m.get("text") for m in messages][:2] == [question.why, question.prompt]


@pytest.mark.parametrize(
    "text, confidence, exits",
    [
        ("wipe this and start fresh", 0.99, True),
        ("new chat", 0.97, True),
        # Own words about the care, which the model reads as a start over with less certainty.
        ("we need to start over and rebuild trust", 0.66, False),
        # Certain, but too long to be only a request to the bot.
        ("I really do feel we should start over from scratch after that awful visit", 0.95, False),
        # A new start wished for, with its article (pool v21), not a request to start the chat again.
        ("Just an apology and a fresh start", 0.94, False),
        ("a clean slate with her", 0.95, False),
        # ... or after making up with the clinician (pool v33)
        ("To apologise and start again", 0.96, False),
        ("delete that and start again", 0.96, True),
    ],
)
def test_a_short_answer_the_model_reads_as_start_over_with_near_certainty_starts_over(
    domain_dict, text, confidence, exits
):
    slots, messages = validate(
        "reset_concern",
        text,
        domain_dict,
        DONE_BEFORE_HELPS | {"reset_concern": None},
        intent="start_over",
        confidence=confidence,
    )
    if exits:
        assert slots["pathway_exit"] == "start_over" and slots["requested_slot"] is None
    else:
        assert slots["reset_concern"] == text and "pathway_exit" not in slots


@pytest.mark.parametrize("confidence, answered", [(0.79, True), (0.95, False)])
def test_words_a_wish_reads_answer_what_would_help_unless_the_model_is_sure_they_are_a_question(
    domain_dict, confidence, answered
):
    slots, messages = validate(
        "reset_helps",
        "options, what else could we try",
        domain_dict,
        DONE_BEFORE_HELPS,
        intent="ask_help",
        confidence=confidence,
    )
    if answered:
        assert "other_options" in slots["reset_helps"] and slots["requested_slot"] == "reset_channel"
    else:  # the question about the bot is answered, then the question is asked again
        assert slots["reset_helps"] is None and slots["requested_slot"] == "reset_helps"


@pytest.mark.parametrize(
    "text",
    [
        "can i stop taking sertraline all at once",
        # pool v28: after a polite opening, with the story after the question mark
        "Please what is the right dose of paracetamol for my mum? She is 80",
    ],
)
def test_a_medical_question_typed_for_the_role_gets_the_refusal_at_the_buttons_threshold(domain_dict, text):
    # The role question takes the patient's own words too, but a role is never put as a question.
    slots, messages = validate(
        "reset_role",
        text,
        domain_dict,
        {"reset_for_whom": "self"},
        intent="ask_medical_question",
        confidence=0.73,
    )
    assert slots["reset_role"] is None and slots["requested_slot"] == "reset_role"
    assert messages[0]["response"] == "utter_medical_refusal"


@pytest.mark.parametrize(
    "text, refused",
    [
        ("my son coughs mostly at night, does that sound like asthma", True),  # pool v7
        ("for my mum, is it normal to feel this dizzy on ramipril?", True),
        ("my son, he's the one with asthma", False),  # not put as a question: the answer
    ],
)
def test_a_medical_question_that_names_a_choice_is_refused_at_the_buttons_threshold(
    domain_dict, text, refused
):
    slots, messages = validate(
        "reset_for_whom", text, domain_dict, {}, intent="ask_medical_question", confidence=0.74
    )
    if refused:
        assert slots["reset_for_whom"] is None and slots["requested_slot"] == "reset_for_whom"
        assert messages[0]["response"] == "utter_medical_refusal"
    else:
        assert slots["reset_for_whom"] == "child" and slots["requested_slot"] == "reset_role"


# Pool v18: a question about the bot asked formally, and a medical question that opens "what's the
# difference", are answered first where the patient's own words are the answer; the same words not put as
# a question are the answer.
@pytest.mark.parametrize(
    "slot, slots, text, intent, confidence, reply",
    [
        (
            "reset_role",
            {"reset_for_whom": "self"},
            "Kindly confirm whether this chat is confidential.",
            "ask_privacy",
            0.97,
            "utter_privacy",
        ),
        (
            "reset_concern",
            {"reset_for_whom": "self", "reset_role": "doctor", "reset_what_happened": "he rushed me"},
            "what's the difference between tramadol and oxycodone",
            "ask_medical_question",
            0.84,
            "utter_medical_refusal",
        ),
        (
            "reset_concern",
            {"reset_for_whom": "self", "reset_role": "doctor", "reset_what_happened": "he rushed me"},
            "the difference between tramadol and oxycodone was never explained",
            "ask_medical_question",
            0.84,
            None,
        ),
        (  # pool v21
            "reset_what_happened",
            {"reset_for_whom": "self", "reset_role": "doctor"},
            "what's the max dose of paracetamol for an 80 year old",
            "ask_medical_question",
            0.98,
            "utter_medical_refusal",
        ),
        (
            "reset_what_happened",
            {"reset_for_whom": "self", "reset_role": "doctor"},
            "the max dose of paracetamol was never explained to us",
            "ask_medical_question",
            0.98,
            None,
        ),
        # pool v26: asked in Spanish, with or without its question marks
        (
            "reset_concern",
            {"reset_for_whom": "self", "reset_role": "doctor", "reset_what_happened": "he rushed me"},
            "¿En qué me puedes ayudar",
            "ask_help",
            0.97,
            "utter_help",
        ),
        (
            "reset_what_happened",
            {"reset_for_whom": "self", "reset_role": "doctor"},
            "cuánto ibuprofeno le puedo dar a mi hijo de 6 años",
            "ask_medical_question",
            0.95,
            "utter_medical_refusal",
        ),
        (
            "reset_what_happened",
            {"reset_for_whom": "self", "reset_role": "doctor"},
            "me dijo que era estrés y no me escuchó",
            "ask_medical_question",
            0.6,
            None,
        ),
        (  # found in review: an exclamation is not a question
            "reset_what_happened",
            {"reset_for_whom": "self", "reset_role": "doctor"},
            "qué vergüenza, me gritó delante de mi hija",
            "ask_help",
            0.6,
            None,
        ),
    ],
)
def test_a_question_asked_in_other_openings_is_answered_first(
    domain_dict, slot, slots, text, intent, confidence, reply
):
    found, messages = validate(slot, text, domain_dict, slots, intent=intent, confidence=confidence)
    if reply:
        assert found[slot] is None and found["requested_slot"] == slot
        assert messages[0].get("response") == reply
    else:
        assert found[slot] == text


@pytest.mark.parametrize(
    "text, ranking",
    [
        # pool v32: "what causes" asked outright, read less surely than the buttons' bar, with a word ("kids")
        # that the for-whom reader would otherwise take as the answer
        ("what causes patchy hair loss in kids", [("ask_medical_question", 0.46), ("answer_question", 0.4)]),
    ],
)
def test_a_cause_asked_outright_for_whom_the_care_is_for_is_refused_not_read_as_the_answer(
    domain_dict, text, ranking
):
    (intent, confidence), rest = ranking[0], ranking[1:]
    slots, messages = validate(
        "reset_for_whom", text, domain_dict, {}, intent=intent, confidence=confidence, ranking=rest
    )
    assert slots["reset_for_whom"] is None and slots["requested_slot"] == "reset_for_whom"
    assert messages[0]["response"] == "utter_medical_refusal"


@pytest.mark.parametrize(
    "text, wish",
    [
        # pool v32: the wish for what to watch for, put as the question the patient would ask the clinician
        ("which side effects mean I should ring", True),
        ("when should we call them if it gets worse?", True),
        # ... a medical question that names no wish stays one
        ("what are the side effects of metformin?", False),
        # found in review: a change of dose or a visit asked about, not what to watch for
        ("does a high reading mean I should double my insulin?", False),
        ("Does a temperature of 38 mean we should go to A&E?", False),
        ("which symptoms mean I should go back on the higher dose", False),
        ("what signs mean I should come back", True),  # pool v35
    ],
)
def test_a_wish_put_as_the_question_for_the_clinician_answers_what_would_help(domain_dict, text, wish):
    slots, messages = validate(
        "reset_helps", text, domain_dict, DONE_BEFORE_HELPS, intent="ask_medical_question", confidence=0.91
    )
    if wish:
        assert "watch_for" in slots["reset_helps"] and slots["requested_slot"] == "reset_channel"
    else:
        assert slots["reset_helps"] is None and messages[0]["response"] == "utter_medical_refusal"


@pytest.mark.parametrize(
    "text, intent, reply",
    [
        # found in review: a request for a person or a privacy question that names what to watch for keeps
        # its own reply
        ("can I talk to a real person about when to call?", "talk_to_person", None),
        ("Will my GP see what I type here about the warning signs?", "ask_privacy", "utter_privacy"),
    ],
)
def test_only_a_medical_question_is_taken_as_the_wish_it_names(domain_dict, text, intent, reply):
    slots, messages = validate(
        "reset_helps", text, domain_dict, DONE_BEFORE_HELPS, intent=intent, confidence=0.9
    )
    assert slots["reset_helps"] is None and slots["requested_slot"] == "reset_helps"
    if reply:
        assert messages[0]["response"] == reply
