"""The made-up texts of the segmentation rounds and conflict sets, kept for the rounds after.

``benchmarks/made_up/segmentation/rNN/*.txt`` are the texts a segmentation round was
written on, ``benchmarks/made_up/conflicts/sNN/*.txt`` a conflict set's articles with,
beside each, ``*.pairs``: one planted pair a line, ``a ||| b``, each side a piece of the
text of one claim. They are our own writing (no licence to mind), kept from round 85 and
set 84 on; the texts of the earlier rounds lived in a scratch folder and are lost.

    python -m benchmarks.made_up dump OUT.tsv   # every unit and candidate, to diff two trees
    python -m benchmarks.made_up pairs [-v] [SET …]  # the planted pairs each set finds

A rule is kept only if ``dump`` shows no unit or candidate of another text changed that
the round's log does not name (see docs/segmentation-rounds.md, docs/conflict-sets.md).
Not part of ``make bench``: it measures what the rules do, not their speed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent
MADE_UP = ROOT / "made_up"
SHARED = ROOT.parent.parent / "shared" / "corpus"


def texts() -> list[Path]:
    """The made-up texts, the development articles when ``../shared`` is there, and the
    repository's own corpus, in a stable order."""
    found = sorted(MADE_UP.glob("*/*/*.txt")) + sorted((ROOT.parent / "corpus").glob("*.txt"))
    return found + (sorted(SHARED.glob("*.txt")) if SHARED.is_dir() else [])


def dump(out: Path) -> int:
    from annotator.consistency.conflicts import find_conflicts
    from annotator.nlp.segmenter import segment

    with out.open("w", encoding="utf-8") as lines:
        for path in texts():
            units = segment(path.read_text(encoding="utf-8"))
            name = path.relative_to(ROOT.parent.parent)
            for unit in units:
                lines.write(f"{name}\t{unit.kind}\t{unit.start}\t{unit.text!r}\n")
            for c in find_conflicts(units):
                lines.write(f"{name}\tconflict:{c.reason}\t{units[c.a].start}\t"
                            f"{units[c.b].start}\t{c.score}\n")
    return len(texts())


def pairs(verbose: bool = False, sets: list[str] | None = None) -> tuple[int, int]:
    """(found, planted) over every conflict set, or over `sets` (folder names: "s365");
    prints each pair, and each candidate with `verbose`."""
    from annotator.consistency.conflicts import find_conflicts
    from annotator.nlp.segmenter import segment

    found = planted = parts = 0
    for path in sorted(MADE_UP.glob("conflicts/*/*.txt")):
        if sets and path.parent.name not in sets:
            continue
        units = segment(path.read_text(encoding="utf-8"))
        listed = [(units[c.a].text, units[c.b].text, c) for c in find_conflicts(units)]
        print(f"== {path.relative_to(MADE_UP)}: {len(units)} units, {len(listed)} candidates")
        for line in path.with_suffix(".pairs").read_text(encoding="utf-8").splitlines():
            a, _, b = (side.strip() for side in line.partition("|||"))
            hit = any((a in x and b in y) or (a in y and b in x) for x, y, _ in listed)
            # (not counted as found: a side of two clauses the segmenter cut in two, one of
            # them listed; which clause holds the conflict is not known)
            part = not hit and any((_within(a, x) and _within(b, y))
                                   or (_within(a, y) and _within(b, x)) for x, y, _ in listed)
            found, planted, parts = found + hit, planted + 1, parts + part
            print(f"  {'found' if hit else 'part' if part else 'MISSED'}  {a} ||| {b}")
        if verbose:
            for rank, (x, y, c) in enumerate(listed, 1):
                print(f"    {rank:2}. [{c.reason}] {c.score}  {x[:60]!r} || {y[:60]!r}")
    print(f"{found} of {planted} planted pairs found"
          + (f" ({parts} more as a clause of a side cut in two)" if parts else ""))
    return found, planted


def _within(side: str, unit: str) -> bool:
    """Whether `unit` holds `side` or is a piece of it."""
    return side in unit or unit in side


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="every unit and candidate, one a line")
    dumping.add_argument("out", type=Path)
    scoring = commands.add_parser("pairs", help="the planted pairs each conflict set finds")
    scoring.add_argument("-v", "--verbose", action="store_true")
    scoring.add_argument("sets", nargs="*", help="only these sets (folder names: s365)")
    args = parser.parse_args(argv)
    if args.command == "dump":
        print(f"{dump(args.out)} texts written to {args.out}")
    else:
        pairs(args.verbose, args.sets)


if __name__ == "__main__":
    main()
