"""The safety layer's rules: what a message's risk words mean, and how they combine with the models.

Two steps, both pure (no Rasa, no model):

1. :func:`assess` reads the whole message with keyword patterns. A plain crisis or emergency phrase in
   the present ("I want to kill myself", "my chest hurts") is *certain*. The same words told as a
   history, a test result, a form or a habit ("I had chest pain last year", "the form asks about self
   harm", "I get short of breath on stairs") are only *possible*: they get a check-in, never nothing.
   It also tells who is at risk (the writer or someone else), an overdose on purpose, abuse by a
   clinician, and a medicine stopped suddenly.
2. :func:`decide` turns that, the NLU model's intent and the sentence-encoder's nearest examples into the
   intent that the safety policy answers. A full crisis, emergency or overdose reply needs a certain
   keyword assessment, or the model and the nearest examples agreeing on a message with no risk words
   told as a history, test, question or habit. One model signal alone gives at most a check-in (which
   shows the numbers and asks one direct question), the safeguarding reply or the medicine caution.

Usage::

    from bot.safety import assess, classify
    assess("I had chest pain last year and nobody followed up")  # Assessment("emergency", "possible", "history")
    classify("I keep thinking about killing myself")              # "crisis"
    classify("I want to end things with my doctor")               # None
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import FrozenSet, Optional, Sequence, Tuple

# What a message is about (the kind) ...
CRISIS = "crisis"  # the writer, self-harm or suicide
CRISIS_OTHER = "crisis_other"  # someone else, self-harm or suicide
EMERGENCY = "emergency"  # emergency symptoms
OVERDOSE = "overdose"  # an overdose on purpose: crisis and emergency at once
ABUSE = "abuse"  # abuse or misconduct by a clinician or carer
MEDICATION_STOP = "medication_stop"  # a medicine stopped suddenly
# ... and how sure the words are.
CERTAIN = "certain"
POSSIBLE = "possible"

# The intent the safety policy answers, for each kind and tier (docs/safety.md has the replies).
INTENTS = {
    (CRISIS, CERTAIN): "express_crisis",
    (CRISIS_OTHER, CERTAIN): "express_crisis_other",
    (EMERGENCY, CERTAIN): "report_emergency",
    (OVERDOSE, CERTAIN): "report_overdose",
    (CRISIS, POSSIBLE): "hint_self_harm",
    (CRISIS_OTHER, POSSIBLE): "hint_self_harm",
    (OVERDOSE, POSSIBLE): "hint_self_harm",
    (EMERGENCY, POSSIBLE): "mention_symptom",
    (ABUSE, CERTAIN): "report_abuse",
    (ABUSE, POSSIBLE): "report_abuse",  # a blow told in the present, by words alone: asked about first
    (MEDICATION_STOP, CERTAIN): "stop_medication",
}
FULL_REPLY_INTENTS = frozenset(
    {"express_crisis", "express_crisis_other", "report_emergency", "report_overdose"}
)
CHECK_IN_INTENTS = frozenset({"hint_self_harm", "mention_symptom"})
CARE_INTENTS = frozenset({"report_abuse", "stop_medication"})
SAFETY_INTENTS = FULL_REPLY_INTENTS | CHECK_IN_INTENTS | CARE_INTENTS
# Each check-in's reply (the safety policy shows it; bot/rasa_addons/policy.py). The third is the safety
# policy's own: inside a form, a guess alone of abuse (GUESSED_BY) is asked about before the safeguarding
# reply, since a patient answering "what happened?" about a strained relationship describes a clinician's
# behaviour in most answers, and only a few of them are abuse.
CHECK_IN_REPLIES = {
    "hint_self_harm": "utter_check_in_crisis",
    "mention_symptom": "utter_check_in_emergency",
    "hint_abuse": "utter_check_in_safeguarding",
}
# How :func:`decide` names the abuse a blow told in the present reads by words alone ("he hits me"): the policy
# asks about it with the safeguarding check-in, inside a form or not, since such words are also a baby kicking,
# a game lost or a reflex tested ("the baby is kicking me", "he beats me at chess", "hits me on the knee").
TOLD_BLOW = "keyword+blow"
# How :func:`decide` names a decision that no certain keyword rule took part in: the model's guess alone, the
# nearest examples' alone, the two agreeing on a full reply, or the two agreeing beside a hint's words. Inside
# a form, such a reading of abuse or of a danger is asked about first, with the matching check-in
# (bot/rasa_addons/policy.py).
GUESSED_BY = frozenset({"model", "exemplars", "model+exemplars", "keyword+model+exemplars", TOLD_BLOW})
# The family of the nearest examples that must agree with a model's full-reply guess.
FAMILY_OF = {
    "express_crisis": CRISIS,
    "express_crisis_other": CRISIS,
    "report_overdose": CRISIS,
    "hint_self_harm": CRISIS,
    "report_emergency": EMERGENCY,
    "mention_symptom": EMERGENCY,
}
# A model's risk guess becomes this check-in (it never becomes a full reply on its own).
_CHECK_IN_FOR = {
    "express_crisis": "hint_self_harm",
    "express_crisis_other": "hint_self_harm",
    "report_overdose": "hint_self_harm",
    "hint_self_harm": "hint_self_harm",
    "report_emergency": "mention_symptom",
    "mention_symptom": "mention_symptom",
}

# Medicines, by name or kind (the stockpiling and sudden-stop rules read them).
_MEDICINES = (
    r"(seizure|epilepsy|anti-?seizure|anticonvulsant|anti-?epileptic|keppra|levetiracetam|lamotrigine|"
    r"epilim|valproate|depakote|carbamazepine|tegretol|antidepressants?|ssris?|sertraline|zoloft|"
    r"citalopram|escitalopram|lexapro|fluoxetine|prozac|venlafaxine|effexor|duloxetine|paroxetine|"
    r"mirtazapine|blood thinners?|anticoagulants?|warfarin|coumadin|apixaban|eliquis|rivaroxaban|"
    r"xarelto|insulin|steroids?|prednisone|prednisolone|hydrocortisone|dexamethasone|lithium|"
    r"antipsychotics?|clozapine|quetiapine|seroquel|olanzapine|risperidone|aripiprazole|"
    r"benzodiazepines?|benzos|diazepam|valium|lorazepam|clonazepam|gabapentin|pregabalin|baclofen|clonidine|"
    r"morphine|opioids?|methadone|buprenorphine|bisoprolol|metoprolol|propranolol|"
    r"beta blockers?|heart (meds|medication|medicine|pills|tablets)|"
    r"meds|medication|medications|medicine|medicines|pills|tablets|inhalers?)"
)

# Self-harm and suicide. Whose it is comes from the words around the match (see _is_someone_else).
_CRISIS_PATTERNS = [
    r"\bsuicid\w*\b(?! (prevention|awareness|poster|statistics|risk|screening|questionnaire|patients|clients|callers))",
    r"\bsucid\w*",
    r"(?<!nearly )(?<!almost )\bkill(ing|ed|s)? ((my|me|him|her|them|your) ?(self|selves)|masel|mysel|masell)\b"
    r"(?! (trying|to get|to make|to keep|working|running|slowly|with|over (this|that|it|nothing)|for (this|that|nothing)))",
    r"(?<![0-9] )(?<![0-9])\bkms\b",
    r"\bunalive (my|him|her|them) ?(self|selves)\b",
    r"\b(end|ending|take|taking|end it|finish) (my|my own|his|her|their|his own|her own|their own) li(fe|ves)\b",
    r"\bend(ing)? it all\b",
    r"\b(going to|gonna|ready to|about to|planning to|plan to|decided to|i'll|i will) end it\b(?! (with|all with))",
    r"\bdone with (living|life|being alive)\b",
    r"\bways to (die|end (it|my life|his life|her life|their life)|kill (my|him|her|them) ?self)\b",
    # the dose that kills asked: "how many tablets does it take to die", "the right number of pills to OD"
    # (a medicine counted, and the dying straight after it: not "how many people have to die before they
    # listen", "how many doses can I miss before I could die", "how much morphine will it take for dad to
    # die", "the dose of lithium could kill me if...", nor a pet, someone dosed, a forgotten dose or a night's
    # sleep: "...to OD a cat", "to overdose her", "if I forget I've taken them", "to not wake up in the night")
    r"\b(how many|how much|number of|amount of|enough)\s+(of\s+)?((my|the|his|her|their|your|these|those)\s+)?"
    r"([\w-]+\s+)?(pills|tablets|capsules|meds|medication|medicine|paracetamols?|tylenol|acetaminophen|ibuprofen|"
    r"aspirin|codeine|co-codamol|tramadol|painkillers|sleeping pills|sleeping tablets|benadryl|diphenhydramine|"
    rf"nytol|zopiclone|amitriptyline|{_MEDICINES.replace('|inhalers?', '')})"
    r"( (does|would|will|do|did) it take( for me)?| it (takes|would take|will take|'d take)( for me)?|"
    r" (would|do|will) (i|you) need( to take)?| (should|must|would|do) i (have to )?take)? "
    r"to (die|(od|overdose)(?! (a|an|my|the|our|his|her|their|him|them|cat|dog|pet)\b)|kill (me|my ?self|your ?self)|"
    r"end (it|it all|my life)|(not|never) wake up(?! (in|during|at|through) (the )?night| at \d| early| so early| in "
    r"the morning))\b(?! if (i|you|he|she|they) forg[eo]t)",
    r"\b(go to sleep|sleep) and (never|not) wake up\b",
    r"\b(been|started|keep|kept) cutting( myself| again)+\b",
    r"\b(she|he|they|she's|he's|they're|daughter|son|child|kid|teenager|friend|sister|brother|partner)( is| are|'s)? "
    r"cutting (again|(him|her|them) ?(self|selves))\b",
    # ("I'm wanting to just die", "im wantin 2 die", in Scots "ah'm wantin tae dee"; not a figure of speech, "not
    # wanting to die on this hill", nor the dye of hair)
    r"\b(want|wants|wanna|wanted|wanting|wantin'?|going|ready) (to |tae |ta |2 )?(just |really |actually )?"
    r"(die|dee)\b"
    r"(?! (of|o|from|laughing|laughin|waiting|before|on (the|this|a) (waiting )?list|on (this|that) hill|wondering|"
    r"(my|her|his) hair)\b)",
    r"\b(rather|better) (be |off |aff |be off |be aff )?(dead|deid)\b",
    r"\b(suicide|goodbye) (note|letter)s?\b",
    r"\bwish (i|i'd|i had|he|she|they) (was|were|had|never) (dead|been born|died)\b",
    r"\bwish i was(n't| not) (alive|here)\b",
    r"\bbetter off (dead|without me|without him|without her)\b",
    r"\b(don't|do not|dont|doesn't|does not) want to (live|be alive|be here|wake up|exist)\b",
    r"\b(no|what's the|whats the|what is the) (reason|point) (to|in|of) (live|living|going on|being alive)\b",
    r"\btired of (living|being alive)\b",
    r"\bbetter off (if|when) (i|i'm|im) (was |were |am )?(dead|gone)\b",
    r"\b(no one|nobody|noone) (would|will) (care|notice|miss me) if (i|i'm|im) (died|dead|gone|was gone|were gone)\b",
    r"\b(not sure|don't know if|dont know if|unsure if) i (want|wanna) to (be alive|live|be here)\b",
    r"\b(have|got|getting) (the|a|all the) (pills|tablets|rope|gun) ready\b(?! for)",
    r"\bstockpil\w* (my |up |his |her |their )?(\w+ )?(pills|meds|medication|medicine|tablets|morphine|opioids|"
    rf"painkillers|insulin|sleeping pills|{_MEDICINES.replace('|inhalers?', '')})\b(?! (in case|for (the|a) shortage))",
    r"\b(can't|cannot|cant) go on\b",
    r"\b(hurt|harm|cut|cutting|hurting|harming) (my|him|her|them) ?(self|selves)\b"
    r"(?! (chopping|shaving|cooking|gardening|on (a|the)|by accident|accidentally|while|at work|playing))",
    r"\bself[ -]?harm\w*",
    r"\bnot (want|wanting) to be alive\b",
    r"\b(hang|hanging|shoot|shooting|drown|drowning|stab|stabbed|stabbing) (my|him|her|them) ?(self|selves)\b",
    r"\bthreaten(s|ed|ing)? to (jump (off|from|in front|out of)|hang|kill (him|her|them|my) ?(self|selves)|"
    r"end (his life|her life|their life|my life)|"
    r"take (all|an overdose|the lot)|overdose|cut (him|her|them|my) ?(self|selves))\b",
    r"(?<!go )\bjump(ing)? (off|from|out of) (a|the|my|his|her|their|our|this|that) (bridge|building|roof|cliff|balcony|window|car park|multi-?\s?storey|flyover|overpass|tower block)\b",
    r"\bdriv(e|ing) (my |the )?(car )?(into|off) (a|the) (wall|tree|bridge|cliff|lorry|truck)\b",
    r"\b(walk|walking|step|stepping|jump|jumping) (into|in front of) (the |a )?(sea|river|lake|ocean|traffic|train|bus|lorry|truck)\b",
    r"\b(no longer|don't|do not|dont) (wish|want|able|feel able) to (go on|carry on|live|be alive)\b"
    r"(?! (with|seeing|at|to|in|being|taking|having|the|this|that|these|those|a|an|my|his|her|their|like|waiting|there))",
]

# A plan, a goodbye or the means at hand: certain whatever else the message says (records, notes, weeks).
_PLAN_PATTERNS = [
    r"\bend(ing)? (it|it all)( for good| once and for all)? (tonight|today|now|this weekend|soon)\b(?! with)",
    r"\bend(ing)? (things|everything) (for good|once and for all)\b(?! with)"
    r"(?!.{0,60}\b(gp|doctor|practice|surgery|clinic|therapist|consultant|specialist|dentist|nurse|psychiatrist)\b)",
    r"\bso (that )?(i|he|she|they) (can|could) end it\b(?! (with|all with))",
    r"\b(tonight|today)('s| is) the (night|day)( (i|he|she) (do|does|end|ends|go|goes) it)?$",
    r"\b(won't|wont|will not) be (here|around|alive)( much longer| for long| in \w+ weeks| next| tomorrow| by)\b",
    r"\bnot (going to|gonna) be (here|around|alive) (much|for) (longer|long)\b",
    r"\b(my )?last message (to anyone|ever)\b",
    r"\b(written|wrote|writing|left) (the |my )?(notes|letters|a note|a letter) (to|for) (my )?(kids|children|family|wife|husband|"
    r"partner|mum|mom|parents)\b",
    r"\b(put|putting|sorted|sorting|got|getting) (all )?my affairs in order\b",
    r"\b(intend|intending|mean|meaning) to end it\b(?! (with|all with))",
    r"\b(with|got|have|has|had|bought) a rope\b|\brope (in the|ready|round|around)\b",
    r"\b(planning|planned|worked out|figured out|decided) (exactly )?(how|when|where) (i'd|i would|i'll|i will|i'm going to|im going to|to) (do it|end it)\b",
    r"\b(on|at|onto|up on) (the|a|our|my|his|her|their) (bridge|edge|roof|cliff|ledge)\b.{0,60}\b(jump|climbing over|climb over|go over|end|can't do this|cant do this|can't go on)",
    r"\bengine (is |still |left )?running\b.{0,40}\b(closed|shut|locked) (the )?garage\b"
    r"|\b(closed|shut|locked) (the )?garage\b.{0,40}\bengine (is |still |left )?running\b"
    r"|\b(sitting|sat|lying|waiting|i'm|im|i am|he's|she's|he is|she is) in (the|my|his|her) (car|garage)\b.{0,40}\b"
    r"engine (is |still |left )?running\b"
    r"|\b(hose|hosepipe|pipe|tube) (from|on|to|into|in) (the )?exhaust\b",
    r"\b(sitting|sat|lying|here)\b.{0,30}\bwith (a|the|my) (razor|razor blade|blade)s?\b(?! (and|to) (shave|shaving))"
    r"|\bholding (a|the|my) (razor|razor blade|blade)s?\b(?! (and|to) (shave|shaving))"
    r"|\b(razor|razor blade|blade)s? (in my hand|ready|next to me|beside me)\b",
]

# Hints of hopelessness: never certain, always worth a direct question (a check-in), whatever the model says.
_HINT_PATTERNS = [
    r"\b(what's|whats|what is) the point (any ?more|of (anything|it all|going on|carrying on|living))\b",
    r"\bno point (in )?(anything|going on|carrying on|living) ?(any ?more)?\b",
    r"\b(can't|cant|cannot|don't|dont) see (a|any) (way forward|way out|future|point)\b",
    r"\b(i'm|im|i am|he's|hes|he is|she's|shes|she is|feel like|feels like|says he's|says she's) (just )?a burden\b",
    r"\bwish(es)? (i|he|she) could (just )?disappear\b",
    r"\b(i'm|im|i am) (just )?existing\b(?! (conditions?|patient|medication))",
    r"\b(gave|giving|given|gives|give) (away )?(his|her|my|their|all (his|her|my|their)) (\w+ ){1,2}away\b"
    r"|\bgiv(ing|en|es) away (his|her|my|their|all (his|her|my|their)) (things|stuff|belongings|possessions|games|clothes)\b",
    r"\b(care|cares|cared|matter|matters) (if|whether) (i|i'm|im) (live|living) or (die|dying|dead)\b",
    r"\b(had|have had) enough of (everything|it all|life|living)\b",
    # "my therapist ended our sessions and I just want it all to end" (not "I want the rudeness to stop", "it
    # all to stop hurting", nor the care: "I want it all to be over with this practice", "... so I can get a
    # new doctor", "the constant cancellations")
    r"\bwant(s|ed|ing)? ((it|this|everything) all to|(it all|everything|all of (it|this)|all this) to|"
    r"(it|this) to all) (just )?(end|be over|stop)\b(?! \w+ing\b)"
    r"(?![^.!?]{0,60}\b(with|between|so (i|we|he|she|they) can|so that|on good terms|practice|surgery|clinic|gp|"
    r"doctor|dr|consultant|therapist|counsell?or|nurse|dentist|specialist|complaint|appointments?|cancellations?|"
    r"calls?|letters?|process|waiting|wait)\b)",
    r"^((i|just|really|honestly|tbh|seriously) )*(can't|cant|cannot) (do|take|cope with|handle) (this|it|any of this|life) "
    r"any ?more$",
    r"\bnothing('s| is|s)? (ever )?(going to|gonna|will ever) (get|be) (any )?better\b",
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
    r"\b(arm|leg|side|face)('s| has| is)? (gone|going|went) (all )?(weak|numb|limp|floppy|droopy)\b",
    r"\b(can't|cannot|cant|can not) (lift|move|feel) (my|his|her|their) (right |left )?(arm|leg|side)\b",
    r"\bspeech (is |was |has gone |sounds )?(all )?(garbled|slurred|slurry|jumbled)\b",
    r"\b(can't|cant|cannot) get (my|his|her|their) words out\b",
    r"\b(\w+'s|is|is still|they're|i'm|im) having a fit\b(?! (about|over|because|when|if))",
    r"\b(won't|wont|will not|can't|cant|cannot) (wake (him|her|them) up|wake (him|her|them)|be woken)\b",
    r"\b(he|she|they|he's|she's|mum|mom|dad|gran|grandma|grandad|baby|husband|wife) (won't|wont|will not|isn't|is not) "
    r"(wake up|waking up|waking)\b",
    r"\bclots the size of\b",
    r"\b(face|lips?|tongue)( is| are| has| have|'s)?( gone| started)? (swelling|swelling up|swelled up|swollen up|puffing up)\b"
    r"(?!.{0,40}\b(last|ago|went down|gone down|used to)\b)|\bswollen (tongue|lips)\b",
    r"\b(struggling|trouble|difficulty|can't|cant|cannot|can barely) (to )?swallow(ing)?\b"
    r"(?! (that|this|it|the|his|her|their|what|any more of|tablets|pills|capsules|medicine|my|them|big))",
    r"\bpain\b.{0,30}\b(going|gone|spreading|spread|radiating|shooting|moving|travelling|traveling) (down|into|up|to) "
    r"(my|his|her|their) (left arm|jaw)\b",
    r"\b(been|was|got|just|he's|she's|i've|has|have|someone) stabbed\b(?! (me |him |her |us )?in the back)"
    r"(?! (with|by) (a |the )?(needle|pin|injection|jab|cannula))",
    r"\bpouring (with )?blood\b|\bblood (is )?pouring\b|\bwound (has )?(burst|split|come) open\b",
    r"\belephant (sitting |sat )?on (my|his|her) chest\b",
    r"\b(one side of )?(his|her|my|their) face (looks|is|has gone|went) (wrong|droopy|lopsided|funny|weird)\b",
    r"\basthma attack\b|\binhaler (isn't|isnt|is not|not|wasn't) (working|helping)\b",
    r"\bcan barely (breathe|breath|talk|speak)\b",
    r"\b(hit|banged|bashed) (his|her|my|their) head\b.{0,80}\b(confused|being sick|vomiting|drowsy|won't wake|unconscious|"
    r"not making sense|(doesn't|does not|don't|didn't) know where (she|he|i|they) (is|am|are|was)|bleeding)\b",
    r"\bworst headache (of|in) (my|his|her|their) life\b",
    r"\b(can't|cant|cannot) see out of (one|my|his|her)\b|\bsudden(ly)? (lost|loss of) (vision|sight)\b",
    r"\b(took|taken|had) (double|twice|a double dose|an extra dose)\b|\b(tablets|pills|meds|insulin) twice\b",
    r"\b(slurred|slurring) (speech|words|(my|his|her|their) words)\b",
    r"\b(can't|cannot|cant|can not|cannae|canny|canna) (breathe|breath|catch (my|his|her|their) breath|get air)\b(?! a word| (properly |well |right )?through (my|his|her|their) nose| (just )?(thinking|when i think|at the thought))",
    r"\b(fitting|seizing|convulsing|fit|seizure)\b.{0,40}\b(isn't|is not|won't|wont|not) stopping\b"
    r"|\b(fitting|seizing|convulsing) for (over |more than |about )?\w+ minutes\b",
    r"\bbreathing (is |has gone |sounds )?(really |very )?(noisy|slow|shallow|rattly|rattling|gurgling)\b(?! (at night|when|for years))",
    r"\b(given|gave|give) (him|her|them|my \w+|our \w+|the \w+) (double|twice the|too much|too many|an extra dose|two doses)\b",
    r"\bdouble[- ]?dosed (my|his|her|their|the)\b",
    r"\b(hard|difficult|impossible) to wake\b|\b(barely|hardly) (conscious|responsive|rousable)\b",
    r"\b(toddler|baby|son|daughter|child|kid|grandson|granddaughter|little one)\b.{0,40}\b(ate|eaten|eat|swallowed|chewed|"
    r"got into)\b.{0,40}\b(pills|tablets|meds|medicine|medication|capsules|gummies)\b",
    r"\b(trouble|difficulty|struggling|hard time) (breathing|to breathe)\b",
    r"\b(short|shortness) of breath\b",
    r"\b(bleeding|bleed) (really |very |so )?(heavily|badly|a lot|won't stop|that won't stop|everywhere)\b",
    r"\bsoak(ing|ed|s)? (through )?((a|one|my|her|two|three|\d+) )?(pad|towel|maternity pad)s? (every|in (less than )?(an|a|one|half an))\b",
    r"\b(won't|will not|wont) stop bleeding\b",
    r"\bheavy bleeding\b",
    r"\b(spurting|gushing|squirting|pumping) (out )?(blood|bright red)\b|\bblood (is )?(spurting|gushing|squirting|pumping)\b",
    r"\brash (that )?(doesn't|does not|won't|will not|doesnt|wont|isn't|is not|didn't) (fade|go away|disappear) "
    r"(under|when (you|i) press|with) (a |the )?(glass|tumbler)\b",
    r"\b(baby|he|she|son|daughter|toddler|child)('s| is| has| went| seems| looks)( gone| going| gone all| all)? (floppy|limp|blue)\b",
    r"(?<!deal with )(?<!dealing with )(?<!dealt with )(?<!treat )(?<!treating )(?<!see )(?<!seen )(?<!sees )(?<!seeing )"
    r"\b(overdos\w*|od'd|od'ed|od'ing|oded|(took|taken|had|done) an od)\b"
    r"(?! (warning|risk|information|info|label|limit|may|can|could|will|symptoms|signs|at work|in my job|awareness|"
    r"reports?|cases|statistics|figures|data|deaths|"
    r"prevention|training|of (information|info|paperwork|leaflets|advice|jargon)))",
    r"\b(took|taken|swallowed) (way |far )?(too many|a lot of|all my|all of my|the whole bottle|a whole bottle)\b",
    r"(?<!nearly )(?<!almost )\b(passed out|fainted|unconscious|unresponsive|collapsed)\b",
    r"\b(isn't|is not|not|stopped|aren't) breathing\b",
    r"\b(having|had) a seizure\b",
    r"\bthroat (is |is still |still |keeps |'s )?(closing|swelling)( up)?\b",
    r"\bpregnant\b.{0,80}\b(severe headache|flashing lights|blurred vision|bleeding|waters (have )?broken|"
    r"(baby|she|he)('s| is|s)? (not|stopped) moving)\b",
    r"\bsudden(ly)? (got |get |have |had )?(a )?(severe|terrible|awful|splitting) headache\b",
]

# An overdose (or too many pills) taken or planned on purpose: crisis and emergency together.
_OVERDOSE_WORDS = re.compile(
    r"\b(overdos\w*|od'd|od'ed|oded|took (too many|all my|all of my|the whole bottle|a whole bottle)|"
    r"(injected|taken|took|swallowed) (a load of |loads of |lots of |way )?(extra|too much|too many)|"
    r"(injected|taken|took|swallowed) (way |far |much |a lot )?more (\w+ ){0,3}than|"
    r"tak(e|ing) (all|all of) (my|the|his|her) (pills|tablets|meds))\b"
)
# So many pills that it is an overdose whatever the writer says about why: both numbers.
_LARGE_OVERDOSE = re.compile(
    r"\b(whole|entire) (week|month|fortnight)('s)? (of|worth of) (my|his|her|their) \w*\s?(pills|tablets|meds|medication)\b"
    r"|\b(took|taken|swallowed) (my|his|her|their|the) (whole|entire) (week|month|fortnight)('s|s)? "
    r"(pills|tablets|meds|medication|dosette|dosette box|blister pack|pill box|pill organi[sz]er)\b"
    r"|\b(took|taken|swallowed|swallow|take|taking|downed|necked) (about |around |like |maybe |nearly |over )?"
    r"(all|all of|every|everything|the whole|a whole|"
    r"a handful|handfuls|loads|a load|the lot|them all|all of them|\d{2,})\b(?! (of )?(the )?(time|day|days|week|advice))"
    r"|\b(about to|going to|gonna|planning to|plan to|want to|ready to) (take|swallow) (all|everything|every|the lot|"
    r"them all|all of them|the whole)\b"
    r"|\bcrushed (up )?(\w+ ){0,2}(pills|tablets|meds)\b.{0,40}\b(take|swallow)\b"
    r"|\b(double|triple|extra) (my|his|her|the) (insulin|dose|pills|tablets|meds)\b.{0,20}\b(deliberately|on purpose)\b"
    r"|\b(took|taken|swallowed|necked|downed) (my|his|her|their|the|a) (whole|entire|full) (packet|pack|box|bottle|strip|tub)\b"
)
_ON_PURPOSE = re.compile(
    r"\b(on purpose|deliberately|intentionally|to end it|to end (my|his|her) life|"
    r"to die|so i (die|won't wake up)|and not wake up|suicid\w*|want to die|kill (my|him|her)self|"
    r"(?<!than )i meant to|meant to do it|i meant it)\b"
)

# A blow told in the present, by a person ("he hits me", "my husband's been hitting me", "she beats him"): who
# strikes, as typed just before the blow; the blows, without those that name care, sleep, games or taking
# ("the nurse hits my vein", "my partner kicks me in bed", "pinches my painkillers"); and who is struck: a
# person, never a part of the body, a target or a record. Read by words alone, so only asked about (the
# safeguarding check-in): the same words tell of a reflex tested, a back patted for choking or a game lost.
_SOMEONE = (
    r"(he|she|hes|shes|husband|husbnd|hubby|wife|partner|boyfriend|girlfriend|fiance|fiancee|bf|gf|ex|fella|man|"
    r"other half|dad|da|father|stepdad|stepfather|mum|mom|mam|mother|stepmum|stepmom|son|daughter|stepson|"
    r"stepdaughter|brother|sister|uncle|aunt|grandson|granddaughter|grandad|granddad|nan|gran|in-law|in law|carer|"
    r"carers|caregiver|care worker|aide|staff|nurse|nurses|doctor|physio|therapist|who|"
    # a mother or father in South Asian words: "my appa hits me" (not "abba", also a band: "abba hits me hard")
    r"amma|appa|ammi|abbu|achan)"
    # ... or the blow after what they do first: "my partner gets drunk and hits me"
    r"(( [\w']+){0,6} (and|then))?"
)
_STRUCK = (
    r"(to )?(me|him|her|them|us|both of us|the (kids|children|baby)|(my|our) (little )?(mum|mom|mam|mother|dad|"
    r"father|wife|husband|partner|son|daughter|kids|children|child|baby|sister|brother|gran|nan|grandad|grandma|"
    r"granny|grandson|granddaughter|girlfriend|boyfriend|girl|boy))\b(?!'s)"
    r"(?! (up|down|head|heads|knee|knees|elbow|shin|toe|back|lips|leg|legs|arm|arms|tablets|pills|meds|food|"
    r"milestones?|targets?|goals?|limit|record|pb|best|ass|arse|steps?|step count|\d+k|pillow|cushion|bag|desk|"
    r"wall|door|hip|hand|hands|foot|feet|toes|high notes|notes|drums|keys|for six|shoes|covers|duvet|blanket|"
    r"sheets)\b)"
    # a blow with a thing, not with a treatment, a bill or words: "hits me with his belt", not "hits me with
    # jargon", "hitting her with steroids"
    r"(?! with\b(?! (a|an|his|her|the|my|their) (belt|stick|hairbrush|brush|shoe|slipper|bottle|fist|phone|"
    r"remote|spoon|cane|bat|pan|plate|cup|mug|chair|book|ruler|cable|cord|wire|whip|knife)\b))"
    # ... nor a blow in care or a game: "hits me on the knee", "on the back when I choke", "in the chest when we
    # practise CPR", "in jiu jitsu"
    r"(?! (on the|on my|on his|on her) (knee|knees|arm|back|hand|leg|chest|shoulder)\b)"
    r"(?!( \w+){0,4} (when|while) (we|i|they) (play|practise|practice|spar|train|choke)\w*\b)"
    r"(?!( \w+)? (at|in|on) (every |the |a |my |our )?(\w+ )?(chess|cards|scrabble|tennis|squash|badminton|quiz|"
    r"draughts|checkers|games?|golf|pool|snooker|darts|bingo|wordle|football|fifa|monopoly|everything|sports?|"
    r"racing|races?|running|swimming|jiu jitsu|judo|karate|bjj|boxing|training|sparring|gym|dodgeball|ping pong|"
    r"cricket|kart|fortnite|rummy|bowls|wrestling|uno|dominoes|crib|connect 4|minecraft|parkrun|xbox|playstation|"
    r"switch|final|pads)\b)"
    r"(?! (every|all) (time|game|match|round|race)\b)(?! up the (hill|stairs|road|street|lane|path)\b)"
)
_BLOW_PATTERNS = [
    rf"\b{_SOMEONE} ((still|always|sometimes|often|even|also|now|regularly|constantly|usually|actually|really|"
    rf"then) )?(hits|hit's|hitts|hitz|slaps|slapps|slap|punches|punchs|smacks|smack|chokes|strangles|batters) "
    rf"{_STRUCK}",
    # kicks, not in bed nor off a list: "he kicks me when I'm on the floor", not "kicks me all night"
    rf"\b{_SOMEONE} ((still|always|sometimes|often|even|also|now|regularly|constantly|usually|then) )?kicks "
    rf"{_STRUCK}(?! (in (bed|his sleep|her sleep|my sleep|their sleep|the night)|all night|off|out|under)\b)"
    r"(?!( \w+){0,3} (sleep|sleeps|sleeping|asleep)\b)",
    rf"\b{_SOMEONE}('s|s|'re|re)? ((keeps|kept|keep|started|starts|has|had|have|is|was|were|are|been|always|still|"
    rf"constantly|on|kps|won't stop|wont stop|hasn't stopped|hasnt stopped|not stopped) ){{0,3}}"
    rf"(hitting|hittin|hittn|slapping|punching|smacking|choking|strangling|battering) {_STRUCK}",
    # beating, with what is told after it a beating's, not a game's, a race's or an illness's ("he beats me
    # when he drinks", not "he beats me at golf", "she beat me to the phone", "my daughter beat her cancer")
    rf"\b{_SOMEONE}('s|s|'re|re)? ((still|always|sometimes|often|regularly|constantly|usually|then|keeps|kept|has|"
    rf"had|have|is|was|were|are|been) ){{0,3}}(beats|beat|beating) {_STRUCK}"
    r"($| (up|black|badly|senseless|when|if|whenever|with (a|an|his|her|the)|because|and|so|till|until|in front|"
    r"every (day|night|week)|most (days|nights)|sometimes|regularly|all the time|at (night|home|weekends?|the weekend)|"
    r"what|help|please|lol|tbh|too|now|still|daily|for (years|months|weeks))\b)",
    # beaten up, by a person: "my ex beat me up" (not "the chemo beat me up", nor "beat me up about my weight")
    rf"\b{_SOMEONE}('s|s|'re|re)? ((keeps|kept|has|had|have|is|was|were|are|been|always|still) ){{0,3}}"
    r"(beat|beats|beating) (me|him|her|them|us) up\b(?! (about|over|for|the)\b)",
]
# "Beats me" for not knowing, as a sentence of its own ("Does he? Beats me."): taken out before blows are read.
_BEATS_ME_SAYING = re.compile(r"(^|[.?!]\s*)beats me\s*(?=[.?!]|$)", re.IGNORECASE)
# Abuse or misconduct by a clinician or carer.
_ABUSE_PATTERNS = [
    r"\b(touched|touching|groped|groping|fondled|kissed) (me|my|him|her|them)\b"
    r"(?! (\w+ ){0,2}to (show|demonstrate|check|examine|test|guide|correct|feel for))",
    r"\b(pulled|took|lifted|undid|removed) (down |off |up )?(my|her|his) (knickers|underwear|pants|bra|trousers|top|gown|clothes)"
    r"( down| off| up)?\b.{0,30}\bwithout (asking|consent|permission|(my|her|his) (consent|permission))\b",
    r"\b(touched|touching|examined) (me|her|him) (inappropriately|sexually|without (my|her|his) consent)\b",
    r"\binappropriate(ly)? (touch\w*|comments?|remarks?|photos?|pictures?|messages?|texts?|examination|exam)\b",
    r"\bsexual (comments?|remarks?|advances?|contact|jokes?|assault\w*|abuse|harassment|favou?rs?)\b",
    r"\b(sexually )?(assaulted|harassed|molested|abused|raped) (me|my|him|her|them)\b",
    r"\b(asked|wanted|asking|offered) (me )?(out|for (sex|a date|a kiss|money|cash|a bribe|a favou?r|favou?rs))\b"
    r"(?! (the door|of (the|his|her|my|their)|quickly|fast|as soon))",
    r"\b(hit|slapped|punched|shoved|kicked|pinched|smacked|grabbed|restrained|tied) (me|my|him|her|them)\b"
    r"(?! (head|heads|knee|elbow|shin|toe|funny bone) )(?! (head|knee|elbow|shin|toe)$)"
    r"(?<!kicked me)(?<!kicked my)(?<!kicked him)(?<!kicked her)(?<!kicked them)",
    # Pushed, but not in rehab: "the OT pushed my wife too hard", "pushed him to walk further".
    r"\bpushed (me|my|him|her|them)\b(?! (head|heads|knee|elbow|shin|toe|funny bone) )(?! (head|knee|elbow|shin|toe)$)"
    # the exception only where nothing after it in the sentence tells of harm ("... so hard she fell")
    r"(?!( \w+)? (too (hard|far|fast|much|quickly)|harder|further|to (walk|exercise|stand|lift))\b"
    r"(?![^.!?;]*\b(fell|fall|falls|falling|bruis\w*|broke|broken|hurt|hurts|injur\w*|wall|floor|ground|bed|chair|"
    r"corner|into|onto|against|over|down|off|out|bleed\w*|bled|cut|crack\w*|sex\w*|quiet|date|hit|shov\w*)\b))"
    # ... nor to do more activity ("pushed me to do more activity even after I said I crash"), unless pain or harm
    # is told after it
    r"(?!( \w+)? to do (more|extra) (activity|exercise|exercises|walking|reps|stretches|physio)\b"
    r"(?![^.!?;]*\b(fell|fall|falls|falling|bruis\w*|broke|broken|hurt\w*|injur\w*|pain\w*|agony|scream\w*|cry|"
    r"crying|cried|tears|dislocat\w*|wall|floor|against|bleed\w*|bled|sex\w*|hit|shov\w*)\b))",
    # Kicked, but not off a list or out of a practice ("the practice kicked me off their list").
    r"\bkicked (me|him|her|them)\b(?! (off|out)\b)"
    r"|\bkicked (my|his|her|their) (?!(head|heads|knee|elbow|shin|toe|funny bone)\b)"
    # ("kicked my great-grandad off their books" is off a list too; not "kicked my 4-year-old out of the way")
    r"(?!(great|step)-[\w-]+ off (the|their|its|his|her) (list|books|register)\b)\w+\b(?! (off|out)\b)",
    r"\bthreaten(ed|ing|s)? (me|my|him|her|them|to)\b",
    r"\brough(ly)? (handl\w*|with (me|my|him|her|them))\b",
    r"\bexposed (him|her|them)sel(f|ves)\b",
    r"\bsaid something (sexual|dirty|inappropriate|creepy)\b",
    # A threat against reporting, not a patient's own worry ("that I'll lose my place if I complain").
    r"\b(said|says|told|tells|threatened|threatens|warned|warns)\b.{0,60}"
    r"\bif i (report|reported|complain|complained|tell anyone|told anyone)\b",
    r"\bhurt (me|him|her|them) on purpose\b|\btold (me|him|her|them) not to tell\b",
    r"\bcomments? about (my|her|his) (body|breasts?|chest|bum|figure|looks)\b",
    r"\bexamined (my|her|his) (breasts?|genitals|private parts|vagina|penis|bottom)\b.{0,80}\b(no chaperone|without (a )?chaperone|"
    r"sore throat|cough|ear|didn't ask|did not ask|without asking)\b",
    r"\b(do|did|doing) (some |a few )?'?favou?rs'? (for|to) (the|my|a|him|her)\b",
    r"\basked (me )?(if|whether) i (was|am|'m) (single|seeing anyone|married)\b",
    r"\b(keeps|kept|started|been|keep) (texting|messaging|calling|ringing|dming) (me|her|him) (late at night|at night|"
    r"in the middle of the night|after midnight)\b",
    r"\bsen(t|ds|ding) (me |her |him )?(photos|pictures|pics|selfies) of (him|her)sel(f|ves)\b"
    r"|\b(texting|messaging) (me|her|him)\b.{0,40}\bsending (me |her |him )?(photos|pictures|pics|selfies)\b",
    r"\b(took|taken|takes|taking|stole|stolen|stealing) (my |her |his |their )?(\w+'s )?(bank card|card|money|cash|purse|"
    r"wallet|pension|jewellery|jewelry|savings)\b",
    r"\b(asked|told|pressured|persuaded|pushed|pushing|wanted|wants|got) (her|him|me|them|my \w+) to (change|rewrite|sign|alter) "
    r"(her|his|my|their) (will|power of attorney)\b|\bleave (him|her|them) (something|money|the house|everything) in (her|his|my|their) will\b",
    r"\b(bribe|cash|money|payment) (for|to get) (my|his|her|the|a|an) (care|treatment|appointment|referral|prescription|surgery)\b",
]

# "Touching" said of a medicine that does not work ("the meds aren't touching them", "painkillers not even
# touching it"): read out before the abuse patterns, so a person's touch beside it is still read. Only a
# medicine with a "not" before the touch: "the doctor gave me drugs, touched me" is a person's.
_NOT_A_TOUCH = re.compile(
    r"\b(?:meds|medication|medications|medicine|medicines|tablets|pills|painkillers|pain killers|pain relief|"
    r"drugs|treatment|injections?|inhalers?|steroids|antibiotics|paracetamol|ibuprofen|codeine|tramadol|"
    r"morphine)(?: (?:really|even|just|still))* (?:aren't|arent|are not|isn't|isnt|is not|wasn't|wasnt|weren't|"
    r"werent|don't|dont|doesn't|doesnt|didn't|didnt|never|not|barely|hardly)(?: (?:even|really|just))*"
    r" touch(?:ing|ed|es)? (?=(?:it|them|the|my|his|her|their|that|this)\b)"
)

# News hitting someone hard, a figure of speech ("he was told his hand won't recover and it hit him hard", "the
# diagnosis hit me like a ton of bricks"): read out before the abuse patterns, as the medicine's touch is. Only
# "it", "this" or news itself as the subject (not "the nurse that hit me hard", nor "the HCA which hit me"), only
# beside news told (_NEWS), and only where nothing in the message was thrown, swung or lashed out with: "my
# carer kicked the commode and it hit me hard" stays a blow.
_NOT_A_BLOW = re.compile(
    r"\b(?:it|it's|its|this|the news|the diagnosis|the results?|the verdict|the prognosis)"
    r"(?: (?:has|had|really|just|properly|kind of|kinda|all|obviously|clearly))* hit (?:me|him|her|them|us)"
    r"(?= (?:really |so |quite |pretty |very )?(?:hard|badly|for six|like a (?:ton|tonne) of bricks)\b)"
)
_NEWS = re.compile(
    r"\b(?:told|tells|news|diagnos\w*|results?|prognosis|verdict|found out|find out|heard|learned|learnt|"
    r"won't (?:fully )?recover|will never|never (?:walk|work|recover))\b"
)
_THROWN = re.compile(
    r"\b(?:threw|throw|throws|throwing|thrown|tossed|slung|swung|swing|swings|flung|fling|hurled|chucked|lobbed|"
    r"kicked|kicks|pushed|shoved|slammed|knocked|lashed|smashed|dropped|came at|went for|belt|stick|cane|bottle|"
    r"chair|plate|cup|mug|glass|fist|raised|shoe|phone|remote|kettle|iron|hoist|trolley|tray|pan|keys|commode|"
    r"book|bag|bat|door|car|van|ball)\b"
)


def _abuse_told(clean: str) -> str:
    """The normalised message with what only looks like abuse read out (a medicine's touch, news's blow)."""
    told = _NOT_A_TOUCH.sub(" ", clean)
    return _NOT_A_BLOW.sub(" ", told) if _NEWS.search(told) and not _THROWN.search(told) else told


# A medicine stopped suddenly (or about to be).
_STOP_WORDS = (
    r"(stopped|stopping|stop|quit|quitting|came off|coming off|come off|going off|went off|"
    r"ditched|binned|flushed|threw away|thrown away|cut out|not taking|no longer taking|won't take|"
    r"refuse to take|refusing to take|stopped taking|stop taking|quit taking|haven't taken|have not taken|"
    r"hasn't taken|has not taken|not been taking|haven't been taking|hasn't been taking|refused|refuses|"
    r"refusing|didn't take|did not take|didn't do|did not do|not going to take|not gonna take|leave off|leaving off|"
    r"stay off|staying off|go without|going without)"
)
_MEDICATION_STOP = re.compile(
    rf"\b(?<!he'd )(?<!she'd )(?<!would )(?<!will )(?<!they'd ){_STOP_WORDS} (?!prescribing)"
    rf"(all |taking |my |his |her |their |the |all my |all of my |taking my |taking his |taking her )*"
    rf"(\w+ ){{0,2}}{_MEDICINES}\b"
)

# Doses missed now and then ("not taking my tablets every day"): a thing to tell the clinician, not a sudden stop.
# "so I don't have to stop my tablets", "the consultant wants me to stop them before surgery": not the patient's own
# sudden stop. Nor is a slow taper with the clinician's help.
_NOT_OWN_STOP = re.compile(
    r"\b((don't|do not|dont|won't|wont|not|never|without)( (have|need|want|having|needing|wanting|going))?( to)?|"
    r"(can't|cant|cannot|can not)( just)?|"  # "I can't just stop my medication" (only a stop not yet made)
    r"(wants|wanted|told|asked|advised|advising|says|said)( me| him| her| them| us)? to|"
    r"(if|whether|what if|unless|in case) (i|we|he|she|they|you)( ever)?) $"
)
# "I left thinking I had to stop the tablets but the pharmacist said otherwise": a belief, unless it was acted on
# ("I thought I had to stop my insulin so I did").
_BELIEVED = re.compile(
    r"\b(thinking|thought|assumed|believed|believing|understood)( that)? (i|we|he|she|they) (((had|have|needed|"
    r"need|was supposed|were supposed|was meant|were meant) to)|should|must) $"
    # someone else's belief about the patient: "my pcp thought i stopped them on purpose" (not "I thought I'd
    # stop", "so thought i'd quit", "dad thought stopping his warfarin was fine")
    r"|\b(he|she|they|doctor|doc|gp|pcp|nurse|consultant|psychiatrist|pharmacist|specialist|surgeon|therapist|"
    r"dentist|midwife|everyone|husband|wife|partner|mum|mom|dad) (thought|thinks|assumed|assumes|believed|"
    r"believes|was convinced|is convinced|accused me of)( that)? (i|we|i'd|i had|we'd|we had|i'm|im|i am|we're|"
    r"we are) $"
)
# ... unless the patient says it is so: "my gp thinks i stopped my insulin. i did", "he's right"
_CONFIRMED = re.compile(
    r"\b(i|we) (really |actually )?(have|did|had)( (yes|indeed))?( |$)($|\d|(a|one|two|three|few|couple) |last |"
    r"on |since |yesterday|today|this )"  # "I have, 3 days ago", "i did" (not "I have been taking it")
    r"|\b(he's|she's|they're|he is|she is|they are|that's|thats|it's|its|which is) (right|correct|true)\b"
    r"|\b(not wrong|that's what happened|yes i (quit|stopped|came off))\b"
)
# A stop said again by the patient after the belief: "the gp thought i stopped my meds, i stopped them all at
# once on monday"
_STOPPED_AGAIN = re.compile(rf"\b(i|i've|i have|we|we've) (really |just |actually )?{_STOP_WORDS}\b")
_ACTED_ON = re.compile(r"^\W*\w*\W*(so|and) (i|we|he|she|they) (did|have|had|stopped|quit)\b")
# "I worry my dad won't take the tablets if he doesn't understand why": a refusal feared, not one that happened.
_FEARED = re.compile(
    r"\b(worry|worried|worries|worrying|afraid|scared|concerned|fear|fears|frightened|nervous)\b"
    r"( (that|about|if|whether))?( [\w']+){0,3} $"
)
# "We had a disagreement about coming off my antidepressants": a stop talked about, not one made (unless it was
# acted on: "we argued about coming off them and I stopped").
_DISCUSSED = re.compile(
    r"\b(disagreement|disagreements|disagreed|disagree|argument|arguments|argued|argue|row|discussion|discussed|"
    r"discuss|discussing|talk|talked|talking|chat|chatted|conversation|debate|debated|spoke|speak)"
    r"( (with|to)( [\w']+){1,3})? (about|over|on) $"
)
_STOPPED_FORMS = ("stopped", "came off", "went off", "ditched", "binned", "flushed", "threw")
_FUTURE_STOPS = ("won't take", "refuse to take", "not going to take", "not gonna take")
_TAPERED = re.compile(
    r"\b((a|the|our|my|\w+ month|\w+ week) taper (plan|schedule)|tapered|tapering|weaned|weaning|cut down slowly|slowly (reduced|came off|cut down)|"
    r"with (his|her|my|their) (\w+'s )?(help|support|agreement|advice|blessing))\b"
)
# A stop years ago, or one that is over ("he's back on them now"): part of a story, not a sudden stop now.
_STOP_IS_OVER = re.compile(
    r"\b((\d+|a|one|two|three|four|five|six|several|many|a few|few) years? ago|(in|since|back in) (19|20)\d\d|years back|"
    r"back on (them|it|his|her|my|their)|(i'm|im|i am|he's|she's|he is|she is) (still |now )?(taking|on) (it|them))\b"
)
# A stop made months or a season back, told right after it ("I stopped the tablets in spring", "came off them a
# couple of months ago"; not "last week", nor "a month ago", withdrawal's time, nor "since the fall", a fall).
# Read only after a stop already made and only in the words that follow it, so a time told elsewhere in the
# message ("diagnosed 3 months ago, I stopped my keppra on saturday") is not the stop's.
_STOPPED_LONG_AGO = re.compile(
    r"^(?: [\w']+){0,3}? (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|many|"
    r"a few|a good few|a couple of|couple of|some) (?:months?|mths?) (?:ago|back)|(?:in|since|back in|last|over|during) "
    r"(?:the )?(?:spring|summer|autumn|winter)\b(?! (?:term|holidays?|break)\b))"
)
_NOT_EVERY_DOSE = re.compile(
    rf"\b{_MEDICINES}\b (\w+ ){{0,3}}(every (day|dose|time|morning|night)|regularly|properly|consistently|on time|"
    r"as (prescribed|often as|i should|i'm supposed to|im supposed to|she should|he should))\b"
)

# "Should I stop my tablets?" is a medical question (the refusal says not to stop first), not a stopped medicine.
_ASKING = re.compile(
    r"\b(should|can|could|shall|do|may) i (stop|quit|come off)|\bis it (ok|okay|safe) to (stop|quit|come off)"
    r"|\b(is it true( that)?|does|can|will|would|could) (stopping|coming off|quitting)\b"
)

# Context that turns a risk phrase from a present danger into a history, a test, a form or a habit.
_CONTEXT = {
    "history": r"\b(last (year|month|week|night|time|summer|winter|spring|autumn|fall|christmas)|"
    r"(\d+|a|one|two|three|four|five|six|a few|few|several|many|some) (years?|months?|weeks?|days?) ago|"
    r"(in|since|back in) (19|20)\d\d|(?<!at )(19[5-9]\d|20[0-2]\d)|years ago|(years|months) back|used to|when i was|back (then|in)|history of|"
    r"in the past|previous|previously|(my|his|her|their|a|an) (past|old) (overdose|attempt|suicide attempt|self[ -]?harm|scars?|"
    r"breakdown|crisis|history)|(in|last|since|back in) (january|february|march|april|may|june|july|august|september|october|"
    r"november|december)|a while (ago|back)|yesterday|this morning|last night|earlier( today)?|"
    r"turned out|got sorted|was sorted|all clear|gone now|went away|has passed|for what was|"
    r"as a (teenager|teen|kid|child|student)|when i was (younger|little|a teenager|a kid)|history|"
    r"wanted to die when|(my|our|his|her) late (husband|wife|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|gran|grandad)|"
    r"had (a|my|his|her) (stroke|heart attack|seizure|mini stroke|tia|bleed|overdose|faint)|"
    r"after (my|his|her|the) (stroke|heart attack|seizure|overdose|surgery|operation))\b",
    "tests_or_paperwork": r"\b(tests?|results?|x-?rays?|scans?|ct|mri|ecg|ekg|echo|bloods|blood draw|screening|"
    r"assessment|triage|asked\b.{0,30}\b(if|whether)|asks (if|whether)|"
    r"questionnaire|forms?|leaflet|label|paperwork|letter|report|referral|notes|records?|(on|in) (\S+ ){1,2}(file|chart)|"
    r"insurance|claim|bill|survey|question \d+|asks about|asked about|asking about)\b",
    "question": r"\b(side effects?|is it normal|is that normal|is this normal|should i (worry|be worried)|"
    r"what does|could it be|does it mean|warned|(could|might|can) (overdose|od) on|"
    r"if (i|you) (double|take|miss|mix)|what should i do if|not sure if|probably nothing|probably just)\b",
    "habit": r"\b(i get|i always get|i often get|sometimes|often|always|every (time|day|morning|night|period|month|cycle)|"
    r"when i (walk|climb|exercise|run|go up|do)|on (the )?stairs|(going|walking|climbing) up (the )?(stairs|hill|hills)|for (weeks|months|years)|"
    r"on and off|comes and goes|now and then|every so often)\b",
}
_CONTEXT_COMPILED = {name: re.compile(pattern) for name, pattern in _CONTEXT.items()}
# Words that say it is happening now after all ("I had chest pain last year and it's back right now").
_PRESENT = re.compile(
    r"\b(right now|at the moment|as we speak|happening now|it's back|its back|tonight|"
    r"(do|doing) it again|"
    r"still (having|have|has|hurts|hurting|getting)|currently|just now|started (just|a few minutes)|"
    r"minutes ago|an hour ago|since (yesterday|last night|this morning|earlier)|"
    r"(right|just) now|now (dizzy|fainting|confused|can't|cant|struggling|passing)|won't stop|wont stop|"
    r"now (it's|its|it is) (much |getting )?worse|getting worse|now (the|my|his|her) (pain|chest|breathing)|"
    r"(going to|gonna|about to) (jump|kill|end it|hang|take them all|take all)|"
    r"(is|are|'s|has been|have been|keeps) self[ -]?harming|(is|are|'s|keeps) cutting (again|(him|her|them|my) ?(self|selves))|"
    r"says (he|she|they) (doesn't|does not|don't|dont|do not) want to (be here|live|be alive|wake up)|"
    r"soak(ed|ing|s)? (through )?((a|one|my|her|two|three|\d+) )?(pad|towel|maternity pad)s? (every|in))\b"
)
# An explicit denial of the risk ("I'm not suicidal, just angry"): no safety reply from the words.
_CRISIS_DENIAL = re.compile(
    r"\b((i'm|im|i am|he's|she's|he is|she is) not (suicidal|going to hurt (my|him|her)self)|"
    r"never (been )?suicidal|no (suicidal|self[ -]?harm) (thoughts|ideas)|not in (a )?crisis|"
    r"(?<!not as a )(?<!not a )(?<!not just a )(?<!isn't a )(?<!is not a )(?<!isnt a )(?<!no )figure of speech|"
    r"just an expression|manner of speaking)\b"
)
_EMERGENCY_DENIAL = re.compile(
    r"\b(no (chest pain|trouble breathing|shortness of breath)|not having (chest pain|a heart attack|a stroke))\b"
)
_DENIAL = re.compile(f"{_CRISIS_DENIAL.pattern}|{_EMERGENCY_DENIAL.pattern}")

# Phrases that look alarming but are not: a model's guess of crisis on them is set aside.
_HARD_NEGATIVE_PATTERNS = [
    r"\bend(ing)? (things|it|this|my relationship|care|treatment) with (my|our|her|his|their|the|this|a)\b",
    r"\bdying to (know|hear|see|find out|get)\b",
    r"\bchest x[ -]?ray\b",
    r"\b(wait|waiting|waiting list|paperwork|bill|bills|cost|costs|prices|this|it|that|he|she|they) (is|are) killing "
    r"(me|us|everyone|everybody)\b",
    r"\bsuicide (prevention|awareness|hotline poster|statistics)\b",
    r"\b(kill|killing) (me|him|her) with\b",
    r"\bcould (kill|strangle|murder) (my|him|her|them|the)\b",
    r"\bhurt my (feelings|back|knee|shoulder|wrist|ankle)\b",
    r"\b(drop|leave|quit|fire|dump|stop seeing) (my|her|his|their|our)\b",
    r"\bdie (of|from) (laughter|laughing|embarrassment|boredom|shame|curiosity)\b",
    r"\b(died|die|dying) (of |from )?(laughing|laughter)\b",
    r"\bdead tired\b",
    r"\bgiving up on (my|this|that|the|her|his) (doctor|clinic|practice|therapist|specialist|gp)\b",
]

_COMPILED = {
    CRISIS: [re.compile(p) for p in _CRISIS_PATTERNS],
    "plan": [re.compile(p) for p in _PLAN_PATTERNS],
    "hint": [re.compile(p) for p in _HINT_PATTERNS],
    EMERGENCY: [re.compile(p) for p in _EMERGENCY_PATTERNS],
    ABUSE: [re.compile(p) for p in _ABUSE_PATTERNS],
    "blow": [re.compile(p) for p in _BLOW_PATTERNS],
}
_HARD_NEGATIVES = [re.compile(p) for p in _HARD_NEGATIVE_PATTERNS]

_SELF = {"i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "myself"}
_OTHERS = {
    "he",
    "she",
    "they",
    "he's",
    "she's",
    "they're",
    "his",
    "her",
    "him",
    "them",
    "their",
    "himself",
    "herself",
    "themselves",
    "son",
    "daughter",
    "mum",
    "mom",
    "mother",
    "dad",
    "father",
    "husband",
    "wife",
    "partner",
    "boyfriend",
    "girlfriend",
    "friend",
    "brother",
    "sister",
    "child",
    "kid",
    "teen",
    "teenager",
    "grandma",
    "grandmother",
    "grandad",
    "grandfather",
    "grandpa",
    "nan",
    "uncle",
    "aunt",
    "cousin",
    "niece",
    "nephew",
    "flatmate",
    "roommate",
    "colleague",
    "patient",
    "client",
    "student",
}
_OTHER_IN_MATCH = re.compile(
    r"\b(him|her|them|his|their|she's|he's|she|he|they|they're|daughter|son|child|kid|teenager|friend|sister|brother|"
    r"partner)\b|\b(him|her|them)sel(f|ves)\b"
)

# Curly quotes as the plain apostrophe, and letters with no accent to fold as they are typed without them
# (of the lower-cased text): "spør" is "spor", "æ" is "ae", the German sharp s "ss" ("weiß" is "weiss").
_AS_TYPED = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "`": "'",
        "\u00b4": "'",
        "\u00f8": "o",
        "\u00e6": "ae",
        "\u0153": "oe",
        "\u00df": "ss",
    }
)


def normalise(text: str) -> str:
    """Lower-case, fold accents and curly quotes, and collapse everything else to single spaces."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))  # "qué" is "que"
    text = unicodedata.normalize("NFKC", folded).lower().translate(_AS_TYPED)
    text = re.sub(r"[^a-z0-9' -]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Assessment:
    """What the keyword rules found: a kind (None: no risk words), a tier, and why a tier was lowered."""

    kind: Optional[str] = None
    tier: Optional[str] = None
    context: Optional[str] = None

    @property
    def intent(self) -> Optional[str]:
        """The safety intent for this assessment, or None."""
        if not self.kind or self.tier is None:
            return None
        return INTENTS.get((self.kind, self.tier))


NONE = Assessment()
# A medicine stop the words tell as over ("I stopped the tablets in spring"): no risk, and no model reading of a
# stopped medicine gives the caution for it (:func:`decide`).
STOP_TOLD_AS_OVER = Assessment(context="history")


def _first_match(patterns: Sequence[re.Pattern], clean: str) -> Optional[re.Match]:
    return next((m for p in patterns if (m := p.search(clean))), None)


def _is_someone_else(clean: str, match: re.Match) -> bool:
    """True when the words say the person at risk is not the writer ("my son wants to kill himself")."""
    if _OTHER_IN_MATCH.search(match.group(0)):
        return True
    # The nearest person named before the phrase, within its clause.
    before = re.split(r"\b(and|but|because|so|or)\b", clean[: match.start()])[-1].split()
    for word in reversed(before[-8:]):
        word = word[:-2] if word.endswith("'s") and word not in _SELF else word  # "my brother's been"
        if word in _SELF:
            return False
        if word in _OTHERS:
            return True
    return False


def context(text: str) -> Optional[str]:
    """Whether the message is told as a history, test, question or habit (see ``_CONTEXT``), or None."""
    return _context(normalise(text))


def _context(clean: str) -> Optional[str]:
    """The first kind of context that makes risk words a history, a test or a habit (None: present)."""
    if _PRESENT.search(clean):
        return None
    return next((name for name, pattern in _CONTEXT_COMPILED.items() if pattern.search(clean)), None)


# Too much of a medicine taken, and the times of day that are still "now" for it.
_TOO_MANY = re.compile(
    r"\b(took|taken|swallowed|had|(gave|given) (him|her|them|my \w+|our \w+)) (too many|double|twice|a double dose|an extra dose)\b"
    r"|\bdouble[- ]?dos(ed|ing)\b"
    r"|\b(tablets|pills|meds|insulin|doses?) twice\b"
)
_UNWELL_NOW = re.compile(
    r"\b(now|today) (i'm|im|i am|he's|she's|he is|she is|they're)( really| very| so| a bit)? (shaky|shaking|being sick|vomiting|"
    r"drowsy|confused|dizzy|faint|sleepy|not right)\b|\b(i'm|im|i am|he's|she's|he is|she is) (feeling )?(very |really |so )?"
    r"(sleepy|drowsy|confused)\b"
)
_RECENT = re.compile(
    r"\b(earlier( today| tonight)?|this (morning|afternoon|evening)|last night|today|tonight)\b"
)

# "I just stopped it" after a medicine was named.
_STOPPED_IT = re.compile(
    r"\b(just |have |i've |i |she |he )?(stopped|quit|binned|ditched) (it|them|taking (it|them))\b"
)
_MEDICINE_NAMED = re.compile(rf"\b{_MEDICINES}\b")
_THINKING_OF = re.compile(r"\b(think|thinks|thinking|thought|thoughts) (about|of) ")


def assess(text: str) -> Assessment:
    """Read a whole message for risk words: see the module's docstring. Never raises."""
    clean = normalise(text)
    if not clean:
        return NONE
    plan = _first_match(_COMPILED["plan"], clean)
    crisis = plan or _first_match(_COMPILED[CRISIS], clean)
    emergency = _first_match(_COMPILED[EMERGENCY], clean)
    overdose = (
        _OVERDOSE_WORDS.search(clean) and (crisis or _ON_PURPOSE.search(clean))
    ) or _LARGE_OVERDOSE.search(clean)
    if crisis and not plan and not overdose and _CRISIS_DENIAL.search(clean):
        crisis = None
    if emergency and not overdose and _EMERGENCY_DENIAL.search(clean):
        emergency = None
    kind = None
    if overdose:
        kind = OVERDOSE
    elif crisis:
        kind = CRISIS_OTHER if _is_someone_else(clean, crisis) else CRISIS
    elif emergency:
        kind = EMERGENCY
    if kind:
        if plan and kind != OVERDOSE:
            context = None
        elif kind == OVERDOSE or _TOO_MANY.search(clean):
            # Pills taken earlier today are still working: for them "earlier" or "this morning" is now.
            context = None if _UNWELL_NOW.search(clean) else _context(_RECENT.sub(" ", clean))
        else:
            context = _context(clean)
            if context == "habit" and kind in (CRISIS, CRISIS_OTHER) and _THINKING_OF.search(clean):
                context = None  # thinking of suicide "every night" is happening now, not a habit to tell
        return Assessment(kind, POSSIBLE if context else CERTAIN, context)
    hint = _first_match(_COMPILED["hint"], clean)
    if hint and not _CRISIS_DENIAL.search(clean):
        return Assessment(CRISIS_OTHER if _is_someone_else(clean, hint) else CRISIS, POSSIBLE)
    if _first_match(_COMPILED[ABUSE], _abuse_told(clean)):
        return Assessment(ABUSE, CERTAIN)
    # (normalised again only when the saying "beats me" may be there to take out)
    blows_told = normalise(_BEATS_ME_SAYING.sub(r"\1", text)) if "beats me" in clean else clean
    if _first_match(_COMPILED["blow"], blows_told):
        return Assessment(ABUSE, POSSIBLE)
    # the stop itself (not the medicine named elsewhere): what comes before it is read for a belief or a fear
    stopped = _MEDICATION_STOP.search(clean) or (_MEDICINE_NAMED.search(clean) and _STOPPED_IT.search(clean))
    feared = (
        stopped and stopped.group(0).startswith(_FUTURE_STOPS) and _FEARED.search(clean[: stopped.start()])
    )
    # a stop's own "i" counts as the subject of a belief before it ("my gp thought" + "i stopped them")
    before = (
        (clean[: stopped.start()] + ("i " if stopped.group(0).startswith("i ") else "")) if stopped else ""
    )
    believed = (
        stopped
        and (_BELIEVED.search(before) or _DISCUSSED.search(clean[: stopped.start()]))
        and not _ACTED_ON.search(clean[stopped.end() :])
        and not _CONFIRMED.search(clean[stopped.end() :])
        and not _STOPPED_AGAIN.search(clean[stopped.end() :])
    )
    # "can't" before a stop not yet made ("I can't just stop my methadone", "I can't stop taking them"), not a
    # sentence that ended there ("I just can't. Stopped all my meds": the full stop is gone once normalised)
    not_own = _NOT_OWN_STOP.search(clean[: stopped.start()]) if stopped else None
    if not_own and stopped and not_own.group(0).startswith(("can't", "cant", "cannot", "can not")):
        not_own = None if stopped.group(0).startswith(_STOPPED_FORMS) else not_own
    sudden = stopped and not (
        feared
        or believed
        or _ASKING.search(clean)
        or _NOT_EVERY_DOSE.search(clean[stopped.start() :])
        or not_own
        or _TAPERED.search(clean)
        or _STOP_IS_OVER.search(clean)
    )
    if not (sudden and stopped):
        return NONE
    if stopped.group(0).startswith(_STOPPED_FORMS + ("quit",)) and _STOPPED_LONG_AGO.match(
        clean[stopped.end() :]
    ):
        return STOP_TOLD_AS_OVER
    return Assessment(MEDICATION_STOP, CERTAIN)


def classify(text: str) -> Optional[str]:
    """``"crisis"`` or ``"emergency"`` when the words alone are certain of a present danger, else None.

    Someone else at risk and an overdose on purpose count as a crisis. Used where only the certain
    cases matter (the REST channel lets them skip its queue).
    """
    found = assess(text)
    if found.tier != CERTAIN or found.kind not in (CRISIS, CRISIS_OTHER, OVERDOSE, EMERGENCY):
        return None
    return EMERGENCY if found.kind == EMERGENCY else CRISIS


def is_hard_negative(text: str) -> bool:
    """True for phrasings known to look like a crisis but not be one (figures of speech, records), and for
    an explicit denial ("I'm not suicidal, just fed up")."""
    clean = normalise(text)
    return bool(_DENIAL.search(clean)) or any(pattern.search(clean) for pattern in _HARD_NEGATIVES)


@dataclass(frozen=True)
class Signals:
    """Everything :func:`decide` weighs, kept as codes and numbers only (never the text)."""

    keyword: Assessment
    model_intent: Optional[str] = None
    model_confidence: float = 0.0
    exemplar_risk: Optional[str] = None  # "crisis" or "emergency" when the nearest training examples are
    hard_negative: bool = False
    context: Optional[str] = None  # history / tests_or_paperwork / question / habit, from :func:`context`


@dataclass(frozen=True)
class Settings:
    """Which signals may raise a check-in, and how sure the model must be (measured in docs/safety.md)."""

    use_model: bool = True
    use_exemplars: bool = True
    model_min_confidence: float = 0.5
    agreement_min_confidence: float = 0.7  # model and nearest examples agreeing: a full reply
    # Risk words told as a history, a test, a question or a habit ("I had chest pain last year, the
    # cardiologist was rude, I want someone else") raise a check-in, unless the model is this sure of one of
    # these intents (the pathways', a complaint, a medical or privacy question) and the nearest examples see
    # no risk: then the patient's request is answered. A hint of hopelessness never yields.
    context_yields_to: FrozenSet[str] = frozenset()
    context_yield_min_confidence: float = 0.7


def told_blow(parse_data: Optional[dict]) -> bool:
    """Whether the safety reading of a parse is a blow told in the present, by words alone (:data:`TOLD_BLOW`)."""
    return ((parse_data or {}).get("safety") or {}).get("decided_by") == TOLD_BLOW


def guessed(parse_data: Optional[dict]) -> bool:
    """Whether only a guess (:data:`GUESSED_BY`, no certain keyword rule) decided the safety reading of a
    parse."""
    return ((parse_data or {}).get("safety") or {}).get("decided_by") in GUESSED_BY


def decide(signals: Signals, settings: Settings = Settings()) -> Tuple[Optional[str], str]:
    """The safety intent to answer (None: leave the model's intent) and which signal decided it."""
    keyword = signals.keyword
    if keyword.intent and keyword.tier == CERTAIN:
        # Too many pills is an emergency by the words; when the model is sure it is an overdose, the reply
        # gives the crisis line as well as the emergency number (more help, never less).
        upgraded = (
            keyword.kind == EMERGENCY
            and settings.use_model
            and signals.model_intent == "report_overdose"
            and signals.model_confidence >= settings.agreement_min_confidence
        )
        if upgraded:
            return "report_overdose", "keyword+model"
        return keyword.intent, "keyword"
    model = signals.model_intent
    # The model and the nearest examples agreeing on a full reply: the crisis line or the emergency number.
    agreed = (
        settings.use_model
        and settings.use_exemplars
        and model in FULL_REPLY_INTENTS
        and signals.model_confidence >= settings.agreement_min_confidence
        and signals.exemplar_risk == FAMILY_OF.get(model or "")
        and not signals.context
    )
    hint = keyword.intent and keyword.tier == POSSIBLE and keyword.context is None
    if hint and agreed and not signals.hard_negative:
        # A hint (not a told history or test) where the model and the nearest examples agree on a full reply:
        # that reply, as with no hint ("I just want it all to end", "my son says he wants it all to end": more
        # help, never less than the two agreeing alone).
        return model, "keyword+model+exemplars"
    if keyword.intent:
        yields = (
            keyword.context is not None
            and settings.use_model
            and signals.model_intent in settings.context_yields_to
            and signals.model_confidence >= settings.context_yield_min_confidence
            and not signals.exemplar_risk
        )
        if yields:
            return None, f"model over {keyword.context}"
        if keyword.kind == ABUSE:
            # a blow told by words alone: what the model and the nearest examples read without it comes first
            # when they read a risk ("the care worker slaps my nan, I saw bruises" is abuse the model is sure
            # of: the reply; "he chokes me until I black out", an emergency), else it is asked about
            unworded = decide(replace(signals, keyword=NONE), settings)
            return unworded if unworded[0] is not None else (keyword.intent, TOLD_BLOW)
        return keyword.intent, f"keyword+{keyword.context or 'hint'}"
    model_sure = signals.model_confidence >= settings.model_min_confidence
    told_over = model == "stop_medication" and keyword == STOP_TOLD_AS_OVER
    if settings.use_model and model in CARE_INTENTS and model_sure and not told_over:
        return model, "model"
    if signals.hard_negative:
        return None, "hard_negative"
    if agreed and not keyword.kind:
        return model, "model+exemplars"
    if settings.use_model and model in _CHECK_IN_FOR and model_sure:
        return _CHECK_IN_FOR[model], "model"
    # The nearest examples alone are a backstop for when the model is unsure: with thousands of examples the
    # neighbourhoods are dense, and a model sure of something else ("my mum's doctor keeps brushing her off",
    # a form's answer) is right far more often than three risk examples among the five nearest.
    model_elsewhere = settings.use_model and model is not None and model not in SAFETY_INTENTS and model_sure
    if settings.use_exemplars and signals.exemplar_risk and not model_elsewhere:
        return ("hint_self_harm" if signals.exemplar_risk == CRISIS else "mention_symptom"), "exemplars"
    return None, "none"
