"""Ingesting read sources: segment what changed, plan its consistency analysis,
store both. A plain library function; ``annotator ingest`` only reads the files,
draws progress and reports."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from annotator.sources.read import Source

if TYPE_CHECKING:
    from annotator.consistency.apply import Plan
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
    from annotator.consistency.apply import apply_plan
    from annotator.nlp.model import model_name

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
    # Verdicts to offer as suggestions, read once (not once per article); the
    # articles of this run have none yet.
    reviewed_everywhere = store.reviewed_claims()
    with store.many_writes():
        for source, (units, plan) in zip(
            todo, _analysed(todo, nlp, reviewed_everywhere, jobs), strict=True
        ):
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


def _analysed(
    todo: list[Source], nlp: Language, reviewed: list[dict], jobs: int,
) -> Iterator[tuple[list, Plan]]:
    """Each source's units and consistency plan, in order. Computed before the
    write lock is taken (it can take seconds on a long article, and other
    writers wait for the lock). With ``jobs`` > 1 and several articles, whole
    articles go to worker processes (segmentation and analysis both: the
    analysis is a third of the work, so parallel spaCy alone would leave it
    serial); one article is split by blocks across spaCy's own processes."""
    from annotator.nlp.segmenter import segment_many

    if jobs > 1 and len(todo) > 1:
        yield from _in_workers(todo, nlp, reviewed, jobs)
        return
    batches = segment_many((source.text for source in todo), nlp=nlp, n_process=jobs)
    for source, units in zip(todo, batches, strict=True):
        yield units, _plan(source, units, reviewed, nlp)


def _plan(source: Source, units: list, reviewed: list[dict], nlp: Language) -> Plan:
    """The consistency plan of one article: on the units just segmented, by
    position, and on other articles' verdicts."""
    from annotator.consistency.apply import plan_analysis

    others = [row for row in reviewed if row["slug"] != source.slug]
    return plan_analysis(units, source.published, others, nlp=nlp)


# What a worker process works with, inherited from the parent when it forks.
_WORKER: dict = {}
# A worker takes a few short articles at once, so that one nlp.pipe keeps spaCy's
# batches full (a short article is a handful of blocks); a long one goes alone.
_CHUNK_ARTICLES = 8
_CHUNK_CHARS = 20_000


def _work(sources: list[Source]) -> list[tuple[list, Plan]]:
    from annotator.nlp.segmenter import segment_many

    nlp = _WORKER["nlp"]
    batches = segment_many((source.text for source in sources), nlp=nlp)
    return [(units, _plan(source, units, _WORKER["reviewed"], nlp))
            for source, units in zip(sources, batches, strict=True)]


def _chunks(todo: list[Source], jobs: int) -> list[list[Source]]:
    """`todo` in order, cut into the workers' shares: up to _CHUNK_ARTICLES
    articles or _CHUNK_CHARS characters each, and at least four shares a
    worker while there are articles enough, so that none waits idle at the end."""
    most = max(1, min(_CHUNK_ARTICLES, len(todo) // (4 * jobs)))
    chunks: list[list[Source]] = []
    size = 0
    for source in todo:
        if not chunks or len(chunks[-1]) >= most or size + len(source.text) > _CHUNK_CHARS:
            chunks.append([])
            size = 0
        chunks[-1].append(source)
        size += len(source.text)
    return chunks


def _in_workers(
    todo: list[Source], nlp: Language, reviewed: list[dict], jobs: int,
) -> Iterator[tuple[list, Plan]]:
    """`_work` on every source, a few at a time, in `jobs` forked processes (the
    pipeline is loaded once, here, and shared copy-on-write), results in order.
    Workers ignore Ctrl-C, so only this process sees it; it stops them at once."""
    import multiprocessing
    import signal

    _WORKER.update(nlp=nlp, reviewed=reviewed)
    chunks = _chunks(todo, jobs)
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        pool = multiprocessing.get_context("fork").Pool(min(jobs, len(chunks)))
    finally:
        signal.signal(signal.SIGINT, previous)
    try:
        for results in pool.imap(_work, chunks, chunksize=1):
            yield from results
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        _WORKER.clear()
