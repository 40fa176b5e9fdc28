"""Doses as amounts that can be compared: per dose or per day, per kilogram of
body weight or not, and as a maximum, a minimum or an amount given.

"Take 2 capsules of 250 mg three times a day" is 1,500 mg a day, which the
"upper limit of 350 mg a day" said elsewhere forbids; "give 100 mg every 4
hours" to "a 10 kg toddler" is 60 mg per kg a day, over "no more than 40 mg per
kg in 24 hours". Drops, capsules and tablets become milligrams with the
strength the article states for them ("each drop is 2.5mg", "7.5mg per
drop"), read over the whole article (:func:`strengths`).

Two doses clash (:func:`clash`) when they measure the same thing (milligrams
with milligrams, per kilogram with per kilogram, a day with a day) and:

- an amount goes beyond a stated maximum or below a stated minimum;
- two maxima (or two minima) differ;
- an amount falls outside a stated range, or two ranges differ ("0.3 to 5 mg"
  and "0.3 to 10 mg a day").

Two single amounts never clash on their own: an article names many doses
("25 mg, 10 mg or 1 mg" in three arms of a trial) without contradicting
itself. A sentence stating strengths ("500mg oil means that each drop is
2.5mg") gives no dose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from annotator.consistency import quantities

# Milligrams per unit of mass; other units (IU, ml) are compared only with themselves.
_MASS = {"mg": 1.0, "milligram": 1.0, "g": 1000.0, "gram": 1000.0, "mcg": 0.001,
         "µg": 0.001, "microgram": 0.001}
# (ounces written out are a form: "one ounce", "8 ounces")
_UNITS = (r"mg|milligrams?|mcg|µg|micrograms?|g|grams?|iu|ml|millilit(?:er|re)s?|fl\.?\s*oz|oz"
          r"|lit(?:er|re)s?")
_FORMS = (r"drops?|tablets?|capsules?|pills?|gumm(?:y|ies)|puffs?|sprays?|softgels?|scoops?"
          r"|teaspoons?|tablespoons?|tsp|tbsp|(?:fluid\s+)?ounces?|cups?|cans?|glass(?:es)?")
# A form measured in another: a tablespoon is three teaspoons.
_IN_OTHER_FORM = {"tablespoon": ("teaspoon", 3.0)}
# Millilitres in a spoon or an ounce, for forms whose milligrams the article does not
# state ("one ounce of sunscreen" against "a teaspoon of sunscreen").
_MILLILITRES = {"teaspoon": 4.93, "tablespoon": 14.79, "ounce": 29.57}
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "half a": 0.5, "half an": 0.5}
_IN_WORDS = "|".join(sorted(_WORDS, key=len, reverse=True))
_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?|" + _IN_WORDS
_DIGITS = r"\d+(?:,\d{3})*(?:\.\d+)?"


def _range(name: str) -> str:
    """A number or a range of two ("2-3", "two or three"), in groups `name` and `name`2."""
    return rf"(?:between\s+)?(?P<{name}>{_NUMBER})(?:\s*(?:-|–|to|or)\s*(?P<{name}2>{_NUMBER}))?"


DOSE = re.compile(
    # "2 capsules of 250 mg", "2-3 drops", "two Night Cramp Formula tablets" (a product's
    # name between, in capitals)
    rf"\b{_range('count')}\s+(?:(?-i:[A-Z][\w'’-]*)\s+){{0,3}}(?P<form>{_FORMS})\b"
    rf"(?:\s+of\s+(?P<strength>{_NUMBER})\s*(?P<sunit>{_UNITS})\b)?"
    # "two 500 mg tablets", "two 400 mg ibuprofen tablets", "two of the 250mg capsules",
    # "2 × 500mg paracetamol tablets"
    rf"|\b{_range('many')}(?:\s*[×x]\s*|\s+(?:of\s+the\s+)?)(?P<each>{_NUMBER})\s*(?P<eunit>{_UNITS})\s+(?:[a-z][\w-]*\s+)?"
    rf"(?P<eform>{_FORMS})\b"
    # "20-1,500mg", "0.3mg to 10mg", "10 mg per kg of body weight"
    rf"|\b(?:between\s+(?P<between>{_DIGITS})(?:\s*(?:{_UNITS}))?\s*(?:and|-|–|to)\s*"
    rf"(?P<between2>{_DIGITS})|(?P<amount>{_DIGITS})(?:(?:\s*(?:{_UNITS}))?\s*(?:-|–|to)\s*"
    rf"(?P<amount2>{_DIGITS}))?"
    # "half a litre", "two litres": a volume in words
    rf"|(?P<worded>{_IN_WORDS})(?=\s+(?:litres?|liters?)\b))\s*(?P<unit>{_UNITS})\b"
    # ("30 mg for every kilogram your child weighs", "10 mg a kilo")
    r"(?P<perkg>(?:\s+of\s+[a-z-]+)?\s*(?:/|per\s+|(?:for\s+)?(?:every|each)\s+|a\s+)"
    r"(?:kg|kilos?|kilograms?)\b(?:\s+of\s+body\s*weight)?)?",
    re.IGNORECASE,
)
# "each drop is 2.5mg", "5mg per drop", "Each drop holds 1 mg"
STRENGTH = re.compile(
    # "A typical cup of coffee contains about 95 mg of caffeine"
    rf"\b(?:each|every|one|a|per)\s+(?:typical\s+|standard\s+|regular\s+|single\s+)?"
    rf"(?P<form>{_FORMS})\s+(?:of\s+[a-z-]+\s+)?(?:is|contains|holds|has|provides|gives)"
    rf"\s+(?:about\s+|around\s+|roughly\s+)?(?P<low>{_NUMBER})\s*(?P<unit>{_UNITS})\b"
    # "500 mg per teaspoon", "500 mg of elderberry per teaspoon", "250mg elemental magnesium
    # per tablet"
    rf"|\b(?P<low2>{_NUMBER})\s*(?P<unit2>{_UNITS})\s+(?:of\s+[a-z-]+\s+|[a-z-]+\s+(?:[a-z-]+\s+)?)?"
    rf"(?:per|in\s+each|in\s+every|each|a)\s+"
    rf"(?P<form2>{_FORMS})\b",
    re.IGNORECASE,
)
# A product's strength, not an amount taken: "500mg oil", "a 1,000 mg bottle".
_PRODUCT = re.compile(r"\s*(?:cbd\s+)?(?:oils?|bottles?|tinctures?|products?|extracts?|jars?)\b",
                      re.IGNORECASE)
# "400 mg of ibuprofen per dose", "at each dose"
_PER_DOSE = re.compile(r"^\s*(?:of\s+[a-z-]+\s+)?(?:per|a|each|at\s+each|in\s+one)\s+dose\b",
                       re.IGNORECASE)
_PER_DAY = re.compile(
    r"^[^.;:]{0,30}?(?:\b(?:a|per|each|every)\s+(?:day|night)\b|\bdaily\b|/\s*day\b|\bnightly\b"
    r"|\bin\s+(?:any\s+)?(?:24|twenty-four)[\s-]hours?(?:\s+period)?\b|\bper\s+24\s+hours\b)",
    re.IGNORECASE,
)
# "the maximum daily dose of 1mg", "a total daily dose of 4 g": an amount a day.
_DAILY_BEFORE = re.compile(r"\b(?:daily|a\s+day['’]s)\s+(?:dose|amount|intake|total|maximum"
                           r"|limit|allowance)\s+(?:of|is)\s*$"
                           # "the most you should take in 24 hours is 120mg"
                           r"|\bin\s+(?:any\s+|one\s+)?(?:24|twenty-four)[\s-]hours?(?:\s+period)?"
                           r"\s+(?:is|are)\s*$|\bin\s+(?:a|one)\s+day\s+(?:is|are)\s*$",
                           re.IGNORECASE)
# "45mg is the maximum daily dose": a limit said after the amount.
_LIMIT_AFTER = re.compile(r"\s*(?:is|are)\s+the\s+(?:maximum|highest|most|upper\s+limit)\b"
                          r"(?P<daily>\s+(?:daily|a\s+day|per\s+day|in\s+24\s+hours))?",
                          re.IGNORECASE)
_MAXIMUM = re.compile(
    r"(?:\bmaximum|\bmax\.?|\bthe\s+most\s+(?:you|anyone|an?\s+adult|adults?|people|a\s+child"
    r"|children)\s+(?:should|can|may)\s+"
    r"(?:take|have|use)|\bno\s+more\s+than|\bnot\s+more\s+than|\bexceed(?:ing)?|\bup\s+to"
    r"|\bat\s+most|\bupper\s+limit|\bupper\s+(?:intake\s+)?level|\blimit\s+of)[^.;:,]{0,40}$"
    # "doses above 350 mg", "more than 40 mg", "fewer than 20 grams": right before
    # the amount ("adults over 70 need 800 IU" is about age)
    r"|\b(?:above|over|more\s+than|higher\s+than|fewer\s+than|less\s+than|under|below)\s*$"
    # "limit caffeine to 200 mg a day"
    r"|\blimit(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?to\s*$"
    # "the over-the-counter limit for ibuprofen is 1,200 mg"
    r"|\blimit\s+(?:for\s+(?:[\w'’-]+\s+){1,3})?(?:is|are)\s*$",
    re.IGNORECASE,
)
_MINIMUM = re.compile(
    r"(?:\bminimum|\bat\s+least|\bno\s+less\s+than|\bnot\s+less\s+than)[^.;:,]{0,40}$",
    re.IGNORECASE,
)
# An amount said to suffice, so that no more is needed: "A teaspoon of sunscreen is
# enough for your whole body".
_ENOUGH = re.compile(r"(?:\s+of\s+[a-z-]+)?\s+(?:is|are|should\s+be|will\s+be)\s+"
                     r"(?:usually\s+|generally\s+|plenty\s+|more\s+than\s+)?enough\b",
                     re.IGNORECASE)
_BODY_WEIGHT = re.compile(
    r"\b(?P<kg>\d+(?:\.\d+)?)[\s-]*(?:kg|kilograms?)\b(?!\s*(?:/|per\b))"
    r"(?=[\s-]+(?:adult|child|toddler|baby|infant|person|patient|man|woman|boy|girl)s?\b)"
    r"|\bweighing\s+(?P<kg2>\d+(?:\.\d+)?)\s*(?:kg|kilograms?)\b",
    re.IGNORECASE,
)
TOLERANCE = 0.02
# What a drop, a capsule … holds in mg (low, high), as sorted items: hashable.
Strengths = tuple[tuple[str, tuple[float, float]], ...]


@dataclass(frozen=True)
class Dose:
    low: float
    high: float
    unit: str  # "mg", "iu", "ml", or a form ("drop") whose strength is not known
    per_kg: bool
    basis: str  # "day" (a day), "dose" (per dose, how often known), "" (not said)
    role: str  # "max", "min", "range", "amount" or "enough" (said to suffice)
    phrase: str
    times: tuple[float, float] | None = None  # doses a day, when said
    weighed: bool = False  # per kg from a body weight the unit states ("a 20 kg child")

    def daily(self) -> Dose:
        """The same dose as an amount a day, when how often it is taken is known."""
        if self.basis != "dose" or self.times is None:
            return self
        low, high = self.low * self.times[0], self.high * self.times[1]
        # "10 mg every 6 to 8 hours" is 30 to 40 mg a day: a range to keep within.
        role = "range" if self.role == "amount" and high > low else self.role
        return replace(self, low=low, high=high, basis="day", role=role, times=None)

    def describe(self) -> str:
        low, high = (f"{v:g}" for v in (self.low, self.high))
        amount = low if low == high else f"{low}-{high}"
        unit = self.unit + ("/kg" if self.per_kg else "")
        unit += " a day" if self.basis == "day" else ""
        prefix = {"max": "at most ", "min": "at least ", "enough": "enough: "}.get(self.role, "")
        return f"{prefix}{amount} {unit} ({self.phrase})"


def _number(text: str) -> float:
    return quantities.number(text, _WORDS)


def _unit(word: str) -> tuple[str, float]:
    word = word.lower()
    word = word[:-1] if word.endswith("s") else word
    if word.startswith("millilit"):
        return "ml", 1.0
    if word.startswith("lit"):
        return "ml", 1000.0
    if word.endswith("oz"):
        return "ml", _MILLILITRES["ounce"]
    if word in _MASS:
        return "mg", _MASS[word]
    return word, 1.0


def _form(word: str) -> str:
    word = word.lower()
    if word in ("tsp", "tbsp"):
        return "teaspoon" if word == "tsp" else "tablespoon"
    if word.endswith(("ounce", "ounces")):
        return "ounce"  # "one fluid ounce"
    return "gummy" if word.startswith("gumm") else word.rstrip("s")


def _amount(number: str, unit: str) -> tuple[str, float]:
    """ "10", "micrograms": ("mg", 0.01)."""
    name, factor = _unit(unit)
    return name, _number(number) * factor


def strengths(texts: list[str]) -> dict[str, tuple[float, float]]:
    """Milligrams in one drop, capsule, tablet … as the article states them,
    over all of `texts`: each form's lowest and highest."""
    found: dict[str, tuple[float, float]] = {}
    for text in texts:
        for m in STRENGTH.finditer(text):
            form = _form(m["form"] or m["form2"])
            unit, value = _amount(m["low"] or m["low2"], m["unit"] or m["unit2"])
            if unit != "mg":
                continue
            low, high = found.get(form, (value, value))
            found[form] = (min(low, value), max(high, value))
    for form, (other, times) in _IN_OTHER_FORM.items():
        if other in found and form not in found:
            found[form] = (found[other][0] * times, found[other][1] * times)
    return found


def _interval(match: re.Match, name: str) -> tuple[float, float]:
    low = _number(match[name])
    high = _number(match[name + "2"]) if match[name + "2"] else low
    return min(low, high), max(low, high)


@lru_cache(maxsize=4096)
def extract(text: str, strength: Strengths = ()) -> tuple[Dose, ...]:
    """The doses of one unit's `text`; `strength`: the article's strengths
    (:func:`strengths`, as sorted items), to turn drops and the like into mg."""
    if STRENGTH.search(text):
        return ()  # it says what a product holds, not what to take
    known = dict(strength)
    weight = _BODY_WEIGHT.search(text)
    kilograms = float(weight["kg"] or weight["kg2"]) if weight else None
    found = []
    for m in DOSE.finditer(text):
        if m["form"]:
            (low, high), unit = _interval(m, "count"), _form(m["form"])
            if m["strength"]:
                each_unit, each = _amount(m["strength"], m["sunit"])
                low, high, unit = low * each, high * each, each_unit
        elif m["eform"]:
            each_unit, each = _amount(m["each"], m["eunit"])
            (low, high), unit = _interval(m, "many"), each_unit
            low, high = low * each, high * each
        else:
            if _PRODUCT.match(text, m.end()):
                continue
            (low, high) = (_number(m["worded"]),) * 2 if m["worded"] else _interval(
                m, "between" if m["between"] else "amount")
            unit, factor = _unit(m["unit"])
            low, high = low * factor, high * factor
        if unit in known:  # drops, capsules … with their stated strength
            low, high, unit = low * known[unit][0], high * known[unit][1], "mg"
        elif unit in _MILLILITRES:
            low, high, unit = low * _MILLILITRES[unit], high * _MILLILITRES[unit], "ml"
        after, before = text[m.end():], text[max(0, m.start() - 60):m.start()]
        often = quantities.frequency_ahead(after)
        limit = _LIMIT_AFTER.match(after)  # "45mg is the maximum daily dose"
        basis, times = "", None
        if often:
            basis, times = "dose", often
        elif _PER_DAY.match(after) or _DAILY_BEFORE.search(before) or (
                limit and limit["daily"]):
            basis = "day"
        elif _PER_DOSE.match(after):
            basis = "dose"
        per_kg, weighed = bool(m["perkg"]), False
        if not per_kg and kilograms and unit == "mg":
            low, high, per_kg, weighed = low / kilograms, high / kilograms, True, True
        if _ENOUGH.match(after):
            role = "enough"
        elif _MAXIMUM.search(before) or limit:
            role = "max"
        elif _MINIMUM.search(before):
            role = "min"
        else:
            role = "range" if high > low else "amount"
        found.append(Dose(low, high, unit, per_kg, basis, role, m.group(0).strip(), times,
                          weighed))
    return tuple(found)


# What one drop, capsule … holds, as one unit says it, in any unit: "Each capsule provides
# 100 mg", "One drop provides the full 10 micrograms (400 IU)", "the same 500mg of
# paracetamol in each tablet".
_EACH_HOLDS = re.compile(
    rf"\b(?:each|every|one|per)\s+(?:[\w+'’-]+\s+){{0,3}}?(?P<form>{_FORMS})\s+"
    r"(?:of\s+[\w-]+\s+)?(?:is|contains?|holds?|has|provides?|gives?|delivers?|supplies)\s+"
    r"(?:(?:about|around|roughly|the|full|same|exactly|just|only)\s+)*"
    rf"(?P<amount>{_DIGITS})\s*(?P<unit>{_UNITS})\b"
    rf"(?:\s*\((?P<other>{_DIGITS})\s*(?P<ounit>{_UNITS})\))?"
    rf"|\b(?P<amount2>{_DIGITS})\s*(?P<unit2>{_UNITS})\s+(?:of\s+[\w-]+\s+)?"
    rf"(?:in|per)\s+(?:each|every|one)\s+(?P<form2>{_FORMS})\b",
    re.IGNORECASE,
)
# A count of them said to come to an amount: "two capsules give you 300 mg", "eight tablets
# works out at 3g", "for a total of 300 mg"; "16mg of drops, which is 6 drops".
_ADDS_UP = re.compile(
    rf"\b(?P<count>{_NUMBER})\s+(?:[a-z'’-]+\s+)?(?P<form>{_FORMS})\b[^.;:]{{0,50}}?\s"
    r"(?:give|gives|provide|provides|contain|contains|deliver|delivers|supply|supplies"
    r"|works?\s+out\s+at|adds?\s+up\s+to|comes?\s+to|(?:for|to)\s+a\s+total\s+of|totals?"
    r"|totall?ing|making|which\s+is|that['’]s|equals?|=)\s+"
    r"(?:(?:you|your|baby|child|them|the|a|an|about|around|roughly|recommended|full|total"
    r"|of|just|exactly|only|daily|dose)\s+){0,4}"
    rf"(?P<amount>{_DIGITS})\s*(?P<unit>{_UNITS})\b"
    rf"|\b(?P<amount2>{_DIGITS})\s*(?P<unit2>{_UNITS})\b(?:\s+of(?:\s+[\w-]+){{1,2}})?,?\s+"
    rf"(?:which\s+is|that['’]s|equals?|=)\s+(?P<count2>{_NUMBER})\s+(?P<form2>{_FORMS})\b",
    re.IGNORECASE,
)


# Both need a form: most units name none.
_A_FORM = re.compile(rf"\b(?:{_FORMS})\b", re.IGNORECASE)


def each_holds(text: str) -> frozenset[tuple[str, str, float]]:
    """(form, unit, amount) of each strength `text` states: {("capsule", "mg", 100.0)}
    for "Each capsule provides 100 mg"; a drop "10 micrograms (400 IU)" in both units."""
    found: set[tuple[str, str, float]] = set()
    if not _A_FORM.search(text):
        return frozenset()
    for m in _EACH_HOLDS.finditer(text):
        form = _form(m["form"] or m["form2"])
        found.add((form, *_amount(m["amount"] or m["amount2"], m["unit"] or m["unit2"])))
        if m["other"]:
            found.add((form, *_amount(m["other"], m["ounit"])))
    return frozenset(found)


def adds_up(text: str) -> frozenset[tuple[str, str, float, float]]:
    """(form, unit, count, amount) of each count of a form that `text` says comes to an
    amount: {("capsule", "mg", 2.0, 300.0)} for "two capsules give you 300 mg"."""
    found: set[tuple[str, str, float, float]] = set()
    if not _A_FORM.search(text):
        return frozenset()
    for m in _ADDS_UP.finditer(text):
        count = _number(m["count"] or m["count2"])
        unit, amount = _amount(m["amount"] or m["amount2"], m["unit"] or m["unit2"])
        if count and amount:
            found.add((_form(m["form"] or m["form2"]), unit, count, amount))
    return frozenset(found)


def miscounted(holds: frozenset[tuple[str, str, float]],
               sums: frozenset[tuple[str, str, float, float]]) -> str | None:
    """How a count of a form said to come to an amount (:func:`adds_up`) disagrees with
    what one of them holds (:func:`each_holds`) said elsewhere: "2 capsule × 100 mg =
    200 mg, not 300 mg" for "Each capsule provides 100 mg" / "two capsules give you 300 mg"."""
    for form, unit, count, amount in sorted(sums):
        for each in sorted(e for f, u, e in holds if (f, u) == (form, unit)):
            if abs(count * each - amount) > TOLERANCE * amount:
                return (f"{count:g} {form} × {each:g} {unit} = {count * each:g} {unit}, "
                        f"not {amount:g} {unit}")
    return None


def _beyond(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Interval `a` reaches outside interval `b` (beyond the tolerance)."""
    return a[0] < b[0] * (1 - TOLERANCE) or a[1] > b[1] * (1 + TOLERANCE)


def _clashes(a: Dose, b: Dose) -> bool:
    x, y = (a.low, a.high), (b.low, b.high)
    roles = {a.role, b.role}
    if roles == {"max"} or roles == {"min"}:
        return x != y
    if "max" in roles:
        limit, other = (a, b) if a.role == "max" else (b, a)
        return other.role != "min" and other.high > limit.high * (1 + TOLERANCE)
    if "min" in roles:
        limit, other = (a, b) if a.role == "min" else (b, a)
        return other.low < limit.low * (1 - TOLERANCE)
    if "enough" in roles:
        # What suffices against more said to be needed: "about one ounce" / "a teaspoon
        # is enough".
        enough, other = (a, b) if a.role == "enough" else (b, a)
        return other.role != "enough" and other.low > enough.high * (1 + TOLERANCE)
    if roles == {"range"}:
        return _beyond(x, y) or _beyond(y, x)
    if roles == {"range", "amount"}:  # the amount outside the range
        return _beyond(x, y) if b.role == "range" else _beyond(y, x)
    if a.weighed != b.weighed:
        # A rule per kilogram against what one child is given: "10 mg per kg" / "A 20 kg
        # child can take 400 mg" (20 mg per kg), outside the rule.
        given, rule = (a, b) if a.weighed else (b, a)
        return _beyond((given.low, given.high), (rule.low, rule.high))
    return False  # two amounts: the arms of a trial, a dose for each use


def _footings(a: Dose, b: Dose) -> list[tuple[Dose, Dose]]:
    """The two doses on each common footing: as said (when both are per dose, or
    one does not say), and a day (when how often is known for both)."""
    if a.unit != b.unit or a.per_kg != b.per_kg:
        return []
    found = [(a, b)] if a.basis == b.basis or "" in (a.basis, b.basis) else []
    a, b = a.daily(), b.daily()
    if a.basis == b.basis == "day" and (a, b) not in found:
        found.append((a, b))
    return found


def clash(doses_a: tuple[Dose, ...], doses_b: tuple[Dose, ...]) -> str | None:
    """How two units' doses contradict each other, if they do."""
    for a in doses_a:
        for b in doses_b:
            for x, y in _footings(a, b):
                if _clashes(x, y):
                    return f"{x.describe()} vs {y.describe()}"
    return None
