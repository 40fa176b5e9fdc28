"""Speed and memory benchmarks; `make bench` runs every `bench_*.py` module's `main()`.

Machines here are noisy: every benchmark reports medians of several runs and a
ratio against a baseline measured in the same run, never a bare wall time.
"""
