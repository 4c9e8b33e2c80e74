"""The check-ins (the `checkins` table): a pain rating with optional stiffness, sleep, note and new
symptoms. Today's check-ins are read before the first window, so this module loads only the
check-in rules."""

from datetime import datetime

from coach.domain.checkins import CheckIn, check_ratings, check_symptoms
from coach.store.query_base import QueryBase, read_symptoms, stamp


class CheckinQueries(QueryBase):
    """Adding, reading, changing and deleting check-ins."""

    def add_checkin(
        self,
        pain: int,
        note: str = "",
        at: datetime | None = None,
        stiffness: int | None = None,
        sleep: int | None = None,
        symptoms: tuple[str, ...] = (),
    ) -> CheckIn:
        """Record a pain rating (with the optional stiffness and sleep ratings and any new
        symptoms) now, or at `at`, and return it as stored."""
        when = at if at is not None else self._clock.now()
        checkin = CheckIn(0, when, pain, note, stiffness, sleep, symptoms)  # checks every value
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO checkins (at, pain, note, stiffness, sleep, symptoms)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (stamp(when), pain, note, stiffness, sleep, ",".join(symptoms)),
            )
        row_id = cursor.lastrowid
        assert row_id is not None
        return checkin._replace(id=row_id)

    def checkins_between(self, start: datetime, end: datetime) -> list[CheckIn]:
        """Check-ins with start <= at < end, oldest first."""
        rows = self._db.execute(
            "SELECT id, at, pain, note, stiffness, sleep, symptoms FROM checkins"
            " WHERE at >= ? AND at < ? ORDER BY at, id",
            (stamp(start), stamp(end)),
        ).fetchall()
        return [
            CheckIn(
                int(i),
                datetime.fromisoformat(a),
                int(p),
                str(n),
                stiff,
                slept,
                read_symptoms(found),
            )
            for i, a, p, n, stiff, slept, found in rows
        ]

    def update_checkin(
        self,
        checkin_id: int,
        pain: int,
        note: str,
        stiffness: int | None = None,
        sleep: int | None = None,
        symptoms: tuple[str, ...] | None = None,
    ) -> None:
        """Change a check-in's ratings and note, and its symptoms unless None (its time stays)."""
        check_ratings(pain, stiffness, sleep)
        with self._transaction() as db:
            db.execute(
                "UPDATE checkins SET pain = ?, note = ?, stiffness = ?, sleep = ? WHERE id = ?",
                (pain, note.strip(), stiffness, sleep, checkin_id),
            )
            if symptoms is not None:
                check_symptoms(symptoms)
                db.execute(
                    "UPDATE checkins SET symptoms = ? WHERE id = ?",
                    (",".join(symptoms), checkin_id),
                )

    def delete_checkin(self, checkin_id: int) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM checkins WHERE id = ?", (checkin_id,))

    def count_checkins(self) -> int:
        count: int = self._db.execute("SELECT count(*) FROM checkins").fetchone()[0]
        return count
