"""Schema migrations, applied in order when a store is opened.

Each migration runs in one transaction together with its record in
``_sqlite_migrations`` (``sqlite_utils.Migrations``). Never edit an applied
migration: add ``m00N_...`` below it, with a comment saying why.

``sqlite-utils migrate claims.db annotator/store/migrations.py --list`` shows them.
"""

from sqlite_utils import Database, Migrations

migrations = Migrations("annotator")


@migrations()
def m001_initial(db: Database) -> None:
    # Articles are immutable revisions: a changed text under the same slug is a new
    # row pointing at the one it replaces, so nothing reviewed is ever lost.
    db["articles"].create(
        {
            "id": int,
            "slug": str,
            "title": str,
            "url": str,
            "published": str,
            "source_path": str,
            "text": str,
            "sha256": str,
            "revision": int,
            "previous_id": int,
            "model": str,
            "ingested_at": str,
        },
        pk="id",
        not_null={"slug", "text", "sha256", "revision", "ingested_at"},
        foreign_keys=[("previous_id", "articles", "id")],
    )
    db["articles"].create_index(["slug", "revision"], unique=True)
    db["articles"].create_index(["sha256"])

    # `previous_unit_id` links a unit to the same, unchanged text in the previous
    # revision; a unit without it in a revised article needs (re-)review.
    db["units"].create(
        {
            "id": int,
            "article_id": int,
            "seq": int,
            "start": int,
            "end": int,
            "text": str,
            "kind": str,
            "section": str,
            "hedged": int,
            "lemmas": str,
            "fingerprint": str,
            "duplicate_of": int,
            "previous_unit_id": int,
        },
        pk="id",
        not_null={"article_id", "seq", "start", "end", "text", "kind", "hedged"},
        foreign_keys=[
            ("article_id", "articles", "id"),
            ("duplicate_of", "units", "id"),
            ("previous_unit_id", "units", "id"),
        ],
    )
    db["units"].create_index(["article_id", "seq"], unique=True)
    db["units"].create_index(["article_id", "kind"])
    db["units"].create_index(["fingerprint"])
    db["units"].enable_fts(["text"], create_triggers=True)

    # An append-only event log, keyed by UUID so logs from different machines
    # merge. `action` is `tag` (a verdict) or `retract` (undo of `supersedes`).
    # `carried_from` is the event a new article revision copied for unchanged text.
    db["reviews"].create(
        {
            "id": str,
            "unit_id": int,
            "reviewer": str,
            "role": str,
            "action": str,
            "verdict": str,
            "reasons": str,
            "rationale": str,
            "evidence": str,
            "correction": str,
            "created_at": str,
            "supersedes": str,
            "carried_from": str,
        },
        pk="id",
        not_null={"unit_id", "reviewer", "role", "action", "created_at"},
        foreign_keys=[("unit_id", "units", "id")],
    )
    db["reviews"].create_index(["unit_id", "reviewer", "created_at"])
    db["reviews"].create_index(["reviewer", "created_at"])
    db["reviews"].create_index(["supersedes"])

    db["conflicts"].create(
        {
            "id": int,
            "article_id": int,
            "unit_a": int,
            "unit_b": int,
            "reason": str,
            "detail": str,
            "score": float,
            "status": str,
            "decided_by": str,
            "decided_at": str,
        },
        pk="id",
        not_null={"article_id", "unit_a", "unit_b", "reason", "score", "status"},
        foreign_keys=[
            ("article_id", "articles", "id"),
            ("unit_a", "units", "id"),
            ("unit_b", "units", "id"),
        ],
    )
    db["conflicts"].create_index(["article_id", "status", "score"])
    db["conflicts"].create_index(["unit_a", "unit_b", "reason"], unique=True)

    # A reviewer's current verdict on a unit: their latest `tag` event that no
    # `retract` event has undone.
    db.create_view(
        "current_reviews",
        """
        SELECT * FROM (
          SELECT r.*, row_number() OVER (
            PARTITION BY r.unit_id, r.reviewer ORDER BY r.created_at DESC, r.id DESC
          ) AS rank
          FROM reviews r
          WHERE r.action = 'tag'
            AND r.id NOT IN (
              SELECT supersedes FROM reviews
              WHERE action = 'retract' AND supersedes IS NOT NULL
            )
        ) WHERE rank = 1
        """,
    )


@migrations()
def m002_reviews_quote(db: Database) -> None:
    # The text the reviewer judged, kept on each event: the unit's text for a key
    # press, the verbatim quote for an imported review (one quote may cover several
    # units, or part of one), so `export-reviews` writes it back as it was given and
    # a verdict still says what it was about after the article changes. `action` also
    # takes `note` from here on: rationale or evidence typed before a verdict,
    # written at once so Ctrl-C cannot lose it; `current_reviews` ignores notes.
    db["reviews"].add_column("quote", str)


@migrations()
def m003_consistency(db: Database) -> None:
    # A reviewer's decision on a conflict candidate is an append-only event, like a
    # verdict: who decided what and when is never overwritten. `conflicts.status`,
    # `decided_by` and `decided_at` stay as the latest decision, kept by a trigger
    # so that every writer (annotator, sqlite-utils, Datasette) leaves them right;
    # readers that only need the current status read `conflicts` alone.
    db["conflict_decisions"].create(
        {"id": int, "conflict_id": int, "status": str, "decided_by": str, "decided_at": str},
        pk="id",
        not_null={"conflict_id", "status", "decided_by", "decided_at"},
        foreign_keys=[("conflict_id", "conflicts", "id")],
    )
    db["conflict_decisions"].create_index(["conflict_id", "decided_at"])
    # One statement per execute: executescript() would commit mid-migration.
    db.execute(
        """CREATE TRIGGER conflict_decisions_status AFTER INSERT ON conflict_decisions
        BEGIN
          UPDATE conflicts SET status = NEW.status, decided_by = NEW.decided_by,
            decided_at = NEW.decided_at
          WHERE id = NEW.conflict_id;
        END"""
    )
    for event in ("UPDATE", "DELETE"):
        db.execute(
            f"""CREATE TRIGGER conflict_decisions_no_{event.lower()} BEFORE {event}
            ON conflict_decisions
            BEGIN SELECT RAISE(ABORT, 'conflict_decisions is append-only'); END"""
        )
    db["conflicts"].create_index(["unit_b"])

    # A verdict given on a claim of another article, offered for a claim that says
    # the same thing. A suggestion is never a verdict: the review session shows it
    # and records a verdict only when the reviewer accepts it. What the source
    # reviewer said is copied as it stood when the suggestion was made.
    db["suggestions"].create(
        {
            "id": int,
            "unit_id": int,
            "source_unit_id": int,
            "source_review_id": str,
            "source_article_id": int,
            "verdict": str,
            "reasons": str,
            "rationale": str,
            "evidence": str,
            "reviewer": str,
            "score": float,
            "created_at": str,
        },
        pk="id",
        not_null={
            "unit_id", "source_unit_id", "source_article_id", "verdict", "score", "created_at",
        },
        foreign_keys=[
            ("unit_id", "units", "id"),
            ("source_unit_id", "units", "id"),
            ("source_review_id", "reviews", "id"),
            ("source_article_id", "articles", "id"),
        ],
    )
    db["suggestions"].create_index(["unit_id", "source_review_id"], unique=True)
    db["units"].create_index(["duplicate_of"])


@migrations()
def m004_search_stemming(db: Database) -> None:
    # `annotator search blocking` should find "blocks" and "blocked": rebuild the
    # full-text index of unit text with the Porter stemmer.
    db["units"].disable_fts()
    db["units"].enable_fts(["text"], tokenize="porter", create_triggers=True)
    db["units"].rebuild_fts()


@migrations()
def m005_unit_parse(db: Database) -> None:
    # The contradiction checks parsed every candidate claim again after ingest,
    # doubling its time: keep the parse made at segmentation with each unit
    # (JSON, annotator.nlp.parse.encode). Units stored before this have NULL and are
    # parsed again when they are needed.
    db["units"].add_column("parse", str)


@migrations()
def m006_unit_events(db: Database) -> None:
    # What reviewers say about the units themselves rather than about their
    # claims, as an append-only log keyed by UUID like `reviews` (so it merges):
    # `link` (two units contradict each other; `other_unit_id`, and why in
    # `value`) and `retract` (undo of `supersedes`). The derived state lives
    # elsewhere: a live link is a `conflicts` row with reason `reviewer`.
    db["unit_events"].create(
        {
            "id": str,
            "article_id": int,
            "unit_id": int,
            "other_unit_id": int,
            "action": str,
            "value": str,
            "reviewer": str,
            "role": str,
            "created_at": str,
            "supersedes": str,
        },
        pk="id",
        not_null={"article_id", "unit_id", "action", "reviewer", "role", "created_at"},
        foreign_keys=[
            ("article_id", "articles", "id"),
            ("unit_id", "units", "id"),
            ("other_unit_id", "units", "id"),
        ],
    )
    db["unit_events"].create_index(["article_id", "reviewer", "created_at"])
    db["unit_events"].create_index(["unit_id"])
    db["unit_events"].create_index(["other_unit_id"])
    db["unit_events"].create_index(["supersedes"])
    for event in ("UPDATE", "DELETE"):
        db.execute(
            f"""CREATE TRIGGER unit_events_no_{event.lower()} BEFORE {event} ON unit_events
            BEGIN SELECT RAISE(ABORT, 'unit_events is append-only'); END"""
        )


@migrations()
def m007_unit_corrections(db: Database) -> None:
    # Reviewers correct the segmenter with events in `unit_events`: `relabel`
    # (value: the kind), `split` (value: the article offset where the second
    # piece starts) and `join` (with `other_unit_id`, the next unit). What they
    # mean is derived from the log, like `conflicts` rows from links: a split or
    # joined unit stays (its verdicts stay attached to it) with `retired_by`
    # naming the event; the pieces are new units with `created_by` naming the
    # event and the part ("<event id>:left"); `kind` is the corrected kind and
    # `segmented_kind` the segmenter's (NULL: never relabelled).
    db["units"].add_column("segmented_kind", str)
    db["units"].add_column("created_by", str)
    db["units"].add_column("retired_by", str)
    db["units"].create_index(["created_by"])


@migrations()
def m008_reviewer_case(db: Database) -> None:
    # A reviewer is one person whatever the case they type their name in
    # (Store.known_reviewer): found by lower(name) without a scan of the log.
    db.execute("CREATE INDEX reviews_reviewer_lower ON reviews (lower(reviewer))")
    db.execute("CREATE INDEX unit_events_reviewer_lower ON unit_events (lower(reviewer))")
    db.execute("CREATE INDEX conflict_decisions_decided_by_lower "
               "ON conflict_decisions (lower(decided_by))")


@migrations()
def m009_publishing(db: Database) -> None:
    # What fact-check feeds show beside a verdict: the claim restated to stand
    # alone (`It is safe` → `Ketamine is safe for most adults`) and the rating as
    # readers read it, given by a reviewer like a rationale; and who wrote or
    # published the article (HTML author, og:site_name, JSON-LD), from ingest.
    db["reviews"].add_column("claim_text", str)
    db["reviews"].add_column("rating_text", str)
    db["articles"].add_column("author", str)
    db["articles"].add_column("publisher", str)


@migrations()
def m010_article_sources(db: Database) -> None:
    # Where each article came from, beside `source_path` (a path or a URL): the
    # content type read, the file's modification or the fetch's time, and the
    # sha256 of the bytes as received (the text's own hash is `sha256`).
    db["articles"].add_column("source_type", str)
    db["articles"].add_column("source_modified", str)
    db["articles"].add_column("source_sha256", str)


@migrations()
def m011_current_reviews_by_index(db: Database) -> None:
    # The same rows as m001's view (each reviewer's latest tag on a unit that no
    # retract undid), written without a window function: a plain view SQLite can
    # flatten, so a query driven by one article's or one unit's units reaches
    # reviews through the (unit_id, reviewer, created_at) and supersedes indexes
    # instead of ranking every review in the database (1 s per key press at a
    # million units; ../shared/notes/review-loop-at-scale.md).
    db.execute("DROP VIEW IF EXISTS current_reviews")
    db.create_view(
        "current_reviews",
        """
        SELECT r.* FROM reviews r
        WHERE r.action = 'tag'
          AND NOT EXISTS (
            SELECT 1 FROM reviews undo WHERE undo.supersedes = r.id AND undo.action = 'retract'
          )
          AND NOT EXISTS (
            SELECT 1 FROM reviews later
            WHERE later.unit_id = r.unit_id AND later.reviewer = r.reviewer
              AND later.action = 'tag'
              AND (later.created_at > r.created_at
                   OR (later.created_at = r.created_at AND later.id > r.id))
              AND NOT EXISTS (
                SELECT 1 FROM reviews undo2
                WHERE undo2.supersedes = later.id AND undo2.action = 'retract'
              )
          )
        """,
    )
