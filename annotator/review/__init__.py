"""Reviewing: the interactive session (one key per verdict), its screen and
keys, and agreement between reviewers.

Owns: what a reviewer sees and types; Cohen"s kappa, Krippendorff"s alpha and the
disagreement queue (pure, so reports may use them too).
May import: ``store``, the shared vocabulary.
Must never import: ``nlp`` or spaCy, ``cli``, ``sources``, ``exchange``,
``report``, ``consistency``.
"""

from annotator._lazy import lazy_exports

__all__ = [
    "Session", "article_to_review", "cohen_kappa", "krippendorff_alpha", "review_agreement",
    "run_on_terminal", "summarise",
]
__getattr__, __dir__ = lazy_exports(__name__, globals(), {
    "Session": "session",
    "article_to_review": "session",
    "run_on_terminal": "session",
    "review_agreement": "agreement",
    "summarise": "agreement",
    "cohen_kappa": "agreement",
    "krippendorff_alpha": "agreement",
})
