"""Who a pathway is for: the patient, or someone they help (advocate mode), and the words for each (pure).

Every pathway asks this first (slot ``<prefix>for_whom``); the answer switches its questions and its card
to the third person ("Has your parent been told they need surgery?", "their records").

Usage::

    from bot.pathways.for_whom import for_whom_from_text, person
    helper = person(for_whom_from_text("my mum"))   # "parent"
    helper.noun, helper.words["person"]             # "my parent", "your parent"
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Dict, List, Optional

from bot.pathways.questions import Question
from bot.safety import normalise

SELF = "self"
# Who it is for: code -> (button title, noun phrase, possessive for "my care").
FOR_WHOM: Dict[str, tuple] = {
    SELF: ("For me", None, "my"),
    "parent": ("For my parent", "my parent", "my parent's"),
    "child": ("For my child", "my child", "my child's"),
    "partner": ("For my partner", "my partner", "my partner's"),
    "someone_else": ("For someone else", "the person I care for", "their"),
}
BUTTONS = [title for title, _, _ in FOR_WHOM.values()]


@dataclass(frozen=True)
class Person:
    """Whom the answers are about, with the words the bot uses for them."""

    code: str
    title: str
    noun: Optional[str]  # as the helper says it: "my parent"; None for the patient
    possessive: str  # "my", "my parent's"

    @property
    def helping(self) -> bool:
        """True when someone is helping the patient (third-person wording)."""
        return self.noun is not None

    @property
    def words(self) -> Dict[str, str]:
        """The bot's words for them, for a question's ``other_prompt``: person ("your parent"), persons
        ("your parent's"), they, them, their."""
        person = _you(self.noun or "you")
        persons = "their" if self.possessive == "their" else _you(self.possessive)
        return {"person": person, "persons": persons, "they": "they", "them": "them", "their": "their"}


# French and Italian relatives are the patient's own, not someone else's: "ma mère", not "la mère de mon mari"
# nor "il figlio di mia figlia".
_OWN = "(?<!de )(?<!di )"


def _you(words: str) -> str:
    return re.sub(r"\b(my|I)\b", lambda m: "your" if m.group(1) == "my" else "you", words)


def person(code: Optional[str]) -> Person:
    """The :class:`Person` for a ``FOR_WHOM`` code (the patient when unanswered, skipped or not sure)."""
    title, noun, possessive = FOR_WHOM.get(code or SELF, FOR_WHOM[SELF])
    return Person(code if code in FOR_WHOM else SELF, title, noun, possessive)


def for_whom_from_text(text: str) -> Optional[str]:
    """A ``FOR_WHOM`` code from a button title or a few words ("my mum" -> "parent")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    accents_off = "".join(c for c in decomposed if not unicodedata.combining(c))
    # ME/CFS is the illness, not "me"
    illness = re.sub(r"\b(?:me\s*/\s*cfs|cfs\s*/\s*me)\b", "cfs", accents_off, flags=re.IGNORECASE)
    clean = normalise(illness)  # "my fiancé" is "my fiance"
    for code, (title, _, _) in FOR_WHOM.items():
        if clean in (code, title.lower()):
            return code
    for code, words in (
        (
            "parent",
            [
                "mother",
                "father",
                "mom",
                "mum",
                "mam",
                "mommy",
                "mammy",
                "mummy",
                "dad",
                "daddy",
                "parent",
                "parents",
                "stepmum",
                "stepmom",
                "stepdad",
                "stepfather",
                "stepmother",
                # Spanish, accents off: "para mi mamá"
                "mama",
                "madre",
                "my da",  # Irish (not "for da kids", "me da igual")
                "our da",
                "padre",
                # German and Dutch, accents off: "für meine Mutter", "voor mijn vader"
                # (with "my": not "die Mutter meines Vaters", a grandmother)
                "(?:meine|meiner|meinen|unsere|unserer) mutter",
                "(?:mein|meinen|meinem|unser|unseren|unserem) vater",
                "(?:mijn|onze) (?:moeder|vader)",
                # French and Italian, accents off: "pour ma mère", "per mio padre"
                # (not someone else's: "la mère de mon mari", "il padre di mia moglie")
                f"{_OWN}(?:ma|notre) mere",
                f"{_OWN}(?:mon|notre) pere",
                f"{_OWN}(?<!della )(?:mia|nostra) (?:madre|mamma)",
                f"{_OWN}(?:mio|nostro) (?:padre|papa)",
                # "na for my papa" (Nigerian Pidgin; not a "papa smear", nor a grandparent, someone else)
                "(?:my|our|for) papa(?!'s)(?! smear)(?!.*grand)",
                # Arabic and Urdu words for a father or a mother: "for Abba", "my ammi" (not a grandparent:
                # "my nana abba", "my dadi ammi")
                *(rf"(?<!nana )(?<!nani )(?<!dada )(?<!dadi ){word}" for word in ("abba", "abbu", "ammi")),
                # Malayalam, Tamil and Telugu words for a mother or a father: "my amma" (not "ammamma",
                # nor "my amma's amma", grandmothers)
                "(?:my|our|for) (?:amma|appa)(?!'s)",
                # Swedish and Norwegian: "it's for my mamma", "för min mamma" (not "my mamma's pappa", nor
                # "my mamma-in-law")
                "(?:my|our|for|min) (?:mamma|pappa)(?!'s)(?!-in-law)(?! in law)",
                # Jamaican English: "mi madda", "fi mi faada" (not another relative: "mi madda madda",
                # "mi madda sista")
                "(?:my|mi|our) (?:madda|mudda|muddah|faada|fada|faadah)(?!'s)"
                r"(?! (?:madda|mudda|faada|fada|sista|sister|bredda|brother|pickney|granny|side|fren|in law|"
                r"neighbour)\b)"
                r"(?!-in-law)",
            ],
        ),
        (
            "child",
            [
                "son",
                "daughter",
                "child",
                "children",
                "kid",
                "kids",
                "baby",
                "teen",
                "teenager",
                "toddler",
                "little boy",
                "little girl",
                "little one",
                "wee boy",
                "wee girl",
                "wee one",
                "bairn",
                "my boy",
                "my lad",
                "stepson",
                "stepdaughter",
                "youngest",
                "eldest",
                "newborn",
                "infant",
                "hijo",
                "hija",
                # German and Dutch: "für meinen Sohn", "voor mijn dochter", "mein Kind" (not "kind of")
                "sohn",
                "tochter",
                "zoon",
                "dochter",
                "(?:mein|meinem|meine|mijn) kind",
                "(?:my|our|the) twins",  # "my twins" (not "my twin sister", "my sister's twins", "has twins")
                "(?:my|our) twin (?:boys|girls|sons|daughters|babies|toddlers|kids|children|infants)",
                # Jamaican English: "mi pickney" (not a grandchild, "mi pickney pickney", nor "mi pickney
                # faada")
                r"(?:my|mi|our) (?:pickney|pickneys|pikni)(?!'s)"
                r"(?! (?:pickney|faada|fada|madda|mudda|granny|teacher|fren|friend)\b)",
                # French and Italian: "pour mon fils", "per mia figlia"
                f"{_OWN}(?:mon|notre) (?:fils|enfant|bebe)",
                f"{_OWN}(?:ma|notre) fille",
                f"{_OWN}(?:nos|mes) enfants",
                f"{_OWN}(?:mio|nostro) (?:figlio|bambino)",
                f"{_OWN}(?:mia|nostra) (?:figlia|bambina)",
            ],
        ),
        (
            "partner",
            ["husband", "wife", "partner", "spouse", "boyfriend", "girlfriend", "fiance", "fiancee", "hubby"]
            + [
                "other half",
                "bf",
                "gf",
                "fella",
                "missus",
                "missis",
                "wifey",
                "hubs",
                "better half",
            ]
            + ["significant other", "de facto", "esposo", "esposa", "marido", "pareja", "novio", "novia"]
            # German and Dutch: "für meine Frau", "voor mijn man"
            + ["meine frau", "meinen mann", "mein mann", "ehemann", "ehefrau", "mijn vrouw", "mijn man"]
            # French and Italian: "pour mon mari", "per mia moglie"
            + [
                # (not "ma femme de ménage", a cleaner, nor "il marito della mia mamma")
                f"{_OWN}(?:mon mari|ma femme(?! de)|mon conjoint|ma conjointe|mio marito(?! della)|"
                "mia moglie)",
            ],
        ),
        (
            SELF,
            ["me", "myself", "mine", "for me", "my own", "i'm the patient", "i am the patient"]
            # German and Dutch: "für mich", "ich selbst", "voor mij", "ik zelf"
            + ["fur mich", "fuer mich", "ich selbst", "mich selbst", "voor mij", "voor mezelf", "ik zelf"]
            # French and Italian: "pour moi", "c'est moi", "per me"
            + ["pour moi", "c'est moi", "moi meme", "moi-meme", "per me"],
        ),
    ):
        if any(re.search(rf"\b{w}\b", clean) for w in words):
            return code
    if re.fullmatch(
        r"(?:(?:it's|its|it is) )?(?:for |just )?(?:my self|masel|mysel|meself|myslef)"
        r"(?: thanks| please| only)?",
        clean,
    ):
        return SELF  # "myself" as two words or in Scots and Irish English, as the whole answer only
    if re.fullmatch(r"(?:es )?para mi(?: misma| mismo)?", clean):
        return SELF  # "para mí", its accent folded; "para mi ..." before anyone else is "for my ..."
    age = re.search(r"\b(?:my|our) (\d{1,2}) ?(?:-| )?(?:years?|yrs?|yo|y/o|y o|months?)(?: old)?\b", clean)
    if age and (int(age.group(1)) < 18 or "month" in age.group(0)):
        return "child"  # "my 6 year old"
    if any(
        w in clean
        for w in (
            "someone",
            "somebody",
            "friend",
            "relative",
            "grand",
            "sister",
            "brother",
            "aunt",
            "uncle",
            "cousin",
            "niece",
            "nephew",
            "neighbour",
            "neighbor",
            "client",
            "colleague",
            "roommate",
            "flatmate",
            "housemate",
            "room mate",
            "flat mate",
            "godchild",
            "carer",
            "caregiver",
            "care giver",
            "service user",
            "godson",
            "goddaughter",
            "in-law",
            "in law",
            "landlady",
            "landlord",
        )
    ) or re.search(
        # grandparents in other languages too ("my ouma", "my lola")
        r"\b(?:gran|granny|nan|nana|nanna|ouma|oupa|oma|opa|nonna|nonno|abuela|abuelo|lola|lolo|nani|dadi|"
        r"bubbe|zaida)\b"
        # a friend by a word of their own, not a word of address ("yes mate")
        r"|\b(?:a|my|for|our|the|his|her)\s+(?:\w+\s+)?(?:mate|pal|buddy|bestie)\b"
        # a personal assistant's employer: "a lady I'm PA for", "I'm her PA", "I'm a PA for a woman on direct
        # payments" (not "my PA", the patient's own, nor the patient's job: "I'm a PA at a law firm")
        r"|\b(?:i'm|im|i\s+am)\s+(?:her|his|their)\s+(?:pa|p\s*a|personal\s+assistant)\b"
        r"|\b(?:lady|man|woman|gentleman|person|client|fella|gent)\s+(?:i'm|im|i\s+am)\s+(?:a\s+|the\s+)?"
        r"(?:pa|personal\s+assistant)\s+(?:for|to)\b"
        r"|\b(?:i'm|im|i\s+am)\s+(?:a|the)\s+(?:pa|personal\s+assistant)\s+(?:for|to)\s+(?:a|an)\s+"
        r"(?:lady|man|woman|gentleman|person|client|disabled|older|elderly|young|blind|deaf)\b"
        # someone the helper acts or works for: "I'm his court-appointed deputy", "I'm her support worker", "a
        # tenant I support" (not the patient's own: "my support worker", "I'm a tenant")
        r"|\b(?:i'm|im|i\s+am)\s+(?:his|her|their)\s+(?:(?:legal|court[\s-]*appointed)\s+)?(?:deputy|guardian|"
        r"advocate|support\s+worker|key\s*worker|case\s*worker|social\s+worker)\b"
        r"|\b(?:i'm|im|i\s+am)\s+(?:the|a)\s+(?:court[\s-]*appointed\s+)?(?:deputy|guardian)\s+for\b"
        r"|\b(?:his|her|their)\s+(?:legal|court[\s-]*appointed)\s+(?:deputy|guardian)\b"
        r"|\b(?:a|one\s+of\s+(?:my|our|the))\s+tenants?\s+(?:i|we)\s+(?:support|help|work\s+with|look\s+after|visit)\b"
        # a twin brother or sister (not "my twins" nor "my twin boys", children, nor "my twin flame")
        r"|\b(?:my|our)\s+(?:twin(?!s)(?!\s+(?:boys?|girls?|sons?|daughters?|bab(?:y|ies)|toddlers?|kids?|children|"
        r"infants?|flame)\b)|lodger)\b"
        # a faith leader helping one of the congregation: "a member of my congregation", "one of my
        # parishioners" (not the patient's own, nor the clinician: "I'm a member of a congregation", "my GP
        # is a member of my congregation", "my parishioners gossip")
        r"|(?:\b(?:helping|for|supporting|on\s+behalf\s+of)\s+(?:an?\s+|one\s+of\s+|some\s+)?|^(?:an?\s+|one\s+of\s+))"
        r"(?:(?:member|members|one)\s+of\s+(?:my|our)\s+(?:congregation|parish|flock)|"
        r"(?:my|our)\s+(?:parishioners?|congregants?))\b",
        clean,
    ):  # not "pregnant", "climate"
        return "someone_else"
    return None


def for_whom_question(slot: str, prompt: str, why: str) -> Question:
    """A pathway's first question: for the patient, or for someone they help."""
    return Question(slot, prompt, why, BUTTONS)


def prompts(question: Question) -> List[str]:
    """Every wording ``question`` may be asked in: for the patient, then for each person someone helps."""
    if not question.other_prompt:
        return [question.prompt]
    helped = [person(code) for code in FOR_WHOM if code != SELF]
    return [question.prompt] + [question.other_prompt.format(**p.words) for p in helped]
