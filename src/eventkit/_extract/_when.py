"""Dates as press releases write them, found by offset and resolved without inventing.

A date with day, month and year is read as it stands. A day and month without a year, a
weekday, "today" or "yesterday" is resolved only against a reference date (the publication
date) and then marked ``inferred``; without a reference it is not resolved at all.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from .._dates import PartialDate
from .._errors import ValidationError

__all__ = ["DateMention", "find_dates", "resolve"]

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_ORD = r"(?:st|nd|rd|th)?"
_DATE = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    rf"|(?P<d1>\d{{1,2}}){_ORD}(?:\s?[-\u2013]\s?(?P<d2>\d{{1,2}}){_ORD})?[ \t]+(?:of[ \t]+)?"
    rf"(?P<m1>{_MONTH})\.?(?:,?[ \t]+(?P<y1>\d{{4}}))?"
    rf"|(?P<m2>{_MONTH})\.?[ \t]+(?P<d3>\d{{1,2}}){_ORD}(?:\s?[-\u2013]\s?(?P<d4>\d{{1,2}}){_ORD})?"
    r"(?:,?[ \t]+(?P<y2>\d{4}))?"
    rf"|(?P<m3>{_MONTH})[ \t]+(?P<y3>\d{{4}})"
    r"|(?P<rel>(?i:today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday))"
    r")(?![\w])"
)


@dataclass(frozen=True)
class DateMention:
    """A date written in the text: what it says, and where."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    last_day: int | None = None
    relative: str | None = None


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is None or not 1 <= month <= 12:
        return False
    if day is None:
        return year is not None and 1 <= year <= 9999
    try:
        _dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return year is None or 1 <= year <= 9999


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date written in ``text[start:end]``, in order."""
    out: list[DateMention] = []
    for m in _DATE.finditer(text, start, len(text) if end is None else end):
        g = m.groupdict()
        if g["rel"]:
            out.append(DateMention(m.start(), m.end(), relative=g["rel"].lower()))
            continue
        year: int | None
        day: int | None
        last: int | None
        if g["iy"]:
            year, month, day, last = int(g["iy"]), int(g["im"]), int(g["id"]), None
        elif g["m1"]:
            year = int(g["y1"]) if g["y1"] else None
            month, day = _MONTHS[g["m1"].lower()], int(g["d1"])
            last = int(g["d2"]) if g["d2"] else None
        elif g["m2"]:
            year = int(g["y2"]) if g["y2"] else None
            month, day = _MONTHS[g["m2"].lower()], int(g["d3"])
            last = int(g["d4"]) if g["d4"] else None
        else:
            year, month, day, last = int(g["y3"]), _MONTHS[g["m3"].lower()], None, None
        if not _valid(year, month, day) or (last is not None and not _valid(year, month, last)):
            continue
        if (
            out
            and out[-1].relative in _WEEKDAYS
            and day is not None
            and text[out[-1].end : m.start()] in (", ", " ", ",\u00a0", "\u00a0")
        ):
            # "Thursday, 4 September 2025": the weekday names the date that follows it.
            out[-1] = DateMention(out[-1].start, m.end(), year, month, day, last)
            continue
        out.append(DateMention(m.start(), m.end(), year, month, day, last))
    return out


def _to_date(ref: PartialDate) -> _dt.date | None:
    if ref.month is None or ref.day is None:
        return None
    return _dt.date(ref.year, ref.month, ref.day)


def resolve(
    mention: DateMention, reference: PartialDate | None
) -> tuple[PartialDate | None, PartialDate | None]:
    """The start and end dates a mention names, or ``(None, None)`` when it cannot be fixed."""
    try:
        return _resolve(mention, reference)
    except (ValidationError, ValueError, OverflowError):
        return None, None


def _resolve(
    mention: DateMention, reference: PartialDate | None
) -> tuple[PartialDate | None, PartialDate | None]:
    ref = _to_date(reference) if reference is not None else None
    if mention.relative is not None:
        if ref is None:
            return None, None
        if mention.relative == "today":
            day = ref
        elif mention.relative == "yesterday":
            day = ref - _dt.timedelta(days=1)
        elif mention.relative == "tomorrow":
            day = ref + _dt.timedelta(days=1)
        else:
            # A weekday in a news report names the most recent such day, on or before the date.
            back = (ref.weekday() - _WEEKDAYS.index(mention.relative)) % 7
            day = ref - _dt.timedelta(days=back)
        return PartialDate(day.year, day.month, day.day, inferred=True), None
    assert mention.month is not None
    if mention.year is not None:
        start = PartialDate(mention.year, mention.month, mention.day)
        end = None
        if mention.last_day is not None and mention.last_day > (mention.day or 0):
            end = PartialDate(mention.year, mention.month, mention.last_day)
        return start, end
    if reference is None:
        return None, None
    # No year: the year that puts the date nearest the reference date.
    best = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if not _valid(year, mention.month, mention.day):
            continue
        anchor = _dt.date(year, mention.month, mention.day or 15)
        gap = abs((anchor - (ref or _dt.date(reference.year, reference.month or 7, 1))).days)
        if best is None or gap < best[0]:
            best = (gap, year)
    if best is None:
        return None, None
    year = best[1]
    start = PartialDate(year, mention.month, mention.day, inferred=True)
    end = None
    if mention.last_day is not None and mention.last_day > (mention.day or 0):
        end = PartialDate(year, mention.month, mention.last_day, inferred=True)
    return start, end
