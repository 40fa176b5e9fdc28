"""Segmentation: article text into units (claims, headings, questions, advice,
promo, meta) with kinds, hedges and a stored parse; sentence boundaries; what
a claim is about; scoring against gold units.

Owns: spaCy (the only package that imports it, and only lazily, through
:func:`load`), the segmentation lexicons in ``data/``.
May import: the shared vocabulary.
Must never import: ``store`` or any other package of annotator; nothing here
touches a database.
"""

from annotator._lazy import lazy_exports

__all__ = [
    "KINDS", "REVIEWED_KINDS", "Parse", "Unit", "format_score", "is_blank", "load",
    "load_gold", "model_name", "score", "segment", "segment_many", "sentences",
]
__getattr__, __dir__ = lazy_exports(__name__, globals(), {
    "segment": "segmenter",
    "sentences": "segmenter",
    "segment_many": "segmenter",
    "Unit": "segmenter",
    "KINDS": "segmenter",
    "REVIEWED_KINDS": "segmenter",
    "load": "model",
    "model_name": "model",
    "is_blank": "model",
    "Parse": "parse",
    "score": "evaluate",
    "load_gold": "evaluate",
    "format_score": "evaluate",
})
