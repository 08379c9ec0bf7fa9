"""A pathway's questions as data: prompt, buttons, a one-line reason for "why do you ask?" (pure).

Each pathway module (``bot/pathways/reset_conversation.py``, ...) lists its questions in order;
the form validation actions in ``actions/pathway.py`` read them and ask them in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, Mapping, Optional, Sequence

YES_NO_BUTTONS = ("Yes", "No", "Not sure")
# The codes any question may record (yes / no answers and the control words), and the one code that stands
# for the patient's own words: analytics never keeps the words themselves.
ANSWERS = frozenset({"yes", "no", "not_sure", "skip"})
FREE_TEXT = "free_text_given"
# A clinician's role in a patient's words (lower case): the button roles and words that name one by their
# ending ("the therapist I see every week", "him, the consultant").
ROLE_WORDS = (
    r"nurse practitioner|physician assistant|physician associate|health visitor|"
    r"\w*(?:ologist|iatrist|ician|apist|odontist|odist)|"
    r"doctor|gp|pcp|consultant|surgeon|registrar|specialist|nurse|midwife|physio|dentist|pharmacist|"
    r"counsellor|counselor|psychiatrist|psychologist|therapist|anaesthetist|anesthetist|hygienist|dietitian|"
    r"prescriber|key ?worker|care co-?ordinator|social worker|chiropodist|nutritionist|chiropractor|"
    r"osteopath|doula|sonographer|radiographer|paramedic|"
    # "my NP", "the musawo at the health centre" (a health worker, in Luganda)
    r"np|aprn|musawo|"
    # short forms: "a different gastro", "my endo"
    r"doc|gastro|endo|cardio|neuro|derm|rheumy|ortho|onc|ent|obgyn|ob-gyn|ob|gyno|gynae|optometrist|allergist"
)
ROLE_WORD = re.compile(rf"\b(?:{ROLE_WORDS})\b")
# Harm, fear, control or a crisis told anywhere in a message: violence, sexual harm, self-harm, threats, being
# kept from going out or from care, feeling unsafe, not seeing the point. The shapes that read a pathway from
# looser words ("I'd rather make it work", "end things with my GP", "until someone else has looked") never
# read one beside it ("he hits me but I'd rather make it work", "I'll keep cutting until someone else has
# looked", "he'll kill me. How do I end things with my therapist"): the model and the safety net read the
# message, and where the model is unsure the menu keeps its crisis line. It is wide on purpose, and it guards
# only those shapes: the older ones were reviewed one by one, and a removal "for verbal abuse" is ending care.
HARM_TOLD = re.compile(
    # violence, fear and threats
    r"\b(?:hit(?:s|ting|tin'?)?|punch\w*|slap\w*|smack\w*|kick\w*|push(?:es|ed|ing)?\s+(?:me|us|her|him)|shov\w*|"
    r"beat(?:s|ing)?\s+(?:me|us|her|him)|beaten|chok\w*|strangl\w*|stab\w*|pins?\s+me|held\s+me\s+down|smash\w*|"
    r"lock(?:s|ed)?\s+(?:me|my\s+door)|threw|throws?\s+\w+\s+at\s+me|hospitali[sz]ed|"
    r"hurt(?:s|ing)?\s+(?:me|us|her|him|the\s+kids|my\s+\w+)(?!\s+feelings)|kill\w*|violen\w*|dv|danger\w*|"
    r"threat\w*|scar(?:e|ed|es|ing|y)|afraid|terrified|frighten\w*|fear\w*|yell\w*|shout\w*|scream\w*|angry|"
    r"jealous|bull(?:y|ied|ying)|trapped|unsafe|not\s+safe|(?:don't|dont|do\s+not)\s+feel\s+safe|"
    # sexual harm
    r"rap(?:e|ed|es|ing|ist)|sex(?:ual\w*)?|assault\w*|abus\w*|molest\w*|grop\w*|groom\w*|touch(?:ed|es|ing)?\s+me|"
    r"touched|kiss\w*|undress\w*|massag\w*|pictures|photos|blackmail\w*|creep\w*|chaperone|harass\w*|stalk\w*|"
    r"follow(?:s|ing)\s+me|bruis\w*|"
    # control, neglect, money
    r"(?<!well\s)(?<!well-)controll?\w*|tracks?\s+my|(?:reads?|checks?)\s+my\s+(?:phone|messages|texts)|"
    r"not\s+allowed|won't\s+allow|(?:won't|wont|doesn't|doesnt|will\s+not|does\s+not|wouldn't)\s+let\s+me|"
    r"can't\s+see\s+my|(?:takes?|took|hides?|hid|rations?)\s+my\s+(?:money|meds|medication|phone|tablets|insulin|pills)|"
    r"stops?\s+me|making\s+(?:me|her|him)|made\s+(?:me|her|him)|forc\w*|steal\w*|stole|hasn't\s+fed|neglect\w*|"
    # self-harm and crisis
    r"self[-\s]?harm\w*|cut(?:ting)?\s+(?:myself|my\s+\w+|again)|keep\s+cutting|burn(?:ing)?\s+myself|"
    r"suicid\w*|overdos\w*|die|dying|dead|death|end(?:ing)?\s+(?:it|everything)|done\s+with\s+everything|jump\w*|"
    r"(?:a|the)\s+note|hoard\w*|pills|extra\s+pills|wake\s+up|voices|stopped\s+eating|purg\w*|"
    r"using\s+again|relaps\w*|(?:no|the)\s+point(?:\s+in\s+(?:anything|living|going\s+on)|\s+any\s*more)|slit\w*|"
    r"wrists?|paracetamol|bleach|bridge|disappear\w*|hopeless|nothing\s+matters|sleep\s+forever|starv\w*|"
    r"throwing\s+up|hearing\s+(?:things|voices)|shook|won't\s+feed|drinks|abroad|get\s+me\s+cut|passport|"
    r"answers\s+for\s+me|insists?|makes\s+me|keeps\s+finding|where\s+i\s+live|sleeping\s+together|"
    r"relationship|hand\s+on\s+my|rubbed|special|not\s+to\s+tell|inappropriate\w*|my\s+body|outside\s+(?:of\s+)?sessions|"
    r"safeguarding|safety|worried\s+about\s+my|(?<!treatment\s)plans?|turning\s+up|keep\s+myself\s+safe|can't\s+do\s+this|"
    r"live|living|waking\s+up|stockpil\w*|not\s+be\s+here|haven't\s+eaten|watching\s+me|lives\s+with\s+me|"
    r"will\s+to\s+live|take\s+any\s+more|bleeding|stiff\s+neck|rash|broken|does\s+stuff|tired\s+of\s+everything|"
    r"late\s+after|at\s+night|rough|deserve|worthless|fat|stupid|believe\s+me|chooses\s+my|baby\s+won't|"
    r"end(?:ing)?\s+my\s+life|rope|tracks|googl\w*|methods?|ways\s+to\s+do\s+it|how\s+i'd\s+do\s+it|goodbyes?|my\s+will|tablets|saving\s+up|"
    r"(?:being|be)\s+around|never\s+wake|tired\s+of\s+it\s+all|any\s+of\s+it|even\s+the\s+point|not\s+eating|"
    r"making\s+myself\s+sick|cutting|touches|lips|nappy|marks|woke\s+up|undone|slept\s+with|affair|favourite|"
    r"between\s+us|locked|meet\s+me|diary|find\s+me|where\s+i'm\s+going|burning\s+up|floppy|coughing\s+up|"
    r"stiff|temperature|take\s+me|go\s+mad|needing\s+(?:her|him|them)|"
    # (review of pool v50's fixes: force, a locked door, undressing and touching in learner's English, and
    # signs of grooming or a boundary crossed: gifts, money, a personal number, messages, hugs, "come alone")
    r"grab(?:s|bed|bing)?\s+(?:me|him|her|my\s+(?:arm|wrist|hand|neck|hair|throat|breast|chest|bum|leg|face))\b|"
    r"batter\w*|lock\w*\s+(?:the\s+)?door|clothes|touch\s+my|private\s+parts?|presents?\b|gifts?\b|sweets|"
    r"(?:gives?|gave|buys?|bought)\s+(?:him|her|them|me)\s+money|personal\s+(?:number|phone|mobile|email)|"
    r"(?:his|her)\s+(?:own\s+)?(?:phone\s+|mobile\s+)?number|facebook|instagram|snapchat|messag\w*\s+(?:me|him|her)\b|"
    r"hugg\w*|hugs?\b|lov(?:es|ed)?\s+(?:me|him|her)\b|crossed\s+(?:a|the)\s+line|come\s+(?:in\s+)?alone|"
    r"without\s+me\s+there|find\s+out\s+what\s+i|"
    # (reviews of pool v39's fixes: misconduct, coercion, slurs, force and crisis in more words; not words
    # also said calmly beside a pathway, found in later reviews: "swallowing", "hang on", "through the roof",
    # "OD" for once daily, "coil fitting", "grab my records", "the booking site crashed", "Dr Cliff",
    # "unconscious bias", "drowning in appointments", "tied me up in red tape", "razor burn", "I can't
    # breathe through my nose", "not breathing a word", "I can't go on waiting")
    r"fondl\w*|felt\s+me\s+up|exposed\s+(?:him|her|them)sel\w+|nudes?|flirt\w*|asked\s+me\s+out|porn\w*|"
    r"coerc\w*|intimidat\w*|humiliat\w*|gaslight\w*|gaslit|whore|slut|bitch|headbutt\w*|pinned\s+me|"
    r"spat\s+(?:at|on|in)|(?:swore|swears|swearing)\s+at|made\s+a\s+pass|followed\s+me\s+home|hands\s+on\s+me|"
    r"explicit|petrified|hurting\s+myself|hurt\s+myself\s+(?:again|on\s+purpose)|unalive\w*|top\s+myself|"
    r"(?:going\s+to|gonna|will|i'll)\s+end\s+things(?!\s+with\b)|"
    r"(?:don't|dont|do\s+not)\s+want\s+to\s+be\s+(?:here|alive)|"
    r"can'?t\s+go\s+on(?=\s*(?:[.!,;]|$|like\s+this|living|any\s*more))|miss\s+me|better\s+off\s+without|"
    r"throat\s+(?:is\s+)?(?:swelling|closing|tight)\w*|stopped\s+breathing|not\s+breathing(?!\s+a\s+word)|"
    r"can'?t\s+breathe(?!\s+through)|blue\s+lips|lips\s+(?:went|are|were|turned|turning)\s+blue|knife|gun|"
    r"(?:if\s+i|i'll|i\s+will|going\s+to|gonna)\s+crash|crash\s+(?:the|my)\s+car|drive\s+(?:off|into)|"
    # (review of pool v51's fixes: a suicide told in the family, thoughts of ending things, being bitten or
    # spat at, sex demanded)
    r"hang(?:ed|ing)\s+(?:him|her|my|them|your)sel\w+|took\s+(?:his|her|their|my)\s+own\s+life|own\s+life|"
    r"ending\s+things(?!\s+with\b)|bit\s+(?:me|my|his|her)|sleep\s+with\s+(?:him|her|them)|"
    # ... fleeing, cornered, an exam not agreed to, a secret asked, a crisis tonight, and signs of an
    # emergency beside the looser readings (a thunderclap headache, sudden pain and vomiting, coughing blood,
    # not responding, wheezing, out of insulin, shaky and sweaty)
    r"refuge|safe\s+house|where\s+we\s+(?:are|live|'re\s+going)|cornered|internal\s+exam\w*|intimate\s+exam\w*|"
    r"never\s+agreed|(?:didn't|did\s+not|never)\s+consent\w*|consent|keep\s+it\s+between|secret|"
    r"tonight|thunderclap|worst\s+(?:headache|pain)|suddenly|vomit\w*|"
    r"cough\w*\s+(?:up\s+)?blood|not\s+responding|unresponsive|wheez\w*|finish\s+a\s+sentence|"
    r"(?:run|ran|running)\s+out\s+of\s+(?:insulin|my\s+\w+)|shaky|sweaty|social\s+services|unless\s+i|"
    r"like\s+this\s+every\s+time|comes\s+back\s+from\s+(?:her|his|their)\s+\w+'s|"
    # (a third review: getting away from someone, a boundary crossed, coercion, more weapons and a stash, more
    # signs of an emergency in adults, babies, children and pregnancy, a child's age beside sex)
    r"get\s+away\s+from|away\s+from\s+(?:him|her|them)|found\s+(?:us|me)|my\s+number|texting\s+me|"
    r"outside\s+(?:the\s+)?(?:clinic|surgery|practice)|popping\s+round|round\s+my\s+(?:flat|house|place)|thigh|"
    r"lend\s+(?:him|her|them)\s+money|showers?\s+with|says\s+i\s+can'?t|temper|injur\w*|snap|guns?|knives|"
    r"rifle|stash\w*|barely\s+breath\w*|hardly\s+breath\w*|breathless\w*|fever\w*|temp\s+of|burning\s+hot|"
    r"very\s+hot|not\s+feeding|(?:won'?t|can'?t|cannot|will\s+not)\s+wake|splitting|flashing\s+lights|"
    r"racing|faint\w*|drowsy|(?:is|was|been|keeps|he's|she's)\s+fitting|(?:having|had|has|in)\s+(?:a\s+)?seizures?|"
    r"being\s+sick|soft\s+spot|fontanelle|light\s+hurts|"
    r"shoulder\s+tip|aren'?t\s+there|hallucinat\w*|chest\s+pain|numb\w*|slurr\w*|collaps\w*|passed\s+out|"
    r"blacked\s+out|not\s+moving|bitten|"
    r"(?:i'?m|aged?)\s+1[0-5]\b(?!\s*(?:weeks?|days?|months?|hours?|mins?|minutes?|stone|st|kg|lbs?|pounds|%|"
    r"percent|cm|mm|times?)\b)|"
    r"gave\s+(?:me|her|him|my\s+\w+)\s+(?:herpes|chlamydia|crabs|an?\s+std|an?\s+sti))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Question:
    slot: str
    prompt: str
    why: str
    buttons: Sequence[str] = field(default_factory=tuple)
    # Asked instead of ``prompt`` when the patient chose to put an answer in calmer words.
    rephrase_prompt: Optional[str] = None
    # Whether typed words are a full answer beside the buttons (questions without buttons always take them).
    own_words: bool = False
    # Asked instead of ``prompt`` when the patient is someone the person typing helps: a template over
    # ``bot.pathways.for_whom.Person.words`` ("Has {person} been told {they} need surgery?").
    other_prompt: Optional[str] = None

    @property
    def free_text(self) -> bool:
        """True when the patient's own words can be the answer, so a question-like message may be one."""
        return self.own_words or not self.buttons

    def message(
        self, rephrasing: bool = False, other: Optional[Mapping[str, str]] = None
    ) -> Dict[str, object]:
        """The prompt as a dispatcher message: text plus buttons whose payload is their title. ``other``:
        the words for the patient when someone else is typing (``Person.words``), for ``other_prompt``."""
        text = self.rephrase_prompt if rephrasing and self.rephrase_prompt else self.prompt
        if other and self.other_prompt:
            text = self.other_prompt.format(**other)
        return {"text": text, "buttons": [{"title": b, "payload": b} for b in self.buttons]}
