"""Normalised text fingerprints: equal for texts that differ only in case, white
space, quote style or punctuation. Stored (indexed) on every unit so that scripts
and Datasette can find the same wording across articles; revisions match units on
exact text and the consistency analysis matches repeats on lemmas."""

import hashlib
import re
import unicodedata

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_NON_WORD = re.compile(r"[^\w']+")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


def fingerprint(text: str) -> str:
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:16]
