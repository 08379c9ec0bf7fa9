"""The reset-conversation script: a calm, blame-free script in the DESC shape (pure, no Rasa).

DESC (TeamSTEPPS, AHRQ): Describe what happened, Express the concern, Specify what
would help, and the Consequence: why it matters for following the plan. It opens
with a shared goal and closes with a check-back (teach-back). The patient's own
words are quoted as typed; a spoken version is kept to about 90 words.

Usage::

    from bot.pathways.reset_conversation import ResetAnswers, build_reset_script
    script = build_reset_script(ResetAnswers(role="doctor", what_happened="...", concern="...",
                                             helps=["more_time"], channel="visit", for_whom="self"))
    script.spoken, script.portal_subject, script.portal_body, script.card().as_payload()
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, TypeGuard

from bot.forms import NOT_SURE, SKIP
from bot.pathways.cards import ADVOCATE_HEADING, Card, bullets
from bot.pathways.for_whom import FOR_WHOM, for_whom_question
from bot.pathways.questions import HARM_TOLD, ROLE_WORD, Question
from bot.regions import region as region_record

SKIPPED = {SKIP, NOT_SURE, None, ""}
SPOKEN_WORD_LIMIT = 90
QUOTE_WORDS_SPOKEN = 10
SPOKEN_HELPS = 2  # the spoken version names at most this many wishes

# What would help: code -> (button title, phrase in "It would help to have ...").
HELPS: Dict[str, tuple] = {
    "more_time": ("More time for questions", "more time for my questions"),
    "plain_language": ("A plain-language explanation", "an explanation in plain words"),
    "written_plan": ("A written plan", "a written plan I can take home"),
    "other_options": ("Talk about other options", "a talk about other options"),
    "follow_up_call": ("A follow-up call", "a follow-up call"),
    "be_heard": ("To feel listened to", "a chance to be fully heard"),
    "watch_for": (
        "What to watch for and when to call",
        "a clear list of what to watch for, and when to call",
    ),
}
_HELP_KEYWORDS = {
    "more_time": ["more time", "longer appointment", "longer visit", "time for questions", "rushed", "rush"],
    "plain_language": ["plain", "simple", "explain", "explanation", "understand", "jargon"],
    "written_plan": [
        "written",
        "write",
        "in writing",
        "plan on paper",
        "printout",
        "notes",
        "clear next steps",
    ],
    "other_options": ["other options", "options", "alternatives", "other treatment", "choices"],
    "follow_up_call": ["follow up", "follow-up", "call back", "callback", "phone me", "call me"],
    "be_heard": ["listen", "heard", "hear me", "respect", "taken seriously"],
    "watch_for": [
        "watch for",
        "when to call",
        "warning sign",
        "what to look out for",
        "when to worry",
    ],
}

# How it will be said: code -> button title.
CHANNELS: Dict[str, str] = {
    "visit": "At the visit",
    "portal": "Patient-portal message",
    "phone": "Phone call",
    "video": "Video visit",
}

ROLES: Dict[str, str] = {
    "doctor": "My doctor",
    "nurse practitioner": "A nurse practitioner",
    "specialist": "A specialist",
    "therapist": "A therapist",
    "nurse": "A nurse",
}

# Heat check: blame words that tend to put people on the defensive, and a calmer way to say it. "Never" and
# "always" are flagged unless they are about the patient ("I have never had a biopsy"); "nobody" and "no one"
# only with a verb of blame ("nobody listens"): "nobody called me back" is a plain fact and stays as it is.
_BLAME = [
    r"(?<!\bi )(?<!\bi've )(?<!\bi have )(?<!\bwe )(?<!\bwe've )(?<!\bwe have )\b(never|always)\b",
    r"\b(nobody|no one)\s+(?:ever\s+)?(?:listens|cares|bothers|believes|helps|understands)\b",
    r"\b(every time)\s+(?:you|he|she|they)\b",
]
_INSULTS = [
    "incompetent",
    "useless",
    "stupid",
    "idiot",
    "lazy",
    "rude",
    "arrogant",
    "clueless",
    "careless",
    "doesn't care",
    "does not care",
    "don't care",
    "hopeless",
    "worst",
]
CALMER = {
    "absolute": 'Words like "never" and "always" can sound like blame. A calmer way: '
    '"There have been times when I didn\'t feel heard."',
    "insult": 'Labels like "{word}" can make people defensive. A calmer way is to say what happened '
    'and how it felt: "When that happened, I felt worried."',
}

TIPS = [
    "Bring someone you trust to the visit. They can listen and take notes.",
    "Write your questions down before you go, most important first.",
    "Ask for a longer appointment if you need more time.",
    'If something is unclear, ask: "Can you explain that in a different way?"',
    "Ask Me 3: What is my main problem? What do I need to do? Why is it important for me to do this?",
    'Money is a fair thing to bring up. You can say: "The cost is hard for me. Is there a cheaper option, '
    'or help to pay?"',
    'If doses were missed, say so plainly: "I\'ve missed some doses. Can we make the plan easier to follow?" '
    "They ask so they can help, not to judge.",
]
CHANNEL_TIPS = {
    "phone": "On the phone, ask for a call back at a time when you can talk and take notes.",
    "video": "For a video visit, test the link and sound a few minutes early. Keep your notes beside you.",
}
# Questions worth asking at any visit (from the source article; see docs).
QUESTIONS_TO_ASK = [
    "What is the most likely cause, and what else could it be?",
    "What are my options, and the pros and cons of each?",
    "What should I watch for, and when should I call?",
]
# A short briefing the patient fills in offline, before the visit: blanks only, the bot never asks.
VISIT_BRIEFING = "\n".join(
    [
        "My top concerns: 1. ______ 2. ______ 3. ______",
        "When it started, and how it has changed since: ______",
        "All my medicines, with vitamins, herbs and ones I buy without a prescription: ______",
        "Care I had somewhere else since my last visit: ______",
    ]
)


@dataclass(frozen=True)
class ResetAnswers:
    """The answers from the reset form. Own-words fields hold the patient's text or a skip code."""

    role: Optional[str] = None
    what_happened: Optional[str] = None
    concern: Optional[str] = None
    helps: Sequence[str] = ()
    helps_own_words: Optional[str] = None
    channel: Optional[str] = None
    for_whom: Optional[str] = "self"


@dataclass(frozen=True)
class HeatFinding:
    field: str
    word: str
    kind: str  # "absolute" or "insult"

    @property
    def calmer(self) -> str:
        return CALMER[self.kind].format(word=self.word)


@dataclass
class Script:
    title: str
    spoken: str
    portal_subject: str
    portal_body: str
    tips: List[str] = field(default_factory=list)
    channel: Optional[str] = None
    # When a clinician can talk to the person helping (their region's rule); empty when it is for the patient.
    advocate: str = ""

    def sections(self) -> List[Dict[str, str]]:
        """The script as headed sections, the chosen way of saying it first."""
        spoken = {"heading": "What to say", "body": self.spoken}
        portal = {
            "heading": "Portal message",
            "body": f"Subject: {self.portal_subject}\n\n{self.portal_body}",
        }
        first, second = (portal, spoken) if self.channel == "portal" else (spoken, portal)
        sections = [
            first,
            second,
            {"heading": "Visit briefing (fill in before you go)", "body": VISIT_BRIEFING},
            {"heading": "Questions to ask", "body": bullets(QUESTIONS_TO_ASK)},
            {"heading": "Tips", "body": bullets(self.tips)},
        ]
        if self.advocate:
            sections.append({"heading": ADVOCATE_HEADING, "body": self.advocate})
        return sections

    def card(self) -> Card:
        """The script as a card: sent as text and as the chat page's ``custom`` payload."""
        return Card("reset_script", self.title, self.sections())


def is_given(value: Optional[str]) -> TypeGuard[str]:
    """True when the patient gave their own words rather than skipping."""
    return value not in SKIPPED


def quote(words: str, max_words: Optional[int] = None) -> str:
    """The patient's words in quotes, as typed; cut at a word boundary with "..." if ``max_words`` is set."""
    text = re.sub(r"\s+", " ", words).strip().strip('"').strip()
    parts = text.split(" ")
    if max_words and len(parts) > max_words:
        text = " ".join(parts[:max_words]).rstrip(",;:") + "..."
    return f'"{text}"'


# What to watch for, asked as the patient would ask the clinician: "which side effects mean I should ring",
# "when should we call them if it gets worse?" (not "does a high reading mean I should double my insulin?",
# "when to phone the surgery for an appointment").
_WATCH_FOR_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:side[\s-]effects?|symptoms?|signs?|changes?)\s+(?:would\s+)?means?\s+(?:i|we|he|she|they)\s+"
    r"(?:should|need\s+to|have\s+to)\s+(?:ring|call|phone|contact|get\s+help|seek\s+help|come\s+back)\b"
    # (when it gets worse, not "if I want to cancel")
    r"|\bwhen\s+(?:should|do|would)\s+(?:i|we)\s+(?:ring|call|phone)(?:\s+(?:them|her|him|back|the\s+(?:practice|"
    r"surgery|clinic|doctor|nurse|team)))?\s+(?:if|when)\s+(?:it|this|that|things|he|she|they|symptoms?|the\s+\w+)\s+"
    r"(?:gets?|goes|go|becomes?|is|are|starts?|keeps?|doesn't|don't|won't)\b"
)


def match_helps(text: str) -> List[str]:
    """The codes of what would help, read from a button title or the patient's own words."""
    clean = text.lower()
    codes = [code for code, (title, _) in HELPS.items() if clean.strip() == title.lower()]
    if codes:
        return codes
    codes = [code for code, keywords in _HELP_KEYWORDS.items() if any(k in clean for k in keywords)]
    if "watch_for" not in codes and _WATCH_FOR_ASKED.search(clean):
        codes.append("watch_for")
    return codes


def heat_check(answers: ResetAnswers) -> List[HeatFinding]:
    """Blaming absolutes and insults in the patient's own words, each with a calmer way to say it."""
    findings: List[HeatFinding] = []
    for name in ("what_happened", "concern"):
        text = getattr(answers, name)
        if not is_given(text):
            continue
        lowered = text.lower()
        found = []
        for pattern in _BLAME:
            for match in re.finditer(pattern, lowered):
                found.append((match.start(1), HeatFinding(name, match.group(1), "absolute")))
        for word in _INSULTS:
            insult = re.search(rf"\b{re.escape(word)}\b", lowered)
            if insult:
                found.append((insult.start(), HeatFinding(name, word, "insult")))
        findings.extend(finding for _, finding in sorted(found, key=lambda pair: pair[0]))
    return findings


def _join(items: List[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _role(answers: ResetAnswers) -> str:
    role = (answers.role or "").strip()
    return role if is_given(role) and role else "doctor"


def build_reset_script(answers: ResetAnswers, region: str) -> Script:
    """The script for these answers: spoken and portal versions, the visit briefing and tips (``region``
    decides when a clinician can talk to someone helping)."""
    title_for, noun, possessive = FOR_WHOM.get(answers.for_whom or "self", FOR_WHOM["self"])
    care = f"{possessive} care"
    helper = f"I'm here to help {noun}. " if noun else ""

    opener = f"{helper}I want to make sure we're on the same page about {care}."
    if is_given(answers.what_happened):
        describe_long = f"Here's what I understood from the last visit: {quote(answers.what_happened)}."
        describe_short = f"Here's what I understood: {quote(answers.what_happened, QUOTE_WORDS_SPOKEN)}."
    else:
        describe_long = describe_short = "I'm not sure I understood everything from the last visit."
    if is_given(answers.concern):
        express_long = f"What worries me most is this: {quote(answers.concern)}."
        express_short = f"What worries me most: {quote(answers.concern, QUOTE_WORDS_SPOKEN)}."
    else:
        express_long = express_short = "I have some worries I'd like to talk through."

    wanted = [HELPS[code][1] for code in answers.helps if code in HELPS]
    agree = "I'd like us to agree on a next step."
    specify_long = f"It would help to have {_join(wanted)}." if wanted else agree
    specify_short = f"It would help to have {_join(wanted[:SPOKEN_HELPS])}." if wanted else agree
    if is_given(answers.helps_own_words):
        specify_long += f" In my words: {quote(answers.helps_own_words)}."
    # DESC's last step: the good that follows. Then a teach-back, so any mix-up shows at once.
    consequence = "That would help us stick to the plan." if noun else "That would help me stick to the plan."
    check_back_short = "Let me say the plan back to check I've got it."
    check_back = "Could you tell me if I've understood this right? " + check_back_short

    spoken = " ".join([opener, describe_short, express_short, specify_short, consequence, check_back_short])
    role = _role(answers)
    about = "about my care" if not noun else f"about {care}"
    portal_subject = f"Follow-up question {about} after the last visit"
    portal_body = "\n\n".join(
        [
            f"Dear [{role.capitalize()}'s name],",
            " ".join([opener, describe_long]),
            " ".join([express_long, specify_long, consequence]),
            check_back + " Thank you for your time.",
            "Best wishes,\n[Your name]" + (f"\n(writing for {noun})" if noun else ""),
        ]
    )
    tips = list(TIPS)
    if answers.channel in CHANNEL_TIPS:
        tips.insert(0, CHANNEL_TIPS[answers.channel])
    return Script(
        title=f"Your calm conversation script ({title_for.lower()})",
        spoken=spoken,
        portal_subject=portal_subject,
        portal_body=portal_body,
        tips=tips,
        channel=answers.channel,
        advocate=region_record(region).advocate if noun else "",
    )


def word_count(text: str) -> int:
    return len(re.findall(r"\b[\w']+\b", text))


_ROLE_BUTTONS = {title.lower(): code for code, title in ROLES.items()}
_ASKED = re.compile(r"^(?:do|does|can|could|will|would|are|is|what|what's|how|why|where|when) \w")
_ARTICLES = re.compile(r"^(my mom's|my dad's|my mother's|my father's|my|a|an|the|our|her|his|their)\s+", re.I)


def role_from_text(text: str) -> Optional[str]:
    """A clinician's role from a button or a few words ("my oncologist" -> "oncologist"); None if unclear."""
    clean = re.sub(r"\s+", " ", text or "").strip().rstrip(".!")
    if clean.lower() in _ROLE_BUTTONS:
        return _ROLE_BUTTONS[clean.lower()]
    role = _ARTICLES.sub("", clean).strip().lower()
    if role and (len(role) > 40 or len(role.split()) > 4):
        named = ROLE_WORD.search(role)  # "the therapist I see every week"
        return named.group(0) if named else None
    if not role or role == "someone else" or (_ASKED.search(role) and not ROLE_WORD.search(role)):
        return None  # "do you book appointments?" asks something: a role is never put as a question
    return role


ROLE_UNCLEAR = "Could you tell me their role in a few words? For example: surgeon, midwife, psychiatrist."
ROLE_NO_NAMES = 'I only need their role, like "my cardiologist", not their name. I don\'t keep names.'
HELPS_DONE = "That's all"
IF_IT_GOES_BADLY = "If the talk doesn't go well, you have other options."
# After an abuse or misconduct disclosure: never coach a calm talk with that person.
NO_SCRIPT_AFTER_SAFEGUARDING = (
    "Because of what you told me, I won't write a script for a calm talk with this person. You don't have to "
    "smooth things over with someone who treated you that way. The steps I gave you are still there, and I "
    "can help you move to a different clinician safely."
)
HEAT_INTRO = "Before I write it, a quick check of the wording:"
REPHRASE, KEEP = "Rephrase it", "Keep my words"
# Codes: the heat check's two answers, a role not in ROLES, and the outcome when no script follows.
REPHRASED, KEPT = "rephrased", "kept"
OTHER_ROLE = "other_role"
SAFEGUARDING = "safeguarding"

QUESTIONS = [
    for_whom_question(
        "reset_for_whom",
        "Is this conversation for you, or are you helping someone else?",
        'So I can word the script for the right person: "my care" or "my parent\'s care".',
    ),
    Question(
        "reset_role",
        "Who is the conversation with? Just their role, please, not their name.",
        'The script and the message greeting fit better when I know their role, like "cardiologist".',
        list(ROLES.values()),
        own_words=True,
    ),
    Question(
        "reset_what_happened",
        "In your own words, what happened, or what did you understand from the last visit? "
        "A sentence or two is plenty.",
        "Starting from what you understood lets the clinician fix any mix-up quickly. "
        "I quote your words exactly.",
        rephrase_prompt="In calmer words, what happened, or what did you understand from the last visit?",
    ),
    Question(
        "reset_concern",
        "What worries you most about it? It can be anything: the illness, the cost, side effects, "
        "looking after someone, or getting there.",
        "Naming the main worry helps the clinician answer what matters most to you.",
        rephrase_prompt="In calmer words, what worries you most?",
    ),
    Question(
        "reset_heat_choice",
        "Would you like to say it in calmer words, or keep your words as they are?",
        "Some words make people defensive, and then they listen less. Your words are fine to keep.",
        [REPHRASE, KEEP],
    ),
    Question(
        "reset_helps",
        "What would help most? Pick one, then add more if you like, or say it in your own words.",
        "Saying what would help gives the clinician something clear they can agree to.",
        [title for title, _ in HELPS.values()],
        own_words=True,
    ),
    Question(
        "reset_channel",
        "How will you bring it up?",
        "I'll put the version that fits first: words to say, or a message to send.",
        list(CHANNELS.values()),
    ),
]


# "at the post-op check next week", "at my 6-week check": a check of the patient's care (not "at my credit
# check", "at my dog's health check", "at my annual check of the boiler"), read only where no harm is told
# ("at my annual check, she shouted at me last time": the model and the safety net read that).
_AT_A_CHECK = re.compile(
    r"\bat (?:the|my|our|her|his|their|next) (?:next )?"
    r"(?:post-?op|post op|\d+[ -]?(?:week|month|wk)|six[ -]week|annual|yearly|routine|follow-?up|"
    r"diabetes|asthma|medication|meds|blood pressure|bp|baby|antenatal|postnatal|health) check\b"
    r"(?!\s+(?:of|on)\b)"
)


def channel_from_text(text: str) -> Optional[str]:
    """``visit``, ``portal`` or ``phone`` from a button title or a few words."""
    clean = text.lower()
    for code, title in CHANNELS.items():
        if clean.strip() in (code, title.lower()):
            return code
    for code, words in (
        # Patient portals by name (US and UK) and their apps: "through MyChart", "on the NHS app".
        (
            "portal",
            [
                "portal",
                "message",
                "secure messaging",  # "my VA secure messaging"
                "email",
                "write",
                "writing",
                "letter",
                "online",
                "mychart",
                "patient access",
                "nhs app",
                "myhealth",
                "followmyhealth",
                "healthelife",
                "patchs",
                "askmygp",
                "econsult",
            ],
        ),
        (
            "video",
            [
                "video",
                "zoom",
                "teams",
                "camera",
                "telehealth",
                "telemedicine",
                "telemed",
                "virtual",
                "facetime",
            ]
            + ["skype"],
        ),
        ("phone", ["phone", "call", "blower"]),
        (
            "visit",
            [
                "visit",
                "appointment",
                "in person",
                "face to face",
                "face-to-face",
                "clinic",
                "next time",
                "check up",
                "checkup",
                "check-up",
                "appt",
                "in the room",
                "in the consulting room",
                "consultation room",
                "go in ",
                "going in ",
                "in clinic",
                "at the surgery",
                "at the practice",
                "next session",
            ],
        ),
    ):
        # ("ring" as a word: not "bring it up")
        if any(w in clean for w in words) or (code == "phone" and re.search(r"\bring", clean)):
            return code
    if re.search(
        r"\b(?:the|their|our|an|on|via|through) app\b|\bwebsite\b"
        r"|\b(?:bring|write|hand\w*) (?:a|the|her|him|them a) note\b",
        clean,
    ):
        return "portal"  # "I'll do it through the app", not "at the appointment"; "I'll bring a note"
    if re.search(r"\b(?:see|seeing|saw) (?:her|him|them|the doctor|my|the nurse|the gp)\b", clean):
        return "visit"  # "when I see her next week"
    if re.search(
        r"\b(?:my|the|our|her|his|a|next) follow[ -]?up\b(?! (?:letter|text|email|note|in writing|by))"
        r"|\b(?:when|while|once) (?:i'm|im|i am|we're|we are|i|we) (?:get |go |am |are )?"
        r"(?:in |up |down )?there\b"  # "when I'm in there"
        # "I'll tell her when I'm in next week", "when we're in on Tuesday", as the whole answer (not "when
        # I'm in next week I'll be on the ward", "...if I'm still alive", "i'll tell her he strangled me when
        # i'm in next week", "i'll tell the police when i'm in next week")
        r"|^(?:(?:i'll|ill|i will|we'll|i'm going to|im going to) (?:just )?"
        r"(?:tell (?:her|him|them)|say it|ask (?:her|him|them)|mention it|raise it|bring it up) )?"
        r"(?:when|while|once) (?:i'm|im|i am|we're|we are) in "
        r"(?:next (?:week|month|time)|tomorrow|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
        r"this week)"
        r"\s*[.!]?$"
        r"|\b(?:when|while|once) (?:i|we) (?:go|get) in$"  # "when i go in"
        r"|\b(?:when|once) (?:i|we|mi) go back\b"  # "when I go back", "when mi go back" (Jamaican Patois)
        # "I'll bring it up at the start of the session", "...when she comes with me": said in person (a
        # letter, a call or a video named anywhere is read above)
        r"|\bbring (?:it|this|that) up "
        r"(?:at|when|while|during|with|in the (?:room|session|appointment|consult))\b"
        # "when I take mum in", "when she takes me in"
        r"|\b(?:when|while|once) (?:(?:i|we|they) (?:take|bring)|(?:she|he) (?:takes|brings)) "
        r"(?:\w+ ){1,2}in\b"
        # "I'll tell her when I pick up my script on Friday"
        r"|\b(?:when|while|once) (?:i|we) (?:pick|collect|drop) (?:up |off )?(?:my|our|the|her|his|\w+'s) "
        r"(?:script|prescription|meds|medication|medicines?|repeat|tablets)\b"
        r"|\bat (?:dialysis|chemo|clinic|the unit|her clinic|his clinic)\b"  # "I'll say it at dialysis"
        # "at the review next month", "I'll raise it at my annual review" (not "look at the Google review")
        r"|(?:^|\b(?:bring (?:it|this|that) up|raise (?:it|this|that)|say (?:it|something|so)|"
        r"mention (?:it|this|that)|ask) )at "
        r"(?:the|my|our|her|his|their|next|(?:(?:my|our|her|his|their) )?\w+'s) "
        r"(?:(?!google|online)\w+ ){0,2}review\b",
        clean,
    ):
        return "visit"  # "at my follow-up", "while I'm there" (a follow-up call or message is read above)
    if _AT_A_CHECK.search(clean) and not HARM_TOLD.search(clean):
        return "visit"
    return None
