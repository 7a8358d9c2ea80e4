"""Dates that keep the precision their source gave: ``PartialDate`` and ``DateRange``."""

from __future__ import annotations

import datetime as _dt
import functools
import re
from typing import TYPE_CHECKING, Literal

import attrs

from ._errors import (
    ErrorDetail,
    ValidationError,
)

if TYPE_CHECKING:
    pass

__all__ = ["DateRange", "PartialDate"]


@functools.cache
def _edtf() -> re.Pattern[str]:
    """The EDTF pattern, compiled on first use (compiling it costs a share of the import)."""
    return re.compile(
        r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<time>[0-9:.+\-Z]+))?)?)?"
        r"(?P<qual>[?~%])?"
    )


Comparison = Literal["before", "after", "same", "contains", "within", "unknown"]


def _instant(date: PartialDate) -> _dt.datetime:
    """The date and its time of day as one ``datetime`` (aware if the time has a zone)."""
    assert date.time is not None
    assert date.day is not None
    assert date.month is not None
    return _dt.datetime.combine(_dt.date(date.year, date.month, date.day), date.time)


def _same_instant(a: PartialDate, b: PartialDate) -> bool:
    mine, theirs = _instant(a), _instant(b)
    if (mine.tzinfo is None) != (theirs.tzinfo is None):
        return False
    return mine == theirs


_TWO_DIGITS = tuple(f"{i:02d}" for i in range(100))

_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    """The number of days in a month of the proleptic Gregorian calendar."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS[month - 1]


def _check_int(name: str, value: object, low: int, high: int) -> ErrorDetail | None:
    if type(value) is not int:
        return ErrorDetail(
            f"$.{name}", "type", f"Expected `int`, got `{type(value).__name__}`", value
        )
    if not low <= value <= high:
        return ErrorDetail(f"$.{name}", "value", f"Expected {low} to {high}, got {value}", value)
    return None


@attrs.frozen(slots=True, kw_only=False)
class PartialDate:
    """A calendar date with the precision its source gave: a year, a month or a day.

    Written as an ISO 8601 / EDTF string: ``2025``, ``2025-12``, ``2025-12-12``, with ``?``
    (uncertain), ``~`` (approximate) or ``%`` (both) at the end, and an optional time of day
    (``2025-12-12T10:00:00+01:00``). A missing month or day is never filled in.

    >>> PartialDate(2025, 12)
    PartialDate(year=2025, month=12, day=None, time=None, approximate=False, uncertain=False, inferred=False)
    >>> str(PartialDate(2025, 12, approximate=True))
    '2025-12~'
    >>> PartialDate.from_edtf("2025-12-12?").uncertain
    True

    Attributes:
        year: 1 to 9999.
        month: 1 to 12, or ``None`` when the source gave only a year.
        day: A day that exists in that month, or ``None``.
        time: The time of day (with its zone where the source gave one); needs a day.
        approximate: The source said "about" (EDTF ``~``).
        uncertain: The source was unsure (EDTF ``?``).
        inferred: Part of the date (the year, or the whole of a weekday or a relative date)
            was worked out from a reference date rather than read from the text.
    """

    year: int
    month: int | None = None
    day: int | None = None
    time: _dt.time | None = attrs.field(default=None, kw_only=True)
    approximate: bool = attrs.field(default=False, kw_only=True)
    uncertain: bool = attrs.field(default=False, kw_only=True)
    inferred: bool = attrs.field(default=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        problems = [
            p
            for p in (
                _check_int("year", self.year, 1, 9999),
                None if self.month is None else _check_int("month", self.month, 1, 12),
            )
            if p
        ]
        if not problems and self.day is not None:
            if self.month is None:
                problems.append(ErrorDetail("$.day", "value", "A day needs a month", self.day))
            else:
                last = _days_in_month(self.year, self.month)
                problem = _check_int("day", self.day, 1, last)
                if problem:
                    problems.append(problem)
        if self.time is not None:
            if not isinstance(self.time, _dt.time):
                problems.append(
                    ErrorDetail("$.time", "type", "Expected `datetime.time`", self.time)
                )
            elif self.day is None:
                problems.append(ErrorDetail("$.time", "value", "A time needs a day", self.time))
        for flag in ("approximate", "uncertain", "inferred"):
            value = getattr(self, flag)
            if type(value) is not bool:
                problems.append(
                    ErrorDetail(
                        f"$.{flag}", "type", f"Expected `bool`, got `{type(value).__name__}`", value
                    )
                )
        if problems:
            raise ValidationError(problems)

    def earliest(self) -> _dt.date:
        """The first day this date covers: ``2025-12`` starts on 2025-12-01.

        >>> PartialDate(2025, 12).earliest()
        datetime.date(2025, 12, 1)
        """
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> _dt.date:
        """The last day this date covers: ``2025-02`` ends on 2025-02-28.

        >>> PartialDate(2025, 2).latest()
        datetime.date(2025, 2, 28)
        """
        if self.day is not None:
            return _dt.date(self.year, self.month or 1, self.day)
        month = self.month or 12
        return _dt.date(self.year, month, _days_in_month(self.year, month))

    def contains(self, other: PartialDate | DateRange | _dt.date) -> bool:
        """Whether every day of ``other`` lies within this date (``other in self`` does the same).

        A day is in its month and year, a month in its year, and a date in itself. A date with a
        time of day contains only the same instant (or, for a date without a time, its day).

        >>> PartialDate(2025, 12, 12) in PartialDate(2025, 12)
        True
        >>> PartialDate(2025, 12) in PartialDate(2025, 12, 12)
        False
        >>> _dt.date(2025, 12, 31) in PartialDate(2025)
        True

        Args:
            other: A ``PartialDate``, a ``DateRange`` or a ``datetime.date``.

        Returns:
            ``True`` if ``other`` lies wholly within this date.
        """
        if isinstance(other, DateRange):
            if other.start is None or other.end is None:
                return False
            return self.contains(other.start) and self.contains(other.end)
        if isinstance(other, _dt.datetime):
            other = other.date()
        if isinstance(other, _dt.date):
            return self.time is None and self.earliest() <= other <= self.latest()
        if not isinstance(other, PartialDate):
            return False
        if self.time is not None:
            return other.time is not None and _same_instant(self, other)
        return self.earliest() <= other.earliest() and other.latest() <= self.latest()

    def __contains__(self, other: object) -> bool:
        if isinstance(other, PartialDate | DateRange | _dt.date):
            return self.contains(other)
        return False

    def sort_key(self) -> tuple[int, int, int, int, float, int]:
        """A key that orders every ``PartialDate`` totally, for ``sorted(dates, key=...)``.

        Dates sort by the day they start on; a coarser date sorts before the finer ones it
        contains (``2025`` < ``2025-12`` < ``2025-12-01``), a date without a time before the same
        day with one, and times by the instant (naive times as if in UTC). Dates that differ
        only in their flags share a key, so sorting is stable for them.

        >>> dates = [PartialDate(2025, 12, 1), PartialDate(2025), PartialDate(2025, 12)]
        >>> [str(d) for d in sorted(dates, key=PartialDate.sort_key)]
        ['2025', '2025-12', '2025-12-01']
        """
        seconds = 0.0
        if self.time is not None:
            t = self.time
            seconds = t.hour * 3600 + t.minute * 60 + t.second + t.microsecond / 1e6
            offset = t.utcoffset()
            if offset is not None:
                seconds -= offset.total_seconds()
        return (
            self.year,
            self.month or 0,
            self.day or 0,
            0 if self.time is None else 1,
            seconds,
            self.latest().toordinal(),
        )

    def compare(self, other: PartialDate | _dt.date) -> Comparison:
        """How this date lies relative to ``other``, at the precision both were given.

        A month is never taken for a day: ``2025-12`` and ``2025-12-12`` are neither before
        nor after each other, the month ``"contains"`` the day.

        >>> PartialDate(2025, 12).compare(PartialDate(2025, 12, 12))
        'contains'
        >>> PartialDate(2025, 11).compare(PartialDate(2025, 12, 12))
        'before'

        Args:
            other: A ``PartialDate`` or a ``datetime.date`` (a day).

        Returns:
            ``"before"`` or ``"after"`` (every day of one comes before every day of the other),
            ``"same"`` (the same days, or the same instant), ``"contains"`` or ``"within"``
            (one covers the other), or ``"unknown"`` (two times of the same day, one with a
            zone and one without).
        """
        if isinstance(other, _dt.datetime):
            other = other.date()
        if isinstance(other, _dt.date):
            other = PartialDate(other.year, other.month, other.day)
        if not isinstance(other, PartialDate):
            raise ValidationError(
                [
                    ErrorDetail(
                        "$",
                        "type",
                        f"Expected `PartialDate` or `datetime.date`, got `{type(other).__name__}`",
                        other,
                    )
                ]
            )
        if self.time is not None and other.time is not None:
            mine, theirs = _instant(self), _instant(other)
            if (mine.tzinfo is None) == (theirs.tzinfo is None):
                if mine < theirs:
                    return "before"
                return "after" if mine > theirs else "same"
        if self.latest() < other.earliest():
            return "before"
        if other.latest() < self.earliest():
            return "after"
        if self.time is not None and other.time is not None:
            return "unknown"
        if self.time is not None:
            return "within"
        if other.time is not None:
            return "contains"
        mine_span = (self.earliest(), self.latest())
        theirs_span = (other.earliest(), other.latest())
        if mine_span == theirs_span:
            return "same"
        return "contains" if self.contains(other) else "within"

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.compare(other) == "before"

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.compare(other) == "after"

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.compare(other) in ("before", "same")

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.compare(other) in ("after", "same")

    @property
    def precision(self) -> str:
        """``"year"``, ``"month"``, ``"day"`` or ``"time"``: how much the source said."""
        if self.time is not None:
            return "time"
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def to_edtf(self) -> str:
        """The date as an EDTF string (``2025-12~``). ``inferred`` is not part of EDTF."""
        day = self.day
        if (  # the common case, quickly
            day is not None
            and self.time is None
            and self.year >= 1000
            and not self.approximate
            and not self.uncertain
        ):
            return f"{self.year}-{_TWO_DIGITS[self.month]}-{_TWO_DIGITS[day]}"  # type: ignore[index]
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.time is not None:
            text += "T" + self.time.isoformat()
        if self.approximate and self.uncertain:
            text += "%"
        elif self.approximate:
            text += "~"
        elif self.uncertain:
            text += "?"
        return text

    __str__ = to_edtf

    @classmethod
    def from_edtf(cls, text: str, *, inferred: bool = False) -> PartialDate:
        """Read the strict EDTF form written by :meth:`to_edtf`.

        For dates as people write them ("12 December 2025") use :func:`eventkit.parse_date`.

        Raises:
            ValidationError: The text is not such a string or names no real date.
        """
        if not isinstance(text, str):
            raise ValidationError(
                [ErrorDetail("$", "type", f"Expected `str`, got `{type(text).__name__}`", text)]
            )
        match = _edtf().fullmatch(text)
        if match is None:
            raise ValidationError(
                [
                    ErrorDetail(
                        "$",
                        "value",
                        f"Expected an EDTF date such as `2025-12-12`, got {text!r}",
                        text,
                    )
                ]
            )
        time: _dt.time | None = None
        if match["time"]:
            try:
                time = _dt.datetime.fromisoformat(f"2000-01-01T{match['time']}").timetz()
            except ValueError:
                raise ValidationError(
                    [ErrorDetail("$", "value", f"Invalid time of day in {text!r}", text)]
                ) from None
        qual = match["qual"]
        if qual and time is not None:
            raise ValidationError(
                [
                    ErrorDetail(
                        "$", "value", f"A date with a time cannot carry `{qual}`: {text!r}", text
                    )
                ]
            )
        return cls(
            int(match["year"]),
            int(match["month"]) if match["month"] else None,
            int(match["day"]) if match["day"] else None,
            time=time,
            approximate=qual in ("~", "%"),
            uncertain=qual in ("?", "%"),
            inferred=inferred,
        )


@attrs.frozen(slots=True)
class DateRange:
    """A span of dates, both ends inclusive; either end may be open (``None``).

    Written ``2025-12-10/2025-12-12``; an open end is written ``..``.

    >>> str(DateRange(PartialDate(2025, 12, 10), PartialDate(2025, 12, 12)))
    '2025-12-10/2025-12-12'
    >>> DateRange.from_edtf("../2019-05").start is None
    True
    """

    start: PartialDate | None
    end: PartialDate | None

    def __attrs_post_init__(self) -> None:
        problems = [
            ErrorDetail(f"$.{name}", "type", "Expected `PartialDate` or None", value)
            for name, value in (("start", self.start), ("end", self.end))
            if value is not None and not isinstance(value, PartialDate)
        ]
        if not problems and self.start is None and self.end is None:
            problems.append(ErrorDetail("$", "value", "A range needs at least one end", None))
        if problems:
            raise ValidationError(problems)

    def earliest(self) -> _dt.date | None:
        """The first day of the range, or ``None`` if its start is open.

        >>> DateRange(PartialDate(2025, 12), PartialDate(2026, 1)).earliest()
        datetime.date(2025, 12, 1)
        """
        return None if self.start is None else self.start.earliest()

    def latest(self) -> _dt.date | None:
        """The last day of the range (both ends are inclusive), or ``None`` if its end is open.

        >>> DateRange(PartialDate(2025, 12), PartialDate(2026, 1)).latest()
        datetime.date(2026, 1, 31)
        """
        return None if self.end is None else self.end.latest()

    def contains(self, other: PartialDate | DateRange | _dt.date) -> bool:
        """Whether every day of ``other`` lies within the range (``other in rng`` does the same).

        An open end reaches without limit in its direction.

        >>> rng = DateRange(PartialDate(2025, 12, 10), PartialDate(2025, 12, 12))
        >>> PartialDate(2025, 12, 11) in rng, PartialDate(2025, 12) in rng
        (True, False)

        Args:
            other: A ``PartialDate``, a ``DateRange`` or a ``datetime.date``.

        Returns:
            ``True`` if ``other`` lies wholly within the range.
        """
        if isinstance(other, _dt.datetime):
            other = other.date()
        first: _dt.date | None
        last: _dt.date | None
        if isinstance(other, DateRange | PartialDate):
            first, last = other.earliest(), other.latest()
        elif isinstance(other, _dt.date):
            first = last = other
        else:
            return False
        low, high = self.earliest(), self.latest()
        if low is not None and (first is None or first < low):
            return False
        return not (high is not None and (last is None or last > high))

    def __contains__(self, other: object) -> bool:
        if isinstance(other, PartialDate | DateRange | _dt.date):
            return self.contains(other)
        return False

    def sort_key(self) -> tuple[int, int, int]:
        """A key that orders ranges by their first day, then their last (open ends outermost).

        >>> DateRange(None, PartialDate(2025)).sort_key() < DateRange.from_edtf("2024/2025").sort_key()
        True
        """
        first, last = self.earliest(), self.latest()
        return (
            0 if first is None else 1,
            0 if first is None else first.toordinal(),
            _dt.date.max.toordinal() + 1 if last is None else last.toordinal(),
        )

    def to_edtf(self) -> str:
        """The range as an EDTF interval string."""
        start = self.start.to_edtf() if self.start else ".."
        end = self.end.to_edtf() if self.end else ".."
        return f"{start}/{end}"

    __str__ = to_edtf

    @classmethod
    def from_edtf(cls, text: str) -> DateRange:
        """Read an EDTF interval such as ``2025-12-10/2025-12-12`` or ``2025-12/..``."""
        if not isinstance(text, str) or text.count("/") != 1:
            raise ValidationError(
                [
                    ErrorDetail(
                        "$",
                        "value",
                        f"Expected an EDTF interval such as `2025-12-10/2025-12-12`, got {text!r}",
                        text,
                    )
                ]
            )
        left, right = text.split("/")
        return cls(
            None if left in ("..", "") else PartialDate.from_edtf(left),
            None if right in ("..", "") else PartialDate.from_edtf(right),
        )
