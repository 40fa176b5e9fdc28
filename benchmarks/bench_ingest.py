"""Ingest speed: the whole ingest against segmentation alone, same run.

Ingest (segment, store, then the consistency analysis of each article) keeps
the parse made at segmentation with every unit, so the analysis should add
little to segmentation. Times, median of N runs, on the articles of
``../shared/corpus/`` when present (their ``.txt`` with ``.meta.json``; an
``.html`` twin is left out), else ``corpus/``:

- ``ingest``: ``annotator ingest FOLDER`` into a fresh database, in process
  with the pipeline already loaded (start-up is bench_startup's business);
- ``segment`` (the baseline): :func:`annotator.segment.segment_many` alone;
- ``analyse``: :func:`annotator.consistency_store.analyse_article` alone, on
  every article of a database already ingested, reading the stored parse;
- ``analyse_parsing_again``: the same with the stored parse removed, as a
  database ingested before it was stored is analysed (spaCy parses again).

Prints one JSON object.

    python -m benchmarks.bench_ingest --runs 3
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks import median_seconds

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
LOCAL = ROOT / "corpus"


def copy_corpus(folder: Path) -> Path:
    """The articles' text and metadata, copied into `folder`/corpus."""
    source = SHARED if SHARED.is_dir() else LOCAL
    target = folder / "corpus"
    target.mkdir()
    for text in sorted(source.glob("*.txt")):
        shutil.copy(text, target)
        meta = text.with_suffix(".meta.json")
        if meta.exists():
            shutil.copy(meta, target)
    return target


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", default=None)
    # `python -m benchmarks ingest` calls main() with its own argv in sys.argv.
    args = parser.parse_args([] if argv is None else argv)

    from click.testing import CliRunner

    from annotator import claimkeys
    from annotator.cli import cli
    from annotator.consistency_store import analyse_article
    from annotator.nlp import load, model_name
    from annotator.segment import segment_many
    from annotator.store import Store

    nlp = load(args.model)
    model = ["--model", args.model] if args.model else []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = copy_corpus(folder)
        texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]
        databases = iter(range(10**6))

        def ingest() -> Path:
            db = folder / f"claims-{next(databases)}.db"
            result = CliRunner().invoke(cli, ["ingest", str(corpus), "-d", str(db), *model])
            assert result.exit_code == 0, result.output
            return db

        db = ingest()  # warm up: first calls compile regexes, load word lists
        store = Store.open(db)
        articles = [a["id"] for a in store.articles()]

        def analyse() -> None:
            claimkeys.claim_key.cache_clear()  # every run starts without cached keys
            for article in articles:
                analyse_article(store, article, nlp=nlp)

        # Alternated run by run, so that a machine busy for a while slows both.
        times = [
            (median_seconds(ingest, 1), median_seconds(lambda: list(segment_many(texts, nlp)), 1))
            for _ in range(args.runs)
        ]
        ingest_s = statistics.median(t[0] for t in times)
        segment_s = statistics.median(t[1] for t in times)
        analyse_s = median_seconds(analyse, args.runs)
        store.close()
        conn = sqlite3.connect(db)
        with conn:
            conn.execute("UPDATE units SET parse = NULL")
        conn.close()
        store = Store.open(db)
        again_s = median_seconds(analyse, args.runs)
        store.close()

    report = {
        "model": model_name(nlp),
        "runs": args.runs,
        "articles": len(texts),
        "words": sum(len(text.split()) for text in texts),
        "ingest_s": round(ingest_s, 3),
        "baseline_segment_s": round(segment_s, 3),
        "ratio_ingest_to_segment": round(ingest_s / segment_s, 2),
        "analyse_s": round(analyse_s, 3),
        "analyse_parsing_again_s": round(again_s, 3),
        "ratio_parsing_again_to_stored": round(again_s / analyse_s, 1),
    }
    print(json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main(sys.argv[1:])
