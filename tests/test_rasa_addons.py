"""The NLU safety components and the safety policy, on real Rasa objects but without a model."""

from pathlib import Path

import numpy as np
import pytest
import yaml
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message

from bot.pathways import registry
from bot.rasa_addons.nlu import (
    AnotherLookNotLeaving,
    AnotherLookNotMedical,
    AskedOfTheBot,
    InputGuard,
    LeavingNotPrivacy,
    LeavingNotStaying,
    PrivacyNotPathway,
    PrivacyNotStartOver,
    SafetyNet,
    StayingNotAnotherLook,
    StayingNotLeaving,
    StayingNotStartOver,
)
from bot.rasa_addons.policy import ONE_STEP_REPLIES, PATHWAY_STARTS, SafetyPolicy, next_safety_action

ROOT = Path(__file__).resolve().parent.parent


def model_guess(text, ranking):
    """A message as DIET would leave it: ``ranking`` is [(intent, confidence), ...], best first."""
    message = Message(data={"text": text})
    ranked = [{"name": name, "confidence": conf} for name, conf in ranking]
    message.set("intent", ranked[0])
    message.set("intent_ranking", ranked)
    return message


def run_nlu(message, max_chars=1000):
    InputGuard({"max_chars": max_chars}).process([message])
    SafetyNet().process([message])
    return message


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "I don't want to switch doctors, I just want them to actually hear me",
            "prepare_reset_conversation",
        ),
        (
            "Honest chat with my GP about feeling dismissed. Not looking to leave the practice.",
            "prepare_reset_conversation",
        ),
        ("my doctor doesn't want to change my meds so I'm leaving", "end_care"),
        ("I want to switch GP", "end_care"),
    ],
)
def test_a_message_that_says_the_patient_is_staying_is_not_ending_care(text, expected):
    message = model_guess(text, [("end_care", 0.55), ("prepare_reset_conversation", 0.3), ("greet", 0.15)])
    StayingNotLeaving().process([message])
    assert message.get("intent") == {"name": expected, "confidence": 0.55}
    assert [r["name"] for r in message.get("intent_ranking")][1] != expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # pool v18
        ("lots of tests, no answers. Should I see a different gastro?", "request_second_opinion"),
        ("should we ask a different doctor? the antibiotics keep failing", "request_second_opinion"),
        ("is it worth asking another specialist, it was one scan", "request_second_opinion"),
        ("My biologic isn't working. Want a different dermatologist to weigh in", "request_second_opinion"),
        (
            "doctor say my wife need operation, we want to ask other doctor first, can?",
            "request_second_opinion",
        ),
        (
            "My transplant team wants a change. Should I talk to another transplant doctor",
            "request_second_opinion",
        ),
        ("should i get a 2nd opinion b4 starting chemo", "request_second_opinion"),
        ("should I take a different painkiller?", "ask_medical_question"),
        # found in review: a different medicine, another clinician's reading, a second opinion already had
        ("The sertraline isn't working, should I try a different one?", "ask_medical_question"),
        (
            "I asked the other nurse to check my sugar and it was 15, is that dangerous?",
            "ask_medical_question",
        ),
        ("I already got a second opinion and they said it's IBS, what should I eat?", "ask_medical_question"),
        ("my other doctor said to double the dose, is that right?", "ask_medical_question"),
        # pool v21, and what review found it must not take
        (
            "each doctor gives me more antibiotics. Should I see a urologist for a real answer?",
            "request_second_opinion",
        ),
        ("Should I see a GP for a proper diagnosis or just go to the pharmacy?", "ask_medical_question"),
        ("I need to hear from a doctor about my results, nobody calls me back", "ask_medical_question"),
        # pool v22: a different one, whether a diagnosis is right; not a different medicine
        (
            "The vasectomy doc rushed me. Should I see a different one before going ahead?",
            "request_second_opinion",
        ),
        (
            "Wondering if my son's Tourette's diagnosis is right - he was seen for 20 minutes.",
            "request_second_opinion",
        ),
        ("The sertraline makes me sick, should I try a different one?", "ask_medical_question"),
        # pool v24: the patient questioning a diagnosis; not the clinician questioning it
        (
            "Is it normal to question a diagnosis of heart failure? I'm 45 and feel fine most days.",
            "request_second_opinion",
        ),
        ("my cardiologist questioned the diagnosis, what does that mean?", "ask_medical_question"),
        # pool v25: another doctor's opinion asked for in the possessive
        (
            "Been to my GP 6 times for the same pain and nobody knows what it is. Should I be asking for a "
            "different doctor's opinion?",
            "request_second_opinion",
        ),
        ("my doctor's opinion is that it's arthritis, is that right?", "ask_medical_question"),
        # pool v26: whether a different clinician would agree; not whether one would agree to see them
        (
            "MS specialist says I should switch to a stronger infusion. Sounds risky. Would a different "
            "neuro agree",
            "request_second_opinion",
        ),
        ("would a new doctor agree to see me sooner if my pain gets worse?", "ask_medical_question"),
        # pool v27: whether another clinician would say what was said is true
        (
            "Physio said I'd never play rugby again after my shoulder dislocation. Can another specialist "
            "tell me if that's true?",
            "request_second_opinion",
        ),
        ("can another doctor tell me if I need a referral letter", "ask_medical_question"),
        # ... and in Spanish, asked for or turned down
        (
            "Mi doctor dice que necesito cirugía de la vesícula, but I feel fine most days. "
            "quiero otra opinión?",
            "request_second_opinion",
        ),
        ("no quiero otra opinión, solo quiero saber si es grave", "ask_medical_question"),
        # found in review: who else to ask is not another look
        ("I have no options left, who else can I talk to", "ask_medical_question"),
        ("I don't understand the options on this form, who else can I ask?", "ask_medical_question"),
        ("no quiero una segunda opinión, solo que me explique", "ask_medical_question"),
        ("no quiero pedir otra opinión", "ask_medical_question"),
        # pool v28: two clinicians with two answers, feeling better if a specialist checked, asking for a
        # different one, typed fast
        ("2 derms, 2 diagnoses for my rash. lost tbh", "request_second_opinion"),
        ("my gp says the lump is a cyst. i'd feel better if a specialist checked.", "request_second_opinion"),
        (
            "Is it worth asking for a different consultant before I sign the consent form for my back op?",
            "request_second_opinion",
        ),
        ("second opnion pls", "request_second_opinion"),
        (
            "I take 2 different answers from the pharmacist about my inhaler, which is right?",
            "ask_medical_question",
        ),
        ("two diagnosis codes on my bill, what do they mean?", "ask_medical_question"),
        ("three GPs, three opinions on my knee and still no answer", "request_second_opinion"),
        # found in review: diagnoses had, opinions behind the patient
        ("I have two diagnoses, bipolar and ADHD, is that common?", "ask_medical_question"),
        ("3 opinions later I'm sticking with my GP, is that silly?", "ask_medical_question"),
        ("seen 2 doctors got 2 diagnoses, who do I believe", "request_second_opinion"),
        ("can I see a pharmacist for an opinion on my meds interacting", "ask_medical_question"),
        # pool v29: two clinicians, two answers; a fresh pair of eyes; checked by a specialist; doubts before
        # a planned operation; would another one help; in learner's English
        ("Crown or implant? Two dentists, two answers.", "request_second_opinion"),
        ("tests for a year and nothing. time for fresh eyes on it?", "request_second_opinion"),
        (
            "told I have lupus in five minutes. Should I get it checked by a rheumatologist?",
            "request_second_opinion",
        ),
        ("my knee op is booked for monday and I'm having second thoughts", "request_second_opinion"),
        ("my doses keep changing with no plan. Would another hepatologist help", "request_second_opinion"),
        ("Doctor say I need operation, risky. I want other doctor look first.", "request_second_opinion"),
        ("should I get this mole checked by a doctor", "ask_medical_question"),
        ("would another nurse help me with the dressing", "ask_medical_question"),
        ("I had doubts about the operation but we talked it through", "ask_medical_question"),
        ("I have two doctors and two plans for my kids", "ask_medical_question"),
        ("Should I get my results checked by another specialist?", "request_second_opinion"),
        # found in review: a first check (the medical reply sends the patient to urgent care), a support
        # person, doubts since an operation or about a person, more staff
        (
            "My baby has a rash that won't fade, should I get it checked by an out-of-hours doctor?",
            "ask_medical_question",
        ),
        ("Should we get it checked by a paramedic? she fell and hit her head", "ask_medical_question"),
        ("Should I get it checked by a practice nurse or wait?", "ask_medical_question"),
        ("Should I get it checked by a podiatrist? my toe is black", "ask_medical_question"),
        ("Can I bring my daughter as a second pair of eyes at the appointment?", "ask_medical_question"),
        ("Since the amputation I have serious doubts that life is worth living", "ask_medical_question"),
        ("Since my surgery I'm having serious doubts I'll ever walk again", "ask_medical_question"),
        ("After my op the nurse was rude and I'm having doubts about going back", "ask_medical_question"),
        ("Would a second nurse help with the dressing changes?", "ask_medical_question"),
        # pool v30: another doctor who can check, in learner's English; an opinion pushed for
        ("My mother is told she need operation. Maybe other doctor can check?", "request_second_opinion"),
        (
            "dizzy for months, 2 doctors, nothing. Should i push for a neurologist or ENT opinion?",
            "request_second_opinion",
        ),
        ("can the other doctor check my blood pressure today", "ask_medical_question"),
        # found in review: a first check, a booking, an opinion asked of the patient's own GP
        ("my baby has a rash that doesnt fade, maybe another doctor can check?", "ask_medical_question"),
        ("The other doctor can see me on Tuesday instead", "ask_medical_question"),
        ("Should I ask for an opinion from my GP about going back to work?", "ask_medical_question"),
        # pool v31: a diagnosis, then "ask someone else" on its own; a second doctor to explain and check;
        # another hospital asked too
        (
            "I've been told my chronic cough is reflux. Inhalers never helped. Ask someone else?",
            "request_second_opinion",
        ),
        (
            "doctor tell me I have hepatitis B and need medicine for life. I want second doctor to explain "
            "and check",
            "request_second_opinion",
        ),
        (
            "Doctor say my mother need chemo. Family want ask other hospital too. How we do that?",
            "request_second_opinion",
        ),
        # pool v32: another view wanted; the clinician not knowing what a result means
        (
            "Evening. I'm a carer for my brother who's had a stroke. The team say he should go into a "
            "nursing home. We want another view first.",
            "request_second_opinion",
        ),
        (
            "my biopsy came back as 'atypical' and the doctor doesn't seem to know what that means either",
            "request_second_opinion",
        ),
        # ... not a view had, nor a clinician unsure of something else
        ("the second view of the scan was clearer, is that normal?", "ask_medical_question"),
        ("my GP doesn't know what that rash is, is it eczema?", "ask_medical_question"),
        # found in review: an X-ray's view, someone else's wish, advice on the talk, a clinician not
        # knowing a life
        ("The radiographer said they need another view of my wrist, is that bad?", "ask_medical_question"),
        ("My husband wants a second view but I'm happy with what the surgeon said", "ask_medical_question"),
        ("I need a fresh perspective on how to approach my GP about my pain", "ask_medical_question"),
        ("My doctor doesn't know what it means to live with chronic pain", "ask_medical_question"),
        # found in a second review: a view of what happened or of a complaint, a language, an explanation
        # wanted
        (
            "I just need another perspective on what happened at the appointment - was I out of line?",
            "ask_medical_question",
        ),
        ("I'd like an independent view on my complaint", "ask_medical_question"),
        ("The nurse didn't know what that means in Punjabi", "ask_medical_question"),
        (
            "My doctor doesn't know what it means, and honestly neither do I, so I want him to explain it",
            "ask_medical_question",
        ),
        (
            "the GP doesn't know what that means for my driving licence, should I stop driving?",
            "ask_medical_question",
        ),
        # ... not help asked of someone else, nor another nurse for a task
        ("The nurse said I need a carer at home. Ask someone else to help?", "ask_medical_question"),
        ("my blood test is due, can I ask another nurse to take it", "ask_medical_question"),
        # pool v36: a third view after two clinicians disagree; a second opinion in other languages
        (
            "Been on antidepressants 10 years, new psychiatrist says I should come off. "
            "Old one said stay on. Who's right? Should I get a third view",
            "request_second_opinion",
        ),
        (
            "Il medico vuole operare subito la tiroide di mio marito. Vorremmo un altro parere",
            "request_second_opinion",
        ),
        (
            "Je pense demander un deuxième avis pour mon genou. Le chirurgien veut opérer.",
            "request_second_opinion",
        ),
        ("Ich möchte eine zweite Meinung zu meiner Diagnose", "request_second_opinion"),
        ("The radiographer took a third view of my wrist, is that bad?", "ask_medical_question"),
        # found in review: an X-ray's view needed, a second opinion refused, a disagreement
        ("The radiographer said they need a third view of my wrist", "ask_medical_question"),
        ("Ich will keine zweite Meinung", "ask_medical_question"),
        ("je suis d'un autre avis que mon médecin", "ask_medical_question"),
        ("no quiero otra opinión", "ask_medical_question"),
        # found in a second review
        ("Non voglio un secondo parere", "ask_medical_question"),
        ("Mon mari a un autre avis", "ask_medical_question"),
        ("Do they need a third view for my scan?", "ask_medical_question"),
        ("Je voudrais un deuxième avis", "request_second_opinion"),
    ],
)
def test_a_message_asking_whether_to_see_another_clinician_is_not_a_medical_question(text, expected):
    message = model_guess(
        text, [("ask_medical_question", 0.5), ("request_second_opinion", 0.35), ("greet", 0.15)]
    )
    AnotherLookNotMedical().process([message])
    assert message.get("intent") == {"name": expected, "confidence": 0.5}


def test_wanting_another_clinicians_view_is_not_a_talk_with_the_one_named():
    # pool v21
    text = "my physio says i'll never run again after my acl. i want to hear from a sports surgeon"
    message = model_guess(
        text, [("prepare_reset_conversation", 0.5), ("request_second_opinion", 0.35), ("greet", 0.15)]
    )
    AnotherLookNotMedical().process([message])
    assert message.get("intent") == {"name": "request_second_opinion", "confidence": 0.5}


@pytest.mark.parametrize(
    "text, misread, expected",
    [
        # pool v21
        (
            "time to leave my gyno. she's not listening. where do i start",
            "prepare_reset_conversation",
            "end_care",
        ),
        (
            "Me and my doctor are finished. I need help getting out properly.",
            "prepare_reset_conversation",
            "end_care",
        ),
        (
            "my doctor told me to find someone else because she's 'not the right fit'",
            "request_second_opinion",
            "end_care",
        ),
        (
            "My pain doctor is firing me over a urine test. Scared about withdrawal.",
            "ask_medical_question",
            "end_care",
        ),
        # found in review: a new clinician after the care ended, not another's view
        ("My dentist struck me off. Should I see a different one?", "request_second_opinion", "end_care"),
        # ... and what stays as the model read it
        ("I'm not ready to leave the practice, I just want to be heard", "prepare_reset_conversation", None),
        (
            "my cardiologist is leaving me no choice, should I get a second opinion?",
            "request_second_opinion",
            None,
        ),
        ("should I see a different GP? I'm done with my doctor's guesses", "request_second_opinion", None),
        ("time to leave my gyno", "greet", None),
        # pool v28: read as a question about the bot's help
        ("Can a doctor just drop you? Mine did", "ask_help", "end_care"),
        # ... not a complaint (answered with the complaint routes) nor carrying on (which resumes a paused
        # form), found in review, nor a hospital discharge
        ("where do I complain? my GP struck me off", "ask_complaint", None),
        ("ok let's continue. my GP struck me off yesterday", "resume_pathway", None),
        ("can the doctor discharge me from the ward before the scan?", "ask_help", None),
        # found in review of pool v45's fixes: leaving read by the model as outside the bot's help stays so
        # (jobs, insurers and vets are "fired", "dropped" and "discharged" too, beside a crisis told)
        ("my boss fired me and I'm going to the bridge later, what's the weather like", "out_of_scope", None),
        ("can i change gps without telling my current one?", "out_of_scope", None),
    ],
)
def test_a_message_that_says_the_care_is_ending_is_ending_care(text, misread, expected):
    message = model_guess(text, [(misread, 0.5), ("end_care", 0.3), ("goodbye", 0.2)])
    LeavingNotStaying().process([message])
    assert message.get("intent") == {"name": expected or misread, "confidence": 0.5}


@pytest.mark.parametrize(
    "text, ranking, expected",
    [
        # pool v22: the words say it, the model read it first but below the fallback threshold
        (
            "Just got told by reception that I've been struck off",
            [("end_care", 0.25), ("greet", 0.2)],
            "end_care",
        ),
        # ... or read something else first, unsure: the swap is held at the threshold too
        (
            "time to leave my gyno, she's not listening",
            [("prepare_reset_conversation", 0.22), ("end_care", 0.2), ("greet", 0.1)],
            "end_care",
        ),
    ],
)
def test_words_that_say_the_care_is_ending_are_held_at_the_fallback_threshold(text, ranking, expected):
    message = model_guess(text, ranking)
    LeavingNotStaying({"at_least": 0.3}).process([message])
    assert message.get("intent") == {"name": expected, "confidence": 0.3}


@pytest.mark.parametrize(
    "text, held",
    [
        # pool v28: whether to ask a different clinician, read first below the fallback threshold
        (
            "Is it worth asking for a different consultant before I sign the consent form for my back op?",
            True,
        ),
        ("the consent form for my back op is next month, what do I bring", False),
    ],
)
def test_words_that_ask_for_another_look_are_held_at_the_fallback_threshold(text, held):
    message = model_guess(text, [("request_second_opinion", 0.28), ("end_care", 0.27), ("greet", 0.1)])
    AnotherLookNotMedical({"at_least": 0.3}).process([message])
    assert message.get("intent") == {"name": "request_second_opinion", "confidence": 0.3 if held else 0.28}


def test_behind_the_patients_own_words_the_pathway_the_words_say_comes_first():
    # pool v22: read first as a form's answer (which it stays), then as ending care; no question open, the
    # reading behind the answer starts the pathway
    text = "not wanting a new doctor, just wanting my current one to take my fatigue seriously"
    ranking = [("answer_question", 0.53), ("end_care", 0.35), ("prepare_reset_conversation", 0.04)]
    message = model_guess(text, ranking)
    StayingNotLeaving({"at_least": 0.3}).process([message])
    assert message.get("intent") == {"name": "answer_question", "confidence": 0.53}
    assert [(r["name"], r["confidence"]) for r in message.get("intent_ranking")][:2] == [
        ("answer_question", 0.53),
        ("prepare_reset_conversation", 0.35),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to leave my GP, I just want to be heard",  # the words do not say it
        "so tired of everything",
    ],
)
def test_an_unsure_reading_the_words_do_not_say_is_left_for_the_fallback(text):
    message = model_guess(text, [("end_care", 0.25), ("greet", 0.2)])
    LeavingNotStaying({"at_least": 0.3}).process([message])
    assert message.get("intent") == {"name": "end_care", "confidence": 0.25}


def test_an_unsure_reading_beside_a_risk_is_left_for_the_fallback_and_its_crisis_line():
    # found in review: "They're ending my care and I've got nobody, I just want to disappear"
    text = "They're ending my care and I've got nobody, I just want to disappear"
    for ranking in (
        [("end_care", 0.26), ("hint_self_harm", 0.22), ("greet", 0.1)],
        [("prepare_reset_conversation", 0.26), ("end_care", 0.2), ("express_crisis", 0.15)],
    ):
        message = model_guess(text, ranking)
        LeavingNotStaying({"at_least": 0.3}).process([message])
        assert message.get("intent")["confidence"] == 0.26


def test_a_guess_that_a_medicine_is_stopped_does_not_keep_the_menu_when_the_words_say_the_care_is_ending():
    # pool v22: the ending care pathway asks about daily medicines and bridges them
    text = "help, the methadone clinic is discharging me next week"
    message = model_guess(text, [("end_care", 0.25), ("stop_medication", 0.2), ("out_of_scope", 0.1)])
    LeavingNotStaying({"at_least": 0.3}).process([message])
    assert message.get("intent") == {"name": "end_care", "confidence": 0.3}
    # ... while a guess of abuse still does
    message = model_guess(text, [("end_care", 0.25), ("report_abuse", 0.2), ("out_of_scope", 0.1)])
    LeavingNotStaying({"at_least": 0.3}).process([message])
    assert message.get("intent") == {"name": "end_care", "confidence": 0.25}
    # ... and beside staying, which has no question about medicines, so does a guess of a medicine stopped
    text = "I want to stay with her but I'm off the lithium now"
    message = model_guess(
        text, [("prepare_reset_conversation", 0.25), ("stop_medication", 0.2), ("greet", 0.1)]
    )
    StayingNotLeaving({"at_least": 0.3}).process([message])
    assert message.get("intent") == {"name": "prepare_reset_conversation", "confidence": 0.25}


@pytest.mark.parametrize(
    "text, expected",
    [
        # pool v23: another look turned down, or staying said, under a story
        (
            "ortho doc keeps saying 'wait and see'. I'm not after another opinion, just want him to explain",
            "prepare_reset_conversation",
        ),
        ("I felt unheard. Not switching, just want a better conversation.", "prepare_reset_conversation"),
        ("I don't want a second opinion, I want her to listen", "prepare_reset_conversation"),
        # ... and what stays a second opinion: another look asked for, beside staying or a refusal
        (
            "I want to stay with my GP long term but I'm not sure about this diagnosis. Can I get a second "
            "opinion and still keep her?",
            "request_second_opinion",
        ),
        (
            "I'm not getting a second opinion from him. But maybe another opinion from a surgeon?",
            "request_second_opinion",
        ),
        ("I don't know if a second opinion is worth it", "request_second_opinion"),
        # found in review: someone else's refusal, a new clinician wanted instead, a view wanted beside
        # staying
        ("my GP said no to a second opinion, can I still get one?", "request_second_opinion"),
        ("my doctor said I don't need a second opinion, is that right", "request_second_opinion"),
        ("I can't get a second opinion, my GP refuses", "request_second_opinion"),
        ("No second opinion, I just want to switch GP", "request_second_opinion"),
        ("dont want a new doctor, just want a specialist to confirm the diagnosis", "request_second_opinion"),
        ("don't want a new GP, I want a rheumatologist to review my case", "request_second_opinion"),
        ("the surgeon wants to operate soon, should I see someone else?", "request_second_opinion"),
        # pool v30: staying with the clinician, who is asked to look, not another one
        (
            "Ortho said my knee pain is 'age'. Staying with him because the waitlist elsewhere is huge, but "
            "want him to actually look.",
            "prepare_reset_conversation",
        ),
        # pool v28: the clinician the patient keeps, asked to look into it
        ("i like the surgery. i want her to actually look into it", "prepare_reset_conversation"),
        # found in review: the one asked to look is the new clinician named before
        (
            "I want to keep my GP but I need a cardiologist. I want him to look at my heart",
            "request_second_opinion",
        ),
    ],
)
def test_staying_or_turning_another_look_down_is_the_reset_conversation(text, expected):
    message = model_guess(
        text, [("request_second_opinion", 0.6), ("prepare_reset_conversation", 0.2), ("greet", 0.1)]
    )
    StayingNotAnotherLook().process([message])
    assert message.get("intent") == {"name": expected, "confidence": 0.6}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("wipe my info pls", "ask_privacy"),  # pool v23
        ("please delete what I've typed", "ask_privacy"),
        ("delete my answers and start again", "start_over"),  # both asked: the start over clears them
        ("wipe this and start fresh", "start_over"),
        ("start over", "start_over"),
        ("can I wipe this conversation", "ask_privacy"),  # pool v38
        ("can we start this conversation again", "start_over"),
        ("can I wipe my nose", "start_over"),  # nothing typed named: the model's reading stays
        # found in review: the practice's records, another app
        ("Can I remove my details from the practice list?", "start_over"),
        ("can I delete my messages to the GP in the NHS app?", "start_over"),
        ("can I clear the chat", "start_over"),  # a fifth review: often a start over
        # pool v46: all that was said, and when
        ("can I wipe everything I've said", "ask_privacy"),
        ("Can I get rid of this conversation after", "ask_privacy"),
        ("can I wipe everything I said to my doctor", "start_over"),
        ("can I get rid of my GP", "start_over"),
        # found in review: a wipe asked for beside harm is left to the model
        ("can I delete what I told you so my dad doesn't beat me", "start_over"),
        # pool v49: everything typed, wanted deleted (not someone else's words)
        ("I'd like everything I've typed deleted please", "ask_privacy"),
        ("i want everything i've said here wiped", "ask_privacy"),
        ("I'd like everything he said forgotten", "start_over"),
        # ... found in review: what was said to a clinician or in a complaint
        ("I want what I said forgotten, I was rude to her", "start_over"),
        ("I want everything I said removed from the complaint", "start_over"),
        ("id like everything ive typed deleted", "ask_privacy"),
    ],
)
def test_asking_for_what_was_typed_to_be_wiped_is_a_privacy_question(text, expected):
    message = model_guess(text, [("start_over", 0.76), ("ask_privacy", 0.13), ("goodbye", 0.03)])
    PrivacyNotStartOver().process([message])
    assert message.get("intent") == {"name": expected, "confidence": 0.76}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Can the practice see I'm thinking of leaving?", "ask_privacy"),  # pool v36
        ("will my GP find out what I typed", "ask_privacy"),
        ("Is this going to my doctor?", "ask_privacy"),
        ("can my therapist read my messages", "ask_privacy"),
        # the clinician seeing the patient, a move told, a result sent: the model's reading stays
        ("can my doctor see me sooner", "end_care"),
        ("will my doctor know if I switch", "end_care"),
        ("does it get sent to my GP?", "end_care"),
        ("Can my GP see my records from the hospital?", "end_care"),
        # found in review: a relapse, what was told to someone else, a second opinion told of
        ("Will my doctor find out I've been using again?", "end_care"),
        ("Will my doctor know what I told the nurse?", "end_care"),
        ("Will my doctor be told I'm asking for a second opinion?", "end_care"),
        # found in a second review: what a step would show
        ("Could my therapist see I'm planning to stop if I cancel sessions?", "end_care"),
        ("Will the practice see that I'm thinking of leaving if I ask for my records?", "end_care"),
    ],
)
def test_asking_whether_the_clinician_sees_this_chat_is_a_privacy_question(text, expected):
    message = model_guess(text, [("end_care", 0.8), ("ask_privacy", 0.16), ("ask_help", 0.02)])
    PrivacyNotPathway().process([message])
    assert message.get("intent") == {"name": expected, "confidence": 0.8}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("can someone at reception read this", "ask_privacy"),  # pool v37
        ("Can anyone at the surgery read what I typed?", "ask_privacy"),
        # a person asked for: the model's reading stays
        ("can someone at reception call me", "talk_to_person"),
        ("I want someone at the practice to read my letter", "talk_to_person"),
        # found in review: an errand
        ("can the receptionist get it", "talk_to_person"),
        ("can someone in the office get it", "talk_to_person"),
        ("can someone at the surgery see it", "talk_to_person"),  # a wound, maybe (a second review)
        ("could someone at the surgery read this please", "ask_privacy"),  # a third review
    ],
)
def test_asking_whether_someone_at_the_practice_reads_this_is_not_asking_for_a_person(text, expected):
    message = model_guess(text, [("talk_to_person", 0.66), ("ask_privacy", 0.2), ("ask_help", 0.03)])
    PrivacyNotPathway().process([message])
    assert message.get("intent") == {"name": expected, "confidence": 0.66}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("leaving my midwife. what happens to my pregnancy notes?", "end_care"),  # pool v38
        ("I'm switching GP, how do I get my records?", "end_care"),
        # this chat, or who sees it: the privacy question stays
        ("I'm leaving my GP, will my notes here be kept?", "ask_privacy"),
        ("if I leave my therapist will she see this chat?", "ask_privacy"),
        ("Can the practice see I'm thinking of leaving?", "ask_privacy"),
        ("what happens to my notes?", "ask_privacy"),  # no leaving said
        ("I'm leaving my GP, what do you keep?", "ask_privacy"),
        # found in review: this chat in other words
        ("I'm leaving my GP, will the notes I write on this website be kept?", "ask_privacy"),
        ("I'm leaving my therapist, is what I say in these notes private", "ask_privacy"),
        # found in a third review: someone else getting the records
        ("leaving my GP, can my ex get my records?", "ask_privacy"),
        ("I'm leaving my GP, will my stepdad be able to get my notes?", "ask_privacy"),  # a fourth review
        # a fifth review: a stalker beside it
        (
            "I'm leaving my practice, my stalker found my address from my records, how do I move my records",
            "ask_privacy",
        ),
    ],
)
def test_leaving_with_a_question_about_the_cares_records_is_ending_care_not_privacy(text, expected):
    message = model_guess(text, [("ask_privacy", 0.69), ("end_care", 0.27), ("ask_help", 0.02)])
    LeavingNotPrivacy().process([message])
    assert message.get("intent") == {"name": expected, "confidence": 0.69}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("reset things with my endo", "prepare_reset_conversation"),  # pool v37
        ("I want to patch things up with my GP", "prepare_reset_conversation"),
        # the chat started again: no clinician, or the chat named
        ("reset", "start_over"),
        ("reset this chat please", "start_over"),
        ("reset things with the bot", "start_over"),  # found in review
        ("start over", "start_over"),
    ],
)
def test_mending_things_with_a_clinician_is_the_reset_conversation_not_a_start_over(text, expected):
    message = model_guess(text, [("start_over", 0.57), ("prepare_reset_conversation", 0.25), ("greet", 0.02)])
    StayingNotStartOver().process([message])
    assert message.get("intent") == {"name": expected, "confidence": 0.57}


@pytest.mark.parametrize(
    "text, expected",
    [
        # pool v24: another clinician's view asked for by name, told with records and another doctor
        (
            "how do i go about getting my records sent to another doctor for a second opinion",
            "request_second_opinion",
        ),
        # ... not when the care is said to be ending too, nor a new clinician after it ended
        ("I'm leaving my GP and want a second opinion on my diagnosis from the new one", "end_care"),
        ("My dentist struck me off. Should I see a different one?", "end_care"),
        ("how do I get my records sent to another doctor", "end_care"),
        # found in the regression walks: a second opinion asked for before, as the reason for the ending
        ("My doctor fired me because I asked for a second opinion. I'm shocked.", "end_care"),
        ("my GP fired us for asking for a second opinion", "end_care"),
        # pool v25: another clinician asked to look before a treatment, or to review everything
        (
            "the doctor says my tito needs his toe amputated from diabetes. We want another doctor to see "
            "first.",
            "request_second_opinion",
        ),
        (
            "We've had two failed transfers and the clinic blames my lining. I want a different fertility "
            "doctor to review everything.",
            "request_second_opinion",
        ),
        ("I need another doctor to see me for my repeat prescriptions", "end_care"),
        ("I'm leaving my GP, I want a different doctor to review my meds", "end_care"),
        # pool v26: another clinician asked to reassess or go over it; an opinion sought elsewhere
        (
            "want a different psychologist to reassess my adhd, the first one barely asked anything",
            "request_second_opinion",
        ),
        (
            "thinking of going elsewhere just for an opinion, not to leave my doc, is that ok",
            "request_second_opinion",
        ),
        (
            "I'm not sure what diagnosis I was actually given. I'd like another doctor to go over it with a "
            "proper interpreter.",
            "request_second_opinion",
        ),
        ("I want another GP to go over my repeat prescriptions", "end_care"),
        # pool v28: asking a different clinician about something
        ("I'm thinking of asking a different cardiologist about my valve.", "request_second_opinion"),
        ("I'm leaving, so I'll be asking a different GP about my repeat prescriptions", "end_care"),
        (
            "Doctor sahib told my mother she needs bypass surgery. We want to ask another heart doctor "
            "first. How?",
            "request_second_opinion",
        ),
        # pool v34: a third opinion after two that disagree; a specialist asked to look after what the GP said
        (
            "I moved from private to NHS care and the NHS consultant disagrees with my old private one. "
            "Which do I believe? Should I get a third opinion?",
            "request_second_opinion",
        ),
        ("The physio said it was fine. I want a surgeon to look at it", "request_second_opinion"),
        ("I got a third opinion already and I want to leave my GP", "end_care"),
        # pool v33: someone else asked to weigh in
        (
            "Had a stroke three years back, and now they want me on a new blood thinner. I'd like someone "
            "else to weigh in",
            "request_second_opinion",
        ),
        ("I'd like someone else to look after my dog while I'm at the appointment", "end_care"),
        ("can i ask for my case to go to another MDT?", "request_second_opinion"),
        # pool v35: two clinicians saying different things, then who to see asked
        (
            "The physio says I need surgery on my ACL, the surgeon says physio. Lol. Who do I see now",
            "request_second_opinion",
        ),
        ("My GP disagrees with my old one, so I'm leaving him", "end_care"),
        ("the gp said it's a virus, we'd like a nurse to look at him", "end_care"),
    ],
)
def test_another_clinicians_view_asked_for_by_name_is_not_ending_care(text, expected):
    message = model_guess(text, [("end_care", 0.71), ("request_second_opinion", 0.26), ("greet", 0.03)])
    AnotherLookNotLeaving().process([message])
    assert message.get("intent") == {"name": expected, "confidence": 0.71}


@pytest.mark.parametrize(
    "text, ranking, expected",
    [
        # pool v24: an unsure guess of a care reply (no crisis line to keep), the care ending or staying said
        # in so many words: the medicine caution, safeguarding
        (
            "Wah, the doctor told me never to come back to his clinic. I am on TB medicine.",
            [("stop_medication", 0.26), ("end_care", 0.18), ("request_second_opinion", 0.16)],
            ("end_care", 0.3),
        ),
        (
            "i think my doctor thinks i'm drug seeking. i'm not. i want to clear the air, not leave.",
            [("stop_medication", 0.45), ("end_care", 0.17), ("prepare_reset_conversation", 0.13)],
            ("prepare_reset_conversation", 0.3),
        ),
        (
            "my GP keeps shouting at me, I am leaving the practice",
            [("report_abuse", 0.31), ("end_care", 0.2), ("greet", 0.1)],
            ("end_care", 0.3),
        ),
        # the model surer of the pathway than the threshold keeps its own confidence
        (
            "i want to clear the air with my GP, not leave",
            [("stop_medication", 0.4), ("prepare_reset_conversation", 0.35)],
            ("prepare_reset_conversation", 0.35),
        ),
        # found in review: never the calm talk over a guess of abuse ("how do I go back to him after what he
        # did to me"), and a crisis guess keeps the menu and its crisis line even when the rules set it aside
        # as a look-alike ("I've decided to stop seeing my NP")
        (
            "help me say sorry to my counsellor",
            [("report_abuse", 0.31), ("prepare_reset_conversation", 0.29), ("end_care", 0.18)],
            ("nlu_fallback", 0.3),
        ),
        (
            "how do I go back to him after what he did to me",
            [("report_abuse", 0.45), ("prepare_reset_conversation", 0.2)],
            ("nlu_fallback", 0.3),
        ),
        (
            "I've decided to stop seeing my NP. I'd like to do it the right way.",
            [("express_crisis", 0.93), ("end_care", 0.04), ("greet", 0.01)],
            ("nlu_fallback", 0.3),
        ),
        # ... and where the words hint at it ("I just want it all to stop"), the check-in, which asks
        (
            "I want to stop seeing my therapist, I just want it all to stop",
            [("express_crisis", 0.45), ("end_care", 0.2)],
            ("hint_self_harm", 1.0),
        ),
        (
            "my therapist is discharging me and I feel so low",
            [("hint_self_harm", 0.4), ("end_care", 0.2), ("greet", 0.1)],
            ("nlu_fallback", 0.3),
        ),
        # a form's answer stays one; words that name no pathway get the menu
        (
            "i want to clear the air with my GP, not leave",
            [("stop_medication", 0.35), ("answer_question", 0.34)],
            ("answer_question", 0.34),
        ),
        ("my GP was cross with me", [("report_abuse", 0.31), ("greet", 0.2)], ("nlu_fallback", 0.3)),
    ],
)
def test_a_risk_guess_set_aside_gives_way_to_the_pathway_the_words_name(text, ranking, expected):
    message = run_nlu(model_guess(text, ranking))
    assert (message.get("intent")["name"], message.get("intent")["confidence"]) == expected


def test_a_plain_crisis_phrase_overrides_an_unsure_model():
    message = run_nlu(model_guess("honestly I want to kill myself", [("nlu_fallback", 0.4), ("greet", 0.3)]))
    assert message.get("intent") == {"name": "express_crisis", "confidence": 1.0}
    assert message.get("intent_ranking")[0]["name"] == "express_crisis"


def test_a_hard_negative_guessed_as_crisis_falls_back_to_the_next_best_intent():
    message = run_nlu(
        model_guess("I want to end things with my doctor", [("express_crisis", 0.6), ("end_care", 0.35)])
    )
    assert message.get("intent") == {"name": "end_care", "confidence": 0.35}


def test_a_next_best_intent_below_the_fallback_threshold_gives_the_menu_instead():
    message = run_nlu(
        model_guess("I want to end things with my doctor", [("express_crisis", 0.7), ("end_care", 0.2)])
    )
    assert message.get("intent") == {"name": "nlu_fallback", "confidence": 0.3}


def test_the_safety_nets_fallback_threshold_is_the_fallback_classifiers():
    import yaml

    pipeline = {c["name"]: c for c in yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"]}
    net = {**SafetyNet.get_default_config(), **pipeline["bot.rasa_addons.nlu.SafetyNet"]}
    assert net["fallback_threshold"] == pipeline["FallbackClassifier"]["threshold"]


def test_a_model_crisis_guess_without_any_pattern_gets_a_check_in_not_the_full_reply():
    message = run_nlu(
        model_guess("nobody would notice if I vanished", [("express_crisis", 0.8), ("greet", 0.1)])
    )
    assert message.get("intent")["name"] == "hint_self_harm"
    assert message.get("safety")["decided_by"] == "model"


def test_a_history_gets_a_check_in_and_a_present_symptom_the_full_reply():
    history = run_nlu(model_guess("I had chest pain last year and nobody followed up", [("end_care", 0.6)]))
    assert history.get("intent")["name"] == "mention_symptom"
    now = run_nlu(model_guess("my chest hurts right now", [("end_care", 0.6)]))
    assert now.get("intent")["name"] == "report_emergency"


def test_someone_else_at_risk_and_an_overdose_on_purpose_get_their_own_replies():
    other = run_nlu(model_guess("my son keeps saying he wants to kill himself", [("greet", 0.9)]))
    assert other.get("intent")["name"] == "express_crisis_other"
    overdose = run_nlu(model_guess("thinking of overdosing on purpose", [("report_emergency", 0.9)]))
    assert overdose.get("intent")["name"] == "report_overdose"


def test_the_safety_diagnostics_hold_codes_and_numbers_never_the_text():
    message = run_nlu(model_guess("my chest feels tight since my visit", [("greet", 0.9)]))
    assert "chest" not in str(message.get("safety"))
    assert message.get("safety")["keyword"] == ["emergency", "certain", None]


def exemplar_net(use_exemplars=True):
    """A safety net that has 'trained' on three examples with 2-number sentence vectors."""
    vectors = np.array([[1.0, 0.0], [0.96, 0.28], [0.0, 1.0]], dtype=np.float32)
    families = np.array(["crisis", "crisis", ""], dtype=object)
    config = {"neighbours": 2, "min_share": 0.6, "min_similarity": 0.5, "use_exemplars": use_exemplars}
    return SafetyNet(config, vectors=vectors, families=families)


def with_vector(message, vector):
    message.add_features(
        Features(np.array([vector], dtype=np.float32), "sentence", "text", "sentence_encoder")
    )
    return message


@pytest.mark.parametrize("use_exemplars, expected", [(True, "hint_self_harm"), (False, "greet")])
def test_the_nearest_examples_signal_gives_a_check_in_only_when_switched_on(use_exemplars, expected):
    message = with_vector(model_guess("words the rules do not know", [("greet", 0.4)]), [0.99, 0.1])
    InputGuard({"max_chars": 1000}).process([message])
    exemplar_net(use_exemplars).process([message])
    assert message.get("intent")["name"] == expected


def test_the_nearest_examples_do_not_overrule_a_model_sure_of_something_else():
    message = with_vector(model_guess("words the rules do not know", [("greet", 0.9)]), [0.99, 0.1])
    InputGuard({"max_chars": 1000}).process([message])
    exemplar_net().process([message])
    assert message.get("intent")["name"] == "greet"
    assert message.get("safety")["exemplars"][0] == "crisis"  # seen, and weighed, but not enough alone


def test_a_message_near_only_ordinary_examples_is_left_alone():
    message = with_vector(model_guess("words the rules do not know", [("greet", 0.9)]), [0.0, 1.0])
    InputGuard({"max_chars": 1000}).process([message])
    exemplar_net().process([message])
    assert message.get("intent")["name"] == "greet"
    assert message.get("safety")["exemplars"][0] is None


def test_a_crisis_phrase_at_the_end_of_a_huge_message_is_still_found():
    text = "word " * 10_000 + "I want to die"
    message = run_nlu(model_guess(text, [("greet", 0.9)]), max_chars=1000)
    assert len(message.get("text")) <= 1000
    assert message.get("intent")["name"] == "express_crisis"


def test_control_characters_are_removed_and_emoji_and_scripts_kept():
    message = run_nlu(model_guess("hi\x00\x07 there 😀 مرحبا", [("greet", 0.9)]))
    assert message.get("text") == "hi there 😀 مرحبا"


@pytest.mark.parametrize(
    "intent, done, expected",
    [
        ("express_crisis", [], "utter_crisis"),
        ("express_crisis", ["utter_crisis"], "action_deactivate_loop"),
        ("express_crisis", ["utter_crisis", "action_deactivate_loop"], "action_listen"),
        ("report_emergency", [], "utter_emergency"),
        ("greet", [], None),
        ("express_crisis", ["utter_greet"], None),
        (None, [], None),
    ],
)
def test_the_safety_sequence(intent, done, expected):
    assert next_safety_action(intent, done) == expected


@pytest.fixture(scope="module")
def domain():
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture
def policy(tmp_path):
    return SafetyPolicy(
        SafetyPolicy.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("safety_policy"),
        ExecutionContext(GraphSchema({}), "test"),
    )


def predicted(policy, domain, events):
    tracker = DialogueStateTracker.from_events("test", events, domain.slots)
    prediction = policy.predict_action_probabilities(tracker, domain)
    best = max(range(len(prediction.probabilities)), key=prediction.probabilities.__getitem__)
    confident = prediction.probabilities[best] == 1.0
    return (domain.action_names_or_texts[best] if confident else None), prediction


def user(intent):
    return UserUttered("...", {"name": intent, "confidence": 1.0})


def test_the_crisis_reply_wins_in_the_middle_of_a_form(policy, domain):
    events = [
        ActionExecuted("action_listen"),
        user("greet"),
        ActionExecuted("utter_greet"),
        ActiveLoop("some_form"),
        ActionExecuted("action_listen"),
        user("express_crisis"),
    ]
    action, prediction = predicted(policy, domain, events)
    assert action == "utter_crisis"
    assert prediction.is_no_user_prediction  # outranks the form's own happy-path prediction
    assert SlotSet("clinic_region", "us") in prediction.events


def test_the_region_comes_from_the_clinic_file(policy, domain, tmp_path, monkeypatch):
    path = tmp_path / "clinic.yml"
    path.write_text("name: Hillside\nregion: uk\nhours: weekdays\npatient_relations: {name: PALS}\n")
    monkeypatch.setenv("CARE_NAVIGATOR_CLINIC", str(path))
    _, prediction = predicted(policy, domain, [ActionExecuted("action_listen"), user("report_emergency")])
    assert SlotSet("clinic_region", "uk") in prediction.events


def test_the_policy_stays_silent_on_other_intents(policy, domain):
    action, prediction = predicted(policy, domain, [ActionExecuted("action_listen"), user("greet")])
    assert action is None
    assert not prediction.is_no_user_prediction


def test_after_the_sequence_the_bot_listens(policy, domain):
    events = [
        ActionExecuted("action_listen"),
        user("express_crisis"),
        SlotSet("clinic_region", "us"),
        ActionExecuted("utter_crisis"),
        ActionExecuted("action_deactivate_loop"),
    ]
    action, prediction = predicted(policy, domain, events)
    assert action == "action_listen"
    assert prediction.events == []  # region already set: nothing to add


@pytest.mark.parametrize(
    "text, expected",
    [
        ("/greet", "/greet"),
        ('/inform{"a": 1}', '/inform{"a": 1}'),
        ("/ my name is Zeb", "my name is Zeb"),
        ("//etc/passwd is mine", "etc/passwd is mine"),
        ("hi /there", "hi /there"),
    ],
)
def test_only_real_payloads_keep_their_slash(text, expected):
    """Rasa logs an unknown "/intent" by name: patient words must never be read as one."""
    assert run_nlu(model_guess(text, [("greet", 0.9)])).get("text") == expected


def in_form(*events):
    """A conversation inside ``second_opinion_form``, asking so_serious, then ``events``."""
    return [
        ActionExecuted("action_listen"),
        user("request_second_opinion"),
        ActionExecuted("second_opinion_form"),
        ActiveLoop("second_opinion_form"),
        SlotSet("requested_slot", "so_serious"),
        ActionExecuted("action_listen"),
        *events,
    ]


def typed(text, intent="answer_question"):
    return UserUttered(text, {"name": intent, "confidence": 0.9})


def test_a_full_reply_in_a_form_pauses_it_and_offers_to_carry_on(policy, domain):
    action, prediction = predicted(policy, domain, in_form(user("express_crisis")))
    assert action == "utter_crisis"
    assert SlotSet("paused_form", "second_opinion_form") in prediction.events
    done = [user("express_crisis"), ActionExecuted("utter_crisis"), ActionExecuted("action_deactivate_loop")]
    assert predicted(policy, domain, in_form(*done))[0] == "utter_offer_resume"
    assert (
        predicted(policy, domain, in_form(*done, ActionExecuted("utter_offer_resume")))[0] == "action_listen"
    )


# A crisis in the form: the reply, the form paused, the offer to carry on, and the bot listening.
PAUSED_BY_A_CRISIS = [
    user("express_crisis"),
    SlotSet("paused_form", "second_opinion_form"),
    ActionExecuted("utter_crisis"),
    ActionExecuted("action_deactivate_loop"),
    ActiveLoop(None),
    ActionExecuted("utter_offer_resume"),
    ActionExecuted("action_listen"),
]


def test_a_second_full_reply_while_a_form_waits_offers_to_carry_on_again(policy, domain):
    first = PAUSED_BY_A_CRISIS
    action, prediction = predicted(policy, domain, in_form(*first, user("report_emergency")))
    assert action == "utter_emergency"
    assert not any(getattr(event, "key", None) == "paused_form" for event in prediction.events)
    done = [*first, user("report_emergency"), ActionExecuted("utter_emergency")]
    assert predicted(policy, domain, in_form(*done))[0] == "action_deactivate_loop"
    done.append(ActionExecuted("action_deactivate_loop"))
    assert predicted(policy, domain, in_form(*done))[0] == "utter_offer_resume"
    done.append(ActionExecuted("utter_offer_resume"))
    assert predicted(policy, domain, in_form(*done))[0] == "action_listen"


def test_a_form_paused_long_ago_and_left_is_not_offered_again(policy, domain):
    stale = [
        *PAUSED_BY_A_CRISIS,
        user("greet"),
        ActionExecuted("utter_greet"),
        ActionExecuted("action_listen"),
    ]
    done = [
        *stale,
        user("report_emergency"),
        ActionExecuted("utter_emergency"),
        ActionExecuted("action_deactivate_loop"),
    ]
    assert predicted(policy, domain, in_form(*done))[0] == "action_listen"


def told(intent, decided_by, text="..."):
    """A message whose safety reading ``decided_by`` gave ``intent``."""
    parse = {"intent": {"name": intent, "confidence": 1.0}, "safety": {"decided_by": decided_by}}
    return UserUttered(text, parse["intent"], parse_data=parse)


@pytest.mark.parametrize("in_a_form", [True, False])
def test_a_blow_told_in_words_alone_is_asked_about_in_a_form_or_not(policy, domain, in_a_form):
    message = told("report_abuse", "keyword+blow")
    events = in_form(message) if in_a_form else [ActionExecuted("action_listen"), message]
    assert predicted(policy, domain, events)[0] == "utter_check_in_safeguarding"


def test_abuse_read_by_a_certain_rule_outside_a_form_gets_the_safeguarding_reply(policy, domain):
    events = [ActionExecuted("action_listen"), told("report_abuse", "keyword")]
    assert predicted(policy, domain, events)[0] == "utter_safeguarding"


def test_a_full_reply_with_no_form_waiting_offers_nothing_to_carry_on(policy, domain):
    done = [ActionExecuted("action_listen"), user("report_emergency"), ActionExecuted("utter_emergency")]
    assert predicted(policy, domain, done)[0] == "action_deactivate_loop"
    done.append(ActionExecuted("action_deactivate_loop"))
    assert predicted(policy, domain, done)[0] == "action_listen"


def test_a_check_in_in_a_form_leaves_no_question_for_its_answer_to_fill(policy, domain):
    action, prediction = predicted(policy, domain, in_form(user("hint_self_harm")))
    assert action == "utter_check_in_crisis"
    assert SlotSet("requested_slot", None) in prediction.events


@pytest.mark.parametrize("answer", [user("deny_risk"), typed("no"), typed("Nope")])
def test_no_to_a_check_in_thanks_and_the_form_asks_its_question_again(policy, domain, answer):
    asked = [
        user("hint_self_harm"),
        ActionExecuted("utter_check_in_crisis"),
        ActionExecuted("action_listen"),
        answer,
    ]
    assert predicted(policy, domain, in_form(*asked))[0] == "utter_check_in_thanks"
    thanked = asked + [ActionExecuted("utter_check_in_thanks")]
    assert predicted(policy, domain, in_form(*thanked))[0] == "second_opinion_form"


def checked(intent, ranking, text="a message"):
    """A first message that got a check-in, with the model's ranking under the safety intent."""
    parse = {
        "intent": {"name": intent, "confidence": 1.0},
        "intent_ranking": [{"name": intent, "confidence": 1.0}]
        + [{"name": n, "confidence": c} for n, c in ranking],
    }
    return [
        ActionExecuted("action_listen"),
        UserUttered(text, parse["intent"], parse_data=parse),
        ActionExecuted("utter_check_in_emergency"),
        ActionExecuted("action_listen"),
    ]


@pytest.mark.parametrize("answer", [user("deny_risk"), typed("no")])
def test_no_to_a_check_in_outside_a_form_carries_on_with_the_pathway_the_message_asked_for(
    policy, domain, answer
):
    asked = checked("mention_symptom", [("end_care", 0.8), ("greet", 0.1)]) + [answer]
    steps = ["utter_check_in_thanks", "utter_ending_care_intro", "ending_care_form"]
    for index, step in enumerate(steps):
        assert predicted(policy, domain, asked + [ActionExecuted(s) for s in steps[:index]])[0] == step
    assert (
        predicted(policy, domain, asked + [ActionExecuted(s) for s in steps])[0] is None
    )  # the form's rules go on


@pytest.mark.parametrize("ranking", [[("greet", 0.8), ("end_care", 0.1)], [("end_care", 0.3)], []])
def test_no_to_a_check_in_without_a_clear_pathway_shows_the_menu(policy, domain, ranking):
    asked = checked("mention_symptom", ranking) + [user("deny_risk")]
    assert predicted(policy, domain, asked)[0] == "utter_check_in_thanks"
    assert predicted(policy, domain, asked + [ActionExecuted("utter_check_in_thanks")])[0] == "utter_menu"


@pytest.mark.parametrize(
    "text, first_steps",
    [
        # pool v24: the model unsure of every pathway, the words plain
        (
            "the psychiatrist discharged me after one appointment. i'm still struggling with the flashbacks.",
            ["utter_check_in_thanks", "utter_ending_care_intro", "ending_care_form"],
        ),
        (
            "I want to keep my GP. I just feel low after every visit",
            ["utter_check_in_thanks", "utter_reset_intro"],
        ),
        # pool v34: a specialist asked to check after what the GP said
        (
            "mum's had chest tightness on and off for months, none today. the gp says it's grief and stress. "
            "we'd like a cardiologist to check her over.",
            ["utter_check_in_thanks", "utter_second_opinion_intro"],
        ),
        # words that name no pathway: the menu
        ("I feel so low after every visit", ["utter_check_in_thanks", "utter_menu"]),
        # pool v39: "I want out" after having had enough of a practice is not read as leaving (it was, then
        # a review found it beside crisis): the menu, with its crisis line
        (
            "I've had enough of this practice. I want out. I'm on insulin",
            ["utter_check_in_thanks", "utter_menu"],
        ),
    ],
)
def test_no_to_a_check_in_outside_a_form_carries_on_with_the_pathway_the_words_name(
    policy, domain, text, first_steps
):
    asked = checked("hint_self_harm", [("end_care", 0.18), ("request_second_opinion", 0.17)], text)
    asked += [user("deny_risk")]
    for index, step in enumerate(first_steps):
        assert predicted(policy, domain, asked + [ActionExecuted(s) for s in first_steps[:index]])[0] == step


@pytest.mark.parametrize(
    "ranking, after_thanks",
    [
        ([("end_care", 0.18), ("request_second_opinion", 0.17)], "utter_reset_intro"),
        # found in review: abuse among the readings never leads to a calm talk, whatever the words say
        ([("report_abuse", 0.3), ("end_care", 0.18)], "utter_menu"),
        ([("end_care", 0.18), ("hint_abuse", 0.06)], "utter_menu"),
        ([("end_care", 0.18), ("hint_abuse", 0.02)], "utter_reset_intro"),  # no reading of it
    ],
)
def test_no_to_a_check_in_never_leads_from_an_abuse_reading_to_a_calm_talk(
    policy, domain, ranking, after_thanks
):
    asked = checked("hint_self_harm", ranking, "I want to keep my GP. I just feel low after every visit")
    asked += [user("deny_risk")]
    assert predicted(policy, domain, asked)[0] == "utter_check_in_thanks"
    assert predicted(policy, domain, asked + [ActionExecuted("utter_check_in_thanks")])[0] == after_thanks


def test_no_to_a_check_in_weighs_the_pathway_without_the_risk_reading(policy, domain):
    # "My partner's consultant won't see her anymore. What are our options?" (pool v7): a check-in from the
    # model's reading of someone else in crisis; after "No", ending care is what the message asked for.
    ranking = [("express_crisis_other", 0.59), ("end_care", 0.24), ("answer_question", 0.03)]
    asked = checked("hint_self_harm", ranking) + [typed("no")]
    steps = ["utter_check_in_thanks", "utter_ending_care_intro", "ending_care_form"]
    for index, step in enumerate(steps):
        assert predicted(policy, domain, asked + [ActionExecuted(s) for s in steps[:index]])[0] == step


@pytest.mark.parametrize(
    "ranking",
    [
        [("express_crisis_other", 0.85), ("end_care", 0.1)],  # too little of its own
        [("express_crisis_other", 0.5), ("greet", 0.3), ("end_care", 0.2)],  # not the best reading
    ],
)
def test_no_to_a_check_in_weighing_without_the_risk_reading_still_needs_a_clear_pathway(
    policy, domain, ranking
):
    asked = checked("hint_self_harm", ranking) + [typed("no")]
    assert predicted(policy, domain, asked)[0] == "utter_check_in_thanks"
    assert predicted(policy, domain, asked + [ActionExecuted("utter_check_in_thanks")])[0] == "utter_menu"


def stray_answer(ranking, text="a message"):
    """A message read as a form answer (or as the ranking's first), with no question open (after the
    greeting)."""
    parse = {
        "intent": {"name": ranking[0][0], "confidence": ranking[0][1]},
        "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking],
    }
    return [
        ActionExecuted("action_listen"),
        user("greet"),
        ActionExecuted("utter_greet"),
        ActionExecuted("action_listen"),
        UserUttered(text, parse["intent"], parse_data=parse),
    ]


@pytest.mark.parametrize(
    "ranking",
    [
        [("answer_question", 0.58), ("end_care", 0.41), ("greet", 0.01)],
        [("answer_question", 0.76), ("end_care", 0.12), ("greet", 0.04)],  # 0.12 of the 0.24 left
    ],
)
def test_an_answer_with_no_question_open_starts_the_pathway_the_model_read_next(policy, domain, ranking):
    asked = stray_answer(ranking)
    steps = ["utter_ending_care_intro", "ending_care_form"]
    for index, step in enumerate(steps):
        assert predicted(policy, domain, asked + [ActionExecuted(s) for s in steps[:index]])[0] == step
    assert predicted(policy, domain, asked + [ActionExecuted(s) for s in steps])[0] is None


@pytest.mark.parametrize(
    "ranking",
    [
        # not sure enough of the pathway, even beside what the answer reading left (0.05 / 0.2)
        [("answer_question", 0.8), ("end_care", 0.05), ("out_of_scope", 0.04)],
        # a reading of its own too small, whatever the answer reading left (0.03 of 0.04)
        [("answer_question", 0.96), ("end_care", 0.03), ("out_of_scope", 0.01)],
        [("answer_question", 0.6), ("out_of_scope", 0.35), ("end_care", 0.3)],  # next best is not a pathway
        [("answer_question", 0.6), ("goodbye", 0.12), ("thank", 0.1)],  # a goodbye too small of its own
        [("end_care", 0.6), ("answer_question", 0.4)],  # a pathway asked for: the rules start it
    ],
)
def test_an_answer_with_no_question_open_and_no_clear_pathway_is_left_to_the_rules(policy, domain, ranking):
    assert predicted(policy, domain, stray_answer(ranking))[0] is None


@pytest.mark.parametrize(
    "ranking, reply",
    [
        ([("answer_question", 0.58), ("goodbye", 0.32), ("thank", 0.03)], "utter_goodbye"),  # "laters"
        ([("answer_question", 0.6), ("ask_if_bot", 0.3), ("greet", 0.05)], "utter_i_am_a_bot"),
        ([("answer_question", 0.5), ("thank", 0.4), ("goodbye", 0.1)], "utter_you_are_welcome"),
    ],
)
def test_an_answer_with_no_question_open_gets_the_reply_the_model_read_next(policy, domain, ranking, reply):
    asked = stray_answer(ranking)
    assert predicted(policy, domain, asked)[0] == reply
    assert predicted(policy, domain, asked + [ActionExecuted(reply)])[0] == "action_listen"


@pytest.mark.parametrize(
    "text, ranking, pathway",
    [
        # pool v25: left to the menu by the model, the pathway plain in the words
        (
            "second opinion for baby tongue tie? one said cut, one said leave it.",
            # an emergency read at 0.00 is no reading of one
            [("answer_question", 0.96), ("request_second_opinion", 0.01), ("report_emergency", 0.001)],
            "second_opinion",
        ),
        (
            "They took me off the list for 'rudeness'. I'm a grown man, I said one swear word.",
            [("answer_question", 0.42), ("end_care", 0.14), ("ask_complaint", 0.03)],
            "ending_care",
        ),
        (
            "Was told by the receptionist I'm no longer registered. No letter, nothing. Is that right?",
            [("deny_risk", 0.6), ("end_care", 0.24), ("answer_question", 0.1)],
            "ending_care",
        ),
    ],
)
def test_a_message_left_to_the_menu_starts_the_pathway_its_words_name(policy, domain, text, ranking, pathway):
    asked = stray_answer(ranking, text)
    steps = PATHWAY_STARTS[registry.get(pathway).entry_intent]
    for index, step in enumerate(steps):
        assert predicted(policy, domain, asked + [ActionExecuted(s) for s in steps[:index]])[0] == step


@pytest.mark.parametrize(
    "text, ranking",
    [
        # a danger read among the first three readings: the menu and its crisis line stay
        (
            "i've been discharged from the mental health team and i still hear voices sometimes",
            [("nlu_fallback", 0.3), ("ask_privacy", 0.22), ("end_care", 0.2), ("express_crisis", 0.06)],
        ),
        (
            "Got dropped by my pain clinic. I'm on long term pain meds. Terrified.",
            [("nlu_fallback", 0.3), ("report_overdose", 0.28), ("end_care", 0.26)],
        ),
        (
            "my therapist is discharging me and I feel so low",
            [("answer_question", 0.9), ("hint_self_harm", 0.05), ("end_care", 0.02)],
        ),
        # found in review: any risk reading at 0.05 or more, however far down (a crisis fourth), keeps the
        # menu's crisis line, or, at 0.2 or more, asks about it first (below); abuse never leads to a calm
        # talk
        (
            "I'm no longer registered, my sugar readings have been really high all week",
            [
                ("answer_question", 0.39),
                ("deny_risk", 0.14),
                ("stop_medication", 0.12),
                ("end_care", 0.08),
                ("greet", 0.06),
                ("express_crisis", 0.05),
            ],
        ),
        # words that name no pathway
        ("my GP was cross with me", [("nlu_fallback", 0.3), ("report_abuse", 0.2)]),
    ],
)
def test_a_message_left_to_the_menu_stays_there_without_plain_words_or_beside_a_danger(
    policy, domain, text, ranking
):
    assert predicted(policy, domain, stray_answer(ranking, text))[0] is None


@pytest.mark.parametrize(
    "text, ranking, check_in, pathway",
    [
        # pool v32: the words name a pathway, beside a risk reading of 0.2 or more: that risk is asked about
        # first, and "No" carries on with the pathway
        (
            "Time for a new doctor. Been with this one 20 years, it's just not working anymore.",
            [("nlu_fallback", 0.3), ("hint_self_harm", 0.43), ("end_care", 0.18)],
            "utter_check_in_crisis",
            "ending_care",
        ),
        (
            "I've had it with this clinic and I'm leaving. What should I sort first?",
            [("nlu_fallback", 0.3), ("mention_symptom", 0.32), ("prepare_reset_conversation", 0.26)],
            "utter_check_in_emergency",
            "ending_care",
        ),
        # abuse asked about before ending care
        (
            "my therapist asked me out for a drink. I'm leaving the practice, what do I need to sort first",
            [("nlu_fallback", 0.3), ("report_abuse", 0.29), ("end_care", 0.25)],
            "utter_check_in_safeguarding",
            "ending_care",
        ),
    ],
)
def test_a_message_left_to_the_menu_beside_a_risk_asks_about_it_before_the_pathway_its_words_name(
    policy, domain, text, ranking, check_in, pathway
):
    asked = stray_answer(ranking, text)
    assert predicted(policy, domain, asked)[0] == check_in
    after = asked + [ActionExecuted(check_in), ActionExecuted("action_listen")]
    assert predicted(policy, domain, after + [user("confirm_risk")])[0] == CHECK_IN_LEADS_TO[check_in]
    steps = ["utter_check_in_thanks"] + PATHWAY_STARTS[registry.get(pathway).entry_intent]
    no = after + [user("deny_risk")]
    for index, step in enumerate(steps):
        assert predicted(policy, domain, no + [ActionExecuted(s) for s in steps[:index]])[0] == step


CHECK_IN_LEADS_TO = {
    "utter_check_in_crisis": "utter_crisis",
    "utter_check_in_emergency": "utter_emergency",
    "utter_check_in_safeguarding": "utter_safeguarding",
}


def test_a_message_left_to_the_menu_beside_a_stopped_medicine_gets_the_caution_then_the_pathway(
    policy, domain
):
    # pool v32: the medicine caution, then ending care, which asks about daily medicines
    text = "The pharmacy says it won't fill my prescriptions anymore. I've used them for years."
    asked = stray_answer([("nlu_fallback", 0.3), ("stop_medication", 0.45), ("end_care", 0.23)], text)
    steps = ["utter_medication_caution", "utter_ending_care_intro", "ending_care_form"]
    for index, step in enumerate(steps):
        assert predicted(policy, domain, asked + [ActionExecuted(s) for s in steps[:index]])[0] == step


@pytest.mark.parametrize(
    "ranking",
    [
        # the strongest risk reading someone else's crisis or an overdose: no check-in asks about those
        [("nlu_fallback", 0.3), ("express_crisis_other", 0.4), ("end_care", 0.2)],
        [("nlu_fallback", 0.3), ("report_overdose", 0.28), ("hint_self_harm", 0.21), ("end_care", 0.2)],
        # below 0.2: the menu and its crisis line
        [("nlu_fallback", 0.3), ("hint_self_harm", 0.19), ("end_care", 0.2)],
        # found in review: risks of two kinds, which one question cannot ask about
        [("nlu_fallback", 0.3), ("stop_medication", 0.34), ("express_crisis", 0.3), ("end_care", 0.2)],
        [("nlu_fallback", 0.3), ("mention_symptom", 0.33), ("express_crisis", 0.3), ("end_care", 0.2)],
        [("nlu_fallback", 0.3), ("report_abuse", 0.33), ("hint_self_harm", 0.3), ("end_care", 0.2)],
        [("nlu_fallback", 0.3), ("hint_self_harm", 0.22), ("express_crisis_other", 0.21), ("end_care", 0.2)],
        [("nlu_fallback", 0.3), ("stop_medication", 0.34), ("report_overdose", 0.31), ("end_care", 0.2)],
        # found in a second review: a second kind under 0.05, which still keeps the menu's crisis line
        [("nlu_fallback", 0.3), ("stop_medication", 0.35), ("end_care", 0.2), ("express_crisis", 0.04)],
        [("nlu_fallback", 0.3), ("mention_symptom", 0.3), ("end_care", 0.2), ("hint_self_harm", 0.045)],
    ],
)
def test_a_message_left_to_the_menu_beside_other_risks_keeps_the_menu(policy, domain, ranking):
    text = "Time for a new doctor. Been with this one 20 years, it's just not working anymore."
    assert predicted(policy, domain, stray_answer(ranking, text))[0] is None


def test_abuse_beside_the_words_of_a_calm_talk_keeps_the_menu(policy, domain):
    # abuse never leads to a calm talk, not even after "No" to the safeguarding check-in
    text = "my therapist asked me out for a drink. I don't want a new therapist, how do I handle it"
    asked = stray_answer(
        [("nlu_fallback", 0.3), ("report_abuse", 0.29), ("prepare_reset_conversation", 0.25)], text
    )
    assert predicted(policy, domain, asked)[0] is None


def test_a_message_beside_a_risk_whose_words_name_no_pathway_keeps_the_menu(policy, domain):
    asked = stray_answer([("nlu_fallback", 0.3), ("hint_self_harm", 0.43)], "it's just not working anymore")
    assert predicted(policy, domain, asked)[0] is None


def test_the_one_step_replies_are_the_rules_of_the_core_file():
    rules = yaml.safe_load((ROOT / "data" / "rules" / "core.yml").read_text())["rules"]
    one_step = {
        rule["steps"][0]["intent"]: rule["steps"][1]["action"]
        for rule in rules
        if len(rule["steps"]) == 2 and "intent" in rule["steps"][0] and not rule.get("conversation_start")
    }
    assert {i: a for i, a in one_step.items() if i in ONE_STEP_REPLIES} == ONE_STEP_REPLIES


def test_an_answer_in_a_form_is_the_forms(policy, domain):
    parse = {
        "intent": {"name": "answer_question", "confidence": 0.6},
        "intent_ranking": [
            {"name": "answer_question", "confidence": 0.6},
            {"name": "end_care", "confidence": 0.4},
        ],
    }
    answer = UserUttered("we're moving", parse["intent"], parse_data=parse)
    assert predicted(policy, domain, in_form(answer))[0] is None


@pytest.mark.parametrize("answer", [user("confirm_risk"), typed("yes")])
def test_yes_to_a_check_in_gives_the_full_reply_it_asked_about(policy, domain, answer):
    asked = [
        user("mention_symptom"),
        ActionExecuted("utter_check_in_emergency"),
        ActionExecuted("action_listen"),
        answer,
    ]
    assert predicted(policy, domain, in_form(*asked))[0] == "utter_emergency"


def test_words_that_start_with_no_do_not_answer_a_check_in_no(policy, domain):
    asked = [
        user("hint_self_harm"),
        ActionExecuted("utter_check_in_crisis"),
        ActionExecuted("action_listen"),
        typed("no one would miss me"),
    ]
    assert predicted(policy, domain, in_form(*asked))[0] != "utter_check_in_thanks"
    plain = asked[:-1] + [typed("nope")]
    assert predicted(policy, domain, in_form(*plain))[0] == "utter_check_in_thanks"


def test_yes_and_no_mean_nothing_to_the_policy_without_a_check_in(policy, domain):
    assert predicted(policy, domain, in_form(user("confirm_risk")))[0] is None
    assert predicted(policy, domain, in_form(user("deny_risk")))[0] is None
    assert predicted(policy, domain, in_form(typed("no")))[0] is None


def test_carry_on_starts_the_paused_form_and_with_nothing_paused_shows_the_menu(policy, domain):
    paused = [
        SlotSet("paused_form", "ending_care_form"),
        ActionExecuted("action_listen"),
        user("resume_pathway"),
    ]
    action, prediction = predicted(policy, domain, paused)
    assert action == "ending_care_form"
    assert SlotSet("paused_form", None) in prediction.events
    assert (
        predicted(policy, domain, [ActionExecuted("action_listen"), user("resume_pathway")])[0]
        == "utter_menu"
    )


def test_safeguarding_in_a_form_answers_then_the_form_asks_again(policy, domain):
    action, prediction = predicted(policy, domain, in_form(user("report_abuse")))
    assert action == "utter_safeguarding"
    assert SlotSet("safeguarding_shown", True) in prediction.events
    done = [user("report_abuse"), ActionExecuted("utter_safeguarding")]
    assert predicted(policy, domain, in_form(*done))[0] == "second_opinion_form"


def read_as(intent_name, text, decided_by):
    """A message that the safety layer read as ``intent_name``, decided by ``decided_by``."""
    intent = {"name": intent_name, "confidence": 1.0}
    return UserUttered(text, intent, parse_data={"intent": intent, "safety": {"decided_by": decided_by}})


def guessed_abuse(decided_by="model"):
    """An answer that the safety layer read as abuse, by a guess alone or by a keyword rule."""
    return read_as("report_abuse", "he said it was stress", decided_by)


@pytest.mark.parametrize("decided_by", ["model", "exemplars"])
def test_a_guess_of_abuse_in_a_form_is_asked_about_before_the_safeguarding_reply(policy, domain, decided_by):
    action, prediction = predicted(policy, domain, in_form(guessed_abuse(decided_by)))
    assert action == "utter_check_in_safeguarding"
    assert SlotSet("requested_slot", None) in prediction.events  # the form waits for the answer
    assert SlotSet("safeguarding_shown", True) not in prediction.events
    asked = [
        guessed_abuse(decided_by),
        ActionExecuted("utter_check_in_safeguarding"),
        ActionExecuted("action_listen"),
    ]
    action, prediction = predicted(policy, domain, in_form(*asked, user("confirm_risk")))
    assert action == "utter_safeguarding"
    assert SlotSet("safeguarding_shown", True) in prediction.events
    no = [*asked, user("deny_risk"), ActionExecuted("utter_check_in_thanks")]
    assert predicted(policy, domain, in_form(*asked, user("deny_risk")))[0] == "utter_check_in_thanks"
    assert predicted(policy, domain, in_form(*no))[0] == "second_opinion_form"


def guessed_danger(intent_name, decided_by="model+exemplars"):
    """A form's answer that the safety layer read as a danger needing a full reply."""
    return read_as(intent_name, "I want to end it", decided_by)


@pytest.mark.parametrize(
    "intent, check_in, full",
    [
        ("express_crisis", "utter_check_in_crisis", "utter_crisis"),
        ("report_emergency", "utter_check_in_emergency", "utter_emergency"),
    ],
)
# beside a hint's words too ("I just want it all to end"), as the hint alone would be
@pytest.mark.parametrize("decided_by", ["model+exemplars", "keyword+model+exemplars"])
def test_a_full_reply_that_no_keyword_rule_read_in_a_form_is_asked_about_first(
    policy, domain, intent, check_in, full, decided_by
):
    action, prediction = predicted(policy, domain, in_form(guessed_danger(intent, decided_by)))
    assert action == check_in
    assert SlotSet("requested_slot", None) in prediction.events  # the form waits for the answer
    asked = [guessed_danger(intent, decided_by), ActionExecuted(check_in), ActionExecuted("action_listen")]
    assert predicted(policy, domain, in_form(*asked, user("confirm_risk")))[0] == full
    no = [*asked, user("deny_risk"), ActionExecuted("utter_check_in_thanks")]
    assert predicted(policy, domain, in_form(*asked, user("deny_risk")))[0] == "utter_check_in_thanks"
    assert predicted(policy, domain, in_form(*no))[0] == "second_opinion_form"


def test_a_danger_read_again_in_the_answer_to_the_check_in_gets_its_full_reply(policy, domain):
    asked = [
        guessed_danger("express_crisis"),
        ActionExecuted("utter_check_in_crisis"),
        ActionExecuted("action_listen"),
    ]
    assert predicted(policy, domain, in_form(*asked, guessed_danger("express_crisis")))[0] == "utter_crisis"


@pytest.mark.parametrize(
    "intent, full",
    [
        ("express_crisis", "utter_crisis"),
        ("report_emergency", "utter_emergency"),
        ("report_overdose", "utter_overdose"),
        ("express_crisis_other", "utter_crisis_other"),
    ],
)
def test_a_keyword_rules_full_reply_in_a_form_a_guessed_one_outside_and_the_others_own_come_at_once(
    policy, domain, intent, full
):
    assert predicted(policy, domain, in_form(guessed_danger(intent, "keyword")))[0] == full
    outside = [ActionExecuted("action_listen"), guessed_danger(intent)]
    assert predicted(policy, domain, outside)[0] == full


def test_a_rules_disclosure_in_a_form_and_a_guess_outside_one_get_the_safeguarding_reply_at_once(
    policy, domain
):
    assert predicted(policy, domain, in_form(guessed_abuse("keyword")))[0] == "utter_safeguarding"
    outside = [ActionExecuted("action_listen"), guessed_abuse("model")]
    assert predicted(policy, domain, outside)[0] == "utter_safeguarding"


def test_a_stopped_medicine_outside_a_form_gets_the_caution_then_the_ending_pathway(policy, domain):
    events = [ActionExecuted("action_listen"), user("stop_medication")]
    assert predicted(policy, domain, events)[0] == "utter_medication_caution"
    events.append(ActionExecuted("utter_medication_caution"))
    assert predicted(policy, domain, events)[0] == "utter_ending_care_intro"
    events.append(ActionExecuted("utter_ending_care_intro"))
    assert predicted(policy, domain, events)[0] == "ending_care_form"


def test_a_stopped_medicine_told_while_asking_for_a_reset_gets_the_caution_then_the_reset(policy, domain):
    ranking = [("stop_medication", 1.0), ("prepare_reset_conversation", 0.7), ("end_care", 0.1)]
    parse = {
        "intent": {"name": "stop_medication", "confidence": 1.0},
        "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking],
    }
    events = [ActionExecuted("action_listen"), UserUttered("...", parse["intent"], parse_data=parse)]
    for step in ["utter_medication_caution", "utter_reset_intro", "reset_conversation_form"]:
        assert predicted(policy, domain, events)[0] == step
        events.append(ActionExecuted(step))


UNSURE = [("stop_medication", 1.0), ("end_care", 0.16), ("prepare_reset_conversation", 0.16)]
CLEAR_THE_AIR = "I stopped my tablets. I want to clear the air, not leave."


@pytest.mark.parametrize(
    "text, ranking, steps",
    [
        # pool v24: the model unsure of the reset, the words plain
        (
            "i think my doctor thinks i'm drug seeking. i'm not. i want to clear the air, not leave.",
            UNSURE,
            ["utter_medication_caution", "utter_reset_intro", "reset_conversation_form"],
        ),
        # words that name no other pathway: ending care, as before
        (
            "I binned my tablets",
            UNSURE,
            ["utter_medication_caution", "utter_ending_care_intro", "ending_care_form"],
        ),
        # the model sure of ending care comes before the words' other pathway, as it asks about daily
        # medicines (found in review: "I've stopped all my meds, I'm moving to a different MDT and want to
        # leave the old one", ending care at 0.998; pool v34's "two doctors told me opposite things about
        # whether to stop my blood thinners", at 0.58, stays ending care too)
        (
            "I stopped my tablets. Two doctors told me opposite things.",
            [("stop_medication", 1.0), ("end_care", 0.58), ("request_second_opinion", 0.35)],
            ["utter_medication_caution", "utter_ending_care_intro", "ending_care_form"],
        ),
        # found in review: never a calm talk where abuse is among the readings
        (
            CLEAR_THE_AIR,
            [("stop_medication", 1.0), ("report_abuse", 0.2), ("end_care", 0.1)],
            ["utter_medication_caution", "utter_ending_care_intro", "ending_care_form"],
        ),
        (CLEAR_THE_AIR, UNSURE, ["utter_medication_caution", "utter_reset_intro", "reset_conversation_form"]),
        # regression walk of pool v24: abuse at 0.012 is no reading of it
        (
            "rebuilding trust with my psychiatrist after i stopped my meds without telling him",
            [("stop_medication", 1.0), ("prepare_reset_conversation", 0.655), ("report_abuse", 0.012)],
            ["utter_medication_caution", "utter_reset_intro", "reset_conversation_form"],
        ),
    ],
)
def test_after_the_medicine_caution_the_pathway_the_model_read_or_the_words_name_follows(
    policy, domain, text, ranking, steps
):
    parse = {
        "intent": {"name": "stop_medication", "confidence": 1.0},
        "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking],
    }
    events = [ActionExecuted("action_listen"), UserUttered(text, parse["intent"], parse_data=parse)]
    for step in steps:
        assert predicted(policy, domain, events)[0] == step
        events.append(ActionExecuted(step))


def test_words_read_as_carry_on_while_a_question_is_open_are_the_forms_to_read(policy, domain):
    assert predicted(policy, domain, in_form(typed("can we skip this one", "resume_pathway")))[0] is None


def test_a_pathway_button_title_is_never_read_as_risk_by_the_model():
    message = run_nlu(model_guess("For my child", [("report_emergency", 0.95), ("answer_question", 0.05)]))
    assert message.get("intent")["name"] == "answer_question"


@pytest.mark.parametrize(
    "text, expected",
    [
        # pools v35 and v36: questions to the bot in German, Dutch and French, as the whole message
        ("bist du ein Bot", "ask_if_bot"),
        ("wer kann das lesen?", "ask_privacy"),
        ("wordt dit opgeslagen?", "ask_privacy"),
        ("Was kannst du?", "ask_help"),
        ("tschüss", "goodbye"),
        ("kan ik iemand spreken?", "talk_to_person"),
        ("Je voudrais parler à quelqu'un", "talk_to_person"),
        ("Ich möchte mit einem Menschen sprechen", "talk_to_person"),
        # pool v39: goodbyes and thanks in Maori, Tagalog and Haitian Creole
        ("Ka kite", "goodbye"),
        ("ka kite anō", "goodbye"),
        ("paalam po", "goodbye"),
        ("Salamat po!", "thank"),
        ("mèsi anpil", "thank"),
        # pool v40: a bare command for a person in English, which the model read as a form's answer
        ("Get me a nurse", "talk_to_person"),
        ("get me a real person!", "talk_to_person"),
        # pool v41: goodbye and thanks in Urdu, Pashto and Dari
        ("khuda hafiz", "goodbye"),
        ("Shukriya!", "thank"),
        # pool v42: who sees the answers, and what the service is for, in French
        ("qui peut voir mes réponses?", "ask_privacy"),
        ("c'est pour quoi ce service?", "ask_help"),
        ("can you get the doctor to ring me", "talk_to_person"),  # pool v43
        ("can you get the doctor to ring me, i took 30 pills", "answer_question"),
        ("can someone call me", "answer_question"),  # found in review: after a check-in, a cry for help maybe
        # pool v45: goodbye in the Black Country and in Samoan
        ("Tara-a-bit", "goodbye"),
        ("tofa soifua", "goodbye"),
        ("tara", "answer_question"),  # a name too
        # pool v44: how long this chat is kept, in English, as the whole message
        ("How long is this kept for?", "ask_privacy"),
        ("how long are my answers kept", "ask_privacy"),
        ("how long is this kept for, he reads my phone", "answer_question"),
        ("how long is it kept for", "answer_question"),  # "it" may be a medicine or a sample
        ("qui peut voir mes réponses, mon médecin?", "answer_question"),
        # ... only as the whole message: the model's reading stays for anything more
        ("bist du ein Bot? mein Arzt hört nicht zu", "answer_question"),
        ("danke, aber ich will den Arzt wechseln", "answer_question"),
        ("what can you do", "answer_question"),
        ("ka kite, my doctor never listens", "answer_question"),
        ("get me a nurse who listens", "answer_question"),
        ("mañana", "answer_question"),  # tomorrow in Spanish, not the Pashto thanks "manana"
        # pool v49: a person wanted to read what was typed (asked whether one can, it stays the model's)
        ("I want a human to read this", "talk_to_person"),
        ("I'd like a real person to read this", "talk_to_person"),
        ("can a person read this?", "answer_question"),
        ("I want a human to read this, he hits me", "answer_question"),
        # pool v50: thanks in Oromo, Wolof, Xhosa and more, and after an English thanks (only a thanks)
        ("galatoomaa", "thank"),
        ("cheers, galatoomaa", "thank"),
        ("Jërëjëf", "thank"),
        ("Enkosi!", "thank"),
        ("thank you, merci", "thank"),
        ("ta, au revoir", "answer_question"),
        ("cheers, galatoomaa, he hits me", "answer_question"),
        ("thank you very much, shukran", "thank"),  # found in review
        ("ngiyabonga kakhulu", "thank"),
        ("Rahmat is my husband", "answer_question"),
        # pool v51: goodbye and thanks in Fijian and Cebuano; a person asked for in "any humans there?" (only
        # as the whole message)
        ("moce", "goodbye"),
        ("Sa moce", "goodbye"),
        ("vinaka vakalevu", "thank"),
        ("Daghang salamat!", "thank"),
        ("any humans there?", "talk_to_person"),
        ("any humans there? he hits me", "answer_question"),
        ("is there a human there", "answer_question"),
    ],
)
def test_a_question_to_the_bot_from_the_closed_list_in_another_language_is_read_as_that_question(
    text, expected
):
    message = model_guess(text, [("answer_question", 0.7), ("thank", 0.2), ("greet", 0.1)])
    AskedOfTheBot().process([message])
    assert message.get("intent")["name"] == expected
    assert message.get("intent_ranking")[0]["name"] == expected
