"""Conflict candidates beyond the rules: pairs of units that share a topic and
carry a cue that true conflicts carry far more often than other pairs.

The rules of :mod:`annotator.consistency.contradiction` prove a clash on the
parse (``increases`` / ``blocks`` the same thing; "within minutes" / "about an
hour"). Most internal conflicts of real articles are looser: a dose range and a
recommended number of drops, "statistically significant" and "did not meet
statistical significance", one drug listed both as approved and as off-label.
What such pairs share, measured on hand-found pairs before any rule here was
written (issue 11): how much more often a cue fires on a true pair than on any
pair of the same article (its *lift*), and that the two units are about the same
thing (TF-IDF cosine over lemma stems, which ranked true pairs as well as
sentence embeddings did).

Each unit is read with its context: a list item with the lead-in that
introduces its list ("FDA-approved for anxiety include:"), and a lead-in that
points back ("These medicines include:") with the sentence before it. Only each
unit's NEIGHBOURS most similar units are scored, so the cost grows with the
article, not with its square.

Two precision rules: units attributed to different named speakers ("…, Smith
said") are two people disagreeing, not the article contradicting itself; and
quantities pair only when they measure the same thing (a duration with a
duration, a dose with a dose).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from annotator.consistency import doses, quantities
from annotator.consistency.repeats import unit_value
from annotator.nlp.claimkeys import lexicon, stem

# How many times more often each cue fires on a true conflict than on any pair
# of the same article (measured on held-out pairs, issue 11). "Class" (one
# thing put in two kinds the article keeps apart) was not measured; it is
# given the direction verbs' weight, being as specific. Nor was "caveat" (a
# claim without exception against a unit that makes one): the antonyms' weight.
# "Comparison" (two things said to do as well as each other, and one of them
# better) was not measured either: the antonyms' weight.
# "Role" (one role only one thing holds, given to two things) was not measured
# either: the antonyms' weight. Nor "permission" (a verb allowed after "can" in
# one unit and ruled out after "cannot" in another).
LIFT = {"measure": 40.0, "direction": 30.0, "class": 30.0, "antonym": 9.5, "polarity": 2.3,
        "caveat": 9.5, "null": 9.5, "comparison": 9.5, "role": 9.5, "permission": 9.5}
SUPPORTING = {"polarity"}
# ... unless the word negated is the one its negation denies, said plainly in the other
# unit, and the two are this alike: "Head lice do not spread disease" / "Head lice can
# spread typhus", "Medicare covers the drug" / "Medicare does not cover Leqembi".
DENIED = " denied in one only"
_DENYING = {"not", "never", "cannot"}
DENIAL_SIMILARITY = 0.3
# Two durations or ages said of different things ("recover within 2 to 4 weeks" / "return
# to play on the same day"; "Paracetamol … from 2 months" / "aspirin to anyone under 16")
# weigh this share of a measure: both abound in health writing.
FAINT = 0.25
OTHER_EVENTS = ", of different things"
_OF_EVENTS = {"duration", "age"}
# Each unit's most similar units that are scored.
NEIGHBOURS = 30
# Stems in more than this share of an article's units (and more than
# COMMON_MIN of them) do not shortlist neighbours; they still count in the cosine.
COMMON_SHARE, COMMON_MIN = 0.1, 50
# Below this cosine two units are not about the same thing, whatever the cue.
MIN_SIMILARITY = 0.02
# Units whose kinds can state something checkable: a recommended dose
# (advice) can contradict a stated dose range (a claim).
PAIRED_KINDS = ("claim", "advice", "promo")
# Cue candidates are scored below the rules' (0.5 to 1): a cue is a reason to
# read two claims together, not a found contradiction.
SCALE = 0.5

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NEGATED_CONTRACTION = re.compile(r"n(?:'|’|â\S*)t$")
_DOSE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:-|–|to)?\s*(?:\d+(?:[.,]\d+)?\s*)?"
    r"(?:mg|mcg|µg|g|ml|iu|drops?|tablets?|capsules?|puffs?|pills?|gummies|doses?"
    r"|milligrams?|micrograms?|grams?|millilit(?:er|re)s?)\b",
    re.IGNORECASE,
)
_SPEAKER = re.compile(
    r"(?:\b(?:said|says|say|according to|told|explained|added|noted|wrote)\b)", re.IGNORECASE
)
# A unit opening with these is read with the one before it: what "it" or "the
# study" is, or what "however" turns against, is said there.
_POINTING_BACK = {"it", "they", "this", "these", "those", "she", "he", "however", "yet",
                  "still", "nevertheless", "nonetheless", "instead"}
# "List of antidepressant drugs" names every kind at once, not one of them.
_COLLECTIONS = {"list", "types", "kinds", "classes", "examples", "other", "more"}
# Capitalised words near "said" that name no one.
_NOT_NAMES = {"the", "a", "an", "but", "and", "he", "she", "they", "it", "we", "i", "this",
              "that", "in", "of", "dr", "prof", "mr", "ms", "mrs"}
_ANAPHORS = ("these", "this", "they", "those", "such", "the following")
# A claim of safety or benefit that allows no exception: "safe for children of
# all ages", "safe at any dose", "completely harmless", "no side effects".
# "never causes", "never leads to": a verdict that allows no exception.
_NEVER_CAUSES = r"never\s+(?:cause[sd]?|leads?\s+to|trigger[sd]?)"
_ABSOLUTE = re.compile(
    r"\b(?:(?:of\s+)?all\s+ages|(?:at|of)\s+any\s+(?:age|dose|time)|in\s+any\s+amount|completely"
    r"|totally|entirely|perfectly|absolutely|100\s*%|100\s+percent|guaranteed|for\s+everyone"
    # "Grapefruit juice is safe with all statins"
    r"|for\s+anyone|(?:with|alongside)\s+(?:all|any|every))\b"
    r"|\b(?:no|zero|without\s+(?:any\s+)?)\s*(?:(?:serious|major|significant|severe|known"
    r"|harmful|lasting)\s+)?side[\s-]effects\b|\brisk[\s-]free\b"
    r"|\b(?:has|have|had|carries|carry|with)\s+no\s+(?:serious\s+)?risks?\b"
    # "has never been linked to liver damage": no harm at all
    r"|\bnever\s+(?:been\s+)?(?:linked|tied|associated)\s+(?:to|with)\b"
    # "ACE inhibitors never cause a cough"
    rf"|\b{_NEVER_CAUSES}\b"
    # "rarely cause side effects": no exception worth naming
    r"|\b(?:rarely|seldom|never)\s+(?:cause[sd]?|ha[sd]|have)\s+(?:any\s+)?side[\s-]effects\b",
    re.IGNORECASE,
)
_VERDICT = re.compile(r"\b(?:safe|harmless|effective|works?|cures?|non-?toxic|non-?addictive|"
                      r"side[\s-]effects|risk[\s-]free|risks?|linked|tied|associated"
                      rf"|{_NEVER_CAUSES})\b",
                      re.IGNORECASE)
# A study that found nothing: "had no effect on how long colds lasted", "did not
# reduce cardiovascular events", "failed to improve sleep".
_NULL = re.compile(
    r"\bno\s+(?:significant\s+|clear\s+|measurable\s+|meaningful\s+|good\s+|strong\s+"
    r"|reliable\s+|convincing\s+|solid\s+|real\s+)?(?:effect|benefit|difference"
    r"|evidence|improvement|impact|reduction|change|association|link)s?\b"
    # (not of the people a relative clause describes: "patients who have not benefited")
    r"|\b(?<!who )(?<!that )(?<!which )(?:did|does|do|was|were|is|are|has|have|had|will"
    r"|wo)\s*(?:not"
    r"|n[’']t)\s+(?:\w+\s+)?(?:help"
    r"|work|improv|reduc|lower|prevent|shorten|protect|benefit|effective|significant|better"
    r"|superior|outperform|affect|chang|alter|increas|rais|caus|slow|speed|boost|decreas|cut"
    r"|eases?\b|eased\b|reliev|cures?\b|cured\b)"
    r"|\bfail(?:s|ed)?\s+to\s+(?:show|find|improve|reduce|lower|prevent|help|work|beat)\b"
    r"|\bno\s+(?:better|more\s+effective)\s+than\b|\bineffective\b"
    # "babies who had paracetamol were no less likely to run a temperature"
    r"|\bno\s+(?:less|more)\s+likely\b"
    # "Pregnancy does not make you any more likely to pick up listeria"
    r"|\b(?:does|do|did)\s*(?:not|n[’']t)\s+make\s+(?:[\w'’]+\s+){0,3}?any\s+(?:more|less)\s+likely\b"
    # "There is little evidence that the way you lift causes back pain"
    r"|\b(?:little|scant)\s+(?:or\s+no\s+)?evidence\b"
    # "Diet has nothing to do with acne"; "Relievers do nothing to calm the swelling"
    r"|\bnothing\s+to\s+do\s+with\b|\b(?:do|does|did)\s+(?:little\s+or\s+)?nothing\s+(?:to|for)\b"
    # "Tamiflu has not been shown to work against bird flu"
    r"|\b(?:has|have|had)\s*(?:not|n[’']t|never)\s+been\s+(?:(?:shown|proven|proved|found)"
    r"\s+to\b|(?:linked|tied|connected)\b)"
    # "Vitamin C will not keep most people from catching colds"
    r"|\b(?:will|would|does|do|did|can)\s*(?:not|n[’']t)\s+(?:keep|stop)\s+(?:[\w-]+\s+){0,3}?"
    r"from\b|\bwon[’']t\s+(?:keep|stop)\s+(?:[\w-]+\s+){0,3}?from\b"
    # "Studies … have not shown a consistent benefit"
    r"|\b(?:has|have|had|did|do|does)\s*(?:not|n[’']t)\s+(?:shown|found|demonstrated)\s+"
    r"(?:a\s+|any\s+)?(?:consistent\s+|clear\s+|significant\s+|real\s+)?(?:benefit|effect"
    r"|difference|improvement)"
    # "No study has shown that elderberry prevents colds"
    r"|\bno\s+(?:study|studies|trial|trials|research|evidence)\s+(?:has|have|had)\s+"
    r"(?:ever\s+)?(?:shown|found|proven|proved|demonstrated|linked|tied|connected)\b"
    # "does not make colds shorter": the effect said with "make" and a comparative
    r"|\b(?:do|does|did)\s*(?:not|n[’']t)\s+make\s+(?:[\w-]+\s+){1,2}?(?:shorter|better|milder"
    r"|faster|less\s+severe)\b"
    # "success rates stay about the same after 40": no change
    r"|\b(?:stays?|stayed|remains?|remained)\s+(?:about\s+|roughly\s+|largely\s+|much\s+"
    r"|essentially\s+)?(?:the\s+same|unchanged|stable|steady)\b"
    # "No treatment can slow the progression of myopia": nothing of the kind works
    r"|\bno\s+(?:known\s+)?(?:treatment|therapy|drug|medicine|medication|cure|remedy|supplement"
    r"|diet|exercise|product|procedure)s?\s+(?:can|will|could)\b",
    re.IGNORECASE,
)
# Said to be rare ("Blood clots are rare", "rarely cause diarrhea"), against a
# share of people that is not ("About 1 in 10 patients develops a blood clot").
_RARE = re.compile(r"\b(?<!not )(?<!n't )(?:(?:very|extremely|exceedingly)\s+(?=rare|uncommon))?"
                   r"(?:rare|rarely|uncommon|seldom|very\s+few)\b"
                   # "Tetanus is almost never fatal": very rare
                   r"|\b(?:almost|nearly)\s+never\b|\bhardly\s+ever\b"
                   # "Few pregnant women take it" (not "a few", not "few side effects")
                   r"|\b(?<![Aa] )few\s+(?:[a-z]+\s+)?(?=(?:people|women|men|patients|adults"
                   r"|children|users|americans)\b)", re.IGNORECASE)
# "Acetaminophen is the only pain reliever considered safe": one thing alone holds
# a quality; another said to hold it ("Ibuprofen is also safe") contradicts it.
_QUALITIES = r"safe|effective|approved|proven"
_ONLY_ONE = re.compile(rf"\b(?P<holder>[^\W\d_][\w-]*)\s+(?:is|are|was|remains)\s+the\s+only\s+"
                       rf"(?:[a-z-]+\s+){{1,3}}?(?:that\s+(?:is|are)\s+|considered\s+|deemed\s+"
                       rf"|known\s+to\s+be\s+)?(?P<quality>{_QUALITIES})\b", re.IGNORECASE)
# The same of a kind of remedy: "A gluten-free diet is the only treatment for celiac
# disease" against "Enzyme pills are an effective treatment for celiac disease".
_REMEDIES = r"treatments?|cures?|therap(?:y|ies)|remed(?:y|ies)|vaccines?|medicines?|drugs?"
_ONLY_REMEDY = re.compile(rf"\b(?P<holder>[^\W\d_][\w-]*)\s+(?:is|are|was|remains)\s+the\s+"
                          rf"only\s+(?:[a-z-]+\s+)?(?P<quality>{_REMEDIES})\b", re.IGNORECASE)
_IS_REMEDY = re.compile(rf"\b(?P<holder>[^\W\d_][\w-]*)\s+(?:is|are)\s+(?:also\s+)?(?:an?|another)"
                        rf"\s+(?:[a-z-]+\s+){{0,2}}?(?P<quality>{_REMEDIES})\b", re.IGNORECASE)
# A remedy named by its verb: "antibiotics alone can treat the infection".
_TREATS = re.compile(r"\b(?P<holder>[^\W\d_][\w-]*)\s+(?:alone\s+)?(?:can\s+|may\s+|often\s+"
                     r"|also\s+|successfully\s+)*(?P<quality>treat)s?\b", re.IGNORECASE)
_HOLDS = re.compile(rf"\b(?P<holder>[^\W\d_][\w-]*)\s+(?:is|are)\s+(?:also\s+|considered\s+"
                    rf"|generally\s+)*(?P<quality>{_QUALITIES})\b"
                    # "Xofluza, a single-dose antiviral pill approved in 2018"
                    rf"|\b(?P<named>(?-i:[A-Z])[\w-]*),\s+(?:a|an)\s+(?:(?!not\b|never\b|no\b)[\w-]+\s+)"
                    rf"{{0,4}}?(?P<said>{_QUALITIES})\b", re.IGNORECASE)
_PEOPLE = {"people", "person", "patient", "woman", "women", "man", "men", "child", "children",
           "adult", "user", "teen", "kid", "american", "participant", "case", "girl", "boy",
           "baby", "infant", "senior", "student", "smoker", "parent", "mother", "those"}
# What is said not to exist ("There is no vaccine for malaria"), and what for.
_NONE_EXISTS = re.compile(
    # "There is currently no dengue vaccine available": a vaccine for dengue
    r"\bthere\s+(?:is|are)\s+(?:currently\s+|still\s+|yet\s+)?no\s+(?:(?:approved|licensed"
    r"|known)\s+)?(?P<of>[a-z][\w-]*)\s+(?P<remedy>vaccines?|cures?|antivirals?)\b"
    r"|\bthere\s+(?:is|are)\s+(?:currently\s+|still\s+|yet\s+)?no\s+(?:(?:approved|licensed"
    r"|known)\s+)?(?P<what>[a-z]{3,})\b(?:\s+(?:for|against|to\s+prevent)\s+"
    r"(?P<against>[a-z][\w-]*))?"
    # "Decaf coffee contains no caffeine at all"
    # (a substance, not "has no side effects", "no known risks", "no effect")
    r"|\b(?:contains?|has|have)\s+no\s+(?P<held>(?!(?:side|effects?|evidence|known|serious"
    r"|major|risks?|benefits?|symptoms?|signs?|more|other|proven|significant)\b)[a-z]{3,})\b"
    r"(?!\s+(?:side\s+)?effects?\b)", re.IGNORECASE)
NOT_RARE = 10.0  # a share of people (percent) that is no longer rare
NOT_VERY_RARE = 1.0  # ... no longer "very rare", "extremely rare"
_VERY_RARE = re.compile(r"(?:very|extremely|exceedingly|almost|nearly|hardly)\s", re.IGNORECASE)
NOT_ALL = 90.0  # a share of people (percent) that is not everyone
# "Almost everyone", "the majority of": more than half of people, read as a share.
_NEARLY_ALL = re.compile(r"\b(?:almost|nearly|virtually)\s+(?:everyone|everybody|all\s+(?:people"
                         r"|patients|users|adults|children)|every\s+(?:person|patient|adult|child"
                         r"|user))\b"
                         # "Everyone with Lyme disease gets the rash": all of them, said as
                         # the subject of a claim (not "Everyone … should have …")
                         r"|^\W*(?:everyone|everybody|every\s+(?:person|patient|adult|child)"
                         r"|all\s+(?:people|patients))\b(?![^.;:]*\b(?:should|must|need|needs"
                         r"|can|could|may)\b)", re.IGNORECASE)
# ... or what "affects most young people": a side effect most people get, not a rare one.
_THE_MAJORITY = re.compile(r"\bthe\s+(?:vast\s+)?majority\s+of\b|\b(?:affects?|affected"
                           r"|happens?\s+(?:to|in)|occurs?\s+in)\s+most\b", re.IGNORECASE)
MAJORITY = 60.0
NEARLY_ALL = 80.0  # the least share of people "almost everyone" leaves room for
# Side effects named as such: a unit saying so is about harms, as one naming a harm is.
_SIDE_EFFECT = re.compile(r"\bside[\s-]effects?\b|\badverse\s+(?:events?|effects?|reactions?)\b",
                          re.IGNORECASE)
# "only affects children", "happens only in women": a thing said of one group alone.
# (an age before the people: "only affects older adults")
_AGED = r"(?:(?:older|younger|young|old|elderly|middle-aged)\s+)?"
_ONLY = re.compile(rf"\bonly\s+(?:affects?|happens?\s+(?:to|in)|occurs?\s+in|strikes?|in)\s+"
                   rf"{_AGED}(?P<who>[a-z]+)\b|\b(?:affects?|happens?\s+(?:to|in)|occurs?\s+in)"
                   rf"\s+only\s+{_AGED}(?P<who2>[a-z]+)\b", re.IGNORECASE)
# People who are said to get something, as a claim's subject: "Babies can be born with
# congenital glaucoma", "Children can also get shingles".
_PEOPLE_GET = re.compile(r"(?:even\s+|some\s+|many\s+|most\s+)?(?P<who>[a-z]+)\s+(?:(?:can|may"
                         r"|might|do|does|also|sometimes|often|still)\s+)*(?:be\s+born\s+with"
                         r"|get|gets|have|has|develop|develops|be\s+affected\s+by)\b",
                         re.IGNORECASE)
# Said to be proven, against the evidence said to be unsettled: "has been proven
# safe for long-term use" / "little is known about its long-term effects".
_PROVEN = re.compile(
    r"\b(?:(?:has|have|had|is|are|was|were)\s+(?:been\s+)?(?:scientifically\s+|clinically\s+)?"
    r"(?:proven|proved)|proves?\s+that)\b"
    # "Decades of research have established that …", "it is well established that …"
    r"|\b(?:has|have)\s+(?:clearly\s+|firmly\s+|conclusively\s+)?(?:established|confirmed)"
    r"\s+that\b|\b(?:is|are)\s+(?:well|firmly)[\s-]established\b"
    # "The findings demonstrate that using hearing aids protects …"
    r"|\b(?:findings|results|data|study|research)\s+(?:clearly\s+)?demonstrates?\s+that\b",
    re.IGNORECASE)
_UNSETTLED = re.compile(
    r"\blittle\s+is\s+known\b|\b(?:is|are|remains?)\s+(?:still\s+)?(?:unknown|unclear"
    r"|uncertain)\b|\b(?:evidence|results|findings|data|research|studies|trials)"
    r"(?:\s+[\w-]+){0,4}?\s+(?:is|are|was|were|has\s+been"
    r"|have\s+been|remains?)\s+(?:still\s+)?(?:mixed|limited|weak|inconclusive|conflicting"
    r"|unclear)\b|\b(?:mixed|conflicting|inconclusive)\s+(?:results|evidence|findings)\b"
    r"|\b(?:no|little)\s+(?:good|clear|strong|solid|reliable)\s+evidence\b"
    r"|\bnot\s+enough\s+evidence\b"
    # "researchers do not yet know whether protection lasts beyond that"
    r"|\b(?:do|does)\s*(?:not|n[’']t)\s+(?:yet\s+)?know\s+(?:whether|if|how\s+long)\b"
    r"|\b(?:is|are)\s+not\s+(?:yet\s+)?known\s+(?:whether|if|how\s+long)\b"
    # "As an observational study, the research cannot show that hearing aids caused …"
    r"|\b(?:cannot|can[’']t|can\s+not|does\s+not|doesn[’']t)\s+(?:show|prove|establish)\s+"
    r"(?:that|whether)\b[^.;]{0,80}?\bcaus", re.IGNORECASE)
# A claim that something has an effect: "Zinc lozenges shorten colds", "fish oil
# reduces the risk of heart attacks".
_EFFECT = re.compile(
    r"\b(?:help|work|benefit|shorten|cure|improv|reliev|prevent|protect|boost|reduc|lower"
    r"|rais|increas|decreas|cut|eas|speed|slow|effective|significant|outperform|superior"
    r"|caus|dropp|fell|fall|declin|halv|doubl|tripl|blunt|impair|hinder|weaken|worsen|stunt"
    # "Coffee is a common trigger of heartburn"; "long fasts can disrupt menstrual cycles"
    r"|trigger|aggravat|disrupt|interfer)\w*"
    # "Blue light from screens damages the retina"
    r"|\bdamag(?:e|es|ed|ing)\b"
    # "Many women gain weight on HRT"
    r"|\b(?:gain|gained|gaining|gains)\s+(?:weight|muscle|fat)\b"
    # "Frozen embryos are less likely to implant than fresh ones"
    r"|\b(?:more|less)\s+likely\b"
    # "Risk is about three times higher in pregnancy"
    r"|\btimes\s+(?:higher|greater)\b"
    # "Breastfed babies have fewer ear infections" (not a count: "fewer than one in five")
    r"|\bfewer\b(?!\s+than\b)"
    # "Glasses make myopia worse"
    r"|\bmakes?\s+(?:[\w-]+\s+){1,2}?worse\b|\bworsens?\b"
    # "Decongestants can nudge your blood pressure up"
    r"|\b(?:nudg|push)(?:e|es|ed|ing)?\s+(?:[\w-]+\s+){1,4}?(?:up|down|higher|lower)\b"
    # "levels drop by about 1% a year" (not "two drops in each eye")
    r"|\bdrops?\s+(?:by|to|sharply|steeply|quickly|slowly|off|after|with)\b"
    # "Some studies have linked milk, especially skim milk, to more breakouts"
    r"|\blink(?:ed|s)\s+(?:[\w,'’-]+\s+){0,5}?to\b"
    # "donors live about five years less": a difference measured
    r"|\b(?:years?|months?|days?|hours?|points?|percent|%)\s+(?:less|fewer|shorter|longer)\b",
    re.IGNORECASE,
)
# What makes an exception or states a harm: "Do not give it to babies under 3
# months", "Doses above 350 mg can cause diarrhea".
_CAVEAT = re.compile(
    r"\b(?:not|never|avoid|unless|except|cause[sd]?|risks?|dangerous|harmful|side[\s-]effects?"
    r"|interact(?:s|ions?)?|withdrawal|warning)\b|n[’']t\b"
    # "should talk to a doctor first": not for everyone without a word
    r"|\b(?:talk|speak|check)\s+(?:to|with)\s+(?:a|your)\s+(?:doctor|pharmacist|healthcare)\b"
    # an age limit: "can be used from 6 months of age", "only in children older than 2"
    r"|\bfrom\s+(?:the\s+age\s+of\s+)?\d+\s+(?:months?|years?)(?:\s+of\s+age|\s+old)?\b"
    r"|\b(?:older|younger)\s+than\s+\d+\s+(?:months?|years?)\b"
    r"|\b\d+\s+(?:months?|years?)\s+(?:and|or)\s+(?:older|over|up)\b",
    re.IGNORECASE,
)


# A claim that something is safe ("can safely get", "safe for babies"), not
# said to be unsafe; a unit that rules something out for some people.
_SAFE = re.compile(r"\b(?:safe|safely|safest|harmless|no\s+danger)\b", re.IGNORECASE)
# Taken in pregnancy as a matter of course: "Mums-to-be can take naproxen in any
# trimester", "… one we're comfortable using right through pregnancy".
_PREGNANT_USE = re.compile(r"\b(?:can|may)\s+(?:safely\s+|still\s+|usually\s+|generally\s+)?"
                           r"(?:take|use|have|keep\s+taking|continue|be\s+continued|carry\s+on)\b"
                           # "is generally considered fine to continue"
                           r"|\b(?:fine|okay|ok|all\s+right)\s+(?:for\s+[^.;,]{1,40}?\s+)?to\s+"
                           r"(?:continue|take|use|keep)\b"
                           # "the usual choices for pregnant women", "one of the first-choice
                           # medicines for high blood pressure in pregnancy"
                           # ("our first suggestion for expectant mothers")
                           r"|\b(?:usual|first|preferred|top)[\s-]+(?:choice|suggestion|pick"
                           r"|option|recommendation)s?\b[^.;]{0,60}?\b(?:for\s+(?:pregnant"
                           r"|expectant|mums-to-be|moms-to-be|mothers-to-be|women\s+who\s+are"
                           r"\s+pregnant)|in\s+pregnancy|while\s+breastfeeding)\b"
                           # "There's no need to stop using it if you become pregnant"
                           r"|\bno\s+need\s+to\s+stop\b"
                           # "Montelukast is often continued in pregnancy"
                           r"|\bcontinued\s+(?:in|during|through(?:out)?)\s+pregnancy\b"
                           # "suitable for most adults, including women who are pregnant"
                           r"|\bsuitable\s+for\b"
                           r"|\b(?:right\s+)?through(?:out)?\s+(?:your\s+|the\s+|their\s+)?pregnanc"
                           r"|\b(?:in|during)\s+any\s+trimester\b|\bat\s+any\s+stage\s+of\s+"
                           r"(?:your\s+|the\s+)?pregnancy\b"
                           # "one of the first-choice medicines for heartburn in pregnancy",
                           # "one of the preferred … medicines during pregnancy"
                           r"|\b(?:first[- ]choice|preferred)\b[^.;]*\b(?:in|during)\s+pregnancy\b",
                           re.IGNORECASE)
# A range to stay in: "should be kept between 0.6 and 1.0 mmol/L", "the normal range is …".
_TARGET = re.compile(r"\b(?:should\s+be\s+(?:kept\s+)?(?:between|at|below|under)|kept\s+between"
                     r"|(?:normal|target|therapeutic)\s+(?:range|level)s?)\b", re.IGNORECASE)
_UNSAFE = re.compile(r"\b(?:not|never|n[’']t|un)\s*(?:\w+\s+)?(?:safe|safely)\b", re.IGNORECASE)
# Said of every one of a kind ("covered by insurance in every state", "in all 50
# states"), against only some of them counted ("Only about 20 states require …").
# "every state", "all 50 states", "Everyone who is bitten" (a person), not "not everyone"
# ("nobody who completes the course should ever need a stent": none of them, against
# a share of them that does)
_EVERY = re.compile(r"\b(?<!\bnot\s)(?:(?:every|each|all(?:\s+(?:the\s+)?\d+)?)\s+"
                    r"(?P<noun>[a-z]{3,})\b|(?P<everyone>everyone|everybody|nobody|no\s+one)\b)",
                    re.IGNORECASE)
_ONLY_SOME = re.compile(
    r"\b(?:(?:only|just)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+)?"
    # "banned … in many states": some of them, against "in every state"
    rf"(?:{quantities._NUM})|many|several)\s+(?P<noun>[a-z]{{3,}})\b"
    # "Not everyone reacts to bites": some people only
    r"|\bnot\s+(?P<everyone>everyone|everybody)\b", re.IGNORECASE)
# Said to happen in every case ("The spleen swells in every case of mono", "always
# causes a rash"), against in some only ("In some people the spleen … becomes enlarged").
_ALWAYS = re.compile(r"\bin\s+(?:every|all)\s+cases?\b|\bin\s+every(?:one|body)\b|\bwithout\s+"
                     r"exception\b|\b(?<!not\s)(?<!n't\s)(?<!n’t\s)(?<!almost\s)(?<!nearly\s)"
                     r"always\b", re.IGNORECASE)
_SOMETIMES = re.compile(rf"\b(?:in\s+)?(?:some|a\s+few)\s+(?:{quantities.PEOPLE}|cases)\b"
                        r"|\bsometimes\b|\boccasionally\b"
                        # "Some abscesses cause no pain whatsoever" (opening the sentence)
                        r"|^\s*Some\s+[a-z]{4,}s\b", re.IGNORECASE)
_ONLY_WHO = re.compile(rf"\bonly\s+(?P<who>{quantities.PEOPLE}|students|those)\s+(?:who|with|whose"
                       r"|aged|over|under|older|younger)\b", re.IGNORECASE)
# Nouns of "every" that say how often ("every day") or of what whole ("all the").
_NOT_KINDS = {"time", "day", "night", "week", "month", "year", "hour", "minute", "morning",
              "evening", "dose", "meal", "other", "one", "type", "kind", "sort", "age", "case"}
# A harm said to happen at some level ("Listening at 60 dB … can permanently
# damage your hearing"), against a level called safe that holds it.
_HARM = re.compile(r"\b(?:damag(?:e|es|ed|ing)|harm(?:s|ed|ful)?|hurts?|injur(?:e|es|y|ies)"
                   r"|dangerous|toxic|unsafe)\b", re.IGNORECASE)
# (not "no more harmful than": a comparison)
_NO_HARM = re.compile(r"\b(?:not|never|no|without)\s+(?:(?!more\b|less\b)\w+\s+){0,2}"
                      r"(?:damag|harm|hurt|injur|dangerous|toxic|unsafe)"
                      # "there's no (clear) evidence that it harms the baby"
                      r"|\bno\s+(?:clear\s+|good\s+|real\s+|strong\s+)?evidence\s+that\s+"
                      r"(?:it|they|this)\s+(?:damag|harm|hurt|injur)"
                      r"|n[’']t\s+(?:\w+\s+)?(?:damag|harm|hurt)", re.IGNORECASE)
# A study's own scope: "People with diabetes were excluded from the trial"; and
# a finding given to a group of people: "The study shows that people with
# diabetes should also …".
_LEFT_OUT = re.compile(
    r"\b(?:were|was|are|is)\s+(?:excluded|not\s+(?:included|enrolled|studied))\b"
    r"|\b(?:did|does|do)\s*(?:not|n[’']t)\s+(?:include|enrol|enroll|study)\b",
    re.IGNORECASE)
_STUDY_SAYS = re.compile(
    r"\b(?:study|studies|trial|trials|research|results|findings|data)\s+(?:also\s+)?"
    r"(?:shows?|showed|found|finds|proves?|proved|suggests?|suggested|demonstrates?"
    r"|demonstrated|means?)\b",
    re.IGNORECASE)
# "A study found that …", "researchers found no …": "find" reports, it is not the
# antonym of "lose".
_REPORTED_FINDING = re.compile(
    r"\bf(?:ound|inds?)\s+(?:that|no|little|an?)\b|\b(?:study|studies|trial|trials|review"
    r"|researchers|scientists|analysis)\s+(?:also\s+)?f(?:ound|inds?)\b",
    re.IGNORECASE)
# One group of people named in other words: "safe for newborns" / "babies younger
# than 6 months", "safe in pregnancy" / "pregnant women should not".
# People by their time of life: the groups ages and doses are given for.
_TIMES_OF_LIFE = {"baby": "young", "child": "young", "teen": "young", "adult": "grown",
                  "elderly": "grown"}
_ONLY_WORD = re.compile(r"\bonly\b", re.IGNORECASE)
_SAME_PEOPLE = {"infant": "baby", "newborn": "baby", "kid": "child", "teenager": "teen",
                "adolescent": "teen", "senior": "elderly", "breastfeeding": "breastfeed",
                "nursing": "breastfeed", "pregnancy": "pregnant", "trimester": "pregnant",
                "toddler": "child",
                "expectant": "pregnant", "mums-to-be": "pregnant", "moms-to-be": "pregnant",
                "mothers-to-be": "pregnant", "conceive": "pregnant", "conceiving": "pregnant",
                "womb": "pregnant", "unborn": "pregnant",
                "allergic": "allergy",
                "immunocompromised": "immune"}
# A harm said to happen, to some people ("damages the kidneys in healthy
# people"): it rules the thing out for them as "do not" does.
_HARMING = re.compile(r"\brisk\s+of\s+(?:a\s+)?(?:miscarriage|stillbirth|birth\s+defects?)\b"
                      r"|\b(?:can|could|may|will)\s+harm\b"
                      r"|\b(?:damag(?:es|ed|ing)|harms|harmed|hurts|injures|(?:is|are)\s+"
                      r"(?:dangerous|toxic|harmful))\b", re.IGNORECASE)
_EXCLUDING = re.compile(
    # (not "so don't stop anything": to go on)
    r"\b(?:should|must|do|does|can|may)\s*(?:not|n[’']t)\b(?!\s+stop\b)|\bnever\b"
    r"|\bavoid(?:ed|ing)?\b|\bunsafe\b"
    # ("not normally recommended", "not usually advised")
    r"|(?:\bnot|n[’']t)\s+(?:(?:normally|usually|generally|routinely|always)\s+)?(?:be\s+)?"
    r"(?:recommended|suitable|advised|used|given|safe|approved)\b"
    r"|\b(?:advise|advised|recommend|recommended)\s+against\b"
    # "so we'd advise you not to take it"
    r"|\badvised?\s+(?:you\s+|them\s+|women\s+)?not\s+to\b"
    # "If you're pregnant or planning a pregnancy, stop the ointment"
    # (not "There's no need to stop using it if you become pregnant")
    r"|(?<!need\sto\s)\bstop\s+(?:taking|using|the)\b"
    # "told to come off hydroxychloroquine a few months before trying to conceive"
    r"|\bcome\s+off\b",
    re.IGNORECASE,
)
# A group said never to get something: "cannot get melanoma", "are immune to", "never
# develop".
_SPARED = re.compile(r"\b(?:cannot|can[’']t|can\s+not|never|do\s+not|don[’']t|will\s+not|won[’']t)"
                     r"\s+(?:get|develop|catch|contract)(?:s|es)?\b|\b(?:are|is)\s+immune\s+to\b",
                     re.IGNORECASE)
# A place said to be the only one, against any place at all.
# ("only in the first few days" says when, not where)
_ONLY_WHERE = re.compile(r"\bonly\s+(?:\w+\s+){0,2}?(?:on|in|at|where)\s+"
                         r"(?!(?:the\s+)?(?:first|last|early|late|morning|evening|night|winter"
                         r"|summer|spring|autumn|fall)\b|\d)", re.IGNORECASE)
_ANYWHERE = re.compile(r"\b(?:anywhere|everywhere|any\s+part\s+of|all\s+over)\b", re.IGNORECASE)
# Said of one stage of an illness only ("only for people with early Alzheimer's disease"),
# or of any ("can prescribe it at any stage of Alzheimer's disease").
_ONLY_STAGE = re.compile(r"\bonly\s+(?:for|in|to)\s+(?:people|patients|adults|children|those)"
                         r"\s+(?:who\s+have|with)\s+(?:an?\s+)?(?:early|mild|moderate|severe"
                         r"|advanced|late)\b", re.IGNORECASE)
_ANY_STAGE = re.compile(r"\b(?:at|in)\s+(?:any|every|all)\s+stages?\b", re.IGNORECASE)


def _plain(word: str) -> str:
    """A comparative read plain, both ways alike: "darker" and "dark" are one group."""
    return word[:-2] if word.endswith("er") and len(word) > 5 else word


@dataclass(frozen=True)
class PhraseSet:
    """Phrases, matched case aside at word boundaries, with a key word of each
    (its longest, the likeliest to be rare): a text that has none of those
    words has none of the phrases and is passed over without a search (most
    units name no phrase of a lexicon, and a long alternation is slow to search)."""

    pattern: re.Pattern
    key_words: frozenset[str]

    def search(self, text: str, words: frozenset[str] | None = None) -> re.Match | None:
        """The first phrase in `text`; `words`: :func:`words_of` the text, if known."""
        return None if self._absent(text, words) else self.pattern.search(text)

    def finditer(self, text: str, words: frozenset[str] | None = None) -> Iterator[re.Match]:
        return iter(()) if self._absent(text, words) else self.pattern.finditer(text)

    def _absent(self, text: str, words: frozenset[str] | None) -> bool:
        return self.key_words.isdisjoint(words_of(text) if words is None else words)


_WORD_RUN = re.compile(r"\w+")


def words_of(text: str) -> frozenset[str]:
    """The runs of word characters of `text`, lower-cased. A phrase found at
    word boundaries is made of them, each whole: "weight gain" of the runs
    "weight" and "gain", "24-hour" of "24" and "hour"."""
    return frozenset(_WORD_RUN.findall(text.lower()))


@dataclass(frozen=True)
class Phrases:
    """The phrase lexicons of ``data/phrases.json``."""

    opposites: tuple[tuple[str, int, PhraseSet], ...]  # (group, side, any phrase of that side)
    # Each key word of a phrase of `opposites` to the places of the sides it may
    # be in: a text is searched only for the sides whose key words it has.
    opposites_by_word: dict[str, tuple[int, ...]]
    harms: PhraseSet  # side effects and harms by name: "nausea", "weight gain"
    populations: frozenset[str]  # lemmas naming groups of people
    parity: PhraseSet
    difference: PhraseSet
    roles: tuple[tuple[str, PhraseSet, re.Pattern], ...]  # (role, its phrases, with a holder)
    # who may do something ("Only a vet can decide …"), and who does it ("The senior care
    # assistant on duty decides …"): (_only_decider, _deciders)
    decider_named: re.Pattern
    only_decider: re.Pattern
    decider: re.Pattern
    done_by: re.Pattern
    # who never does an act: "Staff will not give Calpol", "Our instructors do not apply …"
    refuser: re.Pattern


def _any_of(phrases: Sequence[str]) -> PhraseSet:
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    key_words = set()
    for phrase in phrases:
        if _WORD_RUN.match(phrase.lower()) is None:
            raise ValueError(f"a phrase starts with a letter or a digit, not {phrase!r}")
        key_words.add(max(_WORD_RUN.findall(phrase.lower()), key=len))
    return PhraseSet(re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE), frozenset(key_words))


@cache
def phrases() -> Phrases:
    data = json.loads(resources.files("annotator.consistency.data").joinpath("phrases.json")
                      .read_text("utf-8"))
    roles = {role: _any_of(entries) for role, entries in data["roles"].items()}
    opposites = tuple((group, side, _any_of(entries)) for group, pair in data["opposites"].items()
                      for side, entries in enumerate(pair))
    by_word: dict[str, list[int]] = defaultdict(list)
    for place, (_, _, named) in enumerate(opposites):
        for word in named.key_words:
            by_word[word].append(place)
    return Phrases(
        opposites, {word: tuple(places) for word, places in by_word.items()},
        _any_of(data["harms"]), frozenset(data["populations"]),
        _any_of(data["parity"]), _any_of(data["difference"]),
        tuple((role, named, _holding(named.pattern)) for role, named in roles.items()),
        *_deciding(data["deciders"]),
    )


def _deciding(deciders: Sequence[str]) -> tuple[re.Pattern, ...]:
    """One of `deciders` named; who alone may do an act ("Only the registered nurse in
    charge of the shift may decide"), who does one ("The senior care assistant on duty
    decides", "Your pharmacist can tell you"), and by whom something is done, of every
    one ("Every adjustment is carried out by one of our specialist orthodontists"): the
    person's noun (`who`), the act's verb (`act`), and what is done (`what`) or whether
    every one is (`every`); and who never does an act ("Staff will not give Calpol")."""
    who = "|".join(re.escape(d) for d in sorted(deciders, key=len, reverse=True))
    person = (rf"(?:(?:a|an|the|your|our|one\s+of\s+our|one\s+of\s+the)\s+)?"
              rf"(?:[a-z-]+\s+){{0,2}}?(?P<who>{who})s?")
    between = r"(?:\s+(?:[a-z-]+(?:['’]s?)?\s+){0,8}?)?"
    may = (r"(?:can|may|will|must|should|is\s+(?:allowed|able|welcome)\s+to"
           r"|are\s+(?:allowed|able|welcome)\s+to)")
    # ("Only Mrs Okafor, our trained first aider, will …": the person's name before them)
    named = r"(?:(?:[A-Z][\w'’-]*\s+){1,3}?[A-Z][\w'’-]*,\s+)?"
    return (re.compile(rf"\b(?:{who})s?\b", re.IGNORECASE),
            re.compile(rf"\bonly\s+{named}{person},?{between}\s*{may}\s+(?P<act>[a-z]+)"
                       rf"(?P<what>(?:\s+[\w-]+){{0,8}})", re.IGNORECASE),
            re.compile(rf"\b{person}(?:\s+on\s+duty)?\s+(?:{may}\s+)?(?P<act>[a-z]+)"
                       rf"(?P<what>(?:\s+[\w-]+){{0,8}})", re.IGNORECASE),
            re.compile(rf"\b(?:(?P<every>every|each|all)\s+)?(?:[\w-]+\s+){{0,3}}?(?P<what>[a-z]+)"
                       r"(?:\s+at\s+[A-Z][\w-]*)?\s+(?:is|are|will\s+be|must\s+be)\s+"
                       r"(?:always\s+|only\s+)?(?P<act>carried\s+out|performed|done|led|given|run"
                       rf"|delivered|fitted)\s+(?:only\s+)?by\s+{person}\b", re.IGNORECASE),
            re.compile(rf"\b{person}\s+(?:(?:do|does|will|can|may|must|should|would)\s*"
                       r"(?:not|n['’]t)|never)\s+(?:ever\s+)?(?P<act>[a-z]+)"
                       rf"(?P<what>(?:\s+[\w'’-]+){{0,8}})", re.IGNORECASE))


# Who holds a role: "Amoxicillin is the first-line antibiotic", "The first-line
# treatment is amoxicillin", "Most cases are caused by viruses", "Bacteria
# cause most sinus infections".
# (a word before it too: "Colon cancer" and "Lung cancer" are two holders)
_HOLDER = r"(?:(?:a|an|the)\s+)?(?P<holder>(?:[^\W\d_][\w-]*\s+)?[^\W\d_][\w-]*)"
_AFTER = _HOLDER.replace("holder", "after")  # a pattern names a group once
_TO_BE = r"(?:is|are|was|were|remains?|remained)"


def _holding(named: re.Pattern) -> re.Pattern:
    """`named` (a role's phrases) with who holds the role, before or after it."""
    role = named.pattern
    return re.compile(
        rf"\b{_HOLDER}\s+{_TO_BE}\s+(?:still\s+|usually\s+|often\s+|now\s+)?(?:the|a|an|our"
        rf"|their|its|your)\s+"
        rf"(?:[\w-]+\s+)?{role}"
        rf"|{role}[^.;:,]{{0,40}}?\s{_TO_BE}\s+(?:usually\s+|often\s+)?{_AFTER}",
        re.IGNORECASE)


_MOST_CAUSED = re.compile(
    rf"\bmost\b[^.;:,]{{0,50}}?\s(?:are|is)\s+(?:usually\s+)?caused\s+by\s+{_HOLDER}"
    rf"|\b{_AFTER}\s+(?:usually\s+)?causes?\s+most\b",
    re.IGNORECASE)
# An ordinal right before a role's phrase: "the second leading cause of cancer death".
_ORDINALS = ("second", "third", "fourth", "fifth", "2nd", "3rd", "4th", "5th")
_ORDINAL_BEFORE = re.compile(rf"\b(?P<ordinal>{'|'.join(_ORDINALS)})[\s-]+$", re.IGNORECASE)
_NOT_HOLDERS = {"it", "this", "that", "which", "what", "who", "they", "these", "those", "there",
                "one", "not"}
_DENIED_ROLE = re.compile(r"\b(?:not|never|no longer)\b|n[’']t\b", re.IGNORECASE)


# A role said in a superlative of any word, held by what is before "is": "X is the
# best-absorbed form", "Y is absorbed better than any other form" (both "best
# absorbed form"), "Z is the safest option".
_SUPERLATIVE = re.compile(
    rf"\b{_HOLDER}\s+{_TO_BE}\s+(?:also\s+|still\s+|by\s+far\s+)?the\s+"
    r"(?P<sup>best|worst|(?:most|least)\s+[a-z]{3,}|[a-z]{3,}est)(?:[\s-](?P<part>[a-z]{3,}ed))?"
    r"\s+(?P<head>[a-z]{3,})", re.IGNORECASE)
_AS_SUPERLATIVE = re.compile(
    rf"\b{_HOLDER}\s+{_TO_BE}\s+(?:(?P<part>[a-z]{{3,}}ed)\s+)?"
    r"(?P<comp>better|worse|(?:more|less)\s+[a-z]{3,}|[a-z]{3,}er)(?:\s+(?P<after>[a-z]{3,}ed))?"
    r"\s+than\s+(?:any|all|every)\s+other\s+(?P<head>[a-z]{3,})", re.IGNORECASE)
# The superlative first: "The most common side effect is constipation".
_SUPERLATIVE_FIRST = re.compile(
    r"^(?:[^\W\d_][\w-]*,\s+)?the\s+(?P<sup>best|worst|(?:most|least)\s+[a-z]{3,}|[a-z]{3,}est)"
    r"(?:[\s-](?P<part>[a-z]{3,}ed))?\s+(?P<head>[a-z]{3,})(?:\s+[a-z-]+){0,4}?"
    rf"\s+{_TO_BE}\s+{_HOLDER}\b(?!\s+(?:to|that|of|for|in)\b)", re.IGNORECASE)
# Nouns that end in "est" ("the interest", "the forest"): no superlative.
_NOT_SUPERLATIVE = {"interest", "forest", "request", "contest", "protest", "conquest", "harvest",
                    "manifest", "honest", "modest", "digest", "inquest"}
_SUPERLATIVE_OF = {"better": "best", "worse": "worst", "more": "most", "less": "least"}


def _superlative(text: str) -> tuple[str, str]:
    """(role, holder) for a superlative said of one thing: ("best absorbed form",
    "magnes glycin") for "Magnesium glycinate is the best-absorbed form" and for
    "… is absorbed better than any other form"; ("", "") when none is."""
    if not any(word in text for word in ("est", "most", "worst", " than ")):
        return "", ""
    if m := _SUPERLATIVE.search(text):
        sup = m["sup"].lower()
        if sup in _NOT_SUPERLATIVE:
            return "", ""
        part = m["part"]
    elif m := _AS_SUPERLATIVE.search(text):
        comp = m["comp"].lower().split()
        first = _SUPERLATIVE_OF.get(comp[0]) or f"{comp[0][:-2]}est"
        sup = " ".join([first, *comp[1:]])
        part = m["part"] or m["after"]
    elif (m := _SUPERLATIVE_FIRST.search(text)) and m["holder"].split()[0].lower() not in \
            lexicon().function_words:
        sup, part = m["sup"].lower(), m["part"]
    else:
        return "", ""
    role = " ".join(w for w in (sup, (part or "").lower(), stem(m["head"].lower())) if w)
    return role, _holder_key(m["holder"])


# Roles that say something works best: against a claim that it was not shown to work.
_GOOD_ROLES = {"best treatment", "first choice", "gold standard"}


def _unranked(role: str) -> str:
    """A role without the rank an ordinal gave it: "main cause" of "second main cause"."""
    first, _, rest = role.partition(" ")
    return rest if first in _ORDINALS else role


def _holder_key(holder: str) -> str:
    """The stems of a role's holder, less words that name nothing: "magnes glycin"
    for "Magnesium glycinate", "virus" for "viruses", "" for "it"."""
    return " ".join(stem(quantities.singular(w)) for w in holder.lower().split()
                    if w not in _NOT_HOLDERS)


def _role(text: str, words: frozenset[str] | None = None) -> tuple[str, str]:
    """(role, the stem of what holds it) for a role only one thing holds
    ("amoxicillin is the first-line antibiotic": first choice, amoxicillin), or
    ("", ""). A denied role ("is not the first-line …") holds nothing."""
    # The phrase first: a holder is looked for only where a role is named.
    words = words_of(text) if words is None else words
    found = [(role, m, phrase.start()) for role, named, holding in phrases().roles
             if (phrase := named.search(text, words)) and (m := holding.search(text))]
    if "caus" in text and (m := _MOST_CAUSED.search(text)) is not None:
        found.append(("main cause", m, m.start()))
    for role, m, at in found:
        holder = _holder_key(m.group("holder") or m.group("after"))
        if not holder or _DENIED_ROLE.search(m.group(0)):
            continue
        # "the second leading cause": a rank, not the role itself.
        ordinal = _ORDINAL_BEFORE.search(text, 0, at)
        return (f"{ordinal['ordinal'].lower()} {role}" if ordinal else role), holder
    if peak := _PEAK_TIME.search(text):
        return "peak time", peak["time"].lower()
    role, holder = _superlative(text)
    return (role, holder) if holder else ("", "")


# When something is at its highest, a time of day only one can be: "Pollen counts are
# highest in the early morning" / "Pollen levels peak in the late afternoon".
_PEAK_TIME = re.compile(
    r"\b(?:highest|peaks?|peaked|peaking|worst|strongest|most\s+active"
    r"|at\s+(?:its|their)\s+(?:highest|worst|peak|strongest))\b(?:\s+\w+){0,3}?"
    r"\s+(?:in|at|during)\s+the\s+(?:early\s+|late\s+)?(?P<time>morning|afternoon|evening|night)",
    re.IGNORECASE)


# A comparison denied right before it: "no better than", "isn't more effective than".
_NEGATED_BEFORE = re.compile(r"\b(?:no|not|never)\s*$|n[’']t\s*$", re.IGNORECASE)
# "Gepants are more effective than triptans" / "triptans worked better than gepants".
_RANKING = re.compile(
    r"\b(?:(?P<up>better|superior|stronger|more\s+(?:effective|potent|useful)"
    # "Men are more likely than women to get kidney stones", "girls have higher
    # concussion rates than boys": who gets it more
    # ("Men are more likely to get kidney stones than women": the likelier, past the act)
    r"|more\s+likely\s+to(?:\s+[a-z-]+){1,4}?(?=\s+than\b)"
    r"|more\s+(?:likely|often|common)|higher\s+(?:[a-z-]+\s+){0,2}?(?:rates?|risk|odds)"
    # "Screens give off far more blue light than the sun", "… far more of it than any screen"
    r"|(?:far|much)\s+more\s+(?:of\s+it|[a-z-]+(?:\s+[a-z-]+)?))"
    r"|(?P<down>worse|inferior|weaker|less\s+(?:effective|potent|useful)"
    r"|less\s+likely\s+to(?:\s+[a-z-]+){1,4}?(?=\s+than\b)"
    r"|less\s+(?:likely|often|common)|lower\s+(?:[a-z-]+\s+){0,2}?(?:rates?|risk|odds)))"
    r"\s+(?:than|to)\s+"
    r"(?:the\s+|a\s+|an\s+|any\s+)?(?P<other>[^\W\d_][\w-]*)", re.IGNORECASE)


# A group named by one word ("men", "girls"), and the same after "in" or "among".
_GROUP = r"[^\W\d_][\w-]*"
_IN_GROUP = r"(?:in\s+|among\s+)?(?:the\s+)?"
# "Gout is more common in men than in women": the groups on both sides of "than".
_RANKING_IN = re.compile(
    r"\b(?:(?P<up>more\s+(?:common|frequent|prevalent))|(?P<down>less\s+(?:common|frequent"
    rf"|prevalent)))\s+(?:in|among)\s+(?:the\s+)?(?P<first>{_GROUP})\s+than\s+"
    rf"{_IN_GROUP}(?P<other>{_GROUP})", re.IGNORECASE)


# How many times as often one group gets something as another: "Men are affected about
# seven times as often as women", "twice as common in boys as in girls".
_TIMES = r"(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+times)\s+as\s+"
_WORD_AFTER = rf"{_IN_GROUP}(?P<other>{_GROUP})"
_TIMES_AS = re.compile(rf"\b{_TIMES}(?:often|likely|common|frequently)\s+as\s+{_WORD_AFTER}",
                       re.IGNORECASE)
_TIMES_IN = re.compile(rf"\b{_TIMES}(?:common|frequent|prevalent)\s+(?:in|among)\s+(?:the\s+)?"
                       rf"(?P<first>{_GROUP})\s+as\s+{_WORD_AFTER}", re.IGNORECASE)
# As common in one group as in another: "about as common in women as in men", "Men
# and women are equally likely to get it".
_PARITY = re.compile(
    r"(?<!twice )(?<!times )\bas\s+(?:common|frequent|prevalent)\s+(?:in|among)\s+(?:the\s+)?"
    rf"(?P<first>{_GROUP})\s+as\s+{_WORD_AFTER}"
    rf"|\b(?P<first2>{_GROUP})\s+and\s+(?P<other2>{_GROUP})\s+(?:are|were)\s+"
    r"(?:equally|just\s+as)\s+(?:likely|often|commonly)\b"
    rf"|\baffects?\s+(?P<first3>{_GROUP})\s+and\s+(?P<other3>{_GROUP})\s+"
    r"(?:about\s+|roughly\s+)?equally\b", re.IGNORECASE)


# "Men are just as likely to get GCA as women": the other group after the act.
_PARITY_AS = re.compile(r"\b(?:just|equally|about)\s+as\s+likely\s+(?:to(?:\s+[a-z-]+){1,4}?\s+)?"
                        rf"as\s+{_WORD_AFTER}", re.IGNORECASE)


def _parity(text: str) -> frozenset[str]:
    """The stems of two groups a claim says something is as common in, or ∅."""
    if (m := _PARITY_AS.search(text)) and not _NEGATED_BEFORE.search(text, 0, m.start()) \
            and (first := _clause_subject(text, m.start())):
        return frozenset({stem(first), stem(m["other"].lower())})
    m = _PARITY.search(text)
    if m is None or _NEGATED_BEFORE.search(text, 0, m.start()):
        return frozenset()
    first, other = next((m[f], m[o]) for f, o in (("first", "other"), ("first2", "other2"),
                                                    ("first3", "other3")) if m[f])
    return frozenset({stem(first.lower()), stem(other.lower())})


def _ranking(text: str) -> tuple[str, str]:
    """(the stem of what is said to work better, or to be more common, of what worse)
    for "A is more effective than B" (A's stem: the first word of its clause that is
    not a function word), "more common in A than in B" or "A … twice as often as
    B", or ("", "")."""
    if (m := _RANKING_IN.search(text)) and not _NEGATED_BEFORE.search(text, 0, m.start()):
        pair = (stem(m["first"].lower()), stem(m["other"].lower()))
        return pair if m["up"] else (pair[1], pair[0])
    if m := _TIMES_IN.search(text):
        return stem(m["first"].lower()), stem(m["other"].lower())
    if (m := _TIMES_AS.search(text)) and (first := _clause_subject(text, m.start())):
        return stem(first), stem(m["other"].lower())
    m = _RANKING.search(text)
    if m is None or _NEGATED_BEFORE.search(text, 0, m.start()):
        return "", ""  # "no better than" says they do as well
    first = _clause_subject(text, m.start())
    if not first:
        return "", ""
    pair = (stem(first), stem(m.group("other").lower()))
    return pair if m.group("up") else (pair[1], pair[0])


def _clause_subject(text: str, end: int) -> str:
    """The first word of the clause ending at `end` that is not a function word: what a
    comparison there is said of ("In large trials, apixaban caused fewer …": apixaban)."""
    clause = re.split(r"[,;:]", text[:end])[-1]
    function = lexicon().function_words
    return next((w for w in _WORD.findall(clause.lower()) if w not in function), "")


# "lost no more weight than" (parity) / "leads to more weight loss than" (a
# difference): more or less of a thing named between the words.
# ("cause worse hangovers than clear drinks": a comparative before its noun too)
_MORE_OF = re.compile(r"\b(?P<no>no\s+)?(?:more|less|fewer|worse|better)\s+(?:[a-z]{3,}\s+){1,2}"
                      r"than\b"
                      # "D3 raises blood levels more than D2 does", "let more blue light
                      # reach the retina than adult eyes do"
                      r"|\b(?P<not>no\s+)?(?:more|less)\s+(?:[\w-]+\s+){0,5}?than\s+"
                      r"(?:[\w-]+\s+){1,3}?(?:does|do|did)\b",
                      re.IGNORECASE)


# More or fewer of a thing than another has: "caused fewer major bleeds than warfarin".
_MORE_NOUN = re.compile(r"\b(?P<dir>more|fewer|less)\s+(?P<what>(?:[a-z]{3,}\s+){1,2})than\s+"
                        r"(?:the\s+|a\s+|an\s+)?(?P<other>[^\W\d_][\w-]*)", re.IGNORECASE)


def _more_of(text: str) -> tuple[str, str, frozenset[str]]:
    """:attr:`_Reading.more_of`, said of :func:`_clause_subject`, as in :func:`_ranking`."""
    m = _MORE_NOUN.search(text)
    if m is None or _NEGATED_BEFORE.search(text, 0, m.start()):
        return "", "", frozenset()
    first = _clause_subject(text, m.start())
    function = lexicon().function_words
    what = frozenset(stem(quantities.singular(w)) for w in m["what"].lower().split()
                     if w not in function)
    if not first or not what:
        return "", "", frozenset()
    pair = (stem(first), stem(m["other"].lower()))
    return (*(pair if m["dir"].lower() == "more" else pair[::-1]), what)


def _comparison(text: str, words: frozenset[str] | None = None) -> tuple[str, str]:
    """("parity", phrase) for "works as well as", ("difference", phrase) for
    "two to three times better", else ("", "")."""
    lex = phrases()
    words = words_of(text) if words is None else words
    if m := lex.parity.search(text, words):
        return "parity", m.group(0)
    for m in lex.difference.finditer(text, words):
        if not _NEGATED_BEFORE.search(text, 0, m.start()):
            return "difference", m.group(0)
    if " than " in text and (m := _MORE_OF.search(text)):
        return ("parity" if m["no"] or m["not"] else "difference"), m.group(0)
    if m := _RISK_CHANGED.search(text):
        return "difference", m.group(0)
    return "", ""


# A difference in risk given as a number: "had a 29% higher risk", "42% less likely"
_RISK_CHANGED = re.compile(r"\b\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+(?:(?:higher|lower"
                           r"|greater|increased|reduced)\s+(?:risk|chance|odds|rate)"
                           r"|(?:more|less)\s+likely)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Cued:
    """Units ``a`` and ``b`` (indexes into the units) share a topic and a cue."""

    a: int
    b: int
    reason: str  # a key of LIFT
    detail: str
    score: float


@cache
def antonyms() -> dict[str, frozenset[str]]:
    """WordNet 3.0's antonyms (``data/antonyms.tsv``), each lemma to its opposites."""
    found: dict[str, set[str]] = {}
    text = resources.files("annotator.consistency.data").joinpath("antonyms.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            a, b = line.split("\t")
            found.setdefault(a, set()).add(b)
            found.setdefault(b, set()).add(a)
    return {word: frozenset(others) for word, others in found.items()}


def speaker_of(text: str) -> str | None:
    """The named person a unit is attributed to ("…,” said Smith", "according
    to Jones"), if any: the capitalised word nearest the reporting verb."""
    verb = _SPEAKER.search(text)
    if verb is None:
        return None
    around = text[max(verb.start() - 40, 0) : verb.end() + 40]
    names = [n for n in re.findall(r"\b[A-Z][a-z]+\b", around) if n.lower() not in _NOT_NAMES]
    return names[-1] if names else None


# A condition said to show nothing ("Most people with high blood pressure have no
# symptoms", "causes no pain and no early symptoms"), against one said to show
# symptoms as a rule ("usually causes headaches", "Most people … notice blurred vision").
_NO_SYMPTOMS = re.compile(
    r"\b(?:no|without(?:\s+any)?|few\s+or\s+no|n[o’']t\s+(?:cause|have)\s+any)\s+(?:(?:early"
    r"|obvious|noticeable|warning|clear|outward)\s+)?(?:symptoms?|signs?)\b"
    r"|\b(?:symptomless|asymptomatic)\b", re.IGNORECASE)
_AS_A_RULE = re.compile(r"\b(?:usually|always|typically|most\s+(?:people|patients|adults"
                        r"|children|women|men)|(?:almost|nearly)\s+(?:all|everyone))\b",
                        re.IGNORECASE)
_SYMPTOM = re.compile(r"\b(?:cause[sd]?|notice[sd]?|feel|get|have|develop|experience)\s+"
                      r"(?:[\w-]+\s+){0,3}?(?:pain|aches?|headaches?|nosebleeds?|blurred\s+vision"
                      r"|fatigue|tiredness|thirst|dizziness|nausea|swelling|symptoms?)\b",
                      re.IGNORECASE)


# A quotation mark opening a unit; any quotation mark.
_OPENS_QUOTE = re.compile(r"^[\"“]")
_QUOTE_MARK = re.compile(r"[\"“”]")
# Units this close (characters between them) are of one paragraph or of the next.
_NEXT_PARAGRAPH = 4


def speakers(units: Sequence[Any]) -> list[str | None]:
    """The named person each unit is attributed to: its own attribution (`speaker_of`),
    or, for a unit of a quotation that names no one, the speaker of the quotation it
    goes on from (`“The benefit is large.”` right after `“…,” said Dr. Reyes.`) or
    into (`“It works. / It is safe,” said Smith.`)."""
    texts = [(unit_value(u, "text") or "").strip() for u in units]
    said = [speaker_of(t) for t in texts]
    # Whether each unit starts inside a quotation, and whether one is open at its end.
    quoted, open_after, still_open = [], [], False
    for k, text in enumerate(texts):
        inside = bool(_OPENS_QUOTE.match(text)) or (still_open and _gap(units, k - 1, k) <= 1)
        quoted.append(inside)
        for mark in _QUOTE_MARK.findall(text):
            inside = mark == "“" or (mark == '"' and not inside)
        open_after.append(inside)
        still_open = inside
    for k in range(1, len(units)):  # goes on from an attributed unit
        if said[k] is None and quoted[k] and said[k - 1] is not None \
                and _gap(units, k - 1, k) <= _NEXT_PARAGRAPH:
            said[k] = said[k - 1]
    for k in range(len(units) - 2, -1, -1):  # goes on into the attribution
        if said[k] is None and quoted[k] and open_after[k] and said[k + 1] is not None \
                and _gap(units, k, k + 1) <= 1:
            said[k] = said[k + 1]
    return said


def _gap(units: Sequence[Any], i: int, j: int) -> int:
    end, start = unit_value(units[i], "end"), unit_value(units[j], "start")
    return start - end if end is not None and start is not None else _NEXT_PARAGRAPH + 1


def same_sentence(units: Sequence[Any], i: int, j: int) -> bool:
    """Two halves of one sentence ("few side effects at low doses; high doses can
    ..."): the writer set them side by side on purpose. A split leaves "; " or
    ", " between the halves and no full stop at the end of the first."""
    if not 0 <= _gap(units, i, j) <= 2:
        return False
    return not unit_value(units[i], "text").rstrip("\"'”’)]").endswith((".", "!", "?"))


def halves(units: Sequence[Any], indexes: Sequence[int]) -> set[tuple[int, int]]:
    """The pairs (i, j) of `indexes` for which :func:`same_sentence` holds, found
    among the units starting up to two characters after one ends."""
    by_start = sorted((start, j) for j in indexes
                      if (start := unit_value(units[j], "start")) is not None)
    found = set()
    for i in indexes:
        if (end := unit_value(units[i], "end")) is None:
            continue
        for _start, j in by_start[bisect.bisect_left(by_start, (end, -1)) :]:
            if _start > end + 2:
                break
            if i != j and same_sentence(units, i, j):
                found.add((i, j))
    return found


_ROW_CELLS = re.compile(r"\t|[ \t]\|[ \t]")


def side_by_side(units: Sequence[Any], indexes: Sequence[int]) -> set[tuple[int, int]]:
    """The pairs (i, j) of `indexes` set side by side on purpose: the halves of one
    sentence (:func:`halves`), and two rows of one table, each on its line under the
    other ("2 to 4 years | 12 to 16 kg | 7.5 ml (180 mg)" / "6 to 8 years | 20 to 25
    kg | 5 ml (250 mg)": doses for two ages, not one dose said twice)."""
    found = halves(units, indexes)
    wanted = set(indexes)
    table: list[int] = []
    end = None
    for j, unit in enumerate(units):
        start = unit_value(unit, "start")
        if start is None or not _ROW_CELLS.search(unit_value(unit, "text") or ""):
            table, end = [], None  # a line of its own between two rows ends the table
            continue
        if end is None or not 0 < start - end <= 2:
            table = []
        if j in wanted:
            found.update((i, j) for i in table)
            found.update((j, i) for i in table)
            table.append(j)
        end = unit_value(unit, "end")
    return found


def different_speakers(a: str | None, b: str | None) -> bool:
    """Two units attributed to two different people: people disagreeing, not
    the article contradicting itself."""
    return a is not None and b is not None and a != b


def _is_negation(word: str) -> bool:
    return word in lexicon().negations or bool(_NEGATED_CONTRACTION.search(word))


# "You can drive yourself home" / "You cannot drive for the rest of the day": a
# verb allowed after "can" or "may" and ruled out after a negated modal.
_ALLOWING = {"can", "may"}
_RECOMMENDED = {"recommend", "advise", "encourage", "permit", "allow"}
# What an act is called when nothing bad comes of it ("Scratching is harmless").
_HARMLESS = {"safe", "fine", "harmless", "okay", "ok", "alright"}
# What an act is called by "a safe way": a way, an option … of doing something.
_WAYS = {"way", "option", "choice", "method", "practice", "idea"}
# "… unless your doctor tells you to": no exception, the instruction stands.
_ADVISER_SAYS = re.compile(r"(?:your|a)\s+(?:doctor|pharmacist|nurse|healthcare\s+provider)\s+"
                           r"(?:tell|say|advise|recommend|direct|prescribe)\b")
_RULING_OUT = {"can", "may", "must", "should"}
_CONDITIONS = {"if", "unless", "when", "while", "until"}
_LIMITS = {"more", "less", "over", "above", "beyond", "too", "exceed"}
_BETWEEN_MODAL_AND_VERB = {"be", "have", "do", "also", "still", "only", "always", "usually",
                           "often"}


# How well something is done to it: "is poorly absorbed" / "the best-absorbed form",
# "well tolerated" / "not well tolerated".
_MANNER = re.compile(r"\b(?P<not>not\s+)?(?P<how>poorly|badly|well|best|better|easily|readily)"
                     r"[\s-]+(?P<what>[a-z]+ed)\b", re.IGNORECASE)
_POORLY = {"poorly", "badly"}


def _manners(text: str) -> frozenset[tuple[str, int, frozenset[str]]]:
    """(the participle's stem, +1 done well or -1 badly, the stems of what it is
    said of: the clause's words before it), for "Magnesium oxide is poorly absorbed"."""
    found = set()
    function = lexicon().function_words
    for m in _MANNER.finditer(text):
        side = -1 if (m["how"].lower() in _POORLY) != bool(m["not"]) else 1
        clause = re.split(r"[,;:]", text[: m.start()])[-1].lower()
        subject = frozenset(stem(w) for w in _WORD.findall(clause)
                            if w not in function and w not in _QUANTIFIERS and len(w) > 2)
        found.add((stem(m["what"].lower()), side, subject))
    return frozenset(found)


def _object_words(words: Sequence[str]) -> list[str]:
    """The content words of the noun phrase opening `words` (what a verb is done
    to): "all food that contain …" gives food, "grapefruit juice while …" both."""
    function = lexicon().function_words
    found: list[str] = []
    for word in words:
        if word in function or word in _QUANTIFIERS or not _WORD.fullmatch(word):
            if found:
                break
            continue
        found.append(word)
    return found


def _obligations(lemmas: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """What a unit makes a duty ("must avoid foods …", "have to take", "should
    avoid") and says is none ("do not need to avoid foods …", "no need to take",
    "need not avoid"): each as its verb and a content word of what follows it
    ("avoid food"), so that "avoid grapefruit" and "avoid spinach" stay apart."""
    required, exempt = set(), set()
    for k, word in enumerate(lemmas[:-1]):
        if word in ("must", "should"):
            if _is_negation(lemmas[k + 1]):
                continue  # "must not": ruled out (_permissions)
            at, side = k + 1, required
        elif word in ("need", "have") and lemmas[k + 1] == "to":
            at, side = k + 2, exempt if _denied(lemmas, k) else required
        elif word == "need" and _is_negation(lemmas[k + 1]):
            at, side = k + 2, exempt  # "need not avoid"
        elif word == "need":
            # "Everyone needs a flu vaccine" / "Adults do not need a flu vaccine"
            at, side = k, exempt if _denied(lemmas, k) else required
        else:
            continue
        while at < len(lemmas) and lemmas[at] in _ADVERBS_OF_DUTY:
            at += 1  # "you should still get vaccinated"
        passive = lemmas[at : at + 1] == ["be"] and at + 1 < len(lemmas) \
            and lemmas[at + 1] not in lexicon().function_words
        at += passive  # "It should be started during a flare": the act, in the passive
        verb = lemmas[at] if at < len(lemmas) else ""
        if not _WORD.fullmatch(verb) or verb in _BETWEEN_MODAL_AND_VERB or _is_negation(verb):
            continue
        verb = _duty_verb(verb) + _PASSIVE * passive
        side.update(f"{verb} {stem(w)}" for w in _object_words(lemmas[at + 1 : at + 6]))
    return frozenset(required), frozenset(exempt)


_OBTAINING = {"get", "have", "receive", "need"}
_STOPPING = {"stop", "quit"}
# An instruction to go on doing something: "Keep giving iron medicines as normal".
_GOING_ON = {"keep", "continue"}
# An instruction to keep away from a thing, and one to take it.
_AVOIDING = {"avoid", "skip"}
_TAKING = {"take", "use", "give", "eat", "drink", "try"}
_ADVERBS_OF_DUTY = {"also", "still", "only", "always", "usually", "often", "really"}


# Marks a duty said in the passive ("start* flare"): what the act is done to is its
# subject, not the words after it, so those words must be said by the other unit too.
_PASSIVE = "*"


def _duty_verbs(duties: frozenset[str], other: frozenset[str]) -> set[str]:
    """The verbs of `duties`; of one said in the passive, only when the `other`
    unit's stems hold the words after it ("It should be started during a flare" /
    "… should not be started during a flare"; not "must be taken at bedtime" /
    "must not be taken during pregnancy")."""
    verbs = set()
    for duty in duties:
        verb, _, after = duty.partition(" ")
        if not verb.endswith(_PASSIVE):
            verbs.add(verb)
        elif after in other:
            verbs.add(verb.removesuffix(_PASSIVE))
    return verbs


def _duty_verb(verb: str) -> str:
    """To get, have, receive or need a thing are one duty: having it."""
    return "obtain" if verb in _OBTAINING else verb


def _denied(lemmas: Sequence[str], k: int) -> bool:
    """A negation, or "no", in the two words before `k`: "do not need", "no need"."""
    return any(_is_negation(w) or w == "no" for w in lemmas[max(k - 2, 0) : k])


def _opens_with_not(lemmas: Sequence[str]) -> int | None:
    """Where the verb of an opening instruction not to is ("Do not drive", "Never
    drive": its index), or None; after "but" or "please" ("but please do not give
    ibuprofen", a clause cut from its sentence)."""
    skip = 0
    while skip < 2 and lemmas[skip : skip + 1] in (["but"], ["please"]):
        skip += 1
    if lemmas[skip : skip + 1] == ["never"]:
        return skip + 1
    return skip + 2 if lemmas[skip : skip + 2] in (["do", "not"], ["do", "n't"], ["do", "n’t"]) \
        else None


def _forbids(lemmas: Sequence[str], at: int) -> bool:
    """Whether the instruction not to whose verb is at `at` forbids it: not with a
    condition close after the verb ("Do not take it if you have an ulcer" is an
    exception, "unless your doctor tells you to" is none) nor a limit ("Do not take
    more than 6")."""
    verb, after = lemmas[at : at + 1], lemmas[at + 1 : at + 6]
    # ("Do not stop taking it, even if you feel well" forbids it all the more)
    conditions = [k for k, w in enumerate(after, at + 1)
                  if w in _CONDITIONS and lemmas[k - 1] != "even"]
    return bool(verb) and _WORD.fullmatch(verb[0]) is not None \
        and verb[0] not in _BETWEEN_MODAL_AND_VERB and not _LIMITS & set(after[:1]) \
        and all(_ADVISER_SAYS.match(" ".join(lemmas[k + 1 : k + 5])) for k in conditions)


# Words that open a clause an instruction may follow: "If you feel a flare coming on, start …"
# and a time frame or whom it is for: "For the first six weeks, do not bend your hip …"
# (and an answer: "No, keep giving iron medicines as normal")
_OPENING_CLAUSE = re.compile(
    r"(?:(?:if|when|whenever|once|after|before|until|unless|for|during|within)\b[^,;:]{1,80}"
    r"|yes|no),\s*(?=[a-z])", re.IGNORECASE)


def _main_clause(lemmas: Sequence[str], text: str) -> Sequence[str]:
    """The lemmas from the instruction on, past an opening clause and its comma ("if you feel
    a flare come on start allopurinol …": "start allopurinol …")."""
    opening = _OPENING_CLAUSE.match(text)
    return _lemmas_from(lemmas, text, opening.end()) or lemmas if opening else lemmas


def _lemmas_from(lemmas: Sequence[str], text: str, offset: int) -> Sequence[str]:
    """The lemmas from the word at `offset` of `text` on, or none: the word found among the
    lemmas near as many words in (lemmas carry no punctuation)."""
    word = _WORD.match(text, offset)
    at = len(_WORD.findall(text[:offset]))
    near = [k for k in range(max(at - 2, 1), min(at + 3, len(lemmas)))
            if word and lemmas[k] == word.group().lower()]
    return lemmas[near[0]:] if near else []


# A statement's consequence for the reader: "Hormone treatments raise oestrogen levels, so
# do not stop them suddenly" (a claim, by its statement: segmenter).
_SO_THEN = re.compile(r",\s+so\s+(?=(?:please\s+|do\s+not\s+|don[’']t\s+|never\s+|always\s+)?"
                      r"[a-z])")


def _consequence(lemmas: Sequence[str], text: str) -> Sequence[str]:
    """The lemmas of the instruction after a statement's ", so", or none."""
    then = _SO_THEN.search(text)
    return _lemmas_from(lemmas, text, then.end()) if then else []


def _instructions(lemmas: Sequence[str], text: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """("verb object", …) an instruction opening a unit of advice tells the reader to do, and
    those it tells them not to do (:func:`_forbids`): ({"give aspirin"}, {}) for "Give
    them an aspirin to chew", ({}, {"give person", "give aspirin"}) for "Do not give
    the person aspirin, food or drink"; `text`, the unit as written, tells a gerund
    ("Stop giving iron supplements": not to give them; "Keep giving iron": to)."""
    if lemmas[:1] == ["please"]:
        lemmas = lemmas[1:]  # "Please stop taking them two weeks before your test"
    at = _opens_with_not(lemmas)
    verb = lemmas[at or 0] if (at or 0) < len(lemmas) else ""
    # Advice opening with a word of its own, not "If you …", "You should …", "It is …".
    if not verb or verb in lexicon().function_words or not _WORD.fullmatch(verb) \
            or (at is not None and not _forbids(lemmas, at)):
        return frozenset(), frozenset()
    if at is None and verb in _GOING_ON | _STOPPING and len(lemmas) > 2 and any(
            lemmas[1] in _verbs_of_gerund(w) for w in _WORD.findall(text.lower())
            if _is_gerund(w)):
        acts = frozenset(f"{lemmas[1]} {stem(w)}" for w in _object_words(lemmas[2:][:5]))
        return (acts, frozenset()) if verb in _GOING_ON else (frozenset(), acts)
    said = frozenset(f"{verb} {stem(w)}" for w in _object_words(lemmas[(at or 0) + 1 :][:5]))
    return (frozenset(), said) if at is not None else (said, frozenset())


def _is_gerund(word: str) -> bool:
    """Whether a word as written is a verb's -ing form ("lying", "Scratching"; not
    "nothing", "anything")."""
    return word.endswith("ing") and not word.endswith("thing")


def _verbs_of_gerund(word: str) -> set[str]:
    """The verb a gerund is of, as the tagger may leave it ("scratching" read as a noun
    keeps its -ing): every form it can be ("driving": "driv", "drive"; "swimming": "swim")."""
    if not word.endswith("ing") or len(word) < 6:
        return {word}
    base = word[:-3]
    return {base, base + "e"} | ({base[:-1]} if base[-1] == base[-2] else set())


def _permissions(lemmas: Sequence[str], text: str = "",
                 advice: bool = False) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs a unit allows ("can drive", "will be able to drive", "Driving is safe")
    and rules out ("cannot drive", and an instruction: "Do not drive", "Never drive",
    "Avoid lying down"); `text`: the unit as written (a gerund's "-ing"); `advice`: the
    unit is advice, where a clause after "and" can be an instruction too."""
    allowed, ruled_out = set(), set()
    written = [w.strip(".,;:!?") for w in text.lower().split(maxsplit=2)]
    # "Avoid lying down for 3 hours", "Stop smoking": an instruction not to
    if len(written) > 1 and written[0] in ("avoid", "stop") and _is_gerund(written[1]) \
            and len(lemmas) > 1:
        ruled_out.update(_verbs_of_gerund(lemmas[1]))
    # An instruction not to (:func:`_forbids`): "Do not drive", "Never drive", "Never
    # pick or scratch the flakes" (both), in advice "…, and never reheat food more than
    # once" (in a claim, "… and doesn't cause breathing problems" says what a thing does).
    coordinated = (k + 1 for k, w in enumerate(lemmas) if w in ("and", "but")) if advice else ()
    for k in (0, *coordinated):
        if (at := _opens_with_not(lemmas[k:])) is not None and _forbids(lemmas, at := at + k):
            ruled_out.add(lemmas[at])
            if lemmas[at + 1 : at + 2] == ["or"] and _forbids(lemmas, at + 2):
                ruled_out.add(lemmas[at + 2])
    # "Reheating leftovers more than once is safe", "Scratching is harmless once it
    # peels": the act its gerund names is allowed ("is not safe": ruled out).
    if written and _is_gerund(written[0]) and lemmas and lemmas[0] not in lexicon().function_words:
        for k in range(1, min(len(lemmas) - 1, 8)):
            if lemmas[k] == "be":
                denied = _is_negation(lemmas[k + 1])
                rest = lemmas[k + 2 :] if denied else lemmas[k + 1 :]
                if rest[:1] in (["a"], ["an"]) and rest[2:3] and rest[2] in _WAYS:
                    rest = rest[1:]  # "Burning poison ivy is a safe way to get rid of it"
                said = rest[:1]
                if said and said[0] in _HARMLESS:
                    (ruled_out if denied else allowed).update(_verbs_of_gerund(lemmas[0]))
                break
    # "Alternating the two every 3 hours is recommended": what is recommended opens it.
    if len(lemmas) > 2 and lemmas[0] not in lexicon().function_words and any(
            lemmas[k : k + 2] == ["be", verb] for k in range(1, len(lemmas) - 1)
            for verb in _RECOMMENDED):
        allowed.add(lemmas[0])
    for k, word in enumerate(lemmas[:-2]):
        if word == "able" and lemmas[k + 1] == "to" and _WORD.fullmatch(lemmas[k + 2]):
            # "will not be able to drive" rules it out
            denied = any(_is_negation(w) for w in lemmas[max(k - 2, 0) : k])
            (ruled_out if denied else allowed).add(lemmas[k + 2])
    for k, word in enumerate(lemmas[:-1]):
        if word not in _RULING_OUT:
            continue
        rest = [w for w in lemmas[k + 1 : k + 4] if w not in _BETWEEN_MODAL_AND_VERB]
        negated = bool(rest) and _is_negation(rest[0])
        verb = rest[1] if negated and len(rest) > 1 else (rest[0] if rest else "")
        if not _WORD.fullmatch(verb) or _is_negation(verb):
            continue
        if negated:
            ruled_out.add(verb)
        elif word in _ALLOWING:
            allowed.add(verb)
    return frozenset(allowed), frozenset(ruled_out)


@dataclass(frozen=True)
class _Reading:
    stems: Counter[str]  # content stems of the unit with its context
    positive: frozenset[str]  # content stems said without a negation
    negated: frozenset[str]  # content stems in the reach of a negation
    sides: frozenset[tuple[str, int]]  # (group, side) of direction words, negation applied
    measures: dict[str, frozenset[tuple[float, float]]]  # what its numbers measure: values
    doses: tuple[doses.Dose, ...]
    own: frozenset[str]  # content stems of the unit itself (no context)
    said: frozenset[str]  # content lemmas said without a negation
    absolute: str  # the words of a claim that allow no exception, or ""
    caveat: str  # the words of an exception or a harm, or ""
    null: str  # the words of a claim that an effect was not found, or ""
    effect: str  # the words of a claim that something has an effect, or ""
    phrase_sides: tuple[tuple[str, int, str], ...]  # (group, side, phrase) of phrases.json
    comparison: tuple[str, str]  # ("parity" or "difference", phrase), or ("", "")
    safe_for: frozenset[str]  # the people a claim calls something safe for
    excludes: frozenset[str]  # the people a unit rules something out for
    role: tuple[str, str]  # (a role only one thing holds, the stem of its holder), or ("", "")
    ranking: tuple[str, str]  # (stems of what works better, of what worse), or ("", "")
    left_out: frozenset[str]  # the people a study is said to have left out
    allowed: frozenset[str]  # verbs allowed after "can" or "may"
    ruled_out: frozenset[str]  # verbs after a negated modal ("cannot", "should not")
    studied: frozenset[str]  # the people a study's finding is given to
    rare: str = ""  # the word that says something is rare, or ""
    share: float = 0.0  # the largest share of people the unit gives (percent)
    proven: str = ""  # the words that say something is proven, or ""
    unsettled: str = ""  # the words that say the evidence is not settled, or ""
    required: frozenset[str] = frozenset()  # "verb object" made a duty ("must avoid food")
    exempt: frozenset[str] = frozenset()  # "verb object" said to be no duty
    manners: frozenset[tuple[str, int, frozenset[str]]] = frozenset()  # see _manners
    # what it says does not exist (a count's noun) and what for (a stem), or ("", "")
    missing: tuple[str, str] = ("", "")
    only: str = ""  # the people something is said to happen only to ("only affects children")
    only_of: frozenset[str] = frozenset()  # the stems of what does ("ADHD")
    groups: frozenset[str] = frozenset()  # the people its shares are of ("4% of adults")
    # the people it opens on, said to get something, and the stems of what ("Babies can
    # be born with congenital glaucoma"), or ("", ∅)
    gets: str = ""
    gotten: frozenset[str] = frozenset()
    nation: float = 0.0  # the most a count of a country's people allows ("fewer than 2 million
    # Americans"), 0 when none
    counted: float = 0.0  # the least a count of people of any group allows ("9 million adults")
    nearly_all: str = ""  # the words that say almost everyone ("almost everyone"), or ""
    # (quality, stem of its one holder) of "X is the only pain reliever considered safe"
    only_one: tuple[str, str] = ("", "")
    holds: frozenset[tuple[str, str]] = frozenset()  # (quality, stem of holder): "Y is safe"
    every: frozenset[str] = frozenset()  # nouns said of every one ("in every state")
    only_some: frozenset[str] = frozenset()  # nouns counted after "only" ("only 20 states")
    side_words: frozenset[tuple[str, str]] = frozenset()  # (word or negation, group)
    safe: bool = False  # a claim that something is safe ("at or below 70 dB are … safe")
    harmful: str = ""  # the harm a claim says something does ("dama" of "can … damage")
    harmless: str = ""  # the harm it says something does not do ("does not cause … damage")
    # the stems of what a "does not …" null is said of ("food" of "food does not affect how
    # well it works"; none for a pronoun, "no effect" or "No study has shown")
    null_of: frozenset[str] = frozenset()
    # "verb object" an instruction tells the reader to do ("Give them an aspirin": give
    # aspirin) and tells them not to ("Do not give the person aspirin": give aspirin)
    commands: frozenset[str] = frozenset()
    forbidden: frozenset[str] = frozenset()
    # the people a claim says cannot get something ("People with dark skin cannot get
    # melanoma"), and every group it names, comparatives read plain ("darker": dark)
    spared: frozenset[str] = frozenset()
    named: frozenset[str] = frozenset()
    # where a claim says something happens: "only" somewhere ("only develops on skin
    # exposed to the sun"), "any"where ("can appear anywhere on the body"), or ""; at
    # "only stage" of an illness ("only for people with early …") or at "any stage"
    scope: str = ""
    # "no symptoms" for a claim that something shows none; "symptoms" for one that it
    # shows some as a rule ("usually causes headaches"); or ""
    symptoms: str = ""
    timed: frozenset[str] = frozenset()  # what its durations and ages are of (_timed)
    most: str = ""  # the people a claim says most of do something ("Most children …"), or ""
    lifelong: str = ""  # the words that say something goes on for life, or ""
    little: str = ""  # the stem of a good a claim says there is little of ("protec"), or ""
    # (the stem of what has more of it, of what has less, the stems of what it is) for
    # "Apixaban causes more major bleeding than warfarin", or ("", "", ∅)
    more_of: tuple[str, str, frozenset[str]] = ("", "", frozenset())
    # The stems of what a claim says something is treated with ("antibi", "doxycy" …)
    treated_with: frozenset[str] = frozenset()
    # (stem of what for, kind) of a remedy named as in use: ("lym", "vaccine") for "Two
    # doses of the Lyme vaccine protect most adults"
    in_use: frozenset[tuple[str, str]] = frozenset()
    always: str = ""  # the words that say something happens in every case, or ""
    sometimes: str = ""  # the words that say it happens in some cases only, or ""
    # The stems of the words the unit's negations deny, each the first content word
    # after its negation ("spread" of "Head lice do not spread disease")
    denied: frozenset[str] = frozenset()
    parity: frozenset[str] = frozenset()  # two groups something is as common in (_parity)
    lives: frozenset[str] = frozenset()  # the times of life it names: "young", "grown"
    # what one drop, capsule … holds ("Each capsule provides 100 mg") and what a count of
    # them is said to come to ("two capsules give you 300 mg"): doses.each_holds, adds_up
    each_holds: frozenset[tuple[str, str, float]] = frozenset()
    adds_up: frozenset[tuple[str, str, float, float]] = frozenset()
    # (who, stem of the act, stems of what it is done to, alone) of each person a unit
    # says may do or does an act, alone if "only" they may: _decisions
    decisions: frozenset[tuple[str, str, frozenset[str], bool]] = frozenset()
    # the stems of what a unit says a thing is free of ("peroxide-free", "never contain
    # peanuts") and of what it says a thing contains ("contain … carbamide peroxide", "a
    # petroleum jelly base"): _free_of, _contained
    free_of: frozenset[str] = frozenset()
    contains: frozenset[str] = frozenset()
    # the stems of what a unit says something is high in ("among the fruits highest in
    # potassium", "high-fibre") and low in ("a low-potassium fruit"): _levels_of
    high_in: frozenset[str] = frozenset()
    low_in: frozenset[str] = frozenset()
    # its said words made opposite by a prefix, each with the stems of the word without it:
    # ("non-ionising", {"ionis"}), ("unlocked", {"locked", "lock"})
    opposed: frozenset[tuple[str, frozenset[str]]] = frozenset()
    # the figures a unit puts in a class, each with the class: ("7", "high") for
    # "Readings of 7, 8 or 9 are classed as High": _classed
    classed: frozenset[tuple[str, str]] = frozenset()
    # (before or after, stems of the event it is timed against, stems of the rest of the
    # unit) of each act a unit times against another ("sign the declaration before their
    # first lesson"): _order
    order: frozenset[tuple[str, frozenset[str], frozenset[str]]] = frozenset()
    # the stems of what a unit says is compulsory ("Kennel cough vaccination is
    # compulsory", "must wear a helmet") and of what it says is not ("Helmets are optional",
    # "We do not require kennel cough vaccination"): _needed
    compulsory: frozenset[str] = frozenset()
    optional: frozenset[str] = frozenset()
    # the stems of what a unit keeps to one user ("Only one person may be on each
    # trampoline", "never mixed with cats from other households") and of what it says
    # users share ("Two jumpers may share a trampoline"): _kept_to_one, _shared
    one_each: frozenset[tuple[str, str]] = frozenset()
    shared: frozenset[tuple[str, str]] = frozenset()
    # whether a unit says some people must be accompanied or supervised ("Visitors under
    # 16 must be accompanied by an adult"), and whether it lets them go without ("aged 14
    # and over may visit on their own"): _SUPERVISED, _UNSUPERVISED
    supervised: bool = False
    unsupervised: bool = False
    # the stems of the things a unit says are banned ("Somersaults, flips and backdrops are
    # banned", "medical oxygen cylinders are not permitted") and of those it says are allowed
    # ("Front and back flips are allowed", "Passengers may bring … oxygen cylinders"):
    # _status_of
    banned: frozenset[str] = frozenset()
    welcome: frozenset[str] = frozenset()
    # whether a unit rules out alcohol ("Never use the thermal suite after drinking
    # alcohol", "Avoid alcohol for the first 48 hours") and the alcoholic drink it offers
    # ("includes a glass of prosecco", "A glass of wine in the evening"): _NO_ALCOHOL,
    # _DRINK_OFFERED
    no_alcohol: bool = False
    drink_offered: str = ""
    # what a unit says costs nothing ("Your hearing assessment with us is completely free")
    # and what it gives a price for ("The assessment fee of £45"), each as (stem of the
    # head noun, stems of the words before it): _costs
    free_of_charge: frozenset[tuple[str, frozenset[str]]] = frozenset()
    priced: frozenset[tuple[str, frozenset[str]]] = frozenset()
    # what a unit says a thing is made of, as (stem of the thing, material): ("jewelleri",
    # "titanium") of "Every piece of starter jewellery we fit is implant-grade titanium",
    # ("oil", "sunflower") of "We use an organic, unscented sunflower oil": _made_of
    made_of: frozenset[tuple[str, str]] = frozenset()
    # where a unit says a thing is, as (stem of the thing, the place, the place's stems):
    # ("tent", "the Green Field", {"green", "field"}) of "You'll find the Welfare Tent in the
    # Green Field": _placed
    placed: frozenset[tuple[str, str, frozenset[str]]] = frozenset()
    # who a unit says never does an act, as (person, stem of the act, stems of what): ("staff",
    # "giv", {"calpol", "paracetamol", …}) of "Staff will not give Calpol or any other
    # paracetamol": _refusals
    refused: frozenset[tuple[str, str, frozenset[str]]] = frozenset()


def _content(words: Sequence[str]) -> list[str]:
    function = lexicon().function_words
    return [w for w in words if w not in function and len(w) > 2 and _WORD.fullmatch(w)]


def _measures(text: str, published: str | None) -> dict[str, frozenset[tuple[float, float]]]:
    """What the unit's numbers measure, each with the values given; a
    percentage by what it is of: "26% of products" (a share) never pairs with
    "0.3% THC" (a content)."""
    found: dict[str, set[tuple[float, float]]] = {}
    mentions = quantities.extract(text, published)
    for k, q in enumerate(mentions):
        if q.basis == quantities.TIME_POINT:
            continue
        kind = q.kind
        if kind == "percent":
            # "74% and 347% of the labeled dose": the first is of what the second is of.
            following = next((m for m in mentions[k + 1 :] if m.kind == "percent"), None)
            shared = following is not None and re.fullmatch(
                r"\s*(?:and|or|to|-|–)\s*", text[q.end : following.start])
            # "1 in 5 adults" is a share of adults, as "20% of adults" is, and "1 to 3
            # people out of 100" of the people it names.
            # "a third of patients" too: its "of" is inside the phrase.
            # ("251 of the 412 readers": of the readers after it)
            in_n = re.search(r"\b(?:in|out\s+of)\b|\bof\s*$|^\d[\d,]*\s+of\s+(?:the\s+)?\d",
                             text[q.start : q.end]) is not None
            named = _NAMED_SHARE.search(q.phrase)
            kind = f"percent of {_share_key(named['who'].lower())}" \
                if named and named["who"].lower() not in quantities.WORDS \
                else _percent_of(text, following.end if shared else q.end, in_n)
            if kind.startswith("percent of") and _SHARE_DENIED.match(text, q.end):
                # "Two thirds of adults do not eat enough fish" is no share of those who
                # do (the parse-level rules read the third who do).
                kind += " not"
        if kind.startswith("percent"):
            words = kind.split()
            if len(words) == 2 and words[1] in _CHANGE_WORDS:
                kind = f"percent {_CHANGE_WORDS[words[1]]}"
            elif likely := _LIKELY.match(text, q.end):
                kind = "percent lower" if likely["dir"].lower() == "less" else "percent higher"
            elif (changed := _CHANGED_BY.search(text, 0, q.start)) is not None:
                kind = "percent higher" if changed["verb"].lower() == "increas" else "percent lower"
        elif kind in _STUDIED or (kind in _STUDIED_PEOPLE
                                  and _ENROLLED.search(text, 0, q.start) is not None):
            # as what the numbers count too: the people studied, however named
            found.setdefault("count:participant", set()).add((_rounded(q.low), _rounded(q.high)))
        found.setdefault(kind, set()).add((_rounded(q.low), _rounded(q.high)))
    # "roughly halved" the rates "87% lower" gives, and so does a hazard ratio of 0.13
    changes = [("percent lower", low, high) for low, high in quantities.halvings(text)]
    for m in _RATIO.finditer(text):
        ratio = float(m["value"])
        if ratio < 1:
            changes.append(("percent lower", 100 * (1 - ratio), 100 * (1 - ratio)))
        elif ratio > 1:
            changes.append(("percent higher", 100 * (ratio - 1), 100 * (ratio - 1)))
    for kind, low, high in changes:
        found.setdefault(kind, set()).add((_rounded(low), _rounded(high)))
    return {kind: frozenset(values) for kind, values in found.items()}


def _rounded(value: float) -> float:
    """`value` to three decimals, or three figures when smaller than 0.1: "every two
    years" and "every three years" are 0.00137 and 0.000913 a day, not both 0.001."""
    return round(value, 3) if abs(value) >= 0.1 else float(f"{value:.3g}")


# A relative change however it is worded: "a 59% reduction", "41% lower" ("35 percent
# fewer flares" and "10 percent more per week" say of what, and keep their words).
_CHANGE_WORDS = {"reduction": "lower", "decrease": "lower", "lower": "lower",
                 "increase": "higher", "higher": "higher"}
# "42% less likely", "29% more likely": a change in risk
_LIKELY = re.compile(r"\s*(?:%|per\s*cent|percent)?\s*(?P<dir>less|more)\s+likely\b", re.IGNORECASE)
# "reduced the decline in FVC at week 52 by 41%": a percentage a verb of change is by
_CHANGED_BY = re.compile(r"\b(?P<verb>reduc|decreas|lower|cut|increas)\w*\b[^.;:%]{0,60}?"
                         r"\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+"
                         r"|more\s+than\s+)?$", re.IGNORECASE)
# "a hazard ratio for all-cause dementia of 0.82": 18% lower
_RATIO = re.compile(r"\b(?:hazard|risk|odds|rate)\s+ratios?\b[^.;:\d]{0,40}?"
                    r"(?<![\d.])(?P<value>[0-3]\.\d+)\b", re.IGNORECASE)
# The people a study took in: "enrolled 3,100 adults", "Among 236 adults with …", "the
# 2,400 volunteers", "Of the 198 participants randomized"
_STUDIED = {"count:participant", "count:volunteer", "count:subject"}
_STUDIED_PEOPLE = {"count:adult", "count:patient", "count:people", "count:person",
                   "count:child", "count:woman", "count:man"}
_ENROLLED = re.compile(r"\b(?:enrolled|enrolling|recruited|recruiting|randomi[sz]ed|involving"
                       r"|included|among)\s+(?:about\s+|around\s+|nearly\s+|almost\s+"
                       r"|more\s+than\s+|over\s+)?$", re.IGNORECASE)


# A share's verb denied, before any clause of its own: "… of adults do not eat enough
# fish", "… fail to respond"; not "… of patients who did not respond".
_SHARE_DENIED = re.compile(
    r"(?:(?!\b(?:who|that|which|whose)\b)[^.,;:()])*?\b(?:(?:do|does|did|are|is|were|was"
    r"|will|would|can|could|have|has|had)\s+not|(?:do|does|did|are|is|were|was|wo|would|ca"
    r"|could|have|has|had)n[’']t|never|fail(?:s|ed)?\s+to)\b", re.IGNORECASE)


# Words near a duration that say nothing of what takes that long.
_NOT_EVENTS = {"usually", "often", "typically", "always", "most", "some", "may", "can",
               "about", "around", "just", "only", "still", "even", "first", "last",
               "people", "person", "patient", "patients", "adult", "adults"}


# What a time is counted from ("14 days after surgery", "4 to 10 days after the bite"): the
# same start for two events does not make them one.
_ANCHOR = re.compile(r"\s*(?:after|since|following|from)\b", re.IGNORECASE)


def _timed(text: str, published: str | None) -> frozenset[str]:
    """The stems of what the unit's durations and ages are of: up to six content words
    before each and three after, an age's own words too ({"young", "athlet", "recove"}
    for "Most young athletes recover within 2 to 4 weeks"); two durations of different
    events share none."""
    # (an age's own words say whose it is: "Men over 75")
    spans = [(q.start, q.start if q.kind == "age" else q.end)
             for q in quantities.extract(text, published) if q.kind in _OF_EVENTS]
    if not spans:
        return frozenset()
    function = lexicon().function_words
    words = [(m.start(), m.group(0).lower()) for m in _WORD.finditer(text)]
    words = [(at, w) for at, w in words
             if w not in function and w not in _NOT_EVENTS and not _is_negation(w)]
    # Side effects by name or as such are one kind of event: "Soreness … can last up to two
    # weeks" / "These side effects usually go away within two to three days".
    harms = [m.start() for m in _SIDE_EFFECT.finditer(text)] + [
        m.start() for m in phrases().harms.finditer(text)]
    near: set[str] = set()
    for start, end in spans:
        before = [(at, w) for at, w in words if at < start][-6:]
        # ("two weeks after surgery": from when, not of what)
        after = [] if _ANCHOR.match(text, end) else [(at, w) for at, w in words if at >= end][:3]
        near.update(stem(quantities.singular(w)) for _, w in before + after)
        reach = before + after
        if reach and any(reach[0][0] <= at <= reach[-1][0] for at in harms):
            near.add("<harm>")
    # An illness's or an effect's end, or its onset, in other words: "gets better … in 7
    # to 10 days" / "rarely lasts longer than three days"; "show the first signs 3 to 5
    # days after" / "symptoms appear around …"; a course of treatment's length.
    near.update(event for event, stems in _EVENT_STEMS.items() if near & stems)
    return frozenset(near)


_EVENT_STEMS = {
    # ("back to normal within 2 to 3 weeks")
    "<over>": frozenset({"last", "clear", "resolv", "better", "recove", "settl", "heal", "improv",
                         "disapp", "fad", "wear", "normal", "shrink"}),
    # (and when a treatment starts to work: "takes 2 to 3 days before you notice any
    # effect" / "takes at least eight weeks to make any difference")
    "<onset>": frozenset({"appear", "start", "begin", "show", "develo", "onset", "incuba",
                          "sign", "notic", "differ", "benefi", "kick", "appar"}),
    # a treatment's length: "only prescribe it for up to 5 days" / "a course lasts 1 to 2 weeks"
    "<course>": frozenset({"cours", "prescr"}),
}


_SAID_OF_ONSET = frozenset({"<onset>"})


_NAMED_SHARE = re.compile(r"(?P<who>[^\W\d_]+)\s+(?:out\s+of|in)\b", re.IGNORECASE)
_QUANTIFIERS = {"all", "some", "most", "many", "each", "every", "any", "both", "total",
                "those", "these", "their", "its", "our", "your", "such"}


_CHANCES = {"chance", "risk", "odds", "likelihood"}


def _percent_of(text: str, end: int, share: bool = False) -> str:
    """What a percentage ending at `end` is a share of, by the first word that
    says: ``percent of melatonin`` for "74% of melatonin gummies", ``percent of
    product`` for "26% of the products", ``percent thc`` for "0.3% THC", plain
    ``percent`` when nothing says. A `share` ("1 in 5 adults") is of the words after it."""
    function = lexicon().function_words
    after = _INITIALS.sub(lambda m: _INITIALS_READ[m[0]], text[end : end + 80])  # "U.S. adults"
    after = _TOOK_PART.sub("participants", after)
    words = [w.lower() for w in _WORD.findall(after[: re.search(r"[.,;:()]|$", after).start()])]
    # "half of all women": the fraction's "of" is inside it, so it is of the words after
    of_inside = bool(words[1:]) and words[0] in _QUANTIFIERS and not share
    if of_inside:
        words = words[1:]
    if not words:
        return "percent"
    if words[0] != "of" and not share and not of_inside:
        return f"percent {words[0]}" if words[0] not in function else "percent"
    if share and (words[0] in _AUXILIARIES or words[0] in _MODALS):
        return "percent of"  # "97 out of every 100 were still working": of whatever it says
    nouns = words[1:] if words[0] == "of" else words  # `share`: "1 in 5 adults"
    k = next((k for k, w in enumerate(nouns) if w not in function and w not in _QUANTIFIERS),
             None)
    if k is None:
        return "percent of"
    if share and k == 0 and nouns[k] in _CHANCES:
        return f"percent {nouns[k]}"  # "a one in four chance", as "a 25% chance"
    # "19.8% of their starting body weight" and "15% of their weight" measure one thing;
    # so do "nearly half of American adults" and "1 in 10 U.S. adults".
    while k + 1 < len(nouns) and (nouns[k] in _BASELINE or nouns[k] in _NATIONAL):
        k += 1
    if nouns[k] == "body" and nouns[k + 1 : k + 2] == ["weight"]:
        k += 1
    if nouns[k] in _ON_A_DRUG and k + 1 < len(nouns):
        # "21% of those taking dorapant": of whoever takes it, as "four in ten patients who
        # took dorapant" are
        return f"percent of {_share_key('people')} on {_share_key(_drug_after(nouns[k + 1 :]))}"
    # "infected people", "older adults": people, whatever they are said to be ("flu
    # cases" are no people).
    if k + 1 < len(nouns) and nouns[k] not in _people_keys() \
            and _people_keys().get(nouns[k + 1]) not in (None, "case", "those"):
        return f"percent of {_share_key(nouns[k])} {_share_key(nouns[k + 1])}"
    # "adults with ADHD" are not all adults; "adults on statins" neither, but "their weight
    # on average" is their weight.
    if k + 1 < len(nouns) and nouns[k + 1] in _QUALIFIERS and not (
            nouns[k + 1] == "on" and nouns[k] not in _people_keys()):
        which = _qualified_by(nouns[k + 2 :]) if nouns[k + 1] == "who" \
            else next((w for w in nouns[k + 2 :] if w not in function), "")
        if nouns[k + 1] in _ON_A_DRUG or which in _ON_A_DRUG:
            # "people taking ramipril", "patients who took dorapant": of whoever takes it
            rest = nouns[k + 2 :] if nouns[k + 1] in _ON_A_DRUG else \
                nouns[nouns.index(which, k + 2) + 1 :]
            if (drug := _drug_after(rest)):
                return f"percent of {_share_key('people')} on {_share_key(drug)}"
        # "people taking ramipril" are "people on ramipril"
        qualifier = "on" if nouns[k + 1] == "taking" else nouns[k + 1]
        return f"percent of {_share_key(nouns[k])} {qualifier} {_share_key(which)}".rstrip()
    return f"percent of {_share_key(nouns[k])}"


# Taking a medicine, however said: "people taking", "those given", "patients who took".
_ON_A_DRUG = {"taking", "took", "take", "takes", "taken", "given", "using", "used", "receiving",
           "received", "on"}


def _drug_after(words: Sequence[str]) -> str:
    """The first content word of what is taken ("dorapant" of "the drug dorapant" would be
    "drug": the first word names it)."""
    function = lexicon().function_words
    return next((w for w in words if w not in function and w not in _DETERMINERS), "")


def _qualified_by(words: Sequence[str]) -> str:
    """What a relative clause says its people have or do, by its first content word
    after any auxiliary, or the noun its verb takes: "kit" of "who are sent a kit" and
    of "who get a kit", "diabetes" of "who have diabetes", "smoke" of "who smoke"."""
    function = lexicon().function_words
    content = [k for k, w in enumerate(words) if w not in function and w not in _AUXILIARIES
               and w not in _MODALS and not _is_negation(w)]
    if not content:
        return ""
    k = content[0]
    # ("who do not smoke" are others than "who smoke")
    denied = "not " if any(_is_negation(w) for w in words[:k]) else ""
    if words[k + 1 : k + 2] and words[k + 1] in _DETERMINERS:
        return denied + next((words[j] for j in content[1:] if j > k + 1), words[k])
    return denied + words[k]


_DETERMINERS = {"a", "an", "the", "their", "his", "her", "its", "some", "any"}


def _share_key(noun: str) -> str:
    """What a share is of, one or many: "one call in six" and "60% of the calls"; the
    population is its people ("0.1% of the population", "1 in 100 people")."""
    if noun.lower() in ("pregnancy", "pregnancies"):
        # a share of pregnancies is one of pregnant women ("1 in 140 pregnancies" / "two
        # in every hundred pregnant women")
        return f"{stem('pregnant')} {stem(quantities.singular('women'))}"
    return stem(quantities.singular(_EVERYONE.get(noun, noun)))


# ("1 in 25 adults over 40" / "4 in every 1,000 people over 40": the same people)
_EVERYONE = {"population": "people", "populace": "people", "public": "people",
             "grown-ups": "people", "grown-up": "people", "grownups": "people",
             "adults": "people", "adult": "people", "individuals": "people"}


_QUALIFIERS = {"with", "without", "who", "taking", "on"}
_NATIONAL = {"american", "british", "english", "scottish", "welsh", "irish", "canadian",
             "australian", "european", "usa", "uk"}
# (their stops would end what a share is of; "US" read as "us" would be a pronoun)
_INITIALS_READ = {"U.S.": "USA", "U.K.": "UK"}
_INITIALS = re.compile(r"\bU\.[SK]\.")
# A trial's participants named by what they did: "one in four of those who took part".
_TOOK_PART = re.compile(r"\b(?:all\s+)?(?:those|the\s+people|people|everyone|patients)\s+who"
                        r"\s+took\s+part\b", re.IGNORECASE)
# Words before what a percentage is of that say when or how much of it is meant.
_BASELINE = {"starting", "initial", "baseline", "original", "total", "entire", "whole"}


# Words of change that name things as often ("2-3 drops", "falls in older people").
_ALSO_THINGS = {"drop", "fall"}


_BEFORE_VERB = {"to", "should", "must", "can", "could", "may", "might", "will", "would", "shall",
                "do"}


# After a level word, words that make it part of a name or of what something
# holds, not a level said to change: "high blood pressure", "high cholesterol",
# "high in nitrates", "a small study".
_NAMED_LEVELS = {"blood", "cholesterol", "in", "study", "trial", "sample"}


# "Migraines always get worse after menopause" (lemmas "get bad"), "symptoms got better"
# ("get well"): what a thing becomes is its own course (the sides of ``course`` in
# data/opposites.json: 0 eases, 1 worsens). Not what it is made ("Glasses make myopia
# worse": the glasses' doing, not the myopia's course).
_BECOMING = {"get", "become", "grow", "turn"}
_BECOMES = {"bad": 1, "worse": 1, "well": 0, "good": 0, "better": 0}
# A verb no "not" denies; one of making, and up to three words of what it makes.
_UNDENIED = r"(?<!\bnot )(?<!n't )(?<!n’t )\b"
_MADE = rf"{_UNDENIED}(?:make|makes|making|made)\s+(?:[a-z][\w'’-]*\s+){{1,3}}?"
# What something makes more or less so goes up or down: "can make your headaches more
# frequent" raises what "reduces the number of headache days" lowers.
_MADE_MORE = re.compile(rf"(?<!\bbeing )(?<!\bbeen ){_MADE}(?P<dir>more|less)\s+(?!than\b)[a-z]",
                        re.IGNORECASE)
# "makes ulipristal work even better" against "can make ulipristal less effective"
_MADE_WORK = re.compile(rf"{_MADE}(?:work|act)\s+(?:even\s+|much\s+)?(?P<dir>better|worse)\b",
                        re.IGNORECASE)
# "Silence usually makes tinnitus seem louder" against "silence tends to make tinnitus
# quieter": what something makes bigger or smaller ("better" and "worse" say whether it
# is good, not how much of it there is)
_MADE_SO = re.compile(rf"{_MADE}(?:(?:seem|feel|sound|look)\s+)?"
                      r"(?P<dir>louder|stronger|higher|bigger|larger|faster|quieter|weaker|lower"
                      r"|smaller|slower)\b", re.IGNORECASE)
_MORE_OR_LESS = {"more": 0, "less": 1, "up": 0, "down": 1, "better": 0, "worse": 1,
                 "louder": 0, "stronger": 0, "higher": 0, "bigger": 0, "larger": 0, "faster": 0,
                 "quieter": 1, "weaker": 1, "lower": 1, "smaller": 1, "slower": 1}
# "keto brought my LDL cholesterol down" / "it went up": a level moved by a verb and a
# particle or a comparative; so is a pace ("speeds up the spread of resistance" / "slows down")
# Who is likelier to get an illness: its cause (the "course" of opposites.json) or its
# prevention, said of the people.
# How often something comes, more or less, not set against another group's ("more often
# in women than in men").
_MORE_OFTEN = re.compile(r"\b(?P<dir>more|less)\s+(?:often|frequent(?:ly)?)\b"
                         r"(?![^.;:]{0,40}\bthan\b)", re.IGNORECASE)
_LIKELIER = re.compile(r"\b(?P<dir>more|less)\s+likely\s+to\s+(?:develop|get|have|catch|suffer)\b",
                       re.IGNORECASE)
_MOVED = re.compile(rf"{_UNDENIED}(?:(?:brought|bring|brings|bringing|pushed"
                    r"|push|pushes|drove|drive|drives|got|get|gets|nudge|nudges|nudged|nudging)"
                    r"\s+(?:[a-z][\w'’-]*\s+){1,4}?"
                    # ("can push up the amount of sugar in your blood")
                    r"|(?:push|pushes|pushed|pushing|drive|drives|drove|driving)\s+"
                    r"(?=(?:up|down)\s+(?:the|your|their)\s)"
                    r"|(?:went|go|goes|gone|going|shot|crept|creeps?|creeping|speeds?|sped|speeding|slows?"
                    r"|slowed|slowing)\s+)"
                    # ("can nudge your blood sugar higher"; not "get a lower dose")
                    r"(?P<dir>up|down|higher|lower)\b(?!\s+(?:on|with|for)\b)"
                    r"(?<!higher(?=\s[a-z]))(?<!lower(?=\s[a-z]))", re.IGNORECASE)


# Little of a good: "One dose of the vaccine offers little protection".
_LITTLE = re.compile(r"\b(?:(?<![Aa] )little|hardly\s+any|almost\s+no)\s+(?:real\s+)?"
                     r"(?P<what>protection|benefit|effect|relief)\b", re.IGNORECASE)


# A name set beside what it is: "Shingrix, the only shingles vaccine now available",
# "Paxlovid (nirmatrelvir), an antiviral pill".
_CALLED = re.compile(
    r"\b(?P<name>[A-Z][\w-]+)(?:\s+\([^()]{1,40}\))?,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}"
    r"(?P<kind>vaccine|drug|medicine|medication|pill|tablet|injection|shot|supplement|"
    r"antibiotic|antidepressant|antiviral)\b")


def _called(texts: Sequence[str]) -> dict[str, str]:
    """The stem of each name an article sets beside what it is, with that thing's stem
    ({"shingr": "vaccin"}): one name said to be two things is left out."""
    found: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        for m in _CALLED.finditer(text):
            found[stem(m["name"].lower())].add(stem(m["kind"].lower()))
    return {name: next(iter(kinds)) for name, kinds in found.items() if len(kinds) == 1}


def _as_called(reading: _Reading, called: dict[str, str]) -> _Reading:
    """`reading` with the names in what it makes a duty or no duty, and tells the reader
    to do or not, read as what the article calls them: "should get Shingrix" / "do not
    need the vaccine" (having a vaccine) where Shingrix is the article's vaccine."""
    if not called or not (reading.required or reading.exempt or reading.commands
                          or reading.forbidden):
        return reading

    def named(acts: frozenset[str]) -> frozenset[str]:
        return frozenset(f"{verb} {called.get(what, what)}"
                         for verb, _, what in (act.partition(" ") for act in acts))

    return dataclasses.replace(
        reading, required=named(reading.required), exempt=named(reading.exempt),
        commands=named(reading.commands), forbidden=named(reading.forbidden))


def _read(lemmas: str, context: str, text: str, published: str | None,
          strengths: doses.Strengths = (), claim: bool = True) -> _Reading:
    """How a unit reads: its `lemmas` with those of its `context` (a list's
    lead-in), and its `text`. What the text alone says is read once per unit
    (:func:`_read_text`), however many contexts the unit is read in."""
    lex = lexicon()
    words = [w for w in (context + " " + lemmas).lower().split() if w]
    positive, negated, sides = set(), set(), set()
    # (what made the contrast, group) of each direction word: the word, or the
    # negation that turned it ("does not increase the risk": one contrast)
    side_words: set[tuple[str, str]] = set()
    negation = ""
    # "If approved, it would be …" says nothing of what is: no direction words from its
    # condition on, nor in its context; a main clause before the condition still says
    # ("Pregabalin, one of the few medicines licensed here …, is another choice if …").
    own = lemmas.lower().split()
    hypothetical = bool(lex.hypothetical_markers & set(own))
    said = set()
    start = len(words) - len(own)  # where the unit's own words begin
    condition = next((start + i for i, w in enumerate(own) if w in lex.hypothetical_markers),
                     len(words))
    reach = 0
    previous = ""  # the word before, a negation passed over
    denied, denying = set(), False
    for k, word in enumerate(words):
        if _is_negation(word):
            reach = 4  # "does not approve them for anxiety"
            negation = f"not#{k}"
            # "does not spread", "never start", "cannot filter"; not "no caffeine"
            denying = k >= start and (word in _DENYING or bool(_NEGATED_CONTRACTION.search(word)))
            continue
        # After a modal or "to" a word is a verb: "should not fast" (go without
        # food) is not the speed word "fast" (``fast:!VERB`` in the lexicon).
        verb, previous = previous in _BEFORE_VERB, word
        if word in lex.function_words:
            continue
        if denying and reach and word not in lex.light_verbs:
            denied.add(stem(word))  # the word a negation denies: "do not spread"
        denying = False
        (negated if reach else positive).add(stem(word))
        if not reach and not _counts_only(words, k, start):
            # ("non-ionising": the word's opposite, read against "ionising" below)
            said.add(f"non-{word}" if k and words[k - 1] == "non" else word)
        becomes = _BECOMES.get(word) if k and words[k - 1] in _BECOMING else None
        for group, side in () if hypothetical and not start <= k < condition else (
                [("course", becomes)] if becomes is not None
                else lex.sides_of(word, "VERB" if verb else "")):
            if group == "level" and words[k + 1 : k + 2] and words[k + 1] in _NAMED_LEVELS:
                continue  # "high blood pressure", "high in nitrates", "a small study"
            if group == "amount" and word in ("little", "few") and k \
                    and words[k - 1] in ("a", "every"):
                continue  # "a little caffeine", "a few days", "every few weeks": not scarce
            sides.add((group, 1 - side if reach else side))
            side_words.add((negation if reach else word, group))
            if group == "change" and word not in _ALSO_THINGS:
                # "melatonin output climbs" against "light suppresses melatonin": a
                # level that rises goes the way a word raising it says.
                sides.add(("direction", 1 - side if reach else side))
                side_words.add((negation if reach else word, "direction"))
        reach = max(reach - 1, 0)
    # What the text says before a condition ("can nudge your blood sugar higher, so if you
    # have diabetes …"; nothing of "If approved, it would …").
    until = next((m.start() for m in _WORD.finditer(text)
                  if m.group(0).lower() in lex.hypothetical_markers), len(text)) \
        if hypothetical else len(text)
    for made in (*_MADE_MORE.finditer(text, 0, until), *_MADE_WORK.finditer(text, 0, until),
                 *_MADE_SO.finditer(text, 0, until), *_MOVED.finditer(text, 0, until)):
        sides.add(("direction", _MORE_OR_LESS[made["dir"].lower()]))
        side_words.add((made["dir"].lower(), "direction"))
    for often in _MORE_OFTEN.finditer(text, 0, until):
        # "outbreaks become less frequent as the years go by" / "come more often the longer
        # you've had the virus"
        sides.add(("frequency", 0 if often["dir"].lower() == "more" else 1))
        side_words.add((often.group(0).lower(), "frequency"))
    for likelier in _LIKELIER.finditer(text, 0, until):
        # "Smokers are more likely to develop UC" against "smoking protects against UC"
        sides.add(("course", 1 if likelier["dir"].lower() == "more" else 0))
        side_words.add((likelier.group(0).lower(), "course"))
    if "find" in said and _REPORTED_FINDING.search(text):
        said.discard("find")
    fixed = _read_text(lemmas, text, published, strengths, claim)
    stems = Counter(stem(w) for w in _content(words) if not _is_negation(w))
    stems.update(fixed.stems)
    return dataclasses.replace(
        fixed, stems=stems, positive=frozenset(positive), negated=frozenset(negated),
        sides=frozenset(sides), said=frozenset(_said(said, text)),
        side_words=frozenset(side_words), denied=frozenset(denied),
        opposed=frozenset(_opposed(said)))


def _phrase_sides(lexicon: Phrases, text: str,
                  words: frozenset[str]) -> tuple[tuple[str, int, str], ...]:
    """(group, side, phrase) of each side of phrases.json that `text` says: a side's
    phrase inside a longer one of the other side is not said ("does not need a
    prescription" holds "need a prescription"). `words`: :func:`words_of` `text`."""
    places = sorted({place for word in words & lexicon.opposites_by_word.keys()
                     for place in lexicon.opposites_by_word[word]})
    sides = [lexicon.opposites[place] for place in places]
    found = {(group, side): list(named.pattern.finditer(text)) for group, side, named in sides}
    said = []
    for group, side, _ in sides:
        others = found.get((group, 1 - side), [])
        own = next((m for m in found[(group, side)] if not any(
            o.start() <= m.start() and m.end() <= o.end() and len(o[0]) > len(m[0])
            for o in others)), None)
        if own is not None:
            said.append((group, side, own.group(0)))
    return tuple(said)


@lru_cache(maxsize=1024)
def _read_text(lemmas: str, text: str, published: str | None, strengths: doses.Strengths,
               claim: bool) -> _Reading:
    """What a unit's own `text` and `lemmas` say, whatever its context: a reading
    whose `stems` are only the tags of what its numbers, phrases and people are
    about, and whose context fields (positive … said, side_words) are empty."""
    measures = _measures(text, published)
    stems: Counter[str] = Counter()
    # What its numbers measure is part of what a unit is about: a dose range
    # and a number of drops a day are about one thing in different words.
    stems.update(f"<{m.split(':')[0]}>" for m in measures)
    timed = _timed(text, published) if _OF_EVENTS & measures.keys() else frozenset()
    # and when what it times starts, in other words: "Symptoms typically begin between
    # one and three weeks after …" / "the illness takes at least a month to show itself"
    stems.update(event for event in timed & _SAID_OF_ONSET)
    if _DOSE.search(text):
        stems["<dose>"] += 1
    if "alcohol" in text.lower() or _drink_offered(text):
        # ("after drinking alcohol" and "a glass of prosecco" are about one thing)
        stems["<alcohol>"] += 1
    lex_phrases = phrases()
    text_words = words_of(text)
    phrase_sides = _phrase_sides(lex_phrases, text, text_words)
    # "is approved" and "a New Drug Application" are about one thing in other words;
    # so are "side effects" and "a dry mouth".
    stems.update(f"<{group}>" for group, _, _ in phrase_sides)
    if _SIDE_EFFECT.search(text) or lex_phrases.harms.search(text, text_words):
        stems["<harm>"] += 1
    # The words as written too: "type 1 diabetes" has the lemma "diabete".
    people = {_SAME_PEOPLE.get(word, word) for word in lex_phrases.populations & (
        set(lemmas.lower().split()) | set(_WORD.findall(text.lower())))}
    # "teens" and "teenagers" are one group of people, whatever the words.
    stems.update(f"<{who}>" for who in people)
    no_harm = _harm(_NO_HARM, text) if claim else ""
    # (in pregnancy, a harm to the baby denied: "Metoclopramide is not known to harm an
    # unborn baby", "there's no evidence it harms an unborn baby")
    safe = claim and not _UNSAFE.search(text) and (_SAFE.search(text) or (
        people & {"pregnant", "breastfeed"} and not _EXCLUDING.search(text)
        and (_PREGNANT_USE.search(text) or no_harm)))
    # Whom something is safe for or ruled out for: the groups above, and people
    # named by a condition ("people with celiac disease").
    whom = people | _with_condition(text) | {
        quantities.singular(w) for w in text_words if quantities.singular(w) in _WHOM} | {
        "baby" if (m["unit"] or "").lower().startswith("month") else "child"
        for m in _UNDER_AGE.finditer(text)}
    named = frozenset(_plain(who) for who in whom)
    nearly = _NEARLY_ALL.search(text) if claim else None
    return _Reading(
        stems,
        frozenset(), frozenset(), frozenset(), measures,
        doses.extract(text, strengths),
        frozenset(stem(w) for w in _content(lemmas.lower().split())),
        frozenset(),
        absolute.group(0) if claim and (absolute := _ABSOLUTE.search(text))
        and _VERDICT.search(text) else "",
        caveat.group(0) if (caveat := _CAVEAT.search(text)
                            or lex_phrases.harms.search(text, text_words))
        else "",
        null.group(0) if (null := _NULL.search(text)) else "",
        effect.group(0) if claim and (effect := _effect(text)) else "",
        phrase_sides,
        _comparison(text, text_words),
        frozenset(whom) if safe else frozenset(),
        frozenset(whom) if _EXCLUDING.search(text) or (claim and _HARMING.search(text))
        else frozenset(),
        _role(text, text_words),
        _ranking(text) if claim else ("", ""),
        frozenset(people) if (left_out := _LEFT_OUT.search(text)) else frozenset(),
        *_permissions(lemmas.lower().split(), text, advice=not claim),
        frozenset(people) if claim and not left_out and _STUDY_SAYS.search(text)
        else frozenset(),
        rare.group(0) if claim and (rare := _RARE.search(text)) else "",
        max(_share_of_people(measures),
            MAJORITY if nearly or (claim and _THE_MAJORITY.search(text)) else 0.0,
            _chance(text, measures) if claim else 0.0),
        proven.group(0) if claim and (proven := _PROVEN.search(text)) else "",
        unsettled.group(0) if (unsettled := _UNSETTLED.search(text)) else "",
        *_obligations(lemmas.lower().split()),
        _manners(text) if claim else frozenset(),
        _missing(text) if claim else ("", ""),
        *(_only_people(text) if claim else ("", frozenset())),
        _groups(measures),
        *(_getting(text) if claim else ("", frozenset())),
        *_people_counted(measures),
        nearly.group(0) if nearly else "",
        *_qualities(text) if claim else (("", ""), frozenset()),
        *_every_and_only_some(text) if claim else (frozenset(), frozenset()),
        frozenset(),
        bool(safe or (claim and _TARGET.search(text))),
        _harm(_HARM, text) if claim and not no_harm else "",
        no_harm,
        _null_subject(lemmas.lower().split(), null.group(0)) if null else frozenset(),
        *_instructions(_main_clause(lemmas.lower().split(), text) if not claim
                       else _consequence(lemmas.lower().split(), text), text),
        named if claim and _SPARED.search(text) else frozenset(),
        named if claim else frozenset(),
        ("only" if _ONLY_WHERE.search(text) else "any" if _ANYWHERE.search(text)
         else "only stage" if _ONLY_STAGE.search(text)
         else "any stage" if _ANY_STAGE.search(text) else "") if claim else "",
        _symptoms(text) if claim else "",
        timed,
        _most_of(text) if claim else "",
        lifelong.group(0) if (lifelong := quantities.LIFELONG.search(text)) else "",
        stem(little["what"].lower()) if claim and (little := _LITTLE.search(text)) else "",
        _more_of(text) if claim else ("", "", frozenset()),
        _treated_with(text) if claim else frozenset(),
        _in_use(text) if claim else frozenset(),
        always.group(0) if claim and (always := _ALWAYS.search(text)) else "",
        sometimes.group(0) if claim and (sometimes := _SOMETIMES.search(text)) else "",
        parity=_parity(text) if claim else frozenset(),
        # (not of "only for adults 18 and older": who else may is what it says)
        lives=frozenset() if _ONLY_WORD.search(text) else frozenset(
            _TIMES_OF_LIFE[who] for who in named if who in _TIMES_OF_LIFE),
        each_holds=doses.each_holds(text),
        adds_up=doses.adds_up(text),
        decisions=_decisions(lex_phrases, text),
        refused=_refusals(lex_phrases, text),
        free_of=_free_of(text),
        contains=_contained(text),
        high_in=_levels_of(text, "high"),
        low_in=_levels_of(text, "low"),
        classed=_classed(text),
        order=_order(text),
        compulsory=_needed(text, _COMPULSORY),
        optional=_needed(text, _OPTIONAL),
        one_each=_kept_to_one(text),
        shared=_shared(text),
        made_of=_made_of(text),
        placed=_placed(text),
        free_of_charge=_costs(text, _FREE_OF_CHARGE),
        priced=_costs(text, _PRICED),
        no_alcohol=bool(_NO_ALCOHOL.search(text)),
        drink_offered=_drink_offered(text),
        banned=_status_of(text, _BANNED),
        welcome=_status_of(text, _WELCOME),
        supervised=bool(_SUPERVISED.search(text)),
        unsupervised=bool(_UNSUPERVISED.search(text)),
    )


# Figures put in a class: "Readings of 7, 8 or 9 are classed as High", "A score of 10 is
# rated as moderate", "a BMI of 31 is classified as obese".
_CLASSED = re.compile(r"(?P<figures>[^.;:]{0,60}?)\b(?:is|are)\s+(?:still\s+|also\s+|now\s+)?"
                      r"(?:classed|classified|rated|categori[sz]ed|graded)\s+as\s+(?:an?\s+)?"
                      r"[\"“‘']?(?P<class>(?:very\s+)?[a-z]+)", re.IGNORECASE)


_CLASSING = re.compile(r"\b(?:classed|classified|rated|categori[sz]ed|graded)\s+as\b",
                       re.IGNORECASE)


def _classed(text: str) -> frozenset[tuple[str, str]]:
    if not _CLASSING.search(text):
        return frozenset()  # (most units: the figures before the verb are sought only then)
    return frozenset((figure, m["class"].lower()) for m in _CLASSED.finditer(text)
                     for figure in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.%])", m["figures"]))


# An act timed against an event: "before their first lesson", "after you have finished
# spraying", "before the cord is clamped" (not "look after", "never before", "before or
# after"; the event runs to the clause's end, and may hold another: "from four days before
# the rash appears until four days after it appears").
_ORDER = re.compile(r"(?<!\blook\s)(?<!\blooks\s)(?<!\blooked\s)(?<!\blooking\s)"
                    r"(?<!\bnever\s)(?<!\bthan\s)(?<!\bas\s)(?<!\bever\s)"
                    r"(?<!\bor\s)(?<!\band\s)\b(?P<rel>before|after)\s+(?!or\s|and\s)"
                    r"(?=(?P<event>[^,.;:()!?\n–—]{3,60}))", re.IGNORECASE)
# Where an event's words end: a conjunction opens another clause ("… before the test, so
# …" / "before the cord is clamped and cut" goes on).
_EVENT_ENDS = re.compile(r"(?:^|\s)(?:and|or|but|so|because|then|to|when|if|until|unless|"
                         r"before|after)\s(?!(?:cut|dried|rinsed|washed|cleaned)\b)",
                         re.IGNORECASE)
# Not an event's own: the end of a period ("after your final dose", "after their last
# contact"), a time in history ("before the vaccine was introduced"), what comes both
# before and after ("wash before handling too").
_NOT_ONE_EVENT = re.compile(r"\b(?:last|final|was|were|too|also|as\s+well|compared|than)\b"
                            r"|^(?:the|a|an|our|this|its)\s+[a-z]+\s+[a-z]+ed\b", re.IGNORECASE)
# A unit that times one thing on both sides of an event ("stop for two weeks before
# surgery and for two months afterwards", "until seven days after your colonoscopy",
# "continue for seven days after you leave").
_BOTH_SIDES = re.compile(r"\bafterwards?\b|\b(?:until|for)\s+(?:at\s+least\s+)?(?:\S+\s+){0,3}"
                         r"after\b", re.IGNORECASE)
# Words that time an event rather than name it ("after 3 hours", "before the first
# week"), and the verbs that only carry one: not an event's stems.
_TIMING_WORDS = {"hour", "minute", "day", "week", "month", "year", "time", "that", "this",
                 "then", "which", "what", "first", "second", "next", "every", "each",
                 "having", "being", "once", "long", "while", "usually", "still", "are", "is",
                 "has", "have", "had", "been", "can", "could", "will", "would", "may",
                 "might", "must", "should", "anything", "anyone", "everything", "later",
                 "least", "most", "soon", "one", "two", "three", "four", "five", "six",
                 "seven", "eight", "nine", "ten", "twelve"}
# An act denied before or after an event is no order of two acts ("Do not eat for an hour
# after swimming" / "Eat a snack before swimming").
_DENYING_ORDER = re.compile(r"\b(?:not|never|no|avoid|without)\b|n[’']t\b", re.IGNORECASE)


def _event_stems(words: str) -> frozenset[str]:
    """The stems of the content words of `words`, past tenses read plain ("clamped":
    clamp, "finished": finish)."""
    found = set()
    for w in _content(_WORD.findall(words.lower())):
        if w in _TIMING_WORDS:
            continue
        if w.endswith("ed") and len(w) > 5 and not w.endswith("eed"):
            w = w[:-2] if w[-3] != w[-4] or w[-3] in "lsz" else w[:-3]
        w = quantities.singular(w)
        if w not in _TIMING_WORDS and not w[0].isdigit():
            found.add(stem(w))
    return frozenset(found)


def _order(text: str) -> frozenset[tuple[str, frozenset[str], frozenset[str]]]:
    """(before or after, the event's stems, the stems of the rest) of each act `text`
    times against an event."""
    if ("before" not in text.lower() and "after" not in text.lower()) or _BOTH_SIDES.search(text):
        return frozenset()
    found = set()
    for m in _ORDER.finditer(text):
        event = m["event"]
        if (cut := _EVENT_ENDS.search(event)):
            event = event[:cut.start()]
        if _NOT_ONE_EVENT.search(event) or _DENYING_ORDER.search(text, 0, m.start()):
            continue
        if (stems := _event_stems(event)):
            rest = _event_stems(text[:m.start()] + " " + text[m.start() + len(m["rel"])
                                                                + 1 + len(event):])
            found.add((m["rel"].lower(), stems, rest - stems))
    return frozenset(found)


def _timed_apart(a: _Reading, b: _Reading) -> str:
    """The event one unit times an act before and the other after; "" when none."""
    for (rel, event, rest), (rel2, event2, rest2) in itertools.product(a.order, b.order):
        shared = event & event2
        if rel != rel2 and shared and rest & rest2 and len(rest & rest2) + len(shared) >= 3 \
                and not any(
                r == rel2 and e & shared for r, e, _ in a.order) and not any(
                r == rel and e & shared for r, e, _ in b.order):
            # "sign the declaration before their first lesson" / "complete the
            # declaration after their first lesson"
            return f"{rel} / {rel2} {sorted(shared)[0]}"
    return ""


# What is compulsory, said of a thing ("Kennel cough vaccination is compulsory for every
# dog", "Wearing a helmet is a condition of joining") or as what someone requires or must
# wear ("We require proof of address", "must wear a helmet"); not a duty of people
# ("doctors are required to report").
_COMPULSORY = re.compile(
    r"(?P<thing>(?:[\w'’-]+\s+){1,4}?)(?:is|are)\s+(?:always\s+|strictly\s+|legally\s+"
    r"|also\s+)?(?:compulsory|mandatory|obligatory|required(?!\s+to\b)|essential"
    r"|a\s+condition\s+of)\b"
    r"|\b(?:we|they|you|[a-z]+s)\s+(?:always\s+|also\s+|now\s+)?(?:require|insist\s+on)\s+"
    r"(?P<object>[^,.;:!?()]{3,60})"
    r"|\bmust\s+(?:always\s+)?(?:wear|have|show|bring|carry|hold)\s+(?P<worn>[^,.;:!?()]{3,60})",
    re.IGNORECASE)
# What is not: "Helmets are optional", "is recommended but not compulsory", "We do not
# require …", "there is no requirement for …".
_OPTIONAL = re.compile(
    r"(?P<thing>(?:[\w'’-]+\s+){1,4}?)(?:is|are)\s+(?:entirely\s+|completely\s+)?"
    r"(?:optional|voluntary|(?:recommended\s+but\s+)?not\s+(?:compulsory|mandatory|obligatory"
    r"|required(?!\s+to\b)|essential))\b"
    r"|\b(?:do|does|did|will)\s*(?:not|n['’]t)\s+require\s+(?P<object>[^,.;:!?()]{3,60})"
    r"|\bno\s+(?:need|requirement)\s+(?:for|to\s+(?:wear|have|show|bring))\s+"
    r"(?P<worn>[^,.;:!?()]{3,60})", re.IGNORECASE)
# Where what is required ends: "kennel cough vaccination for grooming appointments".
_THING_ENDS = re.compile(r"\s(?:for|in|at|on|during|when|if|before|after|to|by|from|with|unless"
                         r"|and|or|but|because|so|until|while|whatever|whenever)\s", re.IGNORECASE)
_NOT_A_THING = {"every", "all", "any", "each", "both", "some", "our", "your", "their", "its",
                "also", "only", "still", "wearing", "use", "using", "proof"}


def _needed(text: str, pattern: re.Pattern) -> frozenset[str]:
    """The stems of what `text` says is compulsory, or not (`pattern`: _COMPULSORY or
    _OPTIONAL)."""
    lowered = text.lower()
    if not any(word in lowered for word in ("compulsory", "mandatory", "obligatory", "requir",
                                              "essential", "condition of", "optional",
                                              "voluntary", "must", "no need")):
        return frozenset()
    found: set[str] = set()
    for m in pattern.finditer(text):
        thing = m["thing"] or ""
        if m["object"] or m["worn"]:
            thing = m["object"] or m["worn"]
            if (end := _THING_ENDS.search(" " + thing)):
                thing = thing[:max(end.start() - 1, 0)]
        found.update(_event_stems(thing) - {stem(w) for w in _NOT_A_THING})
    return frozenset(found)


_USERS = rf"{quantities.PEOPLE}|person|jumpers?|climbers?|riders?|swimmers?|guests?" \
    r"|visitors?|users?|players?|animals?|dogs?|cats?|pets?|horses?"
# What is kept to one user at a time: "Only one person may be on each trampoline", "one
# jumper per bed", "is never mixed with cats from other households", "must not be shared".
_ONE_EACH = re.compile(
    r"\bonly\s+one\s+(?:[a-z]+\s+){1,2}?(?:may|can|is\s+allowed|is\s+permitted|at\s+a\s+time)"
    r"\s+(?:be\s+|go\s+|jump\s+|stay\s+|sit\s+)?(?:on|in|at|to|per)\s+(?:each|every|a|any|the)\s+"
    r"(?P<each>(?:[a-z]+\s+){0,2}?[a-z]+)\b(?=\s+(?:at|during|in|on|and|or)\b|[.,;:!)]|$)"
    rf"|\bone\s+(?:[a-z]+\s+)?(?:{_USERS})\s+per\s+(?P<per>(?:[a-z]+\s+){{0,1}}[a-z]+)"
    r"|\bnever\s+(?:mixed|mixes|mix|shares?|shared|housed|kennelled|boarded)\s+with\s+"
    r"(?P<with>(?:[a-z]+\s+){0,1}[a-z]+)"
    r"|(?P<thing>(?:[\w'’-]+\s+){1,3}?)(?:is|are|must|should)\s+(?:never|not)\s+(?:be\s+)?shared\b",
    re.IGNORECASE)
# What users share: "Two jumpers of similar size may share a trampoline", "Friendly cats
# share a communal playroom"; not a home that people share ("people who share a home").
_SHARE = re.compile(r"\b(?:(?:may|can|will|sometimes|often|usually)\s+)?"
                    r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bnot\s)(?<!\bnever\s)(?<!n['’]t\s)"
                    r"(?:share|shares)\s+"
                    r"(?P<what>(?:a|an|the|one|their|our)\s+(?:[a-z]+\s+){0,2}[a-z]+)",
                    re.IGNORECASE)
_SHARE_SUBJECT = re.compile(r"(?P<who>(?:[a-z]+\s+){1,4}?)(?:of\s+[^.;:]{1,30}?\s+)?"
                            r"(?:may\s+|can\s+|will\s+|sometimes\s+|often\s+|usually\s+)?$",
                            re.IGNORECASE)
_NOT_SHARED_THINGS = {"home", "household", "house", "flat"}


# What costs nothing: "Your hearing assessment with us is completely free", "a free hearing
# test", "no charge for …", "… costs nothing" (not "free from sugar", "sugar-free").
_A_THING = r"(?P<thing>(?:[\w'’-]+\s+){1,5}?)"
_FREE_OF_CHARGE = re.compile(
    rf"{_A_THING}(?:is|are|will\s+be|remains?)\s+(?:completely\s+|totally\s+|entirely\s+"
    r"|always\s+|still\s+|also\s+)?free(?:\s+of\s+charge)?\b(?!\s+(?:from|of)\s+(?!charge))(?!-)"
    r"|\b(?:a|an|our|the|your)\s+(?:completely\s+)?free\s+(?P<named>(?:[\w'’-]+\s+){0,2}[\w'’-]+)"
    r"|\bno\s+charge\s+for\s+(?P<object>[^,.;:!?()]{3,50})"
    rf"|{_A_THING.replace('thing', 'nothing')}(?:costs?|is|are)\s+(?:absolutely\s+)?nothing\b"
    # "Buoyancy aids, helmets and all sailing equipment are included in your course fee"
    r"|(?P<listed>(?:[\w'’-]+,?\s+){1,8}?)(?:is|are)\s+(?:all\s+|also\s+)?included\s+in\s+"
    r"(?:the|your)\s+(?:[\w-]+\s+){0,2}(?:fee|price|cost)\b",
    re.IGNORECASE)
_MONEY = r"(?:[£$€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:p|pence|pounds?|dollars?|euros?)\b)"
# What has a price: "The first consultation costs £60", "The assessment fee of £45", "£5
# per session".
_PRICED = re.compile(
    rf"{_A_THING}(?:costs?|is|are|will\s+cost)\s+(?:just\s+|only\s+|about\s+|around\s+"
    rf"|currently\s+)?{_MONEY}"
    rf"|{_A_THING.replace('thing', 'named')}fee\s+(?:is\s+|of\s+){_MONEY}"
    rf"|{_MONEY}\s+(?:for|per)\s+(?:(?:a|an|the|each|every|your)\s+)?"
    r"(?P<object>(?:[\w'’-]+\s+){0,2}[\w'’-]+)"
    # "Buoyancy aids are hired out at £4 per day"
    rf"|{_A_THING.replace('thing', 'hired')}(?:is|are|can\s+be)\s+(?:hired|rented)(?:\s+out)?\s+"
    rf"(?:at|for)\s+{_MONEY}", re.IGNORECASE)
_NOT_MODIFIERS = {"the", "a", "an", "our", "your", "their", "this", "each", "every", "all", "no"}


def _costs(text: str, pattern: re.Pattern) -> frozenset[tuple[str, frozenset[str]]]:
    """The things `text` says cost nothing (`pattern`: _FREE_OF_CHARGE) or gives a price
    for (_PRICED), as (stem of the head noun, stems of the words before it)."""
    lowered = text.lower()
    if "free" not in lowered and "charge" not in lowered and "nothing" not in lowered \
            and "included" not in lowered \
            and not any(sign in text for sign in "£$€") and "pence" not in lowered:
        return frozenset()
    found = set()
    for m in pattern.finditer(text):
        groups = m.groupdict()
        if groups.get("listed"):  # each thing of a list: "Buoyancy aids, helmets and …"
            things = _LIST.split(groups["listed"])
        else:
            things = [m["thing"] or m["named"] or m["object"] or groups.get("nothing")
                      or groups.get("hired") or ""]
        for thing in things:
            if (end := _THING_ENDS.search(" " + thing + " ")):
                thing = thing[:max(end.start() - 1, 0)]
            words = [w for w in _WORD.findall(_HEAD_ENDS.split(thing, 1)[0].lower())
                     if w not in _NOT_MODIFIERS]
            if words:
                found.add((stem(quantities.singular(words[-1])),
                           frozenset(stem(w) for w in words[:-1])))
    return frozenset(found)


# What a thing is made of: "… jewellery we fit is implant-grade titanium", "Our gloves are
# all nitrile", "nitrile gloves"; and the oil used: "We use an organic, unscented sunflower
# oil", "The oil we use in class is sweet almond oil".
_GRADE = (r"(?:implant[- ]grade\s+|surgical\s+|solid\s+|pure\s+|medical[- ]grade\s+"
          r"|sterling\s+|\d+\s*(?:ct|k|carat)\s+)?")
_MATERIAL = (r"(?P<material>titanium|stainless\s+steel|steel|gold|silver|platinum|niobium|nickel"
             r"|plastic|glass|ceramic|silicone|latex|nitrile|vinyl|cotton|wool|polyester|nylon"
             r"|bamboo|aluminium|copper|brass|acrylic|bioplastic)")
_OIL = (r"(?P<oil>sunflower|almond|coconut|olive|grapeseed|jojoba|argan|rapeseed|sesame|avocado"
        r"|peanut|mineral|castor)\s+oil")
_MADE_OF = re.compile(
    rf"{_A_THING}(?:is|are)\s+(?:all\s+|always\s+|only\s+|entirely\s+|also\s+)?"
    rf"(?:made\s+(?:of|from|with)\s+|an?\s+)?{_GRADE}{_MATERIAL}\b"
    rf"|{_GRADE}{_MATERIAL.replace('material>', 'named>')}\s+(?P<made>jewell?e?ry|gloves?|studs?"
    r"|bars?|rings?|needles?|bottles?|cups?|containers?|frames?|trays?|masks?)\b"
    rf"|\b(?:use|uses|used|using)\s+(?:an?\s+|only\s+|our\s+)?(?:[\w-]+,?\s+){{0,3}}?{_OIL}"
    rf"|{_A_THING.replace('thing', 'oiled')}(?:is|are)\s+(?:all\s+|always\s+|only\s+)?(?:an?\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_OIL.replace('oil>', 'oil2>')}", re.IGNORECASE)
# Where a thing's name ends before a clause on it: "jewellery we fit".
_CLAUSE_ON_IT = re.compile(r"\s+(?:we|you|they|i)\s+", re.IGNORECASE)
_OR_ANOTHER = re.compile(rf"\s*(?:,|/|\bor\b|\band\b)\s*{_GRADE}{_MATERIAL}\b", re.IGNORECASE)
_ANOTHER_OR = re.compile(rf"{_MATERIAL.replace('material>', 'before>')}\s*(?:,|/|\bor\b|\band\b)\s*"
                         rf"{_GRADE}$", re.IGNORECASE)
_NOT_THINGS = {"piece", "pieces", "of", "every", "all", "the", "a", "an", "our", "your"}


def _made_of(text: str) -> frozenset[tuple[str, str]]:
    """What `text` says a thing is made of, and which oil it says is used."""
    found = set()
    for m in _MADE_OF.finditer(text):
        if m["oil"] or m["oil2"]:
            found.add(("oil", (m["oil"] or m["oil2"]).lower()))
            continue
        if (m["material"] and _OR_ANOTHER.match(text, m.end())) or (
                m["named"] and _ANOTHER_OR.search(text, 0, m.start())):
            continue  # a choice of materials: "gold or silver", "gold or silver rings"
        thing = _CLAUSE_ON_IT.split(_HEAD_ENDS.split(m["thing"] or m["made"], 1)[0], 1)[0]
        words = [w for w in _WORD.findall(thing.lower()) if w not in _NOT_THINGS]
        if words:
            found.add((stem(quantities.singular(words[-1])),
                       " ".join((m["material"] or m["named"]).lower().split())))
    return frozenset(found)


# Where a thing is: "The first aid kit is kept in the instructors' office", "The Welfare Tent
# is right next to the main Medical Centre", "You'll find the main first-aid post in the
# Boathouse car park".
_PLACE_PREP = r"(?P<prep>in|at|inside|behind|beside|next\s+to|opposite|by|near|under)"
_PLACE = r"(?P<place>(?:the|our|your|a)\s+[^,.;:!?()]{3,60})"
_PLACED = re.compile(
    r"(?P<thing>\b(?:the|our|your)\s+(?:[\w'’-]+,?\s+){0,8}?[\w'’-]+)\s+(?:is|are)\s+"
    r"(?:(?:kept|located|based|housed|stored|situated|set\s+up|now|always|right|just|directly"
    rf"|also)\s+)*{_PLACE_PREP}\s+{_PLACE}"
    r"|\byou(?:['’]ll|\s+will|\s+can)\s+find\s+"
    rf"(?P<found>(?:the|our)\s+(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+)\s+"
    rf"{_PLACE_PREP.replace('prep>', 'prep2>')}\s+{_PLACE.replace('place>', 'place2>')}",
    re.IGNORECASE)
# Where a place's name ends before another place beside it: "the white marquee next to …".
_PLACE_ENDS = re.compile(r"\s+(?:next\s+to|beside|opposite|behind|near|inside)\s", re.IGNORECASE)
# What names a place a thing can be in (and not a state: "in pain", "at risk", "in stock").
_PLACE_NOUNS = {stem(w) for w in (
    "room", "office", "desk", "tent", "field", "building", "wing", "car", "park", "marquee",
    "centre", "center", "unit", "reception", "entrance", "hall", "barn", "lane", "road",
    "street", "ward", "clinic", "cafe", "café", "laboratory", "lab", "kitchen", "cupboard",
    "drawer", "cabinet", "stage", "bay", "meadow", "yard", "shed", "gate", "corridor", "lobby",
    "foyer", "garage", "studio", "workshop", "pavilion", "hut", "cabin", "site", "surgery",
    "pharmacy", "hospital", "house", "station", "post", "shop", "store", "library", "garden")}
# A place that holds places of any kind: "on the ground floor" sits in any building.
_ANY_PLACE = {"floor", "level", "upstair", "downstair", "site", "premis", "ground"}


def _placed(text: str) -> frozenset[tuple[str, str, frozenset[str]]]:
    """Where `text` says a thing is: (stem of the thing's head noun, place, its stems)."""
    if " find " not in text and " is " not in text and " are " not in text:
        return frozenset()
    found = set()
    for m in _PLACED.finditer(text):
        place = _THING_ENDS.split(_PLACE_ENDS.split(" " + (m["place"] or m["place2"]), 1)[0],
                                  1)[0].strip()
        stems = _stems_of(place)
        if not stems & _PLACE_NOUNS or stems & _ANY_PLACE:
            continue
        for part in _LIST.split(m["thing"] or m["found"]):
            if (words := [w for w in _WORD.findall(part.lower()) if w not in _NOT_THINGS]):
                found.add((stem(quantities.singular(words[-1])), place, stems))
    return frozenset(found)


# Alcohol ruled out: "Never use the thermal suite after drinking alcohol", "Avoid alcohol for
# the first 48 hours", "Alcohol is not permitted" (not an alcohol-free drink).
_NO_ALCOHOL = re.compile(
    r"\b(?:(?:do\s+not|don['’]t|never|not)\s+(?:\w+\s+){0,6}?(?:after|while|when)\s+(?:drinking"
    r"|you(?:['’]ve|\s+have)\s+(?:been\s+)?(?:drinking|drunk))(?:\s+alcohol)?|no\s+alcohol\b"
    r"|alcohol\s+(?:is|are)\s+(?:not\s+(?:allowed|permitted)|banned|prohibited|forbidden)"
    r"|(?:avoid|no)\s+(?:drinking\s+)?alcohol\b)", re.IGNORECASE)
_DRINKS = (r"(?P<drink>prosecco|champagne|cava|fizz|bubbly|wine|beers?|ales?|lagers?|ciders?"
           r"|cocktails?|gin|spirits|whisky|sherry|pimm['’]?s)")
# An alcoholic drink offered or taken: "includes a glass of prosecco to enjoy", "welcome to
# sip the prosecco", "A glass of wine in the evening", "Mulled wine is served".
_DRINK_OFFERED = re.compile(
    rf"\b(?:includes?|including|with|enjoy|sip|serves?|served|complimentary|glass\s+of"
    rf"|bottle\s+of|bar)\b[^.;]{{0,60}}\b{_DRINKS}\b"
    rf"|\b{_DRINKS.replace('drink>', 'drink2>')}\b[^.;]{{0,40}}\b(?:is|are)\s+(?:served|included"
    r"|available|complimentary|on\s+offer)", re.IGNORECASE)


def _drink_offered(text: str) -> str:
    """The alcoholic drink `text` offers or has someone take ("" for none)."""
    found = _DRINK_OFFERED.search(text)
    return (found["drink"] or found["drink2"]).lower() if found else ""


# What one brings or uses, after "may" or "not allowed to": "bring up to two of their own
# medical oxygen cylinders".
_BROUGHT = (r"(?:use|bring|have|eat|drink|take|wear)\s+(?:up\s+to\s+\w+\s+(?:of\s+)?)?"
            r"(?:(?:their|your|his|her)\s+own\s+)?(?P<object>[^,.;:!?()]{3,50})")
# Taking part in what is on: "take part", "join in".
_JOIN = r"(?:take\s+part|join\s+in|participate)"
# Things banned: "Somersaults, flips and backdrops are banned", "Children under 12 are not
# allowed into patient rooms", "No outside food is allowed", "are not allowed to bring …".
_BANNED = re.compile(
    r"(?P<thing>(?:[\w'’-]+,?\s+){1,5}?)(?:is|are)\s+(?:strictly\s+|also\s+|completely\s+"
    r"|now\s+)?(?:banned|prohibited|forbidden|not\s+(?:allowed|permitted|welcome)"
    r"|never\s+(?:allowed|permitted))\b"
    r"|\bno\s+(?P<no>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:is\s+|are\s+)?(?:allowed|permitted)\b"
    rf"|\b(?:is|are)\s+not\s+(?:allowed|permitted)\s+to\s+{_BROUGHT}"
    # "Assistance dogs cannot enter The Crypt", "Pregnant guests cannot take part"
    r"|(?P<barred>(?:[\w'’-]+\s+){1,4}?)(?:cannot|can['’]t|may\s+not|must\s+not|must\s+never"
    r"|(?:is|are)\s+not\s+(?:allowed|permitted|able)\s+to)\s+"
    rf"(?:enter|go\s+into|come\s+into|go\s+in|{_JOIN})\b", re.IGNORECASE)
# Things allowed: "Front and back flips are allowed", "Children of all ages are welcome",
# "Passengers may bring up to two of their own … cylinders".
_WELCOME = re.compile(
    r"(?P<thing>(?:[\w'’-]+,?\s+){1,5}?)(?:is|are)\s+(?:also\s+|now\s+|always\s+)?"
    r"(?:allowed|permitted|welcome)\b(?!\s+to\b)"
    # "Pregnant guests are very welcome to take part", "Children can join in"
    r"|(?P<joiner>(?:[\w'’-]+\s+){1,4}?)(?:(?:is|are)\s+(?:also\s+|very\s+|more\s+than\s+)?"
    r"(?:allowed|permitted|welcome|free)\s+to|may|can)\s+(?:also\s+|still\s+)?"
    rf"{_JOIN}\b"
    r"|\b(?:(?:is|are)\s+(?:also\s+)?(?:allowed|permitted|welcome)\s+to|may|can)\s+"
    rf"{_BROUGHT}", re.IGNORECASE)
# Where a thing's name ends after its head noun: "Children under 12", "Children of all ages".
_HEAD_ENDS = re.compile(r"\s+(?:of|under|over|below|above|aged|from|with|in|into|at|on|onto"
                        r"|who|that|which)\s+", re.IGNORECASE)
_LIST = re.compile(r",|\band\b|\bor\b")
_NOT_BANNED = {stem(w) for w in ("who", "which", "that", "everyone", "anyone", "you", "they",
                                 "all", "also", "only", "still")}


def _status_of(text: str, pattern: re.Pattern) -> frozenset[str]:
    """The stems of the head nouns of the things `text` says are banned (`pattern`:
    _BANNED) or allowed (_WELCOME)."""
    lowered = text.lower()
    if not any(word in lowered for word in ("allowed", "permitted", "welcome", "banned",
                                              "prohibited", "forbidden", "may ", "can ",
                                              "cannot", "can't", "can’t", "must ")):
        return frozenset()
    found: set[str] = set()
    for m in pattern.finditer(text):
        if m["object"]:
            thing = m["object"]
            if (end := _THING_ENDS.search(" " + thing)):
                thing = thing[:max(end.start() - 1, 0)]
            thing = _HEAD_ENDS.split(thing, 1)[0]
        elif pattern is _WELCOME and m["thing"] and (
                _NONE_BEFORE.search(text, 0, m.start("thing"))
                or m["thing"].lower().startswith("no ")):
            continue  # "No outside food is allowed"
        else:
            groups = m.groupdict()
            thing = _HEAD_ENDS.split(next(groups[name] for name in (
                "thing", "barred", "joiner", "no") if groups.get(name)), 1)[0]
        for part in _LIST.split(thing):
            if (words := _WORD.findall(part.lower())):
                found.update(_stems_of(words[-1]))
    return frozenset(found - _NOT_BANNED)


_NONE_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)


# Who must have an adult with them: "Visitors under 16 must be accompanied by an adult at
# all times", "Under-18s must be supervised", "must always have an adult with them".
_SUPERVISED = re.compile(
    r"\b(?:must|should|will|need\s+to|has\s+to|have\s+to)\s+(?:always\s+)?be\s+"
    r"(?:accompanied|supervised)\b|\bmust\s+(?:always\s+)?(?:have|bring)\s+an?\s+"
    r"(?:adult|parent|guardian)\s+with\b|\bunder\s+(?:adult\s+|direct\s+|constant\s+)?"
    r"supervision\s+at\s+all\s+times\b", re.IGNORECASE)
# Who may go without: "may visit on their own", "may climb without adult supervision",
# "can swim unaccompanied", "do not need to be accompanied".
_UNSUPERVISED = re.compile(
    r"\b(?:may|can|are\s+allowed\s+to|are\s+welcome\s+to|are\s+free\s+to)\s+"
    r"(?:[a-z]+\s+){0,4}?(?:on\s+(?:their|his|her)\s+own\b(?!\s+(?:account|device|phone))"
    r"|unaccompanied\b|unsupervised\b|by\s+themselves\b|without\s+(?:an?\s+)?(?:adult|parent"
    r"|parental|guardian)?\s*(?:supervision|being\s+supervised)\b)"
    r"|\b(?:do|does)\s*(?:not|n['’]t)\s+need\s+to\s+be\s+(?:accompanied|supervised)\b",
    re.IGNORECASE)


def _kept_to_one(text: str) -> frozenset[tuple[str, str]]:
    """What `text` keeps to one user at a time, as ("thing", stem) ("each trampoline"),
    and who it keeps apart, as ("who", stem) ("never mixed with cats …")."""
    lowered = text.lower()
    if "one" not in lowered and "never" not in lowered and "shared" not in lowered:
        return frozenset()
    found: set[str] = set()
    for m in _ONE_EACH.finditer(text):
        role = "who" if m["with"] else "thing"
        found.update((role, w) for w in _stems_of(m["each"] or m["per"] or m["with"]
                                                   or m["thing"] or ""))
    return frozenset(found)


def _shared(text: str) -> frozenset[tuple[str, str]]:
    """What `text` says users share, as ("thing", stem), and who shares it, as ("who",
    stem)."""
    if "share" not in text.lower():
        return frozenset()
    found: set[str] = set()
    for m in _SHARE.finditer(text):
        what = _stems_of(_THING_ENDS.split(m["what"] + " ", 1)[0])
        if what & {stem(w) for w in _NOT_SHARED_THINGS}:
            continue
        found.update(("thing", w) for w in what)
        if (who := _SHARE_SUBJECT.search(text[:m.start()].rstrip() + " ")):
            found.update(("who", w) for w in _stems_of(who["who"]))
    return frozenset(found)


# How much of something a thing has: "highest in potassium", "rich in iron", "a
# low-potassium fruit", "low in salt".
_LEVEL_IN = re.compile(r"\b(?P<level>high|higher|highest|rich|richer|richest|low|lower|lowest)"
                       r"(?:\s+in\s+|-)(?P<what>[a-z]+)\b", re.IGNORECASE)
_RICH = {"high", "higher", "highest", "rich", "richer", "richest"}


def _levels_of(text: str, level: str) -> frozenset[str]:
    """The stems of what `text` says something is `level` ("high" or "low") in."""
    if " in " not in text and "-" not in text:
        return frozenset()
    return frozenset(stem(quantities.singular(m["what"].lower())) for m in _LEVEL_IN.finditer(text)
                     if (m["level"].lower() in _RICH) == (level == "high")
                     and m["what"].lower() not in lexicon().function_words)


# What a thing is free of: "is peroxide-free", "never contain peanuts, tree nuts or …",
# "contains no live virus" (against an amount, "contains no caffeine" is the null's of
# _missing, and _cues leaves it there); and what it
# contains: "contain 10% or 16% carbamide peroxide", "includes a jar of smooth peanut
# butter", "whose petroleum jelly base".
_FREE_OF = re.compile(r"(?<!not\scompletely\s)(?<!not\stotally\s)(?<!not\sentirely\s)"
                      r"\b(?P<what>[a-z]+)-free\b"
                      r"|\bnever\s+contains?\s+(?P<never>[^.;:()]{1,60})"
                      r"|\bfree\s+(?:of|from)\s+(?P<of>[^.;:,()]{1,40})"
                      # ("the jab contains no live virus", as well as an amount's null;
                      # "None of our drinks contain caffeine")
                      r"|\bcontains?\s+no\s+(?P<no>[^.;:,()]{1,40})"
                      r"|\bnone\s+of\s+(?:[\w'’-]+\s+){1,4}?contains?\s+(?P<none>[^.;:,()]{1,40})"
                      # "sanitised with bromine alone, never chlorine"
                      r"|\b(?:alone|only),\s+never\s+(?P<alone>[a-z]+)\b",
                      re.IGNORECASE)
_CONTAINS = re.compile(r"(?<!\bno\s)(?<!\bnot\s)(?<!never\s)\b(?:contains?|containing|includes?"
                       # "sweetened with sucralose", "fortified with iron"
                       r"|including|(?:made|sweetened|flavou?red|colou?red|preserved|fortified"
                       r"|thickened)\s+with)\s+(?P<what>(?!no\b|any\b)[^.;:()]{1,60})"
                       r"|\b(?P<base>[a-z]+(?:\s+[a-z]+)?)[\s-]+(?:base|based)\b"
                       # "has 40 mg of caffeine per bottle"; "is not completely caffeine-free"
                       r"|\b(?:has|have|provides?)\s+(?:about\s+|around\s+|up\s+to\s+)?\d[\d.,]*\s*"
                       r"(?:mg|g|mcg|µg|milligrams?|grams?)\s+of\s+(?P<amount>[a-z]+)"
                       r"|\bnot\s+(?:completely|totally|entirely)\s+(?P<notfree>[a-z]+)-free\b"
                       # "adds a measured scoop of chlorine granules to the water"
                       r"|\badds?\s+(?:(?:a|an|one|two|three|\d+)\s+(?:[a-z]+\s+)?(?:scoops?|doses?"
                       r"|drops?|capfuls?|tablets?|sachets?|measures?|spoonfuls?)\s+of\s+)?"
                       r"(?!(?:a|an|the|you|it|them|him|her|us|me|nothing|anything|something|some"
                       r"|more|extra)\b)(?P<added>[a-z]+(?:\s+[a-z]+)?)\s+to\s+the\b",
                       re.IGNORECASE)
# "None of our drinks contain …": what follows says what they do not contain.
_NONE_OF = re.compile(r"\bnone\s+of\s+(?:[\w'’-]+\s+){1,4}?$", re.IGNORECASE)
# Words before "-free" that name no ingredient: "pain-free", "hands-free", "toll-free" ("fat-
# free" and "sugar-free" name one).
_NOT_CONTENT_FREE = {"hands", "toll", "duty", "tax", "fee", "charge", "cost", "rent", "care",
                     "worry", "hassle", "stress", "risk", "symptom", "pain", "trouble", "germ"}


def _stems_of(phrase: str) -> frozenset[str]:
    return frozenset(stem(quantities.singular(w)) for w in _content(_WORD.findall(phrase.lower()))
                     if not w[0].isdigit())


def _free_of(text: str) -> frozenset[str]:
    """The stems of what `text` says something is free of, or has none of."""
    if "free" not in text and "never" not in text and " no " not in text \
            and "one of" not in text:  # ("None of …")
        return frozenset()
    found: set[str] = set()
    for m in _FREE_OF.finditer(text):
        if m["what"] and m["what"].lower() not in _NOT_CONTENT_FREE:
            found.add(stem(quantities.singular(m["what"].lower())))
        found.update(_stems_of(m["never"] or m["of"] or m["no"] or m["none"] or m["alone"]
                               or ""))
    return frozenset(found)


def _contained(text: str) -> frozenset[str]:
    """The stems of what `text` says something contains, includes or is based on."""
    found: set[str] = set()
    for m in _CONTAINS.finditer(text):
        if m["what"] and _NONE_OF.search(text, 0, m.start()):
            continue
        found.update(_stems_of((m["what"] or m["base"] or m["amount"] or m["notfree"]
                                or m["added"] or "")[:60]))
    return frozenset(found)


def _decisions(lex: Phrases, text: str) -> frozenset[tuple[str, str, frozenset[str], bool]]:
    """Who a unit says may do an act, or does it, and whether only they may: ("vet",
    "decid", {"human", "medicin", …}, True) of "Only a vet can decide whether a human
    medicine is safe …"; none without a person of the lexicon."""
    if not lex.decider_named.search(text):
        return frozenset()
    function = lexicon().function_words
    found = set()
    for alone, pattern in ((True, lex.only_decider), (False, lex.decider)):
        for m in _deciders(pattern, text):
            act = m["act"].lower()
            if act in function or act in _MODALS:
                continue
            found.add((m["who"].lower(), stem(act), _what_done(lex, m["what"]), alone))
    # (every one done by one kind of person: "Every treatment … is carried out by one of
    # our registered nurses" / "Your treatments will be carried out by … beauty therapists")
    for m in lex.done_by.finditer(text):
        found.add((m["who"].lower(), stem(m["act"].split()[0].lower()),
                   frozenset({stem(quantities.singular(m["what"].lower()))}), bool(m["every"])))
    return frozenset(found)


def _refusals(lex: Phrases, text: str) -> frozenset[tuple[str, str, frozenset[str]]]:
    """Who a unit says never does an act: ("staff", "giv", {"calpol", …}) of "Staff will not
    give Calpol or any other paracetamol"."""
    if not lex.decider_named.search(text) or not _REFUSING.search(text):
        return frozenset()
    function = lexicon().function_words
    return frozenset(
        (m["who"].lower(), stem(m["act"].lower()), _what_done(lex, m["what"]))
        for m in lex.refuser.finditer(text) if m["act"].lower() not in function)


_REFUSING = re.compile(r"\bnot\b|n['’]t\b|\bnever\b", re.IGNORECASE)


def _what_done(lex: Phrases, what: str) -> frozenset[str]:
    """The stems of what is done, the people named left out."""
    return frozenset(stem(quantities.singular(w)) for w in _content(
        [w.removesuffix("'s").removesuffix("’s") for w in _WORD.findall(what.lower())])
        if not lex.decider_named.fullmatch(w))


def _deciders(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of a decider's `pattern`; after one whose "act" is no verb ("a practice
    nurse or pharmacist can sign": "or"), the next is sought from its person on, not
    after the words it took as what is done."""
    start = 0
    while (m := pattern.search(text, start)) is not None:
        yield m
        function = m["act"].lower() in lexicon().function_words
        start = m.end("who") if function and m.end("who") > start else m.end()


# "Lyme disease is treated with two to three weeks of antibiotics"
_TREATED_WITH = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?treated\s+(?:with|using)"
                           r"\s+(?P<what>[^.;:()]{1,80})", re.IGNORECASE)


def _treated_with(text: str) -> frozenset[str]:
    """The stems of the content words of what a claim says something is treated with."""
    return frozenset(stem(w.lower()) for m in _TREATED_WITH.finditer(text)
                     for w in _content(_WORD.findall(m["what"].lower())))


# A remedy for something named as given or working: "the Lyme vaccine protects …", "The
# malaria vaccine is now available", "we stock … a two-dose dengue vaccine"
_IN_USE = re.compile(r"\b(?P<of>[a-z][\w-]*)\s+(?P<what>vaccines?|cures?|antivirals?)\b"
                     r"(?=[^.;:]*\b(?:protects?|prevents?|works?|is\s+(?:now\s+)?available"
                     r"|are\s+(?:now\s+)?available|(?:is|are)\s+recommended)\b)"
                     # "we stock Qdenga, a two-dose dengue vaccine"
                     r"|\b(?:stock|offer|provide|supply)\b[^.;:]{0,40}?\b(?P<of2>[a-z][\w-]*)\s+"
                     r"(?P<what2>vaccines?)\b", re.IGNORECASE)


def _in_use(text: str) -> frozenset[tuple[str, str]]:
    """(stem of what for, kind) of each remedy a claim names as given or working."""
    function = lexicon().function_words
    return frozenset((stem(of.lower()), quantities.singular(what.lower()))
                     for m in _IN_USE.finditer(text)
                     for of, what in [(m["of"] or m["of2"], m["what"] or m["what2"])]
                     if of.lower() not in function)


# Auxiliaries as lemmas and as written (a unit read without its parse).
_AUXILIARIES = {"do", "be", "have", "did", "does", "was", "were", "is", "are", "has", "had"}
_MODALS = {"will", "would", "can", "could", "may", "might", "must", "should", "shall"}


# How often something is done, no part of what it is: "taking vitamin C every day".
_HOW_OFTEN = {"every", "each", "day", "daily", "week", "weekly", "night", "nightly", "morning",
              "regularly", "often", "always", "usually"}


_MOST = re.compile(r"\bmost\s+(?P<who>[a-z]+)\b", re.IGNORECASE)


def _most_of(text: str) -> str:
    """ "child" for "Most children outgrow a peanut allergy": the people most of whom
    a claim speaks for, or ""."""
    m = _MOST.search(text)
    return _people_keys().get(quantities.singular(m["who"].lower()), "") if m else ""


def _symptoms(text: str) -> str:
    """ "no symptoms" for "Most people with high blood pressure have no symptoms",
    "symptoms" for "High blood pressure usually causes headaches", else ""."""
    if _NO_SYMPTOMS.search(text):
        return "no symptoms"
    return "symptoms" if _AS_A_RULE.search(text) and _SYMPTOM.search(text) else ""


_SUBJECT_PRONOUNS = frozenset({"it", "they", "this", "these", "that", "those"})
# A condition opening a sentence: "If recovery is slow, …".
_OPENING_CONDITION = re.compile(r"\s*(?:if|when|unless)\b[^,.;:]{0,80},", re.IGNORECASE)


def _effect(text: str) -> re.Match | None:
    """The first effect `text` says, after a condition opening it if it says one there
    ("If recovery is slow, your neurologist may prescribe steroids to help …": "help")."""
    opening = _OPENING_CONDITION.match(text)
    return (opening and _EFFECT.search(text, opening.end())) or _EFFECT.search(text)


def _null_subject(lemmas: Sequence[str], null: str) -> frozenset[str]:
    """The stems of the up to three words before a null said with an auxiliary
    ({"food"} of "as food does not affect how well it works", {"calcium",
    "supplement", "alone"} of "calcium supplements alone did not reduce", {"diet"}
    of "Diet has nothing to do with acne"); none for a pronoun, "no effect" or "No
    study has shown"."""
    # ("don't help": the auxiliary "do" with its negation)
    if re.sub(r"n[’']t$", "", null.split()[0].lower()) in _AUXILIARIES:
        denial = (k for k in range(1, len(lemmas)) if _is_negation(lemmas[k]))
    else:
        denial = (k for k, w in enumerate(lemmas) if w == "nothing")  # "has nothing to do"
    k = next((k for k in denial if k >= 1 and lemmas[k - 1] in _AUXILIARIES), None)
    if k is None:
        return frozenset()
    function = lexicon().function_words
    # How often is no part of what: "taking vitamin C every day does not prevent colds"
    # is said of vitamin C.
    before = [w for w in lemmas[: k - 1] if w not in _HOW_OFTEN]
    if "which" in before[1:]:
        # "Steroid medicines, which are used for many other inflammatory conditions, do not
        # help GBS": said of the steroids, not of what the clause says of them
        before = before[: len(before) - 1 - before[::-1].index("which")]
    if before and before[-1] in _SUBJECT_PRONOUNS:
        return frozenset()  # "in the trials it did not lower …": said of "it", not of trials
    return frozenset(stem(w) for w in before[-3:] if w not in function and _WORD.fullmatch(w))



def _harm(pattern: re.Pattern, text: str) -> str:
    """The first letters of the harm `pattern` finds ("dama" of "damages", of "does
    not cause lasting damage"), or ""."""
    m = pattern.search(text)
    return m.group(0).split()[-1].lower()[:4] if m else ""


# People a thing can be safe for or ruled out for, besides the lexicon's groups.
_WHOM = {"woman", "man", "adult", "child", "girl", "boy", "athlete", "smoker", "driver",
         "pilot"}
# An age limit names children ("anyone under 16", "younger than 12") or babies ("under
# 6 months"): the people a rule on ages is about.
_UNDER_AGE = re.compile(r"\b(?:under|below|younger\s+than)\s+(?:the\s+age\s+of\s+|age\s+)?"
                        r"(?:1[0-8]|[1-9])\b(?:\s+(?P<unit>months?|years?))?(?!\s*(?:kg|lbs?"
                        r"|pounds|mg|g|ml|%|percent|weeks?|days?|hours?|minutes?)\b)",
                        re.IGNORECASE)
_WITH_CONDITION = re.compile(r"\b(?:people|persons?|patients|adults|children|anyone|those)\s+"
                             r"with\s+(?:(?:a|an|the|known|severe|mild|chronic|active)\s+)?"
                             r"(?P<condition>[a-z][a-z-]{2,})", re.IGNORECASE)


def _with_condition(text: str) -> set[str]:
    """ "celiac" for "people with celiac disease": people named by a condition."""
    return {m["condition"].lower() for m in _WITH_CONDITION.finditer(text)}


def _every_and_only_some(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The kinds of thing `text` says something of every one of, and those it
    counts after "only": ({"state"}, {}) for "IVF is covered in every state"."""
    def nouns(pattern: re.Pattern) -> frozenset[str]:
        function = lexicon().function_words
        found = ("person" if m["everyone"] else quantities.singular(m["noun"].lower())
                 for m in pattern.finditer(text))
        return frozenset(n for n in found if n not in function and n not in _NOT_KINDS)
    # "Only children who need their reliever three or more times a week": some children;
    # "only open to residents who have …": some people, against "open to anyone"
    who = {quantities.singular(m["who"].lower()) for m in _ONLY_WHO.finditer(text)}
    if _ONLY_OPEN_TO.search(text):
        who.add("person")
    # "for roughly 7 in 10 people", "in 60% of patients": some people, against everyone
    if any(_share(m) < 90 for m in _SHARE_OF_PEOPLE.finditer(text)):
        who.add("person")
    every = nouns(_EVERY) | ({"person"} if _OPEN_TO_ALL.search(text) else set())
    return every, nouns(_ONLY_SOME) | frozenset(who)


# A service open to all ("open to anyone who lives, works or studies in the borough"), or
# only to some ("only open to residents who have a diagnosed heart condition").
_OPEN_TO_ALL = re.compile(r"\b(?:open|available|free)\s+to\s+(?:anyone|anybody|everyone|everybody"
                          r"|all)\b", re.IGNORECASE)
_ONLY_OPEN_TO = re.compile(r"\b(?:only\s+(?:open|available|offered)|(?:open|available|offered)\s+"
                           r"only)\s+to\s+(?:the\s+)?[a-z]+s\s+(?:who|with|whose|aged|over|under)\b",
                           re.IGNORECASE)


_SHARE_OF_PEOPLE = re.compile(
    rf"\b(?P<part>{quantities._SMALL})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<whole>{quantities._SMALL}|a\s+hundred|hundred)\s+(?:{quantities.PEOPLE})\b"
    rf"|\b(?P<percent>\d{{1,2}}(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)\s+of\s+(?:the\s+)?"
    rf"(?:{quantities.PEOPLE})\b", re.IGNORECASE)


def _share(m: re.Match) -> float:
    """The percentage a match of :data:`_SHARE_OF_PEOPLE` gives."""
    if m["percent"]:
        return float(m["percent"])
    whole = quantities.number(m["whole"])
    return 100 * quantities.number(m["part"]) / whole if whole else 100.0


# "the last dose" is the final one; "lasts six hours" and "last fall" are not, and
# say nothing against "the first time".
_FINAL_LAST = re.compile(r"\b(?:the|your|their|its|his|her|our|my)\s+(?:very\s+)?last\b(?!\s+(?:"
                         r"year|week|month|night|fall|autumn|spring|summer|winter|time|decade"
                         r"|century|few)\b)", re.IGNORECASE)


def _said(said: set[str], text: str) -> set[str]:
    """The lemmas a unit says, less "last" where it is no final one."""
    if "last" in said and not _FINAL_LAST.search(text):
        return said - {"last"}
    return said


def _qualities(text: str) -> tuple[tuple[str, str], frozenset[tuple[str, str]]]:
    """((quality, stem of the one thing said to hold it) or ("", ""), the (quality,
    stem of holder) pairs said of other things): see _ONLY_ONE."""
    function = lexicon().function_words
    only = _ONLY_ONE.search(text) or _ONLY_REMEDY.search(text)
    one = ("", "")
    if only and only["holder"].lower() not in function:
        one = (stem(only["quality"].lower()), stem(only["holder"].lower()))
    held = ((m.group("quality") or m.group("said"), m.group("holder") or m.group("named"))
            for pattern in (_HOLDS, _IS_REMEDY) for m in pattern.finditer(text))
    holds = frozenset((stem(quality.lower()), stem(holder.lower())) for quality, holder in held
                      if holder.lower() not in function)
    # "treat" is a treatment's verb: its stem is the noun's.
    # Not who treats: "Doctors treat the pain with paracetamol".
    holds |= {(stem("treatment"), stem(m["holder"].lower())) for m in _TREATS.finditer(text)
              if m["holder"].lower() not in function and not _treats_as_person(m["holder"])}
    return one, holds


def _treats_as_person(word: str) -> bool:
    """People or carers, not a remedy: "doctors", "you", "surgeons"."""
    one = quantities.singular(word.lower())
    return one in _people_keys() or one in _CARERS or word.lower() in ("we", "they", "you", "i")


_CARERS = {"doctor", "physician", "surgeon", "nurse", "clinician", "provider", "dentist",
           "pharmacist", "therapist", "specialist", "team", "hospital", "clinic"}


def _only_people(text: str) -> tuple[str, frozenset[str]]:
    """("child", stems of "ADHD") for "ADHD only affects children": the people a
    thing is said to happen to and to no one else, and the thing; or ("", ∅)."""
    m = _ONLY.search(text)
    if m is None:
        return "", frozenset()
    who = _people_keys().get((m["who"] or m["who2"]).lower(), "")
    return who, _content_stems(text[: m.start()]) if who else frozenset()


def _groups(measures: dict[str, frozenset[tuple[float, float]]]) -> frozenset[str]:
    """The people the unit's shares are of: "adult" for "4% of adults"."""
    keys = _people_keys()
    return frozenset(keys[word] for kind in measures if kind.startswith("percent ")
                     for word in kind.split()[1:] if word in keys)


def _getting(text: str) -> tuple[str, frozenset[str]]:
    """("baby", stems of what they get) for "Babies can be born with congenital
    glaucoma": people a claim opens on, said to get something; or ("", ∅)."""
    getting = _PEOPLE_GET.match(text.strip())
    who = _people_keys().get(quantities.singular(getting["who"].lower())) if getting else None
    if not who:
        return "", frozenset()
    return who, _content_stems(text[getting.end():])


def _content_stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _content([w.lower() for w in _WORD.findall(text)]))


# The people of a country, counted: no group of them outnumbers them all.
_NATIONS = {"count:american", "count:canadian", "count:briton", "count:australian",
            "count:european"}


def _people_counted(measures: dict[str, frozenset[tuple[float, float]]]) -> tuple[float, float]:
    """(the most a count of a country's people allows, the least a count of people
    of any group does): "fewer than 2 million Americans" allows 2,000,000 at most,
    "about 9 million adults" 6,000,000 at least."""
    keys = _people_keys()
    nation = min((high for kind in _NATIONS & measures.keys() for _, high in measures[kind]),
                 default=0.0)
    counted = max((low for kind, values in measures.items()
                   if kind.startswith("count:") and kind[6:] in keys for low, _ in values),
                  default=0.0)
    return nation, counted


@cache
def _people_keys() -> dict[str, str]:
    """A word for people, as written or as a measure's kind has its stem, to one
    name of them: "children", "childr" and "child" are "child"."""
    keys = {}
    for word in _PEOPLE:
        one = quantities.singular(word)
        for variant in (word, one, stem(word), stem(one), f"{one}s", stem(f"{one}s")):
            keys.setdefault(variant, one)
    return keys


def _missing(text: str) -> tuple[str, str]:
    """("vaccine", "malari") for "There is no vaccine for malaria"."""
    m = _NONE_EXISTS.search(text)
    if m is None:
        return "", ""
    if m["held"]:
        return quantities.singular(m["held"].lower()), ""
    if m["remedy"] and m["of"].lower() not in lexicon().function_words:
        return quantities.singular(m["remedy"].lower()), stem(m["of"].lower())
    against = (m["against"] or "").lower()
    if against in lexicon().function_words:
        against = ""  # "no approved drugs for it": for what, another sentence says
    return quantities.singular(m["what"].lower()), stem(against)


# A chance given in percent: "your chance of another within 10 years is about 50%".
_CHANCE_IS = re.compile(r"\b(?:chance|odds|likelihood)\b[^.;%]{0,60}?\b(?:is|are)\s+"
                        r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?\d",
                        re.IGNORECASE)


def _chance(text: str, measures: dict[str, frozenset[tuple[float, float]]]) -> float:
    """The chance a unit gives in percent, as a share (0 when it gives none)."""
    if not _CHANCE_IS.search(text):
        return 0.0
    return max(((low + high) / 2 for kind, values in measures.items()
                if kind.split()[0] == "percent" for low, high in values), default=0.0)


def _share_of_people(measures: dict[str, frozenset[tuple[float, float]]]) -> float:
    """The largest share of people among `measures` ("40% of women", "1 in 4
    children", "half of Americans": ``percent american``, the fraction's "of"
    inside it), 0 when none."""
    keys = _people_keys()
    return max(((low + high) / 2 for kind, values in measures.items()
                if kind.startswith("percent ") and any(word in keys for word in kind.split()[1:])
                for low, high in values), default=0.0)


def _lead_in(units: Sequence[Any], i: int) -> int | None:
    """The unit that introduces the list unit `i` is an item of ("…include:"),
    if any: the nearest unit before it ending in ':', with only items (no full
    stop) between them, in the same section."""
    section = unit_value(units[i], "section")
    for j in range(i - 1, max(i - 40, -1), -1):
        text = unit_value(units[j], "text").rstrip()
        if unit_value(units[j], "section") != section or unit_value(units[j], "kind") == "heading":
            return None
        if text.endswith(":"):
            return j
        if text.endswith((".", "!", "?")):
            return None
    return None


# A lead-in whose items are what an instruction waits on: "See a GP if:", "Call 999 if
# your child:", "Get help urgently when you have:".
_CONDITIONAL_LEAD = re.compile(r"\b(?:if|when|whenever|unless)\b[^.!?]{0,60}:\s*$", re.IGNORECASE)


def conditions(units: Sequence[Any]) -> set[int]:
    """The list items an instruction waits on ("See a GP if:" / "- your chest pain is not
    getting better"): said of no one in particular, so no claim to set against another."""
    return {i for i in range(len(units)) if (lead := _lead_in(units, i)) is not None
            and _CONDITIONAL_LEAD.search(unit_value(units[lead], "text"))}


def contexts(units: Sequence[Any]) -> list[tuple[int, ...]]:
    """The units each unit is read with beside itself: the one before it when it
    points back ("However, the study …"), its list's lead-in, and for a lead-in
    that points back ("These medicines include:") the unit before that."""
    out = []
    for i, unit in enumerate(units):
        parts = []
        lemmas = (unit_value(unit, "lemmas") or "").split()
        opening = lemmas[1:2] if lemmas[:1] in (["but"], ["and"]) else lemmas[:1]
        if i > 0 and opening and opening[0] in _POINTING_BACK:
            parts.append(i - 1)
        lead = i if unit_value(unit, "text").rstrip().endswith(":") else _lead_in(units, i)
        if lead is not None:
            lead_lemmas = unit_value(units[lead], "lemmas") or ""
            if lead_lemmas.startswith(_ANAPHORS) and lead > 0:
                parts.append(lead - 1)
            if lead != i:
                parts.append(lead)
        out.append(tuple(dict.fromkeys(parts)))
    return out


def _vectors(readings: Sequence[_Reading]) -> list[dict[str, float]]:
    """TF-IDF vectors (log-scaled counts; smoothed idf, one added so that a
    word every unit shares still counts), unit length."""
    df = Counter(s for r in readings for s in r.stems)
    n = len(readings)
    vectors = []
    for reading in readings:
        vector = {s: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[s])) + 1)
                  for s, c in reading.stems.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({s: v / norm for s, v in vector.items()})
    return vectors


def _neighbours(vectors: Sequence[dict[str, float]]) -> Iterator[list[tuple[float, int]]]:
    """Each vector's NEIGHBOURS most similar others, most similar first, as
    (cosine, index). Dot products are summed over an inverted index, leaving
    out the stems so common in the article (more than COMMON_SHARE of the
    units, and more than COMMON_MIN) that nearly every unit shares them; the
    shortlist this gives is then scored exactly, common stems included."""
    postings: dict[str, list[tuple[int, float]]] = {}
    for y, vector in enumerate(vectors):
        for s, w in vector.items():
            postings.setdefault(s, []).append((y, w))
    common_above = max(COMMON_MIN, COMMON_SHARE * len(vectors))
    for x, vector in enumerate(vectors):
        partial: dict[int, float] = defaultdict(float)
        for s, w in vector.items():
            posting = postings[s]
            if len(posting) > common_above:
                continue
            for y, v in posting:
                partial[y] += w * v
        partial.pop(x, None)
        # (heapq.nlargest, as sorted in C: ties keep their order all the same)
        shortlist = sorted(partial, key=partial.__getitem__, reverse=True)[: 2 * NEIGHBOURS]
        # The exact cosine: what the shortlist summed, and the common stems left out.
        common = [(s, w) for s, w in vector.items() if len(postings[s]) > common_above]
        scored = sorted(((partial[y] + sum(w * vectors[y].get(s, 0.0) for s, w in common), y)
                         for y in shortlist), reverse=True)
        yield scored[:NEIGHBOURS]


def _same_holder(a: str, b: str) -> bool:
    """ "amoxicillin" and "drug amoxicillin" hold one role; "colon cancer" and
    "lung cancer" two."""
    x, y = set(a.split()), set(b.split())
    return x <= y or y <= x


def _contrasts(a: _Reading, b: _Reading, opposed: Sequence[str]) -> int:
    """How many contrasts the `opposed` groups are: one word of two groups ("raises"
    is a direction and a course) makes one, and so does one negation turning two
    words ("does not increase the risk")."""
    return min(len({w for w, group in x.side_words if group in opposed}) for x in (a, b))


def _harm_within_safe(safe: _Reading, harm: _Reading) -> str:
    """The measure of a level called harmful (``60 dB``, ``above 0.8 mmol/L``) from
    inside a range called safe or to be kept to (``at or below 70 dB``, ``between 0.6
    and 1.0 mmol/L``), or ""."""
    for measure in sorted(safe.measures.keys() & harm.measures.keys()):
        if any(low < high and low <= h_low < high
               for low, high in safe.measures[measure]
               for h_low, h_high in harm.measures[measure]):
            return measure
    return ""


def _of_one_thing(a: _Reading, b: _Reading, besides: Collection[str]) -> bool:
    """Whether two units say something of the same thing: two of their own words in
    common, not counting `besides` (the people they are about, a harm's word)."""
    return len([w for w in a.own & b.own if w not in besides]) >= 2


def _difference_against_none(a: _Reading, b: _Reading) -> str:
    """ "'more germs than' / 'no difference'" for "Warm water removes more germs than
    cold water" / "Water temperature makes no difference to how many germs are
    removed", either way round; "" when neither says so."""
    for x, y in ((a, b), (b, a)):
        if x.comparison[0] == "difference" and "difference" in y.null.lower():
            return f"'{x.comparison[1]}' / '{y.null}'"
    return ""


def _both(a: _Reading, b: _Reading, needed: object) -> tuple[tuple[_Reading, _Reading], ...]:
    """Both orders of a pair, when `needed` (what a check of one order needs of either
    unit) holds; none when it does not, as for most pairs."""
    return ((a, b), (b, a)) if needed else ()


def _other_lives(a: _Reading, b: _Reading) -> bool:
    """Whether two units' ages or doses are of different times of life: "adults aged 18
    and over" / "children aged 1 year and older" are two groups, not one age said twice;
    so are a child's dose and an adult's."""
    return bool(a.lives) and bool(b.lives) and a.lives.isdisjoint(b.lives)


# Who stands for anyone working there: "Staff will not give …" / "the room leader will give".
_ANY_WORKER = {"staff"}
# Verbs that say what someone is, not what they do: "Parents and carers are responsible".
_BEING = {stem(w) for w in ("is", "are", "was", "were", "be", "been", "have", "has", "had")}


def _other_ages(a: _Reading, b: _Reading) -> bool:
    """Whether two units are of ages that do not meet: "Children under 12 are not allowed
    in the sauna" / "Children aged 12 and over are welcome" are two groups."""
    ages = a.measures.get("age"), b.measures.get("age")
    return all(ages) and all(x[1] <= y[0] or y[1] <= x[0] for x in ages[0] for y in ages[1])


def _age_bands(a: _Reading, b: _Reading) -> bool:
    """Whether two units are of two bands of age apart, each closed ("2 to 4 years |
    12 to 16 kg | 7.5 ml (180 mg)" / "6 to 8 years | 20 to 25 kg | 5 ml (250 mg)": two
    rows of a table of doses by age), whose doses and weights differ as they should."""
    ages = a.measures.get("age"), b.measures.get("age")
    return all(ages) and all(0 < low < high < quantities.OLDEST for age in ages
                             for low, high in age) \
        and all(x[1] <= y[0] or y[1] <= x[0] for x in ages[0] for y in ages[1])


def _cues(a: _Reading, b: _Reading) -> list[tuple[str, str]]:
    found = []
    # Numbers of one measure that differ; the same figures again are a repeat.
    # (two bands of age: nor their doses, weights or the ages themselves)
    bands = bool(a.measures) and bool(b.measures) and _age_bands(a, b)
    both = a.measures.keys() & b.measures.keys() if a.measures and b.measures and not bands \
        else ()
    shared = sorted(m for m in both if a.measures[m] != b.measures[m]
                    and not quantities.apart(m, a.measures[m], b.measures[m])
                    and not (m == "floor" and quantities.vague_floor(a.measures[m],
                                                                     b.measures[m]))
                    and not (m == "age" and (_other_lives(a, b) or quantities.banded(
                        a.measures[m], b.measures[m])))) if both else []
    dose = doses.clash(a.doses, b.doses) if not (_other_lives(a, b) or bands) else ""
    if not dose:
        # "Each capsule provides 100 mg" / "two capsules give you 300 mg"
        for x, y in _both(a, b, a.adds_up or b.adds_up):
            if x.each_holds and y.adds_up and (dose := doses.miscounted(x.each_holds,
                                                                        y.adds_up)):
                break
    if dose:
        found.append(("measure", dose))
    elif shared and set(shared) <= _OF_EVENTS and a.timed and b.timed and not a.timed & b.timed:
        found.append(("measure", "both give " + ", ".join(shared) + OTHER_EVENTS))
    elif shared:
        found.append(("measure", "both give " + ", ".join(shared)))
    for x, y in _both(a, b, a.always or b.always):
        if x.always and y.sometimes and not x.sometimes and not y.always:
            found.append(("caveat", f"'{x.always}' / '{y.sometimes}'"))
            break
    if a.classed and b.classed and (apart := sorted(
            (f, c, d) for f, c in a.classed for g, d in b.classed if f == g and c != d)):
        # "Readings of 7, 8 or 9 are classed as High" / "A reading of 7 is still classed as
        # Moderate"
        found.append(("class", f"{apart[0][0]}: {apart[0][1]} / {apart[0][2]}"))
    for x, y in _both(a, b, a.every or b.every):
        if x.every and y.only_some and (kinds := sorted(x.every & y.only_some - y.every)):
            found.append(("caveat", f"every {kinds[0]} / only some"))
            break
    for x, y in _both(a, b, a.safe or b.safe):
        if x.safe and y.harmful and not y.safe and (within := _harm_within_safe(x, y)):
            found.append(("measure", f"safe up to / harmful at the same {within}"))
            break
    for x, y in _both(a, b, a.nation or b.nation):
        if x.nation and y.counted > x.nation * (1 + quantities.TOLERANCE):
            found.append(("measure", "a group outnumbers its country's people"))
            break
    opposed = sorted(group for group, side in a.sides
                     if (group, 1 - side) in b.sides and (group, side) not in b.sides
                     ) if a.sides and b.sides else []
    if opposed and _contrasts(a, b, opposed) % 2 == 0:
        # Two contrasts cancel: "safe at low doses" / "dangerous at high doses".
        opposed = []
    if opposed:
        found.append(("direction", f"opposite {opposed[0]}"))
    for x, y in _both(a, b, a.absolute or b.absolute or a.safe_for or b.safe_for
                      or a.left_out or b.left_out or a.spared or b.spared):
        if x.absolute and y.caveat and not y.absolute:
            found.append(("caveat", f"'{x.absolute}' / '{y.caveat}'"))
            break
        if x.safe_for and y.excludes and (people := sorted(x.safe_for & y.excludes - y.safe_for)):
            found.append(("caveat", f"safe for / not for: {people[0]}"))
            break
        if x.left_out and y.studied and (people := sorted(x.left_out & y.studied)):
            found.append(("caveat", f"left out of the study / a finding for: {people[0]}"))
            break
        if x.spared and (people := sorted(x.spared & y.named - y.spared)):
            found.append(("caveat", f"cannot get it / said of: {people[0]}"))
            break
    if {a.scope, b.scope} == {"only", "any"}:
        found.append(("caveat", "only there / anywhere"))
    elif {a.scope, b.scope} == {"only stage", "any stage"}:
        found.append(("caveat", "one stage only / any stage"))
    if {a.symptoms, b.symptoms} == {"no symptoms", "symptoms"}:
        found.append(("null", "no symptoms / symptoms as a rule"))
    if a.comparison[0] and b.comparison[0] and a.comparison[0] != b.comparison[0]:
        found.append(("comparison", f"'{a.comparison[1]}' / '{b.comparison[1]}'"))
    elif "difference" in (a.comparison[0], b.comparison[0]) and (
            difference := _difference_against_none(a, b)):
        found.append(("comparison", difference))
    elif a.ranking[0] and a.ranking == b.ranking[::-1] and a.ranking[0] != a.ranking[1]:
        found.append(("comparison", f"{a.ranking[0]} over {a.ranking[1]} / the other way"))
    elif (a.parity or b.parity) and (ranked := next((
            x.ranking for x, y in ((a, b), (b, a))
            if x.ranking[0] and x.ranking[0] != x.ranking[1] and set(x.ranking) == y.parity),
            None)):
        found.append(("comparison", f"{ranked[0]} over {ranked[1]} / as common in both"))
    elif a.more_of[0] and a.more_of[:2] == b.more_of[1::-1] and a.more_of[2] & b.more_of[2]:
        # "Apixaban caused fewer major bleeds than warfarin" / "… more major bleeding than …"
        found.append(("comparison", f"more {min(a.more_of[2] & b.more_of[2])}: "
                                    f"{a.more_of[0]} / {b.more_of[0]}"))
    if a.made_of and b.made_of and (made := next((
            f"{thing}: {material} / {other}" for thing, material in a.made_of
            for same, other in b.made_of if same == thing and other != material
            and (thing, other) not in a.made_of and (thing, material) not in b.made_of), "")):
        # "Every piece of starter jewellery we fit is implant-grade titanium" / "Your starter
        # jewellery is surgical stainless steel"
        found.append(("antonym", made))
    if a.placed and b.placed and (where := next((
            f"{thing}: {place} / {other}" for thing, place, stems in a.placed
            for same, other, other_stems in b.placed
            if same == thing and not stems & other_stems), "")):
        # "The first aid kit … kept behind the reception desk" / "The first aid kit is kept
        # in the instructors' office on the mezzanine floor"
        found.append(("antonym", where))
    if (costly := next((thing for x, y in ((a, b), (b, a)) for thing, before in x.free_of_charge
                        for other, said in y.priced if thing == other and said <= before), "")):
        # "Your hearing assessment with us is completely free" / "The assessment fee of £45
        # is refunded …" (not "a free vaccine" / "The private flu vaccine costs £17.99")
        found.append(("antonym", f"{costly} free / priced"))
    if (drink := next((y.drink_offered for x, y in ((a, b), (b, a))
                       if x.no_alcohol and y.drink_offered and not y.no_alcohol), "")):
        # "Please do not use the hot tub after drinking alcohol" / "Guests are welcome to sip
        # the prosecco from our welcome hamper while they soak"
        found.append(("permission", f"no alcohol / {drink}"))
    if (a.banned or a.welcome) and (b.banned or b.welcome) and (things := sorted(
            a.banned & b.welcome - a.welcome - b.banned or b.banned & a.welcome - b.welcome
            - a.banned)) and not _other_ages(a, b):
        # "Somersaults, flips and backdrops are banned in every area" / "Front and back
        # flips are allowed on the air bag"
        found.append(("permission", f"{things[0]} banned / allowed"))
    for x, y in _both(a, b, (a.free_of and b.allowed) or (b.free_of and a.allowed)):
        # "The whole site … is smoke-free" / "Smoking and vaping are permitted only in the
        # shelter"
        if x.free_of and y.allowed and (acts := sorted(
                x.free_of & {stem(verb) for verb in y.allowed} - y.free_of)):
            found.append(("permission", f"{acts[0]}-free / allowed"))
            break
    for x, y in _both(a, b, a.allowed or b.allowed or a.required or b.required
                      or a.commands or b.commands):
        if x.allowed and y.ruled_out and (
                verbs := sorted(x.allowed & y.ruled_out - x.ruled_out - y.allowed)):
            found.append(("permission", f"can / cannot {verbs[0]}"))
            break
        # "You must avoid foods that contain vitamin K" / "You do not need to avoid foods"
        if x.required and y.exempt and (duties := sorted(x.required & y.exempt - x.exempt
                                                         - y.required)):
            found.append(("permission", f"must / need not {duties[0]}"))
            break
        # "A verruca must always be covered …" / "Swimmers with verrucas do not need to
        # cover them": a duty in the passive, on a thing the other names, left out.
        if x.required and y.exempt and (verbs := sorted(
                {verb for verb in _duty_verbs(x.required, y.own) if verb + _PASSIVE in {
                    duty.split()[0] for duty in x.required}}
                & {duty.split()[0] for duty in y.exempt - y.required})):
            found.append(("permission", f"must be / need not {verbs[0]}"))
            break
        # "Give them an aspirin to chew right away" / "Do not give the person aspirin"
        if x.commands and y.forbidden and (acts := sorted(x.commands & y.forbidden)):
            found.append(("permission", f"do / do not {acts[0]}"))
            break
        # "Avoid ibuprofen and aspirin …" / "Take ibuprofen to bring down a dengue fever"
        if x.commands and y.commands and (things := sorted(
                {what for verb, _, what in (act.partition(" ") for act in x.commands)
                 if verb in _AVOIDING}
                & {what for verb, _, what in (act.partition(" ") for act in y.commands)
                   if verb in _TAKING})):
            found.append(("permission", f"avoid / take {things[0]}"))
            break
        # "Call 911 after using the auto-injector" / "You do not need to call 911 if …"
        if x.commands and y.exempt and (verbs := sorted(
                {act.split()[0] for act in x.commands}
                & {duty.split()[0] for duty in y.exempt - y.required})):
            found.append(("permission", f"do / need not {verbs[0]}"))
            break
        # "… you can stop taking your tablets" / "Do not stop taking your medicine":
        # the verb allowed is the one forbidden, on something the first names.
        if x.allowed and y.forbidden and (acts := sorted(
                act for act in y.forbidden if act.split()[0] in x.allowed - x.ruled_out
                and act.split()[1] in x.own)):
            found.append(("permission", f"can / do not {acts[0]}"))
            break
        # "Start allopurinol as soon as it begins" / "Allopurinol should not be started
        # during a flare": the verb ruled out, on the thing the instruction names.
        if x.commands and y.ruled_out and (acts := sorted(
                act for act in x.commands if act.split()[0] in y.ruled_out - y.allowed
                and act.split()[1] in y.own)):
            found.append(("permission", f"do / should not {acts[0]}"))
            break
        # "Most people need to take levothyroxine for the rest of their lives" / "… you can
        # stop taking levothyroxine": a duty for life is one never to stop it.
        if x.lifelong and y.allowed & _STOPPING and (drugs := sorted(
                duty.split()[1] for duty in x.required
                if duty.split()[0] == "take" and duty.split()[1] in y.own)):
            found.append(("permission", f"take {drugs[0]} for life / can stop"))
            break
        # "You should not get Shingrix if …" / "… you should still get vaccinated"
        if x.required and y.ruled_out and (verbs := sorted(
                _duty_verbs(x.required, y.own)
                & {_duty_verb(v) for v in y.ruled_out - x.ruled_out})):
            found.append(("permission", f"should / should not {verbs[0]}"))
            break
    # "… so antibiotics don't help" / "Your child will need antibiotics to clear croup";
    # "A steamy bathroom has not been shown to help" / "… is the best treatment for croup".
    for x, y in _both(a, b, a.null or b.null):
        if not (x.null and x.null_of):
            continue
        needed = sorted(what for verb, _, what in (duty.partition(" ") for duty in y.required)
                        if verb == "obtain" and what in x.null_of)
        if needed:
            found.append(("null", f"'{x.null}' / needs {needed[0]}"))
            break
        if y.role[0] in _GOOD_ROLES and y.role[1] and set(y.role[1].split()) <= x.null_of:
            found.append(("null", f"'{x.null}' / the {y.role[0]}"))
            break
        # "Antibiotics don't work against Lyme disease" / "Lyme disease is treated with …
        # antibiotics": what is said not to work is what the article treats it with.
        if y.treated_with and x.null_of <= y.treated_with and not y.null:
            found.append(("null", f"'{x.null}' / treated with it"))
            break
    # "Magnesium oxide is poorly absorbed" / "Magnesium oxide is the best-absorbed
    # form": said of the same thing (one's words within the other's).
    manner = next((f"{'well' if x[1] > 0 else 'poorly'} / {'well' if y[1] > 0 else 'poorly'}"
                   f" {x[0]}" for x in a.manners for y in b.manners
                   if x[0] == y[0] and x[1] != y[1] and x[2] and y[2]
                   and (x[2] <= y[2] or y[2] <= x[2])), None) if a.manners and b.manners else None
    if manner:
        found.append(("antonym", manner))
    if a.role[0] and a.role[0] == b.role[0] and not _same_holder(a.role[1], b.role[1]):
        found.append(("role", f"{a.role[0]}: {a.role[1]} / {b.role[1]}"))
    elif a.role[0] and b.role[0] and a.role[0] != b.role[0] and _same_holder(
            a.role[1], b.role[1]) and _unranked(a.role[0]) == _unranked(b.role[0]):
        # "X is the leading cause of cancer death" / "X is the second leading cause …"
        found.append(("role", f"{a.role[0]} / {b.role[0]}: {a.role[1]}"))
    elif (a.high_in or a.low_in) and (b.high_in or b.low_in) and (levels := sorted(
            a.high_in & b.low_in - a.low_in - b.high_in
            or b.high_in & a.low_in - b.low_in - a.high_in)):
        # "Bananas are among the fruits highest in potassium" / "Bananas are a
        # low-potassium fruit"
        found.append(("antonym", f"high / low in {levels[0]}"))
    elif ((a.free_of and (b.contains or b.high_in)) or (b.free_of and (a.contains or a.high_in))
          ) and not any(x.missing[0] and y.doses for x, y in ((a, b), (b, a))) and (
            free := sorted(a.free_of & (b.contains | b.high_in) - a.contains
                           or b.free_of & (a.contains | a.high_in) - b.contains)):
        # (none of it against an amount of it is the null's: "contains no caffeine" /
        # "contains about 2 to 15 mg of caffeine")
        # "The gel … is completely peroxide-free" / "Our home whitening gels contain 10% or
        # 16% carbamide peroxide"
        found.append(("antonym", f"{free[0]}-free / contains {free[0]}"))
    elif a.order and b.order and (order := _timed_apart(a, b)):
        found.append(("antonym", order))
    elif (a.compulsory or a.optional) and (b.compulsory or b.optional) and (needed := sorted(
            a.compulsory & b.optional - a.optional or b.compulsory & a.optional - b.optional)):
        # "Kennel cough vaccination is compulsory" / "We do not require kennel cough
        # vaccination"
        found.append(("antonym", f"{needed[0]} compulsory / optional"))
    elif (a.one_each or a.shared) and (b.one_each or b.shared) and (one := sorted(
            a.one_each & b.shared - a.shared or b.one_each & a.shared - b.shared)):
        # "Only one person may be on each trampoline" / "Two jumpers of similar size may
        # share a trampoline"
        found.append(("antonym", f"one per {one[0][1]} / shared"))
    elif ((a.supervised and b.unsupervised) or (b.supervised and a.unsupervised)) and (
            ages := (a.measures.get("age"), b.measures.get("age"))) and all(ages) and any(
            x[0] < y[1] and y[0] < x[1] for x in ages[0] for y in ages[1]):
        # "Visitors under 16 must be accompanied by an adult at all times" / "Young people
        # aged 14 and over may visit on their own": of the same ages (14 and 15), both.
        found.append(("antonym", "accompanied / on their own"))
    elif a.decisions and b.decisions and (alone := next((
            f"only {who} {act} / {other}" for x, y in ((a, b), (b, a))
            for who, act, what, only in x.decisions if only
            for other, act2, what2, _ in y.decisions
            if other != who and (act2 == act or what & what2)), "")):
        # "Only a registered doctor can give final clearance" / "The team coach signs off
        # the final return-to-play clearance": one act given to two people, one alone.
        found.append(("role", alone))
    elif ((a.refused and b.decisions) or (b.refused and a.decisions)) and (never := next((
            f"{who} never {act} / {other} {act2}" for x, y in ((a, b), (b, a))
            for who, act, what in x.refused for other, act2, what2, _ in y.decisions
            if (other == who or who in _ANY_WORKER) and act2 not in _BEING
            and (act2 == act or len(what & what2) > 1)), "")):
        # "Staff will not give Calpol or any other paracetamol" / "the room leader will give
        # one dose of infant paracetamol"
        found.append(("permission", never))
    else:
        for x, y in _both(a, b, a.only_one[0] or b.only_one[0]):
            quality, one = x.only_one
            if quality and y.holds and (others := sorted(
                    h for q, h in y.holds if q == quality and h != one)):
                found.append(("role", f"only {one} {quality} / {others[0]} {quality}"))
                break
    for x, y in _both(a, b, a.missing[0] or b.missing[0]):
        # "There is no vaccine for malaria" / "Two malaria vaccines are recommended"
        what, against = x.missing
        if what and f"count:{what}" in y.measures and (not against or against in y.own):
            found.append(("null", f"no {what} / a count of them"))
            break
        # "Decaf coffee contains no caffeine" / "… contains about 2 to 15 mg of caffeine"
        if what and y.doses and stem(what) in y.own:
            found.append(("null", f"no {what} / an amount of it"))
            break
        # "There is no vaccine for Lyme disease" / "Two doses of the Lyme vaccine protect …"
        if against and (against, what) in y.in_use and not y.missing[0]:
            found.append(("null", f"no {what} / the {what} at work"))
            break
    for x, y in _both(a, b, a.harmful or b.harmful):
        # "Reading in dim light permanently damages children's eyes" / "… does not
        # cause lasting damage to the eyes"
        if x.harmful and x.harmful == y.harmless:
            found.append(("null", f"'{x.harmful}…' / no '{y.harmless}…'"))
            break
        # Harm in other words, said of the same thing ("Creatine causes kidney damage" /
        # "creatine does not harm the kidneys"): two words in common besides the harm's.
        if x.harmful and y.harmless and _of_one_thing(x, y, {x.harmful, y.harmless}):
            found.append(("null", f"'{x.harmful}…' / no '{y.harmless}…'"))
            break
    for x, y in _both(a, b, a.effect or b.effect or a.proven or b.proven):
        # An effect of what the null is said of: "Food … reduce how much you absorb" /
        # "food does not affect how well it works", not "Generic levothyroxine works …"
        if x.effect and not x.null and y.null and (not y.null_of or y.null_of & x.stems.keys()):
            found.append(("null", f"'{x.effect}' / '{y.null}'"))
            break
        if x.proven and y.unsettled and not y.proven:
            found.append(("null", f"'{x.proven}' / '{y.unsettled}'"))
            break
    for x, y in _both(a, b, (a.lifelong and b.unsettled) or (b.lifelong and a.unsettled)):
        # "Protection from the vaccine is lifelong" / "researchers do not yet know whether
        # protection lasts beyond that": for life, against not known
        if x.lifelong and y.unsettled and not y.lifelong:
            found.append(("null", f"'{x.lifelong}' / '{y.unsettled}'"))
            break
    for x, y in _both(a, b, a.only or b.only):
        # "ADHD only affects children" / "About 4% of adults have ADHD"
        if x.only and y.groups and x.only not in y.groups:
            found.append(("caveat", f"only {x.only} / {sorted(y.groups)[0]}"))
            break
        if x.only and y.gets and y.gets != x.only and x.only_of & y.gotten:
            # "Glaucoma only affects older adults" / "Babies can be born with
            # congenital glaucoma": other people get the same thing.
            found.append(("caveat", f"only {x.only} / {y.gets}"))
            break
    for x, y in _both(a, b, a.share or b.share):  # each check needs the other's share
        # "One dose … offers little protection" / "A single dose protects about 93% of people"
        if x.little and x.little in y.own and y.share >= 50 and not y.little:
            found.append(("measure", f"little {x.little} / {y.share:g}%"))
        if x.rare and (not x.share or y.share >= 10 * x.share) and y.share >= (
                NOT_VERY_RARE if _VERY_RARE.match(x.rare) else NOT_RARE):
            found.append(("measure", f"'{x.rare}' / {y.share:g}%"))
            break
        # "Almost everyone … gets the rash" against "in about 70 to 80 percent of people"
        if x.nearly_all and 0 < y.share < NEARLY_ALL and not y.nearly_all:
            found.append(("measure", f"'{x.nearly_all}' / {y.share:g}%"))
            break
        # "Most children outgrow a peanut allergy" against "About 20% of children with a
        # peanut allergy outgrow it": a share of the same people, under half
        # (said of the same: two words in common besides the people)
        if x.most and x.most in y.groups and 0 < y.share < 50 and not y.most \
                and _of_one_thing(x, y, _people_keys()):
            found.append(("measure", f"'most' / {y.share:g}% of them"))
            break
        # "works for everyone" against "in roughly 50% of patients"
        if x.absolute and 0 < y.share < NOT_ALL and not x.share:
            found.append(("caveat", f"'{x.absolute}' / {y.share:g}%"))
            break
    for group, side, phrase in a.phrase_sides:
        other = next((p for g, s, p in b.phrase_sides if g == group and s != side), None)
        # A unit holding both sides ("is not permanent" holds "permanent") takes none.
        if other and not any(g == group and s != side for g, s, _ in a.phrase_sides) \
                and not any(g == group and s == side for g, s, _ in b.phrase_sides):
            found.append(("antonym", f"'{phrase}' / '{other}'"))
            break
    opposites, grouped = antonyms(), lexicon().sides
    # (a word without an opposite has none in the other unit either)
    for word in sorted(a.said & opposites.keys()) if b.said else ():
        others = opposites[word] & b.said
        if word in grouped and others & grouped.keys():
            continue  # a pair of the direction lexicon, weighed above
        if others and word not in b.said and not (others & a.said):
            found.append(("antonym", f"{word} / {min(others)}"))
            break
    else:
        # "Microwaves are non-ionising radiation" / "… at the ionising end of the spectrum"
        # "The cabinets are left unlocked" / "Each cabinet is locked with a keypad"
        for x, y in _both(a, b, a.opposed or b.opposed):
            if (word := next((w for w, bases in x.opposed if w not in y.said
                              and bases & y.stems.keys()
                              and (w[:4] == "non-" or not bases & x.stems.keys())), None)):
                plain = word[4:] if word.startswith("non-") else word[2:]
                found.append(("antonym", f"{word} / {plain}"))
                break
    for x, y in _both(a, b, a.negated or b.negated):
        # Said with and without a negation: by one of the units itself, or by
        # the contexts of two units naming the same thing ("vilazodone" in a
        # list of approved drugs and in one of drugs not approved).
        if not (x.negated and y.positive):
            continue
        flipped = (x.negated - x.positive) & y.positive
        if flipped and not x.own & y.own:
            flipped &= x.own | y.own
        # Against a unit that denies nothing itself ("cannot get melanoma" / "Melanoma
        # never develops in …" deny one thing; "with no copay" denies no verb), nor a
        # share of people ("Two thirds of adults do not eat enough fish" is the third
        # that do, compared as a measure).
        if not (y.denied or x.share or y.share) and (
                denied := sorted(flipped & x.denied & y.own)):
            found.append(("polarity", f"'{denied[0]}'{DENIED}"))
            break
        if flipped := sorted(flipped):
            found.append(("polarity", f"'{flipped[0]}' negated in one only"))
            break
    return found


def _opposed(said: set[str]) -> Iterator[tuple[str, frozenset[str]]]:
    """The words of `said` that a prefix makes opposite ("non-ionising", "unlicensed",
    not "under" or "unit"), each with the stems of the word without it (a participle's
    and its verb's: "locked", "lock")."""
    for word in said:
        if word.startswith("non-"):
            plain = word[4:]
        elif word.startswith("un") and len(word) >= 7 and word[2:] not in _NOT_UN:
            plain = word[2:]
        else:
            continue
        bases = {stem(plain)}
        if plain.endswith("ed"):
            bases.add(stem(plain[:-2]))
        yield word, frozenset(bases)


# Words opening with "un" that are no opposite of what follows the prefix.
_NOT_UN = {"derstand", "dergo", "dertake", "iversity", "iversal", "ivariate", "ilateral"}


# A word that counts the seconds after it ("30 seconds", "a few seconds", "per second").
_COUNTED = re.compile(r"[\d.,]+|few|several|many|per|thirty|sixty|ten|five")


def _counts_only(words: list[str], k: int, start: int) -> bool:
    """ "most" or "least" that counts, not ranks: "at least one", "at most twice",
    "most of them", "Most nosebleeds …" opening the unit; none of them opposes the
    other as "the most likely" does "the least likely". And "second" after a count
    ("30 to 90 seconds", "a few seconds") is time, not the ordinal "first" opposes."""
    before, after = words[k - 1] if k > 0 else "", words[k + 1] if k + 1 < len(words) else ""
    if words[k] == "second":
        return _COUNTED.fullmatch(before) is not None
    if words[k] not in ("most", "least"):
        return False
    return before == "at" or after == "of" or k == start


def _names_a_kind(heading: str) -> bool:
    """A heading naming a kind of thing: a short plural noun phrase
    ("Serotonin modulators", "Tricyclic antidepressants (TCAs)")."""
    words = re.sub(r"\(.*?\)", "", heading).split()
    return (1 <= len(words) <= 4 and words[-1].endswith("s") and heading[-1:] not in "?:."
            and words[0] not in _COLLECTIONS)


def _lemmas(units: Sequence[Any], i: int) -> list[str]:
    return (unit_value(units[i], "lemmas") or "").split()


def _text(units: Sequence[Any], i: int) -> str:
    return unit_value(units[i], "text") or ""


def _class_conflicts(units: Sequence[Any], indexes: Sequence[int]) -> list[tuple[int, int, str]]:
    """One thing put in two kinds the article keeps apart: an item listed under
    the heading of one kind ("Serotonin modulators" … "Vilazodone (Viibryd)")
    and named as a member of another ("Atypical antidepressants, such as
    vilazodone …"). The kinds are the article's sibling headings."""
    headings = [_text(units, k).strip().lower() for k, u in enumerate(units)
                if unit_value(u, "kind") == "heading"]
    kinds_named = {name for name in headings if _names_a_kind(name)}
    # A kind as "Duloxetine is an SSRI" names it: "ssris" and "ssri" for "SSRIs".
    kind_names = {kind: (bare, quantities.singular(bare))
                  for kind in kinds_named if (bare := re.sub(r"\s*\(.*?\)", "", kind))}
    members: dict[str, list[tuple[int, str]]] = {}
    for i in indexes:
        text = unit_value(units[i], "text") or ""
        section = (unit_value(units[i], "section") or "").strip().lower()
        lowered = text.lower()
        item = len(text.split()) <= 6 and not text.rstrip().endswith((":", "."))
        if section in kinds_named and item:
            # An item of its section's list: the first word names the member.
            name = lowered.split()[0].strip("(),")
            members.setdefault(name, []).append((i, section, False))
        for kind in kinds_named:
            match = re.match(rf"{re.escape(kind)},? (?:such as|like|including) (.+)", lowered)
            if match:
                for name in re.findall(r"[a-z][a-z-]+", match.group(1)):
                    members.setdefault(name, []).append((i, kind, True))
        # "Duloxetine (Cymbalta) is an SSRI …" puts it in the kind headed "SSRIs".
        for m in _IS_A.finditer(lowered):
            what = re.sub(r"\([^)]*\)", "", m["what"]).split()
            if not what or what[0] in ("not", "never"):
                continue
            said = " ".join(what[1:])
            for kind, names in kind_names.items():
                if said in names or said.startswith(tuple(f"{name} " for name in names)):
                    members.setdefault(m["name"].split()[-1], []).append((i, kind, True))
    found = _list_kind_conflicts(units, indexes) + _membership_conflicts(units, indexes)
    for name, places in members.items():
        for x, (i, kind_i, said_i) in enumerate(places):
            for j, kind_j, said_j in places[x + 1 :]:
                # Two lists under two headings may share an item ("Lightheadedness"
                # as a side effect of two kinds); a member named with "such as" is put in a kind.
                if kind_i != kind_j and i != j and (said_i or said_j):
                    found.append((min(i, j), max(i, j), f"{name}: {kind_i} / {kind_j}"))
    return found


def _list_kind_conflicts(
    units: Sequence[Any], indexes: Sequence[int]
) -> list[tuple[int, int, str]]:
    """A list introduced as one kind ("antidepressants available in the U.S.:")
    with an item that names itself another kind of the same set ("Abilify
    (aripiprazole) – an antipsychotic …"): the lexicon's categories."""
    categories = lexicon().categories
    found = []
    for i in indexes:
        lead = _lead_in(units, i)
        if lead is None:
            continue
        listed = {w: categories[w] for w in _content(_lemmas(units, lead)) if w in categories}
        own = [w for w in _content(_lemmas(units, i)) if w in categories]
        if listed and own and own[0] not in listed and categories[own[0]] in listed.values():
            kind = next(w for w, c in listed.items() if c == categories[own[0]])
            found.append((lead, i, f"listed as {kind}, said to be {own[0]}"))
    return found


# "Sertraline is a selective serotonin reuptake inhibitor (SSRI)": what a thing
# is said to be, up to where a clause of its own begins.
_IS_A = re.compile(r"\b(?P<name>(?:[a-z][\w-]+\s+)?[a-z\d][\w-]*)(?:\s*\([^)]*\))?,?\s+"
                   r"(?:(?P<neg>isn['’]t|aren['’]t|wasn['’]t)|is|was|are|remains)\s+"
                   r"(?:itself\s+|themselves\s+|also\s+|actually\s+)?(?P<what>(?:(?:not|never)\s+)?(?:an?|the|one)\s[^.;:,]{0,80}?)(?=\s(?:that|which|who|but|because|so)\b|"
                   r"[.;:,]|$)")
# "Psychedelics such as psilocybin and LSD", "non-stimulant medicines, such as
# atomoxetine": members named for a kind (among the three words before "such as").
_SUCH_AS = re.compile(r"\b(?P<kind>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]+),?\s+\(?"
                      r"(?:such\s+as|like|including)\s+(?P<members>[^.;:()]+)")
# "rimegepant, a newer triptan that …", "doxycycline, another macrolide": a thing and the
# kind put beside it.
_APPOSED = re.compile(r"\b(?P<name>[a-z][\w-]+)(?:\s*\([^)]*\))?,\s+(?:an?|the|another)\s+"
                      r"(?P<what>[^.;:,()]{0,60}?)(?=\s(?:that|which|who)\b|[.;:,]|$)")
# "Pregabalin and gabapentin belong to a group called gabapentinoids", "Lithium is a mood
# stabiliser and does not belong to either the antidepressant or …": a kind named in
# what something belongs to (a group, a family, a class of medicines).
_BELONGS = re.compile(
    r"\b(?P<names>[a-z][\w-]+(?:\s+and\s+[a-z][\w-]+)?)(?:\s*\([^)]*\))?"
    r"(?:\s+(?:is|are)\s+(?:an?\s+)?[^.;:,()]{1,40}?\s+(?:and|that|which)|,\s+which"
    r"|,(?=\s+belongs?\b))?\s+"
    r"(?P<denied>(?:does|do)\s+not\s+|(?:doesn|don)['’]t\s+)?belongs?\s+to\s+(?:either\s+)?"
    r"(?P<what>(?:an?|the)\s[^.;:,]{0,80}?)(?=\s(?:that|which|who|but|because|so|along)\b|[.;:,]|$)")
# "Nitrofurantoin belongs to … nitrofurans and is not related to penicillin": the
# sentence's subject denied a kind.
_NOT_RELATED = re.compile(r"^\s*(?P<name>[a-z][\w-]+)\b[^.;]{0,120}?\b(?:is|are)\s+"
                          r"(?:not|n['’]t)\s+related\s+to\s+(?:the\s+)?(?P<what>[a-z][\w-]*)")
# "duloxetine and amitriptyline are both SNRIs": things named together put in a kind.
_ARE_BOTH = re.compile(
    r"\b(?P<names>[a-z][\w-]+(?:,\s+[a-z][\w-]+)*,?\s+and\s+[a-z][\w-]+)(?:\s*\([^)]*\))?"
    r"\s+(?:are|were)\s+(?P<denied>not\s+)?(?:both\s+|all\s+)?"
    r"(?P<what>[^.;:,]{1,60}?)(?=\s(?:that|which|who|but|because|so|and)\b|[.;:,]|$)")
# "We use the macrolide antibiotics, doxycycline and azithromycin, …": a kind's members
# set beside it.
_APPOSED_LIST = re.compile(
    r"\b(?P<kind>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]+s),\s+(?P<members>[a-z][\w-]+"
    r"(?:,\s*[a-z][\w-]+)*,?\s+(?:and|or)\s+[a-z][\w-]+)(?=\s*[,.;)]|$)")
# "Lithium, like the other antidepressants …", "Like other NSAIDs, naproxen …", "Like
# famotidine and the other H2 blockers, omeprazole …", "Unlike most other sulfonylureas,
# sitagliptin …": a thing set among the others of its kind.
_LIKE_OTHERS = re.compile(
    r"\b(?P<name>[a-z][\w-]+)(?:\s*\([^)]*\))?,\s+(?:un)?like\s+(?:the\s+|many\s+|most\s+|all\s+)?"
    r"other\s+(?P<kind>[a-z][\w-]+)"
    r"|\b(?:(?:un)?like|as\s+with)\s+(?:[a-z][\w-]+\s+and\s+)?(?:all\s+the\s+|the\s+|many\s+"
    r"|most\s+|all\s+)?"
    r"other\s+(?P<kind2>[a-z][\w-]+)[^,.;:]{0,40},\s+(?:(?:using|taking)\s+)?(?P<name2>[a-z][\w-]+)")
# "MAO-B inhibitors: selegiline, rasagiline, safinamide": a kind's members listed after it.
_LISTED = re.compile(r"^\s*(?P<kind>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]+):\s+"
                     r"(?P<members>[a-z][\w-]+(?:,\s*[a-z][\w-]+)+(?:,?\s+(?:and|or)\s+"
                     r"[a-z][\w-]+)?)\s*[.;]?\s*$", re.MULTILINE)
_NOT_MEMBERS = {"it", "this", "that", "which", "what", "there", "here", "one", "each", "who",
                "children", "adults", "people", "patients", "women", "men", "babies",
                "but", "and", "or", "is", "are", "was", "were", "can", "may", "because",
                "since", "when", "if", "as", "although", "while", "for", "with", "so"}
# "a virus called mycoplasma", "a type of bacterium known as …": a thing named for its kind.
_KIND_CALLED = re.compile(r"\b(?:an?|the)\s+(?P<kind>(?:[a-z][\w-]*\s+)?[a-z][\w-]+)\s+"
                          r"(?:called|named|known\s+as)\s+(?P<name>[a-z][\w-]+)")
# "the same tetracycline family as azithromycin and minocycline": the others named.
_SAME_AS = re.compile(r"\bsame\b[^.;:,]*?\bas\s+(?P<others>[a-z][\w-]+(?:(?:,\s*|\s+and\s+)"
                      r"[a-z][\w-]+)*)")
# "a painkiller rather than an anti-inflammatory": what it is said not to be.
_RATHER = re.compile(r"\s+(?:rather\s+than|instead\s+of)\s+(?:an?\s+)?")
# "Mebeverine, unlike hyoscine, is not …": the thing set against the subject.
_UNLIKE = re.compile(r",\s+unlike\s+[^,.;:()]{1,40},")
# A kind outside the lexicon's categories: it clashes only with its own denial.
_GENERIC = "~"
# Words before a kind that name no narrower kind: "a group of medicines called …".
_NOT_NARROWER = {"a", "an", "the", "of", "called", "known", "as", "same", "other", "group",
                 "class", "family", "type", "kind", "medicine", "medicines", "drug", "drugs",
                 "new", "newer", "old", "older", "different", "either", "or", "and"}


def _category(word: str) -> str | None:
    """`word` or its singular, when the lexicon's categories hold it."""
    categories = lexicon().categories
    plural = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],) \
        if word.endswith("s") else ()
    for form in (word, *plural, _IRREGULAR_PLURALS.get(word, word)):
        if form in categories:
            return form
    return None


# Kinds whose plural drops more than an "s": "Viruses such as MRSA" names viruses.
_IRREGULAR_PLURALS = {"bacteria": "bacterium", "fungi": "fungus"}


def _kind_of(word: str) -> tuple[str, bool] | None:
    """The category `word` names, and whether it names its opposite
    ("non-stimulant": not a stimulant)."""
    kind = _category(word.removesuffix("-type").removesuffix("-class"))
    if kind is not None:
        return kind, False  # ("a penicillin-type antibiotic" is a penicillin)
    if word.startswith("non") and (kind := _category(word[3:].lstrip("-"))):
        return kind, True
    return None


# Kinds written in two words, which the lexicon writes hyphenated.
# ("stimulant laxatives" are no stimulants: the kind is the two words)
_MULTIWORD_KINDS = re.compile(r"\b(?:calcium\s+channel|beta\s+blocker|alpha\s+blocker|h2\s+blocker"
                              r"|z\s+drug|stimulant\s+laxative|stool\s+softener|bulk\s+forming)")
# Kinds named in full or otherwise: "angiotensin II receptor blockers" are ARBs, "proton
# pump inhibitors" PPIs, "DPP-4 inhibitors" gliptins.
_FULL_KIND_NAMES = (
    (re.compile(r"\bangiotensin[\s-](?:ii[\s-])?receptor\s+blocker(s?)"), r"arb\1"),
    (re.compile(r"\bangiotensin[\s-]converting[\s-]enzyme\s+(?=inhibitor)"), "ace "),
    (re.compile(r"\bproton[\s-]pump\s+inhibitor(s?)"), r"ppi\1"),
    (re.compile(r"\bdpp-?4\s+inhibitor(s?)"), r"gliptin\1"),
    (re.compile(r"\bh2[\s-]receptor\s+(?:antagonist|blocker)(s?)"), r"h2-blocker\1"),
    (re.compile(r"\bselective\s+serotonin\s+reuptake\s+inhibitor(s?)"), r"ssri\1"),
    (re.compile(r"\bserotonin(?:\s+and\s+|-)nor(?:adrenaline|epinephrine)\s+reuptake\s+"
                r"inhibitor(s?)"), r"snri\1"),
    (re.compile(r"\bcorticosteroid(s?)"), r"steroid\1"),
)
# "it" put in a kind ("Chemically it belongs to the opioid family"): the article's one
# thing named with a kind of the same set, if there is one (see _membership_conflicts).
_IT = "<it>"


def _overlapping(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """Every match of `pattern`, each from where the one before began: "on its own, a
    specialist may add memantine, another …" holds two appositions, one in the other."""
    start = 0
    while (m := pattern.search(text, start)) is not None:
        yield m
        start = m.start() + 1


def _memberships(text: str) -> list[tuple[str, str, bool]]:
    """(thing, kind, denied) for each thing `text` puts in a kind of the
    lexicon's categories, or says is not of it: "X is a Y", "X is not a Y",
    "Ys such as X and Z"."""
    # "calcium channel blockers" are the lexicon's "calcium-channel" ones
    lowered = _MULTIWORD_KINDS.sub(lambda m: m[0].replace(" ", "-"), text.lower())
    for full, kind in _FULL_KIND_NAMES:
        lowered = full.sub(kind, lowered)
    # "Mebeverine, unlike hyoscine, is not …": what it is set against is no subject
    lowered = _UNLIKE.sub("", lowered)
    found = []
    for m in _IS_A.finditer(lowered):
        # "a simple painkiller rather than an anti-inflammatory": a kind, and one denied
        rather = _RATHER.search(m["what"])
        what, other = (m["what"][: rather.start()], m["what"][rather.end() :]) if rather \
            else (m["what"], "")
        words = re.findall(r"[a-z][\w-]*", what)
        # One word names a thing ("sertraline is"), two when it is short ("vitamin d is").
        *qualifier, name = m["name"].split()
        name = _IT if name == "it" else " ".join([*qualifier, name]) if len(name) <= 2 else name
        if name in _NOT_MEMBERS or len(name) < 2:
            continue
        denied = bool(m["neg"]) or (words[0] in ("not", "never") if words else False)
        kinds = [kind for w in words if (kind := _kind_of(w))]
        # "not a tricyclic antidepressant" denies the narrower kind only.
        found += [(name, kind, denied != opposite)
                  for kind, opposite in (kinds[:1] if denied else kinds)]
        head = re.sub(r"\([^)]*\)", "", what).split()
        if not kinds and head and head[-1].isalpha():
            # Any kind at all is denied by "not a …": "Vitamin D is a vitamin" /
            # "Vitamin D is not a vitamin"; and its first word too ("not an
            # anticholinergic drug" / "anticholinergics such as mebeverine").
            firsts = [w for w in head if w not in ("not", "never", "a", "an", "the", "one")]
            found += [(name, _GENERIC + word.removesuffix("s"), denied) for word in dict.fromkeys(
                [head[-1], *firsts[:1]] if denied else [head[-1]]) if word.isalpha() or "-" in word]
        if rather and not denied:
            others = re.findall(r"[a-z][\w-]*", other)
            other_kinds = [kind for w in others if (kind := _kind_of(w))]
            found += [(name, kind, not opposite) for kind, opposite in other_kinds[:1]] or [
                (name, _GENERIC + others[0].removesuffix("s"), True)] if others else []
    for m in _BELONGS.finditer(lowered):
        words = re.findall(r"[a-z][\w-]*", m["what"])
        kinds = [kind for w in words if (kind := _kind_of(w))]
        # and the word naming a narrower kind before a kind of the lexicon: "azole
        # antifungals" are azoles, which "Ketoconazole is not an azole" denies
        kinds += [(_GENERIC + before, False) for before, w in itertools.pairwise(words)
                  if _kind_of(w) and not _kind_of(before) and before not in _NOT_NARROWER]
        denied = bool(m["denied"])
        # "belongs to the same tetracycline family as azithromycin": that one is of it too
        alike = _SAME_AS.search(m["what"])
        for name in m["names"].split(" and ") + (
                re.split(r",\s*|\s+and\s+", alike["others"]) if alike and not denied else []):
            name = _IT if name == "it" else name
            if name not in _NOT_MEMBERS:
                # "does not belong to either the antidepressant or …": the first kind named
                found += [(name.strip(), kind, denied != opposite)
                          for kind, opposite in (kinds[:1] if denied else kinds)]
    for m in _NOT_RELATED.finditer(lowered):
        if m["name"] not in _NOT_MEMBERS and (kind := _kind_of(m["what"])):
            found.append((m["name"], kind[0], not kind[1]))
    for m in _ARE_BOTH.finditer(lowered):
        kinds = [kind for w in re.findall(r"[a-z][\w-]*", m["what"]) if (kind := _kind_of(w))]
        for name in re.split(r",\s*|\s+and\s+", m["names"].removesuffix(",")):
            if name and name not in _NOT_MEMBERS and _kind_of(name) is None:
                found += [(name, kind, bool(m["denied"]) != opposite)
                          for kind, opposite in (kinds[:1] if m["denied"] else kinds)]
    for m in _KIND_CALLED.finditer(lowered):
        # "caused by a virus called mycoplasma", "a tetracycline antibiotic called
        # doxycycline": kinds of the lexicon only
        if m["name"] not in _NOT_MEMBERS:
            found += [(m["name"], *kind) for w in m["kind"].split() if (kind := _kind_of(w))]
    for m in _LIKE_OTHERS.finditer(lowered):
        name, word = m["name"] or m["name2"], m["kind"] or m["kind2"]
        if name in _NOT_MEMBERS:
            continue
        # a kind outside the lexicon too, named by a plural noun: "Sumatriptan isn't a
        # painkiller" / "As with all the other painkillers on our shelves, sumatriptan …"
        # (not the qualifier of "other GLP-1 drugs")
        kind = _kind_of(word) or ((_GENERIC + word.removesuffix("s"), False)
                                  if word.endswith("s") and word.isalpha() else None)
        if kind is not None:
            found.append((name, *kind))
    for m in _overlapping(_APPOSED, lowered):
        # "Salbutamol, the most commonly prescribed reliever,": kinds of the lexicon only
        # ("doxycycline, an antibiotic from the tetracycline family": two)
        if m["name"] not in _NOT_MEMBERS:
            found += [(m["name"], *kind) for w in m["what"].split() if (kind := _kind_of(w))]
    for m in (*_SUCH_AS.finditer(lowered), *_LISTED.finditer(lowered),
              *_APPOSED_LIST.finditer(lowered)):
        kind = next((k for w in m["kind"].split() if (k := _kind_of(w))), None)
        if kind is not None:
            kinds = [kind]
        elif m.re is _SUCH_AS:
            # A kind outside the lexicon, which only its denial contradicts:
            # "Anticholinergic antispasmodics such as hyoscine and mebeverine" /
            # "Mebeverine is not an anticholinergic drug".
            kinds = [(_GENERIC + w.removesuffix("s"), False) for w in m["kind"].split()
                     if w not in _NOT_MEMBERS and w not in ("a", "an", "the", "other")]
        else:
            continue
        for item in re.split(r",\s*|\s+(?:and|or)\s+", m["members"]):
            name = item.split()[0] if item.split() else ""
            # (a kind is no member: "antibiotics, antivirals and antifungals")
            if re.fullmatch(r"[a-z][\w-]+", name) and name not in _NOT_MEMBERS \
                    and (kind is None or _kind_of(name) is None):
                found += [(name, *named) for named in kinds]
    return found


def _membership_conflicts(
    units: Sequence[Any], indexes: Sequence[int]
) -> list[tuple[int, int, str]]:
    """One thing said to be two kinds that exclude each other (the lexicon's
    categories), or said to be of a kind and not to be: "Sertraline is an SSRI"
    and "Sertraline is a tricyclic antidepressant"; "Psilocybin is a stimulant"
    and "psychedelics such as psilocybin"; "Melatonin is a sedative" and
    "Melatonin is not a sedative"."""
    categories = lexicon().categories
    said: dict[tuple[str, int | str], list[tuple[int, str, bool]]] = defaultdict(list)
    for i in indexes:
        for name, kind, denied in dict.fromkeys(_memberships(_text(units, i))):
            group = kind if kind.startswith(_GENERIC) else categories[kind]
            said[(name, group)].append((i, kind.removeprefix(_GENERIC), denied))
    for (name, group) in [key for key in said if key[0] == _IT]:
        # "it": the one thing the article names with a kind of the same set (not the
        # others named beside "it": "It belongs to the same family as senna")
        places = said.pop((name, group))
        beside = {i for i, _, _ in places}
        named = {other for (other, other_group), found in said.items()
                 if other != _IT and other_group == group
                 and any(i not in beside for i, _, _ in found)}
        if len(named) == 1:
            said[(named.pop(), group)].extend(places)
    found = []
    for (name, _), places in said.items():
        for x, (i, kind_i, denied_i) in enumerate(places):
            for j, kind_j, denied_j in places[x + 1 :]:
                if j == i:
                    continue
                if denied_i != denied_j and kind_i == kind_j:
                    found.append((min(i, j), max(i, j), f"{name}: {kind_i} / not {kind_i}"))
                elif not (denied_i or denied_j) and kind_j != kind_i:
                    found.append((min(i, j), max(i, j), f"{name}: {kind_i} / {kind_j}"))
    return found


def _status_of_one_thing(a: _Reading, b: _Reading, rare: frozenset[str],
                         lone: frozenset[tuple[str, int]] = frozenset()) -> bool:
    """Opposite sides of a status (prescription-only / over the counter, approved /
    not, live / inactivated) said of one thing: the two share a word few units use
    ("Atropine 1% is a prescription-only medicine …" / "… you can buy atropine drops
    over the counter …"), however little else they share; or each side is one the
    article gives at most twice (`lone`): "Baclofen is a prescription-only medicine."
    / "you can also buy a small pack of 10mg tablets over the counter", both of the
    article's one medicine."""
    sides = {(group, side) for group, side, _ in b.phrase_sides if group in _STATUS_GROUPS}
    opposite = [(group, side) for group, side, _ in a.phrase_sides
                if group in _STATUS_GROUPS and (group, 1 - side) in sides]
    return bool(opposite) and (bool(a.own & b.own & rare) or any(
        (group, side) in lone and (group, 1 - side) in lone for group, side in opposite))


def _lone_statuses(readings: Sequence[_Reading]) -> frozenset[tuple[str, int]]:
    """The sides of a status group (:data:`_STATUS_GROUPS`) that at most LONE_STATUS
    units of an article give."""
    said = Counter(key for r in readings for key in {
        (group, side) for group, side, _ in r.phrase_sides if group in _STATUS_GROUPS})
    return frozenset(key for key, n in said.items() if n <= LONE_STATUS)


# Phrase groups (data/phrases.json) that give a named thing's status.
_STATUS_GROUPS = {"prescription", "approval", "live vaccine"}
# The least similarity of two units giving one thing opposite statuses, and how few units
# may use a word for it to name their one thing.
STATUS_SIMILARITY = 0.3
RARE_IN = 3
LONE_STATUS = 2


def cue_candidates(
    units: Sequence[Any], indexes: Sequence[int], published: str | None = None,
    duplicates: Sequence[tuple[int, int]] = (), said: Sequence[str | None] | None = None,
) -> list[Cued]:
    """Pairs of the units of `indexes` that share a topic and a cue, strongest
    first (score = SCALE × cue weight × cosine), each pair once. A unit and
    its repeat (`duplicates`: pairs of indexes) pair only when read in
    different contexts ("Vilazodone (Viibryd)" in a list of drugs approved for
    anxiety and in one of drugs that are not)."""
    context = contexts(units)

    def lemmas_of(i: int) -> str:
        return " ".join(unit_value(units[k], "lemmas") or "" for k in context[i])

    # A repeat read as its original is (same context) stands for it: left out.
    standing_in = {dup for dup, original in duplicates if lemmas_of(dup) == lemmas_of(original)}
    indexes = [i for i in indexes if i not in standing_in]

    texts = [_text(units, k) for k in range(len(units))]
    # What a drop, a capsule … holds, as the article says: doses in drops become mg.
    strengths = tuple(sorted(doses.strengths(texts).items()))

    # What the article calls each name: "Shingrix, the only shingles vaccine …".
    called = _called(texts)

    def reading(i: int, sources: Sequence[int]) -> _Reading:
        words = " ".join(unit_value(units[k], "lemmas") or "" for k in sources)
        claim = unit_value(units[i], "kind", "claim") == "claim"
        return _as_called(_read(" ".join(_lemmas(units, i)), words, _text(units, i), published,
                                strengths, claim), called)

    readings = [reading(i, context[i]) for i in indexes]
    # Words few of the units use: the names of what they are about.
    used = Counter(w for r in readings for w in r.own)
    rare = frozenset(w for w, n in used.items() if n <= RARE_IN)
    lone = _lone_statuses(readings)
    said = speakers(units) if said is None else said
    vectors = _vectors(readings)
    best: dict[tuple[int, int], Cued] = {}
    top_weight = max(LIFT.values())
    split = side_by_side(units, indexes)
    for x, similar in enumerate(_neighbours(vectors)):
        for similarity, y in similar:
            if similarity < MIN_SIMILARITY:
                break
            if tuple(sorted((indexes[x], indexes[y]))) in split:
                continue  # set side by side on purpose: halves of a sentence, rows of a table
            a, b = readings[x], readings[y]
            # A unit is not weighed against what it is read with: "These
            # medicines include:" against the sentence it points back to, or
            # a list item against its own lead-in, only on their own words.
            if indexes[x] in context[indexes[y]]:
                b = reading(indexes[y], [k for k in context[indexes[y]] if k != indexes[x]])
            if indexes[y] in context[indexes[x]]:
                a = reading(indexes[x], [k for k in context[indexes[x]] if k != indexes[y]])
            if different_speakers(said[indexes[x]], said[indexes[y]]):
                continue  # two people disagreeing, not the article
            cues = _cues(a, b)
            # A word negated in one only is too common alone (2.3 times as
            # often on true pairs): it adds to another cue, and stands alone
            # only as a denied word between two claims this alike (DENIED).
            if all(reason in SUPPORTING and not (
                    detail.endswith(DENIED) and similarity >= DENIAL_SIMILARITY)
                   for reason, detail in cues):
                continue
            weight = sum(LIFT[reason] * (FAINT if detail.endswith(OTHER_EVENTS) else 1)
                         for reason, detail in cues)
            if _status_of_one_thing(a, b, rare, lone):
                similarity = max(similarity, STATUS_SIMILARITY)
            score = SCALE * similarity * math.log1p(weight) / math.log1p(top_weight)
            i, j = sorted((indexes[x], indexes[y]))
            reason, detail = max(cues, key=lambda c: LIFT[c[0]])
            if (i, j) not in best or best[(i, j)].score < score:
                best[(i, j)] = Cued(i, j, reason, detail, round(min(score, SCALE), 3))
    for i, j, detail in _class_conflicts(units, indexes):
        score = SCALE * 0.9
        if (i, j) not in best or best[(i, j)].score < score:
            best[(i, j)] = Cued(i, j, "class", detail, score)
    return sorted(best.values(), key=lambda c: (-c.score, c.a, c.b))


