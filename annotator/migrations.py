"""Schema migrations, applied in order when a store is opened.

Each migration runs in one transaction together with its record in
``_sqlite_migrations`` (``sqlite_utils.Migrations``). Never edit an applied
migration: add ``m00N_...`` below it, with a comment saying why.

``sqlite-utils migrate claims.db annotator/migrations.py --list`` shows them.
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


