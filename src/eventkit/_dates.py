"""Dates that keep the precision their source gave: ``PartialDate`` and ``DateRange``."""

from __future__ import annotations

import calendar
import datetime as _dt
import re

import attrs

from ._errors import ErrorDetail, ValidationError

__all__ = ["DateRange", "PartialDate"]

_EDTF = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<time>[0-9:.+\-Z]+))?)?)?"
    r"(?P<qual>[?~%])?"
)


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
                last = calendar.monthrange(self.year, self.month)[1]
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
        match = _EDTF.fullmatch(text)
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
