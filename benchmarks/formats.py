"""The development articles laid out as other files lay them out, scored against their gold.

Each format rewrites the five articles of ``../shared/corpus`` (hard-wrapped at a
width, without blank lines between paragraphs, both, indented, two spaces after a
full stop, Windows line ends, straight quotes) and moves the gold's offsets with the
text, so the gold's judgements hold; then ``annotator evaluate`` scores each set. A
format that loses claims is a layout the segmenter misreads, whatever the article.
Needs ``../shared``; not part of ``make bench`` (it measures quality, not speed).

    python -m benchmarks.formats [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
WIDTHS = (60, 72, 80)


def _wrapped(text: str, width: int) -> str:
    """`text` with a space turned into a line break wherever a line would pass
    `width` (the same length: every offset holds)."""
    chars = list(text)
    column, space = 0, None
    for k, char in enumerate(chars):
        if char == "\n":
            column, space = 0, None
            continue
        if char == " ":
            space = k
        column += 1
        if column > width and space is not None:
            chars[space] = "\n"
            column, space = k - space, None
    return "".join(chars)


# An edit: at an index, what goes before the character there and what stands for it.
Edit = Callable[[str, int], tuple[str, str]]


def _rewritten(text: str, edit: Edit) -> tuple[str, list[int], list[int]]:
    """`text` with `edit` applied at each index; where each old character starts and
    ends in the new text."""
    out: list[str] = []
    starts, ends, length = [], [], 0
    for k in range(len(text)):
        before, instead = edit(text, k)
        starts.append(length + len(before))
        length += len(before) + len(instead)
        ends.append(length)
        out.append(before + instead)
    return "".join(out), starts, ends


def _single(text: str, k: int) -> tuple[str, str]:
    # the second and later line breaks of a run go: no blank lines
    return "", "" if text[k] == "\n" and k and text[k - 1] == "\n" else text[k]


def _indented(text: str, k: int) -> tuple[str, str]:
    opens = (k == 0 or text[k - 1] == "\n") and text[k] != "\n"
    return "    " if opens else "", text[k]


def _double(text: str, k: int) -> tuple[str, str]:
    after_stop = text[k] == " " and k and text[k - 1] in ".?!" and text[k + 1 : k + 2].isupper()
    return "", "  " if after_stop else text[k]


def _crlf(text: str, k: int) -> tuple[str, str]:
    return "", "\r\n" if text[k] == "\n" else text[k]


def _quotes(text: str, k: int) -> tuple[str, str]:
    return "", {"’": "'", "‘": "'", "“": '"', "”": '"'}.get(text[k], text[k])


def _same(text: str, k: int) -> tuple[str, str]:
    return "", text[k]


Rewrite = Callable[[str], tuple[str, list[int], list[int]]]


def formats() -> dict[str, Rewrite]:
    def wrapped(edit: Edit, width: int) -> Rewrite:
        def rewrite(text: str) -> tuple[str, list[int], list[int]]:
            new, starts, ends = _rewritten(text, edit)
            return _wrapped(new, width), starts, ends
        return rewrite

    found: dict[str, Rewrite] = {"as written": lambda text: _rewritten(text, _same)}
    for width in WIDTHS:
        found[f"wrapped at {width}"] = wrapped(_same, width)
    found["no blank lines"] = lambda text: _rewritten(text, _single)
    for width in WIDTHS:
        found[f"no blank lines, wrapped at {width}"] = wrapped(_single, width)
    for name, edit in (("indented", _indented), ("two spaces after a stop", _double),
                       ("Windows line ends", _crlf), ("straight quotes", _quotes)):
        found[name] = lambda text, e=edit: _rewritten(text, e)
    return found


def write(folder: Path, rewrite: Rewrite) -> None:
    """The five articles rewritten into `folder`, each beside its gold with moved offsets."""
    folder.mkdir(parents=True)
    for gold in sorted((SHARED / "gold").glob("*.units.jsonl")):
        slug = gold.name.removesuffix(".units.jsonl")
        text, starts, ends = rewrite(
            (SHARED / "corpus" / f"{slug}.txt").read_text(encoding="utf-8"))
        (folder / f"{slug}.txt").write_bytes(text.encode("utf-8"))
        rows = []
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                start, end = starts[row["start"]], ends[row["end"] - 1]
                row.update(start=start, end=end, text=text[start:end])
                rows.append(json.dumps(row, ensure_ascii=False))
        (folder / gold.name).write_text("\n".join(rows) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the rewritten articles here")
    args = parser.parse_args(argv)
    if not (SHARED / "gold").is_dir():
        sys.exit("benchmarks.formats needs ../shared/gold and ../shared/corpus")
    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        base = args.keep or Path(scratch)
        for k, (name, rewrite) in enumerate(formats().items()):
            folder = base / f"{k:02}"
            write(folder, rewrite)
            done = subprocess.run([sys.executable, "-m", "annotator", "evaluate", str(folder),
                                   "--json"], capture_output=True, text=True, check=True)
            macro = json.loads(done.stdout)["macro"]
            results[name] = {"claim_f1": round(macro["claims_exact"]["f1"], 3),
                             "non_claims_as_claims": macro["non_claims_as_claims"]}
            print(f"{name:36} claim F1 {results[name]['claim_f1']:.3f}   non-claims shown "
                  f"as claims {results[name]['non_claims_as_claims']}", flush=True)
    return results


if __name__ == "__main__":
    main()
