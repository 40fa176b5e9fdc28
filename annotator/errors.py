"""Domain errors. The library raises these; only ``annotator.cli`` turns them into
``click.ClickException`` so that users see one line on stderr and exit code 1."""


class AnnotatorError(Exception):
    """Base class: anything the user can fix, reported without a traceback."""


class NoSuchArticle(AnnotatorError):
    def __init__(self, ref: str | int, close: list[str] | None = None):
        hint = f"did you mean {' or '.join(close)}? " if close else ""
        super().__init__(
            f"no article {ref!r} ({hint}give a slug or an id; see `annotator articles`)")


class NoSuchUnit(AnnotatorError):
    def __init__(self, ref: str | int):
        super().__init__(f"no unit {ref!r} (see `annotator claims ARTICLE`)")


class NotADatabase(AnnotatorError):
    def __init__(self, path: str):
        super().__init__(f"{path} is not an SQLite database; it was left untouched")


class ForeignDatabase(AnnotatorError):
    def __init__(self, path: str, tables: list[str]):
        shown = ", ".join(tables[:5]) + (f" and {len(tables) - 5} more" if len(tables) > 5 else "")
        super().__init__(
            f"{path} is not an annotator database (it holds other tables: {shown}); "
            "it was left untouched: pass -d with an annotator database or a new file"
        )


class SchemaTooNew(AnnotatorError):
    def __init__(self, path: str, unknown: list[str]):
        names = ", ".join(unknown)
        super().__init__(
            f"{path} was written by a newer annotator (unknown migrations: {names}); "
            "upgrade annotator to use it"
        )


class StoreError(AnnotatorError):
    """A database file that cannot be opened or created as asked."""


class ReadOnlyDatabase(StoreError):
    def __init__(self, path: str, why: str = "this command writes to it"):
        super().__init__(
            f"{path} is read-only and {why}; nothing was changed "
            "(reading commands still work; copy it or chmod u+w to write)"
        )


class InputError(AnnotatorError):
    """An input file or option that cannot be ingested."""


# Reviews ------------------------------------------------------------------------


class BadVerdict(AnnotatorError):
    def __init__(self, given: str):
        super().__init__(
            f"unknown verdict {given!r} (supported, contradictory or unsupported; or s, c, u)"
        )


class BadReason(AnnotatorError):
    def __init__(self, given: str, known: tuple[str, ...]):
        super().__init__(f"unknown reason {given!r} (one of: {', '.join(known)})")


class NoReviewer(AnnotatorError):
    def __init__(self) -> None:
        super().__init__(
            "no reviewer name: pass -r NAME, set ANNOTATOR_REVIEWER or git config user.name"
        )


class NothingToUndo(AnnotatorError):
    def __init__(self, reviewer: str, where: str):
        super().__init__(f"{reviewer} has nothing to undo on {where}")


class BadReviewFile(AnnotatorError):
    """A review file (JSON lines) or another database that cannot be read."""


# Reports ------------------------------------------------------------------------


class ReportError(AnnotatorError):
    """A report that cannot be made as asked: missing metadata, a bad URL, an
    output file that cannot be written."""


# Consistency --------------------------------------------------------------------


class NoSuchConflict(AnnotatorError):
    def __init__(self, ref: str | int, article: str):
        super().__init__(
            f"no conflict candidate {ref!r} in {article} (see `annotator conflicts {article}`)"
        )


# Review log: old revisions, reviewer names -------------------------------------


class OldRevision(AnnotatorError):
    """A unit of a revision that is no longer its article's latest: a verdict
    there would count in no report, so it is refused."""

    def __init__(self, unit_id: int, slug: str, revision: int, latest: dict,
                 successor: int | None):
        where = (f"unit {unit_id} is in revision {revision} of {slug}, not the latest "
                 f"(revision {latest['revision']}, article id {latest['id']})")
        if successor is not None:
            hint = f"its text is unit {successor} there: use that id"
        else:
            hint = (f"its text is not in the latest revision (changed or removed; "
                    f"see `annotator claims {slug} --all`)")
        super().__init__(f"{where}; {hint}")


class BadReviewerName(AnnotatorError):
    def __init__(self, name: str, source: str = "reviewer name"):
        super().__init__(
            f"{source} {name!r} contains control characters; use plain text "
            "(letters, digits, spaces, punctuation)"
        )
