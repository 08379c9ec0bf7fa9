"""The keyword safety net (bot/safety.py): plain crisis phrases caught, hard negatives left alone."""

import pytest

from bot.safety import (
    CRISIS,
    EMERGENCY,
    Settings,
    Signals,
    assess,
    classify,
    decide,
    is_hard_negative,
    normalise,
)

from conftest import user_event


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",
        "I’m thinking about suicide",  # curly apostrophe
        "I DON'T WANT TO LIVE ANYMORE",
        "my son says he wants to kill himself",
        "she has been self-harming",
        "I've written a suicide note",
        "kms",
        "what is the point of living",
    ],
)
def test_crisis_phrases_are_caught(text):
    assert classify(text) == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "I have chest pain",
        "pressure in his chest",
        "her face is drooping",
        "I can't breathe",
        "my dad is slurring his words",
        "I think I took an overdose",
        "the baby isn't breathing",
    ],
)
def test_emergency_symptoms_are_caught(text):
    assert classify(text) == EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I want to end things with my doctor",
        "my chest X-ray results",
        "I'm dying to know my results",
        "this wait is killing me",
        "I could die of embarrassment",
        "the suicide prevention leaflet",
        "the overdose warning on the label",
        "my father had a heart attack years ago",
    ],
)
def test_hard_negatives_are_not_a_crisis(text):
    assert classify(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my psychiatrist took me off my meds and the voices are telling me to do it tonight",
        "They took me off the insulin last week and I'm vomiting and breathing really fast",
        "they took me off my meds. I'm done. goodbye everyone",
    ],
)
def test_a_medicine_taken_away_never_sets_a_guess_of_danger_aside(text):
    # found in review: coming off a medicine is when withdrawal and relapse emergencies happen; the model
    # learns the plain taper ("he wants me off the sleeping pills but didn't say how") from training lines
    assert not is_hard_negative(text)
    signals = Signals(assess(text), "express_crisis", 0.91, exemplar_risk="crisis")
    assert decide(signals) == ("express_crisis", "model+exemplars")


def test_crisis_wins_over_a_hard_negative_in_the_same_message():
    text = "I want to end things with my doctor and then end my life"
    assert is_hard_negative(text)
    assert classify(text) == CRISIS


def test_an_overdose_on_purpose_is_a_crisis_not_only_an_emergency():
    assert classify("I'm going to overdose, I want to die") == CRISIS


def test_normalise_folds_case_quotes_and_punctuation():
    assert normalise("  I DON’T   want\tto <b>live</b>!! ") == "i don't want to b live b"


def test_letters_with_no_accent_to_fold_are_typed_as_they_are_without_them():
    # pool v40: "spør" is "spor", not "sp r"; a crisis typed with an "ø" slip is still read (found in review)
    assert normalise("Hvorfor spør du? Æble, œuvre") == "hvorfor spor du aeble oeuvre"
    assert classify("I want tø die") == CRISIS


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01", "😀" * 100, "<script>alert(1)</script>"])
def test_odd_input_is_no_crisis_and_no_error(text):
    assert classify(text) is None


@pytest.mark.parametrize(
    "text, kind, tier",
    [
        ("my chest hurts right now", "emergency", "certain"),
        ("I had chest pain last year and nobody followed up", "emergency", "possible"),
        ("I get short of breath on stairs and my doctor says it's nothing", "emergency", "possible"),
        ("the form asks if I've ever self harmed", "crisis", "possible"),
        ("I had chest pain last year and it's back right now", "emergency", "certain"),
        ("I walk 5 kms a day", None, None),
        ("I'm not suicidal, I'm just fed up with my GP", None, None),
        ("my son talks about killing himself", "crisis_other", "certain"),
        ("my mum keeps saying she wants to die", "crisis_other", "certain"),
        ("I told my mum I want to die", "crisis", "certain"),
        # pool v50 (found beside a reading test): wanting to die, in Scots too (not of embarrassment)
        ("I'm not wanting a new doctor, I'm wanting to die", "crisis", "certain"),
        ("Ah'm no wantin a new doctor, ah'm wantin tae die", "crisis", "certain"),
        ("i want tae die", "crisis", "certain"),
        ("I was wanting to die of embarrassment when the GP laughed", None, None),
        # ... found in review: more ways of typing it, in Scots too; a figure of speech and a hair dye are not
        ("im wantin 2 die", "crisis", "certain"),
        ("I'm wanting to just die", "crisis", "certain"),
        ("ah'm wantin tae dee", "crisis", "certain"),
        ("ah want tae kill masel", "crisis", "certain"),
        ("Ah'd be better aff deid", "crisis", "certain"),
        ("aye she cannae breathe", "emergency", "certain"),
        ("I want to die on my birthday", "crisis", "certain"),
        ("I'm not wanting to die on this hill, I just want a second opinion", None, None),
        ("wanting to die my hair purple before the wedding", None, None),
        ("wantin tae die o' embarrassment", None, None),
        ("thinking of overdosing on purpose", "overdose", "certain"),
        ("I took all my pills to end it", "overdose", "certain"),
        ("I think I took an overdose by mistake", "emergency", "certain"),
        ("my doctor touched me inappropriately", "abuse", "certain"),
        ("the carer slapped my dad", "abuse", "certain"),
        ("we argued about coming off my meds and I stopped them", "medication_stop", "certain"),
        ("I spoke to him about stopping my lithium so I did", "medication_stop", "certain"),
        ("he kicked me in the stomach", "abuse", "certain"),
        # a blow told in the present, by a person (found in the try-out: "no, he hits me" was read as "no"):
        # words alone, asked about with the safeguarding check-in (two reviews found the same words of a baby
        # kicking, a reflex tested, a game lost)
        ("he hits me", "abuse", "possible"),
        ("no, he hits me", "abuse", "possible"),
        ("not sure, my husband slaps me", "abuse", "possible"),
        ("he's been hitting me", "abuse", "possible"),
        ("my husband's hitting me again", "abuse", "possible"),
        ("my dad beats my mum", "abuse", "possible"),
        ("the carer slaps him when nobody is looking", "abuse", "possible"),
        ("my ex beat me up", "abuse", "possible"),
        ("he chokes me", "abuse", "possible"),
        ("my husband hits me at night", "abuse", "possible"),
        # ... by a parent named in Malayalam, Tamil, Telugu or Urdu (found in a review of pool v47's readings,
        # where "my appa" became a parent)
        ("my appa hits me", "abuse", "possible"),
        ("my amma beats me", "abuse", "possible"),
        ("my achan hits me", "abuse", "possible"),
        ("listening to abba hits me hard", None, None),  # found in a second review: the band
        ("the nurse that slapped me is still on the ward", "abuse", "certain"),
        ("they hit me with a bill and then he hit me", "abuse", "certain"),
        # ... not what strikes that is no one, a game, a list, nor not knowing
        ("the pain hits me at night", None, None),
        ("the tiredness hits me around 3pm", None, None),
        ("beats me", None, None),
        ("she beats me at chess every time", None, None),
        ("my GP beat me to it and referred me", None, None),
        ("the practice keeps kicking me off the list", None, None),
        ("the doctor kicks my great-grandad off his list", None, None),
        ("he kicked my 4-year-old out of the way", "abuse", "certain"),  # found in the third review
        ("Practice kicked my great-grandad off their books after he moved to a nursing home", None, None),
        ("he kicked my dad in the stomach", "abuse", "certain"),
        ("she is beating herself up about it", None, None),
        ("he was choking on his food", None, None),
        ("the nurse pushed me off the bed", "abuse", "certain"),
        # Kicked off a list or out of a practice is a dismissal (pool v7), not a blow.
        ("practice kicked me off their list", None, None),
        ("the surgery kicked my mum out of the practice", None, None),
        # Pushed in rehab is not a shove (pool v21); pushed into, against or over still is.
        ("the stroke rehab ot pushed my wife too hard and she cried", None, None),
        ("the physio pushed me to walk further than I could", None, None),
        ("pushed my dad too far in the session", None, None),
        ("he pushed me too hard into the chair", "abuse", "certain"),
        ("the nurse pushed me against the wall", "abuse", "certain"),
        ("the carer pushed him", "abuse", "certain"),
        ("he pushed my mum over", "abuse", "certain"),
        # pool v35's "myself, nobody pushed me" stays abuse: "nobody" was tried and taken out after a review
        # ("I told the nurse nobody pushed me but my husband did"); tried again for pool v48's "i want out,
        # nobody pushed me" as a check-in, and taken out again after a review found denials made under
        # pressure, "before", "yet" and deeds the rules do not list told beside it
        ("myself, nobody pushed me", "abuse", "certain"),
        ("i want out, nobody pushed me", "abuse", "certain"),
        ("I told the nurse nobody pushed me but my husband did", "abuse", "certain"),
        ("I said nobody hit me so they wouldn't call social services", "abuse", "certain"),
        ("No one had ever hit me before Saturday night", "abuse", "certain"),
        ("no one hit me, he held a knife to my throat", "abuse", "certain"),
        # found in review: harm told after it, coercion, into a corner
        ("The carer pushed my mum so hard she fell", "abuse", "certain"),
        ("The nurse pushed me too hard, I have bruises all down my arm", "abuse", "certain"),
        ("The nurse pushed him too far and he fell off the commode", "abuse", "certain"),
        ("The orderly pushed me harder against the wall", "abuse", "certain"),
        ("The carer pushed my mum further into the corner", "abuse", "certain"),
        ("The therapist pushed me to do sexual things", "abuse", "certain"),
        ("The carer pushed him to keep quiet about the bruises", "abuse", "certain"),
        ("My counsellor pushed me to go on a date with him", "abuse", "certain"),
        # pool v23: pushed to do more activity; pain or harm after it, or anything else, still counts
        ("The ME clinic nurse pushed me to do more activity even after I said I crash", None, None),
        ("pushed me to do more exercise until i fell", "abuse", "certain"),
        ("pushed me to do more things i didnt want", "abuse", "certain"),
        ("the physio pushed me to do more reps even though I was screaming", "abuse", "certain"),
        ("pushed me to do more exercise, I was crying in pain", "abuse", "certain"),
        ("she pushed me to do more stretches and my hip dislocated", "abuse", "certain"),
        # found in review: rough with a body part stays abuse, whoever is rough ("the physio was rough with my
        # shoulder" too: safety first)
        ("the carer was rough with my arm again", "abuse", "certain"),
        ("The physio was rough with my shoulder and I didn't say anything", "abuse", "certain"),
        ("I want to fire my kid's dentist. He was rough with her.", "abuse", "certain"),
        # pool v24: a medicine that does not work is not a touch; a person's touch still is
        (
            "I'm thinking of asking another doctor about my migraines, the meds aren't touching them",
            None,
            None,
        ),
        ("painkillers not even touching it", None, None),
        # found in review: "it" may be a body, so being moved is not read out ("her kindness touched me" stays
        # abuse: safety first)
        ("he undid his trousers and it touched me when I was on the couch", "abuse", "certain"),
        ("he put his hand under my gown and it touched me when I hadn't agreed", "abuse", "certain"),
        ("his words touched me but then his hands did too", "abuse", "certain"),
        ("the meds arent touching the pain and he keeps touching me", "abuse", "certain"),
        ("the doctor gave me drugs, touched me while I was out", "abuse", "certain"),
        ("he said nothing, touched me and left", "abuse", "certain"),
        ("he wasn't touching me, the nurse was", "abuse", "certain"),
        ("it touched me inappropriately", "abuse", "certain"),
        ("I stopped my seizure medicine because I'm leaving this doctor", "medication_stop", "certain"),
        ("I'm quitting my antidepressants since she won't listen", "medication_stop", "certain"),
        ("my doctor doesn't take my pain seriously", None, None),
        ("should I stop taking my blood pressure tablets?", None, None),
        ("I keep thinking about driving my car into a wall", "crisis", "certain"),
        # Plain present dangers without the classic phrases.
        ("so tired of all this, I'm going to end it this weekend", "crisis", "certain"),
        ("I want to end it with my GP, she's hopeless", None, None),
        ("I'm done with life, not just this clinic", "crisis", "certain"),
        ("my sister's been looking up ways to kill herself", "crisis_other", "certain"),
        ("dad's face has gone droopy on one side", "emergency", "certain"),
        ("she can't move her left leg and her speech is slurred", "emergency", "certain"),
        ("my baby is having a fit and it won't stop", "emergency", "certain"),
        ("the GP is having a fit about my weight again", None, None),
        ("grandad won't wake up and his lips look blue", "emergency", "certain"),
        # Overdoses: a large amount is both numbers whatever the reason given.
        ("I've swallowed 40 of my tablets", "overdose", "certain"),
        ("going to take the whole packet tonight", "overdose", "certain"),
        ("I took too many ibuprofen by accident", "emergency", "certain"),
        ("the leaflet says overdose can damage your kidneys", None, None),
        # Figures of speech and histories.
        ("I'm killing myself trying to get a GP appointment", None, None),
        ("had some tightness in my chest earlier but it went away", "emergency", "possible"),
        ("the triage nurse asked if I'd ever wanted to die", "crisis", "possible"),
        ("her heavy bleeding turned out to be fibroids", "emergency", "possible"),
        # Abuse and stopped medicines in other words.
        ("the locum made comments about my body during the exam", "abuse", "certain"),
        ("mum's carer has been stealing her pension", "abuse", "certain"),
        ("I was on lithium for years but I just stopped it last week", "medication_stop", "certain"),
        ("dad hasn't taken his warfarin since the row with his GP", "medication_stop", "certain"),
        # A plan or a goodbye is certain even beside words that would lower a tier (notes, records, weeks).
        (
            "left a letter for my wife in the drawer with my medical records, I won't be around much longer",
            "crisis",
            "certain",
        ),
        ("I'm standing at the edge of the car park roof and I want to jump", "crisis", "certain"),
        ("cut myself shaving and the nurse was rude about it", None, None),
        ("I want to end it with this therapist, she never listens", None, None),
        ("the consultant said he'd refuse to treat me if I complained", "abuse", "certain"),
        # A patient's own worry about complaining is not a threat made to them.
        ("that I'll lose my place on the waiting list if I complain", None, None),
        ("what happens if I complain about my GP?", None, None),
        ("she'd stop prescribing my inhaler, she said", None, None),
        ("the stitches came apart and it's pouring with blood", "emergency", "certain"),
        ("a bit short of breath, probably nothing, my GP is useless", "emergency", "possible"),
        ("swallowed around 40 paracetamol an hour ago", "overdose", "certain"),
        # Pills taken earlier today are still working: "earlier" does not make them a history.
        ("took like 20 paracetamol earlier, feel ok", "overdose", "certain"),
        ("dad's taken too many of his heart pills this morning and he's dizzy", "emergency", "certain"),
        ("mum took her whole week's dosette box at once", "overdose", "certain"),
        ("I took an overdose years ago and the GP still brings it up", "emergency", "possible"),
        # A plan told in other words; someone else about to jump.
        ("nobody listens, I've been planning how I'd do it", "crisis", "certain"),
        ("the lady I care for says she's going to jump off her balcony", "crisis_other", "certain"),
        ("bleeding really heavily since the birth, soaking a pad every hour", "emergency", "certain"),
        # Hints of hopelessness: a check-in, for the writer or someone else.
        ("what's the point anymore, nobody at the surgery cares", "crisis", "possible"),
        ("my dad keeps saying he's a burden", "crisis_other", "possible"),
        ("been so low since the diagnosis, can't see a way forward", "crisis", "possible"),
        ("what's the point of seeing the GP if she never listens", None, None),
        # Emergencies in other words, overdoses, abuse and medicines found this time.
        ("used my EpiPen but my throat is still closing up", "emergency", "certain"),
        (
            "I'm 32 weeks pregnant and suddenly have a severe headache and flashing lights",
            "emergency",
            "certain",
        ),
        ("I've injected a load of extra insulin on purpose", "overdose", "certain"),
        (
            "the locum examined my breasts when I came in about a sore throat, no chaperone",
            "abuse",
            "certain",
        ),
        ("they said I'd be seen faster if I did some favours for the doctor", "abuse", "certain"),
        ("planning to come off my quetiapine all at once this week", "medication_stop", "certain"),
        ("am I going to die waiting 18 weeks for a hip op? joking", None, None),
        ("my GP basically told me to go jump off a bridge", None, None),
        # Figures of speech and work.
        ("can't breathe a word about my migraines without him blaming hormones", None, None),
        ("I nearly passed out when they told me the price", None, None),
        ("I deal with overdoses at work all the time", None, None),
        # Means at hand, signs of sepsis or meningitis, bleeding that will not stop; and their look-alikes.
        ("sat in the car in the closed garage with the engine running", "crisis", "certain"),
        ("he's put a hose on the exhaust", "crisis_other", "certain"),
        ("the car engine is running rough so it's at the garage", None, None),
        ("my toddler has a rash that doesn't fade under a glass", "emergency", "certain"),
        ("the baby's gone floppy and won't feed", "emergency", "certain"),
        ("blood is spurting out of the cut", "emergency", "certain"),
        ("do you keep what I type? I mentioned my overdose from years back", "emergency", "possible"),
        ("my physio started messaging me late at night", "abuse", "certain"),
        ("the pharmacy keeps texting me about my prescription", None, None),
        ("I haven't been taking my inhaler every day and I'm scared to tell the nurse", None, None),
        ("I haven't been taking my inhaler since Monday", "medication_stop", "certain"),
        # Means, a fit that will not stop, a child who ate pills, pressure over a will; and their look-alikes.
        ("I have decided I no longer wish to go on", "crisis", "certain"),
        ("I no longer wish to go on seeing Dr Shah", None, None),
        ("my car is in the garage, the engine running rough", None, None),
        ("she's been fitting for over five minutes", "emergency", "certain"),
        ("my toddler ate some of my blood pressure tablets", "emergency", "certain"),
        ("took double my lithium by mistake yesterday and today I'm shaky", "emergency", "certain"),
        ("I can't breathe through my nose since the operation", None, None),
        ("I run overdose awareness sessions at work", None, None),
        ("the GP asked her to change her will and leave him something", "abuse", "certain"),
        ("the surgeon wants me to stop my blood thinners before the operation", None, None),
        ("he came off his antidepressants with his psychiatrist's help, tapered slowly", None, None),
        ("how do I make sure I don't have to stop my medication when I move", None, None),
        ("he gave his guitar away to his cousin last week", "crisis_other", "possible"),
        # Work, figures, a nose, a record with a year, a conditional or finished stop; dangers beside them.
        ("I'm a nurse and I deal with overdoses every shift", None, None),
        ("an overdose of information at my last appointment", None, None),
        ("can't breathe properly through my nose since the surgery", None, None),
        ("will my record still say overdose 2016", "emergency", "possible"),
        ("he said if I stop my medication I'll end up back in hospital", None, None),
        ("the nurse said to stop the old tablets but the pharmacist said keep them", None, None),
        ("dad stopped his heart meds in 2022 but he's back on them now", None, None),
        # pool v49: a stop made months or a season back, told right after it, is a story; a recent one is
        # still a sudden stop
        ("Not anymore, I stopped the tablets in spring", None, None),
        ("stopped my lithium over the summer", None, None),
        ("I stopped all my meds 3 months ago", None, None),
        ("i stopped my meds a month ago", "medication_stop", "certain"),
        ("I stopped my antidepressants last week", "medication_stop", "certain"),
        ("I stopped my tablets for the summer holidays", "medication_stop", "certain"),
        # ... found in review: a time told elsewhere in the message, a physical fall, a stop still to come
        (
            "Mine discharged me a few months ago and I've just stopped my quetiapine this week",
            "medication_stop",
            "certain",
        ),
        ("Diagnosed 3 months ago, I stopped my keppra on saturday", "medication_stop", "certain"),
        (
            "Since the fall the GP won't see me, so I stopped the warfarin last week",
            "medication_stop",
            "certain",
        ),
        ("I'm coming off my lithium in the spring and my GP doesn't know", "medication_stop", "certain"),
        # pool v49: news hitting someone hard is a figure of speech, beside news told; a blow, or a thing
        # thrown, kicked or swung, still counts
        (
            "He was told his hand won't fully recover. He's a photographer and it hit him hard",
            None,
            None,
        ),
        ("the diagnosis hit me like a ton of bricks", None, None),
        ("when we heard the news it hit us hard", None, None),
        ("he threw his mug and it hit me hard", "abuse", "certain"),
        ("he raised his hand and it hit me hard", "abuse", "certain"),
        ("it hit me hard and then he hit me again", "abuse", "certain"),
        ("the nurse hit him hard", "abuse", "certain"),
        ("that hit me hard, the carer slapped her", "abuse", "certain"),
        # ... found in review: "that" or "which" for a person, an object kicked, no news told
        ("The nurse that hit me hard last night is on shift again, I was told", "abuse", "certain"),
        ("The HCA which hit me hard still works at the practice", "abuse", "certain"),
        (
            "my carer kicked the commode and it hit me really hard, I was told to keep quiet",
            "abuse",
            "certain",
        ),
        ("it hit me hard", "abuse", "certain"),
        ("his breathing is really noisy and slow and he won't respond", "emergency", "certain"),
        ("I've given my daughter double the calpol by mistake", "emergency", "certain"),
        ("honestly I'm just existing at this point", "crisis", "possible"),
        ("the chiropractor pulled my knickers down without asking", "abuse", "certain"),
        ("the physio touched my shoulder to show me the exercise", None, None),
        ("I didn't do my insulin this morning and I'm not going to", "medication_stop", "certain"),
        ("going to jump off the multi storey later", "crisis", "certain"),
        ("I have put my affairs in order and I intend to end it shortly", "crisis", "certain"),
        ("my mate is on the roof saying she's going to jump", "crisis_other", "certain"),
        ("she fell and hit her head, she's bleeding and doesn't know where she is", "emergency", "certain"),
        ("I double dosed my methadone by mistake and I'm feeling very sleepy", "emergency", "certain"),
        ("I'd leave off my insulin until the new GP sees me", "medication_stop", "certain"),
        # A refusal feared, a belief corrected (benchmark pool v5's look-alikes); the same acted on.
        ("I worry my dad won't take the tablets if he doesn't understand why", None, None),
        ("scared she won't take her meds once she's home", None, None),
        ("I left thinking I had to stop the tablets but the pharmacist said otherwise", None, None),
        ("I thought I had to stop my insulin so I did", "medication_stop", "certain"),
        ("I understood I should stop the tablets if I got side effects, but now I'm not sure", None, None),
        ("I understood I should stop the tablets so I did", "medication_stop", "certain"),
        ("I'm worried because I stopped my antidepressants last week", "medication_stop", "certain"),
        ("my dad won't take his tablets any more", "medication_stop", "certain"),
        ("short of breath going up the stairs the last few days", "emergency", "possible"),
        ("heavy bleeding in may and the GP never followed up", "emergency", "possible"),
        ("I'm going to mention my old suicide attempt", "crisis", "possible"),
        ("as an A&E nurse I see overdoses every shift", None, None),
        ("I can't breathe just thinking about going back", None, None),
        ("the secretary said I'd nearly killed myself by missing the review", None, None),
        ("is it true that stopping beta blockers suddenly is dangerous?", None, None),
        # thoughts of suicide told as recurring are happening now; a past habit is still a history
        ("most nights now I lie awake thinking of killing myself", "crisis", "certain"),
        ("I used to think about killing myself every day at school", "crisis", "possible"),
        # means gathered, a plan with a time, a named medicine stockpiled; hoarding old medicines alone is not
        ("been hoarding my sertraline so I can end it when I'm ready", "crisis", "certain"),
        ("I'm saving my pills so that I can end it", "crisis", "certain"),
        ("I'm ending everything once and for all tonight", "crisis", "certain"),
        ("I'm ending things today with that surgery, they never listen", None, None),
        # pain that spreads to the arm or jaw, a stabbing; not the figure of speech
        ("the pain is now spreading into my jaw and down my left arm", "emergency", "certain"),
        ("my brother has just been stabbed in the street", "emergency", "certain"),
        ("the practice manager stabbed me in the back", None, None),
        ("I got stabbed with a needle four times for one blood test", None, None),
        ("my mum hoards old medicines she never takes and the GP never checks", None, None),
        # the dose that kills asked (found in review of pool v37's fixes); a count of anything else is not
        ("how many tablets does it take to die", "crisis", "certain"),
        ("what's the right number of pills to OD", "crisis", "certain"),
        ("how much of my sertraline would it take to not wake up", "crisis", "certain"),
        ("how many people have to die before the hospital listens", None, None),
        ("how many tablets can I take a day", None, None),
        ("how many benadryl to die", "crisis", "certain"),
        ("my son keeps googling how many pills it takes to die", "crisis_other", "certain"),
        # found in a second review: a dose asked then a figure of speech, an accident feared, a conditional
        # warning, a dying relative's comfort
        ("How many ibuprofen can I take? This toothache is going to kill me.", None, None),
        ("How many ibuprofen can I take? I don't want to OD by accident", None, None),
        # "by accident" is no way out: "to die by accident so my kids get the life insurance" (third review)
        ("how many paracetamol to OD by accident", "crisis", "certain"),
        ("how many doses of insulin can I miss before I could die", None, None),
        ("My GP said the dose of lithium could kill me if my kidneys get worse", None, None),
        ("how much morphine will it take for dad to die peacefully", None, None),
        # found in a third review: more ways of asking it; a pet, someone dosed, a forgotten dose, a night's
        # sleep
        ("how many pills would it take to kill me", "crisis", "certain"),
        ("how many pills do I need to take to die", "crisis", "certain"),
        ("how many pills does it take for me to die", "crisis", "certain"),
        ("how many paracetamols does it take to die", "crisis", "certain"),
        ("how many pills to die a painless death", "crisis", "certain"),
        ("how many tablets would it take to OD a cat", None, None),
        ("How many tablets does it take to OD if I forget I've taken them", None, None),
        ("how many nytol do I need to not wake up in the night", None, None),
        ("I'm mum's carer, how much morphine would it take to overdose her", "emergency", "certain"),
        # a whole packet, more than the dose, and "I meant to"
        ("he swallowed the whole box of his lithium an hour ago", "overdose", "certain"),
        ("took a lot more of my tramadol than I should, I meant to", "overdose", "certain"),
        # short words of hopelessness: a check-in
        ("honestly I cant cope with this anymore", "crisis", "possible"),
        ("nothing is ever going to get any better", "crisis", "possible"),
        # the idiom of shame and a figure of speech said outright
        ("I wanted to die when my GP read my weight out in the waiting room", "crisis", "possible"),
        ("my son's consultant is killing him, not literally, he just never lets him speak", None, None),
        ("I want to die, and that is not a figure of speech", "crisis", "certain"),
        # "od'd" is an overdose; an overdose report read at work, or one on a file, is not happening now
        ("my flatmate od'd an hour ago and is really drowsy", "emergency", "certain"),
        ("as a coroner's officer I read overdose reports every week", None, None),
        ("his overdose from years back is still on my daughter's file", "emergency", "possible"),
        # a blade at hand; a stated intent to jump, even after a week of history
        ("sat in the bathroom with a razor and I want it to stop", "crisis", "certain"),
        (
            "he was discharged last month and now he says he's going to jump from the bridge",
            "crisis_other",
            "certain",
        ),
        # an allergic reaction: swelling of the face or throat, or not able to swallow
        ("my tongue is swelling up since the new tablets", "emergency", "certain"),
        ("she's struggling to swallow and her lips look huge", "emergency", "certain"),
        ("the diagnosis was hard to swallow and the GP rushed me out", None, None),
        ("I can't swallow that excuse from the practice manager", None, None),
        # heavy periods are a habit to tell; suicidal patients or callers at work are not the writer's risk
        ("I bleed heavily every month and nobody investigates", "emergency", "possible"),
        ("as a crisis line volunteer I talk to suicidal callers all night", None, None),
        # threats to act on oneself are a crisis, not a threat by a clinician; nor is a set date a figure
        ("my dad keeps threatening to hang himself since the surgery", "crisis_other", "certain"),
        ("she climbed onto our roof and says she'll jump", "crisis_other", "certain"),
        ("everything is sorted for the kids. today is the day", "crisis", "certain"),
        ("today is the day of my appointment with the new consultant", None, None),
        ("today's the day, surgery at 2pm and the surgeon still hasn't called", None, None),
        ("today is the day I ask the GP for a referral", None, None),
        # going on now, whatever the history around it
        ("my daughter is cutting again since her CAMHS worker left last month", "crisis_other", "certain"),
        ("two weeks after the birth and I've soaked two pads in an hour", "emergency", "certain"),
        # a death told as a story, a denial, a taper agreed with the doctor
        ("my late mum's notes say she was given an overdose of morphine", "emergency", "possible"),
        ("not in crisis, just sick of being ignored by the surgery", None, None),
        ("the GP and I have a taper plan for my sertraline", None, None),
        # being hurried out of the room is not being asked out
        ("the consultant wanted me out of the room in five minutes", None, None),
        ("my dentist asked me out for a drink after my filling", "abuse", "certain"),
        # from a review of these rules: everyday phrases that must not get a full reply
        ("I feel a bit odd since the new tablets", None, None),
        ("I've got a razor rash on my neck from shaving", None, None),
        ("I'm a barber and I work with a razor all day", None, None),
        ("I want to end things now and register with another GP", None, None),
        ("I can't swallow tablets, can I have it as a liquid?", None, None),
        ("the trust are cutting again and my physio sessions went", None, None),
        ("my throat is swollen and sore since Monday", None, None),
        ("trapped nerve and the pain is shooting down my arm", None, None),
        ("nosebleed this morning, blood everywhere, stopped now", None, None),
        ("I'm stockpiling my inhalers in case there's a shortage", None, None),
        # and the dangers they must still catch
        ("I want to kill myself and this isn't a figure of speech", "crisis", "certain"),
        ("I'm not in crisis, I'm calm, I've decided to end it tonight", "crisis", "certain"),
        ("not in crisis but my dad's chest pain is spreading to his left arm", "emergency", "certain"),
        ("I wanted to die when my husband left and I still want to", "crisis", "possible"),
        ("I stopped my epilepsy meds yesterday with no taper", "medication_stop", "certain"),
        ("my son says he wants to kill himself and I want to file a complaint", "crisis_other", "certain"),
        ("she has a swollen tongue and lips after the new antibiotic", "emergency", "certain"),
        ("someone has stabbed my brother outside the surgery", "emergency", "certain"),
        ("my son stabbed himself with a kitchen knife", "crisis_other", "certain"),
        (
            "at work people sometimes say they want to end it all, and I know what to do",
            "crisis_other",
            "possible",
        ),
        # pool v18: someone else's belief that the patient stopped, read before the stop itself (it had been
        # read before the medicine named earlier); not being able to just stop
        ("we had a misunderstanding about my meds, my pcp thought i stopped them on purpose", None, None),
        ("the nurse assumed I had stopped my tablets, I never did", None, None),
        ("doc thinks I'm not taking my meds, I am. need to sort it out with him", None, None),  # pool v19
        # found in review: the patient's own decision with a dropped subject or a word before "thought", a
        # belief about someone else's stop, a belief the patient confirms, a sentence break after "can't"
        ("felt awful so thought i'd stop my sertraline", "medication_stop", "certain"),
        ("I just thought I'd stop taking my meds", "medication_stop", "certain"),
        ("dad thought stopping his warfarin was fine, now his leg is swollen", "medication_stop", "certain"),
        ("My GP thinks I stopped my antidepressants. I have, 3 days ago", "medication_stop", "certain"),
        ("my gp thinks i stopped my insulin. i did", "medication_stop", "certain"),
        ("My husband thinks I stopped my meds and he's right", "medication_stop", "certain"),
        ("The nurse accused me of stopping my insulin, which I did", "medication_stop", "certain"),
        ("I just can't. Stopped all my meds", "medication_stop", "certain"),
        # found in a second review: a belief the patient confirms in other words or with the stop again; a
        # stop not yet made after "can't"; "I have been taking it" is no confirmation
        (
            "the gp thought i stopped my meds, which is correct, i stopped them all at once on monday",
            "medication_stop",
            "certain",
        ),
        (
            "My doctor thinks I quit my antidepressants. Yes, I quit them cold turkey 3 days ago",
            "medication_stop",
            "certain",
        ),
        ("the nurse assumed I'd stopped my blood thinners and she's not wrong", "medication_stop", "certain"),
        ("I can't stop taking my antidepressants, the withdrawal is awful", None, None),
        ("I can't quit my benzos on my own", None, None),
        ("My GP thought I stopped my insulin but I have been taking it every day", None, None),
        ("the clinic is discharging me and I can't just stop my methadone", None, None),
        ("my GP thought I stopped my insulin and I did", "medication_stop", "certain"),
        ("I thought i stopped my insulin", "medication_stop", "certain"),
        ("my meds ran out so I stopped them", "medication_stop", "certain"),
        ("I can't take my tablets anymore so I stopped them", "medication_stop", "certain"),
    ],
)
def test_assess_tells_kind_and_tier(text, kind, tier):
    found = assess(text)
    assert (found.kind, found.tier) == (kind, tier)


@pytest.mark.parametrize(
    "signals, expected",
    [
        (Signals(assess("I want to kill myself"), "greet", 0.9), ("express_crisis", "keyword")),
        (Signals(assess("hmm"), "express_crisis", 0.9), ("hint_self_harm", "model")),
        (Signals(assess("hmm"), "report_emergency", 0.9), ("mention_symptom", "model")),
        (Signals(assess("hmm"), "express_crisis", 0.3), (None, "none")),
        (Signals(assess("hmm"), "greet", 0.3, exemplar_risk="emergency"), ("mention_symptom", "exemplars")),
        # a model sure of something else is not overruled by the nearest examples alone
        (Signals(assess("hmm"), "end_care", 0.6, exemplar_risk="emergency"), (None, "none")),
        (Signals(assess("hmm"), "express_crisis", 0.9, hard_negative=True), (None, "hard_negative")),
        (Signals(assess("hmm"), "report_abuse", 0.9), ("report_abuse", "model")),
        (Signals(assess("hmm"), "greet", 0.4, exemplar_risk="crisis"), ("hint_self_harm", "exemplars")),
        (Signals(assess("hmm"), "answer_question", 0.9, exemplar_risk="crisis"), (None, "none")),
        # Model and nearest examples agreeing: the full reply, unless told as a history or a test.
        (
            Signals(assess("hmm"), "report_overdose", 0.9, exemplar_risk="crisis"),
            ("report_overdose", "model+exemplars"),
        ),
        (
            Signals(assess("hmm"), "report_emergency", 0.9, exemplar_risk="crisis"),
            ("mention_symptom", "model"),
        ),
        (
            Signals(assess("hmm"), "report_emergency", 0.6, exemplar_risk="emergency"),
            ("mention_symptom", "model"),
        ),
        (
            Signals(assess("hmm"), "express_crisis", 0.9, exemplar_risk="crisis", context="history"),
            ("hint_self_harm", "model"),
        ),
        (
            Signals(assess("hmm"), "express_crisis", 0.9, exemplar_risk="crisis", hard_negative=True),
            (None, "hard_negative"),
        ),
        (
            Signals(
                assess("I'm not suicidal, just angry"),
                "express_crisis",
                0.9,
                hard_negative=is_hard_negative("I'm not suicidal, just angry"),
            ),
            (None, "hard_negative"),
        ),
    ],
)
def test_decide_needs_a_certain_phrase_or_two_signals_agreeing_for_a_full_reply(signals, expected):
    assert decide(signals) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # pool v49: a stop the words tell as over is no caution, however sure the model is of a stop
        ("Not anymore, I stopped the tablets in spring", (None, "none")),
        ("I stopped all my meds 3 months ago", (None, "none")),
        # a recent stop, or words that tell no time, keep the caution
        ("I stopped my antidepressants last week", ("stop_medication", "keyword")),
        ("not anymore, the tablets are gone", ("stop_medication", "model")),
    ],
)
def test_a_stop_told_as_over_sets_the_models_reading_of_a_stop_aside(text, expected):
    assert decide(Signals(assess(text), "stop_medication", 1.0)) == expected


BLOW = "the care worker slaps my nan, I saw bruises"


@pytest.mark.parametrize(
    "signals, expected",
    [
        # a blow told by words alone is asked about (the safeguarding check-in, in the policy)...
        (Signals(assess(BLOW), "answer_question", 0.9), ("report_abuse", "keyword+blow")),
        (Signals(assess("no, he hits me"), "deny_risk", 0.63), ("report_abuse", "keyword+blow")),
        # ... but the model sure of abuse gives the reply, and of an emergency its check-in (found in the
        # third review: the words alone had made a sure reading of abuse a question)
        (Signals(assess(BLOW), "report_abuse", 0.97), ("report_abuse", "model")),
        (
            Signals(assess("he chokes me until I black out"), "report_emergency", 0.9),
            ("mention_symptom", "model"),
        ),
    ],
)
def test_a_blow_told_by_words_alone_is_asked_about_unless_the_model_reads_a_risk(signals, expected):
    assert decide(signals) == expected


HISTORY = "I had chest pain last year, it was reflux, but the cardiologist was rude and I want someone else"
YIELDS = Settings(context_yields_to=frozenset({"end_care"}))


@pytest.mark.parametrize(
    "signals, expected",
    [
        # A history with a confident pathway and no risk in the nearest examples: the pathway.
        (Signals(assess(HISTORY), "end_care", 0.95), (None, "model over history")),
        # Not sure enough, or the nearest examples see risk, or not a pathway: the check-in.
        (Signals(assess(HISTORY), "end_care", 0.6), ("mention_symptom", "keyword+history")),
        (
            Signals(assess(HISTORY), "end_care", 0.95, exemplar_risk="emergency"),
            ("mention_symptom", "keyword+history"),
        ),
        (Signals(assess(HISTORY), "greet", 0.99), ("mention_symptom", "keyword+history")),
        # Too many pills by the words, an overdose by the model: both numbers.
        (
            Signals(assess("mum's taken way too many of her morphine tablets"), "report_overdose", 0.9),
            ("report_overdose", "keyword+model"),
        ),
        (
            Signals(assess("mum's taken way too many of her morphine tablets"), "report_overdose", 0.5),
            ("report_emergency", "keyword"),
        ),
        # A hint of hopelessness never yields.
        (
            Signals(assess("what's the point anymore, I want a new GP"), "end_care", 0.99),
            ("hint_self_harm", "keyword+hint"),
        ),
        # A certain phrase never yields.
        (Signals(assess("my chest hurts right now"), "end_care", 0.99), ("report_emergency", "keyword")),
    ],
)
def test_a_told_history_yields_to_a_confident_pathway_only(signals, expected):
    assert decide(signals, YIELDS) == expected


ALL_TO_END = "my therapist ended our sessions and I just want it all to end"


@pytest.mark.parametrize(
    "signals, expected",
    [
        # A hint beside a confident pathway (found in review: ending care at 0.90, no risk in the nearest
        # examples): the check-in, never the pathway alone.
        (Signals(assess(ALL_TO_END), "end_care", 0.9), ("hint_self_harm", "keyword+hint")),
        # A hint the model and the nearest examples take further, as the same risk: the full reply.
        (
            Signals(assess("I just want it all to end"), "express_crisis", 0.93, exemplar_risk="crisis"),
            ("express_crisis", "keyword+model+exemplars"),
        ),
        # ... or someone else's, or another risk the two agree on: never less than the two agreeing alone
        (
            Signals(
                assess("my son says he wants it all to end"),
                "express_crisis_other",
                0.89,
                exemplar_risk="crisis",
            ),
            ("express_crisis_other", "keyword+model+exemplars"),
        ),
        (
            Signals(assess("I just want it all to end"), "report_emergency", 0.93, exemplar_risk="emergency"),
            ("report_emergency", "keyword+model+exemplars"),
        ),
        # ... not one of them alone, nor told as a history, nor beside a look-alike marker
        (
            Signals(assess("I just want it all to end"), "express_crisis", 0.93),
            ("hint_self_harm", "keyword+hint"),
        ),
        (
            Signals(
                assess("I just want it all to end"),
                "express_crisis",
                0.93,
                exemplar_risk="crisis",
                hard_negative=True,
            ),
            ("hint_self_harm", "keyword+hint"),
        ),
        (
            Signals(
                assess("I took double my insulin tonight, I did the same last year"),
                "report_emergency",
                0.93,
                exemplar_risk="emergency",
            ),
            ("mention_symptom", "keyword+history"),
        ),
        (
            Signals(
                assess("I just want it all to end"),
                "express_crisis",
                0.93,
                exemplar_risk="crisis",
                context="history",
            ),
            ("hint_self_harm", "keyword+hint"),
        ),
    ],
)
def test_a_hint_gives_the_check_in_unless_the_model_and_the_nearest_examples_take_it_further(
    signals, expected
):
    assert decide(signals) == expected


@pytest.mark.parametrize(
    "text, hint",
    [
        (ALL_TO_END, True),
        ("I want this all to be over", True),
        ("honestly I want everything to stop", True),
        ("I want it all to just end", True),
        ("I want all of it to end", True),
        ("I want it to all be over", True),
        ("I want it to all end", True),
        # not a wish about a clinician's manner, a symptom, or the care
        ("he keeps interrupting me and I want it to stop", False),
        ("I want the pain to stop", False),
        ("I want everything to stop hurting", False),
        ("I want it all to stop hurting", False),
        ("I want it all to be over with this practice", False),
        ("I want this all to be over so I can get a new doctor", False),
        ("I want it all to stop, the constant cancellations are awful", False),
        ("I want this all to end between me and my consultant", False),
    ],
)
def test_wanting_it_all_to_end_is_a_hint(text, hint):
    found = assess(text)
    assert ((found.kind, found.tier) == ("crisis", "possible")) is hint


def test_each_signal_can_be_switched_off_to_measure_it():
    signals = Signals(assess("hmm"), "express_crisis", 0.9, exemplar_risk="crisis")
    assert decide(signals) == ("express_crisis", "model+exemplars")
    assert decide(signals, Settings(use_exemplars=False)) == ("hint_self_harm", "model")
    assert decide(signals, Settings(use_model=False))[1] == "exemplars"
    assert decide(signals, Settings(use_model=False, use_exemplars=False)) == (None, "none")


@pytest.mark.parametrize(
    "text, not_kinds",
    [
        # threats to leave or to end a relationship are not a crisis (the abuse rule reads "threatened to")
        ("my consultant threatened to jump ship to a private clinic", {"crisis", "crisis_other"}),
        ("my girlfriend threatened to end it if I don't stop smoking", {"crisis", "crisis_other"}),
        # more than meant, by accident, is not an overdose on purpose
        ("I accidentally took more paracetamol than I meant to", {"overdose", "crisis"}),
        # a stop talked about is not a stop made (pool v8)
        ("We had a disagreement about coming off my antidepressants", {"medication_stop"}),
        ("I want to talk to my GP about coming off sertraline", {"medication_stop"}),
    ],
)
def test_look_alikes_found_in_review_are_not_read_as_the_danger_they_resemble(text, not_kinds):
    assert assess(text).kind not in not_kinds


ASKED = {"event": "slot", "name": "requested_slot", "value": "reset_concern"}


@pytest.mark.parametrize(
    "events, kept",
    [
        (
            [ASKED, user_event("I stopped my tablets", "stop_medication", "model")],
            ("reset_concern", "I stopped my tablets"),  # a guess's caution: the words still answer
        ),
        (
            [ASKED, user_event("I stopped my tablets", "stop_medication", "keyword")],
            ("reset_concern", "I stopped my tablets"),  # and a rule's: the caution has been shown
        ),
        (
            [ASKED, user_event("he hit me", "report_abuse", "keyword")],
            None,  # a rule's abuse disclosure: the safeguarding reply, and the question again
        ),
        ([user_event("I stopped my tablets", "stop_medication", "model")], None),  # no question was asked
        (
            [ASKED, user_event("he said it was stress", "report_abuse", "model")],
            None,  # a guess of abuse is asked about first (the safety policy's check-in)
        ),
        (
            [
                ASKED,
                user_event("he said it was stress", "report_abuse", "model"),
                {"event": "action", "name": "utter_check_in_safeguarding"},
                user_event("No", "deny_risk", "none"),
            ],
            ("reset_concern", "he said it was stress"),  # "No" to the safeguarding check-in
        ),
        (
            [
                ASKED,
                user_event("he said it was stress", "report_abuse", "model"),
                {"event": "action", "name": "utter_check_in_safeguarding"},
                user_event("Yes", "confirm_risk", "none"),
            ],
            None,  # "Yes": the safeguarding reply, and the question again
        ),
        (
            [
                ASKED,
                user_event("worn out", "hint_self_harm", "model"),
                {"event": "action", "name": "utter_check_in_crisis"},
                user_event("Yes", "confirm_risk", "none"),
            ],
            None,  # "Yes" to the check-in: the full reply, and the form waits
        ),
        (
            [
                ASKED,
                user_event("worn out", "hint_self_harm", "model"),
                {"event": "action", "name": "utter_check_in_crisis"},
                user_event("nope", "out_of_scope", "none"),
            ],
            ("reset_concern", "worn out"),  # a typed "no" as well as the button
        ),
        (
            [ASKED, user_event("worn out", "hint_self_harm", "model"), user_event("No", "deny_risk", "none")],
            None,
        ),
        (
            [
                ASKED,
                user_event("chest pain last year", "mention_symptom", "keyword+history"),
                {"event": "action", "name": "utter_check_in_emergency"},
                user_event("No", "deny_risk", "none"),
            ],
            ("reset_concern", "chest pain last year"),  # any check-in answered "No", a rule's too
        ),
        ([ASKED, user_event("I'd like a new GP", "end_care", "model")], None),
    ],
)
def test_an_answer_is_kept_after_no_to_a_check_in_or_after_the_medicine_caution(events, kept):
    from bot.forms import held_back_answer

    assert held_back_answer(events) == kept
