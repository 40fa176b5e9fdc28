"""Ingest speed: the whole ingest against segmentation alone, same run.

Ingest (segment, store, then the consistency analysis of each article) keeps
the parse made at segmentation with every unit, so the analysis should add
little to segmentation. Times, median of N runs, on the articles of
``../shared/corpus/`` when present (their ``.txt`` with ``.meta.json``; an
``.html`` twin is left out), else ``corpus/``:

- ``ingest``: ``annotator ingest FOLDER`` into a fresh database, in process
  with the pipeline already loaded (start-up is bench_startup's business);
- ``segment`` (the baseline): :func:`annotator.nlp.segmenter.segment_many` alone;
- ``analyse``: :func:`annotator.consistency.apply.analyse_article` alone, on
  every article of a database already ingested, reading the stored parse;
- ``analyse_parsing_again``: the same with the stored parse removed, as a
  database ingested before it was stored is analysed (spaCy parses again).

Then one long article (``--big-mb``, 1 MB: corpus paragraphs with their drugs
and numbers changed, and made-up claims; fixed seed), median of
``--big-runs``, each run a fresh interpreter (so that its peak RSS is its
own) alternating with the baseline:

- ``big.ingest``: ``annotator ingest BIG`` into a fresh database, while a
  second connection takes and releases the write lock in a loop: its longest
  wait is how long ingest held the lock (``lock_held_s``);
- ``big.segment`` (the baseline): loading the pipeline and
  :func:`annotator.nlp.segmenter.segment_many` alone.

Prints one JSON object.

    python -m benchmarks.bench_ingest --runs 3 --big-runs 2
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks import median_seconds
from benchmarks.bench_conflicts import _sentence

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


DRUGS = ["ketamine", "esketamine", "lithium", "sertraline", "fluoxetine", "bupropion",
         "psilocybin", "melatonin", "duloxetine", "venlafaxine", "CBD", "zinc"]
STUDIES = ["in a {n}-week study of {m} patients", "according to a {y} review",
           "in {m} of {k} trials", "at doses of {n} mg", "after {n} sessions"]


def varied_article(size: int, seed: int = 1) -> str:
    """About `size` characters: paragraphs of the corpus, half of them with
    their drugs and numbers changed, and paragraphs of made-up claims
    (benchmarks.bench_conflicts) each said of a study, so that most claims
    differ and many say almost the same."""
    rng = random.Random(seed)
    source = SHARED if SHARED.is_dir() else LOCAL
    paragraphs = [
        p.strip() for path in sorted(source.glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()
    ]
    pattern = re.compile(r"\b(?:" + "|".join(DRUGS) + r")\b|\b\d+\b", re.IGNORECASE)

    def vary(match: re.Match) -> str:
        return str(rng.randint(1, 99)) if match[0][0].isdigit() else rng.choice(DRUGS)

    def claim() -> str:
        study = rng.choice(STUDIES).format(
            n=rng.randint(2, 400), m=rng.randint(10, 5000), k=rng.randint(2, 90),
            y=rng.randint(1990, 2024),
        )
        return f"{_sentence(rng)[:-1]} {study}."

    out, total = ["Drugs for depression"], 0
    while total < size:
        roll = rng.random()
        if roll < 0.25:
            paragraph = pattern.sub(vary, rng.choice(paragraphs))
        elif roll < 0.5:
            paragraph = rng.choice(paragraphs)
        else:
            paragraph = " ".join(claim() for _ in range(rng.randint(3, 6)))
        out.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(out) + "\n"


# Runs `-m MODULE ARGS` or `-c CODE ARGS` and, at exit, writes the process's own
# peak RSS (VmHWM, kB) to the file named first. Not the rusage of the child: on
# Linux that counts the parent's pages the child had before exec (a benchmark
# process with spaCy loaded would add 200 MB to every child).
_PEAK = (
    "import atexit, runpy, sys\n"
    "out, how, what, *rest = sys.argv[1:]\n"
    "def peak():\n"
    "    hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
    "    open(out, 'w').write(hwm.split()[1])\n"
    "atexit.register(peak)\n"
    "sys.argv = [what, *rest]\n"
    "if how == '-m':\n"
    "    runpy.run_module(what, run_name='__main__', alter_sys=True)\n"
    "else:\n"
    "    sys.argv[0] = '-c'\n"
    "    exec(compile(what, '<string>', 'exec'), {'__name__': '__main__'})\n"
)


def _child(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a fresh interpreter running `argv`
    (``-m MODULE …`` or ``-c CODE …``). Its stderr goes to a file (read on
    failure): a pipe nobody reads while it runs would fill up and stop a
    command that reports every article."""
    with tempfile.TemporaryFile(mode="w+") as errors, \
            tempfile.NamedTemporaryFile(mode="r") as peak:
        began = time.perf_counter()
        child = subprocess.run([sys.executable, "-c", _PEAK, peak.name, *argv],
                               stdout=subprocess.DEVNULL, stderr=errors)
        seconds = time.perf_counter() - began
        if child.returncode != 0:
            errors.seek(0)
            raise AssertionError(errors.read())
        return seconds, int(peak.read()) / 1024
def _lock_waits(db: Path, stop: threading.Event, waits: list[float]) -> None:
    """Take and release the write lock until `stop`; record each wait."""
    conn = sqlite3.connect(db, timeout=3600, isolation_level=None, check_same_thread=False)
    while not stop.is_set():
        began = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        waits.append(time.perf_counter() - began)
        conn.execute("ROLLBACK")
        time.sleep(0.01)
    conn.close()


def big_article(folder: Path, megabytes: float, runs: int, model: str | None) -> dict:
    from annotator.store.db import Store

    text = varied_article(int(megabytes * 1_000_000))
    path = folder / "big.txt"
    path.write_text(text, encoding="utf-8")
    options = ["--model", model] if model else []
    segment_only = (
        "import sys\n"
        "from annotator.nlp.model import load\n"
        "from annotator.nlp.segmenter import segment_many\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "list(segment_many([text], load(sys.argv[2] if len(sys.argv) > 2 else None)))\n"
    )
    ingests, segments, held = [], [], []
    for run in range(runs):  # alternated, so that a machine busy for a while slows both
        db = folder / f"big-{run}.db"
        Store.open(db).close()  # the schema, so that the lock can be watched from the start
        stop, waits = threading.Event(), []
        watcher = threading.Thread(target=_lock_waits, args=(db, stop, waits))
        watcher.start()
        try:
            ingests.append(_child(["-m", "annotator", "ingest", str(path), "-d", str(db),
                                   *options]))
        finally:
            stop.set()
            watcher.join()
        held.append(max(waits))
        segments.append(_child(["-c", segment_only, str(path), *([model] if model else [])]))
    ingest_s = statistics.median(t for t, _ in ingests)
    segment_s = statistics.median(t for t, _ in segments)
    return {
        "megabytes": round(len(text.encode()) / 1e6, 2),
        "words": len(text.split()),
        "runs": runs,
        "ingest_s": round(ingest_s, 2),
        "ingest_peak_rss_mb": round(statistics.median(m for _, m in ingests)),
        "lock_held_s": round(max(held), 2),
        "baseline_segment_s": round(segment_s, 2),
        "segment_peak_rss_mb": round(statistics.median(m for _, m in segments)),
        "ratio_ingest_to_segment": round(ingest_s / segment_s, 2),
    }


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", default=None)
    parser.add_argument("--big-mb", type=float, default=1.0, help="size of the long article")
    parser.add_argument("--big-runs", type=int, default=2, help="0 leaves it out")
    # `python -m benchmarks ingest` calls main() with its own argv in sys.argv.
    args = parser.parse_args([] if argv is None else argv)

    from click.testing import CliRunner

    from annotator.cli.main import cli
    from annotator.consistency.apply import analyse_article
    from annotator.nlp import claimkeys
    from annotator.nlp.model import load, model_name
    from annotator.nlp.segmenter import segment_many
    from annotator.store.db import Store

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
        big = big_article(folder, args.big_mb, args.big_runs, args.model) if args.big_runs else None

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
        "big": big,
    }
    print(json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main(sys.argv[1:])
