"""Ending care safely: a personal checklist holding only the items that apply, in a safe order (pure).

Usage::

    from bot.pathways.ending_care import build_checklist
    items = build_checklist({"ec_initiator": "patient", "ec_medications": "yes", ...}, region="us")
    [item.code for item in items]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Mapping, Optional, Sequence

from bot.forms import clauses
from bot.pathways.cards import ADVOCATE_HEADING, Card, bullets, numbered_routes
from bot.pathways.for_whom import for_whom_question, person
from bot.pathways.questions import HARM_TOLD, ROLE_WORDS, YES_NO_BUTTONS, Question
from bot.regions import Route
from bot.regions import region as region_record

PATIENT, PRACTICE = "patient", "practice"
INITIATOR_BUTTONS = {"I am (or we are)": PATIENT, "The clinician or practice": PRACTICE}

# Who ends the care, read from typed words, in this order (``_initiator``): a few words read only as the whole
# answer ("ma decision", ``_WHOLE_ANSWER_SIDES``); a denial names the other side ("not me, the practice");
# something done to the patient names the practice ("I've been discharged"); then who the answer starts with
# ("I refuse to see him again", "my doctor is leaving"); then what a practice does ("they took us off their
# list"), a patient deciding, or a patient or a practice named alone.
# What was done to the patient, said with the patient first: the practice ends it.
_DONE_TO = re.compile(
    r"^(?:i|we)(?:'ve| have| had|'d)?(?: been| was| were| got| received| had)\b.{0,40}"
    r"\b(?:discharg|dismiss|struck off|kicked|removed|taken off|dropp|deregister|letter|told)"
)
# Who the answer starts with, when it is the one acting.
_PATIENT_SUBJECT = re.compile(r"^(?:i'm|im|i am|we're|we are|i'll|we'll|i've|we've|i|we)(?![\w'])(?! not\b)")
_PRACTICE_SUBJECT = re.compile(
    r"^(?:my|our|the|her|his|their) (?:doctor|dr|doc|gp|therapist|clinician|practice|surgery|clinic|"
    r"specialist|dentist|consultant|psychiatrist|nurse|physio|pediatrician|paediatrician|team|va)\b"
    r"|^(?:the |our |my )?practice manager\b"  # "Practice manager wrote to say we have to go"
    # in German and Dutch: "der Arzt", "die Ärztin", "de praktijk"
    r"|^(?:der|die|de|het) (?:arzt|ärztin|arztin|praxis|arztpraxis|hausarzt|hausärztin|dokter|huisarts|"
    r"praktijk|kliniek|klinik|therapeut|therapeutin)\b(?!\s*\?)"
    # in French and Italian: "le médecin", "la clinique", "il medico"
    r"|^(?:le|la|l'|il|lo) ?(?:m[eé]decin|clinique|cabinet|psychiatre|medico|dottore|dottoressa|clinica|"
    r"ambulatorio)\b(?!\s*\?)"
)
_NOT_PATIENT = re.compile(
    r"\b(?:not|wasn't|isn't|wasnt|isnt) (?:me|us|(?:my|our) (?:family's )?(?:choice|decision))\b"
    r"|\bno be (?:me|us|we)\b(?!\s+(?:alone|only))"  # in Nigerian Pidgin: "no be me, na dem"
    # "It was their decision, not mine" (not "Not mine, it's my mum's decision")
    r"|\b(?:their|the practice's|the doctor's|the clinic's) (?:decision|choice|call),? not (?:mine|ours)\b"
    r"|^(?:i'm|im|i am|we're|we are|i|we) not(?: the ones?)?(?:$|,| ending| leaving| doing)"
    r"|^(?:moi|nous|io|noi)\s*\?\s*(?:non|no)\b"  # "moi? non, le médecin" (French, Italian)
    # done to the patient: "c'est moi qui ai été renvoyé", "sono stato dimesso"
    r"|\b(?:ai|avons|a|suis|sommes|est) (?:été|ete) (?:renvoy|radi|exclu|ray|retir|vir)\w*"
    r"|\b(?:sono|siamo) stat[oaie] (?:dimess|cacciat|esclus|cancellat|tolt)\w*"
)
_NOT_PRACTICE = re.compile(
    r"\b(?:not|wasn't|isn't|wasnt|isnt) (?:them|theirs|their (?:choice|decision)|"
    r"the (?:practice|clinic|surgery|doctor|clinician|gp))\b"
    # "Not the psychiatrist's decision, mine" (not "It wasn't my GP's decision, the practice manager
    # removed us")
    rf"|\b(?:not|wasn't|isn't|wasnt|isnt) (?:the|my|our|his|her|their) (?:{ROLE_WORDS})'?s "
    r"(?:choice|decision|call),? (?:it was |it's |its )?(?:mine|ours|me|us)\b"
    # "c'est moi qui pars" (French, Italian; not "c'est moi qui ai été renvoyé", done to the patient)
    r"|\bc'est (?:moi|nous) qui\b(?! (?:ai|avons|suis|sommes) (?:été|ete)\b)|\bsono io che\b(?! sono stat)"
    r"|^(?:le|la|l'|il|lo) ?(?:m[eé]decin|clinique|cabinet|medico|dottore|clinica)\s*,?\s*(?:non|no)\s*,"
)
_PRACTICE_ACTS = re.compile(
    r"letter|dismiss|discharg|struck off|strike me|kicked|removed|remove me|remove us|took (?:me|us) off|"
    # "they said I'm out of area", "we're outside their boundary"
    r"out of (?:the |their )?(?:area|catchment)|outside (?:the |their )?(?:area|catchment|boundary)|"
    r"taken off|taking (?:me|us) off|dropp|deregister|de-register|won't see|wont see|will not see|"
    r"refus|no longer see|(?:stop|stopped|stopping) seeing (?:me|us)|ending (?:my|our)|closing (?:my|our)|"
    r"(?:can't|cant|cannot|can not) see (?:me|us) any ?more|"
    # "the hospice said he no longer qualifies"
    r"no longer (?:qualif|eligible)|(?:doesn't|doesnt|don't|dont|does not|do not) qualify any ?more|"
    r"not eligible any ?more(?![^.]*\bso (?:i|we)(?:'m|'re| am| are|'ll| will)? (?:mov|leav|switch|chang))|"
    r"let (?:me|us|him|her|them) go|terminated|tek (?:me|us) off|"  # "dem tek me off"
    # "he fired me", "the dentist sacked us" (the clinician or the practice, not a job lost: "my employer
    # fired me", "they fired me at work")
    r"\b(?:he|she|they|dr|doc|doctor|gp|dentist|practice|surgery|clinic|therapist)(?:'s| has| have| just)? "
    r"(?:fired|sacked) (?:me|us|him|her|them)\b(?![^.]*\b(?:work|job|boss|employer|insurance|redundan\w*)\b)|"
    # the clinician retiring ("mine retired", "she's retiring"), never the patient ("me, I'm retiring")
    r"\b(?:he|she|they|mine|ours)(?:'s|'re| is| are| has| have)? (?:just )?retir|"
    r"transferr\w* (?:me|us|him|her|them|my care|our care)\b(?![\w ]*\b(?:asked|request\w*)\b)"
)
# Who ends the care in a few words, read only as the whole answer, never as its first clause ("c'est le
# médecin, il m'a touchée" and "ma decision, he'd kill me if he knew" are asked again).
_WHOLE_ANSWER_SIDES = (
    # "ako", "kami ra", "Ako. Me" (Cebuano: as the whole answer only, no safety rule reads Cebuano)
    (
        re.compile(
            r"^(?:ako|kami)(?: mismo| lang| ra| po| lang po)?[.!]?(?:\s*(?:me|us|myself|ourselves)[.!]?)?$"
        ),
        PATIENT,
    ),
    # "c'est le cabinet" (not "c'est le cabinet que je quitte", the patient leaving it)
    (re.compile(r"^c'est (?:le|la|l') ?(?:m[eé]decin|docteur|clinique|cabinet)\s*[.!]?$"), PRACTICE),
    # "They phoned and said I can't come anymore": the practice getting in touch to say so (not a relative's
    # "they said I can't go anymore", a wait, a warning, one clinic or a day: "...anymore if I miss another",
    # "...anymore on Tuesdays")
    (
        re.compile(
            r"^they (?:phoned|called|rang|wrote|emailed|texted|messaged|sent a letter)(?: (?:me|us))?"
            r"(?: and| to)? (?:said|say|told (?:me|us))(?: that)? (?:i|we) "
            r"(?:can't|cant|cannot|can not|can no longer) "
            r"(?:come|go|attend|be seen)(?: (?:there|back|in))? any ?more\s*[.!]?$"
        ),
        PRACTICE,
    ),
    # "They said I have to find someone else", "Doctor say I must go elsewhere" (not "they said I have to find
    # someone to drive me", "Doctor said I should leave my husband", "doctor said I need to go", to A&E maybe)
    (
        re.compile(
            r"^(?:they|doctor|dr|doc|gp|the doctor|the gp|the practice|the surgery) "
            r"(?:said|say|says|told (?:me|us))(?: that)? (?:i|we) (?:have to|must|need to|got to|gotta) "
            r"(?:find (?:someone|somebody|another|a new|a different)"
            r"(?: (?:else|one|doctor|gp|practice|clinic))?|go (?:elsewhere|somewhere else)|leave)\s*[.!]?$"
        ),
        PRACTICE,
    ),
    # "they texted me saying I'm no longer registered": the practice telling the patient so, as the whole
    # answer (not "no longer registered, I moved", "me, I'm no longer registered")
    (
        re.compile(
            r"^they (?:texted|phoned|called|rang|wrote|emailed|messaged|said|told (?:me|us))(?: (?:me|us))?"
            r"(?: (?:saying|to say|that|and said))? (?:i'm|im|i am|we're|we are) (?:no longer registered"
            r"(?: there| with them)?|not registered(?: there| with them)? any ?more)\s*[.!]?$"
        ),
        PRACTICE,
    ),
    # "my partner and me together": the patient and the person helped, both leaving
    (
        re.compile(
            r"^(?:my|our) (?:partner|husband|wife|mum|mom|mam|mother|dad|father|son|daughter|brother|sister)"
            r" and me(?: together| both)?\s*[.!]?$"
        ),
        PATIENT,
    ),
    # "my" in Scots and in French: "ma decision", "ma décision" (not "ma call": "ma" may be a mother)
    (re.compile(r"^(?:it's |its |it is |c'est )?ma (?:own )?d[ée]cision\s*[.!]?$"), PATIENT),
    # "me, nobody's kicked me out haha" (not "they discharged me, nobody's kicked me out", nor "nobody's
    # kicked me", an assault denied, nor "nobody's discharged me", which may be care going on)
    (
        re.compile(
            r"^(?:(?:me|us|it's me|its me|just me|it's us|its us)[,.]?\s+)?(?:nobody|no one|no-one|noone)"
            r"(?:'s| has| have)? (?:kicked|thrown|booted) (?:me|us) out"
            r"(?: (?:lol|haha|ha|tbh))?\s*[.!]?$"
        ),
        PATIENT,
    ),
)
_PATIENT_DECIDES = re.compile(
    r"\b(?:my|our) (?:own |family's )?(?:choice|decision|call|idea)\b|\bdecided\b"
    r"|\b(?:leaving|leave|switching|switch|"
    r"(?:want|wants|wanted|wanting) to change(?! (?:my|his|her|their|our|the|your|its)\b)|"
    r"moving|move|changing|quitting|quit|going elsewhere)\b|\bstop seeing (?:him|her|them|the)\b"
    # "Our family has chosen to go elsewhere" (not "they chose to end my care")
    r"|\b(?:i|we|i've|we've|family(?: has| have)?)\s+(?:chose|chosen|have\s+chosen|decided)\s+to\b"
    r"|\b(?:want|wants|wanted|wanting) out\b|\bwan(?:t)? comot\b"  # "my wife wan comot" (Nigerian Pidgin)
    # "It's me that's done with them"
    r"|\b(?:me|us)\s+(?:that's|thats|who's|whos|that\s+is|who\s+is|that\s+are|who\s+are)\s+"
    r"(?:done|finished|leaving|ending|quitting)\b"
    # "I just want a change"
    r"|\b(?:i|we)\s+(?:just\s+|really\s+)?(?:want|wanted|need|needed)\s+a\s+change\b"
    r"|^(?:it's|its|it is) (?:on )?(?:our|my) (?:side|end)[.!]?$"  # "it's on our side"
    # "Am the one", "I'm the one ending it", "mine" (the decision is)
    r"|^(?:i'm|im|i am|am|we're|we are|it's me|its me)(?: the one| the ones)(?: (?:ending|leaving|deciding|"
    r"doing it|who decided|that decided)\b.*)?[.!]?$"
    r"|^(?:mine|ours|my call|our call)[.!]?$"
    r"|(?<!no es )\bmi decisi[oó]n\b"  # in Spanish (not "no es mi decisión")
    # the person helped, opening the answer: "my dad's decision, he wants a new neurologist" (not "Not mine,
    # it's my mum's decision", which may be a parent deciding for the patient; not a partner's, which may be
    # control: "my husband's decision, he won't let me see her"; nor with the practice acting after it: "my
    # son's decision, the GP struck him off", "my dad's decision? no it was the practice")
    r"|^(?:it's |its |it is |it was )?(?:my|our) (?:son|daughter|child|kid|boy|girl|mum|mom|mam|mother|dad|"
    r"father|parents?|brother|sister|gran|grandma|grandad|grandpa|nan|nana)'s (?:own )?"
    r"(?:choice|decision|call|idea)\b"
    # with their wish for another clinician after it (not "she wants to stay", nor the answer cut short: "my
    # mum's decision, not mine" is asked again)
    r"(?=[,.;]?\s*(?:he|she|they)\s+(?:wants?|want)\s+"
    r"(?:a\s+new|another|a\s+different|to\s+(?:leave|switch|change|move))\b)"
    r"(?!\s*\?)(?![^?]*\b(?:not\s+(?:mine|me|ours)|struck|took|taken|removed|closed|discharg\w*|dropped|kicked|"
    r"practice|surgery|clinic|they|them|but|also|retir\w*|forc\w*|making|pressur\w*|for\s+(?:me|us)|says|said|"
    r"boyfriend|girlfriend|husband|wife|partner)\b)"
)
_PATIENT = re.compile(
    r"^(?:me|us|myself|ourselves)\b"
    r"|\b(?:i|i'm|im|i am|we|we're|we are|myself|ourselves|the patient)\b"
    r"|\b(?:it's|its|it is|it was) (?:me|us)\b|\b(?:me|us) who\b"  # "it's me who wants out"
    r"|^na (?:me|we|us)\b(?!\s*\?)"  # "na me wan comot", it's me (Nigerian Pidgin; not "na me?")
    r"|^(?:yeah|yes|yep|aye),? (?:me|us|we|i am|we are)\b(?!\s*\?)"  # "yeah me" (not "yeah me? no, they did")
    r"|^(?:ich|ik|wir|wij)(?: selbst| zelf)?[.!]?$"  # "ich", "ik zelf" (German, Dutch)
    r"|^(?:c'est )?(?:moi|nous)(?:[ -]m[eê]mes?)?[.!]?$"  # "c'est moi", "moi-même" (French)
    r"|^(?:sono )?io(?: stess[oa])?[.!]?$"  # "io", "sono io" (Italian)
    # the person helped, who is on the patient's side of the question: "It's my son who's ending it"
    r"|^(?:it's|its|it is|it was) (?:my|our) (?:son|daughter|child|kid|boy|girl|mum|mom|mother|dad|father|"
    r"husband|wife|partner|parent|parents|brother|sister|gran|grandma|grandad|grandpa|nan) "
    r"(?:who|that)(?:'s| is| was|s)? (?:ending|leaving|quitting|"
    r"(?:wants?|wanted|decided|chose)\s+(?:out\b|to\s+(?:leave|end|switch|change|go|stop|quit)\b))"
    r"|\b(?:that'd|that would|that'll|that will|it'd|it would) be (?:me|us)\b"  # "that'd be me"
    r"|^(?:my|our) family(?: is| are)?$"  # "my family is"
    r"|\b(?:the )?patient'?s? side\b|^(?:our|my) side$"  # "patient side, me"
)
_PRACTICE = re.compile(
    r"\b(?:they|they're|theyre|they are|them|theirs|dem|the (?:practice|clinic|surgery|doctor|clinician|gp|"
    # "the dialysis unit", "the care team"
    r"hospital|office|specialist|therapist|dentist|provider|pharmacy|chemist|pharmacist|"
    r"(?:[\w-]+ ){0,2}(?:unit|team|service|ward|company|agency))|"
    r"practice|clinic|surgery|doctor|clinician|gp|provider|^hospital|"
    r"(?:doctor|gp|dentist)s office)\b"  # "the doctors office", typed without its apostrophe
    # "It was the psychiatrist's decision"
    rf"|\b(?:the|my|our|his|her|their)\s+(?:{ROLE_WORDS})'?s\s+(?:decision|choice|call|idea)\b"
)
# The clinician named by role, and nothing else: "him, the consultant", "she is, my therapist".
_CLINICIAN_NAMED = re.compile(
    rf"^(?:(?:him|her|he|she|them|they)(?:'s| is| are)?,? )?(?:the|my|his|her|their|our) "
    rf"(?:(?:{ROLE_WORDS})s?|midwives)"
    r"(?: (?:is|are|did|does|has))?$"
)


# Staying, said in so many words: "I don't want to switch doctors", "not looking to leave the practice",
# "without changing GP". Only the writer (or the person they help) not wanting to leave: "my doctor doesn't
# want to change my meds" is not it.
_STAYING = re.compile(
    r"(?:^|[.,;!?]\s*|\b(?:i|we)\s+(?:really\s+|just\s+|still\s+)?)"
    # (and in Geordie: "divvent want to leave")
    r"(?:(?:don't|dont|do not|am not|'m not|are not|'re not|divvent|divvn't|divn't|dinnae|dinna)\s+)"
    r"(?:want(?:ing)?|wish(?:ing)?|looking|planning|going|trying|ready)\s+to\s+"
    r"(?:switch|leave|change|move|quit|drop|replace|stop seeing|find another|find a new|get a new|"
    # "We do not wish to transfer care" (not "to transfer him to the care home")
    r"transfer(?=\s+(?:(?:my|our|his|her|their)\s+)?care\b|\s*(?:[.,;!?]|$)))"
    r"(?!\s+(?:my|our|the|her|his|their|a)?\s*(?:meds|medication|medicine|dose|tablets|pills|treatment|plan|"
    r"mind|house|home|job|area|town)\b)"
    # (nor someone left alone: "I dinnae want to leave my wee boy alone to go to the clinic")
    r"(?!\s+(?:my|our|the|his|her|their)\s+(?:[\w-]+\s+){0,2}alone\b)"
    # after "and", ending the clause or naming the clinician: "We've been with her 15 years and don't want to
    # leave" (not "Mum is in hospital and don't want to leave her side")
    r"|\band\s+(?:really\s+|just\s+|still\s+)?(?:don't|dont|do\s+not)\s+want\s+to\s+(?:leave|switch|change|move)"
    rf"(?:\s+(?:her|him|them|(?:my|our|the)\s+(?:{ROLE_WORDS}|practice|surgery|clinic)))?\s*(?:[.,;!?]|$)"
    r"|\bnot\s+(?:looking|planning|wanting|trying|going)\s+to\s+(?:switch|leave|change|move|quit)\b"
    r"(?!\s+(?:my|our|the|a)?\s*(?:mind|house|home|job|area|town)\b)"
    r"|\bwithout\s+(?:switching|leaving|changing|moving|quitting|ending\s+(?:things|it|care|the\s+relationship)|"
    r"walking\s+away)\b"
    # not a gap left in care: "how do I do that without leaving a gap in my insulin"
    r"(?!\s+(?:(?:a|any|no)\s+)?(?:gaps?|breaks?|holes?)\b)"
    # "I don't want a new doctor", "we don't want a different GP", "dont want a new doctor just want my
    # current one to listen"
    r"|(?:\b(?:i|we)\s+|(?:^|(?<=[.,;!?]))\s*)(?:really\s+|just\s+|still\s+)?(?:don't|dont|do\s+not)\s+want\s+"
    r"(?:a\s+)?(?:new|different|"
    r"another)\s+(?:doctor|doc|dr|gp|clinician|therapist|counsell?or|specialist|consultant|practice|surgery|provider|"
    r"pcp|nurse|dentist|psychiatrist|one)\b"
    # "want to sort it out, not leave", "I want to get her on side, not find someone else"
    r"|[,;]\s*(?:and\s+|but\s+)?not\s+(?:to\s+)?(?:leave|switch|quit|walk\s+away|end\s+(?:things|it|care)|"
    r"(?:find|look\s+for|get)\s+(?:someone|somebody|anyone)\s+(?:else|new))"
    r"\s*(?:[.!?]|$)"
    # "I want to sort it out, not move practice" (not "I want a new doctor, not move practice")
    r"|\b(?:(?:sort|work|iron)\s+(?:it|things|this)\s+out|patch\s+(?:it|things)\s+up|fix\s+(?:it|things)|"
    r"mend\s+things)\s*[,;]\s*(?:and\s+|but\s+)?not\s+(?:to\s+)?"
    r"(?:move|change|switch|leave)(?:\s+(?:practices?|surgery|surgeries|gps?|doctors?|clinics?))?\s*(?:[.!?]|$)"
    r"|\b(?:i|we)(?:'m|'re| am| are)\s+not\s+(?:leaving|switching|quitting)\b"
    # "I do want to go back though", "we want to keep seeing her": wanting to carry on with the same one
    # (not "go back to my old GP", which is a move).
    r"|\b(?:i|we)\s+(?:do\s+|really\s+|still\s+|just\s+)*want\s+to\s+(?:go\s+back(?=\s*(?:to\s+(?:her|him|them)\b|"
    r"(?:though|tho|eventually|at\s+some\s+point)?\s*(?:[.!?,;]|$)))|keep\s+seeing\s+(?:her|him|them)\b|"
    r"stay\s+with\s+(?:her|him|them)\b)"
    # "I want to keep my doctor", "she won't move practice", "my wife still wants to stay with him"
    r"|\b(?:i|we)\s+(?:really\s+|still\s+|just\s+)*want\s+to\s+keep\s+(?:my|our|her|his)\s+"
    r"(?:doctor|gp|clinician|therapist|counsell?or|specialist|consultant|nurse|pcp|psychiatrist)\b"
    r"|\b(?:she|he|mum|mom|dad|my\s+\w+)\s+(?:won't|wont|will\s+not|doesn't\s+want\s+to|does\s+not\s+want\s+to)\s+"
    r"(?:move|change|switch|leave)\s+"
    r"(?:practice|practices|surgery|surgeries|gp|gps|doctor|doctors|clinic)\b"
    r"|\b(?:my\s+\w+|he|she|they)\s+(?:still\s+|really\s+)*wants?\s+to\s+(?:stay\s+with|keep\s+seeing)\s+"
    r"(?:her|him|them)\b"
    # Mending rather than leaving: "I'd rather sort it out than leave", "would sooner fix things than switch"
    r"|\b(?:rather|sooner)\s+(?:sort|fix|work|patch|iron|mend|smooth|talk|try)\b[^.!?]{0,40}?\bthan\s+"
    r"(?:leave|leaving|switch|switching|change|changing|move|moving|quit|quitting|walk\s+away|walking\s+away|"
    r"go(?:ing)?\s+(?:elsewhere|somewhere\s+else))\b"
    # Mending the relationship: "repair things with her PCP" (not burning bridges, which is said of
    # leaving as often as of staying: "how to leave a practice without burning bridges")
    r"|\b(?:(?:repair|repairing|mend|mending|patch\s+up|rebuild|smooth\s+over|fix|fixing)\s+"
    r"(?:things|it|the\s+relationship|our\s+relationship|fences)|patch(?:ing)?\s+(?:things|it)\s+up)\s+with\b"
    # "reset things with my endo" (a clinician, not "with the app")
    r"|\breset(?:ting)?\s+(?:things|it|the\s+relationship|our\s+relationship)\s+with\s+(?:her|him|them|"
    rf"(?:my|our|the|his|her|their)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS}|practice|surgery|clinic))\b",
    re.IGNORECASE,
)
# Staying in looser words, read only where no harm is told (``HARM_TOLD``; a review found them beside a
# crisis or an assault): "I'm staying registered there", "I'd still like to see him" after a clinician is
# named and as the clause's end (not "my baby died, I'd still like to see him", "...see him in court"), "He
# wants to stay with this doctor", "Ah'm no wantin a new doctor" (in Scots).
# Words that end like a clinician's role and are not one: "my electrician", "the beautician".
_NOT_A_CLINICIAN = (
    r"(?!(?:rapist|electrician|musician|beautician|politician|magician|technician|mathematician)s?\b)"
)
_STAYING_LOOSELY = re.compile(
    r"(?:^|[.!?]\s*)(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:still\s+)?staying\s+(?:registered|on\s+(?:the|their|her|"
    r"his)\s+(?:list|books))\b"
    rf"|\b(?:{ROLE_WORDS})\b[^?]*?\b(?:i|we)(?:'d|\s+would)?\s+still\s+(?:want|like)\s+to\s+(?:see|keep\s+seeing)\s+"
    r"(?:her|him|them)\s*(?:[.!,;]|$)"
    r"|\b(?:my\s+\w+|he|she|they)\s+(?:still\s+|really\s+)*wants?\s+to\s+(?:stay\s+with|keep\s+seeing)\s+"
    rf"(?:this|the\s+same)\s+(?:{ROLE_WORDS})\b"
    r"|\b(?:i'm|im|i\s+am|ah'm|we're|we\s+are)\s+(?:no|not)\s+want(?:in|ing|in')\s+(?:a\s+)?(?:new|different|"
    r"another)\s+(?:doctor|doc|dr|gp|clinician|therapist|specialist|consultant|practice|surgery|nurse|one)\b"
    # pool v50: "we still want to see this doctor", "He still wants to use this surgery", "he still wants to
    # be seen there", ending the clause (still: the care so far carried on; not a doubt, a question or an if:
    # "not sure I still want to see this doctor", "Why would I still want to see that doctor", "He still wants
    # to see this doctor? No way"; nor something else seen: "this doctor's notes", "that doctor in court")
    r"|(?<!sure\s)(?<!if\s)(?<!whether\s)(?<!would\s)(?<!know\s)"
    r"\b(?:i|we|she|he|they|mum|mom|dad|my\s+\w+)(?:'d|\s+would)?\s+(?:really\s+|just\s+|do\s+)*still\s+"
    r"(?:want|wants|like|likes)\s+to\s+(?:(?:see|use|go\s+to|be\s+seen\s+(?:by|at))\s+(?:this|the\s+same|that)\s+"
    rf"(?:{ROLE_WORDS}|practice|surgery|clinic)\b(?!')|be\s+seen\s+there\b)"
    r"(?=\s*(?:[.,;!]|$|\s+(?:but|and|though|tho)\b))"
    # pool v49: the same clinician asked what they meant ("I want to ask her what she actually meant",
    # "Want to go back and ask properly")
    r"|\b(?:want|wanna|need|like|going|planning)\s+to\s+ask\s+(?:her|him|them)\s+what\s+(?:she|he|they)\s+"
    r"(?:actually\s+|really\s+)?meant\b"
    r"|\bgo\s+back\s+(?:to\s+(?:her|him|them)\s+)?and\s+ask\s+(?:(?:her|him|them)\s+)?(?:properly|again)\s*(?:[.!]|$)"
    # "We want to ask her to come back and look properly": the same clinician asked to look again, ending
    # the sentence (not "...ask him to come back and look at the bruises he left")
    r"|\b(?:want|wanna|need|like|going|planning)\s+to\s+ask\s+(?:her|him|them)\s+to\s+come\s+back\s+and\s+"
    r"(?:look|check|see)\s+(?:properly|again)\s*(?:[.!]|$)"
    # pool v49: mending "w" a clinician, trust repaired or the air cleared with one, named by role ("mending
    # fences w my GP", "repairing trust with a GP", "clear the air with my dentist"), where no harm is told
    r"|\b(?:(?:repair|repairing|mend|mending|rebuild|rebuilding|restore|restoring)\s+(?:the\s+|some\s+)?"
    r"(?:fences|trust)|clear(?:ing)?\s+the\s+air)\s+(?:with|w/?)\s+(?:my|our|the|his|her|their|a|an)\s+"
    rf"(?!(?:new|another|different|other)\b)(?:[\w-]+\s+)?(?:{ROLE_WORDS})\b"
    # pool v51: a misunderstanding with the clinician, wires crossed, as the whole message, with a wish to
    # sort it at most ("therapist and i got our wires crossed last session", "me and my GP got our wires
    # crossed, want to sort it"; not beside anything else told, "..., he did an internal exam I never agreed
    # to", "...and she ended our sessions", nor what it was about: "...about my husband's temper"; nor an
    # electrician)
    r"|^\s*(?:hi[,.!]?\s+|i\s+think\s+)?(?:(?:(?:my|our|the)\s+)?(?:[\w-]+\s+)?"
    rf"{_NOT_A_CLINICIAN}(?:{ROLE_WORDS})\s+and\s+(?:i|me)"
    rf"|(?:i|we|me|myself)\s+and\s+(?:my|our|the|me)\s+(?:[\w-]+\s+)?{_NOT_A_CLINICIAN}(?:{ROLE_WORDS}))\s+"
    r"(?:have\s+|'ve\s+)?(?:got|had|have)\s+(?:our\s+)?(?:wires\s+crossed|crossed\s+wires)"
    r"(?:\s+(?:at\s+|in\s+)?(?:the\s+|our\s+)?last\s+(?:session|appointment|visit|time|week))?"
    r"(?:\s*(?:[.,;!-]|\band\b|\bso\b)?\s*(?:i\s+|we\s+)?(?:just\s+|really\s+)?(?:want|wanna|need|would\s+like|'d\s+like)"
    r"\s+to\s+(?:sort|fix|clear|straighten|explain|ask\s+again|go\s+back)(?:\s+[\w']+){0,4})?\s*[.!]?\s*$"
    # pool v48: "I want to stay in this clinic but be taken seriously", opening a sentence, "but" after it
    # (not a stay for the night, nor a doubt: "not sure i want to stay in this practice anymore", "Do I really
    # want to stay with this practice?")
    r"|(?:^|[.!?]\s*)(?:i|we)(?:'d|\s+would)?\s+(?:really\s+|still\s+|just\s+)*(?:want|like)\s+to\s+stay\s+"
    r"(?:in|at|with)\s+(?:my|our|this)\s+(?:same\s+)?(?:practice|surgery|clinic)\s+but\b"
    # "He'd rather not switch though", a change of clinician only, ending the clause and not turned round
    # after it (not "I'd rather not leave him", "They'd rather not move him", "...switch until the new GP is
    # found", "I'd rather not switch, but I have to")
    r"|\b(?:i|we|he|she|they|mum|mom|dad)(?:'d|\s+would)\s+rather\s+not\s+(?:(?:switch|change)"
    r"(?:\s+(?:doctors?|gps?|practices?|clinics?|surgery|surgeries))?|(?:leave|move)\s+(?:the|my|our|this|his|"
    r"her)\s+(?:practice|surgery|clinic|gp|doctor))(?:\s+(?:though|tho|tbh))?\s*(?:[.!,;]|$)"
    r"(?![^.!?]*\b(?:but|so|however|although|yet|until|till)\b)"
    # "I'd like to be on better terms with the orthopaedic surgeon before the op", a clinician named (not
    # "with him", nor a new one), as the whole message (not "... He wants me to visit his flat alone")
    r"|^\s*(?:i|we)(?:'d|\s+would)?\s+(?:really\s+|just\s+)?(?:like|want)\s+to\s+(?:be|get)\s+on\s+better\s+"
    r"terms\s+with\s+(?:my|our|the|his|her|their)\s+(?!new\b)"
    rf"(?:[\w-]+\s+)?(?:{ROLE_WORDS})(?:\s+before\s+(?:the|my|his|her)\s+(?:op|operation|surgery|appointment|"
    r"next\s+appointment))?\s*[.!]?\s*$",
    re.IGNORECASE,
)
# "I don't want to leave but I have to": what follows in the same sentence turns it round.
# A "though" that ends the sentence only softens it ("I don't want to leave though").
_TURNED = re.compile(r"^[^.!?]*\b(?:but|so|however|though|although|yet)\b\s*[^\s.!?]", re.IGNORECASE)
# Staying said plainly, where a "but" after it often adds a wish rather than turning it round ("I'm staying
# with the practice but I want this addressed properly"). Each counts only when nothing after it speaks of
# a move (_A_MOVE), and never put as a question (_ASKED_BEFORE).
_STAYING_PLAINLY = re.compile(
    # "dentist rushed me again. not switching, just want to say it"
    r"(?:^|[.,;!?]\s*)not\s+(?:(?:switching|leaving|quitting)(?:\s+(?:practices?|surgery|surgeries|gps?|"
    r"doctors?|clinics?|dentists?|her|him|them))?|(?:changing|moving)\s+(?:practices?|surgery|surgeries|gps?|"
    r"doctors?|clinics?|dentists?))(?:\s+(?:though|tho|anyway|anyways))?\s*(?:[.,;!?]|$)"
    # "I still want to work with him", "we'd like to carry on with the midwife"
    r"|\b(?:i|we)(?:'d|\s+would)?\s+(?:do\s+|really\s+|still\s+|just\s+)*(?:want|like)\s+to\s+"
    r"(?:work\s+with|keep\s+working\s+with|carry\s+on\s+with|continue\s+with|stick\s+with|stay\s+with)\s+"
    rf"(?:her|him|them|(?:my|our|the|this)\s+(?:{ROLE_WORDS}))\b"
    # "I'm not switching but I want it to stop"
    r"|\b(?:i|we)(?:'m|'re|\s+am|\s+are)\s+not\s+(?:leaving|switching|quitting)\b(?!\s+(?:yet|for\s+now|now)\b)"
    # "He wants to keep this clinic but needs it to change", "i want to keep my therapist but we had a
    # rupture"
    r"|\b(?:i|we|he|she|they|mum|mom|dad|my\s+\w+)(?:'d|\s+would)?\s+(?:really\s+|still\s+|just\s+|do\s+)*"
    r"(?:want|wants|like)\s+to\s+keep\s+(?:my|our|her|his|their|this|the)\s+(?:current\s+)?"
    rf"(?:{ROLE_WORDS}|practice|surgery|clinic)\b(?!\s+(?:updated|informed|posted|in\s+the\s+loop|aware)\b)"
    # "I'd like to make peace and stay", "I can't face moving", "go back to the same one"
    r"|\b(?:make\s+(?:peace|up)|sort\s+(?:it|things)\s+out|clear\s+the\s+air|apologi[sz]e|explain)\s+and\s+stay\s*"
    r"(?:[.!,;]|$)"
    # "Would like to make amends", "Staying with him because the waitlist elsewhere is huge"
    r"|\bmake\s+(?:amends|peace)\b|(?:^|[.!?]\s*)staying\s+with\s+(?:her|him|them)\b"
    r"(?!\s+(?:is|isn't|isnt|was|would|will|makes?|made|scares?|feels?|has|means?)\b)"
    r"|\b(?:can't|cant|cannot|couldn't)\s+face\s+(?:moving|leaving|switching|changing|starting\s+(?:over|again))"
    r"(?:\s+(?:practices?|surgery|surgeries|gps?|doctors?|clinics?|her|him|them|(?:my|our|the)\s+"
    rf"(?:{ROLE_WORDS}|practice|surgery|clinic)))?\s*(?:[.!,;]|$)"
    r"|\b(?:want|wanna|like|need|hope|plan|planning|going)\s+to\s+go\s+back\s+to\s+the\s+same\s+"
    r"(?:one|doctor|gp|nurse|dentist|therapist|consultant)\b"
    # "She wishes to remain registered", "we'd like to stay on his list"
    r"|\b(?:i|we|she|he|they|my\s+\w+)(?:'d|\s+would)?\s+(?:really\s+|still\s+|just\s+|do\s+)*"
    r"(?:wish|wishes|want|wants|like|likes)\s+to\s+(?:remain|stay)\s+(?:registered\b(?!\s+(?:as|blind|disabled|"
    r"elsewhere|somewhere|with\s+(?:a|an|another|the\s+new)\b))|on\s+(?:the|her|his|their)\s+(?:list|books)\b"
    r"(?!\s+(?:for|of)\b))"
    # "I'm not going anywhere", "I need to keep going there", "I don't want to start over with someone new"
    r"|\b(?:i'm|im|i\s+am|we're|we\s+are)\s+not\s+going\s+anywhere\b(?!\s+near)"
    r"|\b(?:need|have|want)\s+to\s+keep\s+going\s+(?:there|to\s+(?:her|him|them|that|the|this))\b"
    # ("I don't want to start over again with someone else"; a clinician, not "with a new boyfriend"; never
    # beside harm told, says_staying)
    # (not turned after it: "...with someone else but I have to.", "but I guess I must", "I've got no choice")
    r"|(?P<start_over>\b(?:don't|dont|do\s+not)\s+want\s+to\s+start\s+(?:(?:all\s+)?over|again|afresh)(?:\s+again)?"
    r"\s+with\s+"
    r"(?![^.!?]*\b(?:but\s+(?:i|we)(?:'ll|\s+will|'ve)?\s+(?:guess\s+)?(?:have|need|must|got)(?:\s+(?:i'll\s+have\s+)?to)?"
    r"(?=\s*(?:[.!,;]|$))|(?:i|we)(?:\s+have|'ve\s+got|\s+got)\s+no\s+choice))"
    r"(?:(?:someone|somebody)(?:\s+(?:new|else))?|(?:a\s+new|another)\s+"
    rf"(?:{ROLE_WORDS}|practice|surgery|clinic|one)\b))"
    # "I'm staying with the practice"
    r"|\b(?:i|we)(?:'m|'re|\s+am|\s+are)\s+(?:staying|sticking)\s+with\s+(?:her|him|them|"
    rf"(?:my|our|the|this)\s+(?:{ROLE_WORDS}|practice|surgery|clinic))\b"
    # "We want to stay, just need changes", "she wants to stay there"
    r"|\b(?:i|we|she|he|they)(?:'d|\s+would)?\s+(?:really\s+|still\s+|just\s+)*(?:want|wants|like)\s+to\s+"
    r"stay(?:\s+there|\s+with\s+(?:the|this|my|our)\s+(?:practice|surgery|clinic))?"
    r"\s*(?:[.,;!]|$|\s+(?:and|but|just)\b)"
    # "We're mid-cycle and staying.", "I need us to work together again", "I still need him for my nerve
    # blocks", "leaving isn't an option", "still have 3 more visits"
    r"|\b(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:(?!(?:not|no|never)\b)[\w-]+\s+){0,3}?(?:and\s+)?staying"
    r"\s*(?:[.!,;]|$)"
    r"|\b(?:work|get\s+on)\s+together\s+again\b"
    r"|\bstill\s+need\s+(?:her|him|them)\s+for\b"
    # "Wife booked a follow up with him", "how do I make the next one count", "I'm with this team for life"
    r"|\b(?:booked|got|have|made|scheduled)\s+(?:a|another|the|my|our|his|her)\s+follow[\s-]?up\s+"
    r"(?:appointment\s+|appt\s+|visit\s+)?with\s+(?:her|him|them)\b"
    r"|\bhow\s+(?:do|can|could|should)\s+(?:i|we)\s+make\s+(?:it|this|that|the\s+next\s+(?:one|visit|appointment|appt)|"
    r"the\s+follow[\s-]?up)\s+(?:count|worth\s+it|worthwhile|go\s+better|not\s+(?:a\s+)?(?:waste|pointless))"
    r"|\b(?:i'm|im|i\s+am|we're|we\s+are)\s+with\s+(?:this|the|my|our|that)\s+(?:[\w-]+\s+)?"
    rf"(?:{ROLE_WORDS}|team|practice|clinic|surgery)\s+for\s+(?:life|good|the\s+long\s+haul)\b"
    # "i want to continue treatment there"
    r"|\b(?:i|we|she|he|they)(?:'d|\s+would)?\s+(?:really\s+|still\s+|just\s+|do\s+)*(?:wants?|like|likes)\s+to\s+"
    r"continue\s+(?:(?:my|our|his|her|their|the)\s+)?(?:treatment|care|therapy|sessions)\s+"
    r"(?:there|with\s+(?:her|him|them))\b"
    r"|\b(?:leaving|switching|changing|moving)(?:\s+\w+){0,2}\s+(?:isn't|isnt|is\s+not|wouldn't\s+be|is\s+never)\s+"
    r"an?\s+option\b"
    r"|\bstill\s+(?:have|got)\s+(?:\w+\s+)?(?:more\s+)?(?:visits|appointments|sessions)\b"
    # "want to give it another go with her first", "we'd like to give him another chance" (the patient's wish
    # for the clinician: not "he wants me to give it another try with the diet", "I'll give them another try
    # when they apologise", "not sure I want to give her another chance", "another try before surgery")
    r"|(?:(?:^|(?<=[.,;!?]))\s*|(?<!sure )(?<!if )(?<!whether )\b(?:i|we)(?:'d|\s+would)?\s+"
    r"(?:really\s+|still\s+|just\s+|do\s+)*)(?:want|like|hope|plan)\s+to\s+give\s+"
    r"(?:(?:her|him|them)\s+another\s+(?:go|try|chance|shot)\b|(?:it|things)\s+another\s+(?:go|try|chance|shot)\s+"
    r"with\s+(?:her|him|them|the\s+same)\b)"
    # "We need to keep working with him" (not "if I have to keep working with this consultant I'll scream")
    r"|(?<!if )\b(?:i|we)\s+(?:really\s+|still\s+|just\s+)*(?:need|have)\s+to\s+keep\s+working\s+with\s+"
    rf"(?:her|him|them|(?:my|our|the|this)\s+(?:{ROLE_WORDS}))\b"
    # "Same practice, I'll see him again" (not asked, "I have to see him again? No way", nor turned after a
    # comma or a figure of speech: "over my dead body", "in court")
    r"|(?<!if )\b(?:i'll|we'll|i\s+will|we\s+will|(?:i|we)\s+(?:have|need)\s+to|"
    r"(?:i|we)(?:'ve|\s+have)\s+got\s+to)\s+"
    r"(?:still\s+)?(?:see|be\s+seeing)\s+(?:her|him|them)\s+again"
    r"\s*(?:[.;!]|$|\s+(?:soon|next|though|tho|anyway)\b)"
    # "I'm annoyed but want to stay. Help me say it"
    r"|\bbut\s+(?:still\s+|really\s+|do\s+)*(?:want|wants|would\s+like|'d\s+like)\s+to\s+stay"
    r"(?:\s+with\s+(?:her|him|them))?\s*(?:[.,;!]|$|\s+(?:and|but|just)\b)"
    # "I'm not switching, the waiting list is huge, but I want to mention it", "I'm not moving practice"
    r"|\b(?:i'm|im|i\s+am|we're|we\s+are)\s+not\s+(?:switching|leaving|quitting|moving|changing)(?:\s+(?:practices?|"
    r"surgery|surgeries|gps?|doctors?|clinics?|dentists?|pharmac(?:y|ies)))?\s*(?:[.,;!]|$)"
    # "I want to stay friendly, it's the only pharmacy in town"
    r"|\bstay\s+(?:friendly|on\s+good\s+terms)\b"
    # "dismissed by doc, staying put", "I'll have to keep seeing her for my meds", "she doesn't want anyone
    # else", "go back to the same cardiologist", "I want to go back to him but get taken seriously this
    # time", "She's happy with the GP in general"
    r"|\bstaying\s+put\b(?!\s+(?:isn't|isnt|is\s+not|is\s+no\s+longer|won't|wont|will\s+not)\b)"
    # "we're seeing her again friday", "How do I walk it back?"
    r"|\b(?:i'm|im|i\s+am|we're|we\s+are)\s+seeing\s+(?:her|him|them)\s+again\b"
    r"(?![^.!?]*\b(?:last|final)\s+time\b)"
    r"|\bhow\s+(?:do|can|could|should)\s+(?:i|we)\s+walk\s+(?:it|that|this)\s+back\b"
    r"|\b(?:i|we)(?:'ll|\s+will)?\s+(?:still\s+)?(?:have|need|got)\s+to\s+keep\s+seeing\s+(?:her|him|them)\b"
    r"|\b(?:(?:don't|dont|doesn't|doesnt|do\s+not|does\s+not)\s+want|(?:won't|wont|will\s+not)\s+see)\s+"
    # not "want anyone else to know"
    r"(?:anyone|anybody|someone|somebody)\s+else\s*(?:[.;!?]|,(?!\s*but\b)|$|\s+(?:as|for|though|tho)\b)"
    rf"|\bgo(?:ing)?\s+back\s+to\s+the\s+same\s+(?:{ROLE_WORDS})\b"
    r"|\b(?:i|we)(?:'d|\s+would)?\s+(?:really\s+|still\s+|just\s+|do\s+)*(?:want|like)\s+to\s+go\s+back\s+to\s+"
    r"(?:her|him|them)\s+(?:but|and)\s+(?:get|be|have|make|do|ask|feel|this\s+time)\b"
    r"|\b(?:i'm|im|i\s+am|we're|we\s+are|she's|shes|she\s+is|he's|hes|he\s+is|they're|they\s+are)\s+"
    r"(?:really\s+|quite\s+|generally\s+|mostly\s+|otherwise\s+|very\s+)?happy\s+with\s+"
    rf"(?:the|my|her|his|our|their)\s+(?:{ROLE_WORDS}|practice|surgery|clinic)\b"
    # "I'm stuck with him for my medicals", "I can't walk away", "we need to make it work"
    r"|\b(?:i|we)(?:'m|'re|\s+am|\s+are)\s+stuck\s+with\s+(?:her|him|them|(?:my|our|the|this)\s+\w+)"
    r"|\b(?:can't|cant|cannot|can\s+not)\s+(?:just\s+)?walk\s+away\b"
    r"|\b(?:need|have|want|got)\s+to\s+make\s+(?:it|this|things)\s+work\b"
    # "I want to go back and do it properly with him", "get back on track with my doctor"
    r"|(?:\b(?:i|we)(?:'d|\s+would)?\s+|(?:^|(?<=[.,;!?]))\s*)(?:really\s+|still\s+|just\s+|do\s+)*"
    r"(?:want|like)\s+to\s+go\s+back\s+and\s+"
    r"(?:do|sort|fix|try|explain|talk|start|put|make|say|"
    # "want to go back and be normal about it" (not "be normal again before my son died")
    r"be\s+(?:normal|friendly|civil|honest|polite|nice|nicer|calm|calmer|respectful|open)\s+"
    r"(?:about\s+(?:it|this|that)|with\s+(?:her|him|them)))\b"
    r"(?!\s+(?:goodbye|good-bye|bye|farewell)\b)"
    r"|\bget\s+back\s+on\s+(?:track|good\s+terms|side)\s+with\s+(?:her|him|them|my|our|the)\b"
    r"|\bmake\s+peace(?:\s+with\s+(?:her|him|them|my|our|the)\b|\s*(?:[,.;!?]|$))"
    r"|\bwork\s+(?:this|it|things)\s+out\s+with\s+(?:her|him|them|my|our|the)\b"
    # "Still want her as my doctor though", "she still wants to see him", "I'd like to keep seeing her though"
    r"|\bstill\s+want\s+(?:her|him|them)\s+as\s+(?:my|our|his|her|their)\b"
    r"|\bstill\s+wants?\s+to\s+see\s+(?:her|him|them)\b"
    r"|\b(?:i|we|she|he|they|mum|mom|dad)(?:'d|\s+would)?\s+(?:really\s+|still\s+|just\s+|do\s+)*"
    r"(?:wants?|like|likes)\s+to\s+(?:keep\s+seeing|stay\s+with|stay\s+at|stick\s+with|continue\s+(?:at|with|seeing)|"
    r"carry\s+on\s+(?:at|with|seeing)|keep\s+going\s+to)\s+"
    rf"(?:her|him|them|(?:my|our|the|this|that)\s+(?:{ROLE_WORDS}|practice|surgery|clinic))\b"
    # "want to sort it with the dr not switch"
    r"|\b(?:sort|fix|mend|patch|work\s+out|clear)\b[^.!?]{0,40}\bnot\s+(?:to\s+)?(?:switch|leave|quit|"
    r"walk\s+away)\s*[.!]?$"
    # "I want to keep him but need more time", "she wants to keep her" (not "keep him informed"), "I want
    # stay with her" in learner's English, "I want to still see him"
    r"|\b(?:i|we|she|he|they|mum|mom|dad)(?:'d|\s+would)?\s+(?:really\s+|still\s+|just\s+|do\s+)*"
    r"(?:wants?|like|likes)\s+(?:to\s+)?(?:keep\s+(?:her|him|them)(?!\s+(?:informed|updated|posted|in\s+the\s+loop|"
    r"on|off|away|out|from|waiting)\b)|stay\s+with\s+(?:her|him|them)|still\s+see\s+(?:her|him|them))\b"
    # "start again with the same doc", "try again with her", "reconnect with my doctor"
    r"|\b(?:start|try|begin)\s+(?:again|over|afresh|fresh)\s+with\s+(?:her|him|them|the\s+same)\b"
    r"|\breconnect\s+with\s+(?:her|him|them|my|our|the)\b"
    # "I still have to go there though", "we still need to see him"
    r"|\b(?:i|we)\s+still\s+(?:have|need|got)\s+to\s+(?:go\s+there|see\s+(?:her|him|them))\b"
    # "how do i tell a doctor they hurt my feelings and still keep seeing them"
    # (told to the clinician: not "I lie to my parents and keep seeing him")
    r"|\bhow\s+(?:do|can|could|should)\s+(?:i|we)\s+(?:tell|say\s+to|let)\s+(?:(?:a|my|the|our)\s+)?(?:[\w-]+\s+)?"
    rf"(?:{ROLE_WORDS})\b"
    # (not "...tell my counsellor I'm leaving and still keep seeing her till then")
    r"(?:(?!\b(?:leav|quit|switch|stop|end|finish|discharg|mov|go)\w*\b)[^.!?]){0,60}"
    r"\band\s+(?:still\s+)?(?:keep|carry\s+on)\s+seeing\s+(?:her|him|them)\s*(?:[.!?]|$)"
    # "nervous about seeing my physio again after I cried in the last session" (after something the patient
    # did, not a harm or a fear: "...again, he made a pass at me")
    r"|\b(?:nervous|anxious|worried|apprehensive|awkward|embarrassed)\s+about\s+seeing\s+"
    rf"(?:my|our|the|her|his|their)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS})\s+again\s+after\s+(?:i|we)\s+"
    r"(?:cried|got\s+upset|got\s+angry|lost\s+my\s+temper|was\s+rude|were\s+rude|shouted|snapped|argued|"
    r"walked\s+out|stormed\s+out|broke\s+down|complained|swore)\b"
    # "I'm no wanting a new one" (Scots), "not wanting a different doctor"
    r"|\b(?:(?:i'm|im|i\s+am|we're|we\s+are)\s+)?(?:no|not)\s+wanting\s+(?:a\s+)?(?:new|different|another)\s+"
    rf"(?:one|{ROLE_WORDS}|practice|surgery|clinic)\b"
    # "I'd rather not go somewhere else", "rather not switch"
    r"|\brather\s+not\s+(?:(?:go|move|switch|change)\s+(?:somewhere|anywhere)\s+else|go\s+elsewhere|"
    r"(?:switch|leave|move|change)(?:\s+(?:practices?|surgery|surgeries|gps?|doctors?|clinics?|dentists?))?)"
    r"\s*(?:[.;!]|,(?!\s*but\b)|$|\s+(?:and|just)\b)"
    # "felt dismissed. want to stay. help", "Want to stay but set a boundary"
    r"|(?:^|(?<=[.,;!?]))\s*(?:really\s+|still\s+|just\s+|i\s+)?(?:want|wanna|would\s+like|'d\s+like)\s+"
    r"(?:to\s+)?stay(?:\s+with\s+(?:her|him|them))?\s*(?:[.,;!]|$|\s+(?:and|just)\b|\s+but\s+(?:set|need|want|ask|"
    r"talk|say|raise|fix|sort|reset|make|have|get|be|feel|also|just|push|explain|clear)\b)"
    # "I'm not leaving but it bothered me"
    r"|\b(?:i|we|im)(?:'m|'re|\s+am|\s+are)?\s+not\s+(?:leaving|switching|quitting)\s*,?\s*but\s+(?:it|that|this)\s+"
    r"(?:really\s+|still\s+)?(?:bothered|bothers|upset|upsets|hurt|hurts|annoyed|annoys|stung|stings|got\s+to\s+me|"
    r"was\s+(?:rude|upsetting|hurtful|awful|not\s+ok))\b"
    # "still want him. how do i bring it back to normal"
    r"|(?<!sure i )(?<!if i )(?<!whether i )(?<!sure we )(?<!if we )(?<!whether we )"
    r"\bstill\s+want\s+(?:her|him|them)\s*(?:[.,;!]|$|\s+(?:and|but|though|tho)\b)"
    # "It's the only clinic nearby, we'll keep going"
    r"|\b(?:i'll|we'll|i\s+will|we\s+will)\s+keep\s+going\s*(?:[.;!]|,(?!\s*but\b)|$|\s+(?:and|though|tho)\b)"
    # "need him for the follow up though"
    r"|\b(?:still\s+)?need\s+(?:her|him|them)\s+for\s+(?:the|my|his|her|our|their|a|any)\s+"
    r"(?:repeat\s+|next\s+|annual\s+|regular\s+|monthly\s+)?"
    r"(?:follow[-\s]?ups?|surgery|operation|procedure|treatment|appointments?|care|scripts?|prescriptions?|"
    r"check[-\s]?ups?|reviews?|injections?)\b"
    # "We want to keep the same consultant" (not "keep the same GP informed")
    r"|\b(?:i|we|she|he|they|mum|mom|dad)(?:'d|\s+would)?\s+(?:really\s+|still\s+|just\s+|do\s+)*"
    r"(?:wants?|like|likes)\s+to\s+keep\s+(?:the\s+same|(?:my|our|her|his|their)\s+(?:current|usual|regular))\s+"
    rf"(?:{ROLE_WORDS}|practice|surgery|clinic|one)\b(?!\s+(?:informed|updated|posted|in\s+the\s+loop|waiting)\b)"
    # "How do I go back without feeling I'm wasting her time?", "how can we go back to him after that"
    r"|\bhow\s+(?:do|can|should|could)\s+(?:i|we)\s+go\s+back\s+(?:to\s+(?:her|him|them|see\s+(?:her|him|them))\b|"
    r"without\b|and\s+(?:face|see|talk\s+to|ask|tell)\s+(?:her|him|them)\b)"
    # "how do i talk to my therapist after i walked out of the session"
    r"|\bhow\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:talk\s+to|speak\s+to|approach|face)\s+"
    rf"(?:her|him|them|(?:my|our|the)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS}))\s+(?:again|after)\b"
    # "How do we get more out of the next visit?"
    r"|\b(?:get\s+(?:more|the\s+most)\s+out\s+of|make\s+(?:the\s+most|better\s+use)\s+of)\s+"
    r"(?:the|our|my|her|his|their|each|every)\s+(?:next\s+|future\s+)?"
    r"(?:visits?|appointments?|sessions?|consult\w*|check-?ups?)\b"
    # "misunderstanding with my specialist, want to put it right", "get on a better footing with her", "He had
    # me out the door in 6 mins. I like him otherwise"
    # (with the clinician, or no one named: not "put things right with my sister", "with my boss")
    r"|\b(?:put\s+(?:it|things|this|that)\s+right|(?:get|be|start|put\s+(?:us|things|it))\s+(?:back\s+)?on\s+"
    r"(?:a\s+)?(?:better|good|firmer|solid|the\s+right|right)\s+footing)"
    rf"(?:\s+with\s+(?:her|him|them|(?:my|our|the|this)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS})))?\s*(?:[.,;!?]|$)"
    r"|\b(?:i|we)\s+(?:really\s+|do\s+)?like\s+(?:her|him|them)\s+otherwise\b"
    r"|\botherwise\s+(?:i|we)\s+(?:really\s+|do\s+)?like\s+(?:her|him|them)\b"
    # "got told off by the diabetes educator. still want to keep going" (not "don't want to keep going")
    r"|\bstill\s+(?:want|wants|need|needs)\s+to\s+keep\s+going\s*(?:[.,;!]|$)"
    # "Hoping to put it behind us"
    r"|\b(?:put|putting)\s+(?:it|this|that|things|the\s+clash|what\s+happened)\s+behind\s+(?:us|me)\b"
    # "help me say sorry to my counsellor", "apologise to my GP"
    r"|\b(?:say\s+sorry|apologi[sz]e|make\s+amends|make\s+it\s+up)\s+to\s+"
    rf"(?:her|him|them|(?:my|our|the|this)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS}))\b"
    # "Doc dismissed me. staying tho. help"
    r"|(?:^|[.,;!?]\s*)(?:but\s+|and\s+)?(?:still\s+)?staying(?:\s+(?:tho|though|put))?\s*(?:[.,;!]|$)"
    # "i want to make next visit better" (the next visit is with the same clinician)
    r"|\b(?:make|have)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?next\s+"
    r"(?:one|visit|appointment|appt|session|consult\w*|check-?up)\s+(?:go\s+)?(?:better|smoother|easier|count)\b"
    # "i walked out before she finished. How do I go back?" (not out of a ward: "I walked out of the psych
    # ward yesterday. How do I go back?")
    r"|(?:\b(?:walked|stormed|ran|rushed)\s+out\b"
    r"(?!\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:ward|hospital|unit|rehab|a&e|er|detox)\b)|\bgot\s+up\s+and\s+left\b)"
    r"[^?]*?\bhow\s+(?:do|can|should|could)\s+(?:i|we)\s+go\s+back\s*(?:[?.!]|$)"
    # "my husband wants to go back and sort it"
    r"|\b(?:she|he|they|husband|wife|partner|mum|mom|dad|son|daughter)\s+(?:really\s+|still\s+|just\s+)*"
    r"wants\s+to\s+go\s+back\s+and\s+(?:sort|fix|try|explain|talk|make|say|clear|patch)\b"
    # "Don't want to lose her, she's the only one nearby" (not of someone at risk: "I don't want to lose
    # him"), "I like the surgery"
    r"|\b(?:don't|dont|do\s+not)\s+want\s+to\s+lose\s+(?:(?:her|him|them)(?=\s*[,.;]?\s*(?:she's|he's|they're|shes|"
    r"hes|she\s+is|he\s+is|they\s+are)\s+(?:the\s+only\s+(?:one|\w+)\s+(?:nearby|near|around|here|close|local|in|"
    rf"who|that)\b|(?:the\s+best|a\s+(?:good|great|brilliant|lovely))\s+(?:{ROLE_WORDS}|doc|dr)\b|"
    rf"been\s+(?:my|our|his|her|their)\s+(?:{ROLE_WORDS})\b))|"
    rf"(?:her|him|them)\s+as\s+(?:my|our|his|her|their)\s+(?:{ROLE_WORDS})\b|(?:my|our)\s+(?:{ROLE_WORDS})\b)"
    r"|\b(?:i|we)\s+(?:really\s+|do\s+|actually\s+)?like\s+(?:the|my|our|this)\s+"
    rf"(?:{ROLE_WORDS}|practice|surgery|clinic)\s*(?:[.,;!]|$|\s+(?:and|but|a\s+lot|though|tho)\b)"
    # "I want her to actually look into it though", "The doctor we see is fine but I need to talk to them
    # about how that was handled"
    r"|\b(?:i|we)\s+(?:just\s+|really\s+)?(?:want|need)\s+(?:her|him|them)\s+to\s+(?:actually\s+|properly\s+|"
    r"really\s+)?(?:look\s+into|take\s+(?:it|this|me|us)\s+seriously|listen)\b"
    r"|\b(?:need|want|have)\s+to\s+talk\s+to\s+(?:her|him|them)\s+about\s+(?:how\s+(?:that|this|it|things|"
    r"the\s+\w+)\s+(?:was|were|got)\s+(?:handled|said|done|put|dealt\s+with|managed|explained)|"
    r"the\s+way\s+(?:she|he|they)\b|how\s+(?:she|he|they)\s+(?:treated|spoke|talked|handled|dealt|acted|was|were)\b|"
    r"how\s+(?:rude|dismissive|short|curt|cold|abrupt)\s+(?:she|he|they)\b|how\s+(?:it|that|this)\s+made\s+"
    r"(?:me|us|him|her|them)\s+feel\b|how\s+(?:my|our|his|her)\s+\w+\s+(?:was|were)\s+treated\b)"
    # "I want to keep my speech therapist for my son" (a clinician named in two words; not "keep my new
    # physio informed", nor a previous one: "keep my previous therapist, this one doesn't get me")
    r"|\b(?:i|we|she|he|they|mum|mom|dad)(?:'d|\s+would)?\s+(?:really\s+|still\s+|just\s+|do\s+)*"
    r"(?:want|wants|like)\s+to\s+keep\s+(?:my|our|her|his|their)\s+"
    r"(?!(?:new|other|old|previous|former|original|last|first)\b)[\w-]+\s+"
    rf"(?:{ROLE_WORDS})\b(?!\s+(?:updated|informed|posted|in\s+the\s+loop|aware|away|off|out|from)\b)"
    r"(?![^.!?]*\b(?:drop|dropping|ditch|leave|leaving|quit|switch|instead)\b)"
    # "say sorry and keep going there", "clear the air and keep seeing her": making up with the clinician
    # first (not "I lie to my parents and keep seeing him")
    r"|\b(?:want|wants|like|need|going|hope|hoping|trying|try|plan|planning)\s+to\s+"
    r"(?:clear\s+the\s+air|say\s+sorry|apologi[sz]e|make\s+(?:up|peace|amends)|sort\s+it\s+out)\s+and\s+"
    r"(?:still\s+)?keep\s+(?:going\s+(?:there|to\s+(?:her|him|them))|seeing\s+(?:her|him|them))\b"
    r"(?!\s+(?:until|till|for\s+now|while)\b)"
    # "a fresh start with my cardiologist", said whole (not with a new one, "the GP down the road", nor
    # "him after the divorce")
    r"|\b(?:want|like|need|hope\s+for|hoping\s+for|looking\s+for)\s+a\s+(?:fresh|clean|new)\s+start\s+with\s+"
    r"(?:my|our)\s+"
    r"(?!(?:new|next|other|old|previous|former|original)\b)"
    rf"(?:[\w-]+\s+)?(?:{ROLE_WORDS})\s*(?:[.,;!?]|$|\s+(?:after|and|but|please)\b)"
    r"|\b(?:start|begin)\s+(?:again|over|afresh)\s+properly\s+with\s+(?:her|him|them)\b"
    # "How do I go back to my doctor without being told off?" (not to an old one, leaving this one: "my
    # childhood dentist without upsetting the current one")
    r"|\bhow\s+(?:do|can|should|could)\s+(?:i|we)\s+go\s+back\s+to\s+(?:my|our|the)\s+"
    r"(?!(?:old|previous|former|original|childhood|first|last)\b)"
    rf"(?:[\w-]+\s+)?(?:{ROLE_WORDS})\s+without\b"
    r"(?![^.!?]*\b(?:current|this|new|other)\s+one\b)"
    # "Is there a way to tell my psychiatrist..., without him thinking I want to leave?" (the clinician told)
    rf"|\btell\s+(?:my|our|the)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS})\b[^.!?]{{0,120}}?"
    r"\bwithout\s+(?:her|him|them)\s+(?:thinking|assuming|feeling|believing)\s+(?:that\s+)?"
    r"(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?:(?:want|wanna|going|gonna|trying|about)\s+(?:to\s+)?)?"
    r"(?:leave|leaving|quit|quitting|switch|switching|move|moving|go\s+elsewhere)\b"
    # "I'd like a better relationship with the practice nurse", wished (not "I had a better relationship with
    # my old therapist", nor "with her stepdad")
    r"|\b(?:like|want|need|hope\s+for|build|get)\s+(?:to\s+(?:have|build|get)\s+)?a\s+better\s+relationship\s+"
    r"with\s+(?:my|our|the|this)\s+(?!(?:new|next|old|previous|former)\b)"
    rf"(?:[\w-]+\s+)?(?:{ROLE_WORDS})\b"
    # "going back in three weeks and want to get more out of it"
    r"|\bgoing\s+back\s+(?:in\s+(?:a|an|\w+)\s+(?:weeks?|days?|months?)|next\s+(?:week|month|time)|on\s+\w+day|"
    r"to\s+(?:see\s+)?(?:her|him|them))\b[^.!?]{0,30}?\bget\s+(?:more|the\s+most)\s+out\s+of\s+"
    r"(?:it|them|the\s+next\s+one)\b"
    # "I want to push back but not burn the bridge": raising something (not "changing GP but not burning
    # bridges", "leaving my job but not burning bridges")
    r"|\b(?:push\s+back|speak\s+up|complain|say\s+something|raise\s+(?:it|this|that))\s+"
    r"(?:but|without)\s+(?:not\s+)?burn(?:ing)?\s+(?:the|my|our|any|that|this)?\s*bridges?\b"
    # "Want to sort it out with my GP", "want to patch things up" (with a clinician, or no one named),
    # "I'd like another go at explaining, same clinic", "Misunderstanding with my haematologist" (the story's
    # start)
    r"|\b(?:sort|work|iron)\s+(?:it|things|this)\s+out\s+(?:with|wiv)\s+(?:my|our|the|this)\s+"
    rf"(?:[\w-]+\s+)?(?:{ROLE_WORDS})\b"
    r"|(?:(?:^|(?<=[.,;!?]))\s*|\b(?:i|we)(?:'d|\s+would)?\s+(?:really\s+|just\s+)?)"
    r"(?:want|like|need|hoping|hope|trying)\s+to\s+"
    r"(?:patch\s+(?:things|it)\s+up|smooth\s+(?:it|things|this)\s+over)\b"
    rf"(?!\s+with\s+(?!(?:my|our|the|this)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS})\b))(?![^?]*\bnot\s+interested\b)"
    r"|\banother\s+(?:go|try|chance)\s+at\s+(?:explaining|telling\s+(?:her|him|them)|talking\s+to\s+(?:her|him|them))\b"
    r"|(?:^|[.!?]\s*)(?:just\s+)?(?:a\s+)?misunderstanding\s+with\s+(?:my|our|the|her|his)\s+(?:[\w-]+\s+)?"
    r"(?!(?:electrician|technician|magician|politician|musician|beautician|mortician)\b)"
    rf"(?:{ROLE_WORDS})\b"
    r"(?!.*\b(?:ended|ending|discharg\w*|removed|struck\s+off|dropped|leave|leaving|switch\w*)\b)"
    # "I want to go back to my counsellor after storming out", "had a fallin out with the chiropractor. want
    # to go back", "want to explain without it turning into another argument"
    # (the patient's own wish: not "I don't want to go back", "the kids want to go back", "My mum says I need
    # to go back ... but I won't", nor a row at home: "My wife and I keep fighting")
    r"|\b(?:i|we)(?:'d|\s+would)?\s+(?:really\s+)?(?:want|like)\s+to\s+go\s+back\s+to\s+(?:my|our|the)\s+"
    rf"(?:[\w-]+\s+)?(?:{ROLE_WORDS})\s+after\s+(?:storming|walking|running|rushing)\s+out\b"
    r"(?![^.!?]*\bbut\s+(?:i|we)\s+(?:won't|wont|will\s+not|can't|cant)\b)"
    rf"|\bfall(?:ing|en|in'?)?\s+out\s+with\s+(?:my|the|our)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS})\b[^?]{{0,40}}?"
    r"(?:[.!,;]\s*|\b(?:i|we)\s+(?:really\s+)?)want\s+to\s+go\s+back\s*(?:[.!]|$)"
    rf"|\b(?:{ROLE_WORDS})\s+(?:thinks|thought|said|says|told\s+me|reckons)\b[^?]{{0,120}}?"
    r"\b(?:want|like|need)\s+to\s+explain\s+without\s+(?:it\s+)?(?:turning\s+into|becoming|starting)\s+"
    r"(?:another|an|a)\s+(?:argument|row|fight|clash|shouting\s+match)\b",
    re.IGNORECASE,
)
# The clinician retiring ("My GP is retiring", "she's retiring next month"), never the patient ("I'm
# retired").
_CLINICIAN_RETIRING = (
    rf"\b(?:he|she|they|{ROLE_WORDS}|dr|doc)(?:'s|'re|\s+is|\s+are|\s+has|\s+have|\s+will\s+be)?\s+"
    r"(?:just\s+|soon\s+|now\s+)?retir\w*"
)
# Getting out of the care ("How do I get out of it?"; not "couldnt get out of bed").
_GET_OUT = (
    r"\bget\s+(?:me\s+|us\s+)?out(?:\s+of\s+(?:it|this|here|there|the\s+(?:practice|surgery|clinic)|"
    r"(?:my|our|their)\s+care)\b|\s*(?:[.!?]|$))"
)
_A_MOVE = re.compile(
    r"\b(?:leave|leaving|switch|switching|change|changing|move|moving|quit|quitting|new|another|different|"
    # (not "still registered there", staying said again)
    r"elsewhere|replacement|instead|until|for\s+now|discharg\w*|(?<!still\s)register\w*|recommended)\b"
    rf"|\bother\s+(?:{ROLE_WORDS}|practices?|surger(?:y|ies)|clinics?|ones?)\b"
    r"|\b(?:someone|somebody|somewhere)\s+else\b|\bwhile\s+(?:i|we)\s+look\b"
    # ending in other words: "I tried to work things out with him but I'm done", "...but they struck me off"
    # (not "at the end of the day", "once we've finished the first block")
    r"|\b(?:end|ending)\s+(?:it|things|care|my\s+care|therapy|treatment)\b"
    r"|\b(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:done|out)\b|\bfinished\s+with\b|\bnot\s+any\s*more\b"
    r"|\bwant(?:s|ed)?\s+out\b|\b(?:it's|its|it\s+is)\s+over\b"
    # (not the one before: "we had a rupture in our last session")
    r"|\bfinal\s+(?:appointment|session|visit|one)\b"
    r"|(?<!in our )(?<!at our )(?<!in my )(?<!at my )(?<!in the )(?<!at the )(?<!during our )(?<!during my )"
    r"\blast\s+(?:appointment|session|visit|one)\b"
    # (nor the one before told: "the last session ended in a row")
    r"(?!\s+(?:ended|went|turned|got)\b|\s+was\s+(?:rough|awful|bad|terrible|horrible|difficult|hard|tough|"
    r"upsetting|a\s+disaster|a\s+mess)\b)"
    r"|\bnot\s+(?:going|gonna)\s+back\b|\b(?:won't|wont|will\s+not)\s+be\s+(?:attending|going)\b"
    r"|\bnever\s+(?:want\s+to\s+|wanna\s+)?see\s+(?:her|him|them)\s+again\b"
    rf"|\bterminat\w*|{_GET_OUT}"
    r"|\bstruck\s+(?:\w+\s+)?off\b|\bkick\w*|\b(?:remov\w*|dropp\w*)\s+(?:me|us|him|her|them)\b"
    r"|\bclos\w*\s+(?:my|our|the)\s+(?:file|case|account|records?)\b"
    # "I like my GP. She's retiring next month", "we like the surgery but they're closing our list", "Staying.
    # Not with that GP though"
    rf"|{_CLINICIAN_RETIRING}|\bclos\w*\s+(?:our|my|his|her|their|the)\s+(?:list|books|practice|surgery|doors)\b"
    r"|\bnot\s+with\s+(?:her|him|them|that|this|the)\b"
    # the care ending all the same: "...but she's ending our sessions", "but the surgery is closing"
    r"|\bno\s+longer\b|\bclos(?:ing|ed|es)\b|\b(?:ending|stopping)\s+(?:our|my|his|her|their)\b|"
    r"\bhave\s+to\s+(?:go|stop|leave)\b|\brelocat\w*|\b(?:can't|cant|cannot|won't|wont)\s+see\s+(?:me|us|him|her)\b|"
    r"\boff\s+(?:their|the|his|her)\s+(?:list|books)\b|\bstopped\s+taking\b|\bdropping\b"
    # the other side saying no: "my mum wants to keep seeing her but the practice says no"
    r"|\bsaid\s+no\b|\bsays?\s+no\b|\b(?:won't|wont|will\s+not)\s+(?:let|have|see|keep|take)\b"
    r"|\b(?:she|he|they|practice|surgery|clinic|doctor|gp)\s+(?:has\s+|have\s+)?refus\w*",
    re.IGNORECASE,
)
# Removed from the list, told as the story's start: "removed from the list. no explanation." (not "for
# surgery", "of transplants").
_REMOVED_FIRST = (
    r"^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:been\s+|got\s+|was\s+|were\s+)?removed\s+from\s+(?:(?:the|their|his|her|"
    r"my|our)\s+(?!(?:transplant|waiting|wait|surgical|surgery|donor|housing|mailing|operating)\b)(?:[\w-]+\s+)?)?"
    r"(?:list|books|register|panel|practice)\b"
    # (a reason is not a waiting list's purpose: "removed from list for missing appointments")
    r"(?!\s+(?:for|of)\b(?!\s+(?:missing|missed|not|being|no|complaining|dnas?)\b))"
)
# Leaving said before the staying words, or the staying tried and failed: "How do I end care with my
# therapist? I can't just walk away", "I've found another GP. I'd still like to keep seeing her", "we
# couldn't work things out with her".
_LEAVING_BEFORE = re.compile(
    r"\b(?:end|ending|ended)\s+(?:it|things|care|my\s+care|our\s+care|therapy|treatment|the\s+relationship)\b"
    r"|\b(?:decided|deciding|want|wants|going|planning)\s+to\s+"
    r"(?:leave|quit|end|switch|change\s+(?:gp|doctor)|stop\s+seeing)\b"
    r"|\b(?:leave|leaving|quit|quitting)\s+"
    r"(?:him|her|them|my\s+(?!job|house)\w+|the\s+(?:practice|surgery|clinic))\b"
    # not the room: "I keep leaving my endocrinology appointments in tears"
    r"(?!\s+(?:appointments?|appts?|visits?|sessions?|consults?|consultations?|office|room|building)\b)"
    # "My GP is retiring and I don't want to lose her"
    rf"|\bterminat\w*|\bdone\s+with\b|{_GET_OUT}|{_CLINICIAN_RETIRING}"
    # the practice ending it: "My GP is discharging me but I still need to see him for my prescriptions"
    r"|\b(?:discharge|discharging|firing|dropping|striking)\s+(?:me|us|him|her|them)\b"
    r"|\b(?:ending|stopping)\s+(?:our|my|his|her|their)\s+(?:sessions|visits|therapy|treatment)\b|\bstruck\s+(?:me|us|him|her|them)\s+off\b"
    r"|\b(?:was|were|been|got)\s+struck\s+off\b"
    # "Struck off by the surgery", "removed from the list", "my therapist dumped me"
    r"|^\s*struck\s+off\b|\bremov(?:ed|ing)\s+(?:me|us)\s+from\s+(?:the|their|his|her)\s+(?:[\w-]+\s+)?"
    rf"(?:list|books|register)\b|{_REMOVED_FIRST}"
    r"|\b(?:dumped|ditched)\s+(?:me|us|him|her|them)\b"
    r"|\b(?:discharged|fired|dropped)\s+(?:me|us|him|her|them)\b(?!\s+(?:off\b|from\s+(?:the\s+)?(?:hospital|ward)))"
    r"|\b(?:found|got|booked|registered\s+with|signed\s+up\s+with|moved\s+to|switched\s+to|lined\s+up)\s+"
    r"(?:a\s+|an\s+)?(?:new|another|different|other)\b"
    r"|\b(?:couldn't|could\s+not|can't|cannot|tried\s+to|failed\s+to)\s*$",
    re.IGNORECASE,
)
# A move turned down after the staying words: "instead of starting over somewhere else", "than go somewhere
# new", "not quit".
_MOVE_TURNED_DOWN = re.compile(
    r"\b(?:instead\s+of|rather\s+than|than)\s+[^.!?,;]*|\bnot\s+(?:to\s+)?(?:quit|leave|switch|change|move)\b"
    # what must change is how it goes, not the clinician: "We want to keep her but this has to change"
    r"|\b(?:this|things|something|it)\s+(?:has|have|needs?|must|got)\s+to\s+change\s*[.!]?\s*$"
    # "needs it to change", "change how appointments go"
    r"|\b(?:it|things|this|that)\s+to\s+change\b|\bchange\s+(?:how|the\s+way)\b"
    # a reason for staying: "because the waitlist elsewhere is 8 months"
    r"|\b(?:because|as|since)\s+(?:the\s+)?(?:wait\w*|waiting\s+list|list|queue)\b[^.!?,;]*"
    # no other one to go to: "I've got no other surgery nearby"
    r"|\bno\s+other\s+(?:surgery|practice|gp|doctor|clinic|dentist|pharmacy|option)\b",
    re.IGNORECASE,
)
# The staying words put as a question: "Why would I want to work with him after that?", "Do I want to carry
# on with her?" (not "How can I tell her we feel judged, but that we want to keep working with her?").
_ASKED_BEFORE = re.compile(
    r"(?:^|[.!?,;]\s*)(?:why\s+)?(?:would|do|does|should|could|did|can|am|are)(?:\s+(?:i|we|she|he|they))?\s*$",
    re.IGNORECASE,
)
# The staying words refused just before them: "I'm not going to try again with him", "I refuse to try again
# with her", "there's no point trying to reconnect with my therapist".
_REFUSED_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|refuse|won't|wont|don't|dont|doesn't|doesnt|didn't|didnt|sick\s+of|tired\s+of|"
    r"fed\s+up\s+(?:of|with))|n't)"
    r"(?:\s+(?:going|gonna|want|wanting|planning|able|about|trying|try|ever|really|to|be|point|any|use|in|way|"
    r"think|i|we|could|can|possibly|see|there's|is))*\s*$",
    re.IGNORECASE,
)
# "I want to change that, not change GP": a change of clinician turned down after the wish, unless the wish
# is for another one ("I want a new doctor, not change GP").
_NOT_MOVING = re.compile(
    r"[,;]\s*(?:and\s+|but\s+)?not\s+(?:to\s+)?(?:change|move|switch|leave)\s+(?:my\s+|our\s+|the\s+)?"
    r"(?:gps?|doctors?|clinicians?|dentists?|therapists?)\s*(?:[.!?]|$)",
    re.IGNORECASE,
)
_ANOTHER = re.compile(
    rf"\b(?:new|another|different|other|female|male)\s+(?:{ROLE_WORDS}|practice|surgery|clinic|one)\b"
    r"|\b(?:stop\s+seeing|switch\s+to|change\s+to|move\s+to)\b|\binstead\b",
    re.IGNORECASE,
)


# A word's last "g" dropped ("we're leavin' the practice", "goin' elsewhere"): read spelt out.
_DROPPED_G = re.compile(r"\b(\w{2,}in)'(?=[\s.,;!?]|$)", re.IGNORECASE)


def _spelt_out(text: str) -> str:
    return _DROPPED_G.sub(r"\1g", (text or "").replace("\u2019", "'"))


# No new clinician wanted, with what is wanted instead: "not looking for a new one just want better
# communication". Only where nothing in the message tells of the care ending (_ENDED): "I've been discharged
# by my psychiatrist and I'm not after a new one" is ending care.
_NOT_AFTER_A_NEW_ONE = re.compile(
    r"\bnot\s+(?:looking\s+for|asking\s+for|after)\s+(?:a\s+)?(?:new|different|another)\s+"
    rf"(?:one|{ROLE_WORDS}|practice|surgery|clinic)\b[.,;]?\s+(?:i\s+)?(?:just|only|simply)\s+(?:want|need|would\s+like)\b",
    re.IGNORECASE,
)
_ENDED = re.compile(
    r"\b(?:discharg\w*|remov\w*|struck|dropp\w*|retir\w*|kick\w*|fired|deregist\w*|de-regist\w*|taken\s+off|"
    r"took\s+(?:me|us|him|her|them)\s+off|clos\w*|end|ended|ending|leav\w*|left|mov\w*|switch\w*|quit\w*|"
    r"go\s+without|stop\s+(?:seeing|going|my|our|the|treatment|care)|cancel\w*|finish\w*|done\s+with)\b",
    re.IGNORECASE,
)


def _sentence_before(clean: str, found: "re.Match[str]") -> str:
    """The sentence so far, up to a match."""
    return re.split(r"[.!?]", clean[: found.start()])[-1]


def _clause_before(clean: str, found: "re.Match[str]") -> str:
    """The clause so far, up to a match."""
    return re.split(r"[.!?,;]", clean[: found.start()])[-1]


def says_staying(text: str) -> bool:
    """True when the message says the patient does not want to leave their clinician, and nothing after it
    in the same sentence turns that round."""
    clean = _spelt_out(text)

    def unturned(found: "re.Match[str]") -> bool:  # no leaving said before it, no move or ending after it
        after = _MOVE_TURNED_DOWN.sub(" ", clean[found.end() :])
        return not _LEAVING_BEFORE.search(clean[: found.start()]) and not _A_MOVE.search(after)

    for found in _STAYING_PLAINLY.finditer(clean):
        if found.group("start_over") and HARM_TOLD.search(clean):
            continue
        before = _sentence_before(clean, found)
        asked = _ASKED_BEFORE.search(clean[: found.start()]) or _REFUSED_BEFORE.search(before)
        if not asked and unturned(found) and not _ANOTHER.search(before):
            return True
    if not HARM_TOLD.search(clean) and any(unturned(found) for found in _STAYING_LOOSELY.finditer(clean)):
        return True
    if _NOT_MOVING.search(clean) and not _ANOTHER.search(clean):
        return True
    if _NOT_AFTER_A_NEW_ONE.search(clean) and not _ENDED.search(clean):
        return True
    return any(
        not _TURNED.match(clean[found.end() :])
        and unturned(found)
        and not _REFUSED_BEFORE.search(_sentence_before(clean, found))
        for found in _STAYING.finditer(clean)
    )


# Leaving said in so many words, of a clinician or a practice: "time to leave my gyno", "i want to break up
# with my dentist", "stop going to my therapist", "me and my doctor are finished"; or the practice ending it:
# "discharged from physio", "dropped me as a customer", "won't see me anymore", "told me to find someone
# else", "this will be our last appointment". Not "leave my GP a message", a hospital's discharge, or
# "my doctor dropped me off".
_CARER = (
    rf"(?:my|our|the|her|his|their|this|that|your)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS}|practice|surgery|clinic|pharmacy|"
    r"agency|service|team)\b"
)
_LEAVING_PLAINLY = re.compile(
    r"\b(?:leave|leaving|quit|quitting|ditch|ditching|dump|dumping|fire|firing|sack|sacking|"
    r"break(?:ing)?\s+up\s+with|stop\s+going\s+to|stop\s+seeing|(?:done|finished)\s+with|"
    r"(?<=to\s)finish\s+with)\s+"
    rf"{_CARER}(?!')(?!\s+(?:a|an|some|to|as(?!\s+a\s+family)|alone|in\s+charge|for\s+now|appts?|appointments?|visits?|sessions?|"
    r"consults?|consultations?|office|room|building|feeling|in\s+tears|crying|upset|feedback|reviews?|messages?|"
    r"notes?|voicemail|exercises|homework|stretches)\b)"
    # "I want to change practices", "switching my GP" (not "change my doctor's mind")
    r"|\b(?:change|chang|changing|switch|switching|move|moving)\s+(?:practices|surgeries|gps|doctors|clinics|dentists|"
    r"therapists|providers|pcps|(?:my|our|the)\s+(?:gp|doctor|practice|surgery|pcp|dentist|therapist|provider)"
    r"(?!'))\b"
    # "switching GP", "change dentist" (not surgery, the operation, nor "change doctor's mind", nor a practice
    # that "keeps changing doctor")
    r"|(?<!keep )(?<!keeps )(?<!kept )\b(?:change|changing|switch|switching)\s+"
    r"(?:gp|pcp|doctor|dentist|therapist|practice)\b"
    r"(?!'|\s+(?:dates?|appointments?|appts?|times?|days?|visits?|bookings?|slots?)\b)"
    # "wants to change nephrologists" (a plural of any role, wished or asked: not "they keep changing nurses")
    r"|\b(?:wants?\s+to|need\s+to|like\s+to|how\s+(?:do|can|should)\s+(?:i|we)|can\s+(?:i|we))\s+(?:change|switch)\s+"
    rf"(?!(?:obs|docs)\b)(?:{ROLE_WORDS})s\b"
    rf"|\b(?:me|i)\s+and\s+{_CARER}\s+(?:are|r)\s+(?:done|finished|over|through)\b"
    rf"|\b{_CARER}\s+and\s+(?:i|me)\s+(?:are|r)\s+(?:done|finished|over|through)\b"
    r"|\bdischarged\s+(?:me|us|him|her|them|from|back\s+to|by)\b"
    r"|\b(?:got|received|had|sent\s+me)\s+(?:a|the|my)\s+discharge\s+letter\b"
    # "discharge letter from my neurologist came today" (not a hospital's: "discharge letter came with my
    # meds")
    r"|\bdischarge\s+letter\s+from\s+(?:my|our|the|his|her)\s+(?:[\w-]+\s+)?"
    rf"(?:{ROLE_WORDS}|practice|surgery|clinic|service|team)\b"
    # "Taking my business elsewhere"
    r"|\btak(?:e|ing)\s+(?:my|our)\s+(?:business|custom)\s+elsewhere\b"
    # "the practice removed me", "they removed my whole family" (not a waiting list, a dressing, a ventilator
    # or an app: only the patient or the family, then the list or a reason)
    rf"|(?:\bthey|{_CARER})\s+(?:have\s+|has\s+|'ve\s+|just\s+)*(?:removed|deregistered|de-registered)\s+"
    r"(?:me|us|my\s+(?:whole\s+)?family)\s*(?:[.!,;]|$|(?:for|because|after|over)\s+(?!surgery\b|an?\s+op|the\s+op)"
    r"|from\s+(?:the|their|his|her|our)\s+(?:gp\s+|patient\s+|practice\s+)?(?:list|books|register)\b"
    r"(?!\s+(?:for|of)\s+(?:surgery|an?\b|the\b|my\b|his\b|her\b|transplants?|treatment)))"
    # "time to move on from my current dentist" (not "moving on from my surgery", the operation)
    r"|\bmov(?:e|ing)\s+on\s+from\s+(?:my|our|the|her|his|their)\s+(?:current\s+|old\s+)?"
    rf"(?:{ROLE_WORDS}|practice|clinic)\b"
    r"|\b(?:been|got|was|were|being)\s+struck\s+off\b"
    # "removed from the list. no explanation."
    rf"|{_REMOVED_FIRST}"
    # "struck off my GP list for being 'abusive'", "struck off." as the whole story's start
    r"|^(?:(?:i|we)\s+)?(?:got\s+|was\s+|were\s+)?struck\s+off\b"
    r"|\bstruck\s+off\s+(?:my|our|the|his|her|their)\s+(?:[\w-]+\s+)?(?:list|books|register|panel)\b"
    # "my dad's been told by his gp to find another practice"
    r"|\b(?:been|was|were|being|got)\s+told\s+(?:by\s+(?:my|our|his|her|their|the)\s+(?:[\w-]+\s+)?"
    rf"(?:{ROLE_WORDS}|practice|surgery|clinic)\s+)?to\s+find\s+(?:another|a\s+new|a\s+different)\s+"
    rf"(?:{ROLE_WORDS}|practice|surgery|clinic|provider)\b"
    # "My physio signed me off today" (not a sick note: "signed me off work", "signed me off for two weeks")
    r"|\b(?:physio|physiotherapist|therapist|counsellor|counselor|psychologist|occupational\s+therapist|"
    r"speech\s+therapist|dietitian|podiatrist|chiropractor|osteopath|rehab\s+team)\s+(?:has\s+|just\s+)*"
    r"signed\s+(?:me|us|him|her|them)\s+off\b"
    r"(?!\s+(?:work|sick|school|college|uni|duty|for|until|till|with|on|as|because|due|to|from)\b)"
    # "the specialist nurse said i won't be seen in the ms clinic anymore"
    r"|\b(?:won't|wont|will\s+not|can't|cant|cannot)\s+be\s+seen\s+(?:in|at|by)\s+(?:the|my|this|that|their)\s+"
    rf"(?:[\w-]+\s+)?(?:{ROLE_WORDS}|clinic|practice|service|team|surgery)\s+any\s*more\b"
    r"(?!\s+(?:unless|until|till|without|if)\b)"
    # in Spanish: "me sacaron de la lista", "cambio de médico", "me voy con otro", "dejar a mi doctora"
    r"|\bme\s+(?:sacaron|quitaron|borraron|dieron\s+de\s+baja)\s+de\s+la\s+lista\b"
    r"(?!\s+de\s+(?:espera|trasplantes?|cirug))"  # not a waiting list
    r"|\bcambi(?:o|ar|ando)\s+de\s+(?:m[eé]dico|doctor|doctora|cl[ií]nica|terapeuta)\b(?!\s+no\s+es\b)"
    r"|\bme\s+voy\s+con\s+otr[oa](?:\s+(?:m[eé]dic[oa]|doctora?|cl[ií]nica|terapeuta)\b|\s*(?:[.!,;]|$))"
    r"|\bdejar\s+a\s+mi\s+(?:m[eé]dico|m[eé]dica|doctor|doctora|terapeuta)\b"
    # in French, Italian, German, Dutch and Russian: "changer de médecin", "cambiare medico di base", "den
    # Hausarzt wechseln", "van huisarts wisselen", "сменить врача"; "mon psychiatre prend sa retraite"
    # (a wish, not past: "ho cambiato medico"; one turned down is _NOT_LEAVING_BEFORE's: "je ne veux pas
    # changer de médecin")
    r"|\bchanger\s+de\s+(?:m[eé]decin|docteur|clinique|cabinet|psychiatre|dentiste|th[ée]rapeute)\b"
    r"|\bcambiare\s+(?:il\s+)?(?:medico|dottore|dottoressa|ginecologo|pediatra|dentista)\b"
    r"|\b(?:arzt|ärztin|hausarzt|hausärztin|praxis|zahnarzt|therapeuten)\s+wechseln\b"
    r"|\b(?:van\s+)?(?:huisarts|dokter|tandarts|praktijk)\s+(?:wisselen|veranderen)\b"
    r"|\bсменить\s+врача\b"
    r"|\b(?:m[eé]decin|docteur|psychiatre|cardiologue|th[ée]rapeute|dentiste)\s+(?:prend|va\s+prendre|prendra)\s+"
    r"sa\s+retraite\b"
    r"|\b(?:been|got|was|were|being)\s+(?:kicked|taken|removed)\s+off\s+(?:their|the|his|her|its)\s+"
    r"(?:list|books|register|panel|caseload|roster)\b"
    # "the practice is closing down", "our surgery's shutting for good", "closing next month" (not for the
    # day or the night, a while or a part of it: "closing down for the night", "closing early today",
    # "closing down the phone lines", "closing in May for refurbishment", "closing next month to new
    # patients", "merging")
    r"|\b(?:practice|surgery|clinic)(?:'s|\s+is|\s+are)\s+(?:closing|shutting)\s+"
    r"(?:down\s*(?:[.!,;]|$)|for\s+good\b|permanently\b|(?:down\s+)?(?:next\s+(?:month|year)|at\s+the\s+end\s+of\s+"
    r"(?:the\s+)?(?:month|year)|in\s+(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|the\s+spring|the\s+summer|the\s+autumn|the\s+new\s+year))\b)"
    r"(?![^.!?]*\b(?:refurb\w*|temporar\w*|reopen\w*|back\s+in|new\s+patients|merg\w*|for\s+the\s+(?:night|day|weekend))\b)"
    # "They said I'm too complex for this practice"
    r"|\b(?:said|says|told\s+(?:me|us))\s+(?:that\s+)?(?:i'm|im|i\s+am|we're|we\s+are|he's|she's|(?:he|she)\s+is)\s+"
    r"too\s+(?:complex|complicated)\s+for\s+(?:this|the|their|our|my|his|her)\s+(?:practice|surgery|clinic|service)\b"
    r"(?!\s+(?:nurse|clinic)\b)(?![^.!?]*\b(?:refer\w*|instead)\b)"
    # "she's ending his therapy", "they're stopping mum's visits"
    r"|\b(?:is|are|she's|he's|they're|it's)\s+(?:ending|stopping|closing)\s+(?:my|his|her|their|our|\w+'s)\s+"
    r"(?:therapy|care|sessions|visits|case|services?)\b"
    # "not comfortable continuing to see me", "no longer willing to treat us"
    r"|\b(?:not\s+comfortable|no\s+longer\s+(?:able|willing)\s+to|not\s+willing\s+to|refus\w*\s+to)\s+"
    r"(?:continu\w*\s+(?:to\s+)?)?(?:see|seeing|treat|treating)\s+(?:me|us)\b"
    r"(?!\s+(?:without|unless|alone|on\s+(?:my|our)\s+own)\b)"
    # off a list, never off to a blood test or dropped off at the door
    r"|\bstruck\s+(?:me|us|him|her|them)\s+off\b"
    # "The surgery's put me off their list" (not a fear or a question: "they'll put me off their list if I
    # complain", "Can they put me off their list?"; nor a list for an operation or a jab)
    r"|(?<!'ll\s)(?<!will\s)(?<!would\s)(?<!could\s)(?<!can\sthey\s)(?<!might\s)\bput\s+(?:me|us|him|her|them)\s+"
    r"off\s+(?:their|its)\s+(?:list|books|register)\b(?!\s+(?:for|till|until)\b)"
    r"|\b(?:dropped|dropping|removed|removing|kicked|kicking|took|taken|taking)\s+(?:me|us|him|her|them)\s+"
    r"(?:off\s+(?:their|the|his|her|its)\s+(?:list|books|register|panel|caseload|roster)|"
    r"out\s+of\s+(?:the|their)\s+(?:practice|surgery|clinic|service|list|books)|"
    r"as\s+a\s+(?:patient|customer|client))\b"
    r"|\b(?:won't|wont|will\s+not|doesn't\s+want\s+to|refuses\s+to)\s+(?:see|treat|dispense\s+to|prescribe\s+for)\s+"
    r"(?:me|us|him|her|them|(?:my|our)\s+(?:son|daughter|child|kids?|children|mum|mom|dad|husband|wife|partner))\s+"
    r"(?:any\s*more|again)\b(?!\s+(?:until|till|unless|before|for|without))"
    r"|\btold\s+(?:me|us|him|her|them)\s+to\s+find\s+(?:(?:someone|somebody)\b|(?:another|a\s+new|a\s+different)\s+"
    rf"(?:{ROLE_WORDS}|practice|surgery|clinic|one|provider|pharmacy)\b)"
    # "My dermatologist dropped me because I didn't reply to a letter" (the clinician as the one who did it,
    # with a reason of the patient's doing after it: not "the nurse dropped me off", "dropped me a line",
    # nor a fall: "the physio dropped me when she lifted me", "because I was too heavy")
    rf"|\b(?:my|our|the|his|her|their)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS}|practice|surgery|clinic)\s+"
    r"(?:has\s+|have\s+|just\s+)*dropped\s+(?:me|us|him|her|them)\b"
    r"(?=\s+(?:(?:because|cause|cos|coz|after)\s+(?:i|we)\s+(?:didn't|didnt|did\s+not|missed|haven't|hadn't|never|"
    r"forgot|complained|asked|cancelled|canceled|refused|wouldn't|questioned|kept\s+missing)|"
    r"for\s+(?:missing|not|being\s+(?:late|rude)|asking|complaining|no-?shows?)|"
    r"over\s+(?:my|our|a|the)\s+(?:complaint|bill|missed|review))\b)"
    # (nor a fall told after it: "...because I refused the hoist and now my hip hurts")
    r"(?![^.!?]*\b(?:injur\w*|fell|fall|floor|bruis\w*|broke|broken|hoist|lift\w*|grip)\b)"
    # "Fixin' to find a new doctor" (about to, in the US South)
    r"|\bfix(?:in'?|ing)\s+to\s+(?:find|get|look\s+for)\s+(?:another|a\s+new|a\s+different)\s+"
    rf"(?:{ROLE_WORDS}|practice|surgery|clinic|provider)\b"
    # "the pain clinic ended my treatment" (a clinic or a service, not "my oncologist stopped my treatment")
    r"|\b(?:clinic|practice|surgery|service)\s+(?:has\s+|have\s+|just\s+)*(?:ended|terminated)\s+"
    r"(?:my|our|his|her|their)\s+(?:treatment|care|therapy)\b(?!\s+(?:early|today|for\s+(?:today|the\s+day))\b)"
    # "I need to find another pharmacy" (not "I need to find someone to drive me")
    r"|\b(?:i|we)\s+(?:need|have|got)\s+to\s+find\s+(?:another|a\s+new|a\s+different)\s+"
    rf"(?:{ROLE_WORDS}|practice|surgery|clinic|provider|pharmacy|chemist)\b"
    # "the oncology team want to hand her care back to the GP"
    r"|\bhand(?:s|ed|ing)?\s+(?:my|his|her|their|our|\w+'s)\s+care\s+back\s+to\b"
    # "My doctor fired me because I asked for a second opinion"
    r"|\bfired\s+(?:me|us|him|her|them)\b(?!\s+up\b)"
    r"|\b(?:is|are|was|were|she's|he's|they're|shes|hes|theyre)\s+(?:firing|dropping|discharging|dismissing)\s+"
    r"(?:me|us|him|her|them)\b(?!\s+(?:from|out\s+of)\s+(?:the\s+)?(?:hospital|ward|icu|a&e|er)\b)"
    # "the doctor told me never to come back to his clinic" (not "not to come back until the results")
    r"|\b(?:told|asked)\s+(?:me|us|him|her|them)\s+(?:never\s+to\s+come\s+back|not\s+to\s+come\s+back\s+"
    r"(?:again|ever|any\s*more))\b(?!\s+(?:until|till|unless|before|for|without|if)\b)"
    r"|\b(?:will\s+be|is|was)\s+(?:our|my|his|her|their)\s+(?:very\s+)?last\s+(?:appointment|session|visit)\b"
    # "The nurse practitioner told me this would be our last appointment" (told, not "If I complain, that
    # would be my last appointment")
    r"|\b(?:told|said|says)\b[^.!?]{0,60}\bwould\s+be\s+(?:our|my|his|her|their)\s+(?:very\s+)?last\s+"
    r"(?:appointment|session|visit)\b"
    # "The fertility clinic says they'll stop my treatment because my BMI is too high" (a clinic or a service,
    # not "My mum says she'll stop her treatment", nor a treatment stopped: "the oncologist says they'll stop
    # my chemo treatment")
    r"|\b(?:clinic|practice|surgery|service|unit)\s+(?:has\s+|have\s+|just\s+)*"
    r"(?:says?|said|told\s+(?:me|us))\s+(?:that\s+)?(?:they'll|they\s+will|they're\s+going\s+to|it'll|it\s+will)\s+"
    r"(?:stop|end)\s+(?:my|our|his|her|their)\s+(?:treatment|care|sessions|therapy|visits)\b"
    # "the GP surgery is kicking my gran off" (off the list, not out of hospital)
    rf"|{_CARER}\s+(?:is\s+|are\s+)?(?:kicking|booting)\s+(?:my|our)\s+\w+\s+off\b"
    # "I'm no longer registered", "she's not registered there any more"
    r"|\b(?:i'm|im|i\s+am|we're|we\s+are|he's|she's|they're|(?:he|she|they)\s+(?:is|are))\s+(?:no\s+longer\s+registered|"
    r"not\s+registered\s+(?:there\s+|with\s+(?:them|her|him|the\s+practice)\s+)?any\s*more)\b"
    r"(?!\s+(?:as|blind|disabled|sight|partially|with\s+the\s+(?:gmc|nmc|hcpc|board|council)))"
    # "got dropped by my pain clinic", "been kicked out of the practice"
    rf"|\b(?:got|been|was|were|being)\s+(?:dropped|removed|discharged)\s+by\s+{_CARER}"
    r"(?!\s+(?:[\w-]+\s+){0,3}?(?:from\s+(?:my|the|his|her)\s+(?:repeats?|waiting\s+list|list\s+for)|at|outside|"
    r"home)\b)"
    r"|\b(?:got|been|was|were|being)\s+(?:kicked|thrown|booted)\s+out\s+of\s+(?:the|my|our|their)\s+"
    r"(?:practice|surgery|clinic|service)\b"
    # "Our pediatrician is kicking us out because we delayed vaccines" (not out of the room)
    rf"|{_CARER}\s+(?:is\s+|are\s+|has\s+|have\s+|just\s+)*(?:kicking|kicked|booting|booted|throwing|threw)\s+"
    r"(?:me|us|him|her|them)\s+out(?:\s+of\s+(?:the|their|his|her)\s+(?:practice|surgery|clinic|service|list)\b|"
    r"\s*(?:[.!,;]|$)|\s+(?:because|cos|for)\s+(?!crying|being\s+late|(?:a|the)\s+(?:day|minute)))"
    # "Been told my physio sessions are ending because I've used my allowance"
    r"|\b(?:told|informed|said|says)\s+(?:me\s+|us\s+)?(?:that\s+)?(?:my|our|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:sessions|appointments|visits|therapy)\s+(?:are|is|will\s+be)\s+"
    r"(?:ending|being\s+(?:stopped|ended)|coming\s+to\s+an\s+end|stopping)\b"
    r"(?=[^.!?]*\b(?:allowance|funding|funded|quota|limit|used\s+up|ran\s+out|run\s+out|discharg\w*|cap)\b)"
    # "I've had it with this clinic and I'm leaving"
    rf"|\b(?:had\s+it|fed\s+up|sick|tired)\s+(?:with|of)\s+{_CARER}[^.!?]{{0,20}}?\band\s+"
    r"(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:leaving|off\s+(?:elsewhere|to\s+(?:a\s+)?(?:new|another)\b)|"
    r"done\s+with\s+(?:her|him|them|it)|moving\s+(?:on|practices?|gps?))\s*(?:[.!,;]|$)"
    # "Can a doctor just drop you? Mine did"
    rf"|\bcan\s+(?:a|my|the|your|their)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS}|practice|surgery|clinic)\s+(?:just\s+)?"
    r"(?:drop|remove|strike\s+off|kick\s+out|fire|stop\s+(?:treating|seeing)|refuse\s+to\s+(?:treat|see))\s+"
    r"(?:you|me|us|a\s+patient|patients)\b"
    r"(?!\s+(?:off\s+(?:at|home)|at|home|from\s+(?:the\s+)?(?:hospital|ward)|with|on|without|for)\b)"
    # "My therapist said she's 'not the right fit' for me and is referring me on"
    # (not the patient unfit for a treatment: "the consultant said he's not a good fit for surgery")
    r"|\b(?:said|says|told\s+(?:me|us))\s+(?:that\s+)?(?:(?:she's|he's|they're|she\s+is|he\s+is|they\s+are|"
    r"she\s+was|he\s+was|they\s+were)\s+['\"]?not\s+(?:the\s+|a\s+)?(?:right|good)\s+fit['\"]?\s+for\s+"
    r"(?:me|us|my\s+\w+|him|her|them)\b|(?:we're|we\s+are|we\s+were)\s+['\"]?not\s+(?:the\s+|a\s+)?(?:right|good)\s+"
    r"fit\b)"
    # "The surgery wrote saying the relationship has 'broken down'" (a practice's letter, not a marriage)
    r"|\b(?:practice|surgery|clinic|gp|doctor|letter)\b[^.!?]{0,40}\b(?:wrote|writes|letter|saying|says|said|"
    r"told\s+(?:me|us))\b[^.!?]{0,40}(?<!my )(?<!our )\brelationship\b(?!\s+(?:with|between)\b)[^.!?]{0,25}?"
    r"(?:has|had|have|is)\s+['\"]?(?:irretrievably\s+|completely\s+)?broken\s+down\b"
    # "the nurse told me I'm being discharged because my arthritis is 'stable'" (not from a ward, nor home)
    r"|\b(?:i'm|im|i\s+am|we're|we\s+are|he's|she's|he\s+is|she\s+is|they're|they\s+are)\s+(?:being|getting|"
    r"going\s+to\s+be|about\s+to\s+be)\s+discharged\b(?!\s+(?:from|out\s+of|to)\s+(?:the\s+)?(?:hospital|ward|"
    r"icu|a&e|er|unit|home|rehab)\b|\s+(?:home|tomorrow|today|tonight|later|soon)\b)"
    # "Dumped by my therapist by text" (the story's start)
    r"|^(?:just\s+)?(?:dumped|ditched|fired|sacked)\s+by\s+(?:my|our|the|her|his|their)\s+"
    rf"(?:[\w-]+\s+)?(?:{ROLE_WORDS}|practice|surgery|clinic)\b"
    # "How do I tell my physio I don't want to come back" (not "...until the results are in")
    rf"|\btell\s+{_CARER}\s+(?:that\s+)?(?:i|we)\s+(?:don't|dont|do\s+not|won't|wont|will\s+not)\s+"
    r"(?:want\s+to\s+|wanna\s+)?(?:come|be\s+coming|go|be\s+going)\s+back"
    r"(?:\s+to\s+(?:see\s+)?(?:her|him|them|you))?\s*(?:[.,;!?]|$)"
    # "My midwife is handing me back to the hospital team" (not to the doctor in the next room, nor notes)
    r"|\bhand(?:s|ed|ing)?\s+(?:me|us|him|her|them)\s+back\s+to\s+"
    r"(?:the|a|my|our|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:team|hospital|practice|service|gp|unit)\b"
    # "I've been told I'll be 'reallocated'. Can I choose someone else instead" (not someone else to look at a
    # biopsy)
    r"|\b(?:re-?allocat\w*|re-?assign\w*)[^?]{0,80}?\b(?:choose|pick|request|ask\s+for|have)\s+"
    r"(?:someone|somebody)\s+else\b(?!\s+(?:instead\s+)?to\s+(?:look|review|check|see\s+if)\b)"
    # "Want out of this practice", "want out of my therapist's care" (not out of the surgery, the operation,
    # nor the clinic's waiting room)
    r"|\b(?:want|wants|wanna|wanted)\s+out\s+of\s+(?:this|the|my|our|that)\s+practice\b"
    rf"|\b(?:want|wants|wanna|wanted)\s+out\s+of\s+(?:my|our|his|her|their)\s+(?:{ROLE_WORDS})'s\s+care\b"
    # "I've been fired by my doctor"
    r"|\b(?:been|got|was|were|being)\s+(?:fired|sacked|dumped|ditched|kicked\s+off)\s+by\s+(?:my|our|the|her|his|their)\s+"
    rf"(?:[\w-]+\s+)?(?:{ROLE_WORDS}|practice|surgery|clinic)\b"
    # "The pharmacy says it won't fill my prescriptions anymore": the pharmacy or practice refusing, as the
    # whole sentence (not "mum refuses to fill her prescriptions anymore", a medicine stopped, nor "because of
    # the shortage", "until the GP signs")
    r"|\b(?:pharmacy|pharmacist|chemist|surgery|practice|clinic|gp|doctor)\b[^.!?]{0,30}?"
    r"\b(?:won't|wont|will\s+not|refuses?\s+to|(?:is|are|'s|'re)\s+refusing\s+to)\s+(?:fill|dispense)\s+"
    r"(?:my|our|his|her|their)\s+(?:[\w-]+\s+)?(?:prescriptions?|scripts?|repeats?|meds|medication)\s+any\s*more"
    r"\s*(?:[.!]|$)"
    # "Time for a new doctor", opening a sentence (not someone else's view: "my husband thinks it's time for a
    # new GP", nor for another look: "time for a new doctor to take a look", "a new specialist opinion")
    r"|(?:^|[.!?]\s*)(?:(?:i\s+think|so|ok|okay|yeah)\s*,?\s+)?(?:(?:it's|its|it\s+is)\s+)?time\s+for\s+(?:a\s+)?"
    rf"(?:new|another|different)\s+(?:{ROLE_WORDS}|practice|surgery|clinic|provider)\b(?!')(?!\s*\?)"
    r"(?!\s+(?:appointment|appt|session|check|check-?up|referral|visit|prescription|scan|test|review)s?\b)"
    r"(?!\s+(?:to\s+(?:take\s+a\s+)?(?:look|review|check|double|confirm|go\s+over|see\s+if)|for\s+(?:a\s+|an\s+)?"
    r"(?:second|another|opinion|fresh)|opinion|view|look)\b)"
    # "The chronic fatigue service has closed and everyone's been discharged"
    r"|\b(?:everyone|everybody|all\s+(?:of\s+)?(?:us|the\s+patients))(?:'s|\s+has|\s+have)?\s+(?:been|got|being)\s+"
    r"discharged\b(?!\s+(?:home|from\s+(?:the\s+)?(?:hospital|ward)))"
    # "Is there a safe way to leave a GP", "best way to switch dentists"
    # (not "the best way to leave my GP a message", "to change my doctor's mind")
    r"|\b(?:safe|safest|best|right|proper|polite)\s+way\s+to\s+(?:leave|switch|change|quit)\s+(?:a|an|my|our|the|your)\s+"
    rf"(?:[\w-]+\s+)?(?:{ROLE_WORDS}|practice|surgery|clinic|provider)\b(?!')"
    r"(?!\s+(?:a|an|some|mind|feedback|reviews?|notes?|messages?|voicemail|comments?)\b)"
    # "kidney clinic says i don't need follow-up anymore": said by the clinic, and no more at all (not "my son
    # says he doesn't need to be seen anymore", "to be seen again until March", "to come back next week")
    rf"|\b(?:{ROLE_WORDS}|clinic|practice|surgery|team|service|hospital)\s+(?:has\s+|have\s+|just\s+)*"
    r"(?:says?|said|told\s+(?:me|us|him|her|them))\s+(?:that\s+)?(?:i|we|he|she|they)\s+(?:don't|dont|doesn't|"
    r"doesnt|do\s+not|does\s+not|no\s+longer)\s+need\s+(?:any\s+(?:more\s+)?follow[\s-]?ups?|follow[\s-]?ups?\s+any\s*more|"
    r"to\s+(?:be\s+seen|come\s+back)\s+(?:any\s*more|again))\s*(?:[.,;!?]|$)"
    # "the fertility clinic told us they're not the right fit and ended our treatment": a clinic of itself
    # (not "he's not a good fit for surgery", the patient, nor "the nursery told us they're not the right
    # fit")
    rf"|\b(?:{ROLE_WORDS}|clinic|practice|surgery|team|service|hospital)\b[^.!?]{{0,40}}?"
    r"\btold\s+(?:us|me)\s+(?:that\s+)?(?:they're|they\s+are|they\s+were)\s+['\"]?not\s+(?:the\s+|a\s+)?(?:right|good)\s+"
    r"fit['\"]?\s*(?:[.,;!]|$|\s+and\b)"
    # "want to move from my gp in town to one out nearer home"
    # (the patient moving: not "transfer me from my GP to a diabetes clinic", a referral, nor "from the
    # practice area to a new town", "to a new insulin")
    r"|\b(?:move|moving|switch|switching|transfer|transferring)\s+from\s+(?:my|our|the|his|her)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{ROLE_WORDS}|practice|surgery|clinic)\b(?!')(?!\s+(?:area|catchment)\b)[^.!?]{{0,40}}?\bto\s+"
    r"(?:one|(?:another|a\s+new|a\s+different|the\s+(?:new|other))\s+(?:[\w-]+\s+)?(?:one|"
    rf"{ROLE_WORDS}|practice|surgery|clinic))\b"
    # "The hospital discharged my mum from the heart failure nurse service" (a service, not a ward)
    r"|\bdischarged\s+(?:me|us|him|her|them|my\s+\w+(?:\s+in\s+law)?)\s+from\s+(?:the|their|his|her|my|our)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:service|clinic|caseload|list|books|programme|program)\b"
    # "time to find a new gp", "want to find another dentist"
    # (not for another look: "looking to find a new doctor to review my diagnosis")
    r"|\b(?:(?:time|going|want|wanna|gonna|looking|planning|ready)\s+(?:to\s+)?(?:find|look\s+for)|"
    r"thinking\s+(?:of|about)\s+(?:finding|looking\s+for))\s+"
    rf"(?:another|a\s+new|a\s+different)\s+(?:{ROLE_WORDS}|practice|surgery|clinic|provider|pharmacy)\b"
    r"(?!\s+(?:to\s+(?:look|review|check|double|confirm|go\s+over|see\s+if)|for\s+(?:a\s+|an\s+)?(?:second|another|"
    r"opinion|fresh)))"
    # pool v49: "Letter from the surgery: removed for 'breakdown in relationship'", the patient removed and
    # nothing else ("...: mole removed", "...: removed my diazepam from repeat" are not)
    r"|\b(?:letter|email|text|message)\s+from\s+(?:the|my|our)\s+(?:[\w-]+\s+)?(?:practice|surgery|clinic|gp)\b"
    r"\s*[:,-]?\s*(?:(?:i've|we've|i\s+have|we\s+have|you've|you\s+have|i\s+was|we\s+were)\s+)?(?:been\s+)?"
    r"(?:removed|deregistered|struck\s+off)\s+(?:for|because|after|from\s+(?:the|their|its|our)\s+"
    r"(?:list|books|register|practice))\b"
    # "The pharmacy said they'll no longer do my blister packs and I need to go elsewhere": no more, said by
    # the pharmacy or practice (not out of stock today, nor sent elsewhere for one thing)
    rf"|\b(?:{ROLE_WORDS}|pharmacy|chemist|practice|surgery|clinic)\s+(?:has\s+|have\s+|just\s+)*(?:said|says|"
    r"told\s+(?:me|us|him|her|them))\b[^.!?]{0,60}?\b(?:no\s+longer|any\s*more)\b[^.!?]{0,50}?"
    r"\b(?:i|we|he|she|they)\s*(?:need|needs|have|has|'ll\s+have|will\s+have|must)\s+to\s+(?:go|look)\s+"
    r"(?:elsewhere|somewhere\s+else)\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
# Not the leaving itself: "I'm not ready to leave the practice", "without walking away", "as I was leaving
# the surgery".
_NOT_LEAVING_BEFORE = re.compile(
    # "dinnae want tae change practice" (Scots), "mi nuh want change doctor" (Jamaican)
    r"(?:\b(?:not|never|no|without|rather\s+than|instead\s+of|dont|doesnt|didnt|wont|cant|isnt|arent|avoid|"
    r"dinnae|disnae|didnae|willnae|cannae|nuh|"
    # in French, Italian, German, Dutch and Russian: "je ne veux plus changer", "non ho intenzione di
    # cambiare", "ich will nie den Arzt wechseln"
    r"ne|pas|jamais|non|nicht|nie|kein|keine|keinen|niet|nooit|geen|не|"
    # not across "and", "but" or "so" ("my insurance is no longer accepted and they're dropping me")
    r"avoiding|hate|reluctant|afraid\s+of|scared\s+of)|n't)(?:\s+(?!(?:and|but|so)\b)[\w']+){0,5}\s*$"
    # someone else's wish: "My husband wants me to leave my GP"
    r"|\b(?:wants|want|wanted|told|telling|tells|asked|asking|pushing|pressuring|keeps\s+saying)\s+"
    r"(?:me|us|her|him|them)\s+to\s*$",
    re.IGNORECASE,
)
# Leaving a place, not the care: "as I was leaving the surgery".
_LEAVING_A_PLACE = re.compile(r"\b(?:was|were|when|as|after|before|while)\s*$", re.IGNORECASE)
# Turned down after it: "Leaving my GP is not an option", "Quitting my therapist would be a mistake".
_NOT_AN_OPTION = re.compile(
    r"\s+(?:is|would\s+be|isn't|isnt)\s+(?:not\s+|never\s+)?(?:an?\s+)?(?:option|mistake|out\s+of\s+the\s+question|"
    r"the\s+last\s+thing)",
    re.IGNORECASE,
)
# A discharge told as the reason for another clinician's view ("the clinic discharged me after one test,
# I'd like a cardiologist's opinion"), or from hospital, is not the care ending.
_A_VIEW_ASIDE = re.compile(
    r"\b(?:someone\s+else|somebody\s+else|second|opinion|view|assessment|refer|referred|referral|who\s+else)\b"
    rf"|\b(?:another|a\s+different)\s+(?:[\w'-]+\s+)?(?:{ROLE_WORDS}|opinion|look|view)\b",
    re.IGNORECASE,
)
_DISCHARGE_ASIDE = re.compile(
    r"\b(?:hospital|ward|a&e|er|icu|inpatient|ambulance)\b|" + _A_VIEW_ASIDE.pattern, re.IGNORECASE
)
# Discharged from a service by name ("discharged my mum from the heart failure nurse service"): a hospital
# named beside it is who did it, not the place left.
_FROM_A_SERVICE = re.compile(
    r"\bfrom\s+(?:the|their|his|her|my|our)\s+(?:[\w-]+\s+){0,3}?(?:service|clinic|caseload|list|books|programme|"
    r"program)\b",
    re.IGNORECASE,
)


# Someone else's advice before the looser shapes ("My mother says I should end things with my therapist"), and
# staying said beside them ("...but I also want to stay").
_SOMEONE_ELSES_ADVICE = re.compile(
    r"\b(?:says?|said|thinks?|told\s+me|keeps\s+saying)\s+(?:that\s+)?(?:i|we)\s+(?:should|must|have\s+to|need\s+to)\s*$",
    re.IGNORECASE,
)
_STAYING_TOO = re.compile(r"\b(?:want|wants|wanting)\s+to\s+stay\b", re.IGNORECASE)
# Leaving in looser words, read only where no harm, fear, control or crisis is told (``HARM_TOLD``; the
# reviews found these shapes beside a threat or a crisis that no keyword rule reads).
_LEAVING_LOOSELY = re.compile(
    # "taken off her doctor's list", "kicked off the practice list" (not a list for one service: "...the gp
    # list for the flu jab", "...for blood tests"; a reason is not a service: "...for missing appointments")
    r"\b(?:been|got|was|were|being)\s+(?:kicked|taken|removed)\s+off\s+(?:their|the|his|her|its)\s+"
    r"(?:doctor|doctors|gp|gps|practice|surgery|dentist|clinic)'?s?\s+(?:list|books|register)\b"
    r"(?!\s+(?:of|for\s+(?!(?:missing|not|being|no-?shows?|shouting|swearing|abus\w*|rude\w*|aggress\w*|arguing|"
    r"complain\w*|moving|living|behaviour|behavior)\b)))|"
    # "How do I end things with my chiropractor", "Ending my time with this GP", the clinician ending the
    # clause (not "end it with my GP tablets", "end things with my electrician", a regret: "I regret ending
    # things with my psychologist")
    r"(?<!regret )(?<!regretted )(?<!regretting )\b(?:end|ending)\s+(?:things|(?:my|our)\s+time)\s+with\s+"
    # (the role straight after: not "my IT specialist", "my beauty therapist")
    r"(?:my|our|this|that|the)\s+"
    rf"{_NOT_A_CLINICIAN}"
    rf"(?:(?:{ROLE_WORDS})s?|practice|surgery|clinic)\b(?!')"
    r"(?=\s*(?:[.,;!?]|$|\s+(?:and|but|so|because|cos|as|since|without|now|for\s+good)\b))"
    # "need to wrap things up with my texas doctors and start over here" (a move, not "wrap things up with my
    # GP before the appointment ends")
    r"|\bwrap(?:ping)?\s+things\s+up\s+with\s+(?:my|our|this|that|the)\s+(?:[\w-]+\s+)?"
    rf"(?:(?:{ROLE_WORDS})s?|practice|surgery|clinic)\b(?!')"
    r"\s+and\s+(?:start\s+(?:over|again|afresh)(?=\s*(?:here|there|somewhere|elsewhere|with|[.!,;]|$))|"
    r"find\s+(?:a|another)\s+new|register\s+(?:with|at|here|somewhere))\b"
    # "Doctor said I should find another doctor because I won't take statins": the clinician's words about
    # themselves, opening the message or a sentence (not a relative's or a friend's advice, "what if my doctor
    # says...", a referral: "my GP said I should find another therapist", "...another doctor for my knee")
    r"|(?:^|[.!?]\s+)(?:(?:my|our|the|his|her)\s+)?(?P<teller>gp|doctor|doc|dentist|therapist|counsell?or|"
    r"psychiatrist|psychologist|consultant|specialist|nurse|midwife|physio|practice|surgery|clinic)\s+"
    r"(?:has\s+|just\s+)*(?:said|says|told\s+(?:me|us))\s+(?:that\s+)?(?:i|we)\s+"
    r"(?:should|need\s+to|have\s+to|had\s+to|must|ought\s+to)\s+find\s+(?:another|a\s+new|a\s+different)\s+"
    r"(?P=teller)\b(?!')(?=\s*(?:[.,;!?]|$|\s+(?:because|cos|as|since|after|now)\b))"
    # (not away for a while: "...because he was on holiday", "off today", "maternity leave")
    r"(?![^.!?]*\b(?:holiday|off\s+(?:today|sick|work)|maternity|paternity|leave|away|sick)\b)"
    # pool v51: "Dentist wants to 'part ways' after I complained", "we're parting ways with our GP" (a
    # clinician's wish or the patient's, not a question: "should I part ways with my therapist?")
    r"|(?:^|[.!?]\s+)(?:(?:my|our|the|his|her|their)\s+)?(?:[\w-]+\s+)?"
    rf"(?:{ROLE_WORDS}|practice|surgery|clinic)\s+(?:has\s+|just\s+)*(?:wants?|wanted|decided|is\s+going)\s+"
    r"to\s+['\"]?part\s+ways\b['\"]?(?!\s+with\s+(?!(?:me|us)\b))"  # (not "with our GP", someone else)
    rf"|\b(?:we're|we\s+are|i'm|im|i\s+am|we've|i've)\s+(?:decided\s+to\s+)?(?:parting|part|parted)\s+ways\s+with\s+{_CARER}"
    rf"|\b{_CARER}\s+and\s+(?:i|me)\s+(?:are|have|'ve|are\s+going\s+to)\s+(?:parting|part|parted)\s+ways\b"
    # "we are moving back to suva next month so we finish with the doctor here" (a move away, then the care
    # ends; not moving the car, nor an appointment finished in ten minutes)
    r"|\b(?:moving|relocating)\s+(?:back\s+)?(?:to|home|abroad|away|overseas|out\s+of)\b[^.!?]{0,60}?"
    r"\b(?:so|and)\s+(?:we|i)(?:'ll|\s+will|\s+have\s+to|"
    rf"\s+must|\s+need\s+to)?\s+finish\s+with\s+{_CARER}"
    r"(?!\s+(?:early|today|at\s+\d|in\s+\d|for\s+(?:today|the\s+day|now))\b)",
    re.IGNORECASE,
)
# Leaving in a few blunt words, read like the looser shapes and never beside a blow of any kind, even one
# HARM_TOLD does not hold ("booted out of the surgery, he bangs my head on the floor"):
_LEAVING_BLUNTLY = re.compile(
    # "Chucked out of my GP surgery. Proper fuming", as a sentence's first words and the clause's end (not out
    # of the surgery's waiting room, the practice squad or a clinic placement)
    r"(?:^|[.!?]\s+)(?:chucked|kicked|thrown|booted)\s+out\s+of\s+(?:the|my|our)\s+(?:gp\s+|doctor'?s\s+)?"
    r"(?:practice|surgery|clinic)\b(?!')"
    r"(?=\s*(?:[.,;!?]|$|\s+(?:because|cos|for|over)\b))"
    # "My mum's been let go by her rheumatologist": by a clinician (an employer lets staff go: "let go by my
    # practice")
    r"|\b(?:been|got|was|were|being)\s+let\s+go\s+by\s+(?:my|our|the|her|his|their)\s+(?:[\w-]+\s+)?"
    rf"(?:{ROLE_WORDS})\b(?!')(?!\s+(?:manager|team|supervisor|boss|partner|job|i|we|she|he|they)\b)"
    r"(?![^.!?]*\b(?:work|worked|works|working|job|employ\w*|staff|sacked|redundan\w*|manager)\b)"
    # "Aye, the doctor's give me the push": the push, a dismissal, ending the clause (not "a push", a shove,
    # nor "the push I needed to quit smoking", "the push off the exam table")
    r"|(?P<push>\b(?:the|my|our)\s+(?:gp|doctor|doc|practice|surgery|clinic|dentist|consultant)(?:'s|s|\s+has|"
    r"\s+have)?\s+(?:give|given|gave)\s+(?:me|us|him|her|them|my\s+\w+)\s+the\s+push\b(?=\s*(?:[.,;!]|$)))"
    # pool v51: "Got the boot from the pain clinic" (from a clinician or a practice, not from a person)
    # (not a walking boot: "...from the fracture clinic, how long do I wear it"; nor a job lost)
    rf"|\b(?:got|get|getting|been\s+given|given)\s+the\s+boot\s+(?:from|by)\s+{_CARER}(?!')"
    r"(?![^.!?]*\b(?:wear\w*|walking|moon|job|work|worked|staff|employ\w*|receptionist|years\s+as)\b)",
    re.IGNORECASE,
)
_A_BLOW = re.compile(
    r"\b(?:bang\w*|drag\w*|thump\w*|wallop\w*|knock\w*|grab\w*|pinch\w*|hit\w*|slap\w*|punch\w*|smack\w*|"
    r"chok\w*|strangl\w*|beat\w*|bit(?:e|es|ing|ten)?|burn\w*|hurt\w*|push\w*|shov\w*|throw\w*|threw)\b",
    re.IGNORECASE,
)


def says_leaving(text: str) -> bool:
    """True when the message says, in so many words, that the care with a clinician or practice is
    ending (either side ending it), and does not also say the patient wants to stay. The looser shapes
    (``_LEAVING_LOOSELY``) only where no harm is told (``HARM_TOLD``)."""
    clean = _spelt_out(text)
    if says_staying(clean):
        return False
    for found in _LEAVING_PLAINLY.finditer(clean):
        clause = _clause_before(clean, found)
        if _NOT_LEAVING_BEFORE.search(clause) or _NOT_AN_OPTION.match(clean[found.end() :]):
            continue
        if found.group(0).lower().startswith("leav") and _LEAVING_A_PLACE.search(clause):
            continue
        if "discharge" in found.group(0).lower():
            aside = _A_VIEW_ASIDE if _FROM_A_SERVICE.search(found.group(0)) else _DISCHARGE_ASIDE
            if aside.search(clean):
                continue
        return True
    if HARM_TOLD.search(clean) or _STAYING_TOO.search(clean):
        return False
    blunt = _LEAVING_BLUNTLY.search(clean)
    # (the dismissal's own "push" is not a blow; any other push is)
    beside = (
        clean[: blunt.start("push")] + " " + clean[blunt.end("push") :]
        if blunt and blunt.group("push")
        else clean
    )
    if blunt and not _A_BLOW.search(beside):
        return True
    clauses_before = (_clause_before(clean, found) for found in _LEAVING_LOOSELY.finditer(clean))
    return any(
        not _NOT_LEAVING_BEFORE.search(clause) and not _SOMEONE_ELSES_ADVICE.search(clause)
        for clause in clauses_before
    )


def initiator_from_text(text: str) -> Optional[str]:
    """``patient`` or ``practice`` for a typed answer to who ends the care; None when it says neither
    or both (the question is asked again). When the whole answer says both, its first clause decides
    ("me. they don't know yet"), never by the few words read only as the whole answer ("ma decision, he'd
    kill me if he knew" is asked again)."""
    code = _initiator(text)
    first, rest = clauses(text)
    if code is None and rest:
        code = _initiator(first, whole=False)
    return code


def _initiator(text: str, whole: bool = True) -> Optional[str]:
    clean = re.sub(r"\s+", " ", (text or "").strip().lower().replace("\u2019", "'"))
    buttons = {title.lower(): code for title, code in INITIATOR_BUTTONS.items()}
    if clean in buttons:
        return buttons[clean]
    if clean in (PATIENT, PRACTICE):
        return clean  # a stored answer, validated again when the form resumes
    for shape, side in _WHOLE_ANSWER_SIDES if whole else ():
        if shape.match(clean):
            return side
    if _NOT_PATIENT.search(clean):
        return PRACTICE
    if _NOT_PRACTICE.search(clean):
        return PATIENT
    if _DONE_TO.search(clean):
        return PRACTICE  # "I've been discharged", "I got a letter"
    if _PATIENT_SUBJECT.search(clean):
        return PATIENT  # "I refuse to see him again", "we asked them to remove us"
    if _PRACTICE_SUBJECT.search(clean):
        return PRACTICE  # "my doctor is leaving the practice"
    if _PRACTICE_ACTS.search(clean):
        return PRACTICE
    if _PATIENT_DECIDES.search(clean):
        return PATIENT
    if _CLINICIAN_NAMED.match(clean):
        return PRACTICE
    patient, practice = bool(_PATIENT.search(clean)), bool(_PRACTICE.search(clean))
    if patient != practice:
        return PATIENT if patient else PRACTICE
    return None


QUESTIONS = [
    for_whom_question(
        "ec_for_whom",
        "Is this about your own care, or are you helping someone else?",
        "So I can word the questions and your checklist for the right person.",
    ),
    Question(
        "ec_initiator",
        "Who is ending the care: you, or the clinician or practice? For example, you got a letter "
        "saying they will stop seeing you.",
        "The steps are different when the practice ends your care.",
        list(INITIATOR_BUTTONS),
        other_prompt="Who is ending {persons} care: you and {them}, or the clinician or practice? "
        "For example, a letter came saying they will stop seeing {them}.",
    ),
    Question(
        "ec_new_clinician",
        "Have you lined up a new clinician yet?",
        "Having the next clinician first is the best way to avoid a gap in care.",
        YES_NO_BUTTONS,
        other_prompt="Has {person} got a new clinician lined up yet?",
    ),
    Question(
        "ec_medications",
        "Do you take medicines every day or most days?",
        "Prescriptions need a bridge so that no dose is missed during the change.",
        YES_NO_BUTTONS,
        other_prompt="Does {person} take medicines every day or most days?",
    ),
    Question(
        "ec_ongoing_treatment",
        "Is there care that must not stop? For example: pregnancy care, cancer care, dialysis, "
        "or medicine for mental health.",
        "Some care must be handed over straight to the new team, and must not stop all at once.",
        YES_NO_BUTTONS,
    ),
    Question(
        "ec_pending",
        "Are any tests, results or referrals still pending?",
        "Someone needs to follow up each one so that nothing is lost.",
        YES_NO_BUTTONS,
    ),
    Question(
        "ec_pcp_required",
        "Does your health plan require you to name a primary care clinician?",
        "Some plans only pay when the clinician you see is the one named on the plan.",
        YES_NO_BUTTONS,
        other_prompt="Does {persons} health plan require {them} to name a primary care clinician?",
    ),
    Question(
        "ec_feedback",
        "Last one, and it's up to you: would you like to know where to give feedback or make a complaint?",
        "Feedback can help the practice do better. It's up to you.",
        YES_NO_BUTTONS,
    ),
]
# Every item a checklist can hold, by code (what analytics records of it).
CHECKLIST_CODES = (
    "notice_period",
    "urgent_care_continues",
    "new_clinician_first",
    "book_first_visit",
    "ask_for_referrals",
    "request_records",
    "bridge_prescriptions",
    "ongoing_treatment",
    "pending_results",
    "change_pcp_with_insurer",
    "keep_copies",
    "urgent_needs_in_gap",
    "feedback",
)


@dataclass(frozen=True)
class Item:
    code: str
    text: str
    why: str
    warning: bool = False
    source: str = ""


def _maybe(value: Optional[str]) -> bool:
    """Yes, not sure and unanswered all keep an item: leaving a safety step out needs a clear no."""
    return value != "no"


# Items worded the same everywhere; every other item's words come from the region table (bot/regions.yml).
BOOK_FIRST_VISIT = Item(
    "book_first_visit",
    "Book your first visit with the new clinician, and tell them about any deadlines.",
    "An early first visit keeps your care moving.",
)
ONGOING_TREATMENT = Item(
    "ongoing_treatment",
    "Don't stop ongoing treatment suddenly. Ask for a direct handover between the old and new clinicians.",
    "Stopping some treatments all at once can be dangerous.",
    warning=True,
)
# For someone helping the patient: the letter stays in the patient's words, since the right is theirs.
RECORDS_FOR_SOMEONE = (
    "If you are asking for {noun}, put their name and details in the letter and ask them to sign it. If you "
    "have the right to act for them, sign it yourself and add a copy of the paper that shows it. Their "
    "records then go to them, and to their new clinician."
)
KEEP_COPIES = Item(
    "keep_copies",
    "Keep your own copies: medication list, allergies, problem list and recent notes.",
    "You'll have what matters even if records are slow to arrive.",
)


COMPLAINTS_HEADING = "Where to raise a problem"
FEEDBACK = Item(
    "feedback",
    f'To give feedback or make a complaint, see "{COMPLAINTS_HEADING}" below. Start with the first one.',
    "Feedback can help the practice do better. It's up to you.",
)


def questions_for(region: str) -> List[Question]:
    """The questions asked in this region (some only make sense where health plans name a clinician)."""
    skipped = set(region_record(region).ending_care_questions_skipped)
    return [q for q in QUESTIONS if q.slot not in skipped]


def build_checklist(answers: Mapping[str, Optional[str]], region: str) -> List[Item]:
    """The items that apply to these answers, in a safe order, each with one line of why."""
    local = region_record(region).ending_care

    def regional(code: str) -> List[Item]:
        entry = local.get(code)
        if entry is None:
            return []  # this region has no such step
        return [Item(code, entry["text"], entry["why"], source=entry.get("source", ""))]

    practice = answers.get("ec_initiator") == PRACTICE
    items: List[Item] = []
    if practice:
        items += regional("notice_period") + regional("urgent_care_continues")
    if answers.get("ec_new_clinician") != "yes":
        items += regional("new_clinician_first")
    else:
        items.append(BOOK_FIRST_VISIT)
    if practice:
        items += regional("ask_for_referrals")
    items += regional("request_records")
    if _maybe(answers.get("ec_medications")):
        items += regional("bridge_prescriptions")
    if _maybe(answers.get("ec_ongoing_treatment")):
        items.append(ONGOING_TREATMENT)
    if _maybe(answers.get("ec_pending")):
        items += regional("pending_results")
    if "ec_pcp_required" not in region_record(region).ending_care_questions_skipped and _maybe(
        answers.get("ec_pcp_required")
    ):
        items += regional("change_pcp_with_insurer")
    items.append(KEEP_COPIES)
    items += regional("urgent_needs_in_gap")
    if answers.get("ec_feedback") == "yes":
        items.append(FEEDBACK)
    return items


RECORDS_LETTER = """[Your full name]
[Your address]
[Date of birth]
[Date]

To: [Practice name], Medical Records

{heading}

Please send a copy of my complete medical records, including visit notes, test results, scan reports,
medication list, allergies and problem list:
{send_to}

{rights}

Thank you,
[Your signature]
[Your full name]"""


def records_letter(region: str) -> str:
    """A records-request letter with [placeholders] the patient fills in offline (the bot never asks)."""
    return RECORDS_LETTER.format(**region_record(region).records_letter)


def build_card(
    items: List[Item], region: str, complaint_routes: Sequence[Route] = (), for_whom: Optional[str] = None
) -> Card:
    """The checklist card: warnings, the numbered checklist with a plain "why" each, the complaint routes
    (nearest first, when asked for), the records letter, when a clinician can talk to a helper, and a
    short list of sources. ``complaint_routes``: ``bot.replies.complaint_routes(clinic)``; ``for_whom`` (a
    ``FOR_WHOM`` code) words it for someone helping the patient."""
    helped = person(for_whom)
    whose = f"{helped.words['persons']} " if helped.helping else ""
    card = Card("ending_care", f"Your checklist for ending {whose}care safely")
    warnings = [i for i in items if i.warning]
    if warnings:
        card.add("Important", "\n".join(i.text for i in warnings))
    card.add(
        "Checklist",
        "\n".join(
            f"[ ] {n}. {i.text}\n    Why: {i.why}"
            for n, i in enumerate((i for i in items if not i.warning), 1)
        ),
    )
    if FEEDBACK in items and complaint_routes:
        card.add(COMPLAINTS_HEADING, numbered_routes(complaint_routes))
    letter = records_letter(region)
    if helped.helping:
        letter = RECORDS_FOR_SOMEONE.format(noun=helped.noun) + "\n\n" + letter
    card.add("Records request letter", letter)
    card.add(ADVOCATE_HEADING, region_record(region).advocate)
    sources = [i.source for i in items if i.source]
    if sources:
        card.add("Sources", bullets(sources))
    return card
