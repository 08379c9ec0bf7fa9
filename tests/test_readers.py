"""The forms' readers of short typed answers (bot/forms.py, bot/pathways): what patients type for yes, no,
not sure, skip, why, start over, who the care is for and who ends it.

The answers here were written for benchmark pools v2 to v7 by helpers who saw nothing of the readers.
The readers of the time missed them: 40 of the first helper's answers left pool v2 before it was frozen, and
the rest are ones that `python -m bench.walk --pool bench/patient_messages/v<N>.yml` showed failing once
the pool had been measured (so v2 to v7 are regression data now). Each is kept here with more of the
same shapes.
The answers in NOT_READ are the patient's own words or mixed answers: reading them
as a control word or a yes / no would put words in the patient's mouth, so the question is asked again.
"""

import pytest

from bot import forms
from bot.pathways.ending_care import PATIENT, PRACTICE, initiator_from_text, says_leaving, says_staying
from bot.pathways.for_whom import for_whom_from_text
from bot.pathways.registry import leaving_in_words
from bot.pathways.reset_conversation import channel_from_text, role_from_text
from bot.pathways.second_opinion import asks_another_look, asks_for_a_view

REGRESSION = {
    "yes": [
        "yes I have",
        "yes we have",
        "I have yes",
        "sure, yes",
        "yeah already sorted",
        "Yes it is, sadly",
    ],
    "no": [
        "not yet",
        "no I haven't",
        "no we haven't",
        "haven't yet",
        "no not at all",
        "Nope, not yet.",
        # pool v33: in Hindi and Urdu
        "nahi",
        # pool v32
        "not needed, thanks",
        "Not needed thank you",
        "no need",
    ],
    "not_sure": [
        "dunno",
        "not certain",
        "hard to say",
        "maybe? not sure",
        "i don't know tbh",
        "can't say for sure",
        "I think so but not sure",
        "yes but I can't remember which",
        "no, though I'd have to check",
    ],
}
REGRESSION["no"] += ["absolutely not", "nothing like that", "certainly not"]
# Pool v7: letters held down, "of course", not knowing in other words or at length.
REGRESSION["yes"] += ["yess", "Yesss!", "of course", "of course, yes", "certainly"]
REGRESSION["no"] += ["noo", "nooo", "Noo, not yet", "none"]
REGRESSION["not_sure"] += [
    "not 100%",
    "unclear",
    "who knows",
    "i don't know if they're still waiting on results",
    "I'm not sure whether the referral ever went through to be honest",
    "unsure if she takes them every day or not",
]
# Pool v9: dialect and spoken spellings of yes and no.
REGRESSION["yes"] += ["yea", "ya", "yah"]
# Pool v6: not having been told is not knowing.
REGRESSION["not_sure"] += [
    "nobody told us",
    "no one told me",
    "I wasn't told",
    "they never said",
    "we haven't been told",
]
REGRESSION["no"] += ["naw", "Naw.", "na", "nae", "no ta", "nah thanks"]
# Pool v11: yes in other words, none of the thing asked about, not knowing in slang, a guess then "not sure".
REGRESSION["yes"] += ["100%", "a hundred per cent", "ye", "too right", "spot on"]
REGRESSION["no"] += [
    "nothing pending",
    "nothing outstanding",
    "I take nothing regularly",
    "we've got none",
    "Not one",
    "not any",
    "haven't got one yet",
    "we haven't found anyone yet",
    "not serious no",
    "never, no",
]
REGRESSION["not_sure"] += [
    "Not positive",
    "i'm not positive",
    "haven't a scooby",
    "not the foggiest",
    "i wouldnt know",
    "I wouldn't know, to be honest",
    "I think there might be one test still out, not sure",
    "she might still be waiting on a scan, dunno",
]
# Pool v12: yes and no in more words, the answer as a conclusion, not knowing with a word between.
REGRESSION["yes"] += ["yas", "she does, so yes"]
REGRESSION["no"] += ["nopes", "Sadly no", "Not as such", "afraid not", "still looking, so no"]
REGRESSION["not_sure"] += [
    "I don't really know",
    "we don't honestly know",
    "couldn't say",
    "i dont no",
    "nobody's told us",
    "Your guess is as good as mine",
]
# Pool v13: more ways to say no, yes misspelt, not knowing until someone else is asked.
REGRESSION["yes"] += ["yse"]
REGRESSION["no"] += ["no chance", "not a chance", "nuh uh"]
REGRESSION["not_sure"] += [
    "good question",
    "depends what you mean",
    "would have to ask my husband",
    "need to check with mum",
    "we'd have to check with the hospital",
]
# Pool v14: a yes the patient is sorry to give, "definitely" cut short, "know" mistyped, not clear.
REGRESSION["yes"] += ["I'm afraid so", "defo", "sadly so", "afraid so, yes", "deffo"]
REGRESSION["not_sure"] += [
    "i dont kno",
    "don't knw",
    "I'm not clear on that",
    "hard to tell",
    "not really clear",
]
# Pool v16: yes with "indeed" after it, "ys"; not knowing in Scots; no "at the minute", not on any medicine.
REGRESSION["yes"] += ["I have indeed", "I have indeed.", "i do indeed", "ys"]
REGRESSION["no"] += ["not at the minute", "not on any meds", "she's not on anything"]
REGRESSION["not_sure"] += ["I'm no sure", "don't rightly know", "Nae idea", "dinnae ken"]
# Pool v20: papers to look at before knowing; none but the odd one.
REGRESSION["not_sure"] += ["I'd need to look at my insurance card", "i'd have to check my policy"]
REGRESSION["no"] += ["no meds except the odd paracetamol", "nothing except the occasional inhaler"]
# Pool v19: "ja"; a plain yes or no leading a longer answer.
REGRESSION["yes"] += ["ja", "yes i've got a new gp starting next month"]
REGRESSION["no"] += ["no we have not found anyone yet because it is hard here"]
# Pool v18: partly, then not really; "idk" and not knowing what counts.
REGRESSION["not_sure"] += ["kind of? not really", "sort of", "Idk what counts as pending", "idk tbh"]
REGRESSION["yes"] += ["Sí", "sí", "si", "sí, tengo uno nuevo"]  # pool v21: in Spanish
REGRESSION["no"] += ["Ah no", "ah no"]  # pool v22: in Irish English
# Pool v17: a no with the verb asked about; needing to look something up; not knowing, then a detail.
REGRESSION["no"] += ["he doesn't take any", "we don't have any", "she doesn't need one", "I don't use any"]
REGRESSION["not_sure"] += [
    "i'd need to look at her paperwork",
    "I'd have to look it up",
    "we would need to find out",
    "I'll have to double check",
    "not sure, she takes some but not every day",
    "Not sure, he has a few but I don't know which",
]
CONTROL = {
    forms.SKIP: [
        # pool v33: in Jamaican Patois
        "Mi nah answer dat",
        # pool v20
        "rather keep that to myself",
        # pool v19
        "prefer not to",
        "leave that one out please",
        # pool v17: not something to share; asking leave after the skip
        "not something i want to share",
        "That's not something I'm comfortable sharing",
        "it's not something we want to discuss here",
        "I'll skip that if that's ok",
        "skip this one if that's alright",
        "I'd prefer not to answer",
        "I'll pass on that one",
        "um, skip this one please",
        "rather not get into that",
        "don't want to answer that",
        "can we skip this one",
        "rather not",
        "i'll leave that one",
        "leave it",
        "give that one a miss",
        "not comfortable answering that",
        "I'm not comfortable talking about that",
        "I'd prefer to skip",
        "leave that blank",
        "that's private, skip",
        "not answering that",
        "I won't answer that",
        "skiiip",
        "that's personal",
        # pool v11
        "none of your business",
        "skip pls",
        "miss this one out",
        "miss that out please",
        # pool v12
        "go on to the next bit",
        "next bit please",
        # pool v13
        "not telling",
        # pool v38
        "none of your business lol",
        "mind your own business",
        "would rather skip",
        # pool v14: asking leave to skip
        "mind if I skip this",
        "mind if I skip this?",
        # pool v15: in learner's English
        "i prefer don't say",
        "I prefer not say",
        # pool v16: formal, with a courtesy after it
        "I would rather not disclose that, if you don't mind.",
        "I'd prefer not to divulge that",
        "is it ok if I skip this one",
        "do you mind if we leave that",
    ],
    forms.NOT_SURE: [
        "?",  # pool v12: a bare question mark
        "??",
        # pool v33: in Jamaican Patois and Hindi, and not known yet
        "Mi nuh know",
        "pata nahi",
        "dunno yet",
    ],
    forms.WHY: [
        # pool v33
        "wat for",
        "Wah yuh need fi know dat fah?",
        # pool v20
        "how come",
        "Why would pending tests matter?",
        "why does my insurance matter",
        "Why do I have to answer that?",
        # pool v19: why it matters for what comes next, why it must be answered, what it has to do with it
        "Why is that important for the next step",
        "why must I answer this",
        "what does my insurance have to do with it",
        # pool v18: whether it must be answered, and how the answer will be used
        "do i have to answer that? why",
        "Do I need to answer this one?",
        "How will this information be used?",
        "how would my answers be used",
        # pool v17: "whys that matter", the reason for asking
        "whys that matter",
        "why's it matter?",
        "what's the reason for asking",
        "whats the reason behind this question",
        "why do you need that?",
        "what's that got to do with anything",
        "why do you want to know",
        "what do you need this for",
        "is that relevant?",
        "why is this question here",
        "how does that help?",
        "why do you ask that",
        "whys that important",
        "Can I ask why you need this?",
        "what difference does it make",
        "why do you need that info?",
        "why do you want to know who it's for",
        "why are you asking me about medicines",
        "how does this help me",
        "whats the point of this question",
        "what's the point of these questions?",
        "why does it matter who it's for",
        "why ask about medicines?",
        "why do you want to know if i have a new doctor?",
        "what difference does it make who it's for",
        "how will you use that answer",
        "what's this question for",
        "not sure why that's important?",
        "I don't see why that matters",
        "Is there a reason you're asking?",
        "what's the reason for this question",
        "how is that relevant to switching doctors",
        "how will this answer change things",
        "what will you do with the answer",
        "does this question matter?",
        "whats that for",
        "whats this for?",
        "whats that got to do with anything",
        "whats the point of that question",
        # pool v11: the bot as "it", what the bot will say, and every clause asking why
        "why does it need to know if tests are pending",
        "why does this need to know who it's for",
        "how will that change what you tell me",
        "does that change what you suggest?",
        "Is that necessary? Why",
        "why? is that relevant?",
        # pool v12
        "Just curious why you're asking that",
        "wondering why you are asking me this",
        "Why's that relevant to switching GP?",
        "why is this relevant to seeing a new doctor",
        "how is that going to change anything",
        "y do u need that",
        "wait why",
        # pool v13
        "how come you need that",
        "how come you want to know",
        "out of interest, why do you ask",
        "why would that change anything",
        "explain why you're asking pls",
        "purpose of this question?",
        "why do you care whether tests are pending",
        # pool v14: why of "that" alone, asking why it matters, and what the bot will give
        "why's that",
        "whys that",
        "why is that?",
        "Can I ask why that matters?",
        "Just curious, why this question",
        "out of curiosity, why is this needed",
        "how will that change your advice",
        "does that affect your checklist?",
        # pool v15: the question itself, why it is needed or matters for something, in learner's English
        "is this question necessary",
        "Can I ask why that's needed?",
        "why is that important",
        "how will my answer change things",
        "why does it matter who's ending it",
        "why would that matter for switching doctors",
        "for what you ask this?",
        "why do you need my doctor's role",
        "why would you want my mum's age",
        # pool v16: in Scots
        "whit's that for?",
        "whits that for",
        # pool v26: after a lead-in, and not understanding why
        "Before I answer, why is this relevant?",
        "i don't understand why that matters",
        "I don't see why that's needed",  # found in review
        "I don't understand why that's relevant",
        # pool v46: not understanding why the bot asks about what its question names
        "Sorry, I don't understand why you ask about health plan",
        "i dont get why you are asking about my insurance",
    ],
    # pool v17: back to the main menu, as "back to the menu" already was
    forms.STOP: ["Go back to the main menu", "take me back to the main menu please"],
    forms.START_OVER: [
        # pool v33
        "Can we do this from the top?",
        # pool v16: for someone else instead
        "Can I start this again for my mum instead",
        "could we start it over for my son instead?",
        "go back to the beginning",
        "begin again please",
        "i want to start over",
        "let's start again from the top",
        "can i start from scratch",
        "Start again, I got muddled",
        "Let's begin from the beginning.",
        "I picked the wrong option, can I start over?",
        "scrap that and start again",
        "take me back to the beginning",
        "can I redo this from the start",
        "restart the chat",
        "start fresh",
        "can we go back to the very first question",
        "from the top please",
        "back to the start",
        # pool v11
        "back to the start pls",
        "can i start again i picked the wrong thing",
        "could we start over I think I clicked the wrong button",
        # pool v12
        "do over",
        "i want to redo everything",
        # pool v18
        "Begin anew, please.",
        "can we start anew",
    ],
}
# Pool v21: in Scots, two questions at once, in Spanish (its accents folded)
CONTROL[forms.WHY] += [
    "whit's that fur",
    "whit's that fur?",
    "Must I answer? Why is it needed?",
    "must i answer",
]
CONTROL[forms.WHY] += ["por qué pregunta eso?", "Por que pregunta eso", "¿por qué?"]
CONTROL[forms.START_OVER] += ["Empezar de nuevo", "volver a empezar"]
# Pool v22: asked formally
CONTROL[forms.WHY] += [
    "I would like to know the purpose of this question before I answer.",
    "could I know the reason for this question",
]
# Pool v23: a hesitation as the whole answer, no preference between the choices, why with its reason
CONTROL[forms.NOT_SURE] += ["erm", "Hmmm", "um", "whatever's easiest", "Either is fine.", "I don't mind"]
# ... but only as the whole answer (found in review): "erm, no" is a no
REGRESSION["no"] += ["erm, no"]
REGRESSION["yes"] += ["hmm, yes"]
CONTROL[forms.WHY] += ["Why does it matter if I have a new doctor already?"]
# Pool v24: why asked of what knowing it does, starting over "from scratch", a French no, a guess then a
# detail
CONTROL[forms.WHY] += ["How does knowing that help?", "how will me telling you this help"]
CONTROL[forms.START_OVER] += ["I want to redo this from scratch", "can we do it again from the start"]
REGRESSION["no"] += ["non", "Non merci"]
REGRESSION["not_sure"] += [
    "Possibly, there was a blood test but I never heard",
    "maybe, she had a scan in May",
]
REGRESSION["yes"] += ["yes, possibly more than one"]
# pool v25: yes, no and not knowing in Swahili, isiZulu and Afrikaans; a why asked "kindly"; redoing the chat
REGRESSION["yes"] += ["Ndio", "ndiyo", "Yebo"]
REGRESSION["no"] += ["hapana", "Hapana asante", "nee"]
REGRESSION["not_sure"] += ["Sijui", "angazi", "ek weet nie"]
CONTROL[forms.WHY] += ["Kindly tell why this is needed", "tell me why that is important"]
CONTROL[forms.START_OVER] += ["let me redo this", "can I redo my answers"]
# pool v31: whether an answer is needed, then why; what the question asks in "I've got"
CONTROL[forms.WHY] += ["Do I have to answer? why?", "Why does it matter if I've got a new doctor yet?"]
CONTROL[forms.SKIP] += ["Do I have to answer, I'd rather not say"]  # found in review: a skip, not why
# pool v34: not sure in Nigerian Pidgin; starting over as question one, a new go, another go from the first
# question; why in the bot's own words
REGRESSION["not_sure"] += ["I no sure", "i no sure", "I no know"]
CONTROL[forms.START_OVER] += [
    "take me back to question one",
    "scrap all that, new go",
    "Can I have another go from the first question?",
    "i want to redo it all",
]
CONTROL[forms.WHY] += ["why does it need to be in my own words", "Why in my own words?"]
# pool v35: German and Dutch short answers, a question typed fast, medicines to be looked at
REGRESSION["not_sure"] += [
    "weiß nicht",
    "Weiss nicht",
    "geen idee",
    "ik weet het niet",
    "I'd need to look at his tablets",
]
REGRESSION["no"] += ["nein", "Nein danke", "nee"]
CONTROL[forms.SKIP] += ["ueberspringen bitte", "überspringen", "overslaan"]
CONTROL[forms.WHY] += ["warum fragen Sie das?", "waarom wil je dat weten", "why u askin"]
CONTROL[forms.START_OVER] += ["von vorne bitte", "opnieuw beginnen"]
# pool v36: French and Italian short answers, why asked politely
REGRESSION["yes"] += ["oui", "Oui.", "ouais"]
REGRESSION["no"] += ["non", "non merci", "no grazie"]
REGRESSION["not_sure"] += ["je ne sais pas", "aucune idée", "pas sûr", "non lo so"]
CONTROL[forms.SKIP] += ["passer", "je préfère ne pas répondre", "preferisco non rispondere"]
CONTROL[forms.WHY] += [
    "pourquoi cette question?",
    "pourquoi cette question",
    "perché?",
    "May I ask why this is needed?",
    "may i ask why this is needed",
    "why is this needed?",
]
CONTROL[forms.START_OVER] += ["recommencer", "ricominciamo"]
# pool v39: yes, no and not knowing in Tagalog and Haitian Creole; nothing pending "that I know of", then no
REGRESSION["yes"] += ["opo", "Oo po", "wi"]
REGRESSION["no"] += ["Hindi po", "hindi naman", "non mèsi"]
REGRESSION["not_sure"] += ["Di ko alam", "hindi ko po alam", "Mwen pa konnen", "m pa konnen"]
REGRESSION["no"] += [
    "Nothing pending that I know of... no",
    "none that I'm aware of",
    "nothing booked as far as I know",
]
# pool v40: yes, no, not knowing and why in Indonesian, Norwegian, Danish and Swedish (the Norwegian "ø"
# typed as it is); not sure "yet", and "somewhere in between"; why asked of the bot as "it"
REGRESSION["yes"] += ["Iya", "ja takk", "Ja tack"]
REGRESSION["no"] += ["Tidak. No.", "tidak. no", "Nei", "nei takk", "Nej tack", "nggak"]
REGRESSION["not_sure"] += [
    "Tidak tahu",
    "jeg vet ikke",
    "Jag vet inte",
    "I'm not sure yet",
    "somewhere in between",
]
CONTROL[forms.WHY] += [
    "Hvorfor? Why is this needed",
    "hvorfor spør du?",
    "Varför frågar du",
    "Kenapa tanya ini? Why you ask this?",
    "why is it asking me this",
]
CONTROL[forms.NOT_SURE] += ["I'm not sure yet", "somewhere in between"]
INITIATOR = {
    PATIENT: [
        # pool v21
        "Mi decisión",
        "it's on our side",
        # pool v19
        "that'd be me",
        "I'd like to terminate my care with her",  # found in review: "terminate" by the patient
        # pool v18: chosen to go elsewhere
        "Our family has chosen to go elsewhere",
        "we chose to leave",
        "my decision",
        "it's me who wants out",
        "we decided to go elsewhere",
        "it's my choice, not theirs",
        "me, I want to switch",
        "me. they don't know yet",
        "my mum wants to stop seeing him",
        "me, I've had enough of the practice",
        "we are, we're leaving",
        "I'm ending it",
        "I want to leave them",
        "I refuse to see him again",
        "I won't see her anymore",
        "I asked them to remove me",
        "I'm ending my treatment",
        "I deregistered",
        # pool v11
        "my dad wants to change doctors, it's his decision",
        "my husband wants to change",
        "the patient, me",
        "my family is",
        # pool v16
        "patient side, me",
        "our side",
    ],
    PRACTICE: [
        # pool v18
        "she's stopped seeing me",
        "the dialysis unit",  # pool v20
        "the care team",
        "my NP terminated care",  # pool v19
        "they chose to end my care",  # found in review: chosen by them
        "the practice",
        "the doctor is",
        "the surgery took me off their list",
        "not me, the practice",
        "I've been discharged",
        "got a letter saying they won't see me anymore",
        "my doctor is leaving the practice",
        "I'm not, they are",
        "I'm not the one ending it",
        "the provider",
        "my pcp's office let me go",
        "my family doctor is retiring",
        "they want to change my meds",
        # pool v14: the clinician named by role beside a pronoun
        "Him, the consultant",
        "she is, my therapist",
        "her, the psychiatrist",
        # pool v15
        "the doctors office",
        "the dentists office",
        # pool v16
        "my counsellor said she can't see me any more",
    ],
}
INITIATOR[PRACTICE] += ["It was their decision, not mine.", "the midwives"]  # pool v22
# pool v23: a Jamaican "they took me off", a provider's kind, whose side said with "mine"
INITIATOR[PRACTICE] += ["dem tek me off", "the telehealth company", "the home care agency"]
INITIATOR[PATIENT] += ["mine, they haven't done anything, I just want a change"]
INITIATOR[PRACTICE] += ["It was the psychiatrist's decision", "my GPs call"]  # pool v24
INITIATOR[PATIENT] += ["Not the psychiatrist's decision, mine"]
INITIATOR[PRACTICE] += ["hospital is transferring me", "they're transferring my care to the GP"]  # pool v25
INITIATOR[PATIENT] += ["they transferred me because I asked to move"]  # found in review
# found in review: the practice's own act after "not my GP's decision"
INITIATOR[PRACTICE] += [
    "It wasn't my GP's decision, the practice manager removed us",
    "it wasn't the psychiatrist's decision, the service closed my case",
]
# pool v26: the practice manager, the VA, "dr", and a clinician retiring (whose care ends on their side)
INITIATOR[PRACTICE] += [
    "Practice manager wrote to say we have to go",
    "the VA did",
    "the dr's retiring",
    "mine retired",
]
INITIATOR[PATIENT] += [
    "I'm retiring and moving away, so I'm leaving",
    # found in review: the patient retiring
    "Me. I'm retiring and moving to the coast",
    "me, as I'm retiring next month",
    "It's me that's done with them",  # pool v27
]
# pool v28: reasons asked without a verb, "why is my insurance relevant", not seeing why it is needed, in
# Nigerian Pidgin; a clinician ending the care because the patient no longer qualifies; "mine" and "Am the
# one" for the patient's side
CONTROL[forms.WHY] += [
    "reason for this question?",
    "why is my insurance relevant?",
    "why are my meds relevant",
    "why are my medicines needed?",
    "why are my test results relevant",
    "I don't see why you need that",
    "why you dey ask me this one?",
    "why you asking me this",
]
INITIATOR[PATIENT] += ["mine", "Am the one", "I'm the one ending it"]
INITIATOR[PRACTICE] += [
    "the hospice said he no longer qualifies",
    "she doesn't qualify any more",
    "apparently I'm not eligible anymore",
]
INITIATOR[PATIENT] += ["I'm not eligible any more, so I'm moving practices"]  # found in review
# pool v29: the Filipino courtesy "po"; why something is "required"; the pharmacy ending the care
CONTROL[forms.WHY] += [
    "why po",
    "why po?",
    "Kindly explain why this is required",
    "why is this required?",
    "why is this information required",
]
CONTROL[forms.SKIP] += ["skip po"]
# pool v30: "eh" before why; starting again for a mistake in the chat (not a mistake in the care, in the
# patient's own words, which stays their answer above)
CONTROL[forms.WHY] += ["eh, why's that relevant?"]
CONTROL[forms.START_OVER] += [
    "i want to start again i made a mistake",
    "I want to start over, I clicked the wrong one",
]
INITIATOR[PRACTICE] += ["it was the pharmacy", "the chemist did"]
INITIATOR[PATIENT] += ["we left the pharmacy"]
# pool v34: "it's me" in Nigerian Pidgin; the person helped, on the patient's side
INITIATOR[PATIENT] += ["na me wan comot", "It's my son who's ending it, he's 17 and wants a new therapist"]
INITIATOR[PRACTICE] += ["it's my doctor who's ending it"]
# found in review: the person helped wanted to stay, the clinician ended it; "no be me" (not me)
INITIATOR[PRACTICE] += [
    "It's my dad who wanted to keep going, the GP ended it",
    "It's my son who wanted to stay, the practice said no",
    "It's my husband who wanted this GP. The GP is the one ending it.",
    "na me? no be me, na dem",
]
INITIATOR[PATIENT] += ["no be me alone, my wife wan comot too"]  # found in a second review: not only me
# pool v35: "yeah me", in German and Dutch, a family's decision, out of area
INITIATOR[PATIENT] += ["yeah me", "ich", "ik zelf", "Our family's decision", "myself, nobody pushed me"]
INITIATOR[PRACTICE] += ["der Arzt", "de praktijk", "die Ärztin", "they said I'm out of area"]
# found in a third review: not the family's decision; "yeah me?" asked back
INITIATOR[PRACTICE] += ["it was not my family's decision, the doctor did it", "yeah me? no, they did it"]
# pool v36: in French and Italian
INITIATOR[PATIENT] += ["c'est moi", "moi", "Moi-même", "sono io"]
INITIATOR[PRACTICE] += ["le médecin", "la clinique", "il medico"]
# found in review: "me? no" and "it's me who" in French
INITIATOR[PRACTICE] += ["moi? non, le médecin"]
INITIATOR[PATIENT] += ["le médecin ne sait pas encore, c'est moi qui pars"]
# found in a second review: removed, told in French; the clinic turned down
INITIATOR[PRACTICE] += ["C'est moi qui ai été renvoyé"]
INITIATOR[PATIENT] += ["La clinique, non, c'est moi"]
# pool v38: the person helped's decision, opening the answer
INITIATOR[PATIENT] += [
    "my dad's decision, he wants a new neurologist",
    "it's my mum's choice, she wants another GP",
]
# found in review: the practice acting after a relative's decision named
INITIATOR[PRACTICE] += [
    "my son's decision, the GP struck him off",
    "my dad's decision? no it was the practice",
    # found in a third review: the practice acting in other words
    "my mum's decision, the GP wouldn't see her anymore",
    "my son's idea, the therapist fired him",
]
# pool v40: the practice telling the patient not to come (not a day missed, nor the patient telling them)
INITIATOR[PRACTICE] += [
    "They phoned and said I can't come anymore",
    "they rang me and told me I can't come back anymore",
]
INITIATOR[PATIENT] += ["I told them I can't come anymore"]
# pool v42: "my" in Scots and French, the practice in French, what "they" or the doctor said, each as the
# whole answer; nobody having removed the patient, at the answer's end (read as the practice until then)
INITIATOR[PATIENT] += ["ma decision", "ma décision", "me, nobody's kicked me out haha"]
# pool v44: the patient and the person helped, both leaving
INITIATOR[PATIENT] += ["my partner and me together", "My husband and me."]
INITIATOR[PRACTICE] += [
    "c'est le cabinet",
    "Doctor say I must go elsewhere",
    "They said I have to find someone else",
    # found in checking: "nobody" only at the end; found in review: the practice acting after "they didn't"
    "they removed me, nobody's kicked me out of the building though",
    "they didn't drop us, they struck us off",
    "the doctor didn't discharge me, the practice did",
    "they discharged me, nobody's kicked me out haha",  # found in a third review: the practice acting first
]
# pool v47: the practice's message that the patient is no longer registered (not the patient's own doing)
INITIATOR[PRACTICE] += [
    "they texted me saying I'm no longer registered",
    "they said I'm not registered there anymore",
]
INITIATOR[PATIENT] += [
    # found in review: the patient's own doing beside "no longer registered"
    "me, I'm no longer registered",
    "no longer registered, I moved",
    "I want to stop, not them",
    "Can I get a second opinion if I'm not registered anywhere permanent?",  # found in checking: not done to
    "they said i'm not registered with them, but I want to leave anyway",
]
NOT_READ = [
    # pool v28's new readings, kept to the bot's question
    "I don't see why you stopped my meds",
    # pool v46's why is about what the bot's question names, not anything else asked of "you"
    "I don't understand why you ask about my drinking every time",
    "i don't get why you asked about my periods",
    # ... and, found in review, read as the whole answer only: not beside harm
    "I don't get why you ask about insurance, he takes all my money",
    "why you left me alone with it",
    "why is my pain getting worse",
    "reason for the referral was my back",
    # found in review: medical questions, not the bot's question
    "why is the biopsy necessary?",
    "why is his insulin necessary?",
    "Why are the steroids needed?",
    # found in review: "ER"; a complaint taken higher; a disclosure after "why does it matter if"
    "ER",
    "I want to go to the top",
    "why does it matter if I am not here next week",
    "I want to start from the beginning of the story",  # found in checking: the story's start, not the chat's
    "I want to stop feeling ignored",
    "yes but only sometimes",
    "yes and no",
    "the doctor said no",
    "why did he ignore me",
    "no but my husband does",
    "yes the surgeon told me I need it but I am scared of what happens after",
    "I want to start feeling better",
    "No, but my husband does",
    "yes, no",
    "It was fine. Stop",
    "he told me to stop, why",
    "why did the doctor ask that question",
    "what matters is that my questions were ignored",
    "how the doctor answered my question",
    "the answer he gave didn't help",
    "goody",
    "nothing but trouble with him",
    "nothing anyone says helps",
    "how do you tell a doctor they got it wrong",
    # found in review: wishes about care, care questions, answers that mean the opposite
    "could we start over with a different therapist",
    "can I restart my antidepressant",
    "what do you recommend for my back pain",
    "why is it important to finish antibiotics",
    "how will it change my care",
    "nothing helps",
    "nothing has worked",
    "haven't heard yet",
    "I've got none left",
    "they have to check my kidneys again",
    "the test was not positive",
    # pool v14's new readings, kept to the bot's question
    "why that doctor never called back",
    "how will that change your life",
    "ask why that matters to them",
    "mind if I bring my husband",
    "curious about the side effects",
    # pool v15's new readings, kept to the bot's question and this chat
    "why would that matter to a doctor who never listens",
    "what matters is that my answers were ignored",
    "why do you need a new doctor",
    "for what reason did he refuse",
    # found in review: asking leave for something other than a skip, why of the patient's own, and things
    # that were unclear or hard rather than the patient not knowing
    "is it ok if I move on",
    "is it ok if I stop",
    "is it ok if I quit",
    "why it's needed",
    "why should it matter when I'm paying",
    "why would that matter when he never listens",
    "do my answers matter to them at all",
    "it's still not clear what's wrong",
    "the advice wasn't clear",
    "difficult to say no to her",
    "it's hard to tell him anything",
    # pool v16's new readings, kept to the answer's own shape
    "can I start this again with a new doctor",
    "I'm not on speaking terms with him",
    # found in review of pool v16's readings: one medicine or kind of care is not all of them; wishes about
    # the relationship
    "not on any insulin",
    "not on anything strong",
    "can we start again for our relationship",
    "could we start over instead",
    # pool v17's new readings, kept to their shape: asking leave only after a skip, looking only at something,
    # a not sure first only when the rest does not turn on it, not something only of sharing
    "I'd need to look for a new one",
    "not sure, but I think so",
    "not something I want to happen again",
    # found in review of pool v17's readings
    "I don't have them yet",
    "I have to look into other practices",
    "I'll have to look in my area",
    "not that I know of, she stopped them but I think that's all",
    "why it matters for my treatment",
    "what does my weight have to do with it",  # found in review: a patient's own words, not the question
    "yes but only sometimes when the pain is really bad at night",
    "no one has told us anything about the results of the tests yet",
    # found in review: a longer answer led by a yes or no that is part of a phrase
    "Sure enough they discharged me the next week after I complained",
    "No wonder they struck me off after I complained about the wait",
    "that's not something I'd like to say to her face",
    "why it matters to me is that she listens",
    # pool v21's new readings, kept to their shape: "porque" is "because", "fur" only in a why
    "porque",
    "porque me dolía",
    "a fur coat",
    # found in review: "si" is also "if", and "pero" and "aunque" turn a yes round
    "si es necesario",
    "SI joint injections",
    "Sí, pero ya no",
    "Sí, aunque no siempre",
]
# found in a third review: "but" in German and Dutch turns a no round, as in English
NOT_READ += [
    "nein, aber ich spritze jeden Tag Insulin",
    "oui, mais il ne prend pas de nouveaux patients",  # found in review: "mais" turns it round
    "Oui, enfin non",  # found in a second review
    "Oui, pourtant il ne les prend plus",
    "nein, außer Insulin",
    "nee bedankt, maar ik neem wel elke dag pillen",
]
# found in review: a yes or a no after "possibly" is not sure
NOT_READ += ["Possibly, yes they did but only once", "maybe, no they haven't but they said they would"]
# found in checking: redoing a life is not redoing the chat; "cha" and "ewe" are not read
NOT_READ += ["I want to redo my whole life", "ewe", "nee deep in paperwork"]
# pool v39's readings are of the whole answer only: a slip for "lol", a name, a story after "that I know of"
NOT_READ += ["lo", "Ken", "nothing that I know of but my husband knows", "opo, but he never listens"]
# found in review: "Hindi" alone may ask for the Hindi language; a name
NOT_READ += ["Hindi", "Hindi?", "Ken Toda"]
# pool v40's readings are of the whole answer only (a Danish "tak" is thanks, not the Malay "no"); why is
# asked of the bot, not of a clinician or a pain
NOT_READ += ["tak", "tidak, but I take insulin", "why is it hurting", "why is my doctor asking me this"]
# found in a second review: "but" in Indonesian turns the answer round ...
NOT_READ += ["tidak, tapi suami saya tahu", "iya, tapi tidak setiap hari"]
# pool v41: not knowing in learner's and Trinidadian English ("eh" is "ain't"; not "eh, sure"); why in
# Caribbean English
REGRESSION["not_sure"] += ["I eh sure", "I not know", "i not know"]
REGRESSION["yes"] += ["eh, sure"]
# ... as the whole answer only: what follows them is asked about again (found in review)
NOT_READ += ["not know - she is choking", "i eh sure, she bleeding from she head"]
NOT_READ += [
    "he hit me, not know",
    "she choking, not know",
]  # found in a fifth review: nor as the last clause
# ... and a hesitation or no preference, then the answer in one clause, is that answer (found in review)
REGRESSION["no"] += ["hm, no", "either, no"]
REGRESSION["yes"] += ["I don't mind, yes please"]
CONTROL[forms.WHY] += ["Wha yuh asking dat for", "what are you asking that for"]
# ... and the Scandinavian "men" does not, being English too (found in a third review)
REGRESSION["yes"] += ["yes, men's clinic"]
REGRESSION["no"] += ["no, men make me nervous"]
# found in review: "it" asking of something else than the bot
NOT_READ += ["is it asking too much for a longer appointment", "does it ask for a referral letter?"]
# pool v42: a laugh or an apology after a whole answer of one clause, the bot's question not understood,
# "what's it matter who ends it", and going "from the top"
CONTROL[forms.SKIP] += ["rather keep that to myself haha", "skip hahaha"]
CONTROL[forms.WHY] += ["wait why lol", "what's it matter who ends it?", "whats it matter who ends it"]
CONTROL[forms.NOT_SURE] += ["I don't understand the question sorry", "hmm not sure lol", "Not sure LOL"]
CONTROL[forms.START_OVER] += ["let's go from the top"]
# ... not hopelessness, nor the patient's own words about not understanding
NOT_READ += [
    "what does it matter, nothing matters anymore",
    "it doesn't matter anymore lol",
    "what's it matter",
]
# ... found in review: "what's it matter" beside hopelessness or harm, and a laugh or "sorry" before a clause
# break (it had let "not know" and "I don't understand the question" past the whole-answer-only list)
NOT_READ += [
    "what does it matter if i'm alive",
    "what's it matter what i do to myself",
    "what does it matter who ends it, I won't be here",
    "whats it matter who hurt me",
    "not know lol - she is choking",
    "i don't understand the question sorry, she's not breathing",
    "i eh so sure sorry, he has a knife",
    "stop lol, he's hitting me",
    "skip lol, he'll kill me if he finds out",
    # found in a third review: words of the closed lists around a whole-answer-only phrase, and a whole-answer
    # phrase as the last clause
    "honestly what does it matter who ends it, i won't be here",
    "i don't understand the question honestly, my dad hasn't woken up since lunch",
    "sorry I don't understand the question. He checks everything I write",
    "let's go from the top, he saw what i wrote",
    "he saw what i wrote, let's go from the top",
    "i don't understand the question. yes he hits me",
    # found in a fourth review: the open shapes of why after a laugh, and closed-list words after a hesitation
    "why ask me this when im cutting again haha",
    "why does it matter if i'm not here next week lol",
    "why do you need to know if my husband hits me when hes drunk lol",
    "hmm really, yes he hits me",
    "not know then, yes he hit me",
    # found in a fifth review: "sorry" as what is said, and "what's it matter who ends it" with more words
    "I'm not ready to say sorry",
    "won't say sorry",
    "what does it matter who ends it now",
    "what does it matter who ends it haha",
    # pool v43's readings are of the whole answer only
    "ask my husband he'd know, he hits me",
    "let's do that again, he saw it",
    "ne",
]
# pool v43: someone else who knows, doing it again
REGRESSION["not_sure"] += ["ask my mum she'd know", "ask my mum"]
CONTROL[forms.START_OVER] += ["let's do that again"]
NOT_READ += [
    "cha",  # as before: not read (the Zulu no, the Caribbean exclamation)
    # found in review: "ne no" was read as no, then taken out ("ne no, he hits me" as a first clause; after a
    # check-in "ne" may be the Greek yes); "if that's ok" after a whole-answer-only phrase; "can we do that
    # again" may ask for the question again
    "Ne, no",
    "ne no, he hits me",
    "can we do that again if that's okay, he hits me",
    "let's go from the top if that's ok, he's here",
    "he hits me, let's do that again if that's ok",
    "can we do that again",
    "y lol",
]
# pool v44: someone else who knows, a dictated question mark, not knowing and asking why in Geordie, and a
# skip in other words
REGRESSION["not_sure"] += ["mum would know, I don't", "my husband would know but I don't"]
CONTROL[forms.NOT_SURE] += ["Ah divvent knaa", "i divvent knaa"]
CONTROL[forms.WHY] += ["why question mark", "Howay, why d'ye want to knaa that?"]
CONTROL[forms.SKIP] += ["skip full stop"]
CONTROL[forms.SKIP] += ["Rather keep that private if that's ok", "I'd rather keep that private"]
NOT_READ += [
    # each as the whole answer only, nor a period dictated (it may be what is said)
    "mum would know, I don't, he hits me",
    "ah divvent knaa, he's not breathing",
    "i divvent knaa what i'd do without her",
    "i missed my period",
    "Why d'ye think I'm here?",
    "howay man",
    # found in review: "knaa" read as "know" beside harm; Geordie not knowing as a hesitation before a yes or
    # a no; "d'ye" in why's open shapes; a dictated full stop after a clause break; the skip as a first clause
    "i dont knaa if i want to be alive",
    "I don't knaa, I'm bleeding heavy and I'm pregnant",
    "i wouldnt knaa, he controls all the money",
    "ah divvent knaa, no he's got a knife",
    "ah divvent knaa, aye he chokes me",
    "why d'ya want to hurt me",
    "why d'ye need to rush me every time",
    "why d'ye need that, she swallowed bleach",
    "my husband chokes me. start over full stop",
    "He hits me. Skip full stop",
    "why question mark, he hits me",
    "howay skip, he hits me",
    "rather keep that private, i took 30 pills",
    "Rather keep that private if that's ok, he's here",
    # found in a second review: a whole-answer-only phrase as the conclusion after "so" (older ones too)
    "he hits me, so ah divvent knaa",
    "she swallowed bleach, so divvent knaa",
    "she is choking, so not know",
    "he hits me, so erm",
]
# pool v45: yes in the Black Country, as the whole answer only, and never to a safety check-in
REGRESSION["yes"] += ["ar", "Ar."]
NOT_READ += ["ar, he hits me", "ar he's got a knife", "he hits me, so ar", "ar?"]
NOT_READ += ["ar\uff1f", "AAAARRRR"]  # found in review: a full-width question mark, a scream

# pool v47: not sure in Scots, and not sure first, then who would know
REGRESSION["not_sure"] += [
    "I couldna say",
    "i couldnae say",
    "Hmm, not sure. Let me ask my twin, she keeps track of that",
    "not sure, I'll have to ask my husband",
]
CONTROL[forms.NOT_SURE] += ["I couldna say"]
# ... why in Scots, and "why does X matter here", said of the question (not "does it matter here if ...")
CONTROL[forms.WHY] += ["whit for?", "Why does my health plan matter here?", "is my health plan relevant here"]
NOT_READ += [
    "does it matter here if I take ibuprofen",
    # found in review: only what a question asks about matters here, as the whole answer (not despair, harm or
    # a medical question), and Scots not knowing only as the whole answer
    "does my life even matter here",
    "why does the abuse matter here",
    "why does the lump matter here",
    "why does my health plan matter here, he took my card",
    "I cannae say, he'd kill me",
    "couldna say, no",
    # ... a stop with someone else set against it says who ends the care, not to stop the chat
    "I want to stop, not them",
]
CONTROL[forms.STOP] += ["STOP. NOT HIM", "please stop, not him"]  # found in review: a bare stop is still one
# pool v50: why asked "before I answer", as the whole answer only; not knowing in Scots told with "tell ye"
# (never the "ye" of yes)
CONTROL[forms.WHY] += [
    "Can I ask why this matters before I answer?",
    "why ask that before I answer",
    "Can I ask why you need to know before I answer?",  # found in review
    "why does this matter before I reply",
]
REGRESSION["not_sure"] += ["couldnae tell ye", "I couldnae tell you"]
# ... found in review: danger after it, "not now", and a yes beside a Scots "-nae" kept (to "is this an
# emergency?", "aye she cannae breathe" is a yes)
NOT_READ += [
    "couldnae tell ye, he has a knife",
    "can I ask why this matters before I answer, he's got a knife",
    "Can I ask why this matters before I answer? I've got the pills here",
    "Why does it matter before I answer, I won't be here next week",
    "I cannae tell you now",
]
REGRESSION["yes"] += ["aye she cannae breathe", "aye nae bother"]
# pool v48: why in more words, as the whole answer only (Jamaican English, "you'd need", the bot as "it",
# "what's it for" after "do I have to answer", "ngl" or "tbf" before a why; a new doctor lined up asked
# about), a skip put off "if it's all the same to you" (also as the whole answer only), and "nuh" for no as
# the whole answer
CONTROL[forms.WHY] += [
    "ngl not sure why that's relevant",
    "Just curious why you'd need to know that",
    "Why's it asking me this",
    "wah mek yuh ask dat",
    "what makes you ask that?",
    "do i have to answer, what's it for",
    "Why do I need a new doctor lined up first?",
    "tbf why ask",
]
CONTROL[forms.SKIP] += ["i'd sooner leave that one, if it's all the same to you", "I'd sooner not say"]
REGRESSION["no"] += ["nuh", "Nuh."]
# pool v49: not sure in Norwegian, Danish and Swedish; yes, no and not knowing in Serbian, Bosnian, Croatian;
# back to the start menu; an option chosen wrongly
REGRESSION["not_sure"] += ["ikke sikker", "Ikke sikker", "inte säker", "Ne znam", "nisam sigurna"]
REGRESSION["no"] += ["ne, nema", "Ne, nema", "nemam"]
REGRESSION["yes"] += ["Da", "da, imam"]
REGRESSION["no"] += ["Not anymore, I stopped the tablets in spring", "not any more"]
NOT_READ += ["not anymore, but I might start again"]
CONTROL[forms.START_OVER] += ["Can I go back? I chose the wrong option", "I tapped the wrong button"]
CONTROL[forms.STOP] += [
    "take me back to the start menu",
    "back to start menu",
]  # the main menu (found in review)
NOT_READ += ["I chose the wrong option, he was there", "I chose the wrong option"]  # a treatment, maybe
NOT_READ += [
    "why do I need a new doctor lined up first, mine is retiring",
    "why do I need the tests lined up first",  # found in a second review: a worry, not the question's why
    "ngl he hits me",
    "why's it hurting me",
    # ... found in review: danger told after them (the shapes are read as the whole answer only)
    "wah mek yuh ask dat, him beat mi last night",
    "what makes you ask that, mi cyaan breathe",
    "Nuh. Him seh if mi tell anybody him wi kill mi",
    "nuh, him tek mi insulin",
    "tbf why ask, i've already taken the pills",
    "why's it asking me this, he's reading over my shoulder",
    "i'd sooner skip, he's watching",
    "I'd sooner not say, I've got bruises he doesn't want seen",
    "ngl nah he'd kill me",
    "to be fair yes he hurts me",
]

# pool v51: yes, no and not knowing in Cebuano and Fijian (the English said after it too: "Dili. No"), "how
# would I know that?" for not knowing, "not on any meds at the moment"; why in more words ("may I know why
# this is asked", "whats the point of this q", "how does that help you help me", "what difference does it
# make whether they ended it or I did", the Cebuano "unsa man ni?")
REGRESSION["yes"] += ["io", "Io vinaka"]
REGRESSION["no"] += ["dili", "Dili. No", "dili. no", "sega", "Not on any meds at the moment"]
REGRESSION["not_sure"] += [
    "ambot",
    "Ambot lang",
    "how would I know that?",
    "How should I know",
    "how would i know",
]
CONTROL[forms.WHY] += [
    "may i know why this is asked",
    "whats the point of this q",
    "How does that help you help me?",
    "What difference does it make whether they ended it or I did?",
    "unsa man ni? why this question",
    "Ngano man?",
]
NOT_READ += [
    "what's the point",  # hopelessness, for the safety net and the model, never the question's why
    "whats the point of anything",
    # ... found in review: the Cebuano and Fijian words as the whole answer only (no safety rule reads harm in
    # these languages), "what difference does it make" as the whole answer only, a clinician's act asked about
    "dili, gusto na ko mamatay",
    "wala, gikulata ko niya",
    "sega, au via mate",
    "io, au via mate",
    "ambot, gusto na ko mamatay",
    "ngano man, gusto na ko mamatay",
    "unsa man ni, gikulata ko niya",
    "dili na, gibunalan ko niya",
    "what difference does it make who ends it, i won't be here",
    "what difference does it make who ends it i'll be dead soon",
    "I'd like to know why it was necessary",
    # ... found in a third review: "how would I know" as the whole answer only
    "how would I know, I'm not allowed out",
    "How would I know, I can't remember anything since I hit my head",
]
REGRESSION["not_sure"] += ["Ambot. I don't know", "wa ko kabalo"]
REGRESSION["yes"] += ["io. yes"]
REGRESSION["no"] += ["wala pa", "dili na"]  # not yet, not any more: to a form's question only


@pytest.mark.parametrize("text", ["wala pa", "dili na", "Wala pa."])
def test_not_yet_and_not_any_more_in_cebuano_do_not_answer_a_safety_check_in(text):
    assert forms.plain_yes_no(text) is None


# The bot's question said back, then a plain yes or no: read when most of the words said back, and at least
# two, are the question's (pool v48); never the patient's own question (found in review).
@pytest.mark.parametrize(
    "text, asked, code",
    [
        ("Have I lined one up? Yes, starting next month", "Have you lined up a new clinician yet?", "yes"),
        ("have i lined one up? nuh", "Have you lined up a new clinician yet?", "no"),
        (
            "Is there care that must not stop? No, nothing like that.",
            "Is there care that must not stop? For example: pregnancy care, cancer care, dialysis",
            "no",
        ),
        ("Do I take medicines? nope", "Do you take medicines every day or most days?", "no"),
        ("Am I safe at home? No.", "Do you take medicines every day or most days?", None),
        (
            "Do I feel safe with him? Nope",
            "Do you or your partner feel rushed or unheard about this decision?",
            None,
        ),
        (
            "Can I go home tonight? No, he's there",
            "Is surgery or other treatment planned in the next few days?",
            None,
        ),
        ("Is it worth carrying on? No", "Do you both know the benefits and risks of each option?", None),
        ("Have I lined one up? yes? what counts", "Have you lined up a new clinician yet?", None),
        ("Have I lined one up? I think so?", "Have you lined up a new clinician yet?", None),
        (
            "Is surgery or other treatment planned in the next few days? yes on thursday",
            "Is surgery or other treatment planned in the next few days?",
            "yes",
        ),
        # ... found in a second review: something told inside the question, or the patient's own question
        # with the question's words
        (
            "Is this an emergency happening now that he has the knife? No",
            "First: is this an emergency that is happening now?",
            None,
        ),
        (
            "Will my dialysis have to stop? No I hope not",
            "Is there care that must not stop? For example: dialysis",
            None,
        ),
        ("Is there care that must not stop when he beats me? No", "Is there care that must not stop?", None),
        (
            "Do I take medicines every day when he lets me have them? no",
            "Do you take medicines every day or most days?",
            None,
        ),
        (
            "Does my health plan cover this? No",
            "Does your health plan require you to name a primary care clinician?",
            None,
        ),
    ],
)
def test_the_bots_question_said_back_is_read_past_only_when_it_is_the_bots(text, asked, code):
    assert forms.yes_no(text, asked) == code


@pytest.mark.parametrize("code, text", [(c, t) for c, texts in REGRESSION.items() for t in texts])
def test_a_short_yes_no_or_not_sure_is_read_in_the_ways_patients_type_it(code, text):
    assert forms.yes_no(text) == code


@pytest.mark.parametrize("word, text", [(w, t) for w, texts in CONTROL.items() for t in texts])
def test_control_words_are_read_with_the_words_around_them(word, text):
    assert forms.control_word(text) == word


@pytest.mark.parametrize("text", NOT_READ)
def test_own_words_and_mixed_answers_are_neither_a_control_word_nor_a_yes_or_no(text):
    assert forms.control_word(text) is None
    assert forms.yes_no(text) is None


# Where the patient's own words are the answer, only a whole control word counts: these are answers there
# (on a question with buttons they are a not sure, a why, a skip, a stop, a start over).
OWN_WORDS_ANSWERS = [
    "I don't know, that it's cancer",
    "Maybe, he seemed in a hurry",
    "Does it matter, nobody listens anyway",
    "Why! He just dismissed me again",
    "I want to move on",
    "I want to quit",
    "I'd like to start afresh",
    "I want to start again, I miss how things were",  # a wish, with no mistake in the chat after it
    # found in review: a mistake about care, not this chat
    "I want to start afresh, I chose the wrong doctor",
    "I want to start again, I picked the wrong practice",
    "I want to begin again, I made a mistake trusting him",
]


@pytest.mark.parametrize("text", ["um, my mum", "uh, phone call", "I don't mind, phone call is fine"])
def test_a_hesitation_before_an_answer_leaves_the_answer_to_the_questions_reader(text):
    # found in review: on "Who is this for?" or "How will you bring it up?", not a not sure
    assert forms.control_word(text) is None
    assert forms.control_word(text, own_words=True) is None


@pytest.mark.parametrize("text", ["not sure if that's ok", "why that if that's alright"])
def test_asking_leave_counts_only_after_a_skip_or_a_start_over(text):
    assert forms.control_word(text) is None
    assert forms.control_word(text, own_words=True) is None


@pytest.mark.parametrize("text", OWN_WORDS_ANSWERS)
def test_in_a_question_in_the_patients_own_words_their_words_are_the_answer(text):
    assert forms.control_word(text, own_words=True) is None
    assert forms.control_word(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "skip",
        "why do you need that info?",
        "I want to stop",
        "not sure",
        "can we skip this one",
        "let's start over",
        "Start again, I got muddled",
        # pool v15: a mistake in this chat as the reason (without it, "I'd like to start afresh" is a wish)
        "I want to begin again please, I answer wrong",
        "I'd like to start afresh. I typed the wrong thing",
        "I want to start again, I clicked the wrong button",
        "I want to start from the top",  # pool v23: the chat's top, never a story's
        "erm",
        "let me redo this",  # pool v25, typed for what would help most
        "Kindly tell why this is needed",  # pool v25
        "before i answer, why is this relevant",  # pool v26
        "I don't understand why that matters",  # pool v26
        # pool v37: the question's being asked, and a Northern tag
        "I do not understand why this question is asked",
        "Why's that relevant like",
        "Sorry, I don't understand why you ask about health plan",  # pool v46
    ],
)
def test_a_whole_control_word_counts_in_a_question_in_the_patients_own_words_too(text):
    assert forms.control_word(text, own_words=True) == forms.control_word(text) is not None


@pytest.mark.parametrize(
    "text, word",
    [
        ("Why? I just want help with what to say.", forms.WHY),  # pool v26
        ("why?? we only need help with what to say", forms.WHY),
        ("I do not understand why this question is asked. Please explain.", forms.WHY),  # pool v37
        ("i do not understand why this question is asked. please explain", forms.WHY),
        ("I don't understand why it was asked. Can you explain it?", forms.WHY),
        ("I don't understand why he asked. Please explain", None),
        ("I do not understand why the doctor asked that. Please explain", None),
        # found in review: a story of help wanted from the clinician
        ("Why? I just wanted help and he laughed at me", None),
        ("why? I just needed a script for my inhaler and he refused", None),
        ("Why! He just dismissed me again", None),
        ("why? i just wanted him to listen", None),
    ],
)
def test_asking_why_then_saying_what_the_patient_came_for_objects_to_an_own_words_question(text, word):
    assert forms.control_word(text, own_words=True) == word


def test_not_knowing_why_a_clinician_asked_something_is_not_asking_why_the_bot_asks():
    assert forms.control_word("I don't know why it matters, he just said I had to") != forms.WHY  # review


@pytest.mark.parametrize("text", ["I don't like this question", "I'd rather not like", "start again like"])
def test_the_northern_like_tag_comes_off_only_a_why(text):
    # found in a second review of pool v37's fixes: "like" taken off every answer made "I don't" a no
    assert forms.yes_no(text) is None
    assert forms.control_word(text) is None and forms.control_word(text, own_words=True) is None


@pytest.mark.parametrize(
    "text",
    ["no one would miss me", "no hope left", "no way out", "no doubt", "no question about it"],
)
def test_words_that_start_with_no_are_not_a_no(text):
    assert forms.yes_no(text) is None
    assert forms.plain_yes_no(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "no I haven't",
        "Nope, not yet.",
        "yes I have",
        "No, I'm not safe",
        "not as such",
        "sadly not",
        "Hindi?",
        "ar",  # pool v45: yes to a form's question only
    ],
)
def test_only_the_closed_list_answers_a_safety_check_in(text):
    assert forms.plain_yes_no(text) is None


@pytest.mark.parametrize(
    "text, code",
    [("yes, not sure which to believe", "yes"), ("yes they said maybe surgery", "yes"), ("nope", "no")],
)
def test_a_leading_yes_or_no_is_not_undone_by_a_doubt_after_it(text, code):
    assert forms.yes_no(text) == code


# pool v51: "he fired me", and "ako" (Cebuano) for the patient as the whole answer, also with the English
# after it; found in review: the patient sacking the clinician, a job lost
INITIATOR["practice"] += ["he fired me", "She sacked us", "the dentist sacked us"]
INITIATOR["patient"] += [
    "Ako. Me",
    "ako",
    "ako lang",
    "I fired him",
    "me. i sacked them off",
    "us, we fired them",
    "my employer fired me so no insurance, so I have to stop",
]


@pytest.mark.parametrize("code, text", [(c, t) for c, texts in INITIATOR.items() for t in texts])
def test_who_ends_the_care_is_read_from_typed_words(code, text):
    assert initiator_from_text(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "both of us, sort of",
        "it's complicated",
        "",
        # found in review: a role word in an answer about someone else is not the practice's side
        "my mum wants a new geriatrician",
        "she is, she wants a new therapist",
        "the methodist church",
        "my side effects",
        "it's my end of life care team",  # found in review of pool v21's readings
        "Not mine, it's my mum's decision",  # found in review of pool v22's readings
        # found in review of pool v38's: a partner's decision (may be control)
        "my husband's decision, he won't let me see her anymore",
        "It was my partner's decision, not mine",
        # found in a fourth review: cut short, staying, someone deciding for the patient
        "my mum's decision, not mine",
        "my mum's decision, she wants to stay",
        "my dad's decision, he chose to stop my therapy",
        # found in review: "mine" is the patient's clinician
        "ours closed down",
        "They said I can't come tomorrow",  # pool v40's reading: a day missed is not the care ending
        # pool v41: "He wants to go, my dad" was read as the patient's side, then taken out after review found
        # it of dying, an emergency and coercion ("my nan wants to go. she says she's had enough of living")
        "He wants to go, my dad",
        "my nan wants to go. she says she's had enough of living",
        # found in review: a relative's "they said" (may be control), a wait before booking again
        "My parents found out about my appointments. They said I can't go anymore.",
        "They said I can't book again for six weeks because I missed two",
        "They phoned and said I can't come anymore if I miss another appointment",  # a warning
        # pool v42's readings: someone else to find for a task; the practice asked about; found in review:
        # "ma" denied, the patient leaving the practice in French, the doctor's words that are not an ending
        "they said I have to find someone to drive me",
        "c'est le cabinet?",
        "it's no ma decision",
        "pas ma décision",
        "c'est le cabinet que je quitte",
        "Doctor said I should find another doctor for my knee",
        "Doctor said I must go to A&E",
        "Doctor said I'm dying",
        # found in a third review: the whole-answer shapes as a first clause beside harm
        "c'est le médecin, il m'a touchée",
        "ma decision, he'd kill me if he knew",
        "they said I have to go, my husband and his mum",
        "no one has struck me",
        # found in a fourth review: a bare "go" (maybe to A&E), "ma" that may be a mother
        "doctor said i need to go",
        "Doctor say I must go",
        "it's ma call",
        # pool v44's reading is of the whole answer only
        "my partner and me together, he hits me",
        "my partner and me together?",
        # pool v51's readings (found in review): Cebuano as the whole answer only; a job lost
        "ako, he'd kill me",
        "they fired me at work so I'm stopping",
    ],
)
def test_an_answer_naming_neither_side_is_asked_again(text):
    assert initiator_from_text(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "me because the nurse was rude",
        "I'd like a new oncologist please",
        # found in review: a role starting the answer, and the patient who cannot face the clinician
        "my counsellor isn't listening so I'm leaving",
        "my midwife keeps ignoring me so I want to switch",
        "to be honest I can't see her any more",
    ],
)
def test_the_patient_naming_a_clinician_is_still_the_patients_side(text):
    assert initiator_from_text(text) == PATIENT


@pytest.mark.parametrize(
    "text, code",
    [
        ("my neighbour", "someone_else"),
        ("my kids", "child"),
        ("for my mum", "parent"),
        ("just me", "self"),
        ("my 6 year old", "child"),
        ("my 80 year old mum", "parent"),
        ("I am 14 years old", None),
        ("I'm 6 months pregnant", None),
        ("my little boy", "child"),
        ("my stepdad", "parent"),
        ("my boyfriend", "partner"),
        ("helping my fiancé", "partner"),
        ("my roommate", "someone_else"),
        ("it's about my own doctor", "self"),
        ("Mum’s", "parent"),
        # pool v11
        ("for my fella", "partner"),
        ("the missus", "partner"),
        ("my de facto", "partner"),
        ("For a service user I support", "someone_else"),
        ("i'm her carer, she's not family", "someone_else"),
        ("a client at the home where I work", "someone_else"),
        ("a fellow patient from my support group", None),
        ("an impatient i guess", None),
        ("my gran", "someone_else"),
        ("for my nana", "someone_else"),
        ("My 6 y/o", "child"),
        # pool v15
        ("our 6 year old", "child"),
        ("our 7 yr old", "child"),
        # pool v16: Scots and Irish
        ("for my mammy", "parent"),
        ("for my wee boy", "child"),
        ("our bairn", "child"),
        # pool v18: a friend by a word of their own, as a whole word
        ("for a mate", "someone_else"),
        ("my ouma, I'm looking after her", "someone_else"),  # pool v19
        ("yes mate", None),  # found in review: a word of address, not who the care is for
        ("for my best mate", "someone_else"),
        ("I'm the one who's ill mate", None),
        ("my pal", "someone_else"),
        ("the climate here", None),
        # pool v21: in Spanish
        ("para mi mamá", "parent"),
        ("para mí", "self"),
        ("mi hija", "child"),
        ("para mi esposo", "partner"),
        ("papa smear results", None),
        ("para mi hermana", None),
        ("my da", "parent"),  # pool v22
        ("for da kids", "child"),  # found in review
        ("me da igual", "self"),  # found in review: "for my sister", not "for me"
        ("para mi novio", "partner"),
        # pool v23: ME/CFS is an illness, not "me"
        ("What's the best treatment for ME/CFS?", None),
        ("my son has CFS/ME", "child"),
        ("for me, I have ME/CFS", "self"),
        # pool v24: Arabic and Urdu words for a father or a mother
        ("for Abba", "parent"),
        ("my ammi", "parent"),
        ("abbu", "parent"),
        ("the abbey nursing home", None),
        ("my nana abba", "someone_else"),  # found in review: a grandparent
        ("my dadi ammi", "someone_else"),
        ("na for my papa", "parent"),  # pool v34, in Nigerian Pidgin
        ("my grand papa", "someone_else"),
        ("For my Papa (grandpa)", "someone_else"),  # found in review
        ("our papa, he's my granddad", "someone_else"),
        ("my papa's sister", "someone_else"),
        # pool v35: in German and Dutch (not "kind of")
        ("für meine Mutter", "parent"),
        ("voor mijn vader", "parent"),
        ("mein Kind", "child"),
        ("meine Frau", "partner"),
        ("ik zelf", "self"),
        ("kind of for me", "self"),
        ("für meine Oma, die Mutter meines Vaters", "someone_else"),  # found in a third review
        # pool v36: twins; in French and Italian
        ("my twins", "child"),
        # ... found in review: twin children, a twin flame, a grandmother
        ("my twin boys", "child"),
        ("my twin flame", None),
        ("my amma's amma", None),
        ("the twins", "child"),
        ("my twin sister", "someone_else"),
        ("pour moi", "self"),
        ("c'est moi", "self"),
        ("per me", "self"),
        ("pour ma mère", "parent"),
        ("per mio padre", "parent"),
        ("mon fils", "child"),
        ("pour mon mari", "partner"),
        # found in review: someone else's twins, a mother-in-law, a grandson
        ("my sister's twins", "someone_else"),
        ("la mère de mon mari", None),
        ("il figlio di mia figlia", None),
        # found in a second review: a stepfather, a cleaner, someone else's twins
        ("per il marito della mia mamma", None),
        ("pour ma femme de ménage", None),
        ("my sisters twins", "someone_else"),
        ("my friend has twins", "someone_else"),
        # pool v40: a faith leader helping one of the congregation
        ("I'm helping a member of my congregation", "someone_else"),
        ("one of my parishioners", "someone_else"),
        # ... not the patient's own congregation (found in review)
        ("I'm a member of a congregation and I want to leave my GP", None),
        ("As a parishioner of St Mary's I'd like some advice about my GP", None),
        ("my GP is a member of my congregation", None),  # found in a third review: the clinician
        ("my parishioners gossip about my illness", None),
        # pool v41: "a resident at the care home where I work" was read, then taken out after two reviews
        # found it of a resident doctor, of the patient's own home and beside an emergency or abuse
        ("a resident at the care home where I work", None),
        ("a resident psych said I was attention seeking", None),
        ("a resident at the care home where I'm staying", None),
        # pool v47: a mother in Malayalam, Tamil or Telugu (not "ammamma", a grandmother); a landlady; a twin
        ("my amma", "parent"),
        ("for my appa", "parent"),
        ("my ammamma", None),
        ("I'm a lodger, it's for my landlady", "someone_else"),
        ("my twin", "someone_else"),
        ("my twins", "child"),
        # pool v48: a mother, a father and a child in Jamaican English; a personal assistant's employer
        ("mi madda", "parent"),
        ("fi mi faada", "parent"),
        ("mi pickney", "child"),
        ("a lady i'm pa for, paid through her direct payments", "someone_else"),
        ("I'm her PA", "someone_else"),
        ("my PA helps me type", "self"),  # the patient's own PA
        # ... found in review: the patient's own job, and relatives of relatives
        ("I'm a PA at a law firm and my GP keeps fobbing off my back pain", None),
        ("I am a PA student and my consultant won't listen", None),
        ("I'm a PA for a woman on direct payments", "someone_else"),
        ("mi madda madda", None),  # a grandmother: asked again
        ("mi madda's sister", "someone_else"),
        ("mi pickney pickney", None),  # a grandchild: asked again
        ("mi madda in law", "someone_else"),  # found in a second review
        ("mi pickney teacher", None),
        # pool v49: a mother in Swedish and Norwegian; someone the helper acts or works for
        ("It's for my mamma", "parent"),
        ("for my pappa", "parent"),
        ("my mamma's pappa", None),
        ("för min mamma", "parent"),
        ("my mamma-in-law", "someone_else"),  # found in review
        ("i'm his court-appointed deputy", "someone_else"),
        ("I'm the court appointed deputy for a gentleman", "someone_else"),
        ("I'm her support worker", "someone_else"),
        ("a tenant I support", "someone_else"),
        ("my support worker is helping me", "self"),
        ("I'm a tenant", None),
        # pool v50: "myself" typed as two words, or in Scots and Irish English, as the whole answer only (not
        # self-esteem or self-harm; found in review: a self-employed brother, not for my self)
        ("my self", "self"),
        ("its for my self thanks", "self"),
        ("masel", "self"),
        ("meself", "self"),
        ("my self esteem", None),
        ("my self-harm", None),
        ("my self-employed brother", "someone_else"),
        ("Not for my self, for a friend", "someone_else"),
    ],
)
def test_who_the_care_is_for_is_read_from_a_few_words(text, code):
    assert for_whom_from_text(text) == code


@pytest.mark.parametrize(
    "text, staying",
    [
        ("I don't want to switch doctors, I just want them to actually hear me", True),
        ("Honest chat with my GP about feeling dismissed. Not looking to leave the practice.", True),
        ("we're not leaving, we just want to be heard", True),
        ("I'm not changing my mind, I'm leaving", False),
        ("I don't want to leave but I have to, she discharged me", False),
        ("He doesn't want to change my diagnosis so I'm leaving", False),
        ("I don't want to move house, but how do I change GP", False),
        ("my doctor doesn't want to change my meds", False),
        ("i dont want a new doctor i just want this one to actually listen", True),
        ("we disagree about how much I should be told. want to sort it out, not leave", True),
        ("i want to say how that felt without ending things", True),
        ("we dont want a different GP but we will have to get one", False),
        ("I want a new doctor, not leave the area", False),
        # Pool v10: wanting to go back to the same one, with "though" only softening it.
        ("she said something that stung and I haven't been back since. I do want to go back though", True),
        ("we still want to keep seeing her, just differently", True),
        ("I don't want to leave though.", True),
        ("I want to go back to my old GP", False),
        ("I do want to go back to the practice I was at before", False),
        ("I want to go back though I'm not sure she'll have me", False),
        # Pool v11: mending the relationship.
        ("how to leave a gp practice without burning bridges", False),
        ("a client who wants to repair things with her PCP after a heated visit", True),
        ("how do we patch things up with the practice nurse", True),
        ("I've burned my bridges with that surgery, time to move", False),
        ("I want to rebuild trust with a new doctor", False),
        # pool v12: the person helped still wanting to stay
        ("we argued. my wife still wants to stay with him. how do we go back in", True),
        ("my mum wants to keep seeing her but the practice says no", False),
        # pool v13: keeping the clinician, or not moving practice
        ("She won't move practice. How do we raise it?", True),
        ("we want to keep our GP, she's just been short with us lately", True),
        ("I want to keep my doctor but I have to leave", False),
        ("my GP won't move my appointment", False),
        ("they won't switch doctors for me. I need a new practice", False),
        # pool v14: mending rather than leaving
        ("Felt brushed off by my GP. I'd rather sort it out than leave", True),
        ("we would sooner fix things with her than switch", True),
        ("I'd rather leave than sort it out", False),
        ("I'd rather sort it out than leave but she won't listen", False),
        # found in review: leaving put before "than"
        ("I'd sooner leave the practice than change my meds", False),
        ("I'd rather change GP than move house", False),
        ("I'd rather switch practices than move", False),
        # pool v16: not moving practice, after a comma
        ("We had a falling out over my sick line. I want to sort it out, not move practice.", True),
        ("I want a new doctor, not move practice", False),
        ("My GP won't sign me off work, I want a new doctor, not move practice", False),  # found in review
        ("I'm trying to work out how to leave, not change", False),
        # pool v17: not switching said alone, staying said firmly, working on with the clinician, not changing
        # the clinician after another wish
        ("physio rushed me again. not switching, just want it said", True),
        ("Not leaving. I just want her to listen", True),
        ("not changing, she told me to go elsewhere", False),
        ("not switching meds, I want to leave her", False),
        ("I'm staying with the surgery but I want this taken seriously", True),
        ("I'm staying with the practice but I want a different GP", False),
        ("I'm staying with my mum this week and want to change her GP", False),
        ("I still want to work with him, there's a long wait for anyone else", True),
        ("we'd like to carry on with the midwife", True),
        ("She said she won't work with him any more", False),
        ("My GP thinks I'm awkward. I want to fix that, not change GP.", True),
        ("I want another dentist, not change practice", False),
        # found in review of pool v17's readings: keeping the practice but leaving the clinician, a move after
        # it, put as a question, until someone else is found
        ("I want to change GP, not leave the practice", False),
        ("I'd like a female GP instead, not change practice", False),
        ("not switching, just leaving the practice altogether", False),
        ("not leaving, she's discharged me", False),
        ("Why would I want to work with him after that?", False),
        ("Do I want to carry on with her? No.", False),
        ("My friend recommended a GP at another surgery and I'd like to work with her", False),
        ("I'm staying with the practice, I just want a different doctor", False),
        ("I'm staying with them until I find someone else", False),
        ("I'm staying with my GP for now while I look for a replacement", False),
        ("we were told off. we want to stay with her but raise it calmly", True),
        # pool v18: staying for want of another choice or need, going back to do it properly, making it work
        ("The new GP ignored his communication board. We want to stay and help her learn.", True),
        ("We want to stay, just need changes.", True),
        ("I'm stuck with him for my medicals. How do I turn it around", True),
        ("i need him for my procedures so i cant walk away, how do i address it", True),
        ("only one for 100km, we had a blue last visit. need to make it work", True),
        ("we ended up arguing. I want to go back and do it properly with him.", True),
        ("how do I get back on track with my doctor after a rubbish visit", True),
        ("in and out in 5 min at my appt, want to sort it with the dr not switch", True),
        ("she wants to stay there, the doctor is great otherwise", True),
        ("I want to stay but I can't, she discharged me", False),
        ("we want to stay but need a new GP", False),
        ("I'm stuck with him until I find a new GP", False),
        ("I want to go back and tell my old GP I'm leaving", False),
        ("I need to make it work with a new doctor", False),
        ("my mum wants to stay in hospital", False),
        # pool v19: making peace, good terms, still wanting the clinician, a move turned down after it
        ("She still wants to see him, but wants him to be kinder", True),
        ("How do I make peace, I've been at this practice years", True),
        ("help me get back on good terms with my care coordinator", True),
        ("Still want her as my doctor though, she's good at other stuff.", True),
        ("Mum's happy for him to, she wants to stay at that surgery", True),
        ("I'd like to keep seeing her though", True),
        ("I'd still like to work this out with my specialist instead of starting over somewhere else", True),
        ("she wants to see him about her knee", False),
        ("I'm staying with him until I find another one", False),
        ("we want to stay but need to find another practice", False),
        ("I'd like to keep seeing her but she refuses", False),
        # found in review of pool v18's and v19's readings: leaving said before or after the staying words
        ("I feel like I'm stuck with this doctor. How do I get out of it?", False),
        ("How do I end care with my therapist? I can't just walk away without saying anything", False),
        ("I tried to work things out with him but I'm done", False),
        ("We couldn't work things out with her so we're ending therapy", False),
        ("How do I end therapy and make peace with it", False),
        ("I want to go back and explain why I'm ending care with her", False),
        ("I want to stay but the GP has struck me off", False),
        ("I've found another GP. I'd still like to keep seeing her for my mental health", False),
        # found in a second review: leaving said before any staying words, an ending after them; and words
        # that only look like leaving
        (
            "I've decided to end it with my psychiatrist. I want to stay with him until my new one starts",
            False,
        ),
        ("How do I end care with my therapist? I don't want to leave on bad terms.", False),
        ("I wanted to work things out with her. Not any more, I'm out.", False),
        ("I need to end things with my counsellor but I don't want to leave things messy", False),
        ("At the end of the appointment she rolled her eyes. I still want to work with her though.", True),
        ("I'm on maternity leave and I'd like to stay with my midwife", True),
        ("I quit smoking last year and I still want to work with my GP", True),
        ("we still want to keep seeing her once we've finished the first block", True),
        ("I want to repair things with my midwife after I refused the sweep", True),
        ("i'd rather mend things with my dentist than go somewhere new", True),
        ("the depression was bad, couldnt get out of bed. I want to keep seeing her", True),
        # pool v20: not going anywhere, needing to keep going there, not starting over with someone new
        ("I'm not going anywhere, just want it to go better", True),
        ("i need to keep going there for my glaucoma checks", True),
        ("i don't want to start over with someone new, she's done so much for her", True),
        ("I'm not going anywhere near that surgery again", False),
        ("How can I tell her we feel judged, but that we want to keep working with her?", True),
        # pool v21: keeping the clinician by a pronoun, learner's English, the same one again, Scots
        ("the VA doc rushed me through. I want to keep him but need more time", True),
        ("his cpn and him had a falling out. he wants to keep her", True),
        ("she is good doctor, i want stay with her.", True),
        ("First visit went badly. Want to start again with the same doc.", True),
        ("the campus doctor made me feel stupid. I still have to go there though. help?", True),
        ("it ended in a standoff about my tablets. i'd like to go back and try again.", True),
        ("i want to still see him but understand more", True),
        ("doc was pure dismissive, I'm no wanting a new one just want him to listen", True),
        ("Want to reconnect with my doctor after I ghosted her for a year", True),
        # ... and what must not be read as staying
        ("I want to keep him informed that I'm moving to a new practice", False),
        ("my son wants to keep her but I want him to switch", False),
        ("I'm done. I still have to see him until my new GP starts", False),
        ("I'd like to go back and try again with a new doctor", False),
        # found in review of pool v21's readings: the practice ending it first, staying refused or asked,
        # another kind of "new", a goodbye, never again, a change that is the clinician's
        ("My GP is discharging me but I still need to see him for my prescriptions", False),
        ("They've struck me off but I still have to see him for my prescriptions", False),
        ("I'm not going to try again with him after what he did", False),
        ("I refuse to try again with her", False),
        ("Why would I try again with him?", False),
        ("I won't start again with the same doctor, I want out", False),
        ("There's no point trying to reconnect with my therapist, it's over", False),
        ("I'm not wanting another argument with her. How do I tell her it's over?", False),
        ("I'd like to go back and say goodbye to my therapist properly", False),
        ("I still have to go there to pick up my notes, and after that I never want to see him again", False),
        ("Mum wants to keep seeing him, but that needs to change, he is dangerous", False),
        ("We want to keep her but this has to change.", True),
        # pool v22: staying said as "staying", working together again, needing the clinician still, leaving
        # not an option, visits still to come, patching things up
        ("How to approach my IVF specialist after a terse appointment? We're mid-cycle and staying.", True),
        ("His key worker and I had a disagreement. I need us to work together again.", True),
        (
            "I still need him for my nerve blocks so leaving isn't an option, but I can't let it go either.",
            True,
        ),
        ("the consultant and i had a bit of a barney. still have 3 more visits. help", True),
        ("Looking for help patching things up with my therapist after I cancelled three times", True),
        ("Things have gone a bit frosty with my health visitor. Still need her for the baby's checks.", True),
        ("I'm staying until my new GP starts", False),
        # found in review of pool v22's readings: staying refused, or the practice ending it first
        ("We're not staying. How do I tell the practice?", False),
        ("No way I'm staying.", False),
        ("There's no patching things up with him.", False),
        ("I'm sick of patching things up with her.", False),
        ("I don't think we could ever work together again.", False),
        ("My GP wants to discharge me but I still need him for my prescriptions.", False),
        ("My therapist is ending our sessions next month, but I still need her for my PTSD.", False),
        ("I still have 3 more sessions but I'm not going back.", False),
        ("I still need him for my prescriptions until the new practice takes me", False),
        ("not sure but I want to keep him", True),
        # pool v23: staying said without a subject, or as "rather not go somewhere else", "need him for"
        ("dont want a new doctor just want my current one to listen", True),
        ("Me and my doctor had a proper barney about my sick leave. I'd rather not go somewhere else", True),
        ("felt dismissed. want to stay. help", True),
        ("My GP mentions my weight in every visit. Want to stay but set a boundary.", True),
        (
            "The consultant answered his phone twice in my appointment. I'm not leaving but it bothered me.",
            True,
        ),
        ("felt patronised by the urologist. need him for the follow up though", True),
        (
            "our family doctor seemed cold after I asked for a chaperone. still want him. how do i fix it",
            True,
        ),
        ("It's the only clinic nearby, we'll keep going, want to address it.", True),
        # ... and what is not staying
        ("I'd rather not switch but I think I have to", False),
        ("I'd rather not switch, but I have to", False),
        ("dont want a new doctor, want a new practice", False),
        ("I still want him gone", False),
        ("need him for a referral to a new GP", False),
        ("I want to stay home", False),
        ("I'd like to stay in the loop", False),
        ("want to stay. but honestly I want out", False),
        ("I'm not leaving but it's tempting to find another GP", False),
        ("we'll keep going to a different clinic", False),
        # found in review: turned round after it, asked whether, or someone else ending it
        ("I'm not leaving but it's not my choice, they're closing the list", False),
        ("don't want a new doctor but the practice shut", False),
        ("Want to stay but the clinic is shutting down", False),
        ("not sure I still want him", False),
        ("I don't know if I still want him.", False),
        ("I'll keep going but not to her", False),
        ("I'll keep going, but not to her", False),
        ("I'd rather not switch, I just want her to listen", True),
        ("I'd rather not switch practices", True),
        ("im not leaving but it bothered me", True),
        ("need him for my repeat prescriptions", True),
        # found in checking this session's change: a move in the sentence before does not undo staying
        (
            "I'm Deaf and my GP talks to my interpreter instead of me. I want to stay, I want to fix this",
            True,
        ),
        # pool v24: keeping the same one, going back (without a subject too), carrying on at a clinic, an
        # apology owed, getting more out of the next visit; leaving the room is not leaving the care
        ("We want to keep the same consultant.", True),
        ("she'd like to keep her usual GP", True),
        ("I want to keep the same GP informed", False),
        ("We want to keep the same consultant, but at a different hospital", False),
        ("I kinda lost it. Want to go back and start over for my kid's sake", True),
        ("i want to continue at that clinic.", True),
        ("I'd like to carry on seeing her", True),
        ("I want to continue with a new GP", False),
        ("It got worse. How do I go back without feeling I'm wasting her time?", True),
        ("how do I go back to my old GP", False),
        ("how do i talk to my therapist after i walked out of the session", True),
        ("how do I talk to my therapist about leaving", False),
        ("How do we get more out of the next visit?", True),
        ("how can I get more out of my appointments with a new doctor", False),
        ("help me say sorry to my counsellor", True),
        ("I want to apologise to my GP before I leave", False),
        # found in the regression walks (pool v20): putting a clash behind them
        ("one of the nurses and I had a clash at the last clinic. Hoping to put it behind us", True),
        ("I want to put it behind me and move to a new GP", False),
        ("I'm not going to apologise to my GP", False),
        (
            "I keep leaving my endocrinology appointments in tears. I don't want a new doctor I want the "
            "appointments to go better",
            True,
        ),
        # pool v25: a follow-up booked with him, the next visit made to count, a team for life, treatment
        # continued there, "a new doc"; a gap left in care is not staying
        (
            "Look I don't see doctors much. Went once, guy barely looked at me. Wife booked a follow up with "
            "him. How do I make it not a waste of time",
            True,
        ),
        ("how can we make the next appointment count", True),
        ("I'm with this transplant team for life", True),
        ("i want to continue treatment there. kindly guide what to say.", True),
        ("i dont want a new doc i want my old doc to treat me like a person again", True),
        ("I want to stop seeing my endocrinologist without leaving a gap in my insulin", False),
        ("I booked a follow up with him and then cancelled it, I'm switching", False),
        ("I want to continue my treatment with a new team", False),
        ("we have a follow up with him next week, which will be our last appointment", False),  # review
        # pool v26: staying put, seeing her kept up, nobody else wanted, the same clinician gone back to,
        # happy with the GP, not finding someone else
        ("dismissed by doc, staying put, need help", True),
        ("I'll have to keep seeing her for my ADHD meds so I want to start fresh", True),
        ("she's been with him 20 years though and doesn't want anyone else. how do we bring it up", True),
        ("We want to go back to the same cardiologist but do it properly this time.", True),
        ("I want to go back to him but get taken seriously this time", True),
        ("She's happy with the GP in general. We want a proper plan.", True),
        ("I want to get her on side, not find someone else", True),
        ("she doesn't want anyone else to know", False),
        ("I'll have to keep seeing her until I find a new one", False),
        ("I was happy with my GP until she retired, now I want to leave the practice", False),
        ("I'm happy with the practice but want a new GP there", False),
        ("explain what I missed, we're seeing her again friday", True),
        ("Bit of a stoush with my GP over a referral. How do I walk it back?", True),
        ("I'm not seeing her again", False),
        # found in review: staying turned down, a last visit, the practice closing the file, an old practice
        ("staying put isn't an option anymore", False),
        ("we're seeing her again friday for the last time", False),
        ("mum doesn't want anyone else but the practice is closing her file", False),
        ("I want to go back to the same practice I was at before", False),
        # found in the regression walks: fixing things with a clinician
        ("fixing things with my obstetrician", True),
        ("Ouma is 89 and says the doctor doesnt listen. She wont see anyone else.", True),
        ("she won't see anyone else but the practice is closing", False),
        # pool v27: not switching said plainly before a wish, staying friendly
        (
            "The specialist made a joke about my weight. I'm not switching, the waiting list is huge, but I "
            "want to mention it",
            True,
        ),
        ("We had a misunderstanding over sick notes. I want it fixed, I'm not moving practice", True),
        ("I want to stay friendly, it's the only pharmacy in town", True),
        ("I'm not switching yet but I will if she does it again", False),
        ("I'm not moving, I'm leaving the practice", False),
        ("I tried fixing things with my GP but it failed so I'm leaving", False),
        # pool v28: "staying tho", the next visit made better, going back after walking out, "I like the
        # surgery", someone else going back to sort it, not wanting to lose the clinician, how something was
        # handled raised with the same clinician
        ("Doc dismissed me. staying tho. help", True),
        ("hematologist was curt, i want to make next visit better", True),
        (
            "the nurse practitioner was grand but i walked out before she finished cos i was embarrassed. "
            "how do i go back?",
            True,
        ),
        (
            "my gp told me i'm 'just being a mum'. i like the surgery. i want her to look into it",
            True,
        ),
        ("husband wants to go back and sort it but won't admit it", True),
        ("Don't want to lose her, she's the only one nearby", True),
        (
            "The doctor we see is fine but I need to talk to them about how that was handled.",
            True,
        ),
        ("my GP struck me off, how do I go back?", False),
        ("I like the surgery but I'm leaving my GP", False),
        ("staying is not an option", False),
        ("I don't want to lose her but I have to leave", False),
        ("how do I make the next visit better with a new GP", False),
        # found in review: a clinician retiring or a list closing, a ward or a medicine gone back to, someone
        # at risk, records
        # in the regression walks: after "and"
        (
            "Our family doctor made a comment about my son's autism that upset us. We've been with her 15 "
            "years and don't want to leave",
            True,
        ),
        ("been with her 10 years and dont want to leave but I have to", False),
        ("she ignored me and don't want to leave it like that", False),
        # found in the second review: the patient retired, "and" before a person or a routine, walking out
        # of a ward or coming off a medicine, losing someone who is not the clinician, how it was handled
        ("I'm retired now and I don't want to switch doctors", True),
        ("since I retired I've had more time, and I want to sort things out with her, not leave", True),
        ("Mum's in a retirement home and she wants to stay with her GP", True),
        ("Mum is in hospital and don't want to leave her side", False),
        ("I'm caring for my dad and don't want to leave him alone", False),
        ("We got a letter saying we've been struck off and don't want to leave dad's care in limbo", False),
        ("I stormed out of my appointment yesterday. How do I go back?", True),
        ("My GP put me on sertraline but I came off it. How do I go back?", False),
        ("Dad stopped his heart tablets last week. I don't want to lose him, he's the best dad", False),
        ("dont want to lose him hes the best doctor", True),
        ("I don't want to lose her, she's been my GP for 20 years", True),
        ("I need to talk to him about how rude he was", True),
        ("I need to talk to them about how it made me feel", True),
        ("My GP is retiring and I don't want to lose her", False),
        ("I like my GP. She's retiring next month, what happens to my prescriptions?", False),
        ("we like the surgery but they're closing our list", False),
        ("I need to talk to them about how to transfer my records", False),
        ("Staying. Not with that GP though", False),
        ("I stopped my lithium last week. how do I go back?", False),
        ("I walked out of the psych ward yesterday. How do I go back?", False),
        ("My husband keeps saying he wants to die. I don't want to lose him", False),
        # pool v29: not switching with a wish after it, keeping the clinician or the clinic while something
        # changes, staying for a reason that names elsewhere, a rupture "in our last session"
        ("The GP made a joke about my weight. I'm not switching but I want it to stop", True),
        ("My wife wants to keep this practice but needs it to change", True),
        ("We want to keep this GP but change how appointments go.", True),
        ("i want to keep my counsellor but we fell out in our last session", True),
        ("I'm staying with her because the waiting list elsewhere is a year", True),
        ("I'm not switching yet but I will if she does it again", False),
        ("I'm not leaving but I'm thinking of switching", False),
        ("I want to keep my GP but change practice", False),
        ("I want to keep my therapist but this is our last session", False),
        ("she wants to keep the practice but see a different GP", False),
        ("I want to keep my meds the same", False),
        # found in review: the care ending all the same after the wish to keep the clinician
        ("I'd like to keep my therapist but she's ending our sessions", False),
        ("I want to keep my GP but the surgery is closing", False),
        ("I want to keep my consultant but my insurance no longer covers her so I have to go", False),
        ("I'd really like to keep my dentist but I'm relocating abroad", False),
        ("He wants to keep this clinic but the clinic is dropping NHS patients", False),
        ("I want to keep my therapist but at our last session she said we have to stop", False),
        ("I'm not leaving but my GP said she can't see me anymore", False),
        ("I'm not switching but the surgery sent a letter saying we are off their list", False),
        ("I'm not switching but the clinic stopped taking my insurance", False),
        ("My consultant has handed me back to my GP and I want to keep the surgery updated", False),
        # pool v30: making peace and staying, not facing a move, starting fresh with the same team, going back
        # to the same one; not a house move, nor starting over with them somewhere else
        ("I was frustrated with her letters. I'd like to make peace and stay", True),
        ("I want to start fresh with them, I can't face moving.", True),
        ("He was abrupt and I froze. I want to go back to the same one and say what I need", True),
        ("I can't face moving house right now", False),
        ("we want to start over with them somewhere else", False),
        ("I'd like to leave and stay with my mum", False),
        ("the hygienist is cold with me since I cancelled. Would like to make amends.", True),
        ("I need to make peace with leaving my GP", False),
        ("Staying with him until I find someone else", False),
        # found in review: leaving and staying somewhere, not facing a dressing or the house, staying said to
        # be impossible, going back to the same one as what happened
        ("I'd like to fire my GP and stay", False),
        ("I want to go home and stay.", False),
        ("I can't face leaving the house since the assault", False),
        ("I can't face changing my dressing", False),
        ("Staying with him is making me ill. I need out", False),
        ("Staying with her isn't an option anymore", False),
        ("I had to go back to the same one and he was rude again", False),
        # pool v31: the session before that ended in a row, a change of how it goes, putting it right, a
        # better footing, liked otherwise
        ("I want to stay with my therapist but the last session ended in a row", True),
        ("i want to stay with her through the birth but it has to change", True),
        ("misunderstanding with my specialist, want to put it right", True),
        ("I'm registered there now and want to get on a better footing with her", True),
        ("He had me out the door in 6 mins. I like him otherwise. what do i say", True),
        # pool v26: still wanting to keep going to the clinician who told the patient off
        ("got told off by the diabetes educator for my sugars. still want to keep going", True),
        ("I still want to keep going to a different practice", False),
        # ... and what stays a move: a last session still to come, a new one after putting it right
        ("I want to stay with her but the last session is next week", False),
        ("I tried to put it right but I'm leaving", False),
        ("I'd like to put things right and then find a new GP", False),
        ("She rushes me. Otherwise I like her, how do I say it", True),
        # found in review: putting things right or a better footing with someone else, or after the care
        # ended; liked otherwise after being dropped
        ("I want to put things right with my sister", False),
        ("I want to get on a better footing with my boss", False),
        ("Struck off by the surgery, how do I get back on a good footing with them", False),
        ("Removed from the list. I want to get back on a good footing with them", False),
        ("My therapist dumped me, I really like her otherwise", False),
        ("The practice is removing me from the list. I like her otherwise.", False),
        # pool v32: another go, needing to keep working with them, seeing them again
        (
            "Lupus patient. my new rheumatologist seems to doubt my "
            "fatigue is real. want to give it another go "
            "with her first",
            True,
        ),
        (
            "My mother in law's geriatrician and I had a clash about her "
            "care home. We need to keep working with him.",
            True,
        ),
        ("I yelled at the after-hours doctor about my kid. Same practice, I'll see him again. help", True),
        # ... not another go had, refused or weighed against a move, nor a gap left in care
        ("I gave it another go with her and nothing changed, I want a new GP", False),
        ("I don't want to give him another chance", False),
        ("Should I give it another go or find a new doctor?", False),
        ("I'll never see him again", False),
        # found in review: someone else's wish, a try after the care ended, figures of speech, family
        ("I'm switching GP. My old one wants me to give it another try with the diet first.", False),
        ("The surgery took me off their list, I'll give them another try when they apologise", False),
        ("I'll see him again over my dead body.", False),
        ("We'll see them again in court.", False),
        ("I have to stay with them for 2 weeks after the operation.", False),
        # found in a second review: asked, put as a condition, another try at something else, doubted
        ("Will I have to see him again?", False),
        ("I have to see him again? No way.", False),
        ("If I have to keep working with this consultant I'll scream", False),
        ("We'll see them again, and this time I'm bringing a solicitor", False),
        ("I want to give it another try before surgery", False),
        ("I'm not sure I want to give her another chance", False),
        (
            "want to move from my gp in town to one out nearer home, how "
            "do i go about it without leaving gaps",
            False,
        ),
        # pools v33 and v34: staying in other words
        ("I want to keep my speech therapist for my son but our last session ended badly", True),
        ("i lost my cool. i want to say sorry and keep going there", True),
        ("He wants to clear the air and keep seeing her.", True),
        ("After a bad visit I want a fresh start with my cardiologist", True),
        ("How do I go back to my doctor without being told off?", True),
        ("the first appointment went badly, I want to start again properly with them", True),
        ("Is there a way to tell my psychiatrist I'm unhappy, without him thinking I want to leave?", True),
        ("i'd like a better relationship with the practice nurse. last one was rough.", True),
        ("she's always racing through. going back in three weeks and want to get more out of it.", True),
        ("my gynaecologist called my period pain normal, I want to push back but not burn the bridge", True),
        ("Had a go at the doctor about it. Want to patch things up and find a way that works.", True),
        ("The audiologist brushed me off. I'd like another go at explaining, same clinic.", True),
        ("Misunderstanding with my haematologist about my iron tablets. I want to ask properly.", True),
        ("I want to keep my new physio informed", False),
        ("I don't want to keep going, I want a new GP", False),
        ("how do I go back to my old GP without a fuss", False),
        ("I want a fresh start with a new GP", False),
        ("I'm leaving, I don't want to stop my meds", False),
        ("I want to sort it out with my GP before I leave", False),
        ("Misunderstanding with my sister about mum's care", False),
        # found in review: self-harm, a crisis, abuse of someone else, family, a job, a previous clinician, a
        # move, the care ended by the clinician
        ("I self-harm and I don't really want to stop.", False),
        ("I've stopped eating and I don't want to stop.", False),
        ("I don't know if I want to keep going.", False),
        ("Some days I'm not sure I want to keep going.", False),
        ("My sister's husband beats her and she won't leave him.", False),
        ("I lie to my parents and keep seeing him", False),
        ("I'm meant to swallow my pride and keep going there? No chance.", False),
        ("I don't want to apologise and keep seeing her", False),
        ("I need a fresh start with him after the divorce", False),
        ("I'd like a fresh start with the dentist down the road", False),
        ("I stopped taking my tablets. I want a fresh start with the GP down the road.", False),
        ("How do I go back to my childhood dentist without upsetting the current one?", False),
        ("I want to keep my previous therapist, this one doesn't get me", False),
        ("I had a better relationship with my old therapist than this one", False),
        ("My daughter wants a better relationship with her stepdad", False),
        ("How do I tell my husband about the baby without him thinking I want to leave?", False),
        ("I stopped my blood pressure pills and I'm changing GP but not burning bridges", False),
        ("Leaving my job but not burning bridges with my manager", False),
        ("I want to keep seeing her but she said our last session was the end", False),
        # found in a second review: removed from the list, another clinician kept instead, kept away, a
        # university, made to say sorry, a fresh start ruled out, the sessions ended, no interest, a trade
        ("How do I go back to my GP after being removed from the list", False),
        ("I want to keep my private physio and drop the NHS one", False),
        ("I want to keep my abusive therapist away from my kids", False),
        ("I'm going back to university and want to get more out of it", False),
        ("He made me say sorry and keep seeing him", False),
        ("There's no way I'll get a fresh start with my psychiatrist.", False),
        ("A misunderstanding with my therapist, she's ended our sessions", False),
        ("I have no interest in trying to patch things up", False),
        ("misunderstanding with the electrician", False),
        # pool v35: going back after storming out, smoothing it over with no other surgery near, explaining
        # without a row, a falling out
        ("I want to go back to my counsellor after storming out. Is that weird?", True),
        ("It got heated. I want to smooth it over, I've got no other surgery nearby.", True),
        ("dermatologist thinks I'm wrong. want to explain without it turning into another argument", True),
        ("had a fallin out with the chiropractor. want to go back", True),
        ("tryna sort things out wiv my doctor", True),
        ("I want to smooth it over with my ex", False),
        ("I want to smooth it over and then find another surgery", False),
        # found in a third review: not wanting to go back, the kids' wish, someone else's, a row at home,
        # the practice wanting it
        ("Had a falling out with my GP and I don't want to go back.", False),
        ("had a falling out with my GP. the kids want to go back", False),
        ("My mum says I need to go back to the GP after storming out but I won't", False),
        (
            "My wife and I keep fighting. I want to explain without it turning into an argument.",
            False,
        ),
        ("Practice manager called. Wants to smooth things over. I'm not interested.", False),
        # pool v36: not switching though, not wishing to transfer care, remaining registered, sorting it out
        # rather than going elsewhere
        ("Felt brushed off by my PCP, not switching though", True),
        (
            "Communication breakdown with my child's consultant paediatrician. "
            "We do not wish to transfer care.",
            True,
        ),
        ("She wishes to remain registered and to resolve this constructively.", True),
        ("We'd rather sort it out with him than go elsewhere.", True),
        ("My GP said it's stress. Left the refuge yesterday. I do need to go back though.", False),
        # found in a second review: needing to go back, or going back in, beside abuse, a crisis or a
        # discharge (those shapes were taken out)
        ("My nurse knows they beat me, I still need to go back though", False),
        ("the crisis nurse sent me away last night, I still want to die, how do I go back in?", False),
        ("Got angry at my doctor about the wait for results. How do I go back in?", False),
        ("Not switching yet, first I want to see if she apologises", False),
        ("She wishes to remain registered with the new practice", False),
        ("I want to stay registered elsewhere", False),
        ("How do I go back in time and not say it", False),
        ("I need to go back to my old GP", False),
        # found in review: going back to danger, back into a ward; a transfer to a care home, a surgery list
        ("I need to go back to him or he'll hurt me", False),
        ("Left the refuge yesterday. I need to go back.", False),
        ("I self-discharged from the psych ward. How do I go back in?", False),
        ("We do not wish to transfer him to the care home", False),
        ("I want to stay on the list for surgery", False),
        # pool v37: keeping on seeing them, dialect, not after a new one, nervous of the next visit, a reset,
        # going back to be civil
        ("how do i tell a doctor they hurt my feelings and still keep seeing them", True),
        ("me GP was proper off with us, divvent want to leave, want to ask again nicer", True),
        ("never rings me back. not looking for a new one just want better communication", True),
        ("nervous about seeing my physio again after I cried in the last session", True),
        ("reset things with my endo", True),
        ("Dentist told me off and i got defensive. want to go back and be normal about it", True),
        ("Not after a different GP, I just want a proper talk", True),
        ("nervous about seeing my physio again, he grabbed my arm last time", False),
        ("scared about seeing my GP again", False),
        ("I told him he hurt me and still keep seeing him but I have to leave", False),
        ("want to go back and be done with it", False),
        ("not looking for a new one yet, but I'm leaving when I find one", False),
        # found in review: a harm or a fear beside the next visit, the care ended, leaving said, a life
        ("I'm worried about seeing my doctor again, he made a pass at me", False),
        ("I'm nervous about seeing my therapist again, he followed me home", False),
        ("I'm terrified and nervous about seeing my doctor again", False),
        ("I've been discharged by my psychiatrist and I'm not after a new one", False),
        ("my dentist removed me, not looking for a new one, just want my notes", False),
        ("I'm not looking for a new GP, mine is retiring and I'll just go without", False),
        ("how should I tell my counsellor I'm leaving and still keep seeing her till then", False),
        ("I want to go back and be normal again before my son died", False),
        ("reset things with the bot", False),
        ("reset it with the app", False),
        # found in a second review: stopping or cancelling is an ending; someone left alone
        ("I'm not looking for a new therapist, I just want to stop seeing this one", False),
        ("not looking for a new GP, I just want to cancel my registration", False),
        ("I dinnae want to leave my wee boy alone to go to the clinic", False),
        # found in a third review: alone with the clinician, "stop" asked of the clinician
        ("I don't want to leave Dr Patel because I'd feel alone without her", True),
        ("I'm not after a new doctor, I just want him to stop rushing me", True),
        # pool v38: not starting over again ("I'd rather make it work", "another go with the same dietitian"
        # and "...without ending therapy" were read too, then taken out after three reviews found them read
        # beside harm that no list of words covers: a calm talk must never follow abuse)
        ("I don't want to start over again with someone else, I'd rather make this work.", True),
        ("I don't want to start all over again with someone else but I've got to", False),
        # found in a fourth review: what the patient wants to say after the "but" (the calm talk itself)
        ("I don't want to start over with someone new but I need to tell her she upset me", True),
        # found in a fifth review: the turn with a full stop, "I've got no choice", not a clinician, harm
        # beside it
        ("I don't want to start all over again with someone new but I have to.", False),
        ("I don't want to start over with someone new but I've got no choice", False),
        ("My ex left me. I don't want to start over again with a new boyfriend", False),
        ("I don't want to start all over again with a new therapist even though he hits me", False),
        ("I'd rather make it work with a new GP", False),
        ("the dietitian wants another go with the diet", False),
        ("I'd rather make it work but I'm leaving her anyway", False),
        # found in review: harm beside it, not a clinician, a medicine, someone else's belief, a switch
        ("my therapist touched me inappropriately but I'd rather make it work", False),
        ("I'd like another go with him even though he hit me", False),
        ("I'd rather make it work financially before I decide anything", False),
        ("i want another chance with him, he's my ex", False),
        ("the tablets made me sick but I'd like another try with them", False),
        ("my husband thinks I'd like another chance with him but I don't", False),
        ("how do I switch therapists without ending treatment", False),
        ("I want a new therapist without ending my treatment", False),
        ("can I come off methadone without ending my treatment", False),
        ("I'd rather make it work than start again but the practice removed me", False),
        # pool v39: "I'll still see him", a do-over, a way back after a falling-out were read (where no
        # harm was told), then taken out after two reviews found them beside crisis, misconduct and abuse
        # in words no list held, and of family ("I'll still see him at the school gate"): a calm talk must
        # never follow harm
        ("the consultant was very curt. I'll still see him at clinic. How can I say I need more?", False),
        ("I want a do-over with my child's allergist", False),
        ("Me and my doc had a falling out over my statins. I want to find a way back.", False),
        ("He grabbed my arm during the exam. I'll still see him at clinic.", False),
        (
            "I don't want to start over with someone new, she knows my seizure history.",
            True,
        ),  # a later review
        ("My boyfriend grabbed my throat last night. I'll still see him.", False),
        # pool v40: staying in other words ("i still want this gp.", "He won't switch.", "still under that
        # team", "will go again", "set the record straight") was read where no harm was told, then taken out
        # after review found it beside misconduct, coercion, overdose and emergencies in words HARM_TOLD does
        # not hold, and of a gym, a husband or the police
        (
            "My psychiatrist hugged me too long and said I was beautiful. I still want this psychiatrist.",
            False,
        ),
        ("My dad's carer takes his pension every week. He won't switch.", False),
        ("I went to the gym and it was great. I'll go again.", False),
        ("My ex told social services lies about me. I want to set the record straight.", False),
        ("I'm switching GPs. Want things to go better at my next appointment.", False),
        # pool v41: staying with the practice before "but" was read, then taken out after review found it
        # beside misconduct, a crisis and an emergency
        (
            "GP told me to lose weight. Want to stay with the surgery but need to tell her how that lands.",
            False,
        ),
        # pool v47: staying registered, still wanting to see the clinician, not wanting a new doctor in Scots
        ("I had words with the GP last week. I'm staying registered there. I'd like to clear the air", True),
        # ... found in a second review: the looser staying words only where no harm is told
        ("After my mum died I was angry and took it out on her GP. I'm staying registered there.", False),
        ("I'm staying registered there, but I'll be dead soon anyway", False),
        ("Ah'm no wantin a new doctor, ah'm wantin tae die", False),
        ("my baby died, I'd still like to see him", False),
        (
            "Osteopath shrugged it off when I said the treatment made it worse. I'd still like to see him.",
            True,
        ),
        ("Ah'm no wantin a new doctor, just want her tae listen tae me", True),
        ("He wants to stay with this doctor though, he has known him years", True),
        ("I'd still like to see him but I want to move practice", False),
        ("I'm staying registered there but moving to a new GP", False),
        ("I'd like to see him", False),
        # ... found in review: seeing him somewhere else, or done to him
        ("I'd still like to see him in court, the practice has deregistered me", False),
        ("I'd still like to see him punished", False),
        # pool v48: staying in a clinic, someone else's wish not to switch, better terms with a clinician
        ("I want to stay in this clinic but be taken seriously", True),
        ("My husband feels his urologist ignored his worries. He'd rather not switch though", True),
        ("i'd like to be on better terms with the orthopaedic surgeon before the op", True),
        ("He'd rather not switch until the new GP is found", False),
        ("I want to stay at the clinic until my mum is done", False),
        ("we are on good terms with the GP but want to leave", False),
        # ... found in review: a partner, a ward move, a stay for safety, no clinician or a new one named
        ("He hits me but I'd rather not leave him", False),
        ("My husband is controlling but I'd rather not leave him.", False),
        ("They'd rather not move him, he's too unwell", False),
        ("I want to stay in the clinic tonight, I don't feel safe at home", False),
        ("I want to be on better terms with him", False),
        ("I'd like to be on good terms with my new GP from the start", False),
        ("I'm moving to a new practice and want to be on good terms with the new doctor", False),
        ("we'd rather not leave the practice", True),
        # ... found in a second review: boundaries crossed or goodbyes after better terms, doubts
        ("I'd like to be on better terms with my therapist. He wants me to visit his flat alone", False),
        ("I want to get on better terms with my therapist, he keeps texting me late", False),
        ("I'd like to be on better terms with my GP before I go. I've written my letters", False),
        ("not sure i want to stay in this practice anymore", False),
        ("Do I really want to stay with this practice?", False),
        ("Why would I want to stay in this practice after the way they spoke to me?", False),
        # pool v49: mending fences "w" a clinician, trust repaired or the air cleared with one named by role,
        # where no harm is told; "still registered" is staying said again, not a move
        ("mending fences w my GP", True),
        (
            "Tips on repairing trust with a GP after I complained? Still registered there and want to stay.",
            True,
        ),
        ("clear the air with my dentist", True),
        ("I'd like to rebuild the trust with my GP", True),
        # ... found in review: harm told, someone who is no clinician, "I want to continue" (a chat carried
        # on, or care already ended), a new practice registered with
        ("The carer nurse slapped dad. We want to clear the air with the nurse.", False),
        ("I'm rebuilding trust with my husband after the affair", False),
        ("mending fences w my neighbour", False),
        ("Sorry, the nurse came in so I had to stop. I want to continue.", False),
        ("Our GP struck us off. We want to continue!", False),
        ("I want to keep my GP, registered with a new one though", False),
        # pool v49: the same clinician asked what they meant, or asked again properly
        (
            "I think she meant something different. I want to ask her what she actually meant.",
            True,
        ),
        ("Came away thinking it was good news and now I'm not sure. Want to go back and ask properly", True),
        ("I want to ask him what he meant, he hit me", False),
        ("I want to go back and ask properly for a new GP", False),
        # the same clinician asked to come back and look again, ending the sentence
        (
            "The occupational therapist told my mother she was 'fine' and left. Mum's not fine. We want to "
            "ask her to come back and look properly.",
            True,
        ),
        ("i'd like to ask him to come back and check again", True),
        ("We want to ask her to come back and look properly at a new practice", False),
        ("I want to ask them to come back and look properly, or we'll leave the practice", False),
        # pool v50: staying said with "still", ending the clause
        (
            "hi, my partner is deaf and the ent doc didn't book an interpreter again. we still want to see "
            "this doctor but it can't happen a third time",
            True,
        ),
        ("He still wants to use this surgery but wants it sorted. What do we say?", True),
        ("the surgeon's registrar was really dismissive. He still wants to be seen there.", True),
        # ... and not asked, doubted, something else seen, or beside harm told (found in review: signs of
        # grooming, coercion)
        ("He still wants to see this doctor? No way", False),
        ("Not sure I still want to see this doctor after that", False),
        ("Why would I still want to see that doctor after he lied to me?", False),
        ("I still want to see this doctor's notes", False),
        ("I still want to see that consultant in court", False),
        ("The nurse slapped mum. She still wants to see this nurse.", False),
        ("we still want to see this doctor until we find a new one", False),
        ("My son still wants to see that therapist, the man gives him money and sweets", False),
        ("My husband still wants to see the same GP as me so he can find out what I tell her", False),
        # ... tried and taken out after a review: Scots spelt out for the readers ("I'm no wantin tae move
        # practice", "i'm no leavin him": Scots words of harm that no rule reads beside them), starting over
        # or going back to explain with the same clinician (beside a boundary crossed, a beating at home),
        # "won't leave the practice" with "the" ("my husband won't leave the doctor's room"), "like to keep
        # going there" (a church, a gym)
        ("The dentist hut me. Ah'm no wantin tae move practice", False),
        ("He battered me last night but ah'm no leavin him", False),
        ("Want to start over with my therapist after she hugged me and said she loved me", False),
        (
            "I told the GP I walked into a door. I need to go back and explain what really happened at home",
            False,
        ),
        ("My husband won't leave the doctor's room when I'm being examined", False),
        ("The AA meeting helped, I'd like to keep going there", False),
        # pool v51: wires crossed with the clinician (not with a move after it, nor beside harm)
        ("therapist and i got our wires crossed last session", True),
        ("me and my GP got our wires crossed, want to sort it", True),
        ("My GP and I got our wires crossed so I'm moving practices", False),
        ("Me and my GP got our wires crossed, he shouted at me", False),
        # ... found in review: as the whole message only (harm told after it in words no rule holds, the care
        # ended after it), and never an electrician
        ("Me and my GP got our wires crossed, he did an internal exam I never agreed to", False),
        ("Me and my physio got our wires crossed and he wants me to keep it between the two of us", False),
        ("me and my therapist got our wires crossed - she thinks im ok but im really not ok tonight", False),
        ("Me and my therapist got our wires crossed and she ended our sessions", False),
        ("The electrician and I got our wires crossed about the rewiring quote", False),
        # ... found in a third review: what it was about is not read ("...about my son's guns", "...about the
        # baby not moving"), nor a boot given by anyone
        (
            "My podiatrist and I got our wires crossed about my diabetic foot checks. Want to straighten it "
            "out.",
            False,
        ),
        ("me and my midwife got our wires crossed about the baby not moving, want to sort it", False),
        ("hi, me and my gp have got our wires crossed about my husband's temper, want to sort it", False),
    ],
)
def test_staying_is_read_only_when_the_patient_says_it_and_nothing_turns_it_round(text, staying):
    assert says_staying(text) is staying


@pytest.mark.parametrize(
    "text, leaving",
    [
        # pool v21: leaving said plainly, or the practice ending it, under a story of a clash or a medicine
        ("Me and my doctor are finished. I need help getting out properly.", True),
        ("time to leave my gyno. she's not listening. where do i start", True),
        ("i want to break up with my dentist lol", True),
        ("Is it ok to just stop going to my therapist or should I tell her", True),
        ("My pharmacy dropped me as a customer after an argument. I need my inhalers.", True),
        ("My pain doctor is firing me over a urine test. Scared about withdrawal.", True),
        ("My psychiatrist discharged me back to the GP. I'm still on lithium. Is that safe", True),
        ("The pain clinic discharged me after a urine test result, I need to sort my meds.", True),
        ("he told me today this will be our last appointment and I'll go back to my GP", True),
        ("my doctor told me to find someone else because she's 'not the right fit'", True),
        ("the practice took us off their list", True),
        ("they struck me off because I missed two appointments", True),
        # ... and what is not the care ending
        ("I don't want to leave my GP, I just want to be heard", False),
        ("I'm not ready to leave the practice, I just want to be taken seriously", False),
        ("Not leaving my therapist, but I'm annoyed at her. Help me say it?", False),
        ("want another psychiatrist's assessment, not to leave the service", False),
        ("I'll leave my GP a message", False),
        ("I keep leaving my GP appts feeling fobbed off", False),
        ("as I was leaving the surgery the receptionist shouted at me", False),
        ("my dad dropped me off at the surgery and the nurse was rude", False),
        ("the hospital discharged me too early and my GP won't listen", False),
        ("the chest clinic discharged me after one test. I'd like a cardiologist's second look", False),
        ("i'd rather sort it out than leave my gyno", False),
        ("I want to change practices because the wait times are ridiculous. How?", True),  # pool v18
        ("I don't want to change doctors", False),
        ("how do I change my doctor's mind", False),
        # found in review of pool v21's readings: a wish not to leave said further back or after, someone
        # else's wish, the building left, other meanings of the words, a discharge and a referral elsewhere
        ("I really don't think I want to leave my doctor", False),
        ("I'd hate to leave my doctor", False),
        ("I'm trying to avoid leaving my GP", False),
        ("Leaving my GP is not an option, how do I talk to him?", False),
        ("Quitting my therapist would be a mistake, I want to work through this with her", False),
        ("My husband wants me to leave my GP but I want to sort it out with her", False),
        ("she doesnt want to move practices, she's been there 30 yrs", False),
        ("I always leave the surgery in tears", False),
        ("Every time I leave my therapist's office I cry", False),
        ("I want to stop seeing my GP as the enemy and rebuild trust", False),
        ("I want to leave my GP feedback", False),
        ("I'm done with my physio exercises", False),
        ("My new GP struck me as a bit dismissive", False),
        ("The surgery is taking me as a new patient", False),
        ("My son dropped me off for my appointment", False),
        ("The nurse took me out of the waiting room and shouted at me", False),
        ("The nurse took me off for a blood test, is it normal to feel faint after?", False),
        ("My doctor said she won't see me again until the bloods are back", False),
        ("My physio told me to find another way to manage the pain", False),
        ("The gastro discharged me without a diagnosis, how do I get referred elsewhere?", False),
        # pool v22: a discharge letter, struck off, a pharmacy that won't dispense, discharged by, ending his
        # therapy, not comfortable seeing me, leaving as a family
        ("Got a discharge letter from physio saying I've 'plateaued'. My back's no better", True),
        ("Just got told by reception that I've been struck off. No warning. Is that allowed?", True),
        ("Pharmacy told me they won't dispense to me anymore. I'm on insulin.", True),
        ("my husband's been discharged by the heart failure nurse, but he's still on furosemide", True),
        ("my speech pathologist says my son has plateaued and she's ending his therapy. what now?", True),
        ("the gp said she's not comfortable continuing to see me after i complained.", True),
        ("we're leaving the practice as a family. 2 kids, what do we need", True),
        ("I got my discharge letter from the hospital and my GP was rude about it", False),
        ("my GP can't see me until March", False),
        # found in review of pool v22's readings: medicines and life support taken off, being seen alone,
        # a treatment decision; a discharge "by" after "was", and a discharge letter with another practice
        ("I was taken off warfarin, is that safe?", False),
        ("Dad was taken off life support yesterday", False),
        ("I'm not comfortable seeing him on my own, can my husband come in with me?", False),
        ("He's not willing to see me without my mum there", False),
        ("They're stopping his treatment because it's not working.", False),
        ("I was discharged by my GP practice after I complained", True),
        ("I got a discharge letter from my GP, how do I find another practice?", True),
        # pool v23: a discharge letter told first, leaving an OB, moving on from, having to find another
        (
            "discharge letter from my neurologist came today. i still have seizures. is that right?",
            True,
        ),
        ("leaving my ob at 28 weeks. is that safe", True),
        ("time to move on from my current dentist. anything i should ask for before i go?", True),
        ("the pharmacist will stop doing my blister packs and I need to find another pharmacy", True),
        ("I need to find a new doctor who listens", True),
        ("I need to find someone to drive me", False),
        ("I don't need to find another doctor, I want to fix this", False),
        ("moving on from my last visit, how do I raise it", False),
        ("The discharge letter from the hospital says to see my GP", False),
        # found in review: a hospital's discharge letter, the operation, a new clinician found in the past
        ("discharge letter came today and my meds have been changed", False),
        ("my discharge letter in the post says follow up with the fracture clinic", False),
        ("moving on from my surgery, recovery is going well", False),
        ("I had to find a new GP last year and this one is dismissive", False),
        # pool v24: a nurse practitioner in short, "she's discharging me", told never to come back
        ("I've decided to stop seeing my NP. I'd like to do it the right way.", True),
        ("my psychiatrist said she's discharging me to my gp. i'm 17 and still on sertraline.", True),
        ("Wah, the doctor told me never to come back to his clinic. I am on TB medicine.", True),
        ("the nurse told me not to come back until the swelling goes down", False),
        ("she's discharging me from hospital tomorrow", False),
        ("np, thanks", False),
        # found in review: a discharge asked about beside another prescriber is still the care ending; "not to
        # come back" for a while, or said of habits, is not
        ("the methadone clinic is discharging me, who else can prescribe my methadone?", True),
        ("My GP practice is discharging me and nobody has referred me anywhere", True),
        ("the doctor told me not to come back so soon", False),
        ("he told me not to come back tomorrow, to come Friday instead", False),
        ("my therapist told me not to come back to the old habits", False),
        ("they told me not to come back again", True),
        # found in the regression walks: fired by the clinician; a "no" in an earlier clause is not the
        # leaving turned down
        ("My doctor fired me because I asked for a second opinion. I'm shocked.", True),
        ("the news fired me up to ask more questions", False),
        (
            "The dermatologist's office says my insurance is no longer accepted and they're dropping me mid "
            "treatment",
            True,
        ),
        ("I'm not happy and I'm leaving my GP", True),
        ("My partner's oncology team want to hand her care back to the GP and she doesn't feel ready.", True),
        ("the nurse handed my care plan back to me", False),
        ("I'd never leave my GP and she knows it", False),
        # pool v25: no longer registered, dropped by a clinic, kicked out by a clinician, sessions ending, had
        # it with a clinic and leaving, stopping seeing one without a gap in a medicine
        ("Was told by the receptionist I'm no longer registered. No letter, nothing.", True),
        ("I'm not registered with a GP yet", False),
        ("Got dropped by my pain clinic. I'm on long term pain meds.", True),
        ("Our pediatrician is kicking us out because we delayed vaccines.", True),
        ("my doctor kicked me out of the room for crying", False),
        ("Been told my physio sessions are ending because I've used my allowance.", True),
        ("my physio sessions are ending soon and I feel better", False),
        ("I've had it with this clinic and I'm leaving. What should I sort first?", True),
        (
            "I want to stop seeing my endocrinologist. How do I do that without leaving a gap in my insulin",
            True,
        ),
        ("got dropped by my mum at the clinic", False),
        # found in review: a worry, the consultation room, a treatment that failed, a register of sight, a
        # medicine off the repeats
        ("I'm fed up with my GP not listening and I'm out of ideas, how do I get her to listen?", False),
        ("my GP kicked me out after 5 minutes without listening", False),
        ("the consultant said my treatment is stopping because it's not working", False),
        ("im no longer registered blind", False),
        ("my sertraline got removed by my GP from my repeats", False),
        # pool v26: struck off a list, told to find another practice, signed off by a physio, not seen in a
        # clinic any more, and in Spanish; a sick note and a condition are not
        ("struck off my GP list for being 'abusive' when I just raised my voice once", True),
        ("my dad's been told by his gp to find another practice after an argument", True),
        ("My physio signed me off today but I still can't walk properly. Is that it?", True),
        ("My physio signed me off work for two weeks", False),
        ("my therapist signed me off for a month", False),
        ("the specialist nurse said i won't be seen in the ms clinic anymore", True),
        ("I won't be seen at the clinic anymore unless I pay the bill", False),
        ("me sacaron de la lista de mi médico, no sé por qué", True),
        ("Cambio de médico de cabecera, qué tengo que hacer", True),
        ("Le dije a mi doctor que me voy con otro.", True),
        # found in review: a sick note, a waiting list, a doubt, leaving turned down
        ("therapist signed me off with anxiety for now", False),
        ("my counsellor signed me off on stress leave", False),
        ("My physio has signed me off as fit to return to work", False),
        ("me sacaron de la lista de espera para la cirugía", False),
        ("me voy con otra duda: ¿es normal el mareo?", False),
        ("cambio de médico no es opción, quiero hablar con ella", False),
        # pool v27: removed from the list, a child no longer seen, breaking up with "your doctor"
        ("removed from the list. no explanation. 72 years old. i need help.", True),
        ("removed from the waiting list for knee surgery", False),
        ("was removed from the list for the flu jab", False),
        ("the clinic said they will not see my son anymore because his asthma is too complex", True),
        ("how to break up with your doctor nicely haha", True),
        # pool v28: "not the right fit" said by the clinician, dismissed by the practice (not brushed off by
        # a doctor)
        ("My therapist said she's 'not the right fit' for me and is referring me on. I feel dumped", True),
        ("my counsellor said we're not a good fit", True),
        ("Doc dismissed me when I said the pain was worse", False),
        # found in review: brushed off, a discharge home, the patient unfit for a treatment
        ("the practice dismissed me without even looking at my leg", False),
        ("Can a doctor just dismiss you like that? She didn't even examine me", False),
        ("can the nurse discharge me home tomorrow", False),
        ("the consultant said he's not a good fit for surgery", False),
        ("I said I'm not the right fit for the trial", False),
        # pool v29: a doctor who can stop treating you, the relationship "broken down" in a practice's
        # letter, fired by a doctor, time to find a new one, switching GP
        ("can a doctor just stop seeing you?", True),
        ("got a letter from the practice saying the relationship has 'broken down'", True),
        ("I've been fired by my therapist, what now", True),
        ("time to find a new dentist. this one never explains anything", True),
        ("switching GP because mine won't take my pain seriously", True),
        ("my husband said our relationship has broken down", False),
        ("can I change surgery date", False),
        ("I was fired by my boss and can't afford my meds", False),
        # pool v46: let go by a clinician, and chucked out of the practice as the story's first words (not out
        # of a room there, nor let go by an employer)
        ("My mum's been let go by her rheumatologist, what should we be checking?", True),
        ("Chucked out of my GP surgery. Proper fuming", True),
        ("I was let go by my employer and lost my insurance", False),
        ("chucked out of the clinic waiting room for shouting", False),
        # ... found in review: not beside harm, a job, a room or a squad
        ("Chucked out of the practice. He will kill me when he finds out", False),
        ("been let go by my therapist, I have pills saved up", False),
        ("I was let go by my practice manager", False),
        ("kicked out of the surgery's waiting room", False),
        ("chucked out of the practice squad", False),
        # ... found in a second review: a rushed visit, and the clinician an employer
        ("Chucked out of the surgery after five minutes, he didn't even look at my leg", False),
        ("I'm a nurse and I was let go by the GP I worked for", False),
        ("I was let go by my gp practice manager", False),
        ("got let go by my gp partner at work", False),
        # ... and in a third review: beside a blow that HARM_TOLD does not hold
        ("booted out of the surgery, he bangs my head on the floor", False),
        ("Got let go by my GP. he drags me by my hair", False),
        ("I don't want to change GP", False),
        ("ma GP thinks am exaggeratin. dinnae want tae change practice, just want her tae listen", False),
        ("Mi nuh want change doctor, just want to talk it out", False),
        ("time to look for a new GP", True),
        ("I was kicked off by my dentist", True),
        # found in review: a treatment stopped, a visit refused without something, someone's own relationship,
        # fired by an employer, a new clinician for another look, a practice that keeps changing doctor,
        # surgery as the operation
        ("Can my doctor stop treating me with steroids now my flare is over?", False),
        ("Can my GP refuse to see me without an appointment?", False),
        ("My GP said my relationship with my husband has broken down and referred me to counselling", False),
        ("The doctor said the relationship between me and my mum has broken down", False),
        ("I've been dumped by my care agency after 6 years", False),
        ("I got fired by my team after being off sick with depression", False),
        ("I'm looking to find a new doctor to review my diagnosis", False),
        ("Time to find a new specialist to double check the results?", False),
        ("My GP surgery keeps changing doctor every time I go", False),
        ("The consultant wants to change surgery to keyhole instead of open", False),
        # pool v30: taking the business elsewhere, changing a role in the plural, a practice removing the
        # patient or their family; not a waiting list, a dressing or a group
        ("Taking my business elsewhere. The dentist's office is a joke", True),
        ("My mum is on dialysis and wants to change nephrologists", True),
        ("My GP practice removed me for being abusive. I raised my voice once", True),
        ("The practice removed my whole family because of something my brother did", True),
        ("they removed me from the list for missing appts", True),
        ("they removed me from the waiting list", False),
        ("the nurse removed my dressing", False),
        ("the therapist removed me from the group", False),
        # found in review: removed said of a body part, a treatment, a list for surgery, a school or an app;
        # roles that keep changing on a ward; struck off before going back to the same one
        ("The surgeon removed her appendix", False),
        ("They removed her from the ventilator", False),
        ("They removed me from the list for surgery", False),
        ("My GP removed me from the repeat prescription list", False),
        ("They removed me from the medication and now I'm in withdrawal", False),
        ("They removed my kids from me last week", False),
        ("They keep changing nurses on the ward", False),
        ("the nurse is changing obs every hour", False),
        ("I was struck off. I want to go back to the same one", True),
        # pool v31: dropped, told first; not coming back, told to the clinician; handed back to a team;
        # someone else instead; wanting out of the practice
        ("Dumped by my therapist by text. Seriously.", True),
        ("How do I tell my physio I don't want to come back", True),
        ("My midwife is handing me back to the hospital team at 30 weeks", True),
        ("I've been told I'll be 'reallocated'. Can I choose someone else instead", True),
        ("Want out of this practice. Had enough", True),
        # ... not a lift, a later visit, a desk, a treatment or a job
        ("Dropped by my son at the surgery, he waited outside", False),
        ("How do I tell my physio I don't want to come back until the swelling goes down", False),
        ("the nurse handed me back to the receptionist to book", False),
        ("The physio handed me back my shoes", False),
        ("Can I choose someone else instead of my husband to come in with me?", False),
        ("I want out of this pain", False),
        # pool v30: being discharged, told by the clinician; not from a ward or home
        ("The rheumatology nurse told me I'm being discharged because my arthritis is 'stable'", True),
        ("I'm being discharged from the ward tomorrow, who do I call about my meds", False),
        ("they said I'm getting discharged home today", False),
        ("I'm being discharged from the ward, who do I call about my meds", False),
        # found in review: someone else asked for after a reallocation, to look at results
        ("I've been reallocated. Can I ask for someone else to look at my biopsy results?", False),
        # pool v32: a pharmacy refusing, time for a new one, a service closed, a safe way to leave, told no
        # more follow-up is needed, a clinic's fit, a move from one GP to another, discharged from a service
        ("The pharmacy says it won't fill my prescriptions anymore. I've used them for years.", True),
        ("Time for a new doctor. Been with this one 20 years, it's just not working anymore.", True),
        (
            "Evening. The chronic fatigue service has closed and "
            "everyone's been discharged. I've got no one now.",
            True,
        ),
        ("Is there a safe way to leave a GP when you're on lots of meds", True),
        (
            "kidney clinic says i don't need follow-up anymore. i've had "
            "5 stones. is it normal to be discharged?",
            True,
        ),
        (
            "the fertility clinic told us they're not the right fit and ended our treatment. we're mid-cycle",
            True,
        ),
        (
            "want to move from my gp in town to one out nearer home, how "
            "do i go about it without leaving gaps",
            True,
        ),
        ("The hospital discharged my mum from the heart failure nurse service. Is that normal", True),
        # ... not a refill held back, a look, a closing time, a later visit, a hospital stay or a medicine
        # stopped
        ("The pharmacy won't fill my prescriptions anymore until the GP signs the new form", False),
        ("Time for a new doctor to look at my scans?", False),
        ("The surgery has closed for Christmas, who do I call?", False),
        ("the clinic is closed today, can I still get my bloods done", False),
        ("the GP said I don't need to come back until the results are in", False),
        ("Is it normal to be discharged from hospital the same day after a stent?", False),
        ("everyone's been discharged from the ward for the refit", False),
        ("The doctor told me it was fine and stopped my treatment", False),
        ("They discharged me from the physio clinic, I'd like a second opinion on my knee", False),
        # found in review: a closing time, a later visit, a hospital stay, a shortage or a review due, a look,
        # someone else's view or the past, a message left, a treatment completed, a referral or a house move
        ("The surgery is closed, who do I call?", False),
        ("The practice is closed to new patients so I can't register there.", False),
        ("The physio said I don't need to be seen again until March.", False),
        ("The midwife said we don't need to come back tomorrow, the baby's weight is fine", False),
        ("Is it normal to be discharged the same day after a c-section?", False),
        ("The pharmacy won't fill my prescriptions anymore because of the national shortage.", False),
        ("Boots won't dispense my ADHD meds anymore, they've run out of stock", False),
        ("My GP won't do my repeats anymore, I need to book a medication review first.", False),
        ("Time for a new doctor to take a look at my scans.", False),
        ("time for a new specialist opinion I think", False),
        ("My husband thinks it's time for a new GP but I don't, I want to sort it with her.", False),
        ("It was time for a new GP when we moved house in 2015, and she has been great", False),
        ("best way to leave my GP a message without waiting on hold?", False),
        ("What's the best way to change my doctor's mind about the referral?", False),
        ("The oncologist told me the scans were clear and ended my treatment", False),
        ("The physio told me my knee was fully healed and ended my therapy.", False),
        ("Can they transfer me from my GP to a specialist diabetes clinic?", False),
        ("We're moving from the practice area to a new town next year", False),
        ("they're switching me from the diabetes clinic to a different insulin pump", False),
        # found in a second review: a medicine refused by the patient or a carer, a booking, someone else's
        # claim, a hospital stay, not a clinic's fit, a medicine or a booking switched, feedback, asked
        ("My mum refuses to fill her prescriptions anymore.", False),
        ("I won't fill my prescriptions anymore.", False),
        ("Time for a new dentist appointment", False),
        ("Time for another physio session, can I do it by video?", False),
        ("Time for a new doctor? No, I'd rather sort it with her.", False),
        ("My son says he doesn't need to be seen anymore, but the GP disagrees", False),
        ("Everybody's been discharged home except my dad", False),
        ("The nursery told us they're not the right fit.", False),
        ("switching from my GP's pill to another one", False),
        ("How do I switch from the surgery's online booking to another one?", False),
        ("what's the best way to leave my GP feedback", False),
        # pool v33: finding a new clinician thought of, a change typed as "chang"
        ("Thinking of finding a new oncologist mid-treatment. Is it safe?", True),
        ("i want to chang my doctor becuse he doesnt listen", True),
        ("thinking of finding a new doctor to review my scans", False),
        # pool v35: the clinic saying it will stop the treatment, a relative kicked off, the last appointment
        ("The fertility clinic says they'll stop my treatment because my BMI is too high.", True),
        ("the GP surgery is kicking my gran off because she keeps missing appointments", True),
        ("The nurse practitioner told me this would be our last appointment", True),
        ("My mum says she'll stop her treatment if it hurts", False),
        # found in a third review: a treatment stopped, a hospital discharge, a condition
        ("The oncologist says they'll stop my chemo treatment because it isn't working", False),
        ("The hospital team are kicking my mum out tomorrow", False),
        ("If I complain, that would be my last appointment", False),
        # pool v36: about to find a new doctor, removed from a list for missed appointments, a clinic ending
        # the treatment, finishing with a clinician, in other languages
        ("Fixin' to find a new doctor. This one ain't cutting it.", True),
        ("Got removed from list for missing appointments. I missed them because I was in hospital!", True),
        ("the pain clinic ended my treatment after a drug screen that i think was wrong.", True),
        ("want to finish with the physio early, i've had enough", True),
        ("mia madre vuole cambiare medico di base", True),
        ("Je veux changer de médecin", True),
        ("Ich möchte den Hausarzt wechseln", True),
        ("хочу сменить врача, как это сделать?", True),
        ("Mon psychiatre prend sa retraite.", True),
        ("got removed from the waiting list for surgery", False),
        ("My oncologist ended my treatment because the scans are clear", False),
        ("fixing to get a new knee", False),
        ("we'll finish with the physio exercises at home", False),
        # found in review: a change turned down or past, a transplant list, a day's treatment stopped
        ("je ne veux pas changer de médecin, je veux juste lui parler", False),
        ("non voglio cambiare medico", False),
        ("Ich möchte nicht den Arzt wechseln", False),
        ("ho cambiato medico l'anno scorso e ora va bene", False),
        ("Removed from the transplant list for not meeting criteria", False),
        ("The dialysis unit ended my treatment early today because my blood pressure dropped", False),
        ("The clinic ended my treatment early today because I felt faint", False),
        # found in a second review: a change refused further before it; a discharge told with going back
        ("Je ne veux plus changer de médecin", False),
        ("Non ho intenzione di cambiare medico", False),
        ("Ich will nie den Arzt wechseln", False),
        ("Vorrei cambiare medico", True),
        ("My psychiatrist discharged me. I need to go back though", True),
        # pool v37: dropped by a clinician for a reason; a dropped "g"
        ("My dermatologist dropped me because I didn't reply to an appointment letter", True),
        ("my gp dropped me after i complained", True),
        ("aye, we're leavin' the practice, me and the bairns", True),
        ("the physio dropped me when she lifted me", False),
        ("the nurse dropped me off at the station", False),
        ("the nurse dropped me a line about my results", False),
        ("we're not leavin' the practice", False),
        # found in review: a fall
        ("the physio dropped me because she lost her grip", False),
        ("the nurse dropped me because I was too heavy", False),
        ("the nurse dropped me because I refused the hoist and now my hip hurts", False),  # a second review
        # a third review: pain is no fall
        ("My GP dropped me because I missed three appointments and now I'm in pain with nothing", True),
        # pool v38: ending things or the time with a clinician, wrapping up with them; told to find another
        ("Ending my time with this GP, just need to know the steps", True),
        ("How do I end things with my chiropractor without him trying to talk me out of it", True),
        ("need to wrap things up with my texas doctors and start over here", True),
        ("Doctor said I should find another doctor because I won't take statins. Is that a discharge?", True),
        ("I want to end things with my boyfriend before my appointment", False),
        ("wrap things up with the doctor at the end of the visit", False),
        ("my sister says I should find a new GP", False),
        ("the GP said I should find another doctor for a second opinion", False),
        ("I don't want to end things with my therapist", False),
        # found in review: a plan to die, coercion or abuse, not a clinician, an appointment, a referral, a
        # regret, a relative's advice, a hypothetical
        ("I want to end it with my gp tablets", False),
        ("I'm going to end things with my psychiatrist pills tonight", False),
        ("my husband said I have to end things with my GP because she asked about the bruises", False),
        ("how do I end things with my rapist", False),
        ("I want to end things with my electrician", False),
        ("how do I wrap things up with my doctor in a 10 minute appointment", False),
        ("I regret ending things with my psychologist, how do I ask her to take me back", False),
        ("my friend who is a nurse says I should find a new GP", False),
        ("Doctor said I should find another doctor for my knee", False),
        ("my GP said I should find another therapist, the one I have is not qualified", False),
        ("what if my doctor says I should find another doctor", False),
        ("My GP said I should find a different psychiatrist if I'm unhappy", False),
        # found in a second review: harm, a threat or a crisis told beside the looser shapes
        ("He'll kill me. How do I end things with my therapist", False),
        ("I'm ending things with my therapist because I'm ending everything", False),
        ("the doctor said I should find another doctor because I told him my husband is violent", False),
        # ... which guard only those shapes: a removal for abuse is still an ending
        ("struck off for verbal abuse", True),
        # found in a third review: a crisis or a clinician's misconduct beside the looser shapes; older shapes
        # not hidden by them; a wrap-up inside a visit
        ("I want to end things with my therapist, i'm thinking of ending it", False),
        ("I want to end things with my therapist, he tried to kiss me", False),
        ("ending things with my therapist cos I'm done with everything", False),
        ("my therapist told me I should find another therapist because I keep cutting", False),
        ("My GP said we need to find another GP because of verbal abuse", True),
        ("Before my appointment ends I want to wrap things up with my GP.", False),
        ("I'm regretting ending things with my therapist", False),
        # found in a fourth review: a crisis or a child at risk in other words; not a clinician; away a while
        ("ending things with my therapist. I've bought a lot of paracetamol", False),
        ("end things with my GP, my baby won't stop crying and I shook him", False),
        ("The GP said I should find another GP because she has safeguarding concerns", False),
        ("how do I end things with my IT specialist", False),
        ("The doctor said I had to find another doctor because he was on holiday", False),
        ("My pharmacy closed. The GP said I should find another one.", False),
        ("wrap things up with my GP and find out what's wrong with me", False),
        # found in a fifth review: a plan, a goodbye, misconduct; someone else's advice; staying too; the
        # breathing exercises started over
        ("I want to end things with my doctor and then end my life", False),
        ("I want to end things with my therapist, I've got the rope", False),
        (
            "I want to end things with my therapist, he says I'm his favourite and to keep it between us",
            False,
        ),
        ("My mother says I should end things with my therapist", False),
        ("I want to end things with my therapist but I also want to stay", False),
        ("wrap things up with my GP and start over the breathing exercises", False),
        ("I will end things with my GP, she never listens", True),
        # ... and a look in looser words beside a discharge names no view: the ending stands
        ("my GP struck me off. my new GP disagrees with my old GP's diagnosis", True),
        # pool v39: a clinician's letter, then "I am discharged", was read, then taken out after two reviews
        # found it beside crisis, an emergency or abuse, and of a ward, a warning or the army
        ("my doctor sent me a letter, i am discharged. help me understand", False),
        ("The psychiatrist wrote, I'm discharged. I'm going to end things.", False),
        ("the doctor wrote I am discharged and can go home tomorrow", False),
        # ... "had enough of this practice. I want out" was read, then taken out: "I want out" beside crisis
        ("I've had enough of this practice. I want out. I'm on insulin", False),
        ("I've had enough of my therapist and of being alive. I want out.", False),
        # ... and HARM_TOLD's words are not ones said calmly beside leaving (found in a later review)
        ("I want to end things with my therapist. How do I end things nicely?", True),
        ("How do I end things with my GP? Hang on, will they be told?", True),
        ("My GP changed my amlodipine to 10mg OD without asking. How do I end things with my GP?", True),
        ("How do I end things with my GP? They keep fitting me in with a locum", True),
        ("How do I end things with my GP? I'm going to end things tonight.", False),
        ("How do I end things with my GP? The online booking keeps crashing.", True),  # a third review
        ("How do I end things with my GP, Dr Cliff?", True),
        ("I want to end things with my GP because of his unconscious bias", True),
        ("How do I end things with my GP. I can't go on.", False),
        # ... allergist is a role
        ("I want to leave my allergist", True),
        # pool v40: "cut ties with" a clinician was read as leaving, then taken out after three reviews found
        # it of teams and agencies, as history, and pressed on the patient by someone else (the model reads
        # the pool's message as ending care)
        ("i think i need to cut ties with my psychiatrist", False),
        ("my husband wants me to cut ties with my therapist", False),
        # pool v42: "being removed" was read, then taken out after three reviews found it of a child taken
        # into care, rent and school, and beside hopelessness after the practice was named
        ("been told by the surgery i'm being removed because i haven't been in 5 years", False),
        ("they're being removed because we didn't keep them safe from him", False),
        ("the gp said i'm being removed because i haven't been in, i'll be gone by then anyway", False),
        # pool v47: taken off a doctor's list, no longer a patient there (not a transplant or waiting list)
        ("my church friend was taken off her doctor's list under 'zero tolerance'", True),
        # ... "no longer a patient there" was read, then taken out after two reviews found it of deaths,
        # hospices, wards, staff and prison
        ("Just been told by reception I'm no longer a patient there. Nobody told me why", False),
        # ... and a practice's list read only where no harm is told, not for one service nor a list of people
        ("I was taken off the GP's list and I want to die", False),
        ("she was taken off her GP's list for blood tests", False),
        ("he's on the doctor's list of shielding patients", False),
        ("he was taken off the transplant list", False),
        ("she was taken off the waiting list", False),
        # ... found in review: a list for one service; no longer a patient for a death or a stay in hospital
        ("taken off the gp list for the flu jab", False),
        ("got taken off the practice list for missing appointments", True),
        # pool v48: the push given by the doctor, a dismissal (not a push given, nor beside a blow)
        ("Aye, the doctor's give me the push. Letter come Tuesday. Says I been rude. I weren't", True),
        ("the GP has given my mum the push", True),
        ("the doctor gave me a push", False),
        ("the doctor gave me the push and then pushed me into the wall", False),
        ("the doctor gave me the push, he hits me", False),
        ("my boss gave me the push", False),
        # ... found in a second review: another push beside it, a shove, encouragement
        ("The doctor gave me the push. Then my husband gave me the push down the stairs", False),
        ("The doctor gave me the push off the exam table", False),
        ("My doctor gave me the push I needed to quit smoking", False),
        # pool v49: a practice's letter removing the patient (nothing else removed); a pharmacy doing
        # something no more and sending the patient elsewhere (not out of stock today, nor for one thing)
        ("Letter from the surgery: removed for 'breakdown in relationship'.", True),
        ("letter from the clinic: removed from the waiting list", False),
        ("Letter from the GP: removed my diazepam from repeat, no explanation", False),
        ("Letter from the clinic: mole removed, results benign", False),
        ("The pharmacy said they'll no longer do my blister packs and I need to go elsewhere.", True),
        ("The chemist said they don't have my insulin today, I have to go elsewhere.", False),
        ("The GP said we need to go elsewhere for the scan", False),
        # ... found in review: a discharge told by a nurse is often a hospital's (not read)
        ("The nurse said he's been discharged but he can't stand up on his own", False),
        # pool v50: put off their list, the practice closing for good or from a month on, "too complex for
        # this practice"
        ("they put us off their list after the complaint", True),
        ("My GP is retiring and the practice is closing down. Where do I go?", True),
        ("our surgery is closing down in March", True),
        ("Our practice is closing next month.", True),
        ("They said I'm too complex for this practice and I should find another", True),
        # ... found in review: closing for the day, the night, a while or in part, an emergency beside a
        # closing surgery, a list for an operation, a fear or a question, a referral; the Scots spelling is
        # not read
        ("the practice is closing early today", False),
        ("The surgery is closing. My baby has had a fever of 40 all day, what do I do?", False),
        ("The surgery is closing down for the night, where can I get my insulin?", False),
        ("The surgery is closing down the phone lines at 6", False),
        ("Our practice is closing in May for refurbishment, back in June", False),
        ("The practice is closing next month to new patients", False),
        ("The surgeon put me off the list for the op till my BMI is under 40", False),
        ("I'm worried they'll put me off their list if I complain", False),
        ("Can they put me off their list for complaining?", False),
        ("The physio said I'm too complex for the clinic so she's referring me on", False),
        ("The surgery's put me aff their list. Didnae even tell me why.", False),
        ("Just leavin the surgery noo, he didnae even look at ma leg", False),
        # pool v51: a clinician wanting to part ways, the boot from a clinic, a move and then the care
        # finished (not a question, someone else parting ways, the boot from a person, an appointment finished
        # early, harm told beside it)
        ("Dentist wants to 'part ways' after I complained. Can they just drop me mid-treatment?", True),
        ("we're parting ways with our GP", True),
        ("Got the boot from the pain clinic for a positive drug screen. What happens now?", True),
        ("we are moving back to suva next month so we finish with the doctor here. what do we take?", True),
        ("Should I part ways with my therapist?", False),
        ("My husband wants to part ways. The GP says I should talk to someone", False),
        ("got the boot from my boyfriend, the gp was kind about it", False),
        ("we're moving house so I finish with the physio early today", False),
        ("The doctor wants to part ways with me after he hit me", False),
        ("Got the boot from the clinic after he grabbed my arm", False),
        # ... found in review: wires crossed before it; fleeing, cornered, an emergency beside it (words no
        # safety rule holds); a walking boot, a job, someone else parting ways, an appointment ending
        ("Me and my GP got our wires crossed and he fired me as a patient", True),
        ("My therapist and I are parting ways", True),
        ("He gave me the boot in the ribs", False),
        ("my husband gave me the boot last night, sleeping in the car with the kids", False),
        ("moving to my sister's to get away from him so I'll finish with the gp here", False),
        ("moving to my aunty's so we will finish with the doctor here, my partner found us again", False),
        ("I'm parting ways with my counsellor, he asked for my number", False),
        # ... a child's age beside it, not weeks of a pregnancy
        ("I'm 14 and my boyfriend's 30. We're parting ways with our GP", False),
        ("I'm 12 weeks pregnant and we're parting ways with our GP", True),
        (
            "We're moving to a refuge next week so I'll finish with my GP here. He can't know where we are.",
            False,
        ),
        (
            "We're moving back to Suva so we finish with the doctor here. My son is wheezing and can't "
            "finish a sentence tonight",
            False,
        ),
        (
            "Got the boot from the GP because I was 'aggressive', but it was him who cornered me in the room",
            False,
        ),
        ("Got the boot from the diabetes clinic and I've run out of insulin since Monday, feel awful", False),
        ("Got the boot from the fracture clinic yesterday, how long do I have to wear it?", False),
        ("I got the boot from the surgery after 6 years as a receptionist", False),
        ("The surgery has decided to part ways with our GP, who will we see now?", False),
        ("have to move the car so I'll finish with the nurse in 10 mins", False),
    ],
)
def test_leaving_is_read_only_when_said_in_so_many_words(text, leaving):
    assert says_leaving(text) is leaving


@pytest.mark.parametrize(
    "text, role",
    [
        ("the therapist i see every week", "therapist"),
        ("my mum's cardiologist who did the stent last year", "cardiologist"),
        ("my GP", "gp"),
        ("the consultant", "consultant"),
        ("the one who did my blood tests at the clinic", None),  # no role named: asked again
        # pool v17: a question is never a role, unless it names one
        ("Do you book appointments?", None),
        ("what do you mean", None),
        ("my DO", "do"),  # a doctor of osteopathy, not a question
        # pool v23: roles of drug services and mental health teams, an OB
        ("the prescriber at the drug service", "prescriber"),
        ("my keyworker at the drug and alcohol team", "keyworker"),
        ("the care coordinator from the community mental health team", "care coordinator"),
        ("my ob", "ob"),
        ("my ob-gyn", "ob-gyn"),
        # pool v24: a health worker in Luganda, a nurse practitioner in short
        ("the musawo at the health centre", "musawo"),
        ("my NP", "np"),
    ],
)
def test_a_role_is_read_from_a_few_words_or_named_in_more(text, role):
    assert role_from_text(text) == role


@pytest.mark.parametrize(
    "text, channel",
    [
        ("when I see her next week", "visit"),
        ("at my next check up", "visit"),
        ("call the surgery", "phone"),
        ("I'll message them on the app", "portal"),
        ("through MyChart", "portal"),
        ("on the NHS app", "portal"),
        ("via Patient Access", "portal"),
        ("through their app", "portal"),
        ("at the appointment", "visit"),
        ("at the app", "portal"),
        # pool v11
        ("In the room", "visit"),
        ("next appt", "visit"),
        ("at my next session with her", "visit"),
        ("ring the practice", "phone"),
        ("telehealth", "video"),
        ("a virtual appointment", "video"),
        ("in the consultation room", "visit"),
        ("on the blower", "phone"),
        ("when we go in on tuesday", "visit"),
        ("dunno yet", None),
        # pool v14: the visit as a follow-up, or being there
        ("when I'm there for my follow up", "visit"),
        ("at my follow-up", "visit"),
        ("while we're there", "visit"),
        ("a follow up call", "phone"),
        ("a follow-up message", "portal"),
        # found in review: timing and written follow-ups are not the visit
        ("when I'm in a better place", None),
        ("I'll follow up later", None),
        ("a follow up letter", "portal"),  # written: the message version comes first (pool v18)
        ("when I get in touch", None),
        # pool v16
        ("when i go in", "visit"),
        ("when we get in", "visit"),
        # pool v18: a letter is a written message
        ("probably by writing a letter", "portal"),
        # pool v20: at the unit where the care is given, when taking the patient in
        ("I'll say it at dialysis when she's on shift", "visit"),
        ("when I take mum in next week", "visit"),
        ("I'll tell her when I'm in next week", "visit"),  # pool v42
        ("when we're in on Tuesday", "visit"),
        ("when I'm in a better mood", None),
        ("when I'm in this situation", None),
        # found in review: as the whole answer only (a hospital stay, a crisis hint, the opposite said, harm
        # or someone else told between)
        ("when I'm in next week I'll be on the ward", None),
        ("when I'm in next week, if i'm still alive", None),
        ("I can't talk to her when I'm in next week", None),
        ("i'll tell her he strangled me when i'm in next week", None),
        ("i'll tell the police when i'm in next week", None),
        ("i'll bring it up when i'm in next week", "visit"),
        ("I'll tell him when I'm in this evening", None),  # a fourth review: at home, maybe
        ("At the review next month", "visit"),  # pool v22
        ("I'll raise it at my annual review", "visit"),
        ("I'll look at the review first then decide", None),  # found in review
        ("I'll reply at the Google review", None),
        ("At the post-op check next week", "visit"),  # pool v39
        ("at my 6-week check", "visit"),
        ("she said at the check the wound was fine", None),
        ("at my credit check", None),  # found in review: a check of something else
        ("I'll bring it up at the post-op check", "visit"),  # found in review: "ring" in "bring" is no call
        ("I'll give them a ring", "phone"),
        ("at my dog's health check", None),  # found in a later review: not the patient's check
        # pool v34, read by "ring" in "bring" until that was fixed: a relative taking the patient in
        ("my daughter will bring it up when she takes me in", "visit"),
        ("I'll bring a note and hand it over at the start", "portal"),  # pool v32, the same: a written note
        # pools v21 and v24, the same: bringing it up at a time, or with someone, is in person
        ("I'll bring it up at the start of the session", "visit"),
        ("my daughter will bring it up when she comes with me", "visit"),
        ("I'll bring it up when I call", "phone"),
        ("I'll bring it up later", None),
        ("the doctor's note said", None),
        ("at my annual check of the boiler", None),
        ("at my annual check, she shouted at me last time", None),  # a third review: harm told beside it
        ("at the security check", None),
        ("I'll tell her when I pick up my script on Friday", "visit"),  # pool v23
        ("when I collect mum's prescription", "visit"),
        ("my VA secure messaging", "portal"),  # pool v26
        ("By telemed, I can't get there easily", "video"),  # pool v27
        ("at my son's next asthma review", "visit"),
        ("look at my son's google review", None),
        ("probably just say it when I'm in there", "visit"),  # pool v34
        ("Mi will talk to him when mi go back", "visit"),  # pool v33
        ("the messaging thing on the patient website", "portal"),  # pool v35
        ("I'll ring them, the number's on their website", "phone"),  # found in a third review
        ("video call, the link's on the website", "video"),
        ("in there", None),
    ],
)
def test_how_it_will_be_brought_up_is_read_from_a_few_words(text, channel):
    assert channel_from_text(text) == channel


def test_a_mistake_told_in_the_patients_own_words_is_their_answer_not_a_start_over():
    # found in review of pool v30's readers: "I made a mistake" may be said of the care where the patient's
    # own words are the answer; on a question with buttons it is the chat
    assert forms.control_word("I want to start again, I made a mistake", own_words=True) is None
    assert forms.control_word("I need to restart, I'm messed up") is None
    assert forms.control_word("i want to start again i made a mistake") == forms.START_OVER


@pytest.mark.parametrize(
    "text, asked",
    [
        # pools v33 and v34: conflicting advice had, a third opinion, another team, a specialist asked to
        # check
        ("I'm getting conflicting advice from my GP and my cardiologist about my blood thinner", True),
        ("Two doctors have told me opposite things about whether to stop my blood thinners", True),
        ("the NHS consultant disagrees with my old private one. Should I get a third opinion?", True),
        ("can i ask for my case to go to another MDT?", True),
        ("the gp says it's grief and stress. we'd like a cardiologist to check her over.", True),
        # not a view: family, a patient disagreeing, one already had, a first check
        ("both my sisters told me different things", False),
        ("my GP disagrees with me", False),
        ("I got a third opinion already and want to leave", False),
        ("the gp said it's a virus, we'd like a nurse to check him", False),
        ("we had conflicting appointments so I missed one", False),
        # found in review: a referral advised, a relative's, a school's or a receptionist's view, a nurse,
        # things that are not care, a choice already made after the conflict, a third opinion refused
        ("My GP said I need to see a cardiologist. I'd like a cardiologist to check me soon.", False),
        ("My GP said she'll refer me. I'd really like a rheumatologist to review me", False),
        ("My husband thinks it's just a sprain but I want a physio to look at it", False),
        ("The school said he's just naughty, we'd like a psychologist to assess him", False),
        ("My GP told me it's IBS. I'd like a gastro nurse to review me", False),
        ("The receptionist said no appointments till Monday, I want a proper doctor to look at him", False),
        ("Two doctors told me different things about parking at the hospital", False),
        ("Both consultants said different things about visiting hours", False),
        ("My therapist disagrees with the one decision I made", False),
        ("My psychiatrist disagrees with my old one, so I'm sticking with her", False),
        ("My neurologist disagrees with my old one, so I'm leaving him.", False),
        (
            "I quit my meds cold turkey. Two doctors told me opposite things, so I'm done with both of them.",
            False,
        ),
        ("I refuse to get a third opinion", False),
        # found in a second review: parking, a pharmacy's dose, friends, leaving weighed in on, a paramedic,
        # a move to another team
        ("Both GPs told me opposite things about parking", False),
        ("We got conflicting advice from the pharmacy about the dose, can I take two?", False),
        ("I'm getting conflicting advice from friends about whether to complain", False),
        ("My husband wants someone else to weigh in on whether we leave the practice", False),
        ("The GP says he's fine, we need an ambulance paramedic to check him", False),
        ("I've stopped all my meds, I'm moving to a different MDT and want to leave the old one", False),
        # pool v35: someone else's input, two clinicians saying different things then which to follow asked
        ("The consultant seemed in a hurry. I'd like someone else's input.", True),
        ("The physio says I need surgery on my ACL, the surgeon says physio. Lol. Who do I see now", True),
        ("the nurse says it's fine, and the GP says come back in a week", False),
        ("I'd like someone else's input on whether to leave my GP", False),
        # found in a third review: the care ending after the conflict, booking advice, how to talk to the GP
        ("Getting conflicting advice from my GP and the pharmacist so I'm leaving my GP", False),
        ("My GP disagrees with my consultant and she's dropping me as a patient", False),
        ("The nurse says book online, the GP says phone, what should I do?", False),
        ("I'd like someone else's input on how to talk to my GP about it", False),
        # pool v37: doctors who can't agree, another doctor to see the tests, another one before agreeing
        ("Doctors can't agree on what's wrong with me. One says lupus, one says fibromyalgia.", True),
        ("i want another doctor see my tests", True),
        ("he want other doctor to see the scan. how we do this?", True),
        ("thinking of seeing a different cardiologist before agreeing to the ablation", True),
        ("The doctors can't agree on what's wrong with me so I'm leaving", False),
        ("My doctors can't agree on parking", False),
        ("I want another doctor to see my son for his repeat prescriptions", False),
        # found in review: another one after the care ended, a visit for something else
        ("seeing a different doctor before starting my insulin because my GP discharged me", False),
        ("I want another doctor to see my case because mine discharged me", False),
        ("I'm seeing a different doctor before starting my new job", False),
        ("I need another doctor to see my results, mine retired", False),
        # found in a second review: a switch wanted, a replacement
        ("I want another doctor to see my tests because my GP is rude and I want to switch", False),
        ("I'm seeing a different consultant before having the surgery, my old one left", False),
        # found in a third review: a replacement valve, a medicine changed
        ("I'd like to see another cardiologist before agreeing to the operation to replace my valve", True),
        ("i want other doctor to see my tests because they changing medicine again", True),
        # pool v38: a clinician disagreeing with another's diagnosis, a third person to weigh in, a look
        # before
        # surgery, one more doctor to check, being sure before starting treatment after a diagnosis
        ("my new doctor disagrees with my previous doctor's diagnosis", True),
        (
            "my new GP disagrees with my old GP's diagnosis. Should I get a third person to weigh in",
            True,
        ),
        ("'don't let them cut you open till someone else has looked'. It's spinal surgery", True),
        ("doctors say different thing about her diabetes medicine. I want one more doctor to check", True),
        ("I've been told I've got bowel cancer. I want to be sure before I start anything.", True),
        ("my GP disagrees with my mum's idea", False),
        ("I was told to rest. I want to be sure before I start running again", False),
        ("wait till someone else has looked after the kids", False),
        # found in review: self-harm, feeling unsafe, not a look at the care, a choice made, no diagnosis told
        ("I can't stop cutting until someone else has looked", False),
        ("I don't feel safe until someone else has checked on me", False),
        ("I need another person to look at my arm, he hurt me", False),
        ("I can't leave the house until someone else has checked the locks", False),
        ("I was fine until another doctor looked at me", False),
        ("I want another person to review my complaint", False),
        ("my new doctor disagrees with my old doctor's diagnosis so I switched and I'm happy now", False),
        ("my therapist disagrees with my psychiatrist's plan and I want to stay with both", False),
        ("My GP told me to lose weight. I want to be sure before I start anything.", False),
        ("I haven't been diagnosed yet. I want to be sure before I start anything", False),
        ("I've been diagnosed with MS and want to be sure before I start the treatment?", True),
        # found in a second review: harm beside it, the building, a person to weigh in on a complaint, no
        # diagnosis yet, a question for the patient's own clinician
        ("Should I get a third person to weigh in? My husband scares me", False),
        ("I want one more doctor to check. My husband gets violent when I bring it up.", False),
        ("The surgery won't reopen until someone else has checked the building", False),
        ("I want another person to weigh in on my complaint", False),
        ("I have not been diagnosed with cancer yet. I want to be sure before I start anything", False),
        (
            "diagnosed with cancer, want to be sure before I start chemo, what questions should I ask",
            False,
        ),
        ("don't let them operate till someone else has looked at my scans", True),
        # found in a third review: a crisis beside it, the GP's own referral, equipment or bloods checked
        ("I want one more doctor to check. I feel like I'm dying", False),
        (
            "Diagnosed with bipolar, I want to be sure before I start anything. Last night I nearly jumped.",
            False,
        ),
        ("My GP says he needs another doctor to look.", False),
        ("They can't operate until someone else has checked my bloods", False),
        ("my gp disagrees with my therapist's advice to leave my husband", False),
        # found in a fourth review: a crisis, an emergency, abuse in other words
        ("I want one more doctor to check. I'm not sure I can keep myself safe tonight", False),
        ("I'm 38 weeks and bleeding. I want one more doctor to check.", False),
        ("I want one more doctor to check. My stepdad does stuff to me at night", False),
        # found in a fifth review: a medical question after it, a referral, the hospital's own hold, a fever
        (
            "diagnosed with diabetes, want to be sure before I start the tablets, what are the side effects?",
            False,
        ),
        ("my GP disagreed with the consultant's diagnosis and has referred me back", False),
        ("the op was postponed until someone else has looked at the scans", False),
        ("I won't have the operation until someone else has looked at my scans", True),
        # pool v39: "I need fresh eyes" was read, then taken out after review (tiredness, eyesight, harm
        # beside it)
        ("every test is 'normal'. i think i need fresh eyes.", False),
        ("I've been staring at these forms all day, I need fresh eyes.", False),
        ("The consultant grabbed me during the exam. I need fresh eyes.", False),
        ("My baby has a temperature of 40 and the GP sent us home. I want one more doctor to check.", False),
        # pool v40: another doctor asked, as the question's end
        ("His doctor suggested stopping his heart tablets. I'm not sure. Can we ask another doctor?", True),
        ("My husband doctor tell him heart surgery. We want ask other doctor.", True),
        # pool v42: second opinions asked of others ("Does anyone get second opinions...?") and "ask second
        # doctor" were read, then taken out after a third review found them beside an emergency, coercion and
        # a poisoning in words HARM_TOLD does not hold, and of essays and builders' quotes
        ("Does anyone get second opinions on physio advice? Mine wants me to stop running forever", False),
        ("Our family want to ask second doctor. How to do", False),
        ("should i get second opinions, he hasn't woken up since this morning", False),
        ("baby very hot and not wake, we want to ask second doctor", False),
        ("should i get second opinions on my essay", False),
        # ... a diagnosis "double checked" was read where no harm was told, then taken out after two reviews
        # found it beside a crisis and misconduct in words HARM_TOLD does not hold, and turned down
        ("should i get my cancer diagnosis double checked", False),
        ("I'm thinking of ending things. Should I get my diagnosis double checked?", False),
        ("I don't need to get my diagnosis double checked, I just want him to explain", False),
        # pool v47: a clinician's verdict told, then "I want to hear it from someone else" (not a relative's)
        ("The physio says I'll never run again. I want to hear it from someone else.", True),
        ("the consultant said I won't walk again, I'd like to hear it from someone else", True),
        ("my mum told me the news but I want to hear it from someone else", False),
        ("I want to hear it from someone else", False),
        # ... found in review: urgent advice is not a verdict to question (so only "never ... again" is read,
        # not a diagnosis)
        ("the paramedic said it's a stroke, I'd like to hear it from someone else", False),
        ("the consultant said it's MS, I'd like to hear it from someone else", False),
        (
            "the doctor said I'll never walk again, go to hospital now, I want to hear it from someone else",
            False,
        ),
        # pool v48: a third doctor and "mi waan anodda doctor check" were read, then taken out after two
        # reviews found them beside danger told in words no rule reads (in patois, stroke signs, "battered")
        ("Him lick mi inna mi head. Mi waan anodda doctor check.", False),
        ("He battered me last night, two doctors say different things, I want a third doctor to look", False),
        ("maybe third doctor? or maybe i just stop trying altogether", False),
        ("my third doctor retired", False),
        # pool v50: tested again by another doctor in learner's English (never beside harm, nor a
        # replacement, a follow-up or turned down), a never-again verdict, then another specialist asked as
        # the message's end (not a question for one, nor danger after it)
        (
            "I speak Oromo. Doctor say my son has TB but he has no cough. I want test again by other doctor",
            True,
        ),
        ("we want him checked again by a different specialist", True),
        ("he hit me, I want test again by other doctor", False),
        ("I want check again by other doctor, this one grab my arm very hard and say I am liar", False),
        ("I want see again by other doctor. The doctor lock door and ask me take off clothes", False),
        ("I want test again by other doctor because mine retired", False),
        ("I don't want to be tested again by a different doctor, I trust mine", False),
        ("The hospital said I need to be seen again by another consultant in 6 weeks", False),
        ("Physio says I'll never run again after my fracture. Can I ask a sports medicine doctor?", True),
        ("The physio said I'll never run again. Can I ask a doctor what painkillers to take?", False),
        ("The doctor said I'll never walk again. Can I see a doctor? My leg has gone black and cold", False),
        # ... two clinicians' words with "said" were read, then taken out after a review found them of harm
        # ("The nurse said he should not touch me like that, the doctor said it's normal, who's right")
        ("The nurse said he should not touch me like that, the doctor said it's normal, who's right", False),
        ("The doctor's tellt ma da he's for chemo. Would it be daft tae ask anither doctor?", False),
        # pool v51: a clinician's word, then a specialist asked for as the message's end; someone else to see
        # or check after a finding (not a first check or a therapist, a referral made, harm told, the care
        # ended, someone else to check on a relative)
        (
            "The GP said my PSA is 'a bit high, nothing to worry about'. My brother had prostate cancer. "
            "Should I see a urologist?",
            True,
        ),
        ("Need advice - GP says IBS, I think it's something more. Should I push to see a gastro?", True),
        (
            "my grandmother had a 'mini stroke' they said, but the hospital sent her home the same night. "
            "should she be seen by someone else? she's fine now",
            True,
        ),
        (
            "Sleeping at the shelter right now. Doctor at the clinic said my foot needs to come off cos of "
            "the diabetes. I don't want that. Can someone else check",
            True,
        ),
        ("The GP said it's a sprain. Should I see a physio?", False),
        ("The GP said she'll refer me. Should I see a urologist?", False),
        ("He said he'd kill me if I told. Should I see a psychiatrist?", False),
        ("My GP retired and they said I'm on the list. Should I be seen by someone else?", False),
        ("The GP said mum is fine. Can someone else check on her while I'm away", False),
        # ... found in review: an emergency or a sign of abuse beside it (words no safety rule holds),
        # anyone's word, frustration with the bot, cover for an absence, the care ended
        (
            "Dr said the headache is tension but it came on like a thunderclap an hour ago, worst ever. "
            "Should I see a neurologist?",
            False,
        ),
        (
            "The hospital sent her home but now she's not responding to us properly. Should she be seen by "
            "someone else?",
            False,
        ),
        (
            "GP said it's just anxiety, but I've been coughing blood all morning. Can someone else check?",
            False,
        ),
        (
            "The doctor said the tear is from constipation. She's 3 and comes back from her dad's like this "
            "every time. Can someone else check?",
            False,
        ),
        ("The mechanic said the brakes are shot. Could someone else look at it?", False),
        ("I told you already. Can someone else look?", False),
        ("My GP told me she's off sick for 3 months. Should I be seen by someone else?", False),
        (
            "My GP left the practice and they said nobody's taking over. Should I see an endocrinologist?",
            False,
        ),
        # ... found in a third review: more emergencies and harm beside it
        ("the hospital sent her home, she's barely breathing. should she be seen by someone else?", False),
        (
            "the pediatrician said it's nothing, my 3 week old has a temp of 38.5. should she be seen by "
            "someone else?",
            False,
        ),
        (
            "GP said it's gastro but my toddler won't wake properly. should she be seen by someone else?",
            False,
        ),
        (
            "A&E said it's a pulled muscle, I'm 34 weeks and have a splitting headache and seeing flashing "
            "lights. can someone else check",
            False,
        ),
        (
            "the doctor said he's fine but my son says his coach showers with him. should he be seen by "
            "someone else?",
            False,
        ),
        (
            "the doctor said I need a hysterectomy but my husband says I can't have it. should I see a "
            "gynaecologist?",
            False,
        ),
    ],
)
def test_another_clinicians_look_is_read_in_other_words(text, asked):
    assert asks_another_look(text) is asked


@pytest.mark.parametrize(
    "text, leaving",
    [
        # pool v40: "Can we ask another doctor?" at the question's end was read as a view asked for, then
        # taken out after review found it beside discharges told in words no list held, with a task ("I
        # need a repeat of my inhaler"), and beside a crisis: leaving said stays leaving
        ("I'm leaving my GP, can I ask another doctor?", True),
        ("I'm firing my GP. Can I ask another doctor?", True),
        ("His doctor suggested stopping his heart tablets. I'm not sure. Can we ask another doctor?", False),
    ],
)
def test_another_doctor_asked_is_not_a_view_by_itself(text, leaving):
    assert not asks_for_a_view(text)
    assert leaving_in_words(text) is leaving
