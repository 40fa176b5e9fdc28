"""The review loop on a large database: one key press (save a verdict, find the
next claim, build and draw its screen) at 160 units (the seed alone, the
same-run baseline) and at ``--units`` (default 1,000,000) units with about as
many review events.

The large database is built with bulk inserts (``INSERT … SELECT`` copies of the
ingested seed article, then review events by 20 reviewers on most units), so it
takes a minute or two, and flushed to disk (``os.sync``); the key presses are
measured on an article in the middle.
Target (issue 15): median < 5 ms, p99 < 20 ms. Also reported: bytes per unit
and per review event, and `search` for a rare and a common word.

Then every unit is moved into one article (a million-unit article), and the
exports that stream are run as fresh processes (peak RSS is their own):
``claims ARTICLE --all --csv`` and ``report ARTICLE --format csv``, against a
bare interpreter writing the same units with ``sqlite3`` and ``csv`` (the
baseline). Target: peak memory < 150 MB.

    python -m benchmarks.bench_review_scale [--units N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from annotator.review.screen import render
from annotator.review.session import Session
from annotator.store.db import Store

SEED = Path(__file__).resolve().parent.parent / "corpus" / "ketamine-depression.txt"
PRESSES = 150


def ingested_seed(folder: Path) -> Path:
    from click.testing import CliRunner

    from annotator.cli.main import cli

    db = folder / "seed.db"
    result = CliRunner().invoke(cli, ["ingest", str(SEED), "-d", str(db)])
    assert result.exit_code == 0, result.output
    return db


def grow(db: Path, units: int) -> tuple[int, int]:
    """Copy the seed article until the database holds about ``units`` units, and
    give most of them review events. Returns (units, review events)."""
    conn = sqlite3.connect(db)
    per_article = conn.execute("SELECT count(*) FROM units WHERE article_id = 1").fetchone()[0]
    copies = max(units // per_article - 1, 0)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")  # 256 MB: random review ids, big indexes
    with conn:
        conn.execute(
            """INSERT INTO articles (slug, title, url, published, source_path, text, sha256,
                 revision, model, ingested_at)
               WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ?)
               SELECT 'copy-' || k, title, url, published, source_path, text, sha256 || k,
                 1, model, ingested_at FROM articles, n WHERE articles.id = 1""", [copies])
        conn.execute(
            """INSERT INTO units (article_id, seq, start, "end", text, kind, section, hedged,
                 lemmas, fingerprint)
               SELECT a.id, u.seq, u.start, u."end", u.text, u.kind, u.section, u.hedged,
                 u.lemmas, u.fingerprint
               FROM articles a JOIN units u ON u.article_id = 1 WHERE a.id > 1""")
        # Most claims reviewed by one of 20 reviewers; a few amended (two events).
        conn.execute(
            """INSERT INTO reviews (id, unit_id, reviewer, role, action, verdict, reasons,
                 evidence, created_at, quote)
               SELECT lower(hex(randomblob(16))), u.id, 'reviewer ' || (u.id % 20), 'reviewer',
                 'tag', CASE u.id % 3 WHEN 0 THEN 'supported' WHEN 1 THEN 'contradictory'
                 ELSE 'unsupported' END, '[]', '[]',
                 strftime('%Y-%m-%dT%H:%M:%f+00:00', '2026-01-01', '+' || (u.id % 86400) ||
                 ' seconds'), u.text
               FROM units u WHERE u.article_id > 1 AND u.id % 10 != 0""")
    counts = conn.execute("SELECT (SELECT count(*) FROM units), (SELECT count(*) FROM reviews)"
                          ).fetchone()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return counts


def key_presses(db: Path | str, slug: str, reviewer: str = "bench reviewer") -> list[float]:
    """Seconds per key press: save a verdict, the next claim, its screen."""
    store = Store.open(db)
    try:
        session = Session(store, store.article(slug), reviewer)
        position = session.first()
        times = []
        for n in range(PRESSES):
            if position is None:
                break
            started = time.perf_counter()
            session.save(session.walk[position], verdict=("supported", "unsupported")[n % 2])
            position = session.following(position)
            if position is not None:
                render(session.view(position), 80, 24)
            times.append(time.perf_counter() - started)
        return times
    finally:
        store.close()


def searches(db: Path) -> dict:
    """Median ms of `annotator search` (the store's query) for a word in a few
    units of every article and for one in most units (target: < 50 ms)."""
    store = Store.open(db)
    try:
        found = {}
        for word in ("glutamate", "ketamine"):
            times = []
            for _ in range(5):
                started = time.perf_counter()
                store.search(word)
                times.append(time.perf_counter() - started)
            found[word] = round(statistics.median(times) * 1000, 1)
        return found
    finally:
        store.close()


BARE_CSV = (
    "import csv, sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1])\n"
    "out = csv.writer(sys.stdout)\n"
    "for row in conn.execute('SELECT id, seq, start, \"end\", kind, text, hedged, section '\n"
    "                        'FROM units WHERE article_id = 1 ORDER BY start, seq'):\n"
    "    out.writerow(row)\n"
)


def one_huge_article(db: Path) -> dict:
    """Every unit moved into the first article; wall time and peak RSS of the
    streaming exports of it, beside the bare baseline."""
    from benchmarks.bench_ingest import _child

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA cache_size = -262144")
    with conn:
        # The full-text triggers would re-index every moved unit; search is measured.
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                    "AND tbl_name = 'units'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE units SET article_id = 1, seq = id")
        slug, units = conn.execute("SELECT a.slug, count(*) FROM articles a "
                                   "JOIN units u ON u.article_id = a.id WHERE a.id = 1").fetchone()
    conn.close()
    out = db.parent / "report.csv"
    runs = {
        "bare_sqlite3_csv": ["-c", BARE_CSV, str(db)],
        "claims_csv": ["-m", "annotator", "claims", slug, "--all", "--csv", "-d", str(db)],
        "report_csv": ["-m", "annotator", "report", slug, "--format", "csv", "-o", str(out),
                       "-d", str(db)],
    }
    figures = {}
    for name, argv in runs.items():
        seconds, peak = _child(argv)
        figures[name] = {"s": round(seconds, 1), "peak_rss_mb": round(peak)}
    with out.open(encoding="utf-8") as handle:
        rows = sum(1 for _ in handle) - 1
    return {"units": units, "report_rows": rows, **figures, "target_peak_rss_mb": 150}


def summary(times: list[float]) -> dict:
    ordered = sorted(times)
    return {"median_ms": round(statistics.median(ordered) * 1000, 2),
            "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))] * 1000, 2),
            "presses": len(ordered)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--units", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        seed = ingested_seed(folder)
        small = key_presses(seed, "ketamine-depression")
        big = folder / "big.db"
        shutil.copy(seed, big)
        started = time.perf_counter()
        units, events = grow(big, args.units)
        built = time.perf_counter() - started
        # The build's 400-odd MB still wait in the page cache to be written; the
        # first commit's sync would wait for them all (hundreds of ms, once). A
        # reviewer's database was written long before: flush them first.
        os.sync()
        middle = f"copy-{max(units // 160 // 2, 1)}"
        large = key_presses(big, middle)
        searched = searches(big)
        size = big.stat().st_size
        huge = one_huge_article(big)
    print(json.dumps({
        "units": units, "review_events": events, "build_seconds": round(built, 1),
        "baseline_160_units": summary(small), "at_scale": summary(large),
        "target": "median < 5 ms, p99 < 20 ms",
        "ratio_median": round(statistics.median(large) / statistics.median(small), 2),
        "bytes_per_unit_and_event": round(size / (units + events)),
        "search_ms_median": searched,
        "search_target_ms": 50,
        "one_article_of_all_units": huge,
    }, indent=2))


if __name__ == "__main__":
    main()
