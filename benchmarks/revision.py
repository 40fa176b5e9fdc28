"""Segmentation speed of this tree against an earlier revision, in the same run.

Rule changes must keep segmentation within 15% of the revision before them
(commit ``24d0c60`` for the rules of issue 10). The revision's ``annotator/``
is unpacked with ``git archive`` into a temporary folder; each side segments
the same articles (the seed, and ``../shared/corpus/*.txt`` when present) in
its own process, the two alternating, and reports the median of its runs after
one warm-up. Prints one JSON object; ``ratio`` is this tree over the revision.

    python -m benchmarks.revision --rev 24d0c60 --rounds 3
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
DEFAULT_REVISION = "24d0c60"

# Run inside each tree: both the package layout and the flat one before it.
TIMER = """
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
try:
    from annotator.nlp.model import load
    from annotator.nlp.segmenter import segment_many
except ImportError:
    from annotator.nlp import load
    from annotator.segment import segment_many
texts = [open(p, encoding="utf-8").read() for p in sys.argv[3:]]
nlp = load()
list(segment_many(texts, nlp))
times = []
for _ in range(int(sys.argv[2])):
    began = time.perf_counter()
    list(segment_many(texts, nlp))
    times.append(time.perf_counter() - began)
print(json.dumps(statistics.median(times)))
"""


def _articles() -> list[str]:
    seed = ROOT / "corpus" / "ketamine-depression.txt"
    shared = sorted(SHARED.glob("*.txt")) if SHARED.is_dir() else []
    return [str(seed), *(str(p) for p in shared if p.name != seed.name)]


def _unpack(revision: str, into: Path) -> bool:
    done = subprocess.run(["git", "archive", revision, "annotator"], cwd=ROOT,
                          capture_output=True)
    if done.returncode != 0:
        return False
    with tarfile.open(fileobj=io.BytesIO(done.stdout)) as archive:
        archive.extractall(into, filter="data")
    return True


def _time(tree: Path, runs: int, articles: list[str]) -> float:
    done = subprocess.run([sys.executable, "-c", TIMER, str(tree), str(runs), *articles],
                          capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", default=DEFAULT_REVISION)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    articles = _articles()
    with tempfile.TemporaryDirectory() as folder:
        if not _unpack(args.rev, Path(folder)):
            result = {"revision": args.rev, "skipped": "revision not in this clone"}
            print(json.dumps(result))
            return result
        ours, theirs = [], []
        for _ in range(args.rounds):
            theirs.append(_time(Path(folder), args.runs, articles))
            ours.append(_time(ROOT, args.runs, articles))
    result = {
        "revision": args.rev,
        "articles": len(articles),
        "rounds": args.rounds,
        "runs": args.runs,
        "this_tree_s": round(statistics.median(ours), 3),
        "revision_s": round(statistics.median(theirs), 3),
        "ratio": round(statistics.median(ours) / statistics.median(theirs), 3),
        "limit": 1.15,
    }
    result["within_limit"] = result["ratio"] <= result["limit"]
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
