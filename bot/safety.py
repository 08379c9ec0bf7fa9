"""The keyword safety net: plain crisis and emergency phrases, caught without a model.

The NLU model (DIET) handles paraphrases; this net makes sure the plain, common
ways of saying "I want to die" or "I have chest pain" are never left to a guess,
and that well-known hard negatives ("end things with my doctor", "dying to know my
results") are never mistaken for a crisis.

Usage::

    from bot.safety import classify
    classify("I keep thinking about killing myself")   # "crisis"
    classify("I want to end things with my doctor")    # None
"""

from __future__ import annotations

import re
import unicodedata

CRISIS = "crisis"
EMERGENCY = "emergency"

# Self-harm and suicidal thoughts, also said of someone else ("she wants to kill herself").
# Written as whole-word patterns over normalised text.
_CRISIS_PATTERNS = [
    r"\bsuicid\w*\b(?! (prevention|awareness|poster|statistics))",
    r"\bsucid\w*",
    r"\bkill(ing|ed|s)? (my|me|him|her|them|your) ?(self|selves)\b",
    r"\bkms\b",
    r"\bunalive (my|him|her|them) ?(self|selves)\b",
    r"\b(end|ending|take|taking|end it|finish) (my|my own|his|her|their) life\b",
    r"\bend(ing)? it all\b",
    r"\b(want|wants|wanna|wanted|going|ready) (to )?die\b(?! (of|from|laughing))",
    r"\b(rather|better) be dead\b",
    r"\b(suicide|goodbye) (note|letter)s?\b",
    r"\bwish (i|i'd|i had) (was|were|had|never) (dead|been born|died)\b",
    r"\bwish i was(n't| not) (alive|here)\b",
    r"\bbetter off (dead|without me)\b",
    r"\b(don't|do not|dont|doesn't|does not) want to (live|be alive|be here|wake up|exist)\b",
    r"\b(no|what's the|whats the|what is the) (reason|point) (to|in|of) (live|living|going on|being alive)\b",
    r"\btired of (living|being alive)\b",
    r"\bbetter off (if|when) (i|i'm|im) (was |were |am )?(dead|gone)\b",
    r"\b(no one|nobody|noone) (would|will) (care|notice|miss me) if (i|i'm|im) (died|dead|gone|was gone|were gone)\b",
    r"\b(not sure|don't know if|dont know if|unsure if) i (want|wanna) to (be alive|live|be here)\b",
    r"\b(have|got|getting) (the|a|all the) (pills|tablets|rope|gun) ready\b(?! for)",
    r"\bstockpil\w* (my |up )?(pills|meds|medication|medicine|tablets)\b",
    r"\b(can't|cannot|cant) go on\b",
    r"\b(hurt|harm|cut|cutting|hurting|harming) (my|him|her|them) ?(self|selves)\b",
    r"\bself[ -]?harm\w*",
    r"\bnot (want|wanting) to be alive\b",
    r"\b(hang|hanging|shoot|shooting|drown|drowning) (my|him|her|them) ?(self|selves)\b",
    r"\bjump(ing)? (off|from) (a|the) (bridge|building|roof|cliff)\b",
]

# Emergency symptoms: call 911 / 999 now.
_EMERGENCY_PATTERNS = [
    r"\bchest (pain|pains|pressure|tightness|is tight|hurts|feels tight|feels heavy)\b",
    r"\b(pain|pressure|tightness) in (my|his|her|their) chest\b",
    r"\b(having|have) a heart attack\b",
    r"\bhaving a stroke\b",
    r"\bstroke (signs|symptoms)\b",
    r"\b(face|mouth|smile) (is )?(drooping|droops|droopy|numb)\b",
    r"\b(arm|leg|side) (is |went |going )?(weak|numb|limp)\b",
    r"\b(slurred|slurring) (speech|words|(my|his|her|their) words)\b",
    r"\b(can't|cannot|cant|can not) (breathe|breath|catch (my|his|her|their) breath|get air)\b",
    r"\b(trouble|difficulty|struggling|hard time) (breathing|to breathe)\b",
    r"\b(short|shortness) of breath\b",
    r"\b(bleeding|bleed) (heavily|badly|a lot|won't stop|that won't stop|everywhere)\b",
    r"\b(won't|will not|wont) stop bleeding\b",
    r"\bheavy bleeding\b",
    r"\boverdos\w*\b(?! (warning|risk|information|info|label))",
    r"\btook (too many|a lot of|all my|the whole bottle)\b",
    r"\b(passed out|fainted|unconscious|unresponsive)\b",
    r"\b(isn't|is not|not|stopped|aren't) breathing\b",
    r"\b(having|had) a seizure\b",
    r"\bthroat (is )?(closing|swelling)\b",
]

# Phrases that look alarming but are not: they must never trigger the crisis reply.
_HARD_NEGATIVE_PATTERNS = [
    r"\bend(ing)? (things|it|this|my relationship|care|treatment) with (my|our|her|his|their|the|this|a)\b",
    r"\bdying to (know|hear|see|find out|get)\b",
    r"\bchest x[ -]?ray\b",
    r"\b(wait|waiting|paperwork|bill|bills|cost|costs|prices|this|it|that) (is|are) killing (me|us|everyone|everybody)\b",
    r"\bsuicide (prevention|awareness|hotline poster|statistics)\b",
    r"\b(kill|killing) (me|him|her) with\b",
    r"\bhurt my (feelings|back|knee|shoulder|wrist|ankle)\b",
    r"\b(drop|leave|quit|fire|dump|stop seeing) (my|her|his|their|our)\b",
    r"\bdie (of|from) (laughter|laughing|embarrassment|boredom|shame|curiosity)\b",
    r"\b(died|die|dying) (of |from )?(laughing|laughter)\b",
    r"\bdead tired\b",
    r"\bgiving up on (my|this|that|the|her|his) (doctor|clinic|practice|therapist|specialist|gp)\b",
]

_COMPILED = {
    CRISIS: [re.compile(p) for p in _CRISIS_PATTERNS],
    EMERGENCY: [re.compile(p) for p in _EMERGENCY_PATTERNS],
}
_HARD_NEGATIVES = [re.compile(p) for p in _HARD_NEGATIVE_PATTERNS]

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})


def normalise(text: str) -> str:
    """Lower-case, fold accents and curly quotes, and collapse everything else to single spaces."""
    text = unicodedata.normalize("NFKC", text or "").translate(_APOSTROPHES).lower()
    text = re.sub(r"[^a-z0-9' -]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def classify(text: str) -> str | None:
    """Return ``"crisis"``, ``"emergency"`` or ``None`` for a patient's message.

    Crisis wins over emergency: an overdose taken on purpose is both, and the
    crisis reply also gives the emergency number.
    """
    clean = normalise(text)
    for category in (CRISIS, EMERGENCY):
        if any(pattern.search(clean) for pattern in _COMPILED[category]):
            return category
    return None


def is_hard_negative(text: str) -> bool:
    """True for phrasings known to look like a crisis but not be one."""
    clean = normalise(text)
    return any(pattern.search(clean) for pattern in _HARD_NEGATIVES)
