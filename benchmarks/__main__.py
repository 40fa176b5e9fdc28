"""Run every benchmark module (``python -m benchmarks [NAME ...]``)."""

import importlib
import os
import pkgutil
import platform
import sqlite3
import sys
import time
from datetime import UTC, datetime
from pathlib import Path


def main(argv: list[str]) -> None:
    here = Path(__file__).parent
    names = sorted(
        info.name for info in pkgutil.iter_modules([str(here)]) if info.name.startswith("bench_")
    )
    wanted = [name for name in names if not argv or any(arg in name for arg in argv)]
    sys.argv = sys.argv[:1]  # each benchmark's own options keep their defaults here
    print(machine(), flush=True)
    started = time.perf_counter()
    for name in wanted:
        print(f"== {name}", flush=True)
        began = time.perf_counter()
        importlib.import_module(f"benchmarks.{name}").main()
        print(f"({name}: {time.perf_counter() - began:.0f} s)", flush=True)
    print(f"== all benchmarks: {time.perf_counter() - started:.0f} s", flush=True)


def machine() -> str:
    """What the figures were measured on."""
    import spacy

    return (f"# {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.platform()}, "
            f"{os.cpu_count()} cores, Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}, spaCy {spacy.__version__}")


if __name__ == "__main__":
    main(sys.argv[1:])
