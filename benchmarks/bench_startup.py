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
    bin_dir = Path(sys.executable).parent
    seed = Path(__file__).resolve().parent.parent / "corpus" / "ketamine-depression.txt"
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "claims.db")
        Store.open(db).close()  # reading commands refuse a database that does not exist
        baseline = _median_seconds([sys.executable, "-c", "pass"])
        articles_empty = _median_seconds([sys.executable, "-m", "annotator", "articles", "-d", db])
        spacy = _median_seconds([sys.executable, "-c", "import spacy"])
        # Issue 15's baseline: sqlite-utils' own CLI, the library annotator's store uses.
        sqlite_utils = _median_seconds([str(bin_dir / "sqlite-utils"), "--help"])
        populated = str(Path(folder) / "populated.db")
        subprocess.run([sys.executable, "-m", "annotator", "ingest", str(seed), "-d", populated],
                       check=True, capture_output=True)
        annotator = [str(bin_dir / "annotator")]
        help_ = _median_seconds([*annotator, "--help"])
        articles = _median_seconds([*annotator, "articles", "-d", populated])
        claims = _median_seconds([*annotator, "claims", "ketamine-depression", "-d", populated])
    print(json.dumps({
        "runs": RUNS,
        "python_pass_ms": round(baseline * 1000, 1),
        "annotator_articles_empty_ms": round(articles_empty * 1000, 1),
        "import_spacy_ms": round(spacy * 1000, 1),
        "articles_over_python": round(articles_empty / baseline, 2),
        "spacy_import_over_python": round(spacy / baseline, 2),
        "sqlite_utils_help_ms": round(sqlite_utils * 1000, 1),
        "annotator_help_ms": round(help_ * 1000, 1),
        "annotator_articles_ms": round(articles * 1000, 1),
        "annotator_claims_ms": round(claims * 1000, 1),
        "over_sqlite_utils_help": {
            "help": round(help_ / sqlite_utils, 2),
            "articles": round(articles / sqlite_utils, 2),
            "claims": round(claims / sqlite_utils, 2),
        },
        "target_over_sqlite_utils_help": 1.2,
    }, indent=2))
