"""Segmentation speed: words/s and ms per article, against plain ``nlp.pipe``.

Times :func:`annotator.nlp.segmenter.segment_many` on the seed article and on the
articles in ``../shared/corpus/`` when present, median of N runs, and a
baseline measured in the same run: the same spaCy model (NER excluded) without
our sentence component, run with ``nlp.pipe`` over the same blocks. Prints one
JSON object.

    python -m benchmarks.bench_segment --runs 3
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks import interleaved_medians, median_seconds

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "ketamine-depression.txt"
SHARED = ROOT.parent / "shared" / "corpus"
BATCH_SIZES = (16, 64, 256)


def _articles() -> dict[str, str]:
    paths = [SEED, *sorted(SHARED.glob("*.txt"))] if SHARED.is_dir() else [SEED]
    articles: dict[str, str] = {}
    for path in paths:
        articles.setdefault(path.stem, path.read_text(encoding="utf-8"))
    return articles


def _rate(words: int, seconds: float) -> dict[str, float]:
    return {"ms": round(seconds * 1000, 2), "words_per_s": round(words / seconds)}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)

    import spacy

    from annotator.nlp.model import EXCLUDE, load, model_name
    from annotator.nlp.segmenter import BATCH_SIZE, blocks, segment_many

    nlp = load(args.model)
    name = model_name(nlp)
    baseline = spacy.blank("en") if name == "blank" else spacy.load(name, exclude=EXCLUDE)
    articles = _articles()
    # Warm up both pipelines (first calls compile regexes, allocate buffers).
    list(segment_many(articles.values(), nlp))
    list(baseline.pipe(b.text for t in articles.values() for b in blocks(t)))

    report: dict = {"model": name, "runs": args.runs, "batch_size": BATCH_SIZE, "articles": {}}
    for slug, text in articles.items():
        words = len(text.split())
        texts = [b.text for b in blocks(text)]
        ours = median_seconds(lambda text=text: list(segment_many([text], nlp)), args.runs)
        base = median_seconds(
            lambda texts=texts: list(baseline.pipe(texts, batch_size=BATCH_SIZE)), args.runs
        )
        report["articles"][slug] = {
            "words": words,
            "segment": _rate(words, ours),
            "baseline_pipe": _rate(words, base),
            "ratio": round(ours / base, 2),
        }

    total = sum(len(t.split()) for t in articles.values())
    all_blocks = [b.text for t in articles.values() for b in blocks(t)]
    ours = median_seconds(lambda: list(segment_many(articles.values(), nlp)), args.runs)
    base = median_seconds(
        lambda: list(baseline.pipe(all_blocks, batch_size=BATCH_SIZE)), args.runs
    )
    report["all"] = {
        "words": total,
        "segment": _rate(total, ours),
        "baseline_pipe": _rate(total, base),
        "ratio": round(ours / base, 2),
    }
    # The batch size against its neighbours, each size once a round, in turn.
    sweep = interleaved_medians(
        {size: lambda size=size: list(segment_many(articles.values(), nlp, batch_size=size))
         for size in BATCH_SIZES},
        min(args.runs, 2),
    )
    report["batch_sizes"] = {size: _rate(total, seconds)["words_per_s"]
                             for size, seconds in sweep.items()}
    print(json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main()
