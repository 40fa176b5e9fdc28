"""Start-up of commands that must not load spaCy, against a bare interpreter.

Reports the median wall time of ``annotator articles`` on an empty database and
of ``python -c pass`` (the baseline, same run), and their ratio. A command that
pulled in spaCy would show up here as a several-fold jump.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from annotator.store.db import Store
from benchmarks import median_seconds

RUNS = 9


def _median_seconds(argv: list[str]) -> float:
    return median_seconds(lambda: subprocess.run(argv, check=True, capture_output=True), RUNS)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "claims.db")
        Store.open(db).close()  # reading commands refuse a database that does not exist
        baseline = _median_seconds([sys.executable, "-c", "pass"])
        articles = _median_seconds([sys.executable, "-m", "annotator", "articles", "-d", db])
        spacy = _median_seconds([sys.executable, "-c", "import spacy"])
    print(json.dumps({
        "runs": RUNS,
        "python_pass_ms": round(baseline * 1000, 1),
        "annotator_articles_ms": round(articles * 1000, 1),
        "import_spacy_ms": round(spacy * 1000, 1),
        "articles_over_baseline": round(articles / baseline, 2),
        "spacy_import_over_baseline": round(spacy / baseline, 2),
    }, indent=2))
