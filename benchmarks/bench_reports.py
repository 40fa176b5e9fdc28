"""Reports of a long article: the Markdown and HTML correction reports of a
synthetic article of about 1,000 claims (``benchmarks.bench_conflicts``'
sentences) that 3 reviewers tagged in full, against the same reports of the
seed article with the reference review (the same-run baseline). Median of
``--runs`` renders, each reading the store afresh. Target (issue 15): < 0.5 s.

    python -m benchmarks.bench_reports
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from annotator.cli.main import cli
from annotator.report.formats import ReportOptions, render
from annotator.store.db import Store
from benchmarks.bench_conflicts import synthetic_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "ketamine-depression.txt"
REVIEW = ROOT / "tests" / "data" / "ketamine-depression.review.jsonl"
VERDICTS = ("supported", "contradictory", "unsupported")


def run(*args: str) -> None:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output


def timed(db: Path, slug: str, fmt: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        store = Store.open(db)
        try:
            started = time.perf_counter()
            render(store, slug, fmt, ReportOptions())
            times.append(time.perf_counter() - started)
        finally:
            store.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = folder / "claims.db"
        run("ingest", str(SEED), "-d", str(db))
        run("import-reviews", str(REVIEW), "-a", "ketamine-depression", "-r", "Reference",
            "-d", str(db))
        long = folder / "long.txt"
        long.write_text(synthetic_article(args.claims), encoding="utf-8")
        run("ingest", str(long), "-d", str(db))
        store = Store.open(db)
        rng = random.Random(3)
        claims = store.units(store.article("long")["id"], kinds=("claim",))
        with store.write():
            for reviewer in ("ana", "bo", "cy"):
                for unit in claims:
                    store.record_review(unit["id"], reviewer, verdict=rng.choice(VERDICTS),
                                        rationale="Checked against the trial registry.")
        store.close()
        figures = {"claims": len(claims), "review_events": 3 * len(claims)}
        for fmt in ("md", "html"):
            long_s = timed(db, "long", fmt, args.runs)
            seed_s = timed(db, "ketamine-depression", fmt, args.runs)
            figures[fmt] = {"long_article_s": round(long_s, 3),
                            "seed_with_reference_review_s": round(seed_s, 3),
                            "ratio": round(long_s / seed_s, 1), "target_s": 0.5}
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
