"""The review loop with 8 reviewers at once, on SQLite and on PostgreSQL.

A database of ``--units`` units (default 100,000: copies of the ingested seed
with review events, as in bench_review_scale) is built on SQLite, then copied
into a PostgreSQL team database on a throwaway server started here (Debian's
binaries, a Unix socket only: ``tests/pg.py``). On each engine, ``--reviewers``
processes (default 8) start together, each reviewing its own article: one key
press is save a verdict, find the next claim, build and draw its screen.
Reported per engine: median and p99 of every key press of every reviewer, and
the single-reviewer figures measured on the same database just before (the
baseline), beside the review loop's target (issue 15: median < 5 ms, p99 < 20 ms).

    python -m benchmarks.bench_team [--units N] [--reviewers 8]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_review_scale import PRESSES, grow, ingested_seed, summary

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("articles", "units", "reviews", "conflicts", "conflict_decisions", "suggestions",
          "unit_events")
REVIEWER = (
    "import json, sys\n"
    "from benchmarks.bench_review_scale import key_presses\n"
    "print(json.dumps(key_presses(sys.argv[1], sys.argv[2], sys.argv[3])))\n"
)


def copy_to_postgres(source: Path, url: str) -> None:
    """Every row of the SQLite database into the team database (COPY), ids kept."""
    import psycopg
    from click.testing import CliRunner

    from annotator.cli.main import cli

    result = CliRunner().invoke(cli, ["team", "init", url])
    assert result.exit_code == 0, result.output
    lite = sqlite3.connect(source)
    with psycopg.connect(url) as conn:
        for table in TABLES:
            columns = [row[1] for row in lite.execute(f"PRAGMA table_info('{table}')")]
            names = ", ".join(f'"{c}"' for c in columns)
            with conn.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                for row in lite.execute(f'SELECT {names} FROM "{table}"'):
                    copy.write_row(row)
            if "id" in columns and table not in ("reviews", "unit_events"):
                conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                             f"coalesce((SELECT max(id) FROM \"{table}\"), 0) + 1, false)")
        conn.execute("ANALYZE")
    lite.close()


def together(target: str, slugs: list[str]) -> list[float]:
    """Seconds per key press of every reviewer, all started at once."""
    children = [
        subprocess.Popen([sys.executable, "-c", REVIEWER, target, slug, f"bench reviewer {n}"],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n, slug in enumerate(slugs)
    ]
    times: list[float] = []
    for child in children:
        out, err = child.communicate(timeout=600)
        assert child.returncode == 0, err
        times += json.loads(out)
    return times


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--reviewers", type=int, default=8)
    args = parser.parse_args([] if argv is None else argv)

    sys.path.insert(0, str(ROOT))  # tests/pg.py starts the server
    from benchmarks.bench_review_scale import key_presses
    from tests.pg import Cluster

    report: dict = {"units": None, "reviewers": args.reviewers, "presses_each": PRESSES,
                    "target": "median < 5 ms, p99 < 20 ms"}
    with tempfile.TemporaryDirectory() as name, Cluster() as cluster:
        folder = Path(name)
        lite = folder / "team.db"
        shutil.copy(ingested_seed(folder), lite)
        units, events = grow(lite, args.units)
        report["units"], report["review_events"] = units, events
        url = cluster.create_database("team")
        copy_to_postgres(lite, url)
        copies = units // 160
        slugs = [f"copy-{copies // 2 + n}" for n in range(args.reviewers)]
        for engine, target in (("sqlite", str(lite)), ("postgresql", url)):
            alone = key_presses(target, f"copy-{copies // 3}", "bench alone")
            report[engine] = {"one_reviewer": summary(alone),
                              "all_at_once": summary(together(target, slugs))}
            report[engine]["ratio_median"] = round(
                report[engine]["all_at_once"]["median_ms"]
                / report[engine]["one_reviewer"]["median_ms"], 2)
    print(json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main(sys.argv[1:])
