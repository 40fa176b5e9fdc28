"""Quantities in a claim, as intervals that can be compared: durations, years,
ages, percentages, counts and how often something is done.

Each mention becomes ``[low, high]`` in one base unit per kind (minutes,
years, percent, items), read the way a reader would: "within minutes" is at
most half an hour, "about an hour" is 40 to 90 minutes, "more than 50 years" is
50 to 60 (speakers round to the nearest round number below, so "more than 50"
for 70 would be odd). With the article's date, "since the 1950s" becomes the
years elapsed since then, comparable with "for more than 50 years".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

MINUTES = {
    "second": 1 / 60, "minute": 1, "hour": 60, "day": 1440, "week": 10080, "fortnight": 20160,
    "month": 43830, "year": 525960, "decade": 5259600, "century": 52596000,
}
MINUTES_PER_YEAR = MINUTES["year"]
# A bare plural ("within minutes", "for decades"): the values it usually stands for.
VAGUE = {
    "second": (1, 30), "minute": (1, 30), "hour": (2, 12), "day": (2, 14), "week": (2, 8),
    "fortnight": (2, 4), "month": (2, 24), "year": (2, 40), "decade": (2, 10), "century": (1, 5),
}
WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half an": 0.5,
    "twenty-five": 25,
    "half a": 0.5,
}
# (low, high) multipliers of a vague amount word.
AMOUNTS = {"a few": (2, 5), "few": (2, 5), "a couple of": (2, 3), "several": (3, 9)}
FRACTIONS = {"half": 50, "a third": 100 / 3, "one third": 100 / 3, "a quarter": 25,
             "one quarter": 25, "two thirds": 200 / 3, "three quarters": 75,
             "a fifth": 20, "one fifth": 20, "a tenth": 10, "one tenth": 10}
# hyphenated too, as often written: "by about two-thirds"
FRACTIONS.update({name.replace(" ", "-"): value for name, value in list(FRACTIONS.items())
                  if not name.startswith(("a ", "half"))})
# A bare plural is an amount only after these ("within minutes", not "recent years").
_VAGUE_MODIFIERS = ("within", "in", "for", "after", "over")
# The same tolerance both ways: two intervals closer than this share a value.
TOLERANCE = 0.02
# The top of an age said without one ("adults over 65"): no one is older.
OLDEST = 120.0

# Words that multiply the number before them: "9 million adults", "$2.5 billion".
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_SCALE = "|".join(_SCALES)
_NUM = r"\d+(?:[.,]\d+)?|" + "|".join(sorted(WORDS, key=len, reverse=True))
_MOD = (r"within|in|up to|about|around|approximately|roughly|some|nearly|almost|more than|"
        r"over|less than|fewer than|under|at least|at most|no more than|upwards of|for|after|"
        r"only|just")
_UNIT = r"second|minute|hour|day|week|fortnight|month|year|decade|century|centuries"
DURATION = re.compile(
    rf"\b(?:(?P<mod>{_MOD})\s+)?(?:(?P<amount>a few|a couple of|several|few)\s+|"
    # "7 or more hours": at least seven
    # "a 2- to 4-week course": the first number's hyphen waits for the unit
    rf"(?P<num>{_NUM})(?:(?:\s*(?:-|–)\s*|-?\s+(?:to|or)\s+)(?P<num2>{_NUM})"
    # "an eight-hour window": a hyphen joins the number to its unit
    rf"|\s+or\s+(?P<post>more|longer|less|fewer|shorter))?(?:\s+|-))?"
    # "5 to 7 business days", "10 working days"
    rf"(?:(?:business|working|calendar)\s+(?=days?\b)|(?:full|whole)\s+(?=(?:{_UNIT})s?\b))?"
    rf"(?P<unit>{_UNIT})s?\b(?![- ]old)"
    # "a week or two": one to two weeks (not "a week or two months": two mentions).
    rf"(?:\s+or\s+(?P<upper>two|three|four|five|six|\d+)\b(?!\s+(?:{_UNIT}))"
    # "three months or more": at least three
    rf"|\s+or\s+(?P<after>more|longer)\b)?",
    re.IGNORECASE,
)
# "between one and three weeks": read as "one to three weeks" (the same length of text).
_BETWEEN = re.compile(rf"\bbetween(\s+(?:{_NUM})\s+)and(?=\s+(?:{_NUM})[\s-]+(?:{_UNIT}))",
                      re.IGNORECASE)
_MONTH = ("January|February|March|April|May|June|July|August|September|October|November"
          "|December")
YEAR = re.compile(
    r"\b(?P<prep>since|in|from|during|until|by|before|after|around|circa)\s+(?:the\s+)?(?:early\s+|"
    r"mid\s+|late\s+)?(?P<year>1[6-9]\d\d|20\d\d)(?P<decade>s|'s)?\b|"
    # a day or a month before the year: "came into force on 1 October 2021", "in October 2019"
    # (not "since September 2019": when a service began is too often set against when
    # another did, "Since September 2023, most young people need only one dose")
    rf"\b(?P<prep_day>in|until|by|before|after|on)\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+)?"
    rf"(?:{_MONTH})\s+(?:(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<year_day>1[6-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
)
_SMALL = "one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3}"
# What "one … in N" may not be of: a time ("one dose in 24 hours") or a measure.
_TIME_WORDS = rf"(?:{_UNIT})s?|doses?|tablets?|capsules?|times?|mg|ml|kg"
# ("one in twenty patients", "one child in fifty")
_TENS = ("eleven|twelve|fifteen|twenty-five|twenty|thirty|forty|fifty|sixty|seventy|eighty"
         "|ninety")
_WHOLE = rf"\d{{1,3}}(?:,\d{{3}})+|{_SMALL}|{_TENS}|(?:a\s+)?(?:hundred|thousand)|\d[\d,]*"
PERCENT = re.compile(
    # "70 to 80 percent", "10-20%", "5% to 10%": one share between two numbers
    rf"\b(?:(?P<mod>{_MOD})\s+)?(?:(?P<num>\d+(?:\.\d+)?)(?:\s*%?\s*(?:-|–|to)\s*"
    rf"(?P<num2>\d+(?:\.\d+)?))?\s*(?:%|percent\b|per cent\b)|"
    # "half of patients", not "the first half of 2026" (a part of a year)
    rf"(?<!first\s)(?<!second\s)(?P<fraction>{'|'.join(FRACTIONS)})\s+of\b(?!\s+(?:19|20)\d\d\b)"
    # "one in four pregnant women", "1 in 10 users": a share
    # ("1 in 10,000": the thousands are the whole's, not "1 in 10"; "1 in 10,000 to 1 in
    # 100,000": one share between two)
    # ("3 in every 100 women", "one person in every hundred")
    # ("between two and four in every ten": from the one share to the other)
    rf"|(?:(?P<part_low>{_SMALL})\s+(?:and|to|or|-|–)\s+)?"
    rf"(?P<part>{_SMALL})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<whole>{_WHOLE})\b"
    rf"(?:\s*(?:to|-|–)\s*(?:1|one)\s+in\s+(?P<whole2>{_WHOLE})\b)?"
    # "1 to 3 people out of 100": a share, of the people named inside it
    # ("2 to 3 babies in every 1,000")
    rf"|(?P<low>{_SMALL})(?:\s*(?:to|-|–)\s*(?P<high>{_SMALL}))?\s+(?P<who>[^\W\d_]+)\s+"
    rf"(?:out\s+of|in\s+every)"
    rf"\s+(?P<of>{_WHOLE})\b"
    # "one pregnancy in ten", "one healthy adult in ten": one of a named whole (not "one
    # tablet in 24 hours", a rate)
    rf"|(?P<one>1|one)\s+(?:[^\W\d_][\w-]*\s+)?(?!(?:{_TIME_WORDS})\b)[^\W\d_][\w-]*\s+in\s+"
    rf"(?:every\s+)?"
    rf"(?P<among>{_SMALL}|{_TENS}|hundred|thousand|\d{{1,3}}(?:,\d{{3}})+)\b"
    rf"(?!\s*(?:{_TIME_WORDS}|%|percent)))",
    re.IGNORECASE,
)
# "five signs", "two studies", "more than 300 patients": a count of a noun.
# Words that end what a number counts before its noun ("3 study of adults", "2.5 or lower
# means", "911 if the symptoms", "3 mg or less").
_COUNT_WORDS = "|".join(w for w in WORDS if w not in ("a", "an", "one", "half an", "half a"))
# (nor another number: "under 15 need three shots")
_NOT_BETWEEN = (r"(?:of|or|and|if|the|a|an|to|in|on|at|for|with|per|than|from|mg|g|mcg|ml|iu|kg"
                rf"|{_COUNT_WORDS})")
COUNT = re.compile(
    # (not the decimals of a number: "5 litres" of "1.5 litres")
    rf"\b(?:(?P<mod>{_MOD})\s+)?(?<![\d.])(?P<num>\d{{1,3}}(?:,\d{{3}})*|\d+|{_COUNT_WORDS})\s+"
    rf"(?:(?P<scale>{_SCALE})\s+)?"
    # up to two words before the noun: "25 melatonin gummy products"
    rf"(?P<adj>(?:(?!{_NOT_BETWEEN}\b)[a-z]+(?:-[a-z]+)?\s+){{0,2}}?)(?P<noun>[a-z]{{3,}}s|women|men|children"
    rf"|people|teeth)\b",
    re.IGNORECASE,
)
# Units of measure and time are not things counted.
_NOT_COUNTED = {"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades",
                "centuries", "times", "percents", "mgs", "kgs", "mls", "milligrams",
                "micrograms", "grams", "kilograms", "milliliters", "millilitres", "litres",
                "liters",
                # words ending in "s" that count nothing ("up to the age of 16 must always")
                "always", "sometimes", "perhaps", "was", "has", "does", "goes", "unless",
                "across", "thus", "plus", "less", "this", "towards", "afterwards"}
# People as a noun names them, read both as an age's holders ("adults over 65") and as
# who is counted ("50 million adults every year").
PEOPLE = "people|adults|children|kids|women|men|patients|babies|infants|teens|teenagers"
# "the second week", "a child's second birthday" (an age reached)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
            "sixteenth": 16, "eighteenth": 18, "twenty-first": 21}
# Ages in words: "aged one to nine".
_AGE_WORDS = "|".join(w for w in sorted(WORDS, key=len, reverse=True) if w not in ("a", "an"))
AGE = re.compile(
    # "aged between 10 and 35", "between the ages of 20 and 40": from the one to the other
    r"\b(?:(?:aged\s+between|between\s+the\s+ages\s+of)\s+(?P<ages>\d{1,3})\s+(?:and|to)\s+"
    r"(?P<ages2>\d{1,3})\b|"
    # "aged 18", "aged 1 to 18", "aged one to nine", "aged 6 months", "aged 1 year and older"
    rf"aged\s+(?P<aged>\d+|{_AGE_WORDS})(?:\s*(?:to|-|–|and)\s*(?P<aged2>\d{{1,3}}|{_AGE_WORDS})\b)?"
    r"(?:\s+(?P<aged_unit>weeks?|months?|years?)(?:\s+old)?\b)?|"
    r"(?P<least>at\s+least\s+)?(?P<old>\d+)[- ]years?[- ]old|"
    # "Under-18s must be supervised", "over-65s": everyone under (or over) the age
    r"\b(?P<dash_side>under|over)-(?P<dash_n>\d{1,2})s\b|"
    # ("up to and including the age of 42", "from the age of eight")
    rf"(?P<side>over|under|above|below|up\s+to(?:\s+and\s+including)?) the age of "
    rf"(?P<limit>\d+|{_AGE_WORDS})\b|"
    # "donors as young as 16": the youngest (or oldest) age allowed
    r"as\s+(?:young|old)\s+as\s+(?P<as>\d{1,3})\b(?![.,]\d|\s*(?:%|percent|months?|weeks?|days?))|"
    # "at age 45", "starting at the age of 50", "until age 50": an age, not a limit
    # ("once they reach the age of 75")
    r"(?P<at_prep>at|from|until|by|before|after|reach(?:es|ed|ing)?)\s+(?:the\s+)?age\s+(?:of\s+)?"
    rf"(?P<at>\d+|{_AGE_WORDS})\b|"
    # "up to her 71st birthday", "until you are 74": an age reached ("before a child's
    # second birthday")
    r"(?P<bday>\d{1,3})(?:st|nd|rd|th)\s+birthday\b|"
    rf"(?P<bday_word>{'|'.join(ORDINALS)})\s+birthday\b|"
    r"until\s+(?:you|they|she|he)\s+(?:are|is)\s+(?P<until>\d{1,3})\b"
    r"(?!\s*(?:%|percent|weeks?|months?|days?|kg|minutes?|hours?))|"
    # "Candidates who are 15 on the day of the assessment": the age they are then
    r"\b(?:who|you|they|she|he)\s+(?:are|is)\s+(?P<is_age>\d{1,3})(?=\s+(?:on|by|at|when|or\s+over"
    r"|or\s+older|or\s+under|or\s+younger|and\s+over|and\s+under)\b)|"
    # "until you turn 50", "when they turn 12": the age reached
    r"\bturns?\s+(?P<turn>\d{1,3})\b(?![.,]\d|\s*(?:%|percent|degrees?|minutes?|hours?|days?"
    r"|weeks?|months?))|"
    # "babies 6 months and older", "adults 65 years or over": an age bound
    r"(?P<span>\d+)\s+(?P<unit>months?|years?)(?=\s+(?:and|or)\s+(?:older|over|above|younger"
    r"|under|below)\b)|"
    # "adults 75 and older", "everyone 50 or older": years, the unit unsaid
    r"(?P<bare>\d{1,3})(?=\s+(?:and|or)\s+(?:older|younger)\b)|"
    # "children younger than 2 months", "babies older than 6 months": an age bound,
    # and "from 6 months of age" an age
    # ("a child younger than 2": years, the unit unsaid)
    r"(?P<than>younger|older)\s+than\s+(?P<than_n>\d{1,3})(?:\s+(?P<than_unit>weeks?|months?|years?)\b"
    r"|(?![.,]?\d|\s*(?:%|percent|kg|lb|cm|mm|days?|hours?|minutes?)))|"
    # ("between 6 and 18 months of age": from the one to the other)
    rf"(?:(?:between|from)\s+(?P<of_low>\d{{1,3}}|{_AGE_WORDS})\s+(?:and|to)\s+)?"
    rf"(?P<of_age>\d{{1,3}}|{_AGE_WORDS})\s+(?P<of_unit>weeks?|months?|years?)\s+of\s+age\b|"
    # "The youngest age we vaccinate against chickenpox is three years", "the minimum age
    # for donating is 17": a bound of whom it is done to
    r"\b(?P<edge>youngest|minimum|lowest|oldest|maximum|upper)\s+age(?:\s+limit)?\b"
    rf"(?:\s+[\w'’-]+){{0,8}}?\s+is\s+(?P<edge_n>\d{{1,3}}|{_AGE_WORDS})\b"
    r"(?:\s+(?P<edge_unit>weeks?|months?|years?))?(?!\s*(?:%|percent|kg|lb))|"
    # "babies under 3 months", "children under 12", "adults over 65", "children from 7 years"
    # (one of them: "every child under 12")
    rf"\b(?:{PEOPLE}|child|baby|adult|infant|teen|teenager|kid|person|patient|newborns|toddlers|adolescents|girls|boys|anyone|everyone|those|donors"
    r"|users|smokers|drivers|athletes|workers|residents|travell?ers|parents|mothers|fathers"
    r"|students|visitors|guests|members|volunteers|climbers|swimmers|riders|players|participants"
    r"|pupils|customers|clients)\s+"
    # (in words too, where no other noun follows: "children under two should not …")
    rf"(?P<who_side>under|over|below|above|from)\s+(?P<who_n>\d{{1,3}}|(?:{_AGE_WORDS})"
    r"(?=\s*(?:[.,;:)!?]|$)|\s+(?:weeks?|months?|years?|and|or|should|must|can|cannot|may"
    r"|do|does|are|is|need|shouldn[’']t|mustn[’']t)\b))"
    r"(?:\s+(?P<who_unit>weeks?|months?|years?)(?:\s+old)?)?\b(?!\s*(?:%|percent|kg|lb|pounds))"
    r"(?![.,]\d))"
    r"(?:\s+(?:and|or)\s+(?P<open>older|over|above|younger|under|below)\b)?",
    re.IGNORECASE,
)
# "three times a day", "200 mg per day": how often, not how long.
# A price before it makes "a month" a rate too: "$1,350 a month".
_CURRENCY = "$€£"
_RATE_BEFORE = re.compile(r"\b(?:once|twice|times|per|each|every|mg|ml|g|kg)\s*$"
                          rf"|[{_CURRENCY}]\s?\d[\d,.]*(?:\s*(?:million|billion))?\s*$"
                          r"|\b(?:dollars|euros|pounds)\s*$", re.IGNORECASE)
# A temperature: "100.4°F", "38 °C", "104 degrees Fahrenheit".
TEMPERATURE = re.compile(
    r"\b(?P<num>\d{2,3}(?:\.\d)?)(?:\s*(?:°\s*|º\s*|degrees?\s+)|(?=C\b))"
    # ("60C": a C right after the figure is Celsius)
    r"(?P<scale>[FC]|fahrenheit|celsius)\b",
    re.IGNORECASE)
# A bound before a reading: "at or below 70 dB", "above 0.8 mmol/L" (see _bounded).
_BOUND = (r"(?:\b(?P<side>at\s+or\s+(?:below|under|above)|below|under|above|over|more\s+than"
          r"|less\s+than|up\s+to|at\s+least|no\s+more\s+than)\s+)?")
# A sound level: "85 dB", "at or below 70 decibels", "above 100 dB(A)".
LOUDNESS = re.compile(
    rf"{_BOUND}\b(?P<num>\d{{2,3}})"
    r"(?:\s*(?:-|–|to)\s*(?P<num2>\d{2,3}))?\s*(?:dB(?:A|\(A\))?(?!\w)|[Dd]ecibels?\b)")
# A concentration in blood or urine, by its unit: "between 0.6 and 1.0 mmol/L",
# "above 240 mg/dL".
CONCENTRATION = re.compile(
    rf"{_BOUND}"
    r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?:\s*(?:-|–|to|and)\s*(?P<num2>\d+(?:\.\d+)?))?\s*"
    r"(?P<unit>mmol/L|mg/dL|ng/mL|ng/dL|nmol/L|pmol/L|pg/mL|mcg/L|µg/L|mEq/L|IU/L|U/L"
    r"|[µu]mol/L|micromol/L|mmol/mol)(?!\w)",
    re.IGNORECASE)
# A reading of a named measure: "SPF of 30 or higher", "a BMI of 30", "INR between 2.0
# and 3.0", "an A1C below 7%".
# (and a score named by its letters: "a PASI score of 10 or more", "GCS score below 9")
_NAMED = r"SPF|BMI|A1C|HbA1c|INR|LDL|HDL|PSA|eGFR|[A-Z][A-Z\d-]{1,7}(?=\s+score\b)"
NAMED_LEVEL = re.compile(
    rf"\b(?P<name>{_NAMED})\s+(?:(?:level|score|target|reading)\s+)?(?:(?P<side>is|was|of|at"
    r"|above|below|under|over|between)\s+)?(?P<num>\d+(?:\.\d+)?)"
    r"(?:\s*(?:-|–|to|and)\s*(?P<num2>\d+(?:\.\d+)?))?%?"
    r"(?:\s+or\s+(?P<open>higher|more|above|greater|lower|less|below))?")
_UPWARD = {"higher", "more", "above", "greater", "over"}
_DOWNWARD = {"lower", "less", "below", "under"}
# How often, in times a day: "three times a day", "once or twice a week",
# "every 4 to 6 hours", "every other day", "twice daily".
_PERIOD_DAYS = {"hour": 1 / 24, "day": 1, "night": 1, "morning": 1, "evening": 1, "week": 7,
                "fortnight": 14, "month": 30.4375, "year": 365.25}
# ("every Sunday": once a week)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EVERY_DAYS = {**_PERIOD_DAYS, "minute": 1 / 1440, **dict.fromkeys(_WEEKDAYS, 7)}
_ADVERB_DAYS = {"hourly": 1 / 24, "daily": 1, "nightly": 1, "weekly": 7, "fortnightly": 14,
                "monthly": 30.4375, "yearly": 365.25, "annually": 365.25}
# Units of an amount, not things counted: after a number, "… a day" is a rate.
_AMOUNT_WORDS = (r"(?:second|minute|hour|day|week|month|year|decade|dollar|euro|pound|cent"
                 r"|milligram|microgram|gram|kilogram|kilo|liter|litre|milliliter|millilitre"
                 r"|ounce|calorie|kilocalorie|kcal|unit|percent|mmol|mcg|kg|ml|oz|lbs?)s?")
FREQUENCY = re.compile(
    # "3 or 4 a year" (shots): a bare count per period is how often, not "$500 a year"
    rf"\b(?:(?:(?<![{_CURRENCY}\d,.])(?P<n>{_NUM})(?:\s*(?:-|–|or|to)\s*(?P<n2>{_NUM})"
    # "one egg a day", "2 tablets per day": a count of things per period is how often
    # (not an amount per period: "500 dollars a year", "8 hours a day", "1,500 calories";
    # nor people: "around 100 people a year are bitten" counts them, how many not how often)
    rf"|\s+or\s+more)?(?:\s+times|\s+(?!(?:a|per|each|every|{_AMOUNT_WORDS}|{PEOPLE})\b)"
    rf"[a-z]{{3,}})?"
    rf"|(?P<w>once|twice|thrice)(?:\s+or\s+(?:(?P<n3>{_NUM})\s+times|(?P<w2>twice|thrice)))?)"
    # ("once-weekly", "twice-daily": the same, hyphenated)
    rf"(?:\s+|-)(?:(?:a|per|each|every)\s+(?P<per>{'|'.join(_PERIOD_DAYS)})"
    # "8 to 12 times in 24 hours": a day
    rf"|(?P<day>in\s+(?:a\s+)?(?:24|twenty-four)[- ]hours?(?:\s+period)?)"
    rf"|(?P<adverb>{'|'.join(_ADVERB_DAYS)}))"
    # ("each morning": once a day, as "every morning"; not "each year", a count's)
    rf"|each\s+(?P<each>morning|evening|night)"
    rf"|every\s+(?:(?P<other>other)\s+|(?P<e>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<e2>{_NUM}))?\s+)?"
    # ("every 20 minutes": a break's how often; not "per minute", a heart's rate)
    rf"(?P<every>{'|'.join(_EVERY_DAYS)})s?)\b",
    re.IGNORECASE,
)
# "5 days a week", "15 or more headache days a month", "on no more than 2 days a week":
# on how many days of a period something happens, how often (not a stretch of days).
DAYS_PER = re.compile(
    rf"\b(?:(?P<mod>{_MOD})\s+)?(?P<n>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUM})"
    rf"|\s+or\s+(?P<post>more|fewer|less))?\s+(?:(?P<noun>[a-z]+)\s+)?days?\s+(?:a|per|each|every)\s+"
    rf"(?P<per>week|month|year)\b",
    re.IGNORECASE,
)
# "as soon as you get the shot", "works immediately", "gains after the very
# first dose", "better sleep from the first night", "at the same time as your flu shot"
# (no time between them; not "at the same time every day"): no time at all.
_SAME_TIME_AS = r"at\s+the\s+same\s+time\s+as"
IMMEDIATE = re.compile(
    r"\b(?:as\s+soon\s+as(?!\s+possible)|immediately|instantly|right\s+away|straight\s+away"
    # "You can drink tea straight after taking your trays out"
    # (not a way: "Turn right after the pharmacy", "the first right after the lights")
    r"|(?<!turn\s)(?<!bear\s)(?<!keep\s)(?<!first\s)(?<!next\s)(?:straight|right|directly)\s+after"
    r"|the\s+(?:instant|moment)\s+(?:they|it|you)\b"
    rf"|the\s+same\s+day|{_SAME_TIME_AS}"
    r"|at\s+once|(?:after|from)\s+(?:the\s+)?(?:very\s+)?first\s+(?:dose|pill|tablet"
    r"|capsule|shot|injection|session|use|treatment|serving|night|day))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    kind: str  # "duration" (minutes), "gap" (minutes between two things), "start-year",
    # "year", "age", "percent", "frequency" (times a day), "volume" (millilitres; "volume a
    # day"), "length" (metres), "speed" (metres a second), "body weight" (kilograms),
    # "count:<noun>"
    low: float
    high: float
    start: int  # offsets in the claim text
    end: int
    phrase: str
    basis: str = ""  # how a date became a duration

    def describe(self) -> str:
        return f"{self.phrase} ({self.basis})" if self.basis else self.phrase


def number(text: str, words: dict[str, float] = WORDS) -> float:
    """A number in figures ("1,500") or in `words` ("three")."""
    text = text.lower()
    if (bare := re.sub(r"^a\s+", "", text)) in _ROUND:  # "one in a thousand"
        return _ROUND[bare]
    return float(words[text]) if text in words else float(text.replace(",", ""))


# A round number said in a word, "a" before it or not.
_ROUND = {"hundred": float(WORDS["hundred"]), **_SCALES}


def _round_step(value: float) -> float:
    """How far "more than `value`" reaches: to the next round number."""
    if value < 10:
        return max(value, 1)
    return 10 ** math.floor(math.log10(value))


def _bounds(mod: str, low: float, high: float, vague: bool) -> tuple[float, float]:
    mod = mod.lower()
    if mod in ("within", "up to", "less than", "fewer than", "under", "at most",
               "no more than") or (
        mod == "in" and vague
    ):
        return 0.0, high
    if vague and mod in ("for", "over", "after"):
        return low, math.inf  # "used for years": at least a few years, maybe many more
    if mod in ("about", "around", "approximately", "roughly", "some") and not vague:
        return low / 1.5, high * 1.5
    if mod in ("nearly", "almost"):
        return low * 0.8, high
    if mod in ("more than", "over", "at least", "upwards of") and not vague:
        return low, high + _round_step(high)
    return low, high


# Things counted right before "a day", "a week": the period is a rate's.
# (a count, not the article of "a fever that lasts up to a week")
_COUNTED_BEFORE = re.compile(
    rf"\b(?:\d[\d,.]*|one|{_COUNT_WORDS})\s+[a-z]+(?:\s+(?:of\s+)?[a-z][\w-]*){{0,3}}\s+$",
    re.IGNORECASE)
# A point in a course of treatment, counted from its start: "at week 4", "by day 28";
# and the first stretch of it: "within the first week".
_TIME_POINT = re.compile(r"\b(?:at|by|on|from|until|in)\s+(?P<unit>day|week|month)\s+"
                         r"(?P<num>\d{1,3})\b|\bwithin\s+the\s+first\s+(?:(?P<first>[a-z]+|\d+)\s+)?"
                         r"(?P<stretch>hour|day|week|month|year)s?\b", re.IGNORECASE)


# "after the second day", "in the third week": a time counted from the event the text is
# about, as "after 2 days" is ("in the third week": from two weeks to three); not "the
# first day of your period", a part of something.
# ("by the end of the second week", "before about the ninth month": the same point)
_ORDINAL_TIME = re.compile(
    r"\b(?P<prep>after|on|by|from|until|in|during|before)\s+(?:(?:about|around|roughly)\s+)?"
    rf"the\s+(?:end\s+of\s+the\s+)?(?P<nth>{'|'.join(ORDINALS)})\s+"
    r"(?P<unit>day|week|month)\b(?!\s+of\b)", re.IGNORECASE)
_WITHIN = ("on", "in", "during")


def _ordinal_times(text: str) -> list[Quantity]:
    found = []
    for m in _ORDINAL_TIME.finditer(text):
        unit = MINUTES[m["unit"].lower()]
        high = ORDINALS[m["nth"].lower()] * unit
        low = high - unit if m["prep"].lower() in _WITHIN else high
        found.append(Quantity("duration", low, high, m.start(), m.end(), m.group(0)))
    return found


# The basis of "at week 4": time since a course began. A trial's report is full of
# them ("remission at day 28"), so they are compared only within one predicate
# (:mod:`annotator.consistency.measures`), never as two units giving a duration.
TIME_POINT = "since the start"


def _time_points(text: str) -> list[Quantity]:
    found = []
    for m in _TIME_POINT.finditer(text):
        basis = ""
        if m["unit"]:
            value = float(m["num"]) * MINUTES[m["unit"].lower()]
            low = high = value
            basis = TIME_POINT
        else:
            count = m["first"] or "1"
            if count.lower() not in WORDS and not count.isdigit():
                continue  # "within the first few weeks": no number
            low, high = 0.0, number(count) * MINUTES[m["stretch"].lower()]
        found.append(Quantity("duration", low, high, m.start(), m.end(), m.group(0), basis))
    return found


# Words every match of a reader holds, tried first: most claims name no time at all,
# and a reader's pattern is tried at every word. A time's unit (DURATION), "day"
# (DAYS_PER), a period, its adverb or "every" (FREQUENCY, _MORNING_AND_EVENING).
_NAMES_A_UNIT = re.compile(r"second|minute|hour|day|week|fortnight|month|year|decade|centur",
                           re.IGNORECASE)
_NAMES_A_DAY = re.compile(r"day", re.IGNORECASE)
_NAMES_A_PERIOD = re.compile(r"hour|day|daily|night|morning|evening|week|fortnight|month|year"
                             r"|annually"
                             r"|every", re.IGNORECASE)
# An age's words, a unit of its rows, or a bound after whom it is of (AGE, _ROW_AGE,
# NO_AGE_LIMIT). (Not worth it for counts and shares: most claims hold a figure.)
_NAMES_AN_AGE = re.compile(r"age|old|young|birthday|until|turn|month|year|week|under|over"
                           r"|below|above|from|(?:are|is)\s+\d", re.IGNORECASE)


def _durations(text: str) -> list[Quantity]:
    if not _NAMES_A_UNIT.search(text):
        return []
    found = []
    read = _BETWEEN.sub(lambda b: " " * len("between") + b[1] + "to ", text)
    for m in DURATION.finditer(read):
        rate = _RATE_BEFORE.search(text[: m.start()])
        if rate and rate.group(0).strip().lower() == "once" and (m["num"] or "")[:1].isdigit():
            rate = None  # "once 72 hours have passed": a conjunction, not "once a week"
        # "each 20-minute session" is how long one lasts, as "every 20 minutes" is not
        if rate and not (rate.group(0).lower().strip() in ("each", "every") and "-" in m.group(0)):
            continue
        if (m["num"] or "").lower() in ("a", "an") and _COUNTED_BEFORE.search(text, 0, m.start()):
            continue  # "2 cups of green tea a day": how much a day, no stretch of time
        if _ANY_WINDOW.search(text, 0, m.start()):
            continue  # "not more than 40mg in any 24-hour period": a limit's window
        unit = m["unit"].lower().replace("centuries", "century")
        mod = m["mod"] or ""
        if (m["post"] or m["after"]) and not mod:
            mod = "at least" if (m["post"] or m["after"]).lower() in ("more", "longer") \
                else "at most"
        if m["num"]:
            low = number(m["num"])
            high = number(m["num2"]) if m["num2"] else low
            vague = False
        elif m["amount"]:
            low, high = AMOUNTS[m["amount"].lower()]
            vague = False
        elif m.group(0).lower().endswith("s") and mod.lower() in _VAGUE_MODIFIERS:
            low, high = VAGUE[unit]
            vague = True
        else:
            continue  # "the hour", "in recent years": not an amount of time
        if m["upper"] and not vague:
            high = max(high, number(m["upper"]))
        low, high = _bounds(mod, low, high, vague)
        found.append(Quantity(_duration_or_gap(text, m.start(), m.end()), low * MINUTES[unit],
                              high * MINUTES[unit], m.start(), m.end(), text[m.start() : m.end()]))
    return found


# One day after an event, said without a figure: "come back the day after their last bout
# of sickness" is the gap "48 hours after the last episode" gives, one day long.
_DAY_AFTER = re.compile(r"\bthe\s+(?P<unit>day|week)\s+after\s+(?:(?:the|your|their|his|her)\s+)?"
                        r"(?:previous|last)\b", re.IGNORECASE)


def _day_after(text: str) -> list[Quantity]:
    if "after" not in text:
        return []
    return [Quantity("gap", MINUTES[m["unit"].lower()], MINUTES[m["unit"].lower()], m.start(),
                     m.end(), m.group(0)) for m in _DAY_AFTER.finditer(text)]


# The window a limit counts in: "in any 24-hour period", "in any one week".
_ANY_WINDOW = re.compile(r"\bin\s+any\s+(?:one\s+)?$", re.IGNORECASE)
# The time between two things, not how long one lasts: "take them at least 4 hours
# apart", "at least a year after the first", "between doses", "wait at least four weeks
# after any other vaccine", "at the same time as", "24 hours have passed since the last
# episode" (a time after one named event, "one week after your operation", lasts).
_GAP_AFTER = re.compile(r"\s+(?:apart\b|between\s+doses\b"
                        r"|(?:(?:have|has)\s+(?:passed|elapsed)\s+since|after|before)\s+(?:(?:the|your|their"
                        r"|his|her)\s+)?(?:first|second|previous|last|next)\b(?!\s+(?:day|night|morning"
                        r"|week)\b))",
                        re.IGNORECASE)
_GAP_BEFORE = re.compile(r"\bwait(?:s|ed|ing)?\s+(?:for\s+)?$", re.IGNORECASE)
_SAME_TIME = re.compile(_SAME_TIME_AS, re.IGNORECASE)


def _duration_or_gap(text: str, start: int, end: int) -> str:
    """``gap`` for a stretch of time between two things, else ``duration``."""
    gap = _GAP_AFTER.match(text, end) or (_GAP_BEFORE.search(text[max(start - 20, 0) : start])
                                          and not _WAITED_FOR.match(text, end)
                                          and not _WAIT_FOR_EVENT.match(text, end))
    return "gap" if gap else "duration"


# "adults now typically wait 12 to 18 months for an evaluation": how long a wait for
# something lasts, as "the typical wait … is about eight weeks" says, not a gap.
_WAITED_FOR = re.compile(r"\s+for\s+(?:a|an|the|your|their|this)\s", re.IGNORECASE)
# "wait 4 weeks after your operation": how long after one event, as "one week after your
# operation" says (not "wait four weeks after any other vaccine", a gap between two).
_WAIT_FOR_EVENT = re.compile(r"\s+(?:after|before|until)\s+(?!(?:(?:the|your|their|his|her)\s+)?"
                             r"(?:first|second|previous|last|next|other)\b|any\b|another\b)",
                             re.IGNORECASE)


# "Once", "twice": how many times, in words.
TIMES_WORDS = {**WORDS, "once": 1, "twice": 2, "thrice": 3}


def _times_a_day(m: re.Match) -> tuple[float, float]:
    if m["each"]:
        return 1.0, 1.0
    if m["every"]:
        low = high = 1 / (_EVERY_DAYS[m["every"].lower()] * (2 if m["other"] else 1))
        if m["e"]:  # "every 4 to 6 hours": a wait 4 to 6 times as long
            waits = sorted((number(m["e"]), number(m["e2"] or m["e"])))
            low, high = low / waits[1], high / waits[0]
        return low, high
    days = 1 if m["day"] else (
        _PERIOD_DAYS.get((m["per"] or "").lower()) or _ADVERB_DAYS[m["adverb"].lower()])
    low = number(m["n"] or m["w"], TIMES_WORDS)
    upper = m["n2"] or m["n3"] or m["w2"]
    return low / days, (number(upper, TIMES_WORDS) if upper else low) / days


# People counted right before "every year": how many a year, not how often one thing
# happens ("Acne affects up to 50 million Americans every year").
_PEOPLE_COUNTED_BEFORE = re.compile(
    rf"\b(?:\d[\d,.]*|{_COUNT_WORDS})(?:\s+(?:million|billion|thousand))?\s+(?:[a-z]+\s+)?"
    rf"(?:{PEOPLE}|persons|americans|deaths|cases|visits)\s+$", re.IGNORECASE)


# A number closing a duration's range ("an hour or two a night"): the duration's upper
# end, not how many times a night.
_RANGE_OF_UNIT_BEFORE = re.compile(rf"\b(?:{_UNIT})s?\s+or\s+$", re.IGNORECASE)


def _days_per(text: str) -> list[Quantity]:
    """Times a day of "N days a week" (5/7 for five): a share of the period's days,
    never more than all of them. Days named by what happens on them are their own
    measure ("frequency:headache" of "15 or more headache days a month"): a doctor's
    threshold for them is no rule of how often to take a pill."""
    if not _NAMES_A_DAY.search(text):
        return []
    found = []
    for m in DAYS_PER.finditer(text):
        days = _PERIOD_DAYS[m["per"].lower()]
        low = number(m["n"])
        high = number(m["n2"]) if m["n2"] else low
        post = (m["post"] or "").lower()
        if post == "more":
            high = days
        elif post:
            low = 0.0
        low, high = _bounds(m["mod"] or "", low, high, False)
        kind = f"frequency:{singular(m['noun'].lower())}" if m["noun"] else "frequency"
        found.append(Quantity(kind, low / days, min(high, days) / days, m.start(), m.end(),
                              m.group(0)))
    return found


# "don't give more than 4 doses in any 24 hours": how often at most, as "every 4 hours" says
# how often
_DOSES_AT_MOST = re.compile(
    # ("will not give more than four doses of paracetamol in any 24 hours")
    rf"(?:(?:\b(?:no|not|never)|n[’']t)\s+(?:(?:give|take|use|have)\s+)?more\s+than"
    rf"|\bat\s+most|\ba\s+maximum\s+of)\s+(?P<n>\d{{1,2}}|{'|'.join(WORDS)})\s+(?:doses|times"
    rf"|tablets|capsules)(?:\s+of\s+[a-z-]+)?\s+(?:in\s+(?:any\s+)?(?:24|twenty-four)\s+hours"
    rf"|in\s+(?:a|one)\s+day"
    rf"|a\s+day|per\s+day|daily)\b", re.IGNORECASE)


def _dose_limits(text: str) -> list[Quantity]:
    return [Quantity("frequency", 0.0, number(m["n"]), m.start(), m.end(), m.group(0))
            for m in _DOSES_AT_MOST.finditer(text)]


# "one tablet in the morning and one in the evening": twice a day.
_MORNING_AND_EVENING = re.compile(r"\bone\s+(?:[a-z]+\s+)?in\s+the\s+morning\s+and\s+(?:one\s+)?"
                                  r"in\s+the\s+(?:evening|night)\b", re.IGNORECASE)


# How often something runs, said by an adverb alone: "the café only runs fortnightly",
# "The group meets weekly".
_RUNS = re.compile(r"\b(?:runs?|meets?|is\s+held|are\s+held|takes?\s+place|opens?|happens?)\s+"
                   r"(?:only\s+)?(?P<adverb>daily|weekly|fortnightly|monthly)\b", re.IGNORECASE)


def _frequencies(text: str) -> list[Quantity]:
    if not _NAMES_A_PERIOD.search(text):
        return []
    return [Quantity("frequency", 2.0, 2.0, m.start(), m.end(), m.group(0))
            for m in _MORNING_AND_EVENING.finditer(text)] + [
            Quantity("frequency", 1 / _ADVERB_DAYS[m["adverb"].lower()],
                     1 / _ADVERB_DAYS[m["adverb"].lower()], m.start(), m.end(), m.group(0))
            for m in _RUNS.finditer(text)] + [
            Quantity("frequency", *_times_a_day(m), m.start(), m.end(), m.group(0))
            for m in FREQUENCY.finditer(text)
            if not ((m["every"] or m["per"] or "").lower() == "year" and not m["n"]
                    and _PEOPLE_COUNTED_BEFORE.search(text, 0, m.start()))
            and not (m["n"] and _RANGE_OF_UNIT_BEFORE.search(text, 0, m.start()))]


_FREQUENCY_AHEAD = re.compile(r"[^.;:]{0,30}?" + FREQUENCY.pattern, re.IGNORECASE)


# "1mg taken morning and evening", after an amount: twice a day.
_MORNING_AND_EVENING_AHEAD = re.compile(r"[^.;:]{0,20}?\b(?:morning\s+and\s+(?:evening|night)"
                                        r"|night\s+and\s+morning)\b", re.IGNORECASE)


def frequency_ahead(text: str) -> tuple[float, float] | None:
    """Times a day (low, high) said at most 30 characters into `text`, in the
    same clause: what follows an amount ("250 mg three times a day", "1mg taken
    morning and evening")."""
    m = _FREQUENCY_AHEAD.match(text)
    if m:
        return _times_a_day(m)
    return (2.0, 2.0) if _MORNING_AND_EVENING_AHEAD.match(text) else None


def _levels(text: str) -> list[Quantity]:
    """Readings of a named measure, by its name: "level:spf" (30, inf) for "SPF of
    30 or higher"; "above"/"over" and "below"/"under" before the number bound it too."""
    found = []
    for m in NAMED_LEVEL.finditer(text):
        low = float(m["num"])
        high = float(m["num2"]) if m["num2"] else low
        bounds = {(m["open"] or "").lower(), (m["side"] or "").lower()}
        if bounds & _UPWARD:
            high = math.inf
        elif bounds & _DOWNWARD:
            low = 0.0
        found.append(Quantity(f"level:{m['name'].lower()}", low, high, m.start(), m.end(),
                              m.group(0)))
    return found


# Where a thing is kept, read as the temperature kept there (°C): "in the refrigerator"
# (2 to 8), "at room temperature" (15 to 25), "in the freezer" (at most -18).
_STORED = re.compile(r"\b(?:(?P<room>room\s+temperature)|(?P<fridge>refrigerat\w*|fridges?)"
                     r"|(?P<freezer>freezers?))\b", re.IGNORECASE)
_STORED_AT = {"room": (15.0, 25.0), "fridge": (2.0, 8.0), "freezer": (-40.0, -18.0)}


def _storage(text: str) -> list[Quantity]:
    """Storage temperatures, a measure of their own: a fridge and a fever never pair.
    A unit naming two places moves a thing between them ("thaw it in the fridge"
    after the freezer): no one place is said."""
    found = [Quantity("storage temperature", *_STORED_AT[m.lastgroup], m.start(), m.end(),
                      m.group(0)) for m in _STORED.finditer(text)]
    return found if len({(q.low, q.high) for q in found}) == 1 else []


def _temperatures(text: str) -> list[Quantity]:
    """Temperatures, in °C: "100.4°F" and "38°C" are one value."""
    found = []
    for m in TEMPERATURE.finditer(text):
        value = float(m["num"])
        if m["scale"][0].lower() == "f":
            value = round((value - 32) * 5 / 9, 1)
        found.append(Quantity("temperature", value, value, m.start(), m.end(), m.group(0)))
    return found


_BELOW = ("below", "under", "less than", "up to", "no more than")


def _bounded(m: re.Match, kind: str) -> Quantity:
    """A reading with its bound before it ("at or below 70 dB" is 0 to 70, "above 0.8
    mmol/L" 0.8 up), or its range ("between 0.6 and 1.0 mmol/L")."""
    low = float(m["num"])
    high = float(m["num2"]) if m["num2"] else low
    side = " ".join((m["side"] or "").lower().split())
    if side.endswith(_BELOW):
        low = 0.0
    elif side:
        high = math.inf
    return Quantity(kind, low, high, m.start(), m.end(), m.group(0))


# A blood pressure reading, by its top (systolic) number: "below 120/80", "135/85 or
# higher", "140/90 mm Hg", "the top number is 140 or higher".
BLOOD_PRESSURE = re.compile(
    rf"{_BOUND}(?:(?<![\d/.])(?P<num>\d{{2,3}})\s*/\s*(?P<low_num>\d{{2,3}})(?![\d/])"
    r"(?:\s*mm\s*Hg)?"
    r"|\b(?:top|upper|systolic)\s+(?:number|reading|pressure)\s+(?:is\s+|of\s+)?"
    r"(?:(?P<top_side>above|over|below|under)\s+)?(?P<top>\d{2,3})\b)"
    r"(?:\s+or\s+(?P<open>higher|more|above|greater|over|lower|less|below|under))?",
    re.IGNORECASE)


def _blood_pressures(text: str) -> list[Quantity]:
    """Blood pressure readings as their top number, with a bound before or after it
    ("135/85 or higher" is 135 up); "12/25" (a date) and "3/4" are none."""
    found = []
    for m in BLOOD_PRESSURE.finditer(text):
        top = float(m["num"] or m["top"])
        if not 70 <= top <= 250 or (m["low_num"] and not 40 <= float(m["low_num"]) < top):
            continue
        low = high = top
        side = " ".join((m["side"] or m["top_side"] or "").lower().split())
        open_ = (m["open"] or "").lower()
        if side.endswith(_BELOW) or open_ in _DOWNWARD:
            low = 0.0
        elif side or open_ in _UPWARD:
            high = math.inf
        found.append(Quantity("level:blood pressure", low, high, m.start(), m.end(),
                              m.group(0)))
    return found


def _loudness(text: str) -> list[Quantity]:
    """Sound levels in decibels."""
    return [_bounded(m, "loudness") for m in LOUDNESS.finditer(text)]


def _concentrations(text: str) -> list[Quantity]:
    """Concentrations, one measure a unit: "concentration:mmol/l"."""
    return [_bounded(m, f"concentration:{_UNIT_NAMES.get(m['unit'].lower(), m['unit'].lower())}")
            for m in CONCENTRATION.finditer(text)]


# One unit of concentration spelt several ways.
_UNIT_NAMES = {"µmol/l": "umol/l", "micromol/l": "umol/l", "µg/l": "mcg/l"}


# A price: "about $200", "$27.99 a month", "€1.2 million". What it is a price of
# is not read, only its period ("a month"): a price a month is another measure.
PRICE = re.compile(
    rf"(?:\b(?P<mod>{_MOD})\s+)?(?P<currency>[{_CURRENCY}])\s?(?P<num>\d[\d,]*(?:\.\d+)?)"
    rf"(?:\s*(?P<scale>{_SCALE})\b)?"
    r"(?:(?:\s+(?:a|per|each|every)\s+|\s*/\s*)(?P<per>[a-z]{3,}))?",
    re.IGNORECASE)


# An amount of a liquid, in millilitres: "1.5 litres a day", "no more than 2,000 ml in any
# 24 hours" (a day's), "a 250 ml glass".
_MILLILITRES = {"ml": 1.0, "millilitre": 1.0, "milliliter": 1.0, "litre": 1000.0, "liter": 1000.0}
VOLUME = re.compile(
    rf"(?:\b(?P<mod>{_MOD})\s+)?(?<![\d.,])(?P<num>\d[\d,]*(?:\.\d+)?"
    # in words before litres: "half a litre", "two litres"
    r"|\b(?:half\s+an?|an?|one|two|three|four|five|six|seven|eight|nine|ten)(?=\s+lit))"
    r"(?:\s*(?:-|–|to)\s*(?P<num2>\d[\d,]*(?:\.\d+)?))?\s*"
    r"(?P<unit>ml|millilit(?:re|er)s?|lit(?:re|er)s?)\b"
    r"(?:\s+of\s+[a-z]+)?(?P<day>\s+(?:a|per|each|every)\s+day|\s+daily"
    r"|\s+in\s+(?:any\s+|a\s+)?24\s+hours)?",
    re.IGNORECASE)


def _volumes(text: str) -> list[Quantity]:
    found = []
    for m in VOLUME.finditer(text):
        scale = _MILLILITRES[m["unit"].lower().rstrip("s")]
        low = number(re.sub(r"\s+", " ", m["num"])) * scale
        high = float(m["num2"].replace(",", "")) * scale if m["num2"] else low
        low, high = _bounds(m["mod"] or "", low, high, False)
        found.append(Quantity("volume a day" if m["day"] else "volume", low, high,
                              m.start(), m.end(), m.group(0)))
    return found


# Lengths, speeds and body weights, each by its unit, in metres, metres a second and
# kilograms: "stones smaller than 10mm" / "up to 2cm across", "a 50-metre swim test",
# "between 1 and 3 metres from the appliance", "below 280 feet per second" / "up to 300
# fps", "weighs 98kg", "gains 2 kg (about 4 lb)". Not a dose by weight ("10 mg per kg":
# no figure before its kilogram), nor money ("£5m").
_METRES = {"mm": 0.001, "millimetre": 0.001, "millimeter": 0.001, "cm": 0.01,
           "centimetre": 0.01, "centimeter": 0.01, "m": 1.0, "metre": 1.0, "meter": 1.0,
           "km": 1000.0, "kilometre": 1000.0, "kilometer": 1000.0, "mile": 1609.344,
           "yard": 0.9144, "foot": 0.3048, "feet": 0.3048, "ft": 0.3048, "inch": 0.0254}
_PER_SECOND = {"second": 1.0, "sec": 1.0, "s": 1.0, "minute": 60.0, "min": 60.0, "hour": 3600.0,
               "h": 3600.0, "hr": 3600.0}
_SPEEDS = {"mph": 1609.344 / 3600, "kph": 1000 / 3600, "fps": 0.3048, "knot": 1852 / 3600}
_KILOGRAMS = {"kg": 1.0, "kilo": 1.0, "kilogram": 1.0, "kilogramme": 1.0, "stone": 6.35029,
              "st": 6.35029, "lb": 0.453592, "lbs": 0.453592}
_LENGTH_UNIT = (r"mm|millimet(?:re|er)s?|cm|centimet(?:re|er)s?|km|kilomet(?:re|er)s?|m"
                r"|met(?:re|er)s?|miles?|yards?|feet|foot|ft|inch(?:es)?")
_SPEED_UNIT = (rf"(?:{_LENGTH_UNIT})\s*(?:per|an?|/)\s*(?:second|sec|s|minute|min|hour|h|hr)"
               r"|mph|kph|fps|knots?")
_WEIGHT_UNIT = r"kg|kilos?|kilogram(?:me)?s?|stones?|st|lbs?"
_OVER_UNDER = (rf"(?:\b(?P<mod>{_MOD}|below|above|smaller\s+than|larger\s+than|bigger\s+than"
               r"|longer\s+than|shorter\s+than|faster\s+than|slower\s+than|heavier\s+than"
               r"|lighter\s+than)\s+)?")
_SIZED = re.compile(
    rf"{_OVER_UNDER}(?<![\d.,£$€])(?P<num>\d+(?:\.\d+)?)(?:\s*(?P<unit1>{_SPEED_UNIT}|{_WEIGHT_UNIT}"
    rf"|{_LENGTH_UNIT})?\s*(?:-|–|to|and)\s*(?P<num2>\d+(?:\.\d+)?))?\s*(?:-\s*)?"
    rf"(?P<unit>{_SPEED_UNIT}|{_WEIGHT_UNIT}|{_LENGTH_UNIT})(?![\w/])"
    r"(?P<open>\s+or\s+(?:more|less|over|under|above|below|faster|slower|longer|shorter))?",
    re.IGNORECASE)
_DOWN_WORDS = ("below", "under", "less", "less than", "up to", "within", "at most",
               "no more than", "smaller than", "shorter than", "slower than", "lighter than",
               "slower", "shorter")
_UP_WORDS = ("above", "over", "more than", "at least", "upwards of")


# What comes between a size and the same size in other units: "2 kg (about 4 lb)".
_CONVERTED = re.compile(r"\s*[(\[]\s*(?:about|around|roughly|approximately|approx\.?|~|or)?\s*",
                        re.IGNORECASE)


def _unit_scale(unit: str) -> tuple[str, float] | None:
    """What a unit measures and its size in metres, metres a second or kilograms."""
    unit = " ".join(unit.lower().split())
    if (per := re.fullmatch(r"(.+?)\s*(?:per|an?|/)\s*(\w+)", unit)) is not None:
        length = _METRES.get(_one_unit(per[1]))
        return ("speed", length / _PER_SECOND[per[2]]) if length else None
    for kind, sizes in (("speed", _SPEEDS), ("body weight", _KILOGRAMS), ("length", _METRES)):
        if (size := sizes.get(unit, sizes.get(_one_unit(unit)))) is not None:
            return kind, size
    return None


def _one_unit(unit: str) -> str:
    """ "inches": "inch", "metres": "metre" ("feet" and "lbs" as they are)."""
    return unit[:-2] if unit.endswith("ches") else unit[:-1] if unit.endswith("s") else unit


def _sizes(text: str) -> list[Quantity]:
    """Lengths, speeds and body weights; a range's two figures share its unit ("between
    15kg and 30kg", "1 to 3 metres"), and a size given again in other units is read
    once."""
    found = []
    for m in _SIZED.finditer(text):
        measure = _unit_scale(m["unit"])
        if measure is None or (m["unit1"] and _unit_scale(m["unit1"]) != measure):
            continue
        if found and found[-1].kind == measure[0] and _CONVERTED.fullmatch(
                text, found[-1].end, m.start()):
            continue  # "12 inches (30 cm)": one size in two units
        kind, scale = measure
        low = float(m["num"]) * scale
        high = float(m["num2"]) * scale if m["num2"] else low
        mod = " ".join((m["mod"] or "").lower().split())
        open_ = (m["open"] or "").split()[-1:]
        if mod in _DOWN_WORDS or (open_ and open_[0] in _DOWN_WORDS):
            low = 0.0
        elif mod in _UP_WORDS or mod.endswith(" than") or open_:
            high = math.inf  # a limit, not a figure rounded: "weigh at least 35kg"
        else:
            low, high = _bounds(mod, low, high, False)
        found.append(Quantity(kind, low, high, m.start(), m.end(), m.group(0)))
    return found


def _prices(text: str) -> list[Quantity]:
    found = []
    for m in PRICE.finditer(text):
        value = float(m["num"].replace(",", "")) * _SCALES.get((m["scale"] or "").lower(), 1)
        per = m["per"] or ""
        kind = f"price {m['currency']}" + (f" a {singular(per.lower())}" if per else "")
        low, high = _bounds(m["mod"] or "", value, value, False)
        found.append(Quantity(kind, low, high, m.start(), m.end(), m.group(0)))
    return found


# "the morning after the first treatment": a time after it, not no time at all.
_TIME_AFTER = re.compile(r"\b(?:morning|afternoon|evening|night|day|week)\s*$", re.IGNORECASE)


# "for the rest of your life", "for life", "lifelong", "the results are permanent": at
# least some twenty years, with no end ("life-threatening" names no time; "a permanent
# form of birth control" names a kind, and "permanently damage" says how much).
LIFELONG = re.compile(r"\bfor\s+(?:the\s+rest\s+of\s+(?:your|their|his|her|one's|one’s)\s+"
                      r"li(?:fe|ves)|life)\b(?!-)|\blife-?long\b"
                      r"|\b(?:is|are|be|been|becomes?|remains?|stays?)\s+(?:usually\s+|often\s+)?"
                      r"permanent\b", re.IGNORECASE)
LIFELONG_YEARS = 20


def _lifelong(text: str) -> list[Quantity]:
    return [Quantity("duration", LIFELONG_YEARS * MINUTES["year"], math.inf, m.start(), m.end(),
                     m.group(0)) for m in LIFELONG.finditer(text)]


def _immediate(text: str) -> list[Quantity]:
    return [Quantity("gap" if _SAME_TIME.match(m.group(0)) else "duration", 0.0, 0.0,
                     m.start(), m.end(), m.group(0))
            for m in IMMEDIATE.finditer(text) if not _TIME_AFTER.search(text, 0, m.start())]


def _published_year(published: str | None) -> float | None:
    if not published:
        return None
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    return day.year + (day.timetuple().tm_yday - 1) / 365.25


# When something began, as "since 2016" says: "was first introduced in 2020", "launched in".
_BEGUN = re.compile(r"\b(?:(?:first|initially)\s+[a-z]+|introduced|launched|began|started"
                    r"|brought\s+in)\s+$", re.IGNORECASE)


# "three years ago": a year, counted back from the article's date.
YEARS_AGO = re.compile(
    rf"\b(?:about\s+|nearly\s+|almost\s+|some\s+)?(?P<num>{_NUM})\s+years?\s+ago\b",
    re.IGNORECASE)


def _years(text: str, published: str | None) -> list[Quantity]:
    now = _published_year(published)
    found = []
    if now is not None:
        # "approved three years ago", in an article of March 2026: in 2023.
        for m in YEARS_AGO.finditer(text):
            year = int(now) - number(m["num"])
            basis = f"{m['num']} years before {published[:10]}"
            found.append(Quantity("year", year, year + 1, m.start(), m.end(), m.group(0), basis))
    for m in YEAR.finditer(text):
        first = int(m["year"] or m["year_day"])
        last = first + (10 if m["decade"] else 1)
        prep = (m["prep"] or m["prep_day"]).lower()
        if prep in ("since", "from") and now is not None:
            elapsed = (max(now - last, 0) * MINUTES_PER_YEAR, (now - first) * MINUTES_PER_YEAR)
            basis = f"{now - last:.0f} to {now - first:.0f} years before {published[:10]}"
            found.append(Quantity("duration", *elapsed, m.start(), m.end(), m.group(0), basis))
        else:
            begun = prep == "in" and _BEGUN.search(text, 0, m.start()) is not None
            kind = "start-year" if prep in ("since", "from") or begun else "year"
            found.append(Quantity(kind, first, last, m.start(), m.end(), m.group(0)))
    if m := _TIMELINE.match(text):
        first = int(m["year"])
        found.append(Quantity("year", first, first + 1, m.start("year"), m.end("year"), m["year"]))
    return found


# A timeline's entry: "1938: Alexander Fleming discovers penicillin".
_TIMELINE = re.compile(r"\s*(?P<year>1[6-9]\d\d|20\d\d)\s*[:–—]\s")


# A change by a fraction: "reduced their migraine days by about a third".
_BY_FRACTION = re.compile(
    rf"\bby\s+(?:(?P<mod>{_MOD})\s+)?(?P<fraction>{'|'.join(FRACTIONS)})\b(?!\s+of\b)",
    re.IGNORECASE)


# "About 80%" is 72 to 88%, not the half again either way that "about an hour" is;
# "about half" is 45 to 55%.
_ABOUT = ("about", "around", "approximately", "roughly", "some")


def _share_bounds(mod: str, low: float, high: float) -> tuple[float, float]:
    if mod.lower() in _ABOUT:
        # five points either way, a tenth of a large share, a quarter of a small one
        # ("about 0.1%" is not up to 5%; "about 1 in 10" is not "roughly one in five")
        return low - max(min(5.0, low / 4), low / 10), high + max(min(5.0, high / 4), high / 10)
    return _bounds(mod, low, high, False)


# "has roughly halved cervical cancer rates": a fall of about 50%.
_HALVED = re.compile(r"\b(?:(?P<mod>about|around|roughly|nearly|almost|more\s+than)\s+)?"
                     r"(?:halved|halves|halving)\b", re.IGNORECASE)


def halvings(text: str) -> list[tuple[float, float]]:
    """The falls by half that `text` states, as percentages (low, high)."""
    return [_share_bounds(m["mod"] or "", 50.0, 50.0) for m in _HALVED.finditer(text)]


# "251 of the 412 readers", "420 of the 1,200 people who started": a share counted out
# (not the whole of "9 in 10 of the 2,400 volunteers").
# A whole number, its thousands set off by commas: "1,200", "412".
_FIGURE = r"\d{1,3}(?:,\d{3})+|\d+"
_N_OF_M = re.compile(rf"(?<![\d.,])(?<!\bin\s)(?<!\bof\s)(?P<n>{_FIGURE})\s+"
                     r"(?:of|out\s+of)\s+(?:the\s+)?"
                     rf"(?P<m>{_FIGURE})(?![\d.,%])(?=\s+[a-z])"
                     # (not "2 of 10 mg tablets", "3 of 7 days": amounts, times)
                     rf"(?!\s+(?:mg|g|mcg|µg|ml|kg|iu|units?|mmol|{_UNIT})s?\b)",
                     re.IGNORECASE)


# "Of 1,200 pupils at the six schools, 780 had the spray", "Of every 200 women screened,
# about 16 …": the whole, then the part.
_OF_M_THEN_N = re.compile(rf"\bOf\s+(?:the\s+|every\s+|each\s+)?(?P<m>{_FIGURE})\s+"
                          r"(?P<who>[a-z]{3,})\b"
                          r"[^,.;:]{0,80},\s+(?:(?:about|around|roughly|nearly|almost|only|just)\s+)?"
                          rf"(?P<n>{_FIGURE})(?![\d.,%])",
                          re.IGNORECASE)


def _percents(text: str) -> list[Quantity]:
    found = []
    # A share counted out, at its part; the phrase of "Of 1,200 pupils …, 780" names
    # whom, as "780 pupils out of 1,200" would.
    counted = [(m, m.start(), m.end(), m.group(0)) for m in _N_OF_M.finditer(text)] + [
        (m, m.start("n"), m.end("n"), f"{m['n']} {m['who']} out of {m['m']}")
        for m in _OF_M_THEN_N.finditer(text)]
    for m, start, end, phrase in counted:
        part, whole = number(m["n"]), number(m["m"])
        if 0 < part < whole:
            value = 100 * part / whole
            found.append(Quantity("percent", value, value, start, end, phrase))
    for m in _BY_FRACTION.finditer(text):
        value = FRACTIONS[m["fraction"].lower()]
        low, high = _share_bounds(m["mod"] or "", value, value)
        found.append(Quantity("percent", low, min(high, 100.0), m.start("mod") if m["mod"]
                              else m.start("fraction"), m.end(), m.group(0)[3:].lstrip()))
    for m in PERCENT.finditer(text):
        mod = m["mod"] or ""
        # "1 in 4", "1 to 3 people out of 100", "one pregnancy in ten"
        ratio = bool(m["part"] or m["low"] or m["one"])
        if ratio:
            whole = number(m["whole"] or m["of"] or m["among"])
            top = number(m["high"] or m["part"] or m["low"] or m["one"])
            # ("aged 4 and 1 in 10 of them": no range that runs down)
            part = min(number(m["part_low"] or m["part"] or m["low"] or m["one"]), top)
            if not whole or top > whole:
                continue
            value, upper = 100 * part / whole, 100 * top / whole
            if m["whole2"] and (other := number(m["whole2"])):
                value, upper = sorted((value, 100 * part / other))
        else:
            value = upper = float(m["num"]) if m["num"] else FRACTIONS[m["fraction"].lower()]
            upper = float(m["num2"]) if m["num2"] else upper
        low, high = _share_bounds(mod, value, upper)
        if ratio:
            # "about 1 in 10,000" is about a hundredth of a percent, not up to 5%: a
            # ratio is vague by a factor too, whichever is narrower
            near, far = _bounds(mod, value, upper, False)
            low, high = max(low, near), min(high, far)
        found.append(Quantity("percent", max(low, 0.0), min(high, 100.0), m.start(), m.end(),
                              m.group(0)))
    return found


def _in_years(count: str, unit: str) -> float:
    """ "6", "months": 0.5 (an age in years)."""
    per_year = {"w": 52.0, "m": 12.0}.get(unit[0].lower(), 1.0)
    return number(count) / per_year


def apart(kind: str, a: frozenset[tuple[float, float]], b: frozenset[tuple[float, float]]) -> bool:
    """Whether every reading of `a` and every one of `b` are the two sides of a line,
    one under a value and the other over it, for the kinds that sort people,
    readings or things into groups: ages ("babies younger than 3 months" / "babies 3
    months and older", "under 3 months" / "6 months and older"), named levels ("a
    normal reading is below 120/80" / "180/120 or higher": call 911), body weights
    ("weigh less than 35kg" / "at least 35kg") and sizes; or, for body weights and
    sizes, bands that meet ("arm 17 to 22cm" / "arm 22 to 32cm", "up to 3 cm" / "between
    3 and 5 cm"). Two groups told apart, not one value said twice; durations and
    doses on either side of a line still clash ("lasts less than 2 hours" / "more
    than 3 hours")."""
    if kind not in _SORTING and not kind.startswith("level:"):
        return False
    top = OLDEST if kind == "age" else math.inf

    def sides(x: tuple[float, float], y: tuple[float, float]) -> bool:
        (_, under), (over, _) = sorted((x, y))
        return x[0] != y[0] and min(x[0], y[0]) == 0.0 and max(x[1], y[1]) == top \
            and under <= over * (1 + TOLERANCE)

    def bands(x: tuple[float, float], y: tuple[float, float]) -> bool:
        (_, under), (over, _) = sorted((x, y))
        return kind != "age" and x != y and abs(over - under) <= over * TOLERANCE
    return all(sides(x, y) or bands(x, y) for x in a for y in b)


# The kinds whose readings sort people or things into groups (see apart).
_SORTING = ("age", "body weight", "length")


def vague_floor(a: frozenset[tuple[float, float]], b: frozenset[tuple[float, float]]) -> bool:
    """Whether one of two sets of floors is "upstairs" and holds the other's: "on the first
    floor" and "upstairs" can both be true."""
    return all(x[0] <= y[0] <= y[1] <= x[1] or y[0] <= x[0] <= x[1] <= y[1]
               for x in a for y in b)


def banded(a: frozenset[tuple[float, float]], b: frozenset[tuple[float, float]]) -> bool:
    """Whether the ages of one are bands opening the open range of the other: "Children
    aged 2 to 5: 2.5mg" under "licensed for children from the age of 2" is a group of
    those children, not another age limit ("from 12" / "from 16" are two, and so are
    "aged 55 to 74" / "over 50")."""
    def inside(x: tuple[float, float], y: tuple[float, float]) -> bool:
        return x[0] < x[1] < OLDEST and y[1] == OLDEST and y[0] == x[0]
    return all(inside(x, y) for x in a for y in b) or all(inside(y, x) for x in a for y in b)


# "with no age limit", "There is no upper age limit": every age, against a bound.
NO_AGE_LIMIT = re.compile(r"\bno\s+(?:upper\s+|lower\s+|minimum\s+|maximum\s+)?age\s+"
                          r"(?:limits?|restrictions?|cap|cut-?off)\b"
                          # "Age alone does not rule anyone out", "age is no barrier"
                          r"|\bage\s+(?:alone\s+)?(?:is\s+no\s+barrier|(?:does\s+not|doesn['’]t)\s+"
                          r"rule\s+(?:anyone|you|people)\s+out)\b", re.IGNORECASE)


# A table's row opening with a band of ages: "2 to 4 years | 12 to 16 kg | 7.5 ml".
_ROW_AGE = re.compile(r"\A\s*(?P<low>\d{1,2})\s*(?:to|-|–)\s*(?P<high>\d{1,2})\s+"
                      r"(?P<unit>years|months|weeks)\b(?=[^|\t\n]*(?:[ \t]\|[ \t]|\t))",
                      re.IGNORECASE)


def _ages(text: str) -> list[Quantity]:
    if not _NAMES_AN_AGE.search(text):
        return []
    found = [Quantity("age", _in_years(m["low"], m["unit"]), _in_years(m["high"], m["unit"]),
                      m.start("low"), m.end(), m.group(0).strip())
             for m in _ROW_AGE.finditer(text)]
    for m in AGE.finditer(text):
        if m["ages"]:
            low, high = float(m["ages"]), float(m["ages2"])
        elif m["limit"]:
            limit = _in_years(m["limit"], "years")
            low, high = (limit, OLDEST) if m["side"].lower() in ("over", "above") else (0.0, limit)
        elif m["span"]:
            low = high = _in_years(m["span"], m["unit"])
        elif m["than"]:
            low = high = _in_years(m["than_n"], m["than_unit"] or "years")
            low, high = (low, OLDEST) if m["than"].lower() == "older" else (0.0, high)
        elif m["of_age"]:
            low = high = _in_years(m["of_age"], m["of_unit"])
            if m["of_low"]:
                low = _in_years(m["of_low"], m["of_unit"])
        elif m["edge_n"]:
            bound = _in_years(m["edge_n"], m["edge_unit"] or "years")
            low, high = (bound, OLDEST) if m["edge"].lower() in ("youngest", "minimum", "lowest") \
                else (0.0, bound)
        elif m["aged"]:
            low = _in_years(m["aged"], m["aged_unit"] or "years")
            high = _in_years(m["aged2"], m["aged_unit"] or "years") if m["aged2"] else low
        elif m["dash_n"]:
            bound = float(m["dash_n"])
            low, high = (0.0, bound) if m["dash_side"].lower() == "under" else (bound, OLDEST)
        elif m["old"] and m["least"]:
            low, high = float(m["old"]), OLDEST  # "must be at least 18 years old"
        elif m["at"] and m["at_prep"].lower() == "from":
            # "licensed for children from the age of 2"
            low, high = _in_years(m["at"], "years"), OLDEST
        elif m["who_n"]:
            bound = _in_years(m["who_n"], m["who_unit"] or "years")
            low, high = (bound, OLDEST) if m["who_side"].lower() in ("over", "above", "from") \
                else (0.0, bound)
        else:
            low = high = number(m["at"]) if m["at"] else float(
                m["old"] or m["bare"] or m["as"] or m["turn"] or m["bday"] or m["until"]
                or m["is_age"] or ORDINALS.get((m["bday_word"] or "").lower(), 0))
        if m["open"]:
            upward = m["open"].lower() in ("older", "over", "above")
            low, high = (low, OLDEST) if upward else (0.0, high)
        found.append(Quantity("age", low, high, m.start(), m.end(), m.group(0)))
    found.extend(Quantity("age", 0.0, OLDEST, m.start(), m.end(), m.group(0))
                 for m in NO_AGE_LIMIT.finditer(text))
    return found



# Plurals without an s: "196 women" and "150 women" count one kind.
_IRREGULAR = {"women": "woman", "men": "man", "children": "child", "people": "person",
              "doses": "dose", "teeth": "tooth"}
# Nouns that count one kind in other words: "three drugs" / "two medications".
_SAME_KIND = {"medication": "drug", "medicine": "drug", "shot": "dose", "injection": "dose",
              "jab": "dose"}


def singular(noun: str) -> str:
    """The singular of a lower-case plural noun ("viruses": virus, "women":
    woman); a noun without a plural's ``s`` ("virus", "stress", "bacteria") as it is."""
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("ses", "xes", "ches", "shes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith(("ss", "us")) else noun


def _counts(text: str) -> list[Quantity]:
    found = []
    for m in COUNT.finditer(text):
        noun = m["noun"].lower()
        if noun in _NOT_COUNTED or not _NOT_COUNTED.isdisjoint(m["adj"].lower().split()):
            continue
        value = number(m["num"])
        if 1600 <= value <= 2100 and m["num"].isdigit() and len(m["num"]) == 4:
            continue  # a year
        value *= _SCALES.get((m["scale"] or "").lower(), 1)  # "9 million adults"
        low, high = _bounds(m["mod"] or "", value, value, False)
        # "three groups" and "five groups" are counts of one kind, named by the noun.
        kind = f"count:{_SAME_KIND.get(singular(noun), singular(noun))}"
        found.append(Quantity(kind, low, high, m.start(), m.end(), m.group(0)))
    for m in _HYPHEN_COUNT.finditer(text):
        # "the 21-unit weekly guideline" against "14 units a week", "a two-dose course"
        low, high = _bounds(m["mod"] or "", number(m["num"]), number(m["num"]), False)
        found.append(Quantity(f"count:{m['noun'].lower()}", low, high, m.start(), m.end(),
                              m.group(0)))
    for m in _SINGLE.finditer(text):
        # "a single 1.5 mg tablet" against "the two tablets", "a single embryo"
        noun = m["noun"].lower()
        if f"{noun}s" not in _NOT_COUNTED:
            kind = f"count:{_SAME_KIND.get(noun, noun)}"
            found.append(Quantity(kind, 1.0, 1.0, m.start(), m.end(), m.group(0)))
    return found


# A count joined to its noun by a hyphen, as an adjective: "a 21-unit limit", "the
# three-dose course", "a five-star rating" (the things a dose is taken in, not times: "a
# 3-day course" is a duration).
_HYPHEN_COUNT = re.compile(rf"\b(?:(?P<mod>{_MOD})\s+)?(?P<num>\d{{1,3}}|{_COUNT_WORDS})-"
                           r"(?P<noun>unit|dose|drink|session|tablet|capsule|injection|puff|star)\b",
                           re.IGNORECASE)
# One of something, said as such: "a single 1.5 mg tablet", "a single embryo" (not "not
# a single case", nor "a single-dose vial": no count of vials).
_SINGLE = re.compile(r"(?<!\bnot\s)\ba\s+single\s+(?:\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml)\s+)?"
                     r"(?P<noun>[a-z]{3,}(?<!s))\b(?![-‐])", re.IGNORECASE)


def extract(text: str, published: str | None = None) -> list[Quantity]:
    """Every quantity in `text`, in order; a span is read once (an age is not also
    a duration)."""
    return list(_extract(text, published))


# Which floor of a building something is on: "on the ground floor", "the ground-floor
# staff canteen", "take the lifts to the second floor", "on Level 3 of the main building",
# "upstairs".
_FLOOR_NUMBERS = {"basement": -1, "lower ground": -0.5, "ground": 0, "first": 1, "1st": 1,
                  "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                  "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7}
_FLOOR = re.compile(
    rf"\b(?P<floor>{'|'.join(sorted(_FLOOR_NUMBERS, key=len, reverse=True))})[- ]floor\b"
    r"|\b(?:on|to)\s+level\s+(?P<level>\d{1,2})\b"
    # somewhere above the ground floor: "The first aid room is upstairs", "on the
    # mezzanine above the cafe"
    r"|\b(?P<up>upstairs|mezzanine)\b", re.IGNORECASE)
# Above the ground floor, on one not named.
_UPSTAIRS = (0.5, 7.0)


# A deadline's day without its year: "return it by Friday 14 March", "no later than 7
# March", "before the 1st of April" (one with its year is a year's: YEAR).
_DEADLINE = re.compile(
    r"\b(?:by|no\s+later\s+than|not\s+later\s+than|before|until|deadline(?:\s+is)?:?)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?"
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})"
    rf"|(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?!,?\s+\d)",
    re.IGNORECASE)
_MONTHS = [month.lower() for month in _MONTH.split("|")]


def _deadlines(text: str) -> list[Quantity]:
    if "by" not in text and "than" not in text and "before" not in text \
            and "until" not in text and "eadline" not in text:
        return []
    found = []
    for m in _DEADLINE.finditer(text):
        day = (_MONTHS.index((m["month"] or m["month2"]).lower()) + 1) * 100 + int(
            m["day"] or m["day2"])
        found.append(Quantity("deadline", day, day, m.start(), m.end(), m.group(0)))
    return found


def _floors(text: str) -> list[Quantity]:
    if "floor" not in text and "evel" not in text and "stairs" not in text \
            and "mezzanine" not in text:
        return []
    return [Quantity("floor", low, high, m.start(), m.end(), m.group(0))
            for m in _FLOOR.finditer(text)
            for low, high in [_UPSTAIRS if m["up"] else (float(m["level"]),) * 2 if m["level"]
                              else (float(_FLOOR_NUMBERS[m["floor"].lower()]),) * 2]]


# A time of day, in minutes after midnight: "4pm", "8.30 am", "from 10 am to 8 pm",
# "08:30 – 18:30" (a two-digit hour), "noon".
_HOUR = r"(?P<{0}h>\d{{1,2}})(?:[:.](?P<{0}m>[0-5]\d))?\s*(?P<{0}ap>[ap])\.?m\b\.?"
_HOUR24 = r"(?P<{0}h>[01]\d|2[0-3]):(?P<{0}m>[0-5]\d)\b(?![:.]?\d)"
# ("between 10am and 12pm": a range; "at 10am and 4pm": two times)
_UNTIL = r"\s*(?:-|–|to|until|till|(?(between)and|(?!)))\s*"
_CLOCK = re.compile(
    rf"(?P<between>\bbetween\s+)?(?<![\d.:,])(?:{_HOUR.format('a')}(?:{_UNTIL}{_HOUR.format('b')})?"
    rf"|{_HOUR24.format('c')}(?:{_UNTIL}{_HOUR24.format('d')})?)"
    r"|\b(?P<noon>noon|midday|midnight)\b", re.IGNORECASE)


def _minutes_of_day(m: re.Match, side: str) -> float | None:
    if not m[side + "h"]:
        return None
    hour, minute = int(m[side + "h"]), int(m[side + "m"] or 0)
    if side + "ap" in m.re.groupindex:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if m[side + "ap"].lower() == "p" else 0)
    return float(hour * 60 + minute)


def _clock_times(text: str) -> list[Quantity]:
    if "m" not in text and ":" not in text and "noon" not in text:
        return []
    found = []
    for m in _CLOCK.finditer(text):
        if m["noon"]:
            low = high = 0.0 if m["noon"].lower() == "midnight" else 720.0
        else:
            low = _minutes_of_day(m, "a") if m["ah"] else _minutes_of_day(m, "c")
            high = _minutes_of_day(m, "b") if m["ah"] else _minutes_of_day(m, "d")
            if low is None:
                continue
            high = low if high is None else high
        found.append(Quantity("clock", low, high, m.start(), m.end(), m.group(0)))
    return found


@lru_cache(maxsize=4096)  # one claim is read by several cues and rules
def _extract(text: str, published: str | None) -> tuple[Quantity, ...]:
    found: list[Quantity] = []
    for quantity in [*_clock_times(text), *_levels(text), *_blood_pressures(text),
                     *_temperatures(text),
                     *_loudness(text),
                     *_concentrations(text), *_prices(text), *_volumes(text), *_sizes(text),
                     *_ages(text), *_years(text, published), *_deadlines(text),
                     *_percents(text),
                     *_dose_limits(text), *_days_per(text), *_frequencies(text),
                     *_time_points(text),
                     *_ordinal_times(text),
                     *_day_after(text), *_durations(text), *_immediate(text), *_lifelong(text),
                     *_storage(text), *_floors(text), *_counts(text)]:
        if not any(q.start < quantity.end and quantity.start < q.end for q in found):
            found.append(quantity)
    return tuple(sorted(found, key=lambda q: q.start))


def kinds(text: str, published: str | None = None) -> frozenset[str]:
    return frozenset(q.kind for q in extract(text, published))


def incompatible(a: Quantity, b: Quantity) -> float:
    """How far apart two quantities of one kind are (0 when they can both be true):
    the log of the ratio across the gap between their intervals."""
    if a.kind != b.kind:
        return 0.0
    lower, upper = (a, b) if a.high <= b.high else (b, a)
    if upper.low <= lower.high * (1 + TOLERANCE):
        return 0.0
    if lower.high <= 0:
        return 1.0
    return math.log(upper.low / lower.high)
