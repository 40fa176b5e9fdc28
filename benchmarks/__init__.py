"""Speed and memory benchmarks; `make bench` runs every `bench_*.py` module's `main()`.

Machines here are noisy: every benchmark reports medians of several runs and a
ratio against a baseline measured in the same run, never a bare wall time.
"""

import statistics
import time
from collections.abc import Callable


def median_seconds(run: Callable[[], object], runs: int) -> float:
    """The median wall time of ``runs`` calls of ``run``."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return statistics.median(times)
