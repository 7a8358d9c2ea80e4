"""Properties of ``parse_date``, ``find_dates`` and ``PartialDate`` over generated input."""

from __future__ import annotations

import calendar
import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventkit import (
    DateRange,
    EventkitError,
    IncompleteDateError,
    PartialDate,
    find_dates,
    parse_date,
)

REFERENCE = dt.date(2025, 12, 12)


@st.composite
def partial_dates(draw: st.DrawFn, *, with_time: bool = True) -> PartialDate:
    year = draw(st.integers(1000, 2999))
    precision = draw(
        st.sampled_from(["year", "month", "day", "time"] if with_time else ["year", "month", "day"])
    )
    if precision == "year":
        return PartialDate(year, approximate=draw(st.booleans()), uncertain=draw(st.booleans()))
    month = draw(st.integers(1, 12))
    if precision == "month":
        return PartialDate(
            year, month, approximate=draw(st.booleans()), uncertain=draw(st.booleans())
        )
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    if precision == "day":
        return PartialDate(
            year, month, day, approximate=draw(st.booleans()), uncertain=draw(st.booleans())
        )
    offset = draw(st.none() | st.integers(-14 * 60, 14 * 60))
    zone = None if offset is None else dt.timezone(dt.timedelta(minutes=offset))
    time = draw(st.times()).replace(tzinfo=zone)
    return PartialDate(year, month, day, time=time)


@settings(deadline=None)  # no timing in tests: the machine may be busy
@given(partial_dates(), st.booleans())
def test_edtf_round_trips(date: PartialDate, inferred: bool) -> None:
    """Formatting then reading a ``PartialDate`` gives it back."""
    assert PartialDate.from_edtf(date.to_edtf(), inferred=inferred) == attrs.evolve(
        date, inferred=inferred
    )
    assert PartialDate.from_edtf(date.to_edtf()) == date
    assert parse_date(date.to_edtf()) == date


def _prose(date: PartialDate, style: int) -> str:
    """``date`` written the way a press release might write it."""
    assert date.month is not None
    month = calendar.month_name[date.month]
    abbr = calendar.month_abbr[date.month] + ("" if date.month == 5 else ".")  # "Dec.", "May"
    if date.day is None:
        return [f"{month} {date.year}", f"{abbr} {date.year}", f"in {month} {date.year}"][style % 3]
    weekday = calendar.day_name[dt.date(date.year, date.month, date.day).weekday()]
    return [
        f"{date.day} {month} {date.year}",
        f"{month} {date.day}, {date.year}",
        f"{abbr} {date.day}, {date.year}",
        f"on {date.day}th of {month} {date.year}",
        f"{weekday}, {date.day} {month} {date.year}",
        f"{date.year}-{date.month:02d}-{date.day:02d}",
        f"{date.year}/{date.month:02d}/{date.day:02d}",
    ][style % 7]


@settings(deadline=None)  # no timing in tests: the machine may be busy
@given(partial_dates(with_time=False), st.integers(0, 20))
def test_parse_date_never_returns_more_precision_than_the_text_holds(
    date: PartialDate, style: int
) -> None:
    plain = PartialDate(date.year, date.month, date.day)
    text = str(date.year) if date.month is None else _prose(plain, style)
    result = parse_date(text, reference=REFERENCE)
    assert result == plain
    assert isinstance(result, PartialDate)
    assert result.precision == plain.precision


@settings(deadline=None)  # no timing in tests: the machine may be busy
@given(partial_dates(with_time=False), st.integers(0, 20))
def test_without_its_year_a_date_is_incomplete_or_inferred(date: PartialDate, style: int) -> None:
    """Removing the year never lets a year appear unless a reference is given."""
    if date.month is None:
        return
    month = calendar.month_name[date.month]
    text = (
        f"{month}"
        if date.day is None
        else [f"{date.day} {month}", f"{month} {date.day}"][style % 2]
    )
    with pytest.raises(IncompleteDateError):
        parse_date(text)
    result = parse_date(text, reference=REFERENCE)
    assert isinstance(result, PartialDate)
    assert result.inferred
    assert (result.month, result.day) == (date.month, date.day)
    # The nearest year to the reference; 29 February may have to reach back to a leap year.
    assert abs((result.earliest() - REFERENCE).days) <= (731 if date.day == 29 else 366)


_WORDS = [
    "12",
    "2025",
    "2019",
    "31",
    "1",
    "01",
    "02",
    "25",
    "14",
    "09",
    "5",
    "December",
    "Dec",
    "May",
    "april",
    "Friday",
    "Fri",
    "on",
    "in",
    "last",
    "next",
    "this",
    "year",
    "month",
    "today",
    "yesterday",
    "of",
    "th",
    "st",
    "at",
    "CET",
    "IST",
    "ALMT",
    "XKT",
    "UTC",
    "a.m.",
    "pm",
    "about",
    "c.",
    "to",
    "until",
    "Brussels",
    "date",
]
_SEPARATORS = [" ", "", "-", "\u2013", "/", ".", ",", ":", "+", "?", "~", "%", "\n", ", ", " - "]
date_like = st.lists(
    st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=10
).map(lambda parts: "".join(w + s for w, s in parts))
any_text = st.text(max_size=60) | date_like


@settings(max_examples=400, deadline=None)
@given(any_text, st.sampled_from([None, REFERENCE]), st.sampled_from([None, "DMY", "MDY"]))
def test_parse_date_raises_nothing_but_eventkit_errors(
    text: str, reference: dt.date | None, order: str | None
) -> None:
    try:
        result = parse_date(text, reference=reference, order=order)  # type: ignore[arg-type]
    except EventkitError:
        return
    assert isinstance(result, PartialDate | DateRange)
    if reference is None:
        ends = [result.start, result.end] if isinstance(result, DateRange) else [result]
        for end in ends:
            # Without a reference nothing is inferred, and every year was written in the text.
            assert end is None or (not end.inferred and str(end.year) in text)


@settings(max_examples=400, deadline=None)
@given(any_text, any_text, st.sampled_from([None, REFERENCE]))
def test_find_dates_spans_always_equal_the_text_they_point_at(
    before: str, after: str, reference: dt.date | None
) -> None:
    text = before + " on 12 December 2025 " + after
    matches = find_dates(text, reference=reference)
    assert matches
    previous_end = 0
    for match in matches:
        assert text[match.span.start : match.span.end] == match.span.text
        assert match.span.start >= previous_end  # in order, never overlapping
        previous_end = match.span.end
        assert (match.value is None) != (match.error is None)
        if match.value is not None:
            assert parse_date(match.span.text, reference=reference) == match.value


@settings(max_examples=300, deadline=None)
@given(
    st.dates().map(dt.date.isoformat)
    | st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
    | st.text("0123456789-٢x ", min_size=10, max_size=10)
)
def test_the_codec_reads_plain_days_as_from_edtf_does(text: str) -> None:
    """The decoder's quick path for ``YYYY-MM-DD`` gives what ``from_edtf`` gives, or fails."""
    from eventkit._fast import _DATE_CACHE, Slow, _read_partial_date

    _DATE_CACHE.pop(text, None)
    try:
        expected = PartialDate.from_edtf(text)
    except EventkitError:
        with pytest.raises(Slow):
            _read_partial_date(text)
        return
    found = _read_partial_date(text)
    assert type(found) is PartialDate
    assert attrs.astuple(found) == attrs.astuple(expected)
    assert found == expected
    assert hash(found) == hash(expected)
