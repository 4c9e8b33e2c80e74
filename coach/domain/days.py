"""Calendar days in the user's local time zone, computed so that days of 23 or 25 hours (daylight
saving changes) still start and end at local midnight."""

import math
from bisect import bisect_right
from datetime import UTC, date, datetime, time, timedelta, tzinfo


def aware_moment(value: object) -> datetime | None:
    """The time an ISO 8601 text holds, with its zone; None for anything else (not a text, not a
    time, or a time without a zone, which would not compare with Coach's own)."""
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return moment if moment is not None and moment.tzinfo is not None else None


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


UNIX_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_NO_OFFSET = timedelta(0)


class LocalDays:
    """Maps moments given as Unix seconds to local calendar days fast, for a zone over a span of
    time: the zone's UTC offset is looked up once per day and at each of its changes, after
    which a moment costs one bisection. For aggregating years of records without building a
    datetime per record."""

    def __init__(self, zone: tzinfo, first: float, last: float) -> None:
        self._zone = zone
        self._starts: list[float] = []  # from these moments on ...
        self._offsets: list[float] = []  # ... the zone is this many seconds ahead of UTC
        self._segment = (0.0, 0.0, 0.0)  # the last segment used: start, end, offset
        moment = first - 2 * 86400
        end = last + 2 * 86400
        self._add(moment)
        # Ten years are 3,650 look-ups: offsets are compared as timedeltas, and turned into
        # seconds only where they change.
        local = datetime.fromtimestamp
        current = local(moment, zone).utcoffset() or _NO_OFFSET
        while moment < end:
            following = moment + 86400
            if following > end:  # noqa: PLR1730  # min() would be a call a day: a fifth of it
                following = end
            if (local(following, zone).utcoffset() or _NO_OFFSET) != current:
                change = self._change_between(moment, following)
                self._add(change)
                current = local(change, zone).utcoffset() or _NO_OFFSET
            moment = following

    def _offset_at(self, moment: float) -> float:
        offset = datetime.fromtimestamp(moment, self._zone).utcoffset()
        return 0.0 if offset is None else offset.total_seconds()

    def _add(self, moment: float) -> None:
        self._starts.append(moment)
        self._offsets.append(self._offset_at(moment))

    def _change_between(self, low: float, high: float) -> float:
        """The first second in (low, high] with the offset of `high` (offsets change on whole
        seconds). The search runs on whole seconds: halving a span with a fraction in one end
        could stop moving (from 10 and 11.5 the middle is 10 again) and never end."""
        before_second = math.floor(low)  # still before the change, which is on a whole second
        after_second = math.ceil(high)  # already after it
        before = self._offset_at(before_second)
        while after_second - before_second > 1:
            middle = (before_second + after_second) // 2
            if self._offset_at(middle) == before:
                before_second = middle
            else:
                after_second = middle
        return float(after_second)

    def segment(self, moment: float) -> tuple[float, float, float]:
        """(start, end, offset): the stretch of time around `moment` with one UTC offset, for
        loops that keep it and check `start <= t < end` themselves."""
        index = max(bisect_right(self._starts, moment) - 1, 0)
        following = self._starts[index + 1] if index + 1 < len(self._starts) else float("inf")
        return self._starts[index], following, self._offsets[index]

    def offset(self, moment: float) -> float:
        # Records come in time order, so the last segment used is nearly always the right one.
        low, high, offset = self._segment
        if low <= moment < high:
            return offset
        self._segment = self.segment(moment)
        return self._segment[2]

    def day(self, moment: float) -> int:
        """The local day of `moment` as a proleptic Gregorian ordinal (date.fromordinal)."""
        return UNIX_EPOCH_ORDINAL + int((moment + self.offset(moment)) // 86400)

    def start_of_next_day(self, moment: float) -> float:
        """The Unix time of the local midnight after `moment`."""
        local_next = (self.day(moment) - UNIX_EPOCH_ORDINAL + 1) * 86400
        guess = local_next - self.offset(moment)
        # The offset may change during the day (daylight saving): use the one in force then.
        return local_next - self.offset(guess)
