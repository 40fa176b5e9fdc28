"""Ingest throughput on 1,000 articles against bare ``nlp.pipe``, same run.

A synthetic corpus of ``--articles`` short articles is built from the
articles' paragraphs (``../shared/corpus/`` when present, else ``corpus/``;
drugs and numbers changed in half of them, made-up claims in others, a
fixed seed per article: see :func:`benchmarks.bench_ingest.varied_article`).
Each figure is a fresh interpreter's wall time (start-up and model loading
included in both), as words per second of the corpus:

- ``baseline_pipe``: load the same pipeline as annotator (``load``) and run
  ``nlp.pipe`` over the article texts, nothing else;
- ``ingest_j1``: ``annotator ingest FOLDER`` into a fresh database (read,
  segment, consistency analysis, store);
- ``ingest_j2``: the same with ``-j 2`` (whole articles in two worker
  processes).

Run order alternates over ``--runs`` rounds; medians are reported. Targets
(issue 15): ``ingest_j1`` at least 0.85 of the baseline's words per second,
and ``-j 2`` at least 1.7 times ``-j 1``.

    python -m benchmarks.bench_throughput --articles 1000 --runs 1
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_ingest import _child, varied_article

PIPE_ONLY = (
    "import sys, pathlib\n"
    "from annotator.nlp.model import load\n"
    "nlp = load(sys.argv[2] if len(sys.argv) > 2 else None)\n"
    "paths = sorted(pathlib.Path(sys.argv[1]).glob('*.txt'))\n"
    "texts = [p.read_text(encoding='utf-8') for p in paths]\n"
    "for doc in nlp.pipe(texts):\n"
    "    pass\n"
)


def build_corpus(folder: Path, articles: int, size: int) -> int:
    """Write `articles` files of about `size` characters; returns the words."""
    folder.mkdir()
    words = 0
    for number in range(articles):
        text = varied_article(size, seed=number)
        (folder / f"article-{number:04}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--size", type=int, default=600, help="characters per article, about")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--model", default=None)
    args = parser.parse_args([] if argv is None else argv)

    model = [args.model] if args.model else []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus"
        words = build_corpus(corpus, args.articles, args.size)
        times: dict[str, list[float]] = {"baseline_pipe": [], "ingest_j1": [], "ingest_j2": []}
        rss: dict[str, list[float]] = {name: [] for name in times}
        for run in range(args.runs):
            for name in times:
                if name == "baseline_pipe":
                    argv_ = ["-c", PIPE_ONLY, str(corpus), *model]
                else:
                    db = folder / f"{name}-{run}.db"
                    argv_ = ["-m", "annotator", "ingest", str(corpus), "-d", str(db),
                             "-j", name[-1], *(["--model", args.model] if args.model else [])]
                seconds, peak = _child(argv_)
                times[name].append(seconds)
                rss[name].append(peak)

    def rate(name: str) -> float:
        return words / statistics.median(times[name])

    report = {
        "articles": args.articles,
        "words": words,
        "runs": args.runs,
        **{
            name: {"s": round(statistics.median(times[name]), 1),
                   "words_per_s": round(rate(name)),
                   "peak_rss_mb": round(statistics.median(rss[name]))}
            for name in times
        },
        "ratio_j1_to_pipe": round(rate("ingest_j1") / rate("baseline_pipe"), 2),
        "target_ratio_j1_to_pipe": 0.85,
        "speedup_j2": round(rate("ingest_j2") / rate("ingest_j1"), 2),
        "target_speedup_j2": 1.7,
    }
    print(json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main(sys.argv[1:])
