"""SQL for consistency findings: duplicate links, conflict candidates and the
decisions reviewers make about them, and verdicts suggested from other
articles. Mixed into :class:`annotator.store.Store`.

``conflict_decisions`` is append-only (triggers refuse updates and deletes); a
trigger copies each new decision onto ``conflicts.status``/``decided_by``/
``decided_at``, so the current status of a candidate is its latest decision
whoever wrote it. ``suggestions`` are offers: nothing here records a verdict.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotator.errors import NoSuchConflict
from annotator.store import schema
from annotator.store.units import row_id
from annotator.verdicts import decode

# "withdrawn": a conflict a reviewer linked by hand, then undid.
CONFLICT_STATUSES = ("open", "confirmed", "dismissed", "withdrawn")
DECISIONS = CONFLICT_STATUSES[:3]  # what a reviewer's decision may set
_UNIT_COLUMNS = ("id", "seq", "start", "end", "text")


def _nest(row: dict) -> dict:
    """Flat ``a_id, a_text, ...`` columns as ``{"a": {"id", ...}, "b": {...}}``."""
    out = {k: v for k, v in row.items() if not k.startswith(("a_", "b_"))}
    for side in ("a", "b"):
        out[side] = {name: row[f"{side}_{name}"] for name in _UNIT_COLUMNS}
    return out


class ConflictQueries:
    """Queries and writes on ``conflicts``, ``conflict_decisions``,
    ``suggestions`` and ``units.duplicate_of``; methods use ``self.db``,
    ``self.write()``, ``self.query()`` and ``self.insert_row()`` of
    :class:`~annotator.store.Store`."""

    # What the analysis reads and writes (annotator.consistency.apply) -----------

    def consistency_units(self, article_id: int) -> list[dict]:
        """Every unit of an article with what the consistency checks read;
        ``parse`` is the parse stored at segmentation (NULL for units stored
        before migration m005)."""
        return self.query(
            """SELECT id, seq, start, "end", kind, text, hedged, lemmas, parse, duplicate_of,
                 previous_unit_id
               FROM units WHERE article_id = ? AND retired_by IS NULL ORDER BY start, seq""",
            [article_id],
        )

    def unit_ids(self, article_id: int) -> list[int]:
        """The ids of an article's units in order (seq), so that a plan made on
        the units before they were stored can name them."""
        return [
            row["id"]
            # The units as segmented (none made by a correction), in their order.
            for row in self.query(
                "SELECT id FROM units WHERE article_id = ? AND created_by IS NULL "
                "ORDER BY seq", [article_id])
        ]

    def set_duplicates(self, article_id: int, links: Iterable[tuple[int, int]]) -> int:
        """Point each unit of `links` (unit id, id of the first unit saying the
        same) at its original; every other unit of the article at nothing."""
        links = list(links)
        with self.write():
            self.db.execute(
                "UPDATE units SET duplicate_of = NULL "
                "WHERE article_id = ? AND duplicate_of IS NOT NULL",
                [article_id],
            )
            self.executemany(
                "UPDATE units SET duplicate_of = ? WHERE id = ? AND article_id = ?",
                [(original, unit, article_id) for unit, original in links],
            )
        return len(links)

    def replace_conflicts(self, article_id: int, candidates: Iterable[dict]) -> int:
        """Make `candidates` (``unit_a, unit_b, reason, detail, score``) the
        article's conflict candidates. A candidate found again keeps its id and
        decisions; one no longer found goes, unless a reviewer decided on it.
        A new candidate between two claims unchanged since the previous revision
        takes over the decision made there, like verdicts do."""
        candidates = list(candidates)
        with self.write():
            existing = {
                (row["unit_a"], row["unit_b"], row["reason"]): row["id"]
                for row in self.query(
                    # Conflicts reviewers linked by hand are theirs, not the analysis's.
                    "SELECT id, unit_a, unit_b, reason FROM conflicts "
                    "WHERE article_id = ? AND reason != 'reviewer'",
                    [article_id],
                )
            }
            found, added = set(), []
            for candidate in candidates:
                key = (candidate["unit_a"], candidate["unit_b"], candidate["reason"])
                values = {"detail": candidate["detail"], "score": candidate["score"]}
                if key in existing:
                    self.db["conflicts"].update(existing[key], values)
                    found.add(existing[key])
                else:
                    row = {"article_id": article_id, "unit_a": key[0], "unit_b": key[1],
                           "reason": key[2], "status": "open", **values}
                    added.append(self.insert_row("conflicts", row))
            gone = [cid for cid in existing.values() if cid not in found]
            for cid in gone:
                self.db.execute(
                    "DELETE FROM conflicts WHERE id = ? AND NOT EXISTS "
                    "(SELECT 1 FROM conflict_decisions d WHERE d.conflict_id = conflicts.id)",
                    [cid],
                )
            self._carry_decisions(added)
        return len(candidates)

    def _carry_decisions(self, conflict_ids: list[int]) -> None:
        if not conflict_ids:
            return
        marks = ", ".join("?" for _ in conflict_ids)
        previous = self.query(
            f"""
            SELECT c.id AS conflict_id, d.status, d.decided_by, d.decided_at
            FROM conflicts c
              JOIN units a ON a.id = c.unit_a JOIN units b ON b.id = c.unit_b
              JOIN conflicts old ON old.reason = c.reason
                AND old.unit_a = a.previous_unit_id AND old.unit_b = b.previous_unit_id
              JOIN conflict_decisions d ON d.id = (
                SELECT id FROM conflict_decisions WHERE conflict_id = old.id
                ORDER BY decided_at DESC, id DESC LIMIT 1)
            WHERE c.id IN ({marks})
            """,
            conflict_ids,
        )
        if previous:
            self.db["conflict_decisions"].insert_all(previous)

    def reviewed_claims(self, exclude_slug: str | None = None) -> list[dict]:
        """Claims of other articles (latest revisions) that someone has a current
        verdict on, one row per claim: an editor's verdict if there is one, else
        the latest reviewer's. Columns: the unit's ``unit_id, article_id, slug,
        text, lemmas`` and the review's ``review_id, verdict, reasons,
        rationale, evidence, reviewer, role``."""
        return self.query(
            """
            SELECT unit_id, article_id, slug, text, lemmas, review_id, verdict, reasons,
              rationale, evidence, reviewer, role FROM (
              SELECT u.id AS unit_id, a.id AS article_id, a.slug, u.text, u.lemmas,
                cr.id AS review_id, cr.verdict, cr.reasons, cr.rationale, cr.evidence,
                cr.reviewer, cr.role,
                row_number() OVER (PARTITION BY u.id
                  ORDER BY cr.role = 'editor' DESC, cr.created_at DESC, cr.id DESC) AS pick
              FROM current_reviews cr
                JOIN units u ON u.id = cr.unit_id
                JOIN articles a ON a.id = u.article_id
              WHERE u.kind = 'claim' AND a.slug IS NOT :slug AND cr.verdict IS NOT NULL
                AND a.revision = (SELECT max(revision) FROM articles b WHERE b.slug = a.slug)
            ) AS ranked WHERE pick = 1 ORDER BY article_id, unit_id
            """,
            {"slug": exclude_slug},
        )

    def add_suggestions(self, rows: Iterable[dict]) -> int:
        """Store suggestions (``unit_id, source_unit_id, source_review_id,
        source_article_id, verdict, reasons, rationale, evidence, reviewer,
        score, created_at``); one per unit and source verdict."""
        rows = list(rows)
        with self.write():
            self.db["suggestions"].insert_all(rows, ignore=True)
        return len(rows)

    # Conflict candidates: listing and deciding ---------------------------------

    def conflict_candidates(self, article_id: int, status: str | None = None) -> list[dict]:
        """The article's candidates, strongest first: ``id, reason, detail,
        score, status, decided_by, decided_at`` and ``a``/``b`` as ``{id, seq,
        start, end, text}`` (``a`` comes first in the article). `status`
        (``open``, ``confirmed``, ``dismissed``) keeps only those."""
        rows = self.query(
            """
            SELECT c.id, c.reason, c.detail, c.score, c.status, c.decided_by, c.decided_at,
              a.id AS a_id, a.seq AS a_seq, a.start AS a_start, a."end" AS a_end, a.text AS a_text,
              b.id AS b_id, b.seq AS b_seq, b.start AS b_start, b."end" AS b_end, b.text AS b_text
            FROM conflicts c JOIN units a ON a.id = c.unit_a JOIN units b ON b.id = c.unit_b
            WHERE c.article_id = :article AND (:status IS NULL OR c.status = :status)
            ORDER BY c.score DESC, a.seq, b.seq, c.id
            """,
            {"article": article_id, "status": status},
        )
        return [_nest(row) for row in rows]

    def decide_conflict(
        self, article_id: int, conflict_id: int | str, status: str, decided_by: str
    ) -> dict:
        """Append a reviewer's decision (``confirmed``, ``dismissed``, or ``open``
        to reopen) on a candidate of the article; returns the decision row.
        A candidate that is not the article's raises NoSuchConflict, writing nothing."""
        if status not in DECISIONS:
            raise ValueError(f"status must be one of {DECISIONS}, not {status!r}")

        ref = str(conflict_id).strip()
        number = row_id(ref)
        with self.write():
            found = self.query(
                "SELECT c.id FROM conflicts c WHERE c.id = ? AND c.article_id = ?",
                [number, article_id],
            ) if number is not None else []
            if not found:
                raise NoSuchConflict(ref, self.article(article_id)["slug"])
            row = {"conflict_id": found[0]["id"], "status": status,
                   "decided_by": decided_by, "decided_at": schema.utcnow()}
            row["id"] = self.db["conflict_decisions"].insert(row).last_pk
        return row

    def conflict_decisions(self, conflict_id: int) -> list[dict]:
        """Every decision on a candidate, oldest first (the last one stands)."""
        return self.query(
            "SELECT * FROM conflict_decisions WHERE conflict_id = ? ORDER BY decided_at, id",
            [conflict_id],
        )

    # What the review session shows beside a claim --------------------------------

    def open_conflicts_for_unit(self, unit_id: int) -> list[dict]:
        """Open candidates and confirmed conflicts involving the unit, or the
        unit it repeats (the rules pair first occurrences only), strongest
        first: ``id, reason, detail, score, status, other_id, other_seq, other_text``."""
        return self.query(
            """
            WITH me AS (SELECT id FROM units WHERE id = :unit
                        UNION SELECT duplicate_of FROM units
                        WHERE id = :unit AND duplicate_of IS NOT NULL),
            mine AS (SELECT c.*, me.id AS me FROM conflicts c JOIN me
                       ON me.id IN (c.unit_a, c.unit_b)
                     WHERE c.status IN ('open', 'confirmed'))
            SELECT c.id, c.reason, c.detail, c.score, c.status, o.id AS other_id,
              o.seq AS other_seq, o.text AS other_text
            FROM mine c
              JOIN units o ON o.id = CASE WHEN c.unit_a = c.me THEN c.unit_b ELSE c.unit_a END
            WHERE o.id != :unit
            ORDER BY c.score DESC, c.id
            """,
            {"unit": unit_id},
        )

    def duplicate_group(self, unit_id: int) -> list[dict]:
        """The other units that say what this one says (same article), in order:
        ``id, seq, text``."""
        return self.query(
            """
            WITH me AS (SELECT coalesce(duplicate_of, id) AS root FROM units WHERE id = :unit)
            SELECT u.id, u.seq, u.text FROM units u, me
            WHERE (u.id = me.root OR u.duplicate_of = me.root) AND u.id != :unit
            ORDER BY u.seq
            """,
            {"unit": unit_id},
        )

    def suggestions_for(self, unit_id: int) -> list[dict]:
        """Verdicts offered for a unit, best first; none is the unit's verdict
        until a reviewer accepts it (records it as their own). Each: ``origin``
        (``duplicate``: a current verdict on a unit of this article saying the
        same; ``corpus``: a verdict on a claim of another article, copied when
        this article was ingested), ``source_unit_id, source_article,
        source_text, verdict, reasons, rationale, evidence, reviewer, score,
        created_at``."""
        duplicates = self.query(
            """
            WITH me AS (SELECT coalesce(duplicate_of, id) AS root FROM units WHERE id = :unit)
            SELECT 'duplicate' AS origin, u.id AS source_unit_id, a.slug AS source_article,
              u.text AS source_text, cr.verdict, cr.reasons, cr.rationale, cr.evidence,
              cr.reviewer, 1.0 AS score, cr.created_at
            FROM me CROSS JOIN units u
              JOIN articles a ON a.id = u.article_id
              JOIN current_reviews cr ON cr.unit_id = u.id
            WHERE (u.id = me.root OR u.duplicate_of = me.root) AND u.id != :unit
              AND cr.verdict IS NOT NULL
            ORDER BY cr.created_at DESC, cr.id
            """,
            {"unit": unit_id},
        )
        corpus = self.query(
            """
            SELECT 'corpus' AS origin, s.source_unit_id, a.slug AS source_article,
              u.text AS source_text, s.verdict, s.reasons, s.rationale, s.evidence,
              s.reviewer, s.score, s.created_at
            FROM suggestions s
              JOIN units u ON u.id = s.source_unit_id
              JOIN articles a ON a.id = s.source_article_id
            WHERE s.unit_id = ?
            ORDER BY s.score DESC, s.created_at DESC, s.id
            """,
            [unit_id],
        )
        return [decode(row) for row in duplicates + corpus]
