"""The reset-conversation script builder (bot/pathways/reset_conversation.py), over all choices."""

import itertools

import pytest
import textstat

from bot.pathways.reset_conversation import (
    CHANNELS,
    FOR_WHOM,
    HELPS,
    QUOTE_WORDS_SPOKEN,
    SPOKEN_WORD_LIMIT,
    ResetAnswers,
    build_reset_script,
    channel_from_text,
    heat_check,
    match_helps,
    quote,
    word_count,
)

MAX_GRADE = 8.0
SHORT_WORDS = "The doctor said my test was fine but did not say what to do next."
LONG_WORDS = (
    "I went in about the pain in my side and the doctor looked at the screen the whole time, "
    "typed a lot, said it was probably nothing, and then the visit was over before I could ask "
    "about the new pills or whether I should come back. "
) * 2
HELP_SETS = [(), ("more_time",), ("plain_language", "written_plan"), tuple(HELPS)]


def all_answers():
    for for_whom, channel, helps, words, role in itertools.product(
        FOR_WHOM,
        list(CHANNELS) + [None],
        HELP_SETS,
        [SHORT_WORDS, LONG_WORDS, "skip", "not_sure"],
        ["doctor", "oncologist", "skip"],
    ):
        yield ResetAnswers(
            role=role,
            what_happened=words,
            concern="not_sure" if words == "skip" else words,
            helps=helps,
            helps_own_words=None,
            channel=channel,
            for_whom=for_whom,
        )


def test_every_combination_reads_at_grade_8_or_below():
    """Flesch-Kincaid grade (textstat) of what the bot writes, with plain sample words quoted in it."""
    worst = 0.0
    for answers in all_answers():
        if answers.what_happened == LONG_WORDS:
            continue  # the patient's own long words are theirs; the template is what we grade
        script = build_reset_script(answers, "us")
        for text in (script.spoken, script.portal_body):
            grade = textstat.flesch_kincaid_grade(text)
            worst = max(worst, grade)
            assert grade <= MAX_GRADE, (grade, text)
    print(f"\nworst Flesch-Kincaid grade across combinations: {worst:.1f}")


def test_the_spoken_version_stays_about_90_words_even_with_long_answers():
    for answers in all_answers():
        assert word_count(build_reset_script(answers, "us").spoken) <= SPOKEN_WORD_LIMIT


def test_the_patients_words_are_quoted_exactly_in_the_portal_message():
    words = "  She said   the biopsy was 'routine' & I'm still confused  "
    script = build_reset_script(ResetAnswers(what_happened=words, concern="skip"), "us")
    assert "\"She said the biopsy was 'routine' & I'm still confused\"" in script.portal_body


def test_long_words_are_cut_at_a_word_boundary_in_the_spoken_version_only():
    script = build_reset_script(ResetAnswers(what_happened=LONG_WORDS, concern="skip"), "us")
    first_words = " ".join(LONG_WORDS.split()[:QUOTE_WORDS_SPOKEN])
    assert f'"{first_words}...' in script.spoken
    assert LONG_WORDS.strip()[:200] in script.portal_body


def test_the_script_follows_desc_with_a_shared_goal_and_a_check_back():
    script = build_reset_script(
        ResetAnswers(
            what_happened=SHORT_WORDS, concern="that it is serious", helps=["written_plan"], channel="visit"
        ),
        "us",
    )
    text = script.spoken
    order = [
        "same page",
        "what I understood",
        "worries me most",
        "It would help to have",
        "help me stick to the plan",  # DESC's consequence: the good that follows
        "say the plan back",  # teach-back
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert "stick to the plan" in script.portal_body
    assert "understood this right" in script.portal_body


@pytest.mark.parametrize("for_whom", [k for k in FOR_WHOM if k != "self"])
def test_someone_elses_conversation_is_worded_in_the_third_person(for_whom):
    script = build_reset_script(ResetAnswers(for_whom=for_whom, what_happened="skip", concern="skip"), "us")
    noun = FOR_WHOM[for_whom][1]
    assert f"I'm here to help {noun}" in script.spoken
    assert "about my care" not in script.spoken
    assert "help us stick to the plan" in script.portal_body
    assert "power of attorney" in script.card().as_text()  # when a clinician can talk to the helper
    assert (
        "lasting power of attorney"
        in build_reset_script(ResetAnswers(for_whom=for_whom), "uk").card().as_text()
    )


def test_skipped_answers_get_gentle_general_wording():
    script = build_reset_script(ResetAnswers(what_happened="skip", concern="not_sure"), "us")
    assert "I'm not sure I understood everything" in script.spoken
    assert "skip" not in script.spoken and "not_sure" not in script.spoken


def test_the_portal_message_has_placeholders_not_names():
    script = build_reset_script(ResetAnswers(role="cardiologist", channel="portal"), "us")
    assert script.portal_body.startswith("Dear [Cardiologist's name],")
    assert "[Your name]" in script.portal_body
    assert script.sections()[0]["heading"] == "Portal message"  # the chosen channel first


def test_the_payload_has_kind_title_and_sections():
    payload = build_reset_script(ResetAnswers(channel="visit"), "us").card().as_payload()
    assert payload["kind"] == "reset_script"
    assert [s["heading"] for s in payload["sections"]] == [
        "What to say",
        "Portal message",
        "Visit briefing (fill in before you go)",
        "Questions to ask",
        "Tips",
    ]


def test_the_visit_briefing_has_blanks_for_concerns_timeline_all_medicines_and_care_elsewhere():
    briefing = build_reset_script(ResetAnswers(), "us").card().sections[2]["body"]
    for part in (
        "top concerns",
        "When it started",
        "vitamins, herbs",
        "without a prescription",
        "somewhere else",
    ):
        assert part in briefing
    assert briefing.count("______") >= 6


def test_the_card_asks_what_to_watch_for_and_tips_cover_money_and_missed_doses():
    text = build_reset_script(ResetAnswers(), "us").card().as_text()
    assert "watch for, and when should I call" in text
    assert "cheaper option, or help to pay" in text
    assert "I've missed some doses" in text


def test_phone_and_video_add_a_tip_for_that_channel():
    assert "call back" in build_reset_script(ResetAnswers(channel="phone"), "us").tips[0]
    assert "video visit" in build_reset_script(ResetAnswers(channel="video"), "us").tips[0]
    assert channel_from_text("Video visit") == "video"
    assert channel_from_text("on zoom") == "video"


def test_what_to_watch_for_is_a_choice_of_what_would_help():
    assert match_helps("What to watch for and when to call") == ["watch_for"]
    assert match_helps("tell me the warning signs") == ["watch_for"]


@pytest.mark.parametrize(
    "what, concern, expected",
    [
        ("You never listen to me", "skip", [("what_happened", "never", "absolute")]),
        ("the doctor always rushes me", "skip", [("what_happened", "always", "absolute")]),
        ("skip", "nobody listens", [("concern", "nobody", "absolute")]),
        # Plain facts are not blame: they stay as they are.
        ("Nobody called me back after the scan", "I have never had a biopsy before", []),
        ("I always take my pills in the morning", "skip", []),
        (
            "skip",
            "The nurse was rude and useless",
            [("concern", "rude", "insult"), ("concern", "useless", "insult")],
        ),
        ("The visit felt short", "I worry about the results", []),
        ("whenever I call", "skip", []),  # "ever" inside another word is not flagged
    ],
)
def test_heat_check_points_out_absolutes_and_insults(what, concern, expected):
    findings = heat_check(ResetAnswers(what_happened=what, concern=concern))
    assert [(f.field, f.word, f.kind) for f in findings] == expected
    assert all("calmer way" in f.calmer for f in findings)


@pytest.mark.parametrize(
    "text, codes",
    [
        ("More time for questions", ["more_time"]),
        ("a written plan and simpler explanations", ["plain_language", "written_plan"]),
        ("I want them to call me back", ["follow_up_call"]),
        ("a hug", []),
        ("Clear next steps. What happens now, what happens if it doesn't work", ["written_plan"]),  # pool v40
        ("just listen to me before jumping to next steps", ["be_heard"]),  # found in review
    ],
)
def test_what_would_help_is_read_from_buttons_and_own_words(text, codes):
    assert match_helps(text) == codes


def test_quote_keeps_words_as_typed():
    assert quote("  don't   change 'this'  ") == "\"don't change 'this'\""
