"""Ingesting read sources: segment what changed, plan its consistency analysis,
store both. A plain library function; ``annotator ingest`` only reads the files,
draws progress and reports."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from annotator.sources.read import Source

if TYPE_CHECKING:
    from annotator.nlp.model import Language
    from annotator.store.db import IngestResult, Store


def ingest_sources(
    store: Store, sources: list[Source], load_nlp: Callable[[], Language], jobs: int = 1,
) -> Iterator[IngestResult]:
    """Store ``sources``, yielding each result as soon as it is committed
    (unchanged ones first). ``load_nlp`` is called only when something needs
    segmenting. Segmentation is one batched ``nlp.pipe``; each article, its
    units and its consistency findings are one short transaction, so an
    interrupted run keeps the articles already done and nothing half-written."""
    from annotator.consistency.apply import apply_plan, plan_analysis
    from annotator.nlp.model import model_name
    from annotator.nlp.segmenter import segment_many

    todo = []
    for source in sources:
        unchanged = store.unchanged(source.slug, source.sha256)
        if unchanged:
            yield unchanged
        else:
            todo.append(source)
    if not todo:
        return
    nlp = load_nlp()
    name = model_name(nlp)
    batches = segment_many((source.text for source in todo), nlp=nlp, n_process=jobs)
    # Verdicts to offer as suggestions, read once (not once per article); the
    # articles of this run have none yet.
    reviewed_everywhere = store.reviewed_claims()
    for source, units in zip(todo, batches, strict=True):
        # Consistency is computed before the write lock is taken (it can take
        # seconds on a long article, and other writers wait for the lock): on the
        # units just segmented, by position, and on other articles' verdicts.
        reviewed = [row for row in reviewed_everywhere if row["slug"] != source.slug]
        plan = plan_analysis(units, source.published, reviewed, nlp=nlp)
        with store.write():
            result = store.add_article(
                slug=source.slug, text=source.text, sha256=source.sha256, units=units,
                model=name, title=source.title, url=source.url,
                published=source.published, source_path=source.source_path,
                author=source.author, publisher=source.publisher,
                source_type=source.source_type, source_modified=source.source_modified,
                source_sha256=source.source_sha256,
            )
            # "unchanged": another ingest stored this text meanwhile.
            if result.status != "unchanged":
                analysis = apply_plan(store, result.article_id, plan)
                result = dataclasses.replace(
                    result, duplicates=analysis.duplicates,
                    conflicts=analysis.conflicts, suggestions=analysis.suggestions,
                )
        yield result
