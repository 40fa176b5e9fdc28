"""``ingest`` (reading, segmenting, storing, consistency) and ``evaluate``."""

from __future__ import annotations

import dataclasses
import json
import os
import sys

import click

from annotator.cli.options import Size, db_option
from annotator.errors import InputError
from annotator.output import write_rows

# ingest ------------------------------------------------------------------------


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--from", "url_list", type=click.Path(dir_okay=False), metavar="FILE",
              help="Also fetch the URLs listed in FILE, one a line ('#' starts a comment).")
@click.option("--timeout", type=click.FloatRange(0.1, 600), default=20, show_default=True,
              help="Seconds to wait for a web server.")
@click.option("--title", help="Article title (default: og:title, <title> or the first heading).")
@click.option("--url", help="Where the article was published.")
@click.option("--published", help="Publication date, e.g. 2022-11-08.")
@click.option("--author", help="Who wrote the article (default: the HTML's author, JSON-LD).")
@click.option("--publisher", help="Who published it (default: og:site_name, JSON-LD).")
@click.option("--slug", help="Short name (default: the file name without extension).")
@click.option(
    "--model", envvar="ANNOTATOR_MODEL",
    help="spaCy pipeline, or 'blank' for speed (env ANNOTATOR_MODEL).",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
    help="Processes to segment and analyse in (articles go to them whole; one article, by blocks).",
)
@click.option(
    "--max-size", type=Size(), default="5MB", show_default=True, metavar="SIZE",
    help="Refuse an input larger than this (e.g. 20MB): a whole book is not an article.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON on stdout.")
@db_option(create=True)
def ingest(store, paths, url_list, timeout, title, url, published, author, publisher, slug,
           model, jobs, max_size, as_json):
    """Split articles into units and store them.

    PATHS are web pages (http:// or https:// URLs, fetched in parallel), .txt,
    .md, .html, .pdf and .docx files (PDF and Word known by their content),
    folders (searched recursively; README and LICENSE files are skipped) or '-'
    for stdin. Re-ingesting identical text does nothing; changed text under the
    same slug (for a URL: from its last path segment) becomes a new revision
    that keeps the verdicts of unchanged claims.

    \b
    Example:
        annotator ingest corpus/ketamine-depression.txt
        annotator ingest https://example.org/health/ketamine-hopes
        annotator ingest --from links.txt -j 2
        annotator ingest press-release.pdf manuscript.docx
        curl -s https://example.org/post.html | annotator ingest - --slug post
    """
    from annotator.sources.fetch import is_url, read_url_list
    from annotator.sources.pipeline import ingest_sources
    from annotator.sources.read import check_date, check_slug, expand_paths

    urls = [name for name in paths if is_url(name)]
    if url_list:
        urls += read_url_list(url_list)
    if not paths and not url_list:
        raise click.UsageError("give files, folders, URLs or '-' (or --from FILE)")
    files = expand_paths([name for name in paths if not is_url(name)])
    if not files and not urls:
        if not paths:
            raise InputError(f"{url_list}: lists no URLs")
        raise InputError("no .txt, .md, .html, .pdf or .docx files in " + ", ".join(paths))
    files += urls
    if len(files) > 1 and (title or url or published or author or publisher or slug):
        raise click.UsageError(
            "--title, --url, --published, --author, --publisher and --slug need a single input")
    published = check_date(published) if published else None
    slug = check_slug(slug) if slug is not None else None
    overrides = {key: value for key, value in
                 (("title", title), ("url", url), ("published", published),
                  ("author", author), ("publisher", publisher)) if value}
    # Read and check every input before anything is segmented or written. A bad
    # file is one line and is left out; the good files of the call still go in.
    sources, failed = [], []
    for name, read in _inputs(files, urls, max_size, timeout):
        try:
            source = read(slug)
        except InputError as error:
            if len(files) == 1:
                raise
            click.echo(f"Error: {error}", err=True)
            failed.append(name)
            continue
        source = dataclasses.replace(source, **overrides)
        for warning in source.warnings:
            click.echo(f"Warning: {warning}", err=True)
        sources.append(source)
    by_slug: dict[str, list[str]] = {}
    for source in sources:
        by_slug.setdefault(source.slug, []).append(source.source_path)
    for name, where in by_slug.items():
        if len(where) > 1:
            raise InputError(
                f"{' and '.join(where)} would all be {name!r}: ingest them one at a time "
                "with --slug"
            )
    for source in sources:
        # New metadata for unchanged text (a URL found later) updates the article.
        if overrides and (changed := store.update_metadata(source.slug, source.sha256, overrides)):
            click.echo(f"{source.slug}: updated {', '.join(changed)}", err=True)

    # Each article is reported as soon as it is stored, so an interrupted run
    # says what it kept (the progress bar, when drawn, holds the lines back).
    show_bar = len(sources) > 3 and sys.stderr.isatty()
    results = []
    try:
        with click.progressbar(
            ingest_sources(store, sources, lambda: _load_nlp(model), jobs),
            length=len(sources), label="Ingesting", file=sys.stderr, hidden=not show_bar,
        ) as stored:
            for result in stored:
                results.append(result)
                if not show_bar:
                    click.echo(_describe(result), err=True)
    except KeyboardInterrupt:
        _interrupted(store, results)
    if show_bar:
        for result in results:
            click.echo(_describe(result), err=True)
    if as_json:
        write_rows([dataclasses.asdict(result) for result in results], "json")
    if failed:
        raise click.ClickException(
            f"{len(failed)} of {len(files)} inputs not ingested: {', '.join(failed)}")


def _inputs(names: list[str], urls: list[str], limit: int, timeout: float):
    """``(name, read)`` for every input in order: ``read(slug)`` gives its Source
    or raises InputError. URLs are fetched first, in parallel, with a progress bar
    on a terminal."""
    from annotator.sources.fetch import fetch_all
    from annotator.sources.read import file_modified, read_bytes, read_source

    pages = {}
    if urls:
        with click.progressbar(length=len(urls), label="Fetching", file=sys.stderr,
                               hidden=len(urls) < 2 or not sys.stderr.isatty()) as bar:
            pages = dict(fetch_all(urls, timeout=timeout, limit=limit,
                                   done=lambda: bar.update(1)))
    for name in names:
        if name in pages:
            page = pages[name]

            def read(slug, page=page, name=name):
                if isinstance(page, InputError):
                    raise page
                return read_source(name, page.data, slug=slug, kind=page.kind,
                                   charset=page.charset, url=page.final_url,
                                   modified=page.fetched_at)
        else:
            def read(slug, name=name):
                return read_source(name, read_bytes(name, limit), slug=slug,
                                   modified=file_modified(name))
        yield name, read


def _interrupted(store, results) -> None:
    """Ctrl-C: one line saying which articles were stored (each whole, in its
    own transaction; the one being written is rolled back), then exit 130,
    worker processes stopped (annotator.nlp.segmenter stops them first)."""
    import multiprocessing

    stored = [r.slug for r in results if r.status != "unchanged"]
    click.echo(f"\nInterrupted; stored before that: {', '.join(stored) or 'nothing'}", err=True)
    for child in multiprocessing.active_children():
        child.terminate()
    click.get_current_context().exit(130)


def _describe(result) -> str:
    if result.status == "unchanged":
        return f"{result.slug}: unchanged (revision {result.revision}), nothing to do"
    line = (
        f"{result.slug}: {result.status}, revision {result.revision}, "
        f"{result.units} unit{'s' * (result.units != 1)} "
        f"({result.claims} claim{'s' * (result.claims != 1)})"
    )
    if result.carried_reviews:
        line += f", {result.carried_reviews} verdicts kept from the previous revision"
    found = [
        (result.duplicates, "repeated claim", "repeated claims"),
        (result.conflicts, "conflict candidate", "conflict candidates"),
        (result.suggestions, "verdict suggestion from other articles",
         "verdict suggestions from other articles"),
    ]
    return line + "".join(f"; {count} {one if count == 1 else many}"
                          for count, one, many in found if count)


def _load_nlp(model: str | None):
    """The pipeline, loaded only when something needs segmenting."""
    from annotator.nlp.model import is_blank, load

    nlp = load(model)
    if is_blank(nlp):
        click.echo(
            "Note: blank model: sentence rules only, no parser, so clause splits, kinds "
            "and hedges are approximate",
            err=True,
        )
    return nlp


# evaluate ----------------------------------------------------------------------


@click.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path())
@click.option(
    "--corpus", type=click.Path(exists=True, file_okay=False), metavar="FOLDER",
    help="Folder of the articles (default: beside each gold file, else in ../corpus/).",
)
@click.option(
    "--article", "stored", metavar="ARTICLE",
    help="Score the units stored for this ingested article (slug or id) instead.",
)
@click.option(
    "--model", envvar="ANNOTATOR_MODEL",
    help="spaCy pipeline, or 'blank' for speed (env ANNOTATOR_MODEL).",
)
@click.option(
    "--details", is_flag=True,
    help="Also print each article's mismatches (--json always has them).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "-d", "--db", "db_path", envvar="ANNOTATOR_DB", default="claims.db", show_default=True,
    type=click.Path(dir_okay=False), help="Database file, with --article (env ANNOTATOR_DB).",
)
def evaluate(gold, corpus, stored, model, details, as_json, db_path):
    """Score the segmenter against GOLD segmentations (JSON lines).

    Each GOLD is a X.units.jsonl file or a folder of them. The article X.txt,
    X.md or X.html is read as `ingest` reads it, from --corpus, else beside the
    gold file, else from ../corpus/ beside the gold folder; all articles are
    segmented in one batch. Prints one row per article and the macro average
    (the mean over articles): gold claims, precision, recall and F1 of claim
    units on exact spans, relaxed F1 (word overlap of at least 0.8), kind
    accuracy on shared spans, hedge accuracy on shared claims, and gold
    headings, questions and meta lines predicted as claims.

    Where an X.conflicts.jsonl lies beside X.units.jsonl, the conflict
    candidates found on the segmented article are scored against its pairs
    too: where each pair ranks, how many are among the first 10 and 25.

    With --article, scores the units stored in the database for that ingested
    article instead (`evaluate GOLD ARTICLE` works too) and prints the details.

    \b
    Example:
        annotator evaluate tests/data/ketamine-depression.units.jsonl --corpus corpus
        annotator evaluate ../shared/gold --json
    """
    from annotator.nlp.evaluate import find_article, format_score, gold_files, gold_slug

    # The form before several gold files: `evaluate GOLD ARTICLE`, ARTICLE a slug or id.
    if (
        stored is None and len(gold) == 2 and os.path.isfile(gold[0])
        and not os.path.lexists(gold[1]) and not gold[1].endswith(".jsonl")
        and "/" not in gold[1] and os.sep not in gold[1]
    ):
        gold, stored = gold[:1], gold[1]
    if stored is not None:
        if len(gold) != 1 or not os.path.isfile(gold[0]):
            raise click.UsageError("--article takes exactly one GOLD file")
        if corpus or model:
            raise click.UsageError(
                "--corpus and --model are for segmenting; --article scores the stored units"
            )
        _evaluate_stored(gold[0], stored, db_path, as_json)
        return

    files = gold_files(list(gold))
    articles = [find_article(path, corpus) for path in files]
    # Read and check every gold file before the model loads.
    golds, texts, dates = [], [], []
    for path, article in zip(files, articles, strict=True):
        source = _article_source(article)
        golds.append(_load_gold(path, article, source.text))
        texts.append(source.text)
        dates.append(source.published)

    from annotator.nlp.evaluate import format_table, macro_average, score
    from annotator.nlp.segmenter import segment_many

    predicted_units = list(segment_many(texts, nlp=_load_nlp(model)))
    results = [
        score(units, [dataclasses.asdict(unit) for unit in found])
        for units, found in zip(golds, predicted_units, strict=True)
    ]
    slugs = [gold_slug(path) for path in files]
    macro = macro_average(results)
    conflicts = _score_conflicts(files, texts, dates, predicted_units)
    if as_json:
        rows = [
            {"article": slug, "gold": str(path), "article_path": str(article), **result,
             **({"conflicts": conflicts[slug]} if slug in conflicts else {})}
            for slug, path, article, result in zip(slugs, files, articles, results, strict=True)
        ]
        click.echo(json.dumps({"articles": rows, "macro": macro}, indent=2, ensure_ascii=False))
        return
    if details:
        from annotator.consistency.evaluate import format_conflict_details

        for slug, article, result in zip(slugs, articles, results, strict=True):
            click.echo(f"== {slug} ({article})\n{format_score(result)}\n")
            if slug in conflicts:
                click.echo(f"conflict pairs:\n{format_conflict_details(conflicts[slug])}\n")
    click.echo(format_table(list(zip(slugs, results, strict=True)), macro))
    if conflicts:
        from annotator.consistency.evaluate import format_conflict_table

        click.echo("\n" + format_conflict_table(list(conflicts.items())))


def _score_conflicts(files, texts, dates, predicted_units) -> dict[str, dict]:
    """For each gold file with an ``X.conflicts.jsonl`` beside it, the conflict
    candidates found on the predicted units scored against its pairs."""
    from annotator.consistency.conflicts import find_conflicts
    from annotator.consistency.evaluate import conflicts_path, load_pairs, score_conflicts
    from annotator.nlp.evaluate import gold_slug

    scored = {}
    for path, text, published, units in zip(files, texts, dates, predicted_units, strict=True):
        pairs_file = conflicts_path(path)
        if pairs_file.is_file():
            candidates = find_conflicts(units, published)
            scored[gold_slug(path)] = score_conflicts(load_pairs(pairs_file, text), units,
                                                      candidates)
    return scored


def _article_source(path):
    """The article read exactly as `ingest` reads it (text, date), and so segments it."""
    from annotator.sources.read import read_bytes, read_source

    source = read_source(str(path), read_bytes(str(path)))
    for warning in source.warnings:
        click.echo(f"Warning: {warning}", err=True)
    return source


def _load_gold(gold, article, text: str) -> list[dict]:
    """The gold units on ``text``. Offsets made on the file read unmodified (a
    byte-order mark, CRLF line ends, which ingest drops) are moved onto it."""
    from annotator.nlp.evaluate import load_gold, to_text_offsets
    from annotator.sources.read import normalise_newlines

    try:
        return load_gold(gold, text)
    except InputError as error:
        mismatch = error
    try:
        raw = article.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        raise mismatch from None
    if raw == text or normalise_newlines(raw.removeprefix("\ufeff")) != text:
        raise mismatch
    try:
        units = load_gold(gold, raw)
    except InputError:
        raise mismatch from None
    return to_text_offsets(units, raw, text)


def _evaluate_stored(gold: str, article: str, db_path: str, as_json: bool) -> None:
    from annotator.nlp.evaluate import format_score, load_gold, score
    from annotator.store.db import Store

    store = Store.open(db_path, create=False)
    try:
        found = store.article(article)
        predicted = store.units(found["id"])
    finally:
        store.close()
    result = score(load_gold(gold, found["text"]), predicted)
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        click.echo(format_score(result))
