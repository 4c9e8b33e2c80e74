"""Calendar days in the user's local time zone, computed so that days of 23 or 25 hours (daylight
saving changes) still start and end at local midnight."""

from datetime import UTC, date, datetime, time, timedelta, tzinfo


def local_day_bounds(moment: datetime, zone: tzinfo | None = None) -> tuple[datetime, datetime]:
    """The start and end (exclusive) of the local day containing `moment`, in UTC so that their
    difference is the real length of the day (Python ignores offsets between two times that share
    one zone)."""
    if moment.tzinfo is None:
        raise ValueError("moment must be timezone-aware")
    day = moment.astimezone(zone).date()
    return _local_midnight(day, zone), _local_midnight(day + timedelta(days=1), zone)


def _local_midnight(day: date, zone: tzinfo | None) -> datetime:
    naive = datetime.combine(day, time())
    local = naive.astimezone() if zone is None else naive.replace(tzinfo=zone)
    return local.astimezone(UTC)
