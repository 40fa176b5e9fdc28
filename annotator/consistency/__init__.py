"""What an article says twice or against itself: repeated claims, internal
conflict candidates, verdicts suggested from other articles, and storing them.

Owns: the contradiction rules and their quantity and polarity readers.
May import: ``nlp`` (claim keys, the stored parse), ``store`` (only in
:mod:`~annotator.consistency.apply`), the shared vocabulary.
Must never import: ``cli``, ``sources``, ``review``, ``exchange``, ``report``;
spaCy itself (only through ``nlp``).
"""

from annotator._lazy import lazy_exports

__all__ = [
    "Candidate", "analyse_article", "apply_plan", "find_conflicts", "find_duplicates",
    "plan_analysis", "suggest_prior_verdicts",
]
__getattr__, __dir__ = lazy_exports(__name__, globals(), {
    "find_duplicates": "repeats",
    "suggest_prior_verdicts": "repeats",
    "find_conflicts": "conflicts",
    "Candidate": "conflicts",
    "plan_analysis": "apply",
    "apply_plan": "apply",
    "analyse_article": "apply",
})
