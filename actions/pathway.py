"""What every pathway form shares: recording its start, asking from ``bot`` question lists, skip / not
sure / why / stop / start over, short digressions, and finishing or leaving the form.

A pathway module subclasses :class:`PathwayForm` (validation, and asking the next question) and
:class:`PathwaySubmit`, sets ``pathway`` to its record in ``bot/pathways/registry.py`` (which gives the
questions and the actions' names), and keeps only what is particular to it.

The form's validation action also records the start and asks the next question, so an answer costs one
call to the action server rather than two (there are no ``action_ask_*`` actions; Rasa asks nothing
itself when a form slot has none). Measured in docs/performance.md.
"""

from __future__ import annotations

import abc
import logging
import re
from typing import Any, Dict, List, Optional, Sequence, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot import analytics, forms
from bot.clinic import load_clinic
from bot.pathways import Pathway
from bot.pathways.for_whom import for_whom_from_text, person
from bot.pathways.questions import HARM_TOLD, ROLE_WORDS, YES_NO_BUTTONS, Question
from bot.replies import MENU_BUTTONS, PATHWAY_STOPPED, complaints_text, talk_to_person_text

logger = logging.getLogger(__name__)

EXIT_SLOT = "pathway_exit"
TOKEN_SLOT = "analytics_token"
_store: Optional[analytics.Analytics] = None


def store() -> analytics.Analytics:
    """The analytics store, opened on first use (never at import time)."""
    global _store
    if _store is None:
        _store = analytics.Analytics()
    return _store


class Recorder:
    """Records analytics events for one conversation, minting its random token if it has none yet."""

    def __init__(self, tracker: Tracker, pathway: Text):
        self.pathway = pathway
        self.token = tracker.get_slot(TOKEN_SLOT)
        self.events: List[EventType] = []
        if not self.token:
            self.token = analytics.new_token()
            self.events.append(SlotSet(TOKEN_SLOT, self.token))

    def __call__(self, step: Text, choice: Text, outcome: Optional[Text] = None) -> None:
        try:
            store().record(self.token, self.pathway, step, choice, outcome)
        except analytics.UnknownCode as error:
            # A bug in an action, never patient input (codes are mapped before they get here): say so
            # clearly in the log, write nothing, and let the conversation carry on.
            logger.error("Analytics refused an event: %s", error)


# Questions that may interrupt any form: answered, then the form asks its question again. (The safety
# layer's replies interrupt forms too, from the safety policy: bot/rasa_addons/policy.py.)
DIGRESSIONS = {
    "ask_privacy": "utter_privacy",
    "ask_if_bot": "utter_i_am_a_bot",
    "ask_help": "utter_help",
    "ask_medical_question": "utter_medical_refusal",
    "talk_to_person": "action_talk_to_person",
    "ask_complaint": "action_complaint_routes",
}
# Digressions whose reply is built from the clinic file rather than said from the domain.
CLINIC_REPLIES = {"action_talk_to_person": talk_to_person_text, "action_complaint_routes": complaints_text}
DIGRESSION_CONFIDENCE = 0.8
BUTTONS_CONFIDENCE = 0.5  # on a question with buttons, where words are never the patient's own answer
# A short question about the bot itself ("who can see these answers", "am I talking to a real person") is
# never a patient's answer about their care, so a less certain reading is enough for it: the bar of a
# question with buttons. (At 0.6 until pool v14: on the read pools' 2,416 answers and short questions, 0.5
# caught 5 more of 404 questions and took no more answers as questions; docs/performance.md.)
SHORT_QUESTION_CONFIDENCE = BUTTONS_CONFIDENCE
ABOUT_THE_BOT = {"ask_privacy", "ask_if_bot", "ask_help", "talk_to_person"}
# Intents after which the safety policy brings a form back (it was started before).
RETURNING_INTENTS = {"deny_risk", "confirm_risk", "resume_pathway", "report_abuse", "stop_medication"}
DIGRESSION_MAX_WORDS = (
    8  # a request for a person not put as a question ("I'd like to talk to a human please")
)
# A question that no button reads is answered from a less certain reading (question_reading): it cannot be
# the answer, and "Sorry, I didn't catch that" would not answer it either. The patient's own words
# (answer_question), which no question with buttons takes, do not stand in its way.
NOT_A_BUTTON_ANSWER = "answer_question"
QUESTION_READING_CONFIDENCE = 0.3
MODEL_START_OVER = 0.9  # the model's certainty that a short answer asks to start over (model_start_over)
DIGRESSION_MAX_BARE = 3  # other questions not put as one ("privacy", "bot or human")
# Openings that make a question about the bot ("am I talking to a person", "have you saved this"), though
# in a patient's story they open a sentence too ("was told it was stress"): only for those questions.
_BOT_QUESTION_START = (
    "am ",
    "did ",
    "was ",
    "were ",
    "have ",
    "has ",
    # "what's your data retention policy", "whats your privacy policy" (not a clinician quoted: "what's your
    # problem, she yelled", "what's your privacy problem, the receptionist snapped")
    "what's your data",
    "whats your data",
    "what's your privacy policy",
    "whats your privacy policy",
    "what's your retention",
    "whats your retention",
    # asked formally: "Kindly confirm whether this chat is confidential."
    "kindly confirm",
    "please confirm",
    "confirm whether",
    "confirm if",
    # "What's Care Navigator for", "what's this bot for" (not "what's worrying me is the dose", "what's this
    # doctor thinking", "what's this bottle of pills for", answers)
    "what's care navigator",
    "whats care navigator",
    "what's this bot for",
    "whats this bot for",
    "what's this chatbot",
    "whats this chatbot",
    "what's this chat for",
    "whats this chat for",
    "what's this app for",
    "whats this app for",
)
_QUESTION_START = (
    "r u ",
    "are u ",
    "should ",
    "can ",
    "could ",
    "is ",
    "are ",
    "do ",
    "does ",
    "what ",
    # "what's a normal blood pressure", but not "what's worrying me is the dose", an answer
    "what's a ",
    "whats a ",
    "what's an ",
    "whats an ",
    "what's normal",
    "whats normal",
    "what's the difference",
    "whats the difference",
    # "what's the max dose of paracetamol for an 80 year old"
    "what's the max",
    "whats the max",
    "what's the safe",
    "whats the safe",
    # "what's the usual dose of sertraline for a teenager"
    "what's the normal",
    "whats the normal",
    "what's the usual",
    "whats the usual",
    "what's the right dose",
    "whats the right dose",
    "what's the starting",
    "whats the starting",
    "how ",
    "why ",
    "will ",
    "would ",
    "who ",
    "where ",
    "when ",
    "which ",
    # in Spanish, by its opening mark or "how much": "¿en qué me puedes ayudar", "cuánto ibuprofeno le puedo
    # dar a mi hijo" (not "cuanto antes mejor" nor "qué vergüenza")
    "¿",
    "cuánto ",
    "cuánta ",
    "cuántas ",
    "cuántos ",
)


# Tags that make a statement about the bot a question at its end: "you're not a real person yeah". Only a
# statement that starts with the bot ("you", "this"), not a patient's story ("my notes got shared right").
_QUESTION_TAGS = (
    " right",
    " yeah",
    " innit",
    " aren't you",
    " arent you",
    " or not",
    " eh",
    " isn't it",
    " are you",
    " r u",
    " are u",
)
_ABOUT_THE_BOT_STARTS = ("you", "u ", "ur ", "this ", "it's ", "its ", "i'm talking", "im talking")


def is_digression(intent: Dict[Text, Any], text: Text, free_text: bool) -> bool:
    """Whether a form answer is really a question to answer first.

    On a button question anything the model reads as one of :data:`DIGRESSIONS` is (it cannot be an
    answer). Where the patient's own words are the answer, only a confident guess on a message put as a
    question (a short question about the bot itself needs less certainty), or a short request such as
    "a real person please" or "privacy?". A medical question must be
    put as one: "I'm worried the dose is wrong" and "that something serious is being missed" are answers,
    and so is "The doctor said the scan was fine", whatever the model guessed.
    """
    name = intent.get("name")
    if name not in DIGRESSIONS:
        return False
    confidence = intent.get("confidence") or 0
    if not free_text:
        return confidence >= BUTTONS_CONFIDENCE
    clean = text.strip().lower()
    about_the_bot = name in ABOUT_THE_BOT
    # "you're not a real person yeah"
    tagged = clean.startswith(_ABOUT_THE_BOT_STARTS) and clean.endswith(_QUESTION_TAGS)
    # "my information is private? i worry"
    private = name == "ask_privacy" and bool(_FIRST_ASKED_PRIVATE.match(clean))
    # "bist du ein Bot", "Je voudrais parler à quelqu'un": one of the closed list's questions to the bot in
    # another language
    asked = forms.asked_of_the_bot(clean) == name
    shaped_as_question = _is_question(clean, about_the_bot) or (
        about_the_bot and (tagged or private or asked)
    )
    words = len(clean.split())
    # "a real person please" is a request; "the doctor said the scan was fine" is an answer.
    short_request = (
        words <= DIGRESSION_MAX_WORDS if name == "talk_to_person" else words <= DIGRESSION_MAX_BARE
    )
    if name == "ask_medical_question":
        short_request = False
        # asked outright, or at the end of a story ("... is that my heart failure getting worse?"): the bar of
        # a question with buttons
        if _asked_outright(clean) or _QUESTION_AT_THE_END.search(clean.rstrip("? ")):
            return confidence >= BUTTONS_CONFIDENCE
    if name == "ask_privacy" and forms.asks_to_erase(clean) and words <= DIGRESSION_MAX_WORDS:
        # "I want my information erased", "wipe my info pls": put to the bot, so the bar of a short question;
        # put as a question ("Can I get rid of this conversation after?"), privacy read first is enough
        return _is_question(clean) or confidence >= SHORT_QUESTION_CONFIDENCE
    if about_the_bot and shaped_as_question and words <= DIGRESSION_MAX_WORDS:
        return confidence >= SHORT_QUESTION_CONFIDENCE
    return confidence >= DIGRESSION_CONFIDENCE and (shaped_as_question or short_request)


def answer_first(intent: Text, slot: Text, dispatcher: CollectingDispatcher) -> Dict[Text, Any]:
    """Answer a digression; the form then asks its question again."""
    reply = DIGRESSIONS[intent]
    if reply in CLINIC_REPLIES:
        dispatcher.utter_message(text=CLINIC_REPLIES[reply](load_clinic()))
    else:
        dispatcher.utter_message(response=reply)
    return {slot: None}


def question_reading(message: Dict[Text, Any], text: Text) -> Optional[Text]:
    """On a question with buttons, what a question that no button reads asks, when the model is less sure
    of it than :func:`is_digression` needs: its first reading, or its second behind the patient's own
    words (``answer_question``, which no button question takes). "What are the side effects of
    metformin?" typed for "Have you lined up a new clinician?" was read as the patient's words (0.51) just
    ahead of a medical question (0.47). Only a message put as a question; otherwise, None, and the patient
    is asked for a button. A medical question asked outright counts as put as one ("what's the best migraine
    tablet")."""
    if not (_is_question(text) or _asked_outright(text.strip().lower())):
        return None
    for reading in (message.get("intent_ranking") or [])[:2]:
        name = reading.get("name")
        if name in DIGRESSIONS:
            return name if (reading.get("confidence") or 0) >= QUESTION_READING_CONFIDENCE else None
        if name != NOT_A_BUTTON_ANSWER:
            return None
    return None


def outright_medical_question(message: Dict[Text, Any], text: Text) -> bool:
    """A medical question asked outright in the patient's own words ("What are the side effects of Ozempic?"
    for what happened), which the model read second, behind the patient's own words (an answer at 0.64, a
    medical question at 0.31): the question is refused and asked again, never kept as the answer."""
    return _asked_outright(text.strip().lower()) and question_reading(message, text) == "ask_medical_question"


# A new start as something wished for, with its article: "a fresh start", "a clean slate" (not "start fresh"),
# or after making up with the clinician: "To apologise and start again".
_A_FRESH_START = re.compile(
    r"\b(?:a|an)\s+(?:fresh|new|clean)\s+(?:start|slate|page|beginning)\b"
    r"|\b(?:apologi[sz]e|say\s+sorry|make\s+up|make\s+peace|clear\s+the\s+air)\s+and\s+"
    r"(?:start|begin)\s+(?:again|over|afresh|fresh)\b",
    re.IGNORECASE,
)


def model_start_over(intent: Dict[Text, Any], text: Text) -> Optional[Text]:
    """``start_over`` for a short message the model reads as one with near certainty ("wipe this and start
    fresh", "new chat"), which the closed list of control words does not hold. A patient's own words about
    their care ("we need to start over and rebuild trust") stay well under the bar."""
    sure = intent.get("name") == "start_over" and (intent.get("confidence") or 0) >= MODEL_START_OVER
    wished = _A_FRESH_START.search(text)  # "Just an apology and a fresh start": a wish, not the chat
    return forms.START_OVER if sure and not wished and len(text.split()) <= DIGRESSION_MAX_WORDS else None


# A first clause put as a question about privacy, whatever follows it: "my information is private? i worry"
# (not "a real doctor? no he was a nurse", an answer).
_FIRST_ASKED_PRIVATE = re.compile(
    r"^[^.!,;?]*\b(?:private|privacy|confidential|stored?|saved?|kept|keep|shared?|data|info|information|"
    r"deleted?|sees?|reads?)\b[^.!,;?]*\?"
)
# A question put at the end of a story: "my dad bruises easily since starting aspirin is that ok", "is that
# the dementia getting worse".
_QUESTION_AT_THE_END = re.compile(
    r"\b(?:is|could|can|should|would)\s+(?:that|this|it)\s+(?:be\s+)?(?:ok|okay|normal|safe|right|bad|serious|"
    r"dangerous|fine|worrying|a\s+(?:problem|worry|concern|side\s+effect)|(?:related|linked)\s+to|from|because|"
    # "my hearing aid makes my ear itchy is that an infection"
    r"(?:an?\s+)?(?:infection|infected|allergy|allergic\s+reaction|reaction|rash|virus|bug|symptom|sign\s+of)|"
    r"caused\s+by|(?:the|his|her|my)\s+(?:[\w/-]+\s+){1,2}getting\s+worse)\b[^.!?,;]{0,20}[.!]?$"
    # "my creatinine went up 0.2 should i worry"
    r"|\bshould\s+(?:i|we)\s+(?:be\s+)?(?:worry|worried|concerned|panic|panicking)\s*[.!]?$"
)


# Harm, dying or being hurt beside a question's words: never a medical question to refuse ("can 50 tablets
# help me die", "why do i get nosebleeds when my dad hits me"); the safety layer reads it.
_HARM_WORDS = (
    r"die|dying|dead|death|kill\w*|suicid\w*|overdose|harm\w*|not\s+wake|never\s+wake|end\s+(?:it|my\s+life)|"
    r"hits?|hitting|hurts?|hurting|grab\w*|push\w*|punch\w*|kick\w*|beat\w*|slap\w*|chok\w*|strangl\w*"
)


# A medical question asked outright in the patient's own words: "can i split my tablets in half", "why does
# my skin itch after the shower", "What's the best treatment for ME/CFS?", "What is the best diet for
# ulcerative colitis?" (not "what if it's serious", a worry).
_ASKED_OUTRIGHT = re.compile(
    r"^can (?:i|we) (?:just |still |safely )?(?!(?:take|give|use) (?:my|her|him|them|the) (?:husband|wife|"
    r"partner|mum|mom|dad|kids?|buttons)\b)(?:take|split|crush|stop|skip|double|halve|mix|drink|eat|use|"
    r"give|swap|reduce|increase|come off|cut)\b"
    # "can I drive on zopiclone?"
    r"|^can (?:i|we|he|she|they) (?:still |safely )?drive (?:on|after taking|while (?:on|taking)) "
    r"(?!(?:my|the|a|an|her|his|their|our|own)\b)"
    # "how much melatonin for a kid", "how many paracetamol can I take"
    r"|^how (?:much|many) "
    r"(?!(?:time|notice|longer|money|appointments?|sessions?|visits?|days?|weeks?)\b)[\w-]+ "
    r"(?:for (?:a|an|my|his|her|their|our) (?:kid|child|baby|toddler|son|daughter|teen|teenager)\b|"
    r"is (?:safe|too much)\b)"
    rf"|^why (?:does|do|is|are) (?:my|his|her|their) (?!(?:{ROLE_WORDS})\b)[\w-]+ "
    # "Why do I need to wee so often at night?" (a body's doing, not "why do I feel sick before seeing him")
    r"|^why (?:do|does|am|is) (?:i|we|he|she) (?:(?:need|needs|have|has) to |keep |keeps |always )?"
    # (nor a sign of harm: "why do I bruise so easily when he grabs my arm", "why do I feel tired of life")
    r"(?:(?:wee|pee|urinat|cough|sneez|sweat|itch|faint)\w*|"
    r"feel (?:dizzy|faint|breathless)|get (?:headaches|migraines|cramps|nosebleeds|dizzy))\b"
    rf"(?![^.!?,;]*\b(?:{ROLE_WORDS}|appointments?|visits?|practice|surgery|clinic|him|her|them|he|she|they|"
    rf"seeing|see|life|living|anymore|any\s+more|{_HARM_WORDS})\b)"
    # "Can pelvic floor exercises fix a prolapse?" (a treatment, not "can talking to him fix things", "can a
    # second opinion help", the GP surgery or a quantity: "can the surgery stop seeing me", "can enough pills
    # stop my heart")
    r"|^can (?!(?:i|we|you|he|she|they|it|this|that|someone|somebody|anyone|talking|a second|another|"
    r"(?:the|my|our) surgery|enough|too many|all|lots|a lot|a bunch|many|some|\d+)\b)"
    r"(?:[\w-]+ ){0,2}(?:exercises?|tablets?|pills?|creams?|diets?|surgery|physio|physiotherapy|antibiotics|"
    r"supplements?|vitamins?|injections?|medicines?|medications?|treatments?|yoga|massage|acupuncture|"
    r"steroids|inhalers?|drops|patches) (?:fix|cure|help|treat|heal|shrink|reverse|get rid of)\b"
    rf"(?![^.!?]*\b(?:{_HARM_WORDS})\b)"
    r"(?! (?:things|us|the relationship|matters)\b)"
    r"|^what(?:'s| is|s| are| r) the "
    r"(?:best|right|max|maximum|safest|normal|usual|typical|starting|recommended|"
    r"strongest) "
    # (with what it is for between: "what's the best migraine tablet")
    # (not an errand: "the usual wait for treatment", "the best app for medicine reminders")
    r"(?:(?!(?:for|to|of|app|apps|wait|waits|time|way|place|site|website|number|phone|service)\b)"
    r"[\w-]+ ){0,2}"
    r"(?:treatment|dose|dosage|medicine|medication|cure|painkillers?|pain\s+killers?|"
    r"pain\s+relief|antibiotics?|cream|tablets?|pills?)\b"
    r"(?!\s+(?:waiting|wait|waits|centres?|centers?|rooms?|costs?|prices?|fees?|lists?)\b)"
    # ... or what helps an illness: "What is the best diet for ulcerative colitis?" (not "the best food shop")
    r"|^what(?:'s| is|s| are| r) the (?:best|right|safest|recommended) "
    r"(?:diet|foods?|supplements?|vitamins?|exercises?) for "
    r"(?!(?:my|his|her|their|our|the|a|an|me|us|him|them)\b)"
    # "Can ME/CFS be cured", "can type 2 diabetes be reversed" (not "can my discharge be reversed", "can I be
    # treated by a different GP")
    r"|^can (?!(?:i|we|he|she|they|you|it|this|that|(?:the|my|his|her|their|our) (?:decision|discharge|"
    r"registration|removal|referral|letter|complaint))\b)"
    r"(?:my |his |her |their |the )?(?:[\w/-]+ ){0,2}[\w/-]+ "
    r"(?:ever )?be (?:cured|reversed)\b"
    # "does oats have gluten", "is there lactose in this tablet", "is amoxicillin gluten free": what a food or
    # a medicine holds, for a diet (not a person or a place: "does my doctor have alcohol problems", "do you
    # have sugar", "does the cafe have gluten free food"; nor alcohol, sugar or a result, which a person has
    # too)
    r"|^(?:does|do|is|are|can|has|have) "
    r"(?!(?:you|u|they|he|she|we|i|my|our|his|her|their|your|the|a|an|this|that|there|mum|mom|dad|dr|doctor|"
    r"anyone|anybody|someone|somebody|hospital|ward|st)\b)"
    r"(?:[\w'-]+ ){1,3}(?:have|has|contain|contains|got) (?:any )?"
    r"(?:gluten|lactose|dairy|gelatine?|nuts?|peanuts?|egg|eggs|soy|soya|pork)\b(?![ -]free)(?!\s+allerg)"
    r"|^(?:is|are) there (?:any )?(?:gluten|lactose|dairy|gelatine?|nuts?|peanuts?|egg|soy|soya|pork) in "
    r"(?:(?:my|the|this|these|her|his) )?(?:[\w-]+ ){0,2}(?:tablets?|pills?|medicines?|medication|vaccines?|"
    r"jabs?|injections?|capsules?|inhalers?|formula)\b"
    r"|^(?:is|are) (?!(?:the|this|your|their|our|my|a|an|ward|hospital|st|dr|doctor)\b)"
    r"(?:[\w'-]+ ){1,2}(?:gluten|lactose|dairy|nut)[ -]free\b"
    # "What are the side effects of lithium?" (not "what are the risks of leaving my psychiatrist")
    # "How long does it take for antidepressants to work?" (not for a referral to come through)
    r"|^how long (?:does|do|will|should|did) (?:it|they|[\w-]+) (?:take|takes)\b[^?]{0,40}?"
    r"\bto (?:work|kick in|start working|wear off|heal|clear up)"
    r"(?: properly| fully| for (?:my |his |her |their )?[\w-]+)?\s*$"
    # "what causes patchy hair loss in kids" (not "what causes a doctor to drop a patient", "what would cause
    # them to end my care", "what causes such long waits")
    r"|^what (?:causes|can cause|could cause|would cause) "
    r"(?!(?:them|him|her|me|us|you|it|this|that|such|so)\b)"
    rf"(?![^.!?,;]*\b(?:{ROLE_WORDS}|practice|surgery|clinic|discharg\w*|remov\w*|drop\w*|list|appointment|visit|"
    r"complaint|referr?\w*|waits?|waiting|delays?|rude|rudeness|struck|refus\w*|end|ending|care|hospital|someone|"
    r"somebody|people|arrogant)s?\b)"
    r"|^what (?:are|r) (?:the )?(?:side[- ]effects|risks|symptoms|signs) of\b"
    r"(?! (?:leaving|changing|switching|moving|going|not|getting|asking|complaining|a second)\b)"
    # "how do I know if my tooth is infected" (not "how do I know if my doctor is listening")
    r"|^how (?:do|can|would|will) (?:i|we) (?:know|tell) (?:if|whether) (?:my|his|her|their|the|this|it)\b"
    rf"(?! (?:{ROLE_WORDS}|practice|surgery|clinic|appointment|visit|complaint)\b)"
    # "should I be worried my 18 month old only says 2 words" (not about a clinician or the care: "should I be
    # worried that my GP doesn't listen")
    r"|^should (?:i|we) (?:be )?(?:worried|concerned|worry) (?:about |that |if |whether )?"
    r"(?:my|his|her|their|our|the|this|it)\b"
    rf"(?![^.!?,;]*\b(?:{ROLE_WORDS}|practice|surgery|clinic|appointment|visit|complaint|letter|discharg\w*|"
    r"remov\w*|drop\w*|list|notes|records|referr?\w*|insurance|bill|hurt|hit|harm|leav\w*|way|spoke|said|"
    r"treat\w*)s?\b)"
    # "should she start her prednisone" (not "should I take it further", "should I stop seeing him")
    r"|^should (?:i|we|he|she|they) (?:start|stop|take|skip|double|up|increase|reduce|come off|go on|be on) "
    r"(?:(?:my|his|her|their|the|a|an|this|these|those|any|some) )?"
    r"(?!(?:it|seeing|going|friend|someone|somebody|him|her|them|things|further|time|break|step|action|notes?|"
    r"complaint|matters|him|advice|a|an)\b)[\w-]+"
)


# A polite opening before the question: "Please what is the right dose of paracetamol for my mum?"
# (a greeting or "sorry" only before an opening that asks: "hello can I take ibuprofen with sertraline", not
# "hi when I went in she shouted at me")
_POLITE_OPENING = re.compile(
    r"^(?:please|pls|plz|kindly)\b[,!]?\s*"
    r"|^(?:hi|hello|hey|sorry|excuse me)\b[,!]?\s*"
    r"(?=(?:can|could|is|are|what|what's|whats|should|how|do|does)\b)"
)


def _clauses(clean: Text, marks: Text = ",.;:!?") -> List[Text]:
    """The message's clauses, each without a polite opening."""
    return [_POLITE_OPENING.sub("", part.strip()) for part in re.split(f"[{marks}]", clean)]


# After an operation named at the clause's end, what the body may do ("is it safe to lift my toddler 3
# weeks after hernia surgery") or how long recovery takes ("how long does it take to recover from
# laparoscopic hernia repair"): read only where no harm is told in the message (HARM_TOLD: "is it safe to
# drive after he pushed me"), and never of the care ("is it ok to carry on seeing my GP", "how long is
# recovery after my surgery dropped me").
_AN_OPERATION = (
    # (not the care, nor a car's or a house's repair: "after leaving my GP surgery", "after the complaints
    # procedure", "since they closed my surgery", "after the brake repair")
    r"(?![^.!?,;]*\b(?:gp|practice|closed|clos\w+|leav\w+|left|complain\w*|complaints|discharg\w*|remov\w*|"
    r"deregist\w*|disciplin\w*|appointment|appt|visit|row|argument|los\w+|lost|brakes?|tyres?|tires?|"
    r"windscreen|windshield|boiler|car|police|photo|they|we)\b)"
    # (an operation: repair, replacement or procedure only of the body, "hernia repair", "knee replacement";
    # found in review: "the engine repair", "the grievance procedure", "the drama at my surgery")
    r"(?:(?:a|an|the|my|his|her|their|our)\s+)?(?:(?!(?:at|by|from|of|to|with|in|on)\b)[\w-]+\s+){0,3}?"
    r"(?:surgery|operation|op|c-section|caesarean|cesarean|section|hysterectomy|appendectomy|transplant|"
    r"stitches|(?:hernia|knee|hip|joint|valve|heart|cataract|acl|tendon|ligament|shoulder|bowel|cardiac|"
    r"dental|eye|keyhole|laparoscopic|spinal|back|bladder|womb|breast)\s+(?:repair|replacement|procedure))"
    r"\s*[?.!]?$"
)
_AFTER_AN_OPERATION = re.compile(
    r"^is it (?:safe|ok|okay|alright|all right) (?:for (?:me|him|her|them|(?:my|his|her|our) [\w-]+) )?"
    r"(?:to |if (?:i|we|he|she|they) )(?:lift|drive|fly|swim|shower|bathe|bath|exercise|jog|cycle|"
    r"bend|go back to work|return to work)\b[^.!?,;]{0,40}?\b(?:after|since|following|post) "
    + _AN_OPERATION
    + r"|^how long (?:(?:does|do|will|should|would) (?:it|recovery) (?:take|takes)\b"
    r"(?: (?:for|to) (?:me|you|him|her|them|(?:a|an|my|his|her|their|our) [\w-]+))?(?: to)? (?:fully )?"
    r"(?:recover|heal|get better)|(?:is|does|will) (?:the )?(?:recovery|healing)(?: time| period)?"
    r"(?: take| last| be)?) (?:from|after|for) " + _AN_OPERATION
)


# How long a kind of medicine takes to work ("How long do Lyme antibiotics take to work?", "how long do
# the steroid drops take to work"), read only where no harm is told (HARM_TOLD): a medicine by its kind, not
# what was taken, a way to die or a service ("the whole bottle", "a noose", "the police").
_HOW_LONG_TO_WORK = re.compile(
    r"^how long (?:does|do|will|should) (?:my |his |her |their |our |the |these |those )?(?:[\w-]+ )?"
    r"(?:antibiotics|antidepressants|steroids|steroid drops|eye drops|ear drops|drops|creams?|inhalers?|"
    r"injections?|jabs?|patches|statins|antihistamines|beta blockers|blood thinners|supplements|hrt)"
    r" (?:take|takes) to (?:work|kick in|start working)\s*$"
)


# A normal reading or an intake asked, as the whole message ("whit's a normal blood pressure fur a man ma
# age", "What's the best salt intake for POTS"): read only where no harm is told (HARM_TOLD), and only as the
# whole message (not "what's a normal heart rate, his is 200", "...intake for someone who took 30 pills").
_A_READING_OR_AN_INTAKE = re.compile(
    r"^(?:what(?:'s| is|s)|whit's|whits) (?:a )?normal (?:blood pressure|bp|heart rate|pulse|blood sugar|"
    r"cholesterol|temperature)"
    r"(?: (?:for|fur) (?:a |an )?(?:man|woman|child|kid|person|someone|adult|teenager|teen|pensioner))?"
    r"(?: (?:of )?(?:my|ma|his|her|their|your) age)?\s*\??$"
    r"|^what(?:'s| is|s) the (?:best|right|recommended|usual|daily) "
    r"(?:salt|fluid|water|fibre|fiber|protein|caffeine) intake (?:for|with) "
    # a long-term illness by name (not "for poisoning", "for dogs", "for cooking")
    r"(?:pots|gout|diabetes|ckd|ibs|eds|hypertension|high blood pressure|low blood pressure|kidney stones|"
    r"kidney disease|heart failure|constipation|diverticulitis|migraines?|crohn's|colitis)\s*\??$"
)


# pool v51: whether an illness named is catching or runs in families, as the whole message ("Is lichen
# sclerosus contagious?", "is huntington's hereditary"; not with anything told beside it, "my boyfriend's 30
# and I'm 14, is chlamydia contagious"; not "is it catching", a worry about what was found, nor of a person,
# being something, a habit or a rant: "are you contagious", "is being gay genetic", "is rudeness contagious")
_CATCHING_OR_HEREDITARY = re.compile(
    r"^(?:is|are) "
    r"(?!(?:it|this|that|he|she|they|you|u|my|his|her|their|our|your|being|the (?:doctor|gp|nurse))\b)"
    r"(?!(?:[\w-]+ )*(?:rudeness|incompetence|arrogance|stupidity|negativity|laziness|luck|yawning|service|"
    r"attitude|behaviou?r|anger|temper|drinking|gambling|cutting|hanging|burning|starving|jumping|self|rape|"
    r"incest|grooming|neglect|smacking|dv|control|wanting|attempting)\b)"
    r"(?:[\w'-]+ ){1,3}(?:contagious|infectious|catching|hereditary|inherited|genetic)$"
)
# The shapes read only where no harm is told in the message.
_READ_WHERE_NO_HARM = (_AFTER_AN_OPERATION, _HOW_LONG_TO_WORK)


def _asked_outright(clean: Text) -> bool:
    """A medical question asked outright in one of the message's clauses: "My mom's been coughing more with
    her COPD this week, should she start her prednisone"."""
    parts = _clauses(clean)
    if any(_ASKED_OUTRIGHT.match(part) for part in parts):
        return True
    shaped = any(shape.match(part) for shape in _READ_WHERE_NO_HARM for part in parts)
    opened = _POLITE_OPENING.sub("", clean.strip())
    whole = _A_READING_OR_AN_INTAKE.match(opened) or _CATCHING_OR_HEREDITARY.match(opened.rstrip("?!. "))
    return (shaped or bool(whole)) and not HARM_TOLD.search(clean)


# A service asked of the bot, the patient its object: "can you give me a referral", "could you book me in".
_DO_FOR_ME = (
    r"(?:can|could|will|would) (?:you|u) (?:(?:book|refer|arrange) (?:me|us)\b|"
    r"(?:give|get|write) (?:me|us) (?:a |an )?(?:referral|appointment|sick note|letter)\b)"
)
# What the bot can do, asked of it: "Can you help with booking?", "could you help me find a new dentist", "Do
# you do second opinions?"
_CAN_YOU_HELP = re.compile(
    r"^(?:(?:hi|hello|hey|so|and|but|also|um|erm|ok|okay),? )?"
    r"(?:(?:can|could|will|would) (?:you|u) help(?: (?:me|us))?(?: [\w']+|\s*\??$)"
    # a service asked of the bot: "can you give me a referral", "could you book me in"
    rf"|{_DO_FOR_ME}"
    # "Do you do second opinions?"
    r"|(?:do|can|could) (?:you|u) (?:do|help with|handle|deal with|cover) [\w']+)"
)


_HELP_ME = re.compile(
    rf"^.*?\b(?:(?:can|could|will|would) (?:you|u) help (?:(?:me|us)\b|(?=with\b))|{_DO_FOR_ME})"
)
# The task the help is asked for, which no choice answers: "Can you help me talk to my doctor?" is not the
# practice ending the care, where "can you help me, they're dropping me" is.
_A_TASK = re.compile(
    r"^\s*(?:to )?(?:talk|speak|write|say|ask|plan|prepare|complain|book|deal|figure|work|decide|tell|"
    r"explain|fix|handle|contact|reach|call|email|message)\b"
)
# Help with something unnamed, which no model reading of a medical question or a person turns into another
# reply: "can you help me with my situation?", "with this".
_UNNAMED_HELP = re.compile(
    r"^\s*with (?:my|this|that|a|the|something|everything|all)"
    r"(?: (?:situation|problem|issue|thing|stuff|mess|question|one|of this|of it))?\s*[?.!]*\s*$"
    # "can you help with problems with my doctor?", "with something about my gp?" (not "with my doctor
    # dropping me")
    r"|^\s*with (?:(?:some|a few|my|our|the) )?(?:problems?|issues?|trouble|difficult(?:y|ies)|something) "
    r"(?:with|about) (?:my|our|the|his|her|their) (?:[\w'-]+ )?(?:doctor|gp|clinician|nurse|practice|"
    r"surgery|clinic|specialist|therapist|dentist|consultant)s?\s*[?.!]*\s*$"
)


# A guess, not a question: "could be. i'll have to ask the surgery."
_A_HEDGE = re.compile(r"^(?:could|might|may|would) be(?: (?:yes|no|so|right|true|wrong))?$")


# A question to the bot without its verb, as a choice and the whole message: "You human or computer" (not
# "you human or a monster, you hurt me", "the doctor just said: you human or not").
_HUMAN_OR_BOT = r"(?:an? )?(?:real )?(?:human|person|bot|robot|computer|ai|machine|chatbot)"
_VERBLESS_BOT_QUESTION = re.compile(rf"^(?:you|u) {_HUMAN_OR_BOT} or (?:{_HUMAN_OR_BOT}|not)\s*\??$")


def _is_question(text: Text, about_the_bot: bool = True) -> bool:
    """Put as a question: a question mark, or a sentence or clause that opens like one ("my rash is
    spreading, is it shingles"; "am I talking to a person" for a question about the bot), or ends like one
    ("... since starting aspirin is that ok")."""
    clean = text.strip().lower()
    if clean.endswith("?") or _QUESTION_AT_THE_END.search(clean):
        return True
    if about_the_bot and _VERBLESS_BOT_QUESTION.match(clean):
        return True
    starts = _QUESTION_START + (_BOT_QUESTION_START if about_the_bot else ())
    return any(part.startswith(starts) and not _A_HEDGE.match(part) for part in _clauses(clean, ",.;:!?"))


def answers(tracker: Tracker, questions: Sequence[Question]) -> Dict[Text, Any]:
    """The current answer to each question, by slot."""
    return {q.slot: tracker.get_slot(q.slot) for q in questions}


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return "" if value is None else str(value)


class PathwayForm(FormValidationAction, abc.ABC):
    """Validation for a pathway form whose questions are listed in ``bot``."""

    @property
    @abc.abstractmethod
    def pathway(self) -> Pathway:
        """The pathway's record in ``bot/pathways/registry.py`` (a class attribute in subclasses)."""

    def name(self) -> Text:
        return self.pathway.validate_action

    @property
    def questions(self) -> Sequence[Question]:
        """The pathway's questions, in order."""
        return self.pathway.questions

    def question(self, slot: Text) -> Question:
        return self.pathway.question(slot)

    def slots_to_ask(self, tracker: Tracker) -> List[Text]:
        """The questions to ask, in order, given the answers so far (override to skip some)."""
        return [q.slot for q in self.questions]

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        if tracker.get_slot(EXIT_SLOT):
            return []  # the form ends and the submit action says goodbye to it
        return self.slots_to_ask(tracker)

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        """Rasa fills the slots from the domain's ``from_text`` mappings, which leave out the safety intents.
        One more: typed words that a check-in or the medicine caution interrupted still answer their
        question, if it is not answered yet and either asked for the patient's own words or its choices
        read the words ("I'm ending it" for who ends the care) (:func:`bot.forms.held_back_answer`), unless
        the medicine caution interrupted a medical question asked outright ("can I stop my antidepressant cold
        turkey"). A
        control word ("what's the point of this question") is then acted on, as it would have been
        without the interruption."""
        held = forms.held_back_answer(tracker.events)
        if held is None:
            return []
        slot, text = held
        question = next((q for q in self.questions if q.slot == slot), None)
        if question is None or tracker.get_slot(slot) is not None:
            return []
        caution = (tracker.latest_message.get("intent") or {}).get("name") == "stop_medication"
        if caution and _asked_outright(text.strip().lower()):
            return []  # "can I stop my antidepressant cold turkey": the caution answered it; no answer
        if (
            not question.free_text
            and forms.control_word(text) is None
            and self.read(slot, text, None, tracker).get(slot) is None
        ):
            return []  # words the question's choices do not read: it is asked again
        return [SlotSet(slot, text)]

    async def next_requested_slot(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Optional[EventType]:
        """Names the next question and asks it (None ends the form), whatever the domain lists."""
        required = await self.required_slots(self.domain_slots(domain), dispatcher, tracker, domain)
        slot = next((s for s in required if tracker.slots.get(s) is None), None)
        if slot is not None:
            self.ask(slot, dispatcher, tracker)
        return SlotSet("requested_slot", slot)

    def ask(self, slot: Text, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        """Ask one question from ``bot`` (override for questions whose wording depends on earlier answers)."""
        helped = person(tracker.get_slot(self.pathway.for_whom_slot)) if self.pathway.for_whom_slot else None
        other = helped.words if helped and helped.helping else None
        dispatcher.utter_message(**self.question(slot).message(self.rephrasing(tracker), other))

    def rephrasing(self, tracker: Tracker) -> bool:
        """Whether questions with a calmer-words version should use it (the patient asked to rephrase)."""
        return False

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        events: List[EventType] = []
        slots = {q.slot for q in self.questions}
        record = Recorder(tracker, self.pathway.name)
        if self.starting(tracker):
            record(analytics.START, analytics.STARTED)
        for slot, value in tracker.slots_to_validate().items():
            if slot in slots:
                result = self.answer(slot, _text(value), dispatcher, tracker)
                events += [SlotSet(name, new_value) for name, new_value in result.items()]
                if result.get(slot) is not None:
                    for code in self.analytics_codes(slot, result[slot]):
                        record(slot, code)
        return events + record.events

    def starting(self, tracker: Tracker) -> bool:
        """Whether Rasa is starting the form afresh: nothing asked or answered yet, and not coming back to it
        after a safety check-in or a pause (those clear the requested slot too)."""
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        return (
            tracker.get_slot("requested_slot") is None
            and intent not in RETURNING_INTENTS
            and all(tracker.get_slot(q.slot) is None for q in self.questions)
        )

    def analytics_codes(self, slot: Text, value: Any) -> List[Text]:
        """The codes to record for an answer: never the words. Free text becomes ``free_text_given``."""
        allowed = analytics.VOCABULARY[self.pathway.name][slot]
        return [value if value in allowed else analytics.FREE_TEXT]

    def answer(
        self, slot: Text, text: Text, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Dict[Text, Any]:
        """Control words and digressions first; then the pathway's own ``check_<slot>``."""
        question = self.question(slot)
        intent = tracker.latest_message.get("intent") or {}
        word = forms.control_word(text, own_words=question.free_text) or model_start_over(intent, text)
        if word == forms.WHY:
            dispatcher.utter_message(text=question.why)
            return {slot: None}
        if word in (forms.STOP, forms.START_OVER):
            return {slot: None, EXIT_SLOT: word}
        if word in (forms.SKIP, forms.NOT_SURE):
            return {slot: word}
        if forms.is_payload(text):  # another button's ("Plan a calm talk" from the menu)
            dispatcher.utter_message(text=forms.FINISH_FIRST)
            return {slot: None}
        is_button = text.strip().lower() in {b.lower() for b in question.buttons}
        # A question with buttons that also takes the patient's own words ("Who is the conversation with?")
        # weighs a message put as a question as it would on buttons alone: a role is never put as one.
        free_text = question.free_text and not (question.buttons and _is_question(text))
        # "Can you help me find a new GP?" asks what the bot does, whatever the model read
        asks_for_help = _CAN_YOU_HELP.match(text.strip().lower())
        # the choice read past the help asked for: "can you help my mum" is for a parent, "Can you help me
        # change doctor?" not for the patient
        past_help = _HELP_ME.sub("", text.strip().lower(), count=1)
        unnamed = _UNNAMED_HELP.match(past_help)
        task = _A_TASK.match(past_help) or unnamed
        # a person or a medical question asked ("can you get me a real person") keeps its own reply
        own_reply = intent.get("name") in ("talk_to_person", "ask_medical_question") and not unnamed
        if (
            not free_text
            and asks_for_help
            and not own_reply
            and (task or not self.reads_a_choice(slot, past_help, tracker))
        ):
            return answer_first("ask_help", slot, dispatcher)
        if not is_button and outright_medical_question(tracker.latest_message, text):
            return answer_first("ask_medical_question", slot, dispatcher)
        if not is_button and is_digression(intent, text, free_text=free_text):
            # Words that one of the question's choices reads ("I'll email through the patient portal" for
            # "How will you bring it up?") answer it, unless they are put as a question; and even then
            # ("options, what else could we try" for "What would help most?") unless the model is sure.
            chosen = self.reads_a_choice(slot, text, tracker)
            # A medical or privacy question put as one ("my son coughs at night, does that sound like asthma"
            # for who the care is for, "Will the practice know I want to leave?" for who is ending it) is
            # never a choice's answer: answered at the buttons' threshold.
            medical_or_private = intent.get("name") in (
                "ask_medical_question",
                "ask_privacy",
            ) and _is_question(text)
            sure = (intent.get("confidence") or 0) >= (
                BUTTONS_CONFIDENCE if medical_or_private else DIGRESSION_CONFIDENCE
            )
            # A request to wipe what was typed ("I want my information erased") is never an answer either.
            put_to_the_bot = _is_question(text) or forms.asks_to_erase(text)
            asked_as_wished = (
                chosen
                and intent.get("name") == "ask_medical_question"
                and self.wish_put_as_a_question(slot, text)
            )
            if not chosen or (sure and (question.free_text or put_to_the_bot) and not asked_as_wished):
                return answer_first(intent["name"], slot, dispatcher)
        asked = None if free_text or is_button else question_reading(tracker.latest_message, text)
        if asked and self.read(slot, text, None, tracker).get(slot) is None:
            return answer_first(asked, slot, dispatcher)
        return self.read(slot, text, dispatcher, tracker)

    def reads_a_choice(self, slot: Text, text: Text, tracker: Tracker) -> bool:
        """Whether one of the question's buttons reads the words (override for a question that also takes
        the patient's own words, where :meth:`read` keeps any words)."""
        if self.question(slot).free_text:
            return False
        return self.read(slot, text, None, tracker).get(slot) is not None

    def wish_put_as_a_question(self, slot: Text, text: Text) -> bool:
        """Whether a choice the words read is the very question they put, so that they answer the form's
        question however sure the model is that they ask the bot (override where a choice is a question to
        the clinician: "which side effects mean I should ring" for what would help)."""
        return False

    def read(
        self, slot: Text, text: Text, dispatcher: Optional[CollectingDispatcher], tracker: Tracker
    ) -> Dict[Text, Any]:
        """What the question makes of the words: its own ``check_<slot>``, or the for-whom or yes / no
        reading. Without a dispatcher, nothing is said (a look at whether the words answer it)."""
        dispatcher = dispatcher or CollectingDispatcher()
        check = getattr(self, f"check_{slot}", None)
        if check is None and slot == self.pathway.for_whom_slot:
            return self.choice(slot, for_whom_from_text(text), dispatcher)
        if check is None:
            question = self.question(slot)
            if tuple(question.buttons) == YES_NO_BUTTONS:
                # the question's words, for an answer that says it back first: "Have I lined one up? Yes"
                asked = " ".join(filter(None, (question.prompt, question.other_prompt)))
                return self.choice(slot, forms.yes_no(text, asked), dispatcher)
        return check(text, dispatcher, tracker)

    @staticmethod
    def own_words(slot: Text, text: Text, dispatcher: CollectingDispatcher) -> Dict[Text, Any]:
        """Keep the patient's words if they are usable; otherwise ask kindly again."""
        checked = forms.check_free_text(text)
        if checked.problem:
            dispatcher.utter_message(text=checked.problem)
        return {slot: checked.value}

    @staticmethod
    def choice(slot: Text, code: Optional[Text], dispatcher: CollectingDispatcher) -> Dict[Text, Any]:
        """Keep a recognised choice; otherwise ask for a button."""
        if code is None:
            dispatcher.utter_message(
                text="Sorry, I didn't catch that. Could you pick one of the buttons, or say skip?"
            )
        return {slot: code}


class PathwaySubmit(Action, abc.ABC):
    """Runs when a pathway form ends: either the patient left it, or it is complete."""

    extra_slots: Sequence[Text] = ()

    @property
    @abc.abstractmethod
    def pathway(self) -> Pathway:
        """The pathway's record in ``bot/pathways/registry.py`` (a class attribute in subclasses)."""

    def name(self) -> Text:
        return self.pathway.submit_action

    def clear(self) -> List[EventType]:
        """Forget the answers, so the next visit to the pathway starts fresh."""
        names = self.pathway.slots + list(self.extra_slots) + [EXIT_SLOT]
        return [SlotSet(name, None) for name in names]

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        record = Recorder(tracker, self.pathway.name)
        exit_word = tracker.get_slot(EXIT_SLOT)
        if exit_word == forms.START_OVER:
            record(analytics.END, "start_over")
            dispatcher.utter_message(response="utter_start_over")
            return [Restarted()]
        if exit_word == forms.STOP:
            record(analytics.END, "stopped")
            dispatcher.utter_message(text=PATHWAY_STOPPED, buttons=MENU_BUTTONS)
            return record.events + self.clear()
        outcome = self.complete(dispatcher, tracker, record)
        record(analytics.END, "completed", outcome)
        return record.events + self.clear()

    @abc.abstractmethod
    def complete(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, record: Recorder
    ) -> Optional[Text]:
        """Send the pathway's result, record any result codes, and return the outcome code."""
