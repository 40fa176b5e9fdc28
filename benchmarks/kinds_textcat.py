"""Rules or a trained classifier for unit kinds: leave-one-article-out accuracy.

For each gold article in turn, trains a spaCy ``textcat`` (bag of words and
n-grams, exclusive classes) on the gold units of the other articles and predicts
the kind of every gold unit of the held-out one, from the unit's text alone;
the rules' kind on the same spans comes from segmenting the article. Needs the
gold files and their articles (``../shared/gold`` and ``../shared/corpus``);
not part of ``make bench`` (it measures a design choice, not speed).

    python -m benchmarks.kinds_textcat --epochs 12
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _gold() -> dict[str, tuple[str, list[dict]]]:
    from annotator.nlp.evaluate import load_gold
    from annotator.sources.read import read_bytes, read_source

    found = {}
    for path in sorted((SHARED / "gold").glob("*.units.jsonl")):
        slug = path.name.removesuffix(".units.jsonl")
        article = SHARED / "corpus" / f"{slug}.txt"
        text = read_source(str(article), read_bytes(str(article))).text
        found[slug] = (text, load_gold(path, text))
    return found


def _train(examples: list[tuple[str, str]], labels: list[str], epochs: int, seed: int):
    import spacy
    from spacy.training import Example

    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
        "ngram_size": 2, "no_output_layer": False}})
    for label in labels:
        textcat.add_label(label)
    data = [Example.from_dict(nlp.make_doc(text), {"cats": {k: float(k == kind) for k in labels}})
            for text, kind in examples]
    random.seed(seed)
    optimizer = nlp.initialize(lambda: data)
    for _ in range(epochs):
        random.shuffle(data)
        for start in range(0, len(data), 16):
            nlp.update(data[start : start + 16], sgd=optimizer)
    return nlp


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=12)
    args = parser.parse_args(argv)
    from annotator.nlp.segmenter import KINDS, segment_many

    gold = _gold()
    predicted = dict(zip(gold, segment_many([text for text, _ in gold.values()]), strict=True))
    rows = {}
    for held_out, (_, units) in gold.items():
        training = [(u["text"], u["kind"]) for slug, (_, us) in gold.items()
                    if slug != held_out for u in us]
        model = _train(training, list(KINDS), args.epochs, seed=0)
        by_span = {(u.start, u.end): u.kind for u in predicted[held_out]}
        shared = [u for u in units if (u["start"], u["end"]) in by_span]
        textcat = [max(doc.cats, key=doc.cats.get) for doc in model.pipe(u["text"] for u in shared)]
        rows[held_out] = {
            "shared_spans": len(shared),
            "rules": round(sum(by_span[(u["start"], u["end"])] == u["kind"] for u in shared)
                           / len(shared), 3),
            "textcat": round(sum(k == u["kind"] for k, u in zip(textcat, shared, strict=True))
                             / len(shared), 3),
        }
    macro = {name: round(sum(r[name] for r in rows.values()) / len(rows), 3)
             for name in ("rules", "textcat")}
    result = {"epochs": args.epochs, "articles": rows, "macro": macro}
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
