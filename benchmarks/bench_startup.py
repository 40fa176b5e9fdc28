"""Start-up of commands that must not load spaCy, against a bare interpreter.

Reports the median wall time of ``annotator articles`` on an empty database and
of ``python -c pass`` (the baseline, same run), and their ratio. A command that
pulled in spaCy would show up here as a several-fold jump. Then ``annotator
--help``, ``articles`` and ``claims`` on the seed's database against
``sqlite-utils --help`` (issue 15's baseline). The commands run in turn, round
after round (``make bench`` compiles the package's bytecode first, as pip does
for an installed package).
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from annotator.store.db import Store
from benchmarks import interleaved_medians

RUNS = 9


def _command(argv: list[str]):
    return lambda: subprocess.run(argv, check=True, capture_output=True)


def main() -> None:
    bin_dir = Path(sys.executable).parent
    seed = Path(__file__).resolve().parent.parent / "corpus" / "ketamine-depression.txt"
    annotator = [str(bin_dir / "annotator")]
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "claims.db")
        Store.open(db).close()  # reading commands refuse a database that does not exist
        populated = str(Path(folder) / "populated.db")
        subprocess.run([sys.executable, "-m", "annotator", "ingest", str(seed), "-d", populated],
                       check=True, capture_output=True)
        # Every command once a round, in turn: the ratios compare like with like.
        times = interleaved_medians({
            "python": _command([sys.executable, "-c", "pass"]),
            "articles_empty": _command([sys.executable, "-m", "annotator", "articles", "-d", db]),
            "spacy": _command([sys.executable, "-c", "import spacy"]),
            # Issue 15's baseline: sqlite-utils' own CLI, the library annotator's store uses.
            "sqlite_utils": _command([str(bin_dir / "sqlite-utils"), "--help"]),
            "help": _command([*annotator, "--help"]),
            "articles": _command([*annotator, "articles", "-d", populated]),
            "claims": _command([*annotator, "claims", "ketamine-depression", "-d", populated]),
        }, RUNS)
    baseline, articles_empty, spacy = times["python"], times["articles_empty"], times["spacy"]
    sqlite_utils, help_ = times["sqlite_utils"], times["help"]
    articles, claims = times["articles"], times["claims"]
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
