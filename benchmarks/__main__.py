"""Run every benchmark module (``python -m benchmarks [NAME ...]``)."""

import importlib
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str]) -> None:
    here = Path(__file__).parent
    names = sorted(
        info.name for info in pkgutil.iter_modules([str(here)]) if info.name.startswith("bench_")
    )
    wanted = [name for name in names if not argv or any(arg in name for arg in argv)]
    sys.argv = sys.argv[:1]  # each benchmark's own options keep their defaults here
    for name in wanted:
        print(f"== {name}", flush=True)
        importlib.import_module(f"benchmarks.{name}").main()


if __name__ == "__main__":
    main(sys.argv[1:])
