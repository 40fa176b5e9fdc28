"""The cue lexicons of segmentation (``data/cues.json``), read once: lists of words and
phrases that mark a unit's kind. A module of its own so that the layout (:mod:`blocks`)
and the kinds (:mod:`kinds`) both read them without importing each other."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def cues() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("annotator.nlp.data").joinpath("cues.json").read_text("utf-8"))
    return {key: frozenset(value) for key, value in raw.items() if not key.startswith("_")}
