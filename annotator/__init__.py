"""annotator: fact-check annotation of health articles.

The library without the command line::

    from annotator import Store, segment, sentences

    units = segment(text)           # spaCy is loaded here, on first call
    store = Store.open("claims.db")

Layout, from the top down (each package"s ``__init__`` says what it owns, what it
may import and what it must never import; ``tests/test_layout.py`` checks it):

- ``annotator.cli``: the ``annotator`` command.
- ``annotator.sources``, ``annotator.review``, ``annotator.exchange``,
  ``annotator.report``: reading articles, the review session, moving review
  logs between databases, correction reports and exports.
- ``annotator.consistency``: repeats and internal conflicts of an article.
- ``annotator.store`` and ``annotator.nlp``: the SQLite store; segmentation.
- shared vocabulary, imported by all and importing none of the packages:
  ``errors``, ``verdicts``, ``evidence``, ``identity``, ``output``.
"""

from annotator._lazy import lazy_exports

__all__ = ["Store", "Unit", "segment", "segment_many", "sentences"]
__getattr__, __dir__ = lazy_exports(__name__, globals(), {
    "segment": "nlp.segmenter",
    "sentences": "nlp.segmenter",
    "segment_many": "nlp.segmenter",
    "Unit": "nlp.segmenter",
    "Store": "store.db",
})
