"""Reading dates as people write them: ``parse_date``, ``find_dates`` and ``DateMatch``.

Kept apart from ``_dates`` (the ``PartialDate`` and ``DateRange`` values the model needs) so
that ``import eventkit`` does not pay for building this grammar; it loads on first use.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ._dates import DateRange, PartialDate, _edtf
from ._errors import (
    AmbiguousDateError,
    ErrorDetail,
    IncompleteDateError,
    InvalidDateError,
    ParseError,
    ValidationError,
)

if TYPE_CHECKING:
    from ._model import Span

__all__ = ["DateMatch", "find_dates", "parse_date"]

# --------------------------------------------------------------------------------------------
# Parsing dates as people write them.
#
# The text is cut into tokens once (digit runs, letter runs, single other characters, each with
# its offsets); a small hand-written grammar then looks at most a dozen tokens ahead of each
# place where a date can start. There is no backtracking over the text, so `find_dates` is
# linear in the length of the text, and `parse_date` is the same grammar required to use up its
# whole input.

Order = Literal["DMY", "MDY", "YMD"]
DateKind = Literal["dateline", "text"]

_MONTHS = {
    name.lower(): number
    for number, names in enumerate(
        (
            (),
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sep", "Sept"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        )
    )
    for name in names
}
_FULL_MONTHS = {calendar.month_name[n].lower() for n in range(1, 13)}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}
_FULL_WEEKDAYS = {calendar.day_name[n].lower() for n in range(7)}
_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_DASHES = frozenset({"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"})
_RANGE_WORDS = frozenset({"to", "until", "till", "through", "thru"})
_APOSTROPHES = frozenset({"'", "\u2019"})
# Words after which a bare month ("in May") or a bare weekday ("on Friday") is a date; elsewhere
# "May" and "March" are too often other words for `find_dates` to take them alone.
_BEFORE_BARE_MONTH = frozenset({"in", "since", "until", "till", "by", "during", "before", "after"})
_BEFORE_BARE_WEEKDAY = frozenset({"on", "since", "until", "till", "by", "before", "after"})
_LEADING_WORDS = frozenset({"on", "in", "at", "dated", "date", "of"})
_APPROXIMATE_WORDS = frozenset({"about", "around", "approximately", "circa", "ca", "c"})
_DATELINE_LABELS = frozenset({"date", "dated", "published", "posted", "updated"})
_TRAILING_PUNCTUATION = frozenset({".", ",", ";", ":", "|"}) | _DASHES
_NUMERIC_SEPARATORS = frozenset({"/", ".", "-"})
_CURRENCY = frozenset({"$", "\u20ac", "\u00a3", "\u00a5", "#", "\u2116", "+"})

# Zone abbreviations read as fixed offsets (minutes east of UTC). An abbreviation whose offset
# changed lists each offset with the first day it applied: Kazakhstan moved from UTC+6 to UTC+5
# on 2024-03-01, Moscow time was UTC+4 from 2011-03-27 to 2014-10-26.
_ZONES: dict[str, tuple[tuple[_dt.date, int], ...]] = {
    name: ((_dt.date.min, minutes),)
    for name, minutes in {
        "UTC": 0,
        "GMT": 0,
        "Z": 0,
        "WET": 0,
        "WEST": 60,
        "CET": 60,
        "CEST": 120,
        "EET": 120,
        "EEST": 180,
        "EST": -300,
        "EDT": -240,
        "CDT": -300,
        "MST": -420,
        "MDT": -360,
        "PST": -480,
        "PDT": -420,
        "JST": 540,
        "KST": 540,
        "HKT": 480,
        "SGT": 480,
        "AEST": 600,
        "AEDT": 660,
    }.items()
}
_ZONES["MSK"] = ((_dt.date.min, 180), (_dt.date(2011, 3, 27), 240), (_dt.date(2014, 10, 26), 180))
_ZONES["ALMT"] = ((_dt.date.min, 360), (_dt.date(2024, 3, 1), 300))
# Abbreviations that name several zones: reading one is an error listing the candidates.
_AMBIGUOUS_ZONES: dict[str, tuple[int, ...]] = {
    "IST": (330, 60, 120),  # India, Ireland, Israel
    "CST": (-360, 480, -300),  # US Central, China, Cuba
    "BST": (60, 360),  # British Summer Time, Bangladesh
    "AST": (-240, 180),  # Atlantic, Arabia
    "GST": (240, -120),  # Gulf, South Georgia
}
_ZONE_LIKE = re.compile(r"[A-Z]{1,4}T")
_ISO_AT = re.compile(
    r"(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?))?)?"
    r"([?~%])?"
)
_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+|\S")
_EDTF_INTERVAL = re.compile(r"[0-9TZ:.+\-?~%]*/[0-9TZ:.+\-?~%]*")


def _quote(text: str) -> str:
    """The text for an error message, quoted, and cut short if it is long."""
    return repr(text if len(text) <= 80 else text[:77] + "...")


@attrs.frozen(slots=True)
class _Raw:
    """One date as written, before a reference date or an order resolves it."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    # ("day", -1) for "yesterday", ("year", 0) for "this year", ("weekday", 4) for "on Friday"
    # (the last Friday on or before the reference), ("weekday-before", 4) for "last Friday",
    # ("weekday-after", 4) for "next Friday".
    relative: tuple[str, int] | None = None
    numeric: tuple[str, str, str] | None = None
    iso: str | None = None
    time: _dt.time | None = None
    zone: str | None = None
    offset: int | None = None

    @property
    def written_year(self) -> bool:
        return self.year is not None or self.iso is not None or self.numeric is not None


@attrs.frozen(slots=True)
class _Found:
    start: int  # token indices, end exclusive
    end: int
    first: _Raw
    last: _Raw | None = None


class _Grammar:
    """The date grammar over the tokens of one text.

    ``strict`` is the mode of `find_dates`: month and weekday names must be capitalised, and a
    bare month, weekday or year is taken only where the words around it make it a date.
    """

    def __init__(self, text: str, *, strict: bool) -> None:
        self.text = text
        self.strict = strict
        starts: list[int] = []
        ends: list[int] = []
        words: list[str] = []
        for m in _TOKEN.finditer(text):
            starts.append(m.start())
            ends.append(m.end())
            words.append(m.group())
        self.starts = starts
        self.ends = ends
        self.words = words
        self.n = len(words)

    # ---- token helpers

    def low(self, i: int) -> str:
        return self.words[i].lower() if i < self.n else ""

    def joined(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` with nothing between them."""
        return 0 < i < self.n and self.ends[i - 1] == self.starts[i]

    def same_line(self, i: int) -> bool:
        """Whether token ``i`` is on the same line as token ``i - 1``."""
        return 0 < i < self.n and "\n" not in self.text[self.ends[i - 1] : self.starts[i]]

    def is_number(self, i: int, low: int = 1, high: int = 2) -> bool:
        word = self.words[i] if i < self.n else ""
        return word.isascii() and word.isdigit() and low <= len(word) <= high

    def cased(self, i: int) -> bool:
        word = self.words[i]
        return not self.strict or word[0].isupper()

    # ---- pieces

    def month(self, i: int) -> tuple[int, int] | None:
        low = self.low(i)
        if low not in _MONTHS or not self.cased(i):
            return None
        j = i + 1
        if low not in _FULL_MONTHS and self.low(j) == "." and self.joined(j):
            j += 1
        return _MONTHS[low], j

    def weekday(self, i: int, *, full: bool) -> tuple[int, int] | None:
        low = self.low(i)
        if low not in _WEEKDAYS or not self.cased(i) or (full and low not in _FULL_WEEKDAYS):
            return None
        j = i + 1
        if low not in _FULL_WEEKDAYS and self.low(j) == "." and self.joined(j):
            j += 1
        return _WEEKDAYS[low], j

    def day(self, i: int) -> tuple[int, int] | None:
        if not self.is_number(i) or self.numeric_glued(i):
            return None
        value = int(self.words[i])
        if not 1 <= value <= 31:
            return None
        j = i + 1
        if self.low(j) in _ORDINAL_SUFFIXES and self.joined(j):
            j += 1
        elif j < self.n and self.joined(j) and self.words[j][0].isalnum():
            return None  # "12km", "5G"
        return value, j

    def year(self, i: int) -> tuple[int, int] | None:
        if not self.is_number(i, 4, 4) or self.numeric_glued(i):
            return None
        value = int(self.words[i])
        j = i + 1
        if value == 0 or (j < self.n and self.joined(j) and self.words[j][0].isalnum()):
            return None
        glued_digits = self.is_number(j + 1, 3, 3) and self.joined(j + 1)
        if self.low(j) in (",", ".") and self.joined(j) and glued_digits:
            return None  # "2025,000" or "2025.500": a number, not a year
        return value, j

    def numeric_glued(self, i: int) -> bool:
        """Whether the number at ``i`` is glued to what comes before (``G77``, ``$2025``)."""
        if not self.joined(i):
            return False
        before = self.words[i - 1]
        return before[0].isalnum() or before in _CURRENCY or before in (".", ",")

    def connector(self, i: int) -> int | None:
        """The index after a range connector (a dash, "to", "until") at ``i`` on the same line."""
        if (
            i < self.n
            and self.same_line(i)
            and (self.words[i] in _DASHES or self.low(i) in _RANGE_WORDS)
        ):
            return i + 1 if self.same_line(i + 1) else None
        return None

    # ---- time of day

    def time_of_day(self, i: int) -> tuple[_dt.time, str | None, int | None, int] | None:
        """A time at ``i`` (``14:09``, ``10 a.m.``, ``10:00 CET``, ``10:00 UTC+6``)."""
        if not self.is_number(i) or not self.same_line(i):
            return None
        hour = int(self.words[i])
        minute = second = 0
        j = i + 1
        if self.words[j : j + 1] == [":"] and self.joined(j) and self.is_number(j + 1, 2, 2):
            if not self.joined(j + 1):
                return None
            minute = int(self.words[j + 1])
            j += 2
            if self.words[j : j + 1] == [":"] and self.joined(j) and self.is_number(j + 1, 2, 2):
                second = int(self.words[j + 1])
                j += 2
            meridiem, j = self.meridiem(j)
        else:
            meridiem, j = self.meridiem(j)
            if meridiem is None:
                return None
        if meridiem is not None:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if meridiem == "pm" else 0)
        if hour > 23 or minute > 59 or second > 59:
            return None
        zone, offset, j = self.zone(j)
        return _dt.time(hour, minute, second), zone, offset, j

    def meridiem(self, j: int) -> tuple[str | None, int]:
        low = self.low(j)
        if low in ("am", "pm") and self.same_line(j):
            return low, j + 1
        if (
            low in ("a", "p")
            and self.same_line(j)
            and self.words[j + 1 : j + 3] in ([".", "m"], [".", "M"])
            and self.joined(j + 1)
            and self.joined(j + 2)
        ):
            end = j + 3
            if self.words[end : end + 1] == ["."] and self.joined(end):
                end += 1
            return low + "m", end
        return None, j

    def zone(self, j: int) -> tuple[str | None, int | None, int]:
        """A zone abbreviation and/or a UTC offset after a time, on the same line."""
        if j >= self.n or not self.same_line(j):
            return None, None, j
        k = j + 1 if self.words[j] == "(" else j
        name: str | None = None
        word = self.words[k] if k < self.n else ""
        if (
            word.isalpha()
            and word.isupper()
            and (word in _ZONES or word in _AMBIGUOUS_ZONES or _ZONE_LIKE.fullmatch(word))
        ):
            name = word
            k += 1
        offset, k2 = self.offset(k, glued=name is not None)
        if name is None and offset is None:
            return None, None, j
        k = k2
        if self.words[j] == "(":
            if self.words[k : k + 1] != [")"]:
                return None, None, j
            k += 1
        return name, offset, k

    def offset(self, k: int, *, glued: bool) -> tuple[int | None, int]:
        """A UTC offset at ``k``: ``+6``, ``+05:30``, ``-0400``."""
        if k >= self.n or self.words[k] not in ("+", "-", "\u2212") or not self.same_line(k):
            return None, k
        if glued and not self.joined(k):
            return None, k
        if not self.is_number(k + 1, 1, 4) or not self.joined(k + 1):
            return None, k
        digits = self.words[k + 1]
        end = k + 2
        if len(digits) <= 2:
            hours, minutes = int(digits), 0
            if (
                self.words[end : end + 1] == [":"]
                and self.joined(end)
                and self.is_number(end + 1, 2, 2)
            ):
                minutes = int(self.words[end + 1])
                end += 2
        elif len(digits) == 4:
            hours, minutes = int(digits[:2]), int(digits[2:])
        else:
            return None, k
        if hours > 14 or minutes > 59:
            return None, k
        sign = 1 if self.words[k] == "+" else -1
        return sign * (hours * 60 + minutes), end

    def with_time(self, raw: _Raw, j: int) -> tuple[_Raw, int]:
        """``raw`` with the time of day that follows it at ``j``, if one does."""
        iso_day = raw.iso is not None and len(raw.iso) == 10
        if raw.day is None and raw.numeric is None and raw.relative is None and not iso_day:
            return raw, j
        if raw.relative is not None and raw.relative[0] not in ("day", "weekday"):
            return raw, j
        k = j
        if self.words[k : k + 1] == [","] and self.same_line(k):
            k += 1
        if self.low(k) == "at" and self.same_line(k):
            k += 1
        found = self.time_of_day(k)
        if found is None:
            return raw, j
        time, zone, offset, end = found
        return attrs.evolve(raw, time=time, zone=zone, offset=offset), end

    # ---- dates

    def iso(self, i: int) -> tuple[_Raw, int] | None:
        if not (
            self.is_number(i, 4, 4) and self.words[i + 1 : i + 2] == ["-"] and self.joined(i + 1)
        ):
            return None
        if self.numeric_glued(i):
            return None
        m = _ISO_AT.match(self.text, self.starts[i])
        if m is None:
            return None
        end = m.end()
        if end < len(self.text) and (self.text[end].isalnum() or self.text[end] in "-:"):
            return None
        j = i
        while j < self.n and self.starts[j] < end:
            j += 1
        if self.ends[j - 1] != end:
            return None
        return _Raw(iso=m.group()), j

    def numeric(self, i: int) -> tuple[_Raw, int] | None:
        """``01/02/2025``, ``1.2.2025``, ``2025/12/12``: three numbers, one separator."""
        if not self.is_number(i, 1, 4) or i + 4 >= self.n:
            return None
        sep = self.words[i + 1] if i + 1 < self.n else ""
        if sep not in _NUMERIC_SEPARATORS or self.words[i + 3 : i + 4] != [sep]:
            return None
        if not all(self.joined(k) for k in range(i + 1, i + 5)) or self.numeric_glued(i):
            return None
        parts = (self.words[i], self.words[i + 2], self.words[i + 4])
        if not all(p.isascii() and p.isdigit() for p in parts):
            return None
        lengths = tuple(len(p) for p in parts)
        if not (
            (lengths[0] <= 2 and lengths[1] <= 2 and lengths[2] in (2, 4))
            or (lengths[0] == 4 and lengths[1] <= 2 and lengths[2] <= 2)
        ):
            return None
        j = i + 5
        if (
            j < self.n
            and self.joined(j)
            and (
                self.words[j][0].isalnum()
                or (
                    self.words[j] in _NUMERIC_SEPARATORS
                    and self.is_number(j + 1, 1, 4)
                    and self.joined(j + 1)
                )
            )
        ):
            return None  # "1.2.2025.5", "10.1.2025a": not a date
        return _Raw(numeric=parts), j

    def core(self, i: int) -> tuple[_Raw, int] | None:
        """A date written with numbers and month names, without weekday or time."""
        found = self.iso(i) or self.numeric(i)
        if found is not None:
            return found
        day = self.day(i)
        if day is not None:  # 12 December 2025, 12th of December, 12 Dec.
            value, j = day
            if self.low(j) == "of":
                j += 1
            month = self.month(j)
            if month is None:
                return None
            number, j = month
            if self.words[j : j + 1] == [","] and self.year(j + 1):
                j += 1
            year = self.year(j)
            if year is not None:
                return _Raw(year=year[0], month=number, day=value), year[1]
            return _Raw(month=number, day=value), j
        month = self.month(i)
        if month is not None:  # December 12, 2025; December 2025
            number, j = month
            day = self.day(j)
            if day is not None and not (self.is_number(j, 1, 2) and self.low(day[1]) in _MONTHS):
                value, k = day
                if self.words[k : k + 1] == [","] and self.year(k + 1):
                    k += 1
                year = self.year(k)
                if year is not None:
                    return _Raw(year=year[0], month=number, day=value), year[1]
                return _Raw(month=number, day=value), k
            if self.words[j : j + 1] == [","] and self.year(j + 1):
                j += 1
            year = self.year(j)
            if year is not None:
                return _Raw(year=year[0], month=number), year[1]
            return None
        return None

    def bare_year(self, i: int) -> tuple[_Raw, int] | None:
        year = self.year(i)
        if year is None:
            return None
        if self.strict:
            if not 1000 <= year[0] <= 2999:
                return None
            j = year[1]
            if (
                j < self.n
                and self.same_line(j)
                and (self.words[j] == "%" or (self.is_number(j) and not self.joined(j)))
            ):
                return None  # "2025 %", "1500 300": numbers
            if i > 0 and self.is_number(i - 1, 1, 4) and self.same_line(i):
                return None  # "+32 229 2019": a phone number
        return _Raw(year=year[0]), year[1]

    def simple(self, i: int) -> tuple[_Raw, int] | None:
        """One date at token ``i``: any form but a range."""
        low = self.low(i)
        if low in _WEEKDAYS and self.cased(i):
            weekday = self.weekday(i, full=False)
            assert weekday is not None
            number, j = weekday
            if self.words[j : j + 1] == [","]:
                j += 1
            found = self.core(j)
            if found is not None and (found[0].day is not None or found[0].iso or found[0].numeric):
                raw, end = found
                return self.with_time(attrs.evolve(raw, weekday=number), end)
            if low in _FULL_WEEKDAYS and (
                not self.strict or (self.low(i - 1) in _BEFORE_BARE_WEEKDAY and i > 0)
            ):
                return self.with_time(_Raw(relative=("weekday", number)), i + 1)
            return None
        if low in _RELATIVE_DAYS:
            if low == "today" and self.low(i + 1) in _APOSTROPHES:
                return None  # "today's world" is not a date
            return self.with_time(_Raw(relative=("day", _RELATIVE_DAYS[low])), i + 1)
        if low in ("last", "next", "this") and self.same_line(i + 1):
            nxt = self.low(i + 1)
            step = {"last": -1, "next": 1, "this": 0}[low]
            if nxt in ("year", "month"):
                if self.strict and self.low(i - 1) == "the" and i > 0:
                    return None  # "over the last year": twelve months, not a calendar year
                return _Raw(relative=(nxt, step)), i + 2
            weekday = self.weekday(i + 1, full=True)
            if weekday is not None and step:
                direction = "weekday-before" if step < 0 else "weekday-after"
                return self.with_time(_Raw(relative=(direction, weekday[0])), weekday[1])
            return None
        found = self.core(i)
        if found is not None:
            return self.with_time(*found)
        bare_month_allowed = not self.strict or (i > 0 and self.low(i - 1) in _BEFORE_BARE_MONTH)
        if (
            low in (_FULL_MONTHS if self.strict else _MONTHS)
            and self.cased(i)
            and bare_month_allowed
        ):
            month = self.month(i)
            assert month is not None
            return _Raw(month=month[0]), month[1]
        return self.bare_year(i)

    def range_or_date(self, i: int) -> _Found | None:
        """A date or a range of dates starting at token ``i``."""
        # "12-13 December 2025", "23 to 26 May": a day, a connector, then a full day.
        day = self.day(i)
        if day is not None and self.low(day[1]) not in _MONTHS and self.low(day[1]) != "of":
            k = self.connector(day[1])
            if k is not None and self.is_number(k):
                found = self.core(k)
                if found is not None and found[0].day is not None and found[0].month is not None:
                    end_raw, end = found
                    return _Found(i, end, _Raw(day=day[0]), end_raw)
        first = self.simple(i)
        if first is None:
            return None
        raw, j = first
        if raw.relative is not None or raw.time is not None:
            return _Found(i, j, raw)
        if raw.iso is not None:
            if self.words[j : j + 1] == ["/"] and self.joined(j) and self.joined(j + 1):
                second = self.iso(j + 1) or self.bare_year(j + 1)
                if second is not None:
                    return _Found(i, second[1], raw, second[0])
            k = self.connector(j)
            second = None if k is None else self.iso(k)
            if second is not None:  # "2025-12-10 to 2025-12-12"
                return _Found(i, second[1], raw, second[0])
            return _Found(i, j, raw)
        k = self.connector(j)
        if k is None:
            return _Found(i, j, raw)
        # "December 12-13, 2025": the end is a bare day in the start's month.
        if raw.month is not None and raw.day is not None and raw.year is None:
            day = self.day(k)
            if day is not None and self.low(day[1]) not in _MONTHS:
                m = day[1]
                if self.words[m : m + 1] == [","] and self.year(m + 1):
                    m += 1
                year = self.year(m)
                if year is not None:
                    return _Found(
                        i,
                        year[1],
                        attrs.evolve(raw, year=year[0]),
                        _Raw(year=year[0], month=raw.month, day=day[0]),
                    )
                if raw.day < day[0]:  # "May 5-6": a range whose year is not written
                    return _Found(i, day[1], raw, _Raw(month=raw.month, day=day[0]))
        second = self.core(k) if raw.month is not None else self.bare_year(k) or self.core(k)
        if second is None:
            return _Found(i, j, raw)
        end_raw, end = second
        if raw.iso is not None or raw.numeric is not None or end_raw.iso or end_raw.numeric:
            return _Found(i, j, raw)
        if _granularity(raw) == _granularity(end_raw) or (
            raw.year is None
            and end_raw.year is not None
            and _granularity(raw) <= _granularity(end_raw)
        ):
            return _Found(i, end, raw, end_raw)
        return _Found(i, j, raw)


def _granularity(raw: _Raw) -> int:
    return 3 if raw.day is not None else 2 if raw.month is not None else 1


# ---- resolution: from what was written to a PartialDate


def _as_reference(reference: object) -> _dt.date | None:
    if reference is None:
        return None
    if isinstance(reference, _dt.datetime):
        return reference.date()
    if isinstance(reference, _dt.date):
        return reference
    if isinstance(reference, PartialDate):
        if reference.day is None or reference.month is None:
            raise ValidationError(
                [
                    ErrorDetail(
                        "reference",
                        "value",
                        f"A reference date needs a day, got {str(reference)!r}",
                        reference,
                    )
                ]
            )
        return _dt.date(reference.year, reference.month, reference.day)
    raise ValidationError(
        [
            ErrorDetail(
                "reference",
                "type",
                f"Expected `datetime.date` or `PartialDate`, got `{type(reference).__name__}`",
                reference,
            )
        ]
    )


def _check_order(order: object) -> None:
    if order is not None and order not in ("DMY", "MDY", "YMD"):
        raise ValidationError(
            [
                ErrorDetail(
                    "order", "value", f"Expected 'DMY', 'MDY', 'YMD' or None, got {order!r}", order
                )
            ]
        )


def _zone(raw: _Raw, day: _dt.date, source: str) -> _dt.tzinfo | None:
    minutes: int | None = None
    if raw.zone is not None:
        if raw.zone in _AMBIGUOUS_ZONES:
            assert raw.time is not None
            candidates = [
                _dt.datetime.combine(day, raw.time, _offset_zone(m + (raw.offset or 0))).isoformat()
                for m in _AMBIGUOUS_ZONES[raw.zone]
            ]
            raise AmbiguousDateError(
                f"The time zone `{raw.zone}` in {_quote(source)} names several zones "
                f"({', '.join(c[-6:] for c in candidates)}): write the UTC offset instead",
                text=source,
                candidates=candidates,
            )
        if raw.zone not in _ZONES:
            raise InvalidDateError(
                f"Unknown time zone `{raw.zone}` in {_quote(source)}: write the UTC offset instead",
                text=source,
            )
        for since, value in _ZONES[raw.zone]:
            if day >= since:
                minutes = value
    if raw.offset is not None:
        minutes = (minutes or 0) + raw.offset
    if minutes is None:
        return None
    return _offset_zone(minutes, raw.zone if raw.offset is None else None)


def _offset_zone(minutes: int, name: str | None = None) -> _dt.timezone:
    delta = _dt.timedelta(minutes=minutes)
    return _dt.timezone(delta, name) if name else _dt.timezone(delta)


def _nearest_year(month: int, day: int | None, reference: _dt.date, source: str) -> int:
    """The year that puts the month (and day) nearest to the reference date."""
    best: list[tuple[int, int]] = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if year < 1 or year > 9999:
            continue
        last = calendar.monthrange(year, month)[1]
        if day is not None and day > last:
            continue
        first = _dt.date(year, month, day or 1)
        final = _dt.date(year, month, day or last)
        distance = max((first - reference).days, (reference - final).days, 0)
        best.append((distance, year))
    if not best:
        raise InvalidDateError(f"{_quote(source)} names no real date near {reference}", text=source)
    best.sort()
    if len(best) > 1 and best[0][0] == best[1][0]:
        candidates = sorted(str(PartialDate(y, month, day)) for d, y in best if d == best[0][0])
        raise AmbiguousDateError(
            f"{_quote(source)} is as near to {reference} in either year ({' or '.join(candidates)}): "
            "write the year",
            text=source,
            candidates=candidates,
        )
    return best[0][1]


def _numeric_readings(
    parts: tuple[str, str, str], order: Order | None, source: str
) -> tuple[int, int, int]:
    a, b, c = parts
    if len(a) == 4:
        readings = {"YMD": (int(a), int(b), int(c))}
    else:
        if len(c) != 4:
            raise IncompleteDateError(
                f"The year in {_quote(source)} has two digits: write all four", text=source
            )
        readings = {"DMY": (int(c), int(b), int(a)), "MDY": (int(c), int(a), int(b))}
        if order is not None and order in readings:
            readings = {order: readings[order]}
    valid = {
        name: ymd
        for name, ymd in readings.items()
        if 1 <= ymd[1] <= 12
        and 1 <= ymd[2] <= calendar.monthrange(max(ymd[0], 1), ymd[1])[1]
        and ymd[0] >= 1
    }
    if not valid:
        raise InvalidDateError(f"{_quote(source)} names no real date", text=source)
    distinct = sorted(set(valid.values()))
    if len(distinct) > 1:
        candidates = [f"{y:04d}-{m:02d}-{d:02d}" for y, m, d in distinct]
        names = " or ".join(f"{_dt.date(*valid[k]).isoformat()} ({k})" for k in sorted(valid))
        raise AmbiguousDateError(
            f"{_quote(source)} could be {names}: pass order='DMY' or order='MDY'",
            text=source,
            candidates=candidates,
        )
    return distinct[0]


def _resolve(
    raw: _Raw, source: str, reference: _dt.date | None, order: Order | None
) -> PartialDate:
    if raw.iso is not None:
        _check_edtf_day(raw.iso, source)
        try:
            result = PartialDate.from_edtf(raw.iso)
        except ValidationError as exc:
            raise InvalidDateError(
                f"{_quote(source)} names no real date: {exc.details[0].message}", text=source
            ) from None
        if raw.time is not None and result.month is not None and result.day is not None:
            on = _dt.date(result.year, result.month, result.day)
            result = attrs.evolve(result, time=raw.time.replace(tzinfo=_zone(raw, on, source)))
        return result
    if raw.relative is not None:
        return _resolve_relative(raw, source, reference)
    year, month, day = raw.year, raw.month, raw.day
    inferred = False
    if raw.numeric is not None:
        year, month, day = _numeric_readings(raw.numeric, order, source)
    if year is None:
        assert month is not None
        if reference is None:
            raise IncompleteDateError(
                f"No year in {_quote(source)}: pass `reference` (such as the publication date) to infer it",
                text=source,
            )
        year = _nearest_year(month, day, reference, source)
        inferred = True
    if month is not None and day is not None:
        last = calendar.monthrange(year, month)[1]
        if day > last:
            raise InvalidDateError(
                f"{_quote(source)} names no real date: {calendar.month_name[month]} {year} has {last} days",
                text=source,
            )
    if raw.weekday is not None and month is not None and day is not None:
        actual = _dt.date(year, month, day).weekday()
        if actual != raw.weekday:
            raise InvalidDateError(
                f"{_quote(source)} contradicts itself: {_dt.date(year, month, day)} is a "
                f"{calendar.day_name[actual]}, not a {calendar.day_name[raw.weekday]}",
                text=source,
            )
    time = None
    if raw.time is not None:
        assert month is not None
        assert day is not None
        time = raw.time.replace(tzinfo=_zone(raw, _dt.date(year, month, day), source))
    return PartialDate(year, month, day, time=time, inferred=inferred)


def _check_edtf_day(text: str, source: str) -> None:
    """Raise the plain-words error for an ISO day that does not exist (``2025-02-30``)."""
    match = _edtf().match(text)
    if match is None or not match["day"]:
        return
    year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
    if year >= 1 and 1 <= month <= 12:
        last = calendar.monthrange(year, month)[1]
        if day > last:
            raise InvalidDateError(
                f"{_quote(source)} names no real date: {calendar.month_name[month]} {year} has {last} days",
                text=source,
            )


def _resolve_relative(raw: _Raw, source: str, reference: _dt.date | None) -> PartialDate:
    assert raw.relative is not None
    unit, value = raw.relative
    if reference is None:
        missing = "a weekday" if unit.startswith("weekday") else "a relative date"
        raise IncompleteDateError(
            f"{_quote(source)} is {missing}: pass `reference` (such as the publication date) to resolve it",
            text=source,
        )
    if unit == "year":
        return PartialDate(reference.year + value, inferred=True)
    if unit == "month":
        index = reference.year * 12 + reference.month - 1 + value
        return PartialDate(index // 12, index % 12 + 1, inferred=True)
    if unit == "day":
        day = reference + _dt.timedelta(days=value)
    elif unit == "weekday":
        day = reference - _dt.timedelta(days=(reference.weekday() - value) % 7)
    elif unit == "weekday-before":
        day = reference - _dt.timedelta(days=(reference.weekday() - value) % 7 or 7)
    else:
        day = reference + _dt.timedelta(days=(value - reference.weekday()) % 7 or 7)
    time = None if raw.time is None else raw.time.replace(tzinfo=_zone(raw, day, source))
    return PartialDate(day.year, day.month, day.day, time=time, inferred=True)


def _resolve_found(
    found: _Found, source: str, reference: _dt.date | None, order: Order | None
) -> PartialDate | DateRange:
    if found.last is None:
        return _resolve(found.first, source, reference, order)
    first, last = found.first, found.last
    copied_year = False
    if first.day is not None and first.month is None:
        first = attrs.evolve(first, month=last.month)
    if first.year is None and first.iso is None and last.year is not None:
        first = attrs.evolve(first, year=last.year)
        copied_year = True
    if first.year is None and last.year is None and last.iso is None:
        if reference is None:
            raise IncompleteDateError(
                f"No year in {_quote(source)}: pass `reference` (such as the publication date) to infer it",
                text=source,
            )
        assert first.month is not None
        year = _nearest_year(first.month, first.day, reference, source)
        start = _resolve(attrs.evolve(first, year=year), source, None, order)
        end = _resolve(attrs.evolve(last, year=year), source, None, order)
        if end.earliest() < start.earliest():
            end = _resolve(attrs.evolve(last, year=year + 1), source, None, order)
        return DateRange(attrs.evolve(start, inferred=True), attrs.evolve(end, inferred=True))
    end = _resolve(last, source, reference, order)
    start = _resolve(first, source, reference, order)
    if copied_year and start.earliest() > end.earliest() and start.year > 1:
        # "30 December - 2 January 2026": the start is in the year before.
        start = _resolve(attrs.evolve(first, year=start.year - 1), source, reference, order)
    if start.earliest() > end.earliest():
        raise InvalidDateError(f"{_quote(source)} ends before it starts", text=source)
    return DateRange(start, end)


# ---- the public functions


@attrs.frozen(slots=True, kw_only=True)
class DateMatch:
    """One date expression found in a text by :func:`find_dates`.

    Attributes:
        span: Where the expression is: ``text[span.start:span.end] == span.text``. It covers the
            words that name the date (``April 24``, ``2 March 2022, 14:09``), not a
            preposition before them (``on``) nor the place of a dateline.
        value: The date or range it names, or ``None`` when it cannot be fixed (see ``error``).
        kind: ``"dateline"`` when the date opens a line, alone, after a place name and a comma
            (``Brussels, 30 April 2019``) or after a label (``date 2025-12-12``): usually the
            publication date. ``"text"`` otherwise.
        error: Why ``value`` is ``None``: the message :func:`parse_date` raises for this text
            with the same ``reference`` and ``order`` (no year, an ambiguous order, no such
            day). ``None`` when ``value`` is set.
    """

    span: Span
    value: PartialDate | DateRange | None
    kind: DateKind = "text"
    error: str | None = None


def parse_date(
    text: str,
    *,
    reference: _dt.date | PartialDate | None = None,
    order: Order | None = None,
) -> PartialDate | DateRange:
    """Read one date, or one range of dates, written as ISO 8601, EDTF or English prose.

    The result has the precision the text gives and no more: ``December 2025`` is a month.
    What the text leaves out (the year of ``April 24``, the day of ``on Friday`` or
    ``yesterday``) is worked out only from ``reference`` and the result is then marked
    ``inferred``; without a reference it is an error. Today's date is never used.

    >>> parse_date("12 December 2025")
    PartialDate(year=2025, month=12, day=12, time=None, approximate=False, uncertain=False, inferred=False)
    >>> str(parse_date("December 2025")), str(parse_date("12-13 December 2025"))
    ('2025-12', '2025-12-12/2025-12-13')
    >>> import datetime
    >>> str(parse_date("on April 24", reference=datetime.date(2018, 4, 24)))
    '2018-04-24'
    >>> parse_date("01/02/2025")
    Traceback (most recent call last):
    ...
    eventkit.AmbiguousDateError: '01/02/2025' could be 2025-02-01 (DMY) or 2025-01-02 (MDY): pass order='DMY' or order='MDY'

    Args:
        text: The date as written: ``2025-12``, ``2025-12-12?``, ``2025-12-10/2025-12-12``,
            ``12 December 2025``, ``Dec. 12, 2025``, ``12-13 December 2025``, ``on Friday``,
            ``yesterday``, ``2 March 2022, 14:09``, ``10:00 CET`` after a day. A leading ``on``
            / ``in`` and trailing punctuation are allowed; ``about`` / ``around`` / ``circa``
            before the date mark it approximate, a ``?`` after it uncertain.
        reference: The date the text was written (typically the publication date), as a
            ``datetime.date`` or a day-precision ``PartialDate``. A missing year is taken as
            the one that puts the date nearest to it; ``on Friday`` is the last Friday on or
            before it, ``last Friday`` the one before it, ``next Friday`` the one after it.
        order: How to read all-number dates such as ``01/02/2025``: ``"DMY"`` or ``"MDY"``
            (``"YMD"`` is always assumed when the year comes first). Without it, such a date is
            an error unless only one reading is a real date.

    Returns:
        A :class:`PartialDate`, or a :class:`DateRange` (both ends inclusive) for a range.

    Raises:
        IncompleteDateError: The text does not say enough (no year, or a weekday or a relative
            date) and there is no reference.
        AmbiguousDateError: The text fits several dates (an all-number date without an order, a
            zone abbreviation such as ``IST`` that names several zones); ``candidates`` lists
            them.
        InvalidDateError: The text is not a date, names no real one (``31 February 2025``),
            contradicts itself (``Thursday, 12 December 2025``) or uses an unknown zone.
        ValidationError: ``reference`` or ``order`` is not of the kind described above.
    """
    if not isinstance(text, str):
        raise InvalidDateError(f"Expected `str`, got `{type(text).__name__}`")
    ref = _as_reference(reference)
    _check_order(order)
    stripped = text.strip()
    # The fast path: a canonical ISO day.
    if len(stripped) == 10 and stripped[4] == stripped[7] == "-" and stripped.isascii():
        try:
            day = _dt.date.fromisoformat(stripped)
        except ValueError:
            pass
        else:
            return PartialDate(day.year, day.month, day.day)
    quoted = _quote(text)
    if not stripped:
        raise InvalidDateError(f"Expected a date, got {quoted}", text=text)
    if _EDTF_INTERVAL.fullmatch(stripped):
        return _parse_edtf_interval(stripped, quoted)
    if _edtf().fullmatch(stripped):
        _check_edtf_day(stripped, text)
        try:
            return PartialDate.from_edtf(stripped)
        except ValidationError as exc:
            raise InvalidDateError(
                f"{quoted} names no real date: {exc.details[0].message}", text=text
            ) from None
    return _parse_prose(text, quoted, ref, order)


def _parse_edtf_interval(text: str, quoted: str) -> DateRange:
    try:
        result = DateRange.from_edtf(text)
    except ValidationError as exc:
        raise InvalidDateError(
            f"{quoted} is not a date range: {exc.details[0].message}", text=text
        ) from None
    if result.start and result.end and result.start.earliest() > result.end.earliest():
        raise InvalidDateError(f"{quoted} ends before it starts", text=text)
    return result


def _parse_prose(
    text: str, quoted: str, reference: _dt.date | None, order: Order | None
) -> PartialDate | DateRange:
    grammar = _Grammar(text, strict=False)
    i = 0
    approximate = False
    while i < grammar.n and grammar.low(i) in _LEADING_WORDS | _APPROXIMATE_WORDS:
        if grammar.low(i) in _APPROXIMATE_WORDS:
            if grammar.low(i) in ("c", "ca") and grammar.words[i + 1 : i + 2] != ["."]:
                break
            approximate = True
            if grammar.words[i + 1 : i + 2] == ["."]:
                i += 1
        elif grammar.words[i + 1 : i + 2] == [":"]:
            i += 1
        i += 1
    found = grammar.range_or_date(i) if i < grammar.n else None
    if found is None:
        raise InvalidDateError(f"{quoted} is not a date", text=text)
    end = found.end
    uncertain = False
    if grammar.words[end : end + 1] == ["?"]:
        uncertain = True
        end += 1
    while end < grammar.n and grammar.words[end] in _TRAILING_PUNCTUATION:
        end += 1
    if end < grammar.n:
        raise InvalidDateError(
            f"{quoted} is not a date: unexpected {grammar.words[end]!r} at offset "
            f"{grammar.starts[end]}",
            text=text,
        )
    value = _resolve_found(found, text, reference, order)
    if approximate or uncertain:
        value = _qualify(value, approximate=approximate, uncertain=uncertain)
    return value


def _qualify(
    value: PartialDate | DateRange, *, approximate: bool, uncertain: bool
) -> PartialDate | DateRange:
    if isinstance(value, DateRange):
        return DateRange(
            value.start and _qualify_one(value.start, approximate, uncertain),
            value.end and _qualify_one(value.end, approximate, uncertain),
        )
    return _qualify_one(value, approximate, uncertain)


def _qualify_one(value: PartialDate, approximate: bool, uncertain: bool) -> PartialDate:
    if value.time is not None:
        return value  # EDTF has no way to qualify a date with a time
    return attrs.evolve(value, approximate=approximate, uncertain=uncertain)


def find_dates(
    text: str,
    *,
    reference: _dt.date | PartialDate | None = None,
    order: Order | None = None,
) -> tuple[DateMatch, ...]:
    """Find every date expression in a text, with its span and the date it names.

    Finds what :func:`parse_date` reads, in running text and in datelines and page chrome
    (``ASTANA, December 12, 2025 -``, ``Brussels, 30 April 2019``, ``date 2025-12-12 Images |
    gov.kz``). Numbers that are not dates (``34th anniversary``, ``US$114 million``, ``G77``,
    ``21 countries``) are left alone. Month and weekday names count only when capitalised, and
    a bare month or weekday only after a word that makes it a date (``in May``, ``on Friday``).
    A date that cannot be fixed (no year and no reference) is still reported, with ``value``
    ``None`` and the reason in ``error``. Runs in time linear in the length of the text.

    >>> import datetime
    >>> text = "Brussels, 30 April 2019\\n\\nThe leaders meet on 9 May and on 23-26 May 2019."
    >>> [(m.span.text, str(m.value), m.kind) for m in find_dates(text)[:1]]
    [('30 April 2019', '2019-04-30', 'dateline')]
    >>> [m.error for m in find_dates(text)[1:2]]
    ["No year in '9 May': pass `reference` (such as the publication date) to infer it"]
    >>> [str(m.value) for m in find_dates(text, reference=datetime.date(2019, 4, 30))]
    ['2019-04-30', '2019-05-09', '2019-05-23/2019-05-26']

    Args:
        text: The text, exactly as given; offsets count code points into it.
        reference: As for :func:`parse_date`: the date the text was written.
        order: As for :func:`parse_date`: how to read all-number dates.

    Returns:
        The matches in text order, none overlapping.

    Raises:
        InvalidDateError: ``text`` is not a ``str``.
        ValidationError: ``reference`` or ``order`` is not of the kind :func:`parse_date` takes.
    """
    from ._model import Span  # the model imports this module

    if not isinstance(text, str):
        raise InvalidDateError(f"Expected `str`, got `{type(text).__name__}`")
    ref = _as_reference(reference)
    _check_order(order)
    grammar = _Grammar(text, strict=True)
    matches: list[DateMatch] = []
    words, n = grammar.words, grammar.n
    i = 0
    while i < n:
        word = words[i]
        if not (word[0].isdigit() or word[0].isupper() or word.lower() in _TRIGGERS):
            i += 1
            continue
        found = grammar.range_or_date(i)
        if found is None:
            i += 1
            continue
        start, end = grammar.starts[found.start], grammar.ends[found.end - 1]
        span_text = text[start:end]
        value: PartialDate | DateRange | None
        try:
            value = _resolve_found(found, span_text, ref, order)
            error = None
        except ParseError as exc:
            value, error = None, str(exc)
        matches.append(
            DateMatch(
                span=_span(Span, start, end, span_text),
                value=value,
                kind=_kind(grammar, found.start),
                error=error,
            )
        )
        i = found.end
    return tuple(matches)


def _span(cls: Any, start: int, end: int, text: str) -> Span:
    # The model's classes are built by a decorator mypy cannot see through, so it does not
    # know Span's fields; the call is checked at run time by Span itself.
    span: Span = cls(start=start, end=end, text=text)
    return span


_TRIGGERS = frozenset(_RELATIVE_DAYS) | {"last", "next", "this"}


def _kind(grammar: _Grammar, i: int) -> DateKind:
    """Whether the date at token ``i`` opens its line (a dateline) or stands in running text."""
    first = i
    while first > 0 and grammar.same_line(first) and i - first <= 6:
        first -= 1
    if first > 0 and grammar.same_line(first):
        return "text"  # more than six tokens before it on its line
    before = grammar.words[first:i]
    if not before:
        return "dateline"
    if len(before) <= 2 and before[0].lower() in _DATELINE_LABELS and before[1:] in ([], [":"]):
        return "dateline"
    if before[-1] == "," and all(
        w[0].isupper() or w in ("-", ".", "'", "\u2019") for w in before[:-1]
    ):
        return "dateline"  # "Brussels, 30 April 2019", "NEW YORK, 12 May 2025"
    return "text"
