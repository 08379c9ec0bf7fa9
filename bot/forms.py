"""What a patient's answer to a form question means, before any pathway looks at it (pure).

Every question in every pathway accepts the same few control words, matched
exactly (after folding case and punctuation) so that a patient's own words such
as "I want to stop feeling ignored" are never mistaken for "stop".

Usage::

    from bot.forms import control_word, check_free_text, yes_no
    control_word("Not sure!")        # "not_sure"
    check_free_text("  ok  ")        # FreeText(value="ok", problem=None)
    yes_no("yeah")                   # "yes"
    held_back_answer(tracker_events) # ("reset_concern", "that he'll brush me off again"), or None
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot.safety import CHECK_IN_REPLIES, normalise

MAX_FREE_TEXT = 500
# A button payload ("/prepare_reset_conversation", from the menu) sent while a question is open: a form's own
# buttons send their titles, so it is never an answer.
FINISH_FIRST = "Let's finish this question first. You can answer, say skip, or say stop."
SKIP, NOT_SURE, WHY, STOP, START_OVER = "skip", "not_sure", "why", "stop", "start_over"

# A hesitation ("erm", "hmm"; a held-down "hmmm" is read as "hm"), no preference between the choices
# ("whatever's easiest", "either is fine") or not knowing in a few words ("I eh sure"): not sure, but only as
# the whole answer ("erm, no" is a no, "I don't mind, phone call is fine" a phone call).
_WHOLE_ANSWER_ONLY = (
    "no preference",
    "don't mind",
    "dont mind",
    "i don't mind",
    "i dont mind",
    "either",
    "either is fine",
    "either one",
    "either way",
    "whichever",
    "whichever is easiest",
    "whichever's easiest",
    "whatever is easiest",
    "whatever's easiest",
    "whatevers easiest",
    "whatever works",
    "erm",
    "um",
    "uh",
    "hm",
    "hmm",
    # not knowing in learner's English and Trinidadian English ("eh" is "ain't"), as the whole answer only:
    # "not know - she is choking" is asked again
    "i not know",
    "i not sure",
    "not know",
    "me not know",
    "i eh know",
    "ah eh know",
    "i eh sure",
    "ah eh sure",
    "me eh sure",
    "i eh so sure",
    "i doh know",
    "ah doh know",
)
# The bot's question not understood, as the whole answer only: "I don't understand the question sorry" is not
# sure (not "I don't understand, she never explained", the patient's own words; nor "I don't understand the
# question. yes he hits me", which is asked again).
_NOT_UNDERSTOOD = (
    "i don't understand the question",
    "i dont understand the question",
    "i do not understand the question",
    "don't understand the question",
    "dont understand the question",
    "i don't get the question",
    "i dont get the question",
)
# Not knowing in Geordie, as the whole answer only (not a hesitation before a yes or a no: "ah divvent knaa,
# no he's got a knife" is asked again).
_GEORDIE_NOT_KNOWING = ("divvent knaa", "ah divvent knaa", "a divvent knaa", "i divvent knaa")
# "I couldna say", "couldnae tell ye" in Scots (not "I cannae say, he'd kill me": as the whole answer only;
# not "I cannae tell you now", which is not now)
_SCOTS_NOT_KNOWING = tuple(
    f"{who}{verb} say" for who in ("", "i ") for verb in ("couldna", "couldnae", "canna", "cannae")
) + tuple(
    f"{who}{verb} tell {you}"
    for who in ("", "i ")
    for verb in ("couldna", "couldnae")
    for you in ("ye", "you")
)
# Asking why the question matters in "what's it matter" words, as the exact whole answer only ("what does it
# matter who ends it, I won't be here" and "...who ends it now" are not why): about who ends the care.
_WHY_WHOLE_ANSWER_ONLY = (
    "what's it matter who ends it",
    "whats it matter who ends it",
    "what does it matter who ends it",
    "what does it matter who decides",
    # "whit for" in Scots, as the whole answer only ("whit for, he's got a knife" is not why)
    "whit for",
    "what's it matter who decides",
    # and in Geordie: "howay, why d'ye want to knaa that?"
    "why d'ye want to knaa that",
    "why d'ye want to know that",
    "howay why d'ye want to knaa that",
    "howay why d'ye want to know that",
)
# A laugh or an apology after a whole answer of one clause: "rather keep that to myself haha", "wait why lol"
# (never after a clause break: "stop lol, he's back" is asked again; nor "sorry" as what is said: "I'm not
# ready to say sorry"); or its punctuation dictated by voice and typed out as words, "why question mark" (not
# "period", which may be what is said).
_TRAILING_OFF_ONE_CLAUSE = re.compile(
    r"\s+(?:lol|lmao|(?:ha){2,}h?|(?:he){2,}|question mark|full stop|exclamation mark|"
    r"(?<!\bsay )(?<!\bsays )(?<!\bsaid )(?<!\bsaying )(?<!\btell )sorry)[.!]*$",
    re.IGNORECASE,
)
# Starting over in words read only as the whole answer: "let's go from the top" (not "let's go from the top,
# he saw what I wrote").
_START_OVER_WHOLE_ANSWER_ONLY = (
    "go from the top",
    "let's go from the top",
    "lets go from the top",
    "let's do that again",
    "lets do that again",
    # a button or option chosen by mistake: the pathway starts again (there is no going back one question; not
    # "I chose the wrong option" alone, which may tell of a treatment chosen)
    "can i go back i chose the wrong option",
    "can i go back i picked the wrong option",
    "can i go back i clicked the wrong button",
    "i clicked the wrong option",
    "i clicked the wrong button",
    "i pressed the wrong button",
    "i tapped the wrong button",
    "i hit the wrong button",
)
# A skip in words read only as the whole answer: "rather keep that private if that's ok" (not "rather keep
# that private, he's here").
_SKIP_WHOLE_ANSWER_ONLY = (
    "rather keep that private",
    "i'd rather keep that private",
    # "i'd sooner leave that one, if it's all the same to you" ("i'd" comes off as a lead; not "i'd sooner
    # skip, he's watching")
    "sooner leave that one",
    "sooner leave that",
    "sooner not say",
    "sooner not answer",
    "sooner not",
    "sooner skip",
    "sooner skip that",
    "id sooner not say",
    "id sooner leave that one",
)
# Yes, no, not knowing and why in Cebuano and Fijian, as the whole answer only: no safety rule reads harm told
# in these languages after them ("dili, gusto na ko mamatay", "no, I want to die", is asked again). The
# English said after it as a gloss is read ("Dili. No": every clause the same answer). "io" is yes to a yes /
# no question only (who ends the care reads it as the Italian "I"); "oo" is with the Tagalog.
_FIJIAN_AND_CEBUANO_YES = ("io", "io vinaka", "io saka", "io sa", "oo sige")
_CEBUANO_AND_FIJIAN_NO = (
    "dili",
    "dili oy",
    "wala",
    "wala gyud",
    "wala man",
    "sega",
    "sega saka",  # (not "sega vinaka", also "not good")
)
# "not any more", "not yet" in Cebuano: a no to a form's question only, never to a safety check-in
# (_NO_TO_A_QUESTION)
_CEBUANO_NOT_YET_OR_ANY_MORE = ("dili na", "dili na oy", "wala pa", "wala pa gyud")
_CEBUANO_AND_FIJIAN_NOT_KNOWING = (
    "ambot",
    "ambot lang",
    "ambot ba",
    "ambot nako",
    "ambot oy",
    "wala ko kabalo",
    "wa ko kabalo",
    "di ko kabalo",
    "di ko kahibalo",
    "dili ko kahibalo",
    "wala ko kahibalo",
    "sega ni kila",
    "au sega ni kila",
)
# Asked back when the patient cannot know, as the whole answer only: "how would I know that?" (not "how would
# I know, I'm not allowed out", which is asked again).
_ASKED_BACK_NOT_KNOWING = tuple(
    f"how {asked} {even}know{that}"
    for asked in ("would i", "would we", "should i", "am i supposed to", "am i meant to")
    for even in ("", "even ")
    for that in ("", " that")
)
_CEBUANO_WHY = (  # "what's this?", "why?"
    "unsa man ni",
    "unsa ni",
    "ngano",
    "ngano man",
    "ngano man ni",
    "nganong gipangutana man",
    "nganong gipangutana",
)
# Every phrase read only as the whole answer, never as an answer's first or last clause.
_READ_ONLY_WHOLE = (
    _WHOLE_ANSWER_ONLY
    + _FIJIAN_AND_CEBUANO_YES
    + _CEBUANO_AND_FIJIAN_NO
    + _CEBUANO_AND_FIJIAN_NOT_KNOWING
    + _CEBUANO_WHY
    + _ASKED_BACK_NOT_KNOWING
    + _CEBUANO_NOT_YET_OR_ANY_MORE
    + _GEORDIE_NOT_KNOWING
    + _SCOTS_NOT_KNOWING
    + _NOT_UNDERSTOOD
    + _START_OVER_WHOLE_ANSWER_ONLY
    + _SKIP_WHOLE_ANSWER_ONLY
)
_CONTROL_PHRASES = {
    SKIP: [
        # in German and Dutch
        "uberspringen",
        "ueberspringen",
        "uberspringen bitte",
        "ueberspringen bitte",
        "lieber nicht",
        "mochte ich nicht sagen",
        "moechte ich nicht sagen",
        "overslaan",
        "sla over",
        "liever niet",
        # in French and Italian
        "passer",
        "on passe",
        "passons",
        "je prefere ne pas repondre",
        "je prefere ne pas dire",
        "prefere ne pas repondre",
        "saltare",
        "salta",
        "preferisco non rispondere",
        "preferisco non dirlo",
        "skip",
        "skip this",
        "skip it",
        "skip this one",
        "skip question",
        "pass",
        "next",
        "next question",
        "rather not say",
        "i'd rather not say",
        "prefer not to say",
        "prefer not to answer",
        "rather not answer",
        "rather not",
        "prefer not",
        "prefer not to",
        "rather keep that to myself",
        "i'd rather keep that to myself",
        "keep that to myself",
        *_SKIP_WHOLE_ANSWER_ONLY,
        "i'd prefer not to",
        "rather not to",
        "leave that one out",
        "leave this one out",
        "leave that out",
        "leave this out",
        "leave it out",
        "i'd rather not",
        "not answer",
        "skip ahead",
        "move on",
        "pass on",
        "leave it",
        "leave that",
        "leave this",
        "leave that one",
        "leave this one",
        "leave that question",
        "give it a miss",
        "give that a miss",
        "give that one a miss",
        "i'll pass",
        "i'll leave that",
        "i'll leave it",
        "i'll leave that one",
        "ill leave that one",
        "prefer to skip",
        "i'd prefer to skip",
        "i'd rather skip",
        "rather skip",
        "i'd like to skip",
        "i want to skip",
        "leave blank",
        "leave it blank",
        "leave that blank",
        "leave this blank",
        "leave that out",
        "leave it out",
        "that's private",
        "thats private",
        "that's personal",
        "thats personal",
        "private",
        "personal",
        "no comment",
        "keep that private",
        "keep that to myself",
        "miss it out",
        "miss this out",
        "miss that out",
        "miss this one out",
        "miss that one out",
        "miss this question out",
        "none of your business",
        "that's none of your business",
        "thats none of your business",
        "not your business",
        "mind your own business",
        "next bit",
        "go on to the next bit",
        "on to the next one",
        "go to the next one",
        "go on to the next question",
        "not telling",
        "i'm not telling",
        "im not telling",
        "not saying",
        # in Jamaican Patois
        "mi nah answer dat",
        "mi nah answer that",
        "mi nuh waan answer dat",
        "mi nuh wan answer dat",
        "mi nah seh",
    ],
    NOT_SURE: [
        "not sure",
        *_WHOLE_ANSWER_ONLY,
        *_GEORDIE_NOT_KNOWING,
        *_NOT_UNDERSTOOD,
        # partly, as a whole answer to a yes / no question: "kind of? not really"
        "kind of",
        "sort of",
        "kinda",
        "sorta",
        "im not sure",
        "i'm not sure",
        "i am not sure",
        "unsure",
        "don't know",
        "dont know",
        "i don't know",
        "i dont know",
        "no idea",
        "idk",
        "maybe",
        "dunno",
        "dinnae ken",
        "dinna ken",
        "i dinnae ken",
        "nae idea",
        "not certain",
        "hard to say",
        "can't say",
        "cant say",
        *_SCOTS_NOT_KNOWING,
        "not sure yet",
        "i'm not sure yet",
        "im not sure yet",
        "i am not sure yet",
        "we're not sure yet",
        "we are not sure yet",
        # neither, to a yes / no question ("Is it serious?": "somewhere in between")
        "somewhere in between",
        "somewhere in the middle",
        "in between",
        "no clue",
        "not a clue",
        "unclear",
        "not clear",
        "who knows",
        "beats me",
        "search me",
        "not positive",
        "i'm not positive",
        "im not positive",
        "wouldn't know",
        "wouldnt know",
        "i wouldn't know",
        "i wouldnt know",
        "would not know",
        "no earthly idea",
        "not the foggiest",
        "haven't the foggiest",
        "havent the foggiest",
        "no scooby",
        "not a scooby",
        "haven't a scooby",
        "havent a scooby",
        "couldn't say",
        "couldnt say",
        "your guess is as good as mine",
        "good question",
        "depends",
        "it depends",
        "depends what you mean",
        "i dont no",
        "dont no",
        "i don't no",
        # "I don't know" in Swahili, isiZulu and Afrikaans
        "sijui",
        "angazi",
        "weet nie",
        "ek weet nie",
        # in Jamaican Patois, Hindi and Urdu
        "mi nuh know",
        "mi nuh kno",
        "mi noh know",
        "mi nuh sure",
        "mi nuh too sure",
        "pata nahi",
        "pata nahin",
        "mujhe nahi pata",
        "mujhe pata nahi",
        "mujhe nahin pata",
        # in Nigerian Pidgin
        "i no sure",
        "i no too sure",
        "i no know",
        "i no sabi",
        "me i no sure",
        # in German and Dutch
        "weiss nicht",
        "weiss ich nicht",
        "ich weiss nicht",
        "ich weiss es nicht",
        "keine ahnung",
        "nicht sicher",
        "bin nicht sicher",
        "ich bin nicht sicher",
        "weet niet",
        "weet ik niet",
        "ik weet het niet",
        "ik weet niet",
        "geen idee",
        "niet zeker",
        "ik weet het niet zeker",
        # in French and Italian
        "je ne sais pas",
        "je sais pas",
        "j'sais pas",
        "chais pas",
        "sais pas",
        "aucune idee",
        "pas sur",
        "pas sure",
        "je ne suis pas sur",
        "je ne suis pas sure",
        "je suis pas sur",
        "je suis pas sure",
        "non lo so",
        "non so",
        "boh",
        "non sono sicuro",
        "non sono sicura",
        "nessuna idea",
        # in Tagalog, Haitian Creole and Hebrew
        "di ko alam",
        "di ko po alam",
        "hindi ko alam",
        "hindi ko po alam",
        "ewan ko",
        "ewan ko po",
        "mwen pa konnen",
        "m pa konnen",
        "mwen pa konn",
        "pa konnen",
        "mwen pa si",
        "lo yodea",
        "lo yodaat",
        "ani lo yodea",
        "ani lo yodaat",
        # in Indonesian and Malay, Norwegian, Danish and Swedish
        "tidak tahu",
        "saya tidak tahu",
        "tak tahu",
        "gak tahu",
        "nggak tahu",
        "ga tau",
        "gak tau",
        "nggak tau",
        "entahlah",
        "kurang tahu",
        "vet ikke",
        "jeg vet ikke",
        "ved ikke",
        "jeg ved ikke",
        "vet inte",
        "jag vet inte",
        "vet ej",
        "usikker",
        "osaker",
        "ikke sikker",
        "ikke sikkert",
        "jeg er ikke sikker",
        "inte saker",
        "jag ar inte saker",
        # in Serbian, Bosnian and Croatian
        "ne znam",
        "ja ne znam",
        "ne znam bas",
        "nisam siguran",
        "nisam sigurna",
        "nisam sigurna ne znam",
        *_CEBUANO_AND_FIJIAN_NOT_KNOWING,
        *_ASKED_BACK_NOT_KNOWING,
        # not known yet, where the question is not a yes / no one ("How will you bring it up?")
        "dunno yet",
        "don't know yet",
        "dont know yet",
    ],
    WHY: [
        # in German and Dutch, and typed fast
        "warum",
        "wieso",
        "weshalb",
        "wozu",
        "warum fragen sie das",
        "warum fragst du das",
        "warum wollen sie das wissen",
        "warum willst du das wissen",
        "waarom",
        "waarom wil je dat weten",
        "waarom vraag je dat",
        "waarom vraagt u dat",
        "waarom wilt u dat weten",
        # in French and Italian
        "pourquoi",
        "pourquoi cette question",
        "pourquoi vous demandez ca",
        "pourquoi demandez-vous ca",
        "pourquoi demandez vous ca",
        "pourquoi tu demandes ca",
        "pourquoi c'est necessaire",
        "perche",
        "perche me lo chiedi",
        "perche me lo chiede",
        "perche questa domanda",
        # in Norwegian, Danish, Swedish and Indonesian
        "hvorfor",
        "hvorfor det",
        "hvorfor spor du",
        "hvorfor spor du om det",
        "hvorfor sporger du",
        "varfor",
        "varfor fragar du",
        "kenapa",
        "kenapa tanya",
        "kenapa tanya ini",
        "kenapa tanya itu",
        "kenapa ditanya",
        "mengapa",
        "untuk apa",
        # asked politely
        "may i ask why",
        "may i ask why this is needed",
        "may i ask why that is needed",
        "may i ask why you need this",
        "may i ask why you need to know",
        "can i ask why",
        "can i ask why this is needed",
        "why is this needed",
        "why is that needed",
        "why is this necessary",
        "why is that necessary",
        "why u askin",
        "why you askin",
        "why u asking",
        "how come",
        "why",
        "why do you ask",
        "why are you asking",
        "why do you need this",
        "why do you need to know",
        "why does that matter",
        "what's this for",
        "whats this for",
        "what is this for",
        "why ask",
        "what for",
        "wat for",
        # in Jamaican Patois and Hindi
        "wah yuh need fi know dat fah",
        "wah yuh need fi know dat for",
        "wah yuh need dat fah",
        "wah fah",
        "kyun",
        "kyon",
        *_CEBUANO_WHY,
    ],
    STOP: [
        "stop",
        "cancel",
        "quit",
        "exit",
        "stop this",
        "stop please",
        "please stop",
        "i want to stop",
        "never mind",
        "nevermind",
        "forget it",
        "back to menu",
        "menu",
        "main menu",
        "go back to the menu",
        "go back to the main menu",
        "back to the main menu",
        "take me back to the menu",
        "take me back to the main menu",
        # the start menu is the main menu (found in review: as a start over it differed from "main menu")
        "start menu",
        "back to the start menu",
        "back to start menu",
        "go back to the start menu",
        "take me back to the start menu",
        "take me to the start menu",
    ],
    START_OVER: [
        "start over",
        "empezar de nuevo",  # Spanish
        "volver a empezar",
        "restart",
        "start fresh",
        "start afresh",
        "redo",
        "redo this",
        "do this again",
        "restart the chat",
        "restart the conversation",
        "start the chat again",
        "start the conversation again",
        "reset",
        "start again",
        "begin again",
        "start from the beginning",
        "go back to the beginning",
        "go back to the start",
        "back to the beginning",
        "back to the start",
        "start over again",
        "start all over",
        "start all over again",
        "restart this",
        "start this again",
        "start this over",
        "start from scratch",
        "start again from scratch",
        "start from the top",
        "start again from the top",
        "begin from the beginning",
        "start the whole thing again",
        "start the whole thing over",
        "take me back to the beginning",
        "take me back to the start",
        "from the top",
        "can we do this from the top",
        "do this from the top",
        *_START_OVER_WHOLE_ANSWER_ONLY,
        "from the beginning",
        "from the start",
        "from scratch",
        "first question again",
        "back to question one",
        "back to the first question",
        "back to the very first question",
        "go back to the first question",
        "go back to the very first question",
        "back to the top",
        "go back to the top",
        "do over",
        "do-over",
        "redo everything",
        "redo it all",
        "new go",
        # in German and Dutch
        "von vorne",
        "von vorne bitte",
        "nochmal von vorne",
        "noch mal von vorne",
        "neu anfangen",
        "neu starten",
        "opnieuw beginnen",
        "overnieuw",
        "vanaf het begin",
        "opnieuw starten",
        # in French and Italian
        "recommencer",
        "on recommence",
        "recommencer depuis le debut",
        "reprendre depuis le debut",
        "ricominciare",
        "ricominciamo",
        "ricomincia",
        "da capo",
        "redo the whole thing",
        "start everything again",
        "begin anew",
        "start anew",
    ],
}
_LOOKUP = {phrase: word for word, phrases in _CONTROL_PHRASES.items() for phrase in phrases}

_YES = {
    "yes",
    "y",
    "yeah",
    "yep",
    "yup",
    "yea",
    "ya",
    "yah",
    "sure",
    "correct",
    "right",
    "it is",
    "i do",
    "i have",
    "they do",
    "they have",
    "that's right",
    "thats right",
    "absolutely",
    "definitely",
    "i think so",
    "probably",
    "uh huh",
    "mhm",
    "mm hmm",
    "affirmative",
    "yes indeed",
    "indeed",
    "of course",
    "yes of course",
    "course",
    "certainly",
    "for sure",
    "totally",
    "exactly",
    "true",
    "that's correct",
    "thats correct",
    "you bet",
    "i believe so",
    "believe so",
    "think so",
    "pretty sure",
    "i am",
    "we do",
    "we have",
    "he does",
    "she does",
    "he has",
    "she has",
    "there are",
    "there is",
    "ye",
    "yeh",
    "yis",
    "yas",
    "yse",
    "yss",
    "ys",
    "too right",
    "dead right",
    "spot on",
    "bang on",
    "100",
    "100 percent",
    "100 per cent",
    "a hundred percent",
    "a hundred per cent",
    "one hundred percent",
    # a yes the patient is sorry to give: "I'm afraid so", "sadly so"
    "afraid so",
    "i'm afraid so",
    "im afraid so",
    "i am afraid so",
    "fraid so",
    "sadly so",
    "sadly yes",
    "unfortunately so",
    "unfortunately yes",
    "i fear so",
    # "definitely" shortened or misspelt
    "defo",
    "deffo",
    "def",
    "defs",
    "definately",
    "definatly",
    "definitly",
    "defently",
    # in Spanish, its accent folded, and only as the whole answer ("si es necesario" is "if")
    "si",
    "si si",
    "si gracias",
    "claro que si",
    # in Hindi and Urdu, as the whole answer
    "haan",
    "haan ji",
    "ji haan",
    "han ji",
    # in Swahili and isiZulu, as the whole answer
    "ndio",
    "ndiyo",
    "yebo",
    # in French and Italian, as the whole answer
    "oui",
    "ouais",
    "oui merci",
    "si grazie",  # ("si" is with the Spanish)
    # in Tagalog ("oo", and "opo" said politely) and Haitian Creole, as the whole answer
    "oo",
    "oo po",
    "opo",
    "wi",
    "wi mesi",
    # in Indonesian and Malay, and in Norwegian, Danish and Swedish, as the whole answer ("ja" is read as a
    # leading word with the German)
    "iya",
    "iya betul",
    "ya betul",
    "betul",
    "ja takk",
    "ja tak",
    "ja tack",
    # in Serbian, Bosnian and Croatian, as the whole answer
    "da",
    "da imam",
    "da ima",
    "da ja",
    "jeste",
    *_FIJIAN_AND_CEBUANO_YES,
}
_NO = {
    "no",
    "n",
    "nope",
    "nah",
    "naw",
    "na",
    "nae",
    "no ta",
    "nah thanks",
    "not really",
    "no it isn't",
    "no it's not",
    "it isn't",
    "i don't",
    "i haven't",
    "they don't",
    "they haven't",
    "definitely not",
    "i don't think so",
    "i dont think so",
    "not at all",
    "absolutely not",
    "certainly not",
    "of course not",
    "definitely no",
    "nothing like that",
    "nothing of the sort",
    "negative",
    "no way",
    "nay",
    "none",
    "nothing",
    "nada",
    "no thanks",
    "no thank you",
    "not really no",
    "there aren't",
    "there isn't",
    "there are none",
    # in Hindi and Urdu, as the whole answer
    "nahi",
    "nahin",
    "nahi ji",
    "ji nahi",
    # in Swahili ("no", "no thank you") and Afrikaans, as the whole answer
    "hapana",
    "hapana asante",
    "nee",
    "nee dankie",
    # in German and Dutch, as the whole answer
    "nein",
    "nein danke",
    "nee dank je",
    "nee bedankt",
    # in French and Italian, as the whole answer
    "non",
    "non merci",
    "no grazie",
    # in Tagalog, said politely ("hindi" alone may ask for the Hindi language), Haitian Creole ("non" is with
    # the French) and Hebrew, as the whole answer
    "hindi po",
    "hindi naman",
    "hindi naman po",
    "non mesi",
    "lo toda",  # (not "lo" alone, a slip for "lol")
    # in Indonesian and Malay, and in Norwegian, Danish and Swedish, as the whole answer
    "tidak",
    "tidak ada",
    "tidak terima kasih",
    "gak",
    "nggak",
    "enggak",
    "bukan",
    "nei",
    "nei takk",
    "nej",
    "nej tak",
    "nej tack",
    *_CEBUANO_AND_FIJIAN_NO,
}
# More ways to say no to a form's question, kept out of what answers a safety check-in (plain_yes_no):
# hedges such as "not as such" must not close "are you thinking about ending your life?".
_NO_TO_A_QUESTION = _NO | {
    # a no that once was a yes: "Not anymore, I stopped the tablets in spring", and in Cebuano
    *_CEBUANO_NOT_YET_OR_ANY_MORE,
    "not anymore",
    "not any more",
    "not any longer",
    "no longer",
    # in Serbian, Bosnian and Croatian, the whole answer to a form's question (not "ne" alone: the Greek yes)
    "ne hvala",
    "ne nema",
    "nema",
    "nemam",
    "ne nemam",
    "nije",
    "ne nije",
    "nopes",
    "nop",
    "no chance",
    "not a chance",
    "nuh uh",
    "nuh-uh",
    "uh uh",
    "not as such",
    "sadly no",
    "sadly not",
    "afraid not",
    "i'm afraid not",
    "unfortunately not",
    "unfortunately no",
    "defo not",
    "deffo not",
    "definately not",
    # in French
    "non",
    "non merci",
    # nothing of the kind needed, as the whole answer: "not needed, thanks" for "is surgery planned in the
    # next few days?" (not "not needed, she already has one")
    "not needed thanks",
    "not needed thank you",
    "no need thanks",
    "no need thank you",
}


@dataclass(frozen=True)
class FreeText:
    """A free-text answer: ``value`` to keep, or ``problem`` to tell the patient kindly."""

    value: Optional[str]
    problem: Optional[str] = None


# Every short answer the forms read by its words alone: the closed vocabulary of yes / no and control words.
CONTROL_ANSWERS = frozenset(_LOOKUP) | frozenset(_YES) | frozenset(_NO_TO_A_QUESTION)


# "know" with its letters slipped, as typed on a phone: "i dont kno", "don't knw".
_KNOW_MISTYPED = re.compile(r"\b(?:kno|knw|knoe|nkow|konw|kown|knwo|knoiw)\b")


def _short_answer(text: str) -> str:
    """An answer as the short-answer vocabulary reads it: normalised, without surrounding quotes, and
    "know" spelt out when its letters slipped."""
    return _KNOW_MISTYPED.sub("know", normalise(text).strip(" '"))


def control_answer(text: str) -> Optional[str]:
    """The vocabulary's own phrase when the whole answer is one of :data:`CONTROL_ANSWERS` ("Yeah." is
    "yeah"), else None. A phrase of this closed list is never the patient's own words."""
    clean = _short_answer(text)
    return clean if clean in CONTROL_ANSWERS else None


# Words around a control word or a yes / no that change nothing: "um, skip please", "I'll pass on that one",
# "no idea tbh". Only these closed lists are taken off, and what is left must be a whole phrase of the
# vocabulary, so the patient's own words ("I want to stop feeling ignored") are never read as a control word.
# Where the patient's own words are the answer, only fillers and requests put to the bot come off the front
# ("um, can we skip this one", "let's start over"): "I want to move on" and "I'd like to start afresh" are
# what they want from their care, not a skip or a start over. On a question with buttons, more (_LEADS).
_TO_THE_BOT = (
    # asking leave to skip ("mind if I skip this"), before "ok" on its own
    r"(?:(?:do you |would you )?mind if (?:i|we)|is it (?:ok|okay|alright|all right|fine) if (?:i|we)|"
    r"(?:ok|okay|alright) if (?:i|we))(?= (?:skip|pass|leave|miss|give)\b)|"  # to skip only: not "if I stop"
    r"(?:just )?curious|out of curiosity|quick question|"
    r"please|pls|plz|kindly|ok|okay|um+|uh+|erm+|hmm+|oh|ah|eh|och|oops|well|sorry|just|honestly|actually|wait|"
    r"hang on|before (?:i|we) answer(?: (?:that|this|you))?|"
    r"out of interest|just wondering|(?:can you |could you |please )?explain|"
    r"can we|could we|can i|could i|let's|lets|(?:scrap|forget|cancel) (?:that|this|it|all that)(?: and)?"
)
_FILLERS = re.compile(rf"^(?:{_TO_THE_BOT}) ")
_LEADS = re.compile(
    rf"^(?:{_TO_THE_BOT}|maybe|can you|could you|i want to|i wanna|i'd like to|id like to|"
    r"i would like to|i'd rather|i would rather|would rather|i'd prefer to|id prefer to|i would prefer to|"
    r"i prefer to|"
    r"prefer to|"
    r"i'd|i would|i'll|ill|i will|let me) "
)
# "can I ask why this matters before I answer?": a tail that comes off an answer (_TAILS), only the whole one
_BEFORE_ANSWERING_WORDS = r"before (?:i|we) (?:answer|reply|respond)(?: (?:that|this|it|you))?"
_TAILS = re.compile(
    # "po", the Filipino courtesy: "why po", "skip po"
    r" (?:please|pls|plz|po|thanks|thank you|ta|cheers|tbh|honestly|really|now|for now|then|again|"
    r"this one|that one|"
    r"this|that|it|on this one|on that one|on this|on that|on it|this question|that question|"
    r"from the top|from the beginning|from the start|from scratch|for sure|to be honest|indeed|"
    r"if you don't mind|if you dont mind|if it's all the same to you|if its all the same to you|"
    rf"{_BEFORE_ANSWERING_WORDS})$"
)
# ... and it ends a whole answer only: "can I ask why this matters before I answer, he's got a knife" is asked
# again (_only_whole).
_BEFORE_ANSWERING = re.compile(rf" {_BEFORE_ANSWERING_WORDS}$")
# "I'd rather not get into that", "don't want to answer that": a skip in words.
_SKIP = re.compile(
    r"^(?:i'd |i would |i |id |i'm |im |i am )?(?:really )?(?:rather not|prefer not|prefer don't|prefer dont|"
    r"prefer no|don't want|dont want|"
    r"do not want|would rather not|not comfortable|not ready|not|won't|wont|will not|not going to|not gonna|"
    r"refuse to)(?: to)? (?:say|saying|answer|answering|"
    r"get into|getting into|go into|going into|share|sharing|talk about|talking about|discuss|discussing|"
    r"disclose|disclosing|divulge|"
    r"tell you|telling you)(?: (?:that|this|it|this one|that one|right now|now|here|yet))*$"
    # "not something I want to share", "that's not something I'm comfortable sharing"
    r"|^(?:that's |thats |that is |it's |its |it is )?not (?:something|a thing|anything) (?:i|we)"
    r"(?:'d| would|'m| am)? (?:really )?"
    r"(?:want|like|wanna|care|feel comfortable|comfortable|happy|prepared|ready)"
    r"(?: to)? (?:say|share|sharing|answer|answering|discuss|discussing|talk about|talking about|go into|"
    r"get into|disclose|disclosing)(?: (?:here|now|right now|online|yet))?$"
    # "none of your business lol", "mind your own business"
    r"|^(?:that's |thats |that is |it's |its |it is )?"
    r"(?:none of your|none of ur|nun of ur|mind your own|mind ur own) (?:damn |bloody )?business"
    r"(?: (?:lol|haha|ha|tbh|mate))?$"
)
# What turns a first clause round: "No, but my husband does", "Yes, although not every day".
# The words that turn what came before round, in English, Spanish, German, Dutch, French, Italian and
# Indonesian.
_BUT = (
    r"but|although|though|except|pero|aunque|aber|ausser|maar|behalve|mais|sauf|pourtant|enfin|tranne|"
    # in Indonesian and Malay (not the Scandinavian "men", an English word: "yes, men's clinic")
    r"tapi|tetapi"
)
_TURNS = re.compile(rf"\b(?:{_BUT}|however)\b")
# "Why are you asking?" in its many shapes: about the question, never about the patient's care.
_WHY = re.compile(
    r"^(?:"
    r"why (?:do|would|did|does) (?:you|u) (?:need|want|ask|require)(?: to know)?"
    r"(?: (?:that|this|it|me that|me this|those|these|my))?(?: (?:info|information|answer|details?|bit))?"
    r"|why (?:do|would) (?:you|u) (?:want|need) to know (?:[\w']+ ?){1,8}"
    r"|why ask(?: me)?(?: about| for| if| whether| who| what)? (?:[\w']+ ?){1,5}"
    r"|how (?:will|would|do|are) (?:you|u)(?: going to)? use (?:that|this|it|my|the)(?: \w+)?"
    # "how will this information be used?"
    r"|how (?:will|would|is|are) (?:that|this|it|my|these|those)"
    r"(?: information| info| answers?| details?| data)? (?:be )?used"
    # "why is that important for the next step", "why must I answer this"
    r"|why(?: is|'s| s|s) (?:that|this) (?:important|needed|relevant|necessary) (?:for|to) (?:[\w']+ ?){1,5}"
    r"|why (?:must|should|do|would) (?:i|we) (?:answer|tell you|say)(?: (?:that|this|it))?"
    # the bot's own words for the question: "why does it need to be in my own words"
    r"|why (?:does|do|must|should|has|would) (?:it|this|that|the answer|my answer|this answer) "
    r"(?:need to|have to|got to|gotta) be in my own words|why (?:in )?my own words"
    # "why would pending tests matter", "why does my insurance matter", "why do I have to answer that"
    r"|why (?:would|does|do|should) (?:my |the |these |those |any )?[\w']+(?: [\w']+)? matter"
    r"|why (?:do|must|should) (?:i|we) (?:have|need) to (?:answer|say|tell you)(?: (?:that|this|it))?"
    # "what are you asking that for", in Caribbean English "wha yuh asking dat for"
    r"|(?:what|wha|wah|whah)(?: are| r)? (?:you|u|yuh|ya|yu) (?:asking|ask|want(?: to)? know|wanna know|"
    r"need(?: to)? know) (?:that|this|dat|dis|it) for"
    # the bot as "it": "why is it asking me this", "why does it ask that"
    r"|why (?:is|does|did|would)(?: it| the bot| this bot| the chat| this chat| the app| this app) "
    r"(?:ask|asking)(?: me)?(?: (?:this|that|about (?:this|that|it)|(?:this|that|these) questions?))?"
    # "what does my insurance have to do with it"
    r"|what (?:does|do|has|have) (?:my|the|this|that|their|our) (?:insurance|health plan|plan|medicines?|"
    r"medication|meds|answers?|role|treatment|age) (?:have|got) to do with (?:it|this|that|anything)"
    # "do I have to answer that?", "Do I have to answer? why?", asked of the bot's question (not "Do I have to
    # answer, I'd rather not say", a skip)
    r"|(?:do|must) (?:i|we) (?:have|need) to answer (?:that|this|it)(?: one| question)?"
    r"|(?:do|must) (?:i|we) (?:have|need) to answer(?: (?:that|this|it))?(?: and| but)? why"
    r"|must (?:i|we) answer(?: (?:that|this|it))?(?: one| question)?"
    r"|what(?:'s| is| s|s) (?:this|that|the) question for"
    r"|why (?:are|r) (?:you|u) asking(?: me)? (?:about|for) (?:[\w']+ ?){1,5}"
    r"|what (?:will|would|do|are) (?:you|u) (?:do|doing|going to do) with (?:that|this|it|my)(?: \w+)?"
    r"|(?:(?:i'm |im |i am )?(?:just )?(?:curious|wondering|asking) )?why (?:are|r) (?:you|u) asking"
    r"(?: (?:that|this|me that|me this|me))?"
    r"|(?:(?:i'm |im |i am )?(?:just )?(?:curious|wondering) )?why (?:you're|youre|you are|ur|u r) asking"
    r"(?: (?:that|this|me that|me this|me))?"
    r"|why (?:does|would|do|should) (?:that|this|it) matter(?: for(?: [\w']+){1,3})?"
    r"|why(?:'s|s| s) (?:that|this|it) matter"  # "whys that matter"
    # "what's the reason for asking", "what is the reason behind this question"
    r"|(?:what(?:'s| is| s|s) )?(?:the )?reason (?:for|behind) (?:asking|(?:this|that|the) question)"
    r"(?: (?:that|this|me))?"
    r"|why (?:does|would) it matter (?:who|what|whether|if|how|when|which)(?:'s)?(?: [\w']+){1,5}"
    # about what the question asks: "why does it matter if I have a new doctor already"
    r"|why (?:does|would) it matter (?:if|whether) (?:i|we|they|he|she|i've|ive|we've|they've|he's|she's) "
    r"(?:already )?(?:have|has|had|got|take|takes) (?:a |an |any )?"
    r"(?:new |other |another |different |daily )?"
    r"(?:doctor|clinician|gp|one|medicines?|meds|tablets|insurance|health plan|results?|tests?|referrals?)"
    r"(?: already| yet| lined up)?"
    r"|what(?:'s| is| s|s)? the point (?:of|in) (?:this|that|the|these|those) "
    r"(?:question|questions|one|bit|q|qs|qn|ques)"  # "whats the point of this q"
    r"|why(?: is|'s|s| s) (?:that|this|it) (?:needed|required|important|relevant|necessary|asked|here)"
    r"|why(?: is|'s|s| s) (?:that|this) relevant (?:to|for) (?:[\w']+ ?){1,5}"
    # what the question asks about, in its own words: "why is my insurance relevant", "why are my medicines
    # needed" (not a medical question about one of them: "why is the biopsy necessary?")
    r"|why (?:is|are) (?:my|our|his|her|their|the|this|that|these|those) "
    r"(?:insurance|health insurance|health plan|plan|answers?|role|age|details|info|information|medicines?|"
    r"medications?|meds|tests?|test results|results?|referrals?) "
    r"(?:relevant|needed|required|important|necessary)"
    r"|(?:i'm |im |i am )?not sure why (?:that|this|it)(?:'s| is| s|s) "
    r"(?:needed|required|important|relevant|necessary)"
    # "I don't see why that matters", "i don't understand why that matters"
    r"|(?:i )?(?:don't|dont|do not) (?:see|understand|get) why (?:that|this|it)(?: question)?"
    r"(?: matters| is needed| is important| is relevant|(?:'s|s) (?:needed|important|relevant)"
    # "I do not understand why this question is asked"
    r"| (?:is|was) (?:being )?asked| (?:is|was) (?:being )?asked (?:of )?(?:me|us))"
    r"|(?:i )?(?:don't|dont|do not) (?:see|understand|get) why (?:you|u) (?:need|want|ask|are asking)"
    r"(?: to know)?(?: (?:that|this|it|me that|me this))?"
    # in Nigerian Pidgin: "why you dey ask me this one"
    r"|why (?:you|u) (?:dey )?(?:ask|asking|need|want)(?: me)?(?: (?:this|that)(?: one| question)?)?"
    r"|(?:(?:can|may|could) i )?ask why (?:you|u) (?:need|want|ask)(?: to know)?(?: (?:that|this|it))?"
    # "may I know why this is asked" (asked of the bot: not "I'd like to know why it was necessary")
    r"|(?:can|may|could) i (?:please )?know why (?:this|that)(?: question)? (?:is|'s|s) (?:being )?"
    r"(?:asked|needed|required|important|relevant|necessary)"
    r"|why (?:is )?this question(?: here)?"
    r"|why(?: is|'s| s|s)? (?:that|this)(?: one| bit)?"  # "why's that", "whys that", "why this"
    # "kindly tell why this is needed", "tell me why that's important"
    r"|(?:tell|explain)(?: (?:me|us))? why (?:that|this)(?: question)?(?:'s| is| s|s)? "
    r"(?:needed|required|important|relevant|necessary|asked)"
    r"|ask why (?:that|this)(?: question)?(?:'s| is| s|s)? "
    r"(?:matters|needed|required|important|relevant|necessary)"
    # in learner's English: "for what you ask this?"
    r"|for what (?:do )?(?:you|u) (?:ask|need|want)(?: (?:this|that|it|me this|me that))?"
    # "why do you need my doctor's role"
    r"|why (?:do|would|did|does) (?:you|u) (?:need|want) (?:my|the|their|his|her|our) (?:[\w']+ ){0,2}"
    r"(?:role|name|age|answer|answers|details|info|information)"
    r"|(?:what(?:'s| is) )?(?:the )?purpose of (?:this|that|the) question"
    # "I would like to know the purpose of this question before I answer"
    r"|(?:i would|i'd|can i|could i|may i) (?:like to )?know (?:the )?(?:purpose|reason)"
    r"(?: of| for| behind)? (?:this|that|the) question(?: before i answer)?"
    r"|why ask(?: that| this| me that| me this)?"
    r"|what (?:do|would|did) (?:you|u) need (?:that|this|it) for"
    r"|what(?:'s| is| s) (?:that|this|it) f(?:o|u)r"  # "whit's that fur" in Scots
    # in Spanish: "¿por qué pregunta eso?"
    r"|por que(?: me)?(?: (?:pregunta|preguntas|pregunto|necesita|necesitas|quiere saber|quieres saber))?"
    r"(?: (?:eso|esto))?"
    r"|(?:is|does) (?:that|this|it)(?: question)? (?:relevant|necessary|needed|important|matter)"
    # "how does knowing that help?", "how will me telling you this help"
    r"|how (?:does|will|would|is|can) (?:(?:me |my )?(?:knowing|telling you|answering|saying) )?"
    r"(?:that|this|it) (?:help|helping|relevant)(?: me| us| you(?: (?:to )?help (?:me|us))?)?"
    r"|what(?:'s| has| does| s| is)? (?:that|this|it) (?:got )?(?:to do|have to do) with"
    r" (?:anything|it|this|that|me)"
    r"|how(?: is|'s| s| would| will| does)? (?:that|this|it) (?:be )?(?:relevant|important|needed|necessary)"
    r"(?: (?:to|for) (?:[\w']+ ?){1,5})?"
    r")$"
)
# Not understanding why the bot asks about what its question names ("I don't understand why you ask about
# health plan"): why, as the whole answer only (not "I don't get why you ask about insurance, he takes all my
# money", asked again).
_ASKED_ABOUT = (
    r"(?:my |the |a |our )?(?:health plan|health insurance|insurance|plan|medicines?|medications?|meds|"
    r"tests?|test results|results|referrals?|role|emergency|new (?:doctor|clinician|gp))"
)
_WHY_ABOUT_WHAT_IT_ASKS = re.compile(
    rf"^(?:i )?(?:don't|dont|do not) (?:see|understand|get) why (?:you|u) (?:ask|are asking)(?: me)? about "
    rf"{_ASKED_ABOUT}$"
    # "what difference does it make who ends it", "...whether they ended it or I did", as the whole answer
    # only (not "what difference does it make who ends it, I won't be here")
    r"|^what difference does (?:that|this|it) make(?: (?:who|what|whether|if|how|which)(?: [\w']+){1,5})?$"
    r"|^what difference does (?:that|this|it) make (?:whether|if|who|that) (?:they|he|she|the (?:doctor|gp|"
    r"practice|clinic|surgery)) (?:ended|ends|end) (?:it|things|the care|my care) or (?:i|we) (?:did|do)$"
    # "why does my health plan matter here" (not "does my life even matter here")
    rf"|^why (?:does|do|would) {_ASKED_ABOUT} (?:even )?matter here$"
    rf"|^(?:why )?(?:is|are) {_ASKED_ABOUT} relevant here$"
    # "why do I need a new doctor lined up first"
    r"|^why (?:do|would|should|must) (?:i|we) (?:need|have) (?:to have )?(?:a |my |the )?"
    r"new (?:doctor|clinician|gp) lined up(?: first)?$"
    # pool v48's shapes, as the whole answer only ("wah mek yuh ask dat, him beat mi" is asked again): "what
    # makes you ask that", in Jamaican English "wah mek yuh ask dat"; "just curious why you'd need to know
    # that"; the bot as "it", "why's it asking me this"; "do i have to answer, what's it for"; "ngl" or "tbh"
    # before a why
    r"|^(?:what|wha|wah|wat|whah|weh) (?:makes|make|mek|meks) (?:you|u|yuh|yu|ya) "
    r"(?:ask(?: me)?|want to know|wanna know|waan know)(?: (?:that|this|dat|dis|it))?$"
    r"|^why (?:you'd|youd|you would) (?:need|want) to know(?: (?:that|this|it))?$"
    r"|^why(?:'s|s| s) (?:it|the bot|this bot|the chat|this chat|the app|this app) (?:ask|asking)(?: me)?"
    r"(?: (?:this|that|about (?:this|that|it)|(?:this|that|these) questions?))?$"
    r"|^(?:do|must) (?:i|we) (?:have|need) to answer(?: (?:that|this|it))? "
    r"what(?:'s| is| s|s) (?:it|this|that) for$"
    r"|^(?:ngl|tbh|tbf|to be honest|to be fair|not gonna lie) "
    r"(?:(?:i'm |im |i am )?not sure why (?:that|this|it)(?:'s| is| s|s) "
    r"(?:needed|required|important|relevant|necessary)|why ask(?: that| this| me that| me this)?)$"
)
# Asking why in words the list above does not hold ("is there a reason you're asking?", "how will this
# answer change things"): a short question with a word for a reason and a word for the bot's asking or its
# question. Not a clinician's question ("why did the doctor ask that question").
_WHY_SHAPE = re.compile(r"^(?:why|what|whats|what's|how|is|does|do|can|could|may|will|would|and|but|so)\b")
_WHY_REASON = re.compile(
    r"\b(?:why|how come|reason|relevant|relevance|point|purpose|matter|matters|change|changes|affect|affects|"
    r"difference|"
    r"help|helps|use|for|do with|doing with)\b"
)
_WHY_ASKING = re.compile(
    r"\b(?:you(?:'re| are|re|r)?|u) (?:ask|asking|asked|need|want|wanting|needing|care)\b"
    # the bot as "it" ("why does it need to know"), and what the bot will say ("change what you tell me")
    r"|\b(?:it|this|the bot|this bot|the chat|this chat|the app|this app|the system) "
    r"(?:need|needs|want|wants) to know\b|\bchange what (?:you|u) (?:tell|say|suggest|recommend|show|give)\b"
    r"|\b(?:this|that|the|these|those|your) (?:question|questions|answer)\b"
    r"|\bmy answers? (?:change|changes)\b"  # "how will my answer change things"
    # what the bot will give: "how will that change your advice"
    r"|\b(?:change|changes|affect|affects|alter) your (?:advice|answer|answers|suggestions?|"
    r"recommendations?|checklist|script|reply)\b"
    r"|^(?:how|why) (?:is|will|would|does|could) (?:that|this)(?: going to| gonna)? "
    r"(?:change|make|matter)(?: (?:anything|things|a difference|any difference))?$"
)
_SOMEONE_ELSE = re.compile(
    r"\b(?:he|she|they|doctor|gp|nurse|dr|surgeon|consultant|therapist|specialist|clinician|practice|clinic|"
    r"surgery|hospital|receptionist)\b"
)
_WHY_MAX_WORDS = 10
# "what's" typed without its apostrophe ("whats that got to do with anything"), or in Scots ("whit's that
# for")
_WHATS = re.compile(r"\b(?:whats|whit's|whits)\b")
_LIKE_TAG = re.compile(r" like$")  # the Northern English tag, for why only: "why's that relevant like"
_Y_FOR_WHY = re.compile(r"^y (?=(?:do|does|did|would|are|r|is|ask)\b)")  # "y do u need that"


def _asks_why(clean: str) -> bool:
    return (
        len(clean.split()) <= _WHY_MAX_WORDS
        and bool(_WHY_SHAPE.match(clean) and _WHY_REASON.search(clean) and _WHY_ASKING.search(clean))
        and not _SOMEONE_ELSE.search(clean)
    )


# Back to the first question in other words: "can we go back to the very first question".
_BACK_TO_THE_START = re.compile(
    r"^(?:go |going |take me |get me |bring me )?back to (?:the )?(?:very )?"
    r"(?:(?:first|1st|beginning|start|top)(?: question| step| bit| page)?|question (?:one|1))$"
)
# Starting over asked of the bot, whatever reason follows: "can I start again I picked the wrong thing".
_START_OVER_ASKED = re.compile(
    r"^(?:can|could|may) (?:i|we|you) (?:please |pls )?(?:restart|start over|start again|start afresh|"
    r"start (?:this|it|that) (?:again|over)|start from scratch|begin again|"
    r"go back to the (?:start|beginning))"
    r"(?:$| (?:i|i've|ive|i'm|im|as|because|cos|coz|since|sorry) |"
    r" for (?:my|our) \w+ instead$)"  # "can I start this again for my mum instead"
    # the chat's top, which a patient's own story never starts from: "I want to start from the top"
    r"|^(?:i want to|i wanna|i'd like to|id like to|i would like to|let's|lets) (?:start|begin)"
    r"(?: (?:this|it|again|over))? from the (?:very )?top$"
    # "I want to redo this from scratch"
    r"|^(?:i want to|i wanna|i'd like to|id like to|i would like to|let's|lets|can i|can we|could we) "
    r"(?:redo|re-do|do) (?:this|it|the whole thing|all of this)(?: again)? "
    r"from (?:scratch|the (?:start|beginning))$"
    # "let me redo this": redoing is of the chat, never of care
    r"|^(?:let me|let's|lets|can i|can we|could i|could we|i want to|i wanna|i'd like to|id like to) "
    r"(?:redo|re-do|re do) (?:this|this bit|the whole thing|all of this|it all|my answers)(?: again)?$"
    # "can I have another go from the first question?"
    r"|^(?:can|could|may) (?:i|we) (?:have|get|take) (?:another|a new|a fresh) go from "
    r"(?:the (?:first question|start|beginning|top)|question (?:one|1))$"
)
# "I want to start again" before the mistake that is its reason, with or without a comma: "i want to
# start again i clicked the wrong one" (_CHAT_MISTAKE), and on a question with buttons, said more loosely,
# "i want to start again i made a mistake" (_A_MISTAKE; where the patient's own words are the answer, that
# may be said of the care).
_START_AGAIN = re.compile(
    r"^(?:i want to|i wanna|i'd like to|id like to|i would like to) "
    r"(?:restart|start over|start again|begin again)(?: please| pls)?,? "
)
_A_MISTAKE = re.compile(
    r"^(?:i|i've|ive) (?:made a mistake|messed (?:it |that )?up|got (?:it|that|one) wrong)$"
)
# A mistake made in this chat, given as the reason for starting over: "I want to begin again, I answered
# wrong" is about the chat, where "I want to start again" alone may be a wish about care.
_CHAT_MISTAKE = re.compile(
    r"^(?:i|i've|ive|i have|sorry i)(?: just)? "
    r"(?:answer|answered|put|typed|clicked|picked|pressed|chose|chosen|"
    r"selected|hit)(?: (?:the|a|that|it|one))? wrong(?: (?:one|button|option|answer|answers|thing|choice))?$"
    r"|^wrong (?:answer|button|option)$"
)
# What the patient came for, or an explanation asked for, given after asking why: "Why? I just want help with
# what to say" and "I do not understand why this question is asked. Please explain" object to the question,
# where "Why! He just dismissed me again" answers it.
_ONLY_WANT_HELP = re.compile(
    r"^(?:i|we) (?:just|only) (?:want|need) (?:some )?(?:help|advice)(?: with what to say| from you| here)?$"
    r"|^(?:i|we) (?:just|only) (?:want|need) to know what to say$"
    # "I do not understand why this question is asked. Please explain."
    r"|^(?:please |pls |kindly |can you |could you )?explain(?: (?:please|pls|it|that|this|to me|why))?$"
)
# Letters held down ("yesss", "noo", "skiiip"): an answer not read as typed is read again with each run of
# three or more letters, and a double letter ending a word, made one.
_HELD_DOWN = re.compile(r"(\w)\1{2,}|(\w)\2\b")


def _unstretched(text: str) -> str:
    return _HELD_DOWN.sub(lambda m: m.group(1) or m.group(2), text or "")


# Not knowing whether, however long what follows is: "I don't know if they're still waiting on results".
_UNSURE_WHETHER = re.compile(
    r"^(?:(?:i|we) )?(?:honestly |really |genuinely |just )?(?:don't|dont|do not|can't|cant|cannot) "
    r"(?:really )?(?:know|tell|remember|say|recall) (?:if|whether)\b"
    r"|^(?:(?:i'm|im|i am|we're|we are) )?(?:not|un)(?: really| entirely| totally| quite| 100)? ?sure "
    r"(?:if|whether)\b"
    r"|^(?:no idea|not certain|unclear|no clue) (?:if|whether)\b"
)


def _stripped(clean: str, own_words: bool = False) -> List[str]:
    """The answer, then the answer with each leading or trailing word of the closed lists taken off in
    turn, longest first ("let's start again please", "start again please", "start again", "start").
    For a question in the patient's own words only fillers ("um", "please") come off the front."""
    stages = [clean]
    leads = _FILLERS if own_words else _LEADS
    while True:
        shorter = leads.sub("", stages[-1])
        shorter = shorter if shorter != stages[-1] else _TAILS.sub("", shorter)
        if shorter == stages[-1] or not shorter:
            return stages
        stages.append(shorter)


def control_word(text: str, own_words: bool = False) -> Optional[str]:
    """``skip``, ``not_sure``, ``why``, ``stop`` or ``start_over`` if the whole answer is one of those.

    Also when its first clause is and the rest does not turn it round, and, for a start over, when its
    last clause is ("Start again, I got muddled"; "I picked the wrong option, can I start over?"). Where
    the patient's own words are the answer (``own_words``), a first clause counts only for a start over:
    "Why! He just dismissed me again" and "Maybe, he seemed in a hurry" are answers there.
    """
    if (text or "").strip() and not (text or "").strip().strip("?"):
        return NOT_SURE  # a bare "?" to a question: the patient cannot say
    if _short_answer(text) in _WHY_WHOLE_ANSWER_ONLY:
        return WHY
    word = _control_word(text, own_words)
    unstretched = _unstretched(text)
    word = word if word is not None or unstretched == text else _control_word(unstretched, own_words)
    trailing = _TRAILING_OFF_ONE_CLAUSE.search(text or "")
    if word is None and trailing and len(_split_clauses(text[: trailing.start()])) == 1:
        # only the closed lists' phrases: "why ask me this when im cutting again haha" is not why
        return _stages_word(_short_answer(text[: trailing.start()]), own_words, open_why=False)
    return word


def _only_whole(clause: str) -> bool:
    """Whether a clause is one of the phrases read only as the whole answer, with any words of the closed
    lists around it ("honestly what does it matter who ends it", "i don't understand the question tbh")."""
    clean = _short_answer(clause)
    asked = _IF_THATS_OK.search(clean)  # "let's do that again if that's ok, he's here"
    clean = clean[: asked.start()] if asked else clean
    if _BEFORE_ANSWERING.search(clean):
        return True
    return any(
        stage in _READ_ONLY_WHOLE or _WHY_ABOUT_WHAT_IT_ASKS.match(stage) for stage in _stripped(clean)
    )


def _control_word(text: str, own_words: bool) -> Optional[str]:
    clean = _short_answer(text)
    word = _whole_control_word(clean, own_words)
    if word is not None:
        return word
    parts = _split_clauses(text)
    if len(parts) > 1:  # every clause the same control word: "Is that necessary? Why?"
        words = {_whole_control_word(_short_answer(part), own_words) for part in parts}
        if len(words) == 1 and None not in words:
            return words.pop()
    if _START_OVER_ASKED.match(clean) and not _TURNS.search(clean):
        return START_OVER
    again = _START_AGAIN.match(clean)
    slip = clean[again.end() :].rstrip(".!") if again else ""
    if _CHAT_MISTAKE.match(slip) or (not own_words and _A_MISTAKE.match(slip)):
        return START_OVER
    first, rest = clauses(text)
    if rest and not _TURNS.search(rest) and not _only_whole(first):
        word = _whole_control_word(first, own_words)
        if word == STOP and _NOT_THEM.match(rest) and re.match(r"(?:i|we)\b", first):
            return None  # "I want to stop, not them": who ends the care, not the chat (not "stop, not him")
        if own_words and word is None and _CHAT_MISTAKE.match(rest):
            word = _whole_control_word(first)  # "I want to begin again please, I answer wrong"
        if own_words and word == WHY and _ONLY_WANT_HELP.match(rest):
            return WHY  # "Why? I just want help with what to say"
        if own_words and word != START_OVER:
            word = None  # "Maybe, he seemed in a hurry" is an answer; "Start again, I got muddled" is not
    if word is None and rest and not _TURNS.search(first) and not _only_whole(parts[-1]):
        last = _whole_control_word(_short_answer(parts[-1]), own_words)
        # "I picked the wrong option, can I start over?"; on a question with buttons, "that's private, skip"
        word = last if last == START_OVER or (last == SKIP and not own_words) else None
    return word


# Someone else set against the patient after a stop the patient wants: "I want to stop, not them".
_NOT_THEM = re.compile(
    r"^not (?:them|him|her|the (?:doctor|gp|practice|clinic|clinician|surgery|specialist|therapist))[.!]?$"
)


# Asking leave after a skip: "I'll skip that if that's ok". Only after a skip, a stop or a start over: "not
# sure if that's ok" is a worry in the patient's own words.
_IF_THATS_OK = re.compile(
    r" if (?:that's|thats|that is|it's|its|it is|that's all|thats all) (?:ok|okay|alright|all right|fine)$"
)


def _whole_control_word(clean: str, own_words: bool = False) -> Optional[str]:
    asked = _IF_THATS_OK.search(clean)
    if asked:
        word = _whole_control_word(clean[: asked.start()], own_words)
        return word if word in (SKIP, STOP, START_OVER) else None
    return _stages_word(clean, own_words)


def _stages_word(clean: str, own_words: bool, open_why: bool = True) -> Optional[str]:
    """The control word of the answer or of one of its stages (:func:`_stripped`): a closed list's phrase, why
    in its open shapes (unless ``open_why`` is False), back to the start, or a skip in words."""
    for stage in _stripped(clean, own_words):
        if stage in _LOOKUP:
            return _LOOKUP[stage]
        if open_why:
            # "whats" and a leading "y" spelt out; every reading of why matches the spelt-out words too
            spelt = _Y_FOR_WHY.sub("why ", _WHATS.sub("what's", _LIKE_TAG.sub("", stage)))
            if _WHY.match(spelt) or _asks_why(spelt) or _WHY_ABOUT_WHAT_IT_ASKS.match(spelt):
                return WHY
        if _BACK_TO_THE_START.match(stage):
            return START_OVER
        if _SKIP.match(stage):
            return SKIP
    return None


_CLAUSE_BREAK = re.compile(r"\s*[,.;:!?\u2014\u2013]+\s*|\s+-+\s+")


def _split_clauses(text: str) -> List[str]:
    return [part for part in _CLAUSE_BREAK.split((text or "").strip()) if part.strip()] or [""]


def clauses(text: str) -> Tuple[str, str]:
    """An answer's first clause, normalised, and the rest ("" when there is one clause): "me. they don't
    know yet" is ("me", "they don't know yet")."""
    parts = _CLAUSE_BREAK.split((text or "").strip(), maxsplit=1)
    if len(parts) < 2 or not parts[1].strip():
        return _short_answer(text), ""
    return _short_answer(parts[0]), normalise(parts[1])


# Asking for what was typed to be wiped, put as a request ("please delete what I've told you", "wipe my info
# pls"): a question about privacy, never an answer nor a start over.
_TYPED = (
    r"(?:info|information|data|details|answers?|messages?|chat|conversation|typed|wrote|written|said|told)"
)
_ERASE = re.compile(
    # "how do I wipe this conversation"
    r"(?:^|\bplease\s+|\b(?:can|could|will|would)\s+(?:you|u)\s+(?:please\s+)?|\b(?:want|like|need)\s+(?:you\s+)?to\s+|"
    r"\bhow\s+(?:do|can|could)\s+(?:i|we)\s+)"
    rf"(?:delete|erase|wipe|remove|forget)\s+(?:all\s+)?(?:my|our|this|the|these|what|everything)\b"
    rf"[^.!?]{{0,25}}?\b{_TYPED}\b"
    rf"|\b(?:want|like|need)\s+(?:my|our|this|the|these|all)\s+{_TYPED}\s+(?:\w+\s+)?"
    r"(?:deleted|erased|wiped|removed|forgotten)\b"
    # "I'd like everything I've typed deleted please" (typed here; not "what I said" to a clinician)
    r"|\b(?:want|like|need)\s+(?:everything|all)\s+(?:that\s+)?(?:i|we)(?:'ve|ve|\s+have)?\s+(?:typed|written|"
    r"put\s+(?:in\s+)?here|told\s+you|said\s+to\s+you|said\s+here)(?:\s+(?:here|so\s+far|today))?\s+"
    r"(?:(?:to\s+be\s+)?deleted|erased|wiped|removed)\b"
    # "can I wipe this conversation", asked of this chat only (not "can I delete my messages to the GP in the
    # app", "can I remove my details from the practice list")
    r"|^(?:(?:hi|hello|so|ok|okay),?\s+)?(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?"
    r"(?:delete|erase|wipe|get\s+rid\s+of)\s+"
    r"(?:(?:this|the|our|my)\s+(?:chat|conversation|messages|answers)(?:\s+(?:here|with\s+you))?"
    # (and when: "can I get rid of this conversation after", and why: "can I delete this conversation so my
    # husband doesn't see it")
    r"(?:\s+(?:after|afterwards|later|at\s+the\s+end))?(?:\s*[?.!]*$|\s+so\b)"
    # "can I wipe everything I've said", as the whole message
    r"|(?:everything|all|what)\s+(?:i|we)(?:'ve|\s+have)?\s+(?:said|typed|written|put|told\s+you)"
    r"(?:\s+(?:after|afterwards|later|at\s+the\s+end))?\s*[?.!]*$)"
)


# Someone else's words, which the patient wants to forget, not what they typed: "I want to forget what he
# said".
_SOMEONE_ELSES_WORDS = re.compile(
    r"\bwhat (?:he|she|they|the \w+|my \w+|her \w+|his \w+) (?:said|told|wrote|typed)\b"
)


def asks_to_erase(text: str) -> bool:
    """True when the message asks for what the patient typed to be wiped."""
    clean = (text or "").lower()
    return bool(_ERASE.search(clean)) and not _SOMEONE_ELSES_WORDS.search(clean)


# Asking whether the clinician or the practice will see this chat ("Can the practice see I'm thinking of
# leaving?", "will my GP find out what I typed", "is this going to my doctor?"): a question about privacy,
# not the pathway it names. Not the clinician seeing the patient ("can my doctor see me sooner"), nor being
# told of a move ("will my doctor know if I switch").
_THEM = (
    r"(?:the|my|our|her|his|their)\s+(?:[\w-]+\s+)?(?:practice|surgery|clinic|doctor|doc|gp|dr|pcp|nurse|therapist|"
    r"counsell?or|psychiatrist|consultant|specialist|staff|receptionists?|team|hospital|insurer|insurance)"
)
# What is typed here: "what I typed", "my messages", "that I've been using this" (not "what I told the nurse",
# nor "I've been using again").
_THIS_CHAT = (
    r"(?:what\s+(?:i|we)\s+(?:type|typed|write|wrote|put)|"
    r"what\s+(?:i|we)\s+(?:say|said|tell|told)\s+(?:here|you|to\s+you|on\s+here|in\s+(?:here|this\s+chat))|"
    r"(?:that\s+)?(?:i|we)(?:'ve|\s+have)\s+been\s+(?:on\s+here|using\s+(?:this|the\s+(?:chat|bot|app))|"
    r"talking\s+to\s+(?:you|a\s+bot|this\s+bot)|chatting\s+(?:here|to\s+you|with\s+you))|"
    r"(?:my|our)\s+(?:messages|answers|chat|conversation)|(?:this|the)\s+(?:chat|conversation|messages))"
)
_WHO_SEES = re.compile(
    rf"^(?:(?:so|and|but|um|also),?\s+)?(?:can|could|will|would|does|do|is|are)\s+{_THEM}\s+(?:ever\s+)?"
    rf"(?:(?:see|read|access|know|find\s+out|be\s+told|get\s+told|hear)\s+(?:about\s+)?{_THIS_CHAT}|"
    # seen on the screen: "Can the practice see I'm thinking of leaving?" (not told: "will my doctor be told
    # I'm asking for a second opinion")
    # (nor what a step would show: "... see I'm planning to stop if I cancel sessions?")
    r"(?:see|read)\s+(?:that\s+)?(?:i|we)(?:'m|'re|m|\s+am|\s+are)\s+(?:thinking|considering|planning|asking)"
    r"(?!.*\b(?:if|when|once|after|because)\b)|"
    # (not "get it", an errand: "can the receptionist get it")
    r"(?:see|read|access)\s+(?:this|it|any\s+of\s+(?:this|it))$)"
    # (this chat, not "it": "does it get sent to my GP?" may be a test result)
    r"|^(?:(?:so|and|but|um|also),?\s+)?(?:is|does|will)\s+(?:this|this\s+chat|this\s+conversation|what\s+i\s+type)\s+"
    rf"(?:go|going|get\s+sent|be\s+sent|sent|shared|passed\s+on)\s+(?:to|with)\s+{_THEM}\b"
    # "can someone at reception read this" (reading it, not seeing it: "can someone at the surgery see it" may
    # be a wound)
    r"|^(?:(?:so|and|but|um|also),?\s+)?(?:can|could|will|would|does|do)\s+(?:someone|somebody|anyone|anybody)\s+"
    r"(?:at|from|in)\s+(?:the\s+|my\s+|our\s+)?(?:reception|front\s+desk|practice|surgery|clinic|office|hospital)\s+"
    rf"(?:ever\s+)?(?:read\s+(?:this|it|any\s+of\s+(?:this|it))(?:\s+please)?$|(?:see|read|access)\s+{_THIS_CHAT})"
)


# Questions and requests put to the bot in German, Dutch, French and Italian, and thanks and goodbyes in a few
# more languages, as the whole message ("bist du ein Bot", "wordt dit opgeslagen?", "Je voudrais parler à
# quelqu'un", "ka kite"). A closed list, read after folding case, accents and punctuation: training lines in
# these languages pulled other messages in them to a goodbye or a contact, so the model is not taught them. A
# few English ones the model read as a form's answer ("get me a nurse", "how long is this kept for") are here
# too, each as the whole message.
_ASKED_OF_THE_BOT = {
    "talk_to_person": [
        "ich mochte mit einem menschen sprechen",
        "ich will mit einem menschen sprechen",
        "mit einem menschen sprechen",
        "kann ich mit jemandem sprechen",
        "ich mochte mit jemandem sprechen",
        "kan ik iemand spreken",
        "ik wil iemand spreken",
        "ik wil met iemand praten",
        "ik wil met een mens praten",
        "je voudrais parler a quelqu'un",
        "je veux parler a quelqu'un",
        "je voudrais parler a une personne",
        "je veux parler a une vraie personne",
        "est-ce que je peux parler a quelqu'un",
        "vorrei parlare con qualcuno",
        "voglio parlare con una persona",
        "posso parlare con qualcuno",
        # in English, a bare command the model reads as a form's answer
        "get me a person",
        "get me a real person",
        "get me a human",
        "get me a nurse",
        # a person to read what was typed, wanted (not "can a person read this?", asked about privacy)
        "i want a human to read this",
        "i want a person to read this",
        "i want a real person to read this",
        "i'd like a human to read this",
        "i'd like a person to read this",
        "i'd like a real person to read this",
        "i need a human to read this",
        "i need a person to read this",
        "i need a real person to read this",
        "i want a real human to read this",
        "i want a human to read this please",
        "i'd like a human to read this please",
        # the doctor or a nurse to call the patient back, as the whole message
        "can you get the doctor to ring me",
        "can you get the doctor to call me",
        "can a nurse call me",
        "can a nurse ring me",
        # a person asked for in a few words, where the model reads a question about the bot ("any humans
        # there?"; not "is there a human there", asked whether the bot is one)
        "any humans there",
        "any human there",
        "any humans here",
        "any human here",
        "any real humans there",
        "hello any humans there",
        "any real people there",
        "any real person there",
    ],
    "ask_if_bot": [
        "bist du ein bot",
        "bist du ein roboter",
        "bist du ein mensch",
        "ben je een bot",
        "ben jij een bot",
        "ben je een mens",
        "es-tu un robot",
        "es tu un robot",
        "tu es un robot",
        "etes-vous un robot",
        "etes vous un robot",
        "c'est un robot",
        "sei un bot",
        "sei un robot",
        "sei una persona",
    ],
    "ask_privacy": [
        "wer kann das lesen",
        "wer sieht das",
        "wird das gespeichert",
        "wordt dit opgeslagen",
        "wie kan dit lezen",
        "wie leest dit",
        "qui peut lire ca",
        "qui peut voir ca",
        "qui peut voir mes reponses",
        "qui peut lire mes reponses",
        "qui peut voir mes messages",
        "qui peut lire mes messages",
        "qui voit mes reponses",
        "est-ce que c'est enregistre",
        "c'est enregistre",
        "chi puo leggere",
        "chi puo leggere questo",
        "viene salvato",
        # in English, how long this chat is kept, as the whole message
        "how long is this kept",
        "how long is this kept for",
        "how long is this chat kept",
        "how long is this chat kept for",
        "how long are my answers kept",
        "how long are my answers kept for",
        "how long do you keep this",
        "how long do you keep this for",
    ],
    "ask_help": [
        "was kannst du",
        "was kannst du machen",
        "wobei kannst du helfen",
        "wat kun je",
        "wat kan je",
        "wat kun je doen",
        "waarmee kun je helpen",
        "que peux-tu faire",
        "que peux tu faire",
        "qu'est-ce que tu peux faire",
        "que pouvez-vous faire",
        "que pouvez vous faire",
        "c'est pour quoi ce service",
        "c'est quoi ce service",
        "a quoi sert ce service",
        "cosa puoi fare",
        "cosa sai fare",
    ],
    "goodbye": [
        "tschuss",
        "auf wiedersehen",
        "doei",
        "tot ziens",
        "au revoir",
        "arrivederci",
        # in Maori, Tagalog, Haitian Creole, Swahili and Hebrew
        "ka kite",
        "ka kite ano",
        "haere ra",
        "paalam",
        "paalam po",
        "orevwa",
        "kwaheri",
        "lehitraot",
        # in Urdu, Pashto and Dari
        "khuda hafiz",
        "khudahafiz",
        "khuda hafez",
        "allah hafiz",
        # in the Black Country and the north of England, and in Samoan
        "tara-a-bit",
        "tara a bit",
        "ta-ra",
        "ta-ra-a-bit",
        "tofa",
        "tofa soifua",
        # in Fijian and Cebuano
        "moce",
        "sa moce",
        "moce mada",
        "babay",
        "babay po",
        "sige babay",
        "amping",
        "amping ha",
        "sige amping",
        "amping kanunay",
    ],
    "thank": [
        "danke",
        "danke schon",
        "vielen dank",
        "dank je",
        "dank je wel",
        "bedankt",
        "merci",
        "merci beaucoup",
        "grazie",
        "grazie mille",
        # in Maori, Tagalog, Haitian Creole, Swahili and Hebrew
        "nga mihi",
        "salamat",
        "salamat po",
        "maraming salamat",
        "maraming salamat po",
        "mesi",
        "mesi anpil",
        "asante",
        "asante sana",
        "toda",
        "toda raba",
        # in Urdu, Pashto and Dari
        "shukriya",
        "shukria",
        "tashakor",
        "tashakur",
        # in Oromo, Marathi and Hindi, Azerbaijani and Turkish, Tajik and Uzbek, Wolof, Lingala, Shona,
        # Xhosa and Zulu, Arabic, Russian
        "galatoomaa",
        "galatoomi",
        "dhanyavaad",
        "dhanyavad",
        "dhanyawad",
        "tesekkurler",
        "tesekkur ederim",
        "sag ol",
        "sagol",
        "rahmat",
        "jerejef",
        "jerejef waay",
        "matondo",
        "matondo mingi",
        "ndatenda",
        "ndatenda zvikuru",
        "tatenda",
        "maita basa",
        "enkosi",
        "enkosi kakhulu",
        "ngiyabonga",
        "ngiyabonga kakhulu",
        "siyabonga",
        "shukran",
        "shukran jazeelan",
        "shokran",
        "spasibo",
        "spasiba",
        "bolshoe spasibo",
        "cok tesekkurler",
        "tesekkur ederiz",
        "saol",
        "sag olun",
        "rahmat katta",
        "tashakkur",
        "bahut dhanyavaad",
        "dhanyavaad ji",
        # in Fijian and Cebuano ("salamat" is with the Tagalog)
        "vinaka",
        "vinaka vakalevu",
        "vinaka saka",
        "daghang salamat",
        "daghang salamat po",
        "salamat kaayo",
        "salamat kaayo po",
        "vinaka sara",
    ],
}
_ASKED_OF_THE_BOT_LOOKUP = {
    phrase: intent for intent, phrases in _ASKED_OF_THE_BOT.items() for phrase in phrases
}
# Thanks said twice, in English first: "cheers, galatoomaa", "thank you, merci"
_ENGLISH_THANKS_FIRST = re.compile(
    r"^(?:ok |okay )?(?:thanks|thank you|thankyou|cheers|ta|many thanks)(?: so much| very much| a lot)? "
)


def asked_of_the_bot(text: str) -> Optional[str]:
    """The intent of a whole message that is one of the closed list's questions to the bot in German, Dutch,
    French or Italian ("Was kannst du?" is ``ask_help``), its thanks or goodbyes in those and a few more
    languages ("ka kite" is ``goodbye``), or one of its few English questions the model read as a form's
    answer ("how long is this kept for?" is ``ask_privacy``), else None."""
    clean = _short_answer(text)
    intent = _ASKED_OF_THE_BOT_LOOKUP.get(clean)
    thanks = _ENGLISH_THANKS_FIRST.match(clean) if intent is None else None
    if thanks and _ASKED_OF_THE_BOT_LOOKUP.get(clean[thanks.end() :]) == "thank":
        return "thank"
    return intent


def asks_who_sees(text: str) -> bool:
    """True when the message asks whether the clinician or the practice will see what the patient types (read
    normalised: no punctuation is left, so "it?" ends the message as "it" does)."""
    return bool(_WHO_SEES.search(normalise(text)))


def check_free_text(text: str, max_chars: int = MAX_FREE_TEXT) -> FreeText:
    """Trim a patient's own words; refuse empty or over-long answers with a kind reason.

    The words themselves are kept exactly as typed (only outer white space and
    runs of spaces are tidied), so quoting them back never changes their meaning.
    """
    value = re.sub(r"\s+", " ", text or "").strip()
    if not value:
        return FreeText(None, "I didn't catch anything there. Could you type a few words, or say skip?")
    if is_payload(value):
        return FreeText(None, FINISH_FIRST)
    if len(value) > max_chars:
        return FreeText(
            None,
            "Thank you for sharing all that. Could you put it in a shorter way, "
            f"under {max_chars} characters? A sentence or two is plenty.",
        )
    return FreeText(value)


def is_payload(text: str) -> bool:
    """True for a button's payload ("/end_care"), which no question's answer is."""
    return text.strip().startswith("/")


_YES_WORDS = {
    "yes",
    "yeah",
    "yep",
    "yup",
    "ya",
    "yea",
    "yh",
    "ye",
    "yeh",
    "aye",
    "sure",
    "definitely",
    "absolutely",
    "correct",
    "defo",
    "deffo",
    "definately",
    "definitly",
    "ja",  # Afrikaans, German, Dutch
}
# "ye" ends many a Scots or Irish sentence as "you" ("couldnae tell ye", "I'll tell ye"): a yes only first.
_YES_FIRST_ONLY = {"ye"}
_YES_LAST_WORDS = _YES_WORDS - _YES_FIRST_ONLY
_NO_WORDS = {"no", "nope", "nah", "naw", "n", "hapana"}
_NOT_WORDS = {"not", "nothing", "none", "never"}
_NEGATION = re.compile(rf"\b(?:no|not|never|none|nope|nah|naw|{_BUT})\b|n't\b")
# A plain "no" put another way: "not yet", "I haven't", "we don't really".
_PLAIN_NO = re.compile(
    r"^(?:(?:i|we|they|he|she|it)(?:'m| am| are| is|'re|'s)? )?"
    r"(?:not|haven't|havent|hasn't|hasnt|don't|dont|doesn't|doesnt|didn't|didnt|isn't|isnt|aren't|arent|"
    r"do not|does not|have not|has not|is not|are not|am not|none|never)"
    # "haven't got one yet", "we haven't found anyone"
    r"(?: (?:got|gotten|found|arranged|sorted|lined up)"
    r"(?: (?:one|any|anyone|anybody|anything|it|them|that))?"
    # "he doesn't take any", "we don't need one" (not "I don't have them yet", results still to come)
    r"| (?:take|takes|use|uses|have|has|need|needs)(?: (?:one|any|anything))?)?"
    r"(?: (?:yet|really|at all|at the moment|at the minute|at present|just now|right now|currently|so far|"
    r"any))*$"
    # "no meds except the odd paracetamol": none to speak of
    r"|^(?:no|none|nothing)\b[\w' ]*\bexcept (?:the |an |a )?(?:odd|occasional)\b[\w' ]*$"
    # "not on any meds"
    r"|^(?:i'm |im |i am |we're |we are |he's |she's |they're )?not on (?:anything|any (?:meds|medication|"
    r"medications|medicine|medicines|tablets|pills|prescriptions|drugs))"
    r"(?: (?:at all|at the moment|at the minute|right now|just now|currently|now))?$"
)
# None of the thing asked about, in a few words: "nothing booked", "not one", "I take nothing regularly".
_NONE = re.compile(
    r"^(?:(?:i|we|they|he|she)(?:'ve|'re|'s| have| are| is)? (?:[\w']+ )?)?"
    r"(?:nothing|none|not one|not a one|not any|zero|zilch)"
    r"(?: (?:at all|yet|really|so far|for now|currently|at the moment|regularly|regular|daily|every day|"
    r"pending|outstanding|planned|booked|due|scheduled|serious|that serious|like that|whatsoever))*"
    # "nothing pending that I know of"
    r"(?: (?:that (?:i|we) know of|that (?:i'm|im|i am|we're|we are) aware of|as far as (?:i|we) know))?$"
)
# After "no", words that make it part of a phrase rather than an answer: "no one", "no hope", "no doubt".
_NO_AS_A_WORD = {
    "one",
    "body",
    "hope",
    "way",
    "doubt",
    "question",
    "point",
    "reason",
    "chance",
    "matter",
    "problem",
    "worries",
    "idea",
    "clue",
    "future",
    "life",
    "energy",
    "wonder",
}
_SHORT = 8  # words: a longer answer to a yes / no question is the patient's own words, asked again
# ... unless it starts with a plain yes or no and nothing after it says otherwise: "yes i've got a new gp
# starting next month"
_LEADING_YES_NO = 14
_PLAIN_YES_NO_WORDS = {"yes", "yeah", "yep", "yup", "ya", "yea", "yeh", "aye", "ja"} | _NO_WORDS - {"n"}
# Not knowing, anywhere in a short answer to a yes / no question ("possibly, I can't remember").
_DOES_NOT_KNOW = re.compile(
    r"\b(?:not (?:\w+ ){0,2}sure|unsure|not (?:\w+ ){0,2}certain|uncertain|"
    r"(?:don't|dont|do not|didn't|didnt)(?: really| honestly| actually| rightly)? know|"
    r"(?:i'm|im|i am) no (?:\w+ )?sure|"  # in Scots: "I'm no sure"
    r"dunno|no idea|couldn't tell you|couldnt tell you|can't tell you|"
    r"(?:\b(?:i'd|i would|i'll|i will|i|we'd|we would|we'll|we) |^(?:would )?)(?:need|have) to (?:ask|check|"
    r"find out|double check|double-check|look (?:it|that) up|"
    r"(?:look (?:at|through|in)|go through|dig out) (?:[\w']+ )?"
    r"(?:paperwork|papers|notes|records|letters?|file|list|diary|calendar|prescriptions?|app|portal|emails?|"
    r"insurance(?: card)?|card|policy|tablets|pills|meds|medicines|medication|boxes|blister packs?))|"
    r"no clue|not a clue|haven't a clue|havent a clue|(?:^|\bi'm |\bim |\bi am )not (?:\w+ )?positive|"
    r"(?:wouldn't|wouldnt|would not) know|"
    r"(?:haven't|havent|have not|not|no) (?:a |the )?(?:scooby|foggiest|faintest)|"
    r"can't remember|cant remember|can't recall|"
    r"don't remember|dont remember|(?:hard|difficult|tough|tricky) to (?:say|tell)$|can't say|cant say|"
    r"possibly|perhaps|maybe|might be|idk|what counts as|"
    # unclear to the patient, not a thing that was unclear: "I'm not clear on that", not "the advice wasn't
    # clear"
    r"(?:^|\bi'm |\bim |\bi am |\bwe're |\bwe are |^(?:it's|its|that's|thats) )not (?:\w+ )?clear"
    r"(?: (?:on|about) (?:that|this|it)| to me| yet)?$|"
    r"could be|not that i know|unclear|not (?:\w+ )?100(?: percent| per cent)?|who knows|no way of knowing|"
    r"(?:nobody|no one|noone)(?:'s| has)? (?:told|said|explained)|"
    r"(?:wasn't|wasnt|weren't|werent|was not|were not|haven't been|havent been|have not been|not been|"
    r"never been) told|"
    r"(?:they|he|she) (?:never|didn't|didnt|did not|haven't|havent) "
    r"(?:said|say|told|tell|explained|explain))\b"
)


# Yes in the Black Country and Yorkshire, as typed and as the whole answer only ("ar, he hits me" is asked
# again; "ar?" and a held-down "aaarrr" may not be a yes), and never to a safety check-in (plain_yes_no).
_AR = re.compile(r"^\s*ar[.!]?\s*$", re.IGNORECASE)
# No in Jamaican English, as the whole answer only ("nuh, him tek mi insulin" is asked again; "nuh" is also
# "not": "nuh sure")
_NUH = re.compile(r"^\s*nuh[.!]?\s*$", re.IGNORECASE)


def yes_no(text: str, asked: str = "") -> Optional[str]:
    """``yes``, ``no`` or ``not_sure`` for a short answer; ``None`` if it is neither.

    Besides the vocabulary's phrases: a short answer that says it does not know ("I honestly don't know",
    "haven't a clue") is not sure; one that starts or ends with a plain yes and says nothing against it
    ("yes I have", "I have, yes") is yes; one that starts with a plain no and says nothing for it ("no I
    haven't"; not "no one would miss me" or "no doubt"), or is a plain no put another way ("not yet",
    "not at the moment, no"), is no. A first clause that is one of these is the answer when the rest does
    not turn it round ("Yes, I've got a new GP lined up"; not "No, but my husband does"). A mixed or
    longer answer is neither, and the question is asked again. A safety check-in reads only the closed
    list (:func:`plain_yes_no`). ``asked``: the bot's question, when the answer may say it back first.
    """
    if _AR.match(text or ""):
        return "yes"
    if _NUH.match(text or ""):
        return "no"
    echo = _echo_answered(text, asked)
    if echo is not None:
        return yes_no(echo)
    code = _yes_no(text)
    unstretched = _unstretched(text)
    return code if code is not None or unstretched == text else _yes_no(unstretched)


# Not knowing said outright, as an answer's first clause: "not sure, she takes some but not every day" (not
# "not that I know of, ...", which leans to a no).
_NOT_SURE_FIRST = re.compile(
    r"^(?:(?:i'm|im|i am|we're|we are) )?(?:not (?:really |totally |entirely |quite |100% )?sure|unsure|"
    r"not certain)$|^(?:(?:i|we) )?(?:really )?(?:don't|dont|do not) know$|^(?:dunno|no idea)$"
    # a guess, then what is known: "possibly, there was a blood test but I never heard"
    r"|^(?:possibly|perhaps|maybe|might be|could be)$"
)


# Someone else who knows, as the whole answer only: "ask my mum she'd know", "mum would know, I don't" (not
# "ask my husband he'd know, he hits me", which is asked again).
_WHO_WOULD_KNOW = r"(?:mum|mom|mam|dad|husband|wife|partner|son|daughter|sister|brother|twin|carer|nan|gran)"
_SOMEONE_ELSE_KNOWS = re.compile(
    rf"^ask (?:my |me |our ){_WHO_WOULD_KNOW}(?:,? (?:she|he|they)(?:'d| would|'ll| will) know)?$"
    rf"|^(?:my |me |our )?{_WHO_WOULD_KNOW} (?:would|'d) know,? (?:but )?(?:i|we) (?:don't|dont|do not)$"
    # "Hmm, not sure. Let me ask my twin, she keeps track of that" (not sure first, then who would know)
    r"|^(?:(?:hmm+|hm+|um+|erm+|uh+) )?"
    r"(?:(?:i'm |im |i am )?not sure|no idea|dunno|(?:i )?(?:don't|dont) know) "
    rf"(?:let me|i'll|i will|i'd have to|i need to|i have to|i'll have to|gonna) (?:ask|check with) "
    rf"(?:my |our ){_WHO_WOULD_KNOW}"
    r"(?: (?:she|he|they) (?:keeps|keep) track of (?:that|it|those|them|all that)"
    r"| (?:she|he|they)(?:'d| would|'ll| will) know)?$"
)


# The bot's question said back before the answer: "Have I lined one up? Yes, starting next month" for "Have
# you lined up a new clinician yet?". Only the bot's own question: it starts with the question's own first
# word, and every word said back (at least two, besides the small ones) is the question's: not the patient's
# own question ("Am I safe at home? No.", "Will my dialysis have to stop? No I hope not"), nor the question
# with something told inside it ("Is this an emergency happening now that he has the knife? No"). The answer
# after it starts with a plain yes or no and asks nothing ("Is there? I think so" is asked again).
_ECHOED_QUESTION = re.compile(
    r"^(have|has|is|are|do|does|did|am|was|were|will|would|can|could)\s+[^?]{1,100}\?\s*(?=\S)",
    re.IGNORECASE,
)
_ECHO_WORD = re.compile(r"[a-z']+")
_NOT_ECHOED = frozenset(
    "have has is are do does did am was were will would can could i we you my our your there it he she they "
    "the a an this that one any to of for or and yet me us".split()
)
_ECHO_ANSWER_WORDS = _PLAIN_YES_NO_WORDS | {"nuh"}  # the first word of the answer after the question


def _echo_answered(text: str, asked: str) -> Optional[str]:
    """What follows the bot's question said back, if it starts with a plain yes or no and asks nothing."""
    echoed = _ECHOED_QUESTION.match((text or "").strip()) if asked else None
    if not echoed or not asked.lower().startswith(echoed.group(1).lower() + " "):
        return None
    said_back = set(_ECHO_WORD.findall(echoed.group(0).lower())) - _NOT_ECHOED
    if len(said_back) < 2 or not said_back <= set(_ECHO_WORD.findall(asked.lower())):
        return None
    rest = (text or "").strip()[echoed.end() :]
    first_word = _short_answer(rest).split(" ", 1)[0].strip(",.!")
    return rest if first_word in _ECHO_ANSWER_WORDS and "?" not in rest else None


def _yes_no(text: str) -> Optional[str]:
    clean = _short_answer(text)
    if _SOMEONE_ELSE_KNOWS.match(clean):
        return NOT_SURE
    code = _whole_yes_no(clean)
    parts = _split_clauses(text)
    if code is None and len(parts) > 1:
        # every clause the same phrase of the closed lists: "Dili. No", a word glossed in English after it
        codes = {_closed_yes_no(_short_answer(part)) for part in parts}
        code = codes.pop() if len(codes) == 1 else None
    if code is None:
        first, rest = clauses(text)
        unsure = _UNSURE_WHETHER.match(_stripped(first)[-1]) and not _TURNS.search(first)
        if unsure and not rest:
            return NOT_SURE  # one clause, however long: "I don't know if they're still waiting on results"
        hesitated = _short_answer(first) in _WHOLE_ANSWER_ONLY
        if rest and not _TURNS.search(rest) and hesitated:
            # a hesitation or no preference, then the answer in one clause: "hm, no", "I don't mind, yes
            # please" (not a first clause that is the answer: "not know - she is choking" is asked again)
            code = _whole_yes_no(_short_answer(rest)) if len(_split_clauses(rest)) == 1 else None
        elif rest and not _TURNS.search(rest) and not _only_whole(first):
            code = _whole_yes_no(first)
            if code in ("yes", "no") and _whole_yes_no(rest) in ({"yes", "no"} - {code}):
                return None  # "yes, no": both
        elif (
            rest
            and _NOT_SURE_FIRST.match(_stripped(first)[-1])
            and not _TURNS.match(rest)
            and _whole_yes_no(rest.split()[0]) not in ("yes", "no")  # "maybe, no they haven't" is a no
        ):
            return NOT_SURE  # "not sure, she takes some but not every day": a detail, not an answer
        last = _short_answer(parts[-1]) if rest else ""
        if code is None and not _only_whole(last) and _whole_yes_no(last) == NOT_SURE:
            # a guess, then "not sure": "there might be a scan still to come, not sure" (not "he hit me, not
            # know", a few words of not knowing after what is told)
            return NOT_SURE
        if code is None and last.startswith("so ") and not _TURNS.search(first) and not _only_whole(last[3:]):
            # the answer as a conclusion: "still looking, so no" (not "he hits me, so ah divvent knaa", a
            # phrase read only as the whole answer)
            code = _whole_yes_no(last[3:])
    return code


def _closed_yes_no(clean: str) -> Optional[str]:
    """``yes``, ``no`` or ``not_sure`` only for a whole phrase of the closed lists."""
    if clean in _YES:
        return "yes"
    if clean in _NO_TO_A_QUESTION:
        return "no"
    return NOT_SURE if _LOOKUP.get(clean) == NOT_SURE else None


def plain_yes_no(text: str) -> Optional[str]:
    """``yes`` or ``no`` only for the closed vocabulary's phrases ("yeah", "nope", "no it isn't"): what may
    answer a safety check-in, where "no one would miss me" must never be read as "No"."""
    clean = _short_answer(text)
    return "yes" if clean in _YES else "no" if clean in _NO else None


def _whole_yes_no(clean: str) -> Optional[str]:
    closed = _closed_yes_no(clean)
    if closed is not None:
        return closed
    if _whole_control_word(clean) == NOT_SURE:
        return NOT_SURE
    stages = _stripped(clean)
    for stage in stages:
        if stage in _YES:
            return "yes"
        if (
            stage in _NO_TO_A_QUESTION
            or _PLAIN_NO.match(stage)
            or (_NONE.match(stage) and not _TURNS.search(stage))
        ):
            return "no"
    words = stages[-1].split()
    leads = bool(words) and (
        words[0] in _PLAIN_YES_NO_WORDS and not (len(words) > 1 and words[1] in _NO_AS_A_WORD)
    )
    if not words or len(words) > (_LEADING_YES_NO if leads else _SHORT):
        return None
    turned = _TURNS.split(clean)
    if len(turned) > 1 and _DOES_NOT_KNOW.search(turned[-1]):
        return NOT_SURE  # turned round by not knowing: "I think so but not sure"
    no_as_a_word = len(words) > 1 and words[1] in _NO_AS_A_WORD  # "no one told me", "no idea"
    leads_yes_or_no = words[0] in _YES_WORDS or (words[0] in _NO_WORDS and not no_as_a_word)
    if not leads_yes_or_no and _DOES_NOT_KNOW.search(clean) and not _TURNS.search(clean):
        return NOT_SURE
    rest_first, rest_last = " ".join(words[1:]), " ".join(words[:-1])
    if words[0] in _YES_WORDS and not _NEGATION.search(rest_first):
        return "yes"
    if words[-1] in _YES_LAST_WORDS and not _NEGATION.search(rest_last):
        return "yes"
    # "no I haven't", "no, only when I need them": a no. Not "no one would miss me" or "no doubt", where the
    # "no" belongs to the words after it.
    if words[0] in _NO_WORDS and not no_as_a_word and not any(w in _YES_WORDS for w in words):
        return None if _TURNS.search(stages[-1]) else "no"
    # "not serious, no", "never have no": a no put another way, then the plain no.
    if words[-1] in _NO_WORDS and words[0] in _NOT_WORDS and len(words) <= 4 and not _TURNS.search(clean):
        return "no"
    return None


# Not the pronoun "I" after a role: "the doctor I've had for years" names no one.
_NAME_AFTER_TITLE = re.compile(
    r"\b(?i:dr|doctor|nurse|mr|mrs|ms|miss|mx|prof|professor)\.?\s+(?!I\b|I(?:ve|m|d|ll)\b)[A-Z][a-z'-]+"
)


def mentions_a_name(text: str) -> bool:
    """True when an answer looks like it names a person ("Dr. Patel"): the bot only needs a role."""
    return bool(_NAME_AFTER_TITLE.search(text or ""))


_CHECK_INS = frozenset(CHECK_IN_REPLIES.values())


def held_back_answer(events: Sequence[Dict[str, Any]]) -> Optional[Tuple[str, str]]:
    """(the question asked, the patient's words) for a typed answer that the safety layer interrupted, once
    it is time to keep it; else ``None``. ``events`` are the conversation's events as the action server gets
    them.

    Two interruptions keep the words as the answer to the question they were typed for, so that the patient
    is not asked it again:

    - a check-in that the patient answers "No": "I had chest pain last year and nobody followed up" is
      what happened at the last visit, and so is "he said it was stress and sent me home" after the
      safeguarding check-in;
    - the medicine caution, whether a keyword rule or only a guess read the stop: "I told her I stopped the
      antidepressant and she got cross" is what happened, and the caution has been shown either way.

    Nothing else keeps words this way: an abuse disclosure and a check-in answered "Yes" leave the question
    to be asked again, or the form waiting.
    """
    users = [index for index, event in enumerate(events) if event.get("event") == "user"]
    if not users:
        return None
    latest = events[users[-1]]
    if _intent(latest) == "stop_medication":
        answer = users[-1]
    elif len(users) >= 2 and _said_no(latest):
        answer = users[-2]
        between = events[answer + 1 : users[-1]]
        if not any(event.get("event") == "action" and event.get("name") in _CHECK_INS for event in between):
            return None
    else:
        return None
    asked = None
    for event in events[:answer]:
        if event.get("event") == "slot" and event.get("name") == "requested_slot":
            asked = event.get("value")
    text = events[answer].get("text")
    return (asked, text) if asked and isinstance(text, str) else None


def _intent(event: Dict[str, Any]) -> Optional[str]:
    """A user event's intent."""
    return ((event.get("parse_data") or {}).get("intent") or {}).get("name")


def _said_no(event: Dict[str, Any]) -> bool:
    return _intent(event) == "deny_risk" or yes_no(event.get("text") or "") == "no"
