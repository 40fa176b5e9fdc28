"""Speed and memory benchmarks; `make bench` runs every `bench_*.py` module's `main()`.

Machines here are noisy: every benchmark reports medians of several runs and a
ratio against a baseline measured in the same run, never a bare wall time.
"""

import statistics
import time
from collections.abc import Callable


def median_seconds(run: Callable[[], object], runs: int) -> float:
    """The median wall time of ``runs`` calls of ``run``."""
    return interleaved_medians({"run": run}, runs)["run"]


def interleaved_medians(runs: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """The median wall time of each of ``runs``, called in turn round after round,
    so that a slow spell of the machine slows all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            began = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - began)
    return {name: statistics.median(values) for name, values in times.items()}
