"""Dates as people write them: ``PartialDate`` semantics, ``parse_date`` and ``find_dates``."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import subprocess
import sys

import attrs
import pytest

import eventkit
from eventkit import (
    AmbiguousDateError,
    DateMatch,
    DateRange,
    EventkitError,
    IncompleteDateError,
    InvalidDateError,
    PartialDate,
    Span,
    ValidationError,
    find_dates,
    loads,
    parse_date,
)

CORPUS = pathlib.Path(__file__).parent / "fixtures" / "corpus"
FRIDAY = dt.date(2025, 12, 12)


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


# ---------------------------------------------------------------------- PartialDate semantics


@pytest.mark.parametrize(
    ("date", "first", "last"),
    [
        (PartialDate(2025), dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        (PartialDate(2024, 2), dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        (PartialDate(2025, 2), dt.date(2025, 2, 1), dt.date(2025, 2, 28)),
        (PartialDate(2025, 12, 12), dt.date(2025, 12, 12), dt.date(2025, 12, 12)),
    ],
)
def test_earliest_and_latest_are_the_first_and_last_day_covered(
    date: PartialDate, first: dt.date, last: dt.date
) -> None:
    assert (date.earliest(), date.latest()) == (first, last)


def test_a_day_is_in_its_month_and_year_but_not_the_other_way_round() -> None:
    day, month, year = PartialDate(2025, 12, 12), PartialDate(2025, 12), PartialDate(2025)
    assert day in month
    assert day in year
    assert month in year
    assert month not in day
    assert year not in month
    assert PartialDate(2025, 11, 30) not in month
    assert day in day


def test_containment_of_plain_dates_and_ranges() -> None:
    month = PartialDate(2025, 12)
    assert dt.date(2025, 12, 31) in month
    assert dt.date(2026, 1, 1) not in month
    assert DateRange(PartialDate(2025, 12, 10), PartialDate(2025, 12, 12)) in month
    assert DateRange(PartialDate(2025, 12, 10), None) not in month
    assert "2025-12-12" not in month  # a string is not a date


def test_a_time_of_day_is_within_its_day_and_contains_only_itself() -> None:
    at_ten = PartialDate(2025, 12, 12, time=dt.time(10, 0, tzinfo=tz(1)))
    assert at_ten in PartialDate(2025, 12, 12)
    assert PartialDate(2025, 12, 12) not in at_ten
    assert PartialDate(2025, 12, 12, time=dt.time(9, 0, tzinfo=tz(0))) in at_ten
    assert dt.date(2025, 12, 12) not in at_ten


def test_range_containment_with_open_ends() -> None:
    since_2019 = DateRange(PartialDate(2019), None)
    assert PartialDate(2030, 1, 1) in since_2019
    assert PartialDate(2018, 12) not in since_2019
    assert DateRange(PartialDate(2020), None) in since_2019
    assert DateRange(None, PartialDate(2020)) not in since_2019
    closed = DateRange(PartialDate(2019), PartialDate(2024))
    assert dt.date(2024, 12, 31) in closed
    assert PartialDate(2025, 1) not in closed
    assert (closed.earliest(), closed.latest()) == (dt.date(2019, 1, 1), dt.date(2024, 12, 31))
    assert DateRange(None, PartialDate(2024)).earliest() is None
    assert DateRange(PartialDate(2024), None).latest() is None


def test_a_month_is_neither_before_nor_after_a_day_inside_it() -> None:
    month, day = PartialDate(2025, 12), PartialDate(2025, 12, 12)
    assert not month < day
    assert not month > day
    assert not month <= day
    assert not month >= day
    assert month != day
    assert month.compare(day) == "contains"
    assert day.compare(month) == "within"


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (PartialDate(2025, 11), PartialDate(2025, 12, 1), "before"),
        (PartialDate(2026), PartialDate(2025, 12, 31), "after"),
        (PartialDate(2025, 12), PartialDate(2025, 12, approximate=True), "same"),
        (PartialDate(2025, 12, 12), dt.date(2025, 12, 12), "same"),
        (PartialDate(2025), dt.date(2025, 6, 1), "contains"),
    ],
)
def test_compare_at_the_precision_both_sides_give(
    left: PartialDate, right: PartialDate | dt.date, expected: str
) -> None:
    assert left.compare(right) == expected


def test_ordering_operators_mean_wholly_before_or_after() -> None:
    assert PartialDate(2025, 11) < PartialDate(2025, 12, 1)
    assert PartialDate(2025, 12, 2) > PartialDate(2025, 12, 1)
    assert PartialDate(2025, 12) <= PartialDate(2025, 12)
    assert PartialDate(2025, 12) >= PartialDate(2025, 11)
    with pytest.raises(TypeError):
        _ = PartialDate(2025) < "2026"  # type: ignore[operator]


def test_times_compare_as_instants_across_zones() -> None:
    new_york = PartialDate(2025, 12, 12, time=dt.time(23, 0, tzinfo=tz(-5)))  # 04:00 UTC next day
    london = PartialDate(2025, 12, 13, time=dt.time(1, 0, tzinfo=tz(0)))
    assert new_york > london
    same = PartialDate(2025, 12, 12, time=dt.time(11, 0, tzinfo=tz(1)))
    assert PartialDate(2025, 12, 12, time=dt.time(10, 0, tzinfo=tz(0))).compare(same) == "same"


def test_a_naive_and_an_aware_time_on_the_same_day_cannot_be_ordered() -> None:
    naive = PartialDate(2025, 12, 12, time=dt.time(10, 0))
    aware = PartialDate(2025, 12, 12, time=dt.time(9, 0, tzinfo=tz(0)))
    assert naive.compare(aware) == "unknown"
    assert not naive < aware
    assert not naive > aware


def test_compare_rejects_what_is_not_a_date() -> None:
    with pytest.raises(ValidationError, match=r"Expected `PartialDate` or `datetime\.date`"):
        PartialDate(2025).compare("2025")  # type: ignore[arg-type]


def test_sort_key_orders_coarser_dates_before_the_days_they_contain() -> None:
    dates = [
        PartialDate(2025, 12, 12, time=dt.time(10, 0, tzinfo=tz(1))),
        PartialDate(2025, 12, 12),
        PartialDate(2026),
        PartialDate(2025, 12),
        PartialDate(2025),
        PartialDate(2025, 12, 12, time=dt.time(8, 0, tzinfo=tz(0))),
        PartialDate(2025, 1, 31),
    ]
    assert [str(d) for d in sorted(dates, key=PartialDate.sort_key)] == [
        "2025",
        "2025-01-31",
        "2025-12",
        "2025-12-12",
        "2025-12-12T08:00:00+00:00",
        "2025-12-12T10:00:00+01:00",
        "2026",
    ]


def test_range_sort_key_puts_open_starts_first() -> None:
    ranges = [
        DateRange.from_edtf("2024/2025"),
        DateRange.from_edtf("../2025"),
        DateRange.from_edtf("2024/.."),
        DateRange.from_edtf("2024/2024-06"),
    ]
    assert [str(r) for r in sorted(ranges, key=DateRange.sort_key)] == [
        "../2025",
        "2024/2024-06",
        "2024/2025",
        "2024/..",
    ]


def test_string_forms_and_codec_are_unchanged() -> None:
    assert str(PartialDate(2025, 12, approximate=True, uncertain=True)) == "2025-12%"
    assert PartialDate.from_edtf("2025-12-12T10:00:00+01:00").time == dt.time(10, tzinfo=tz(1))
    with pytest.raises(ValidationError):
        PartialDate.from_edtf("12 December 2025")
    inferred = parse_date("April 24", reference=dt.date(2018, 4, 24))
    assert isinstance(inferred, PartialDate)
    doc = eventkit.dumps(eventkit.Source(published=inferred))
    assert loads(doc, eventkit.Source).published == inferred


# ---------------------------------------------------------------------- parse_date: forms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025", "2025"),
        ("2025-12", "2025-12"),
        ("2025-12-12", "2025-12-12"),
        ("2025-12~", "2025-12~"),
        ("2025-12-12?", "2025-12-12?"),
        ("2025%", "2025%"),
        ("2025-12-12T10:00:00+01:00", "2025-12-12T10:00:00+01:00"),
        ("2025-12-10/2025-12-12", "2025-12-10/2025-12-12"),
        ("2025-12/..", "2025-12/.."),
        ("../2019-05", "../2019-05"),
        ("12 December 2025", "2025-12-12"),
        ("December 12, 2025", "2025-12-12"),
        ("Dec. 12, 2025", "2025-12-12"),
        ("Dec 12 2025", "2025-12-12"),
        ("12th of December 2025", "2025-12-12"),
        ("1st September, 2025", "2025-09-01"),
        ("Sept. 3, 2025", "2025-09-03"),
        ("12 december 2025", "2025-12-12"),
        ("December 2025", "2025-12"),
        ("Dec. 2025", "2025-12"),
        ("  on 12 December 2025.  ", "2025-12-12"),
        ("In 2024", "2024"),
        ("Friday, 12 December 2025", "2025-12-12"),
        ("Fri, Dec 12, 2025", "2025-12-12"),
        ("12-13 December 2025", "2025-12-12/2025-12-13"),
        ("12\u201313 December 2025", "2025-12-12/2025-12-13"),
        ("12 to 13 December 2025", "2025-12-12/2025-12-13"),
        ("December 12-13, 2025", "2025-12-12/2025-12-13"),
        ("30 November \u2013 2 December 2025", "2025-11-30/2025-12-02"),
        ("30 December 2025 - 2 January 2026", "2025-12-30/2026-01-02"),
        ("30 December - 2 January 2026", "2025-12-30/2026-01-02"),
        ("November\u2013December 2025", "2025-11/2025-12"),
        ("2019-2024", "2019/2024"),
        ("2019 to 2024", "2019/2024"),
        ("2025/12/12", "2025-12-12"),
        ("12/31/2025", "2025-12-31"),
        ("12.12.2025", "2025-12-12"),
        ("about December 2025", "2025-12~"),
        ("circa 2025", "2025~"),
        ("c. 1990", "1990~"),
        ("12 December 2025?", "2025-12-12?"),
        ("2 March 2022, 14:09", "2022-03-02T14:09:00"),
        ("12 December 2025 at 10:00 CET", "2025-12-12T10:00:00+01:00"),
        ("12 December 2025, 10:00 (CEST)", "2025-12-12T10:00:00+02:00"),
        ("12 December 2025 10:00 UTC+6", "2025-12-12T10:00:00+06:00"),
        ("12 December 2025 10:00 GMT+05:30", "2025-12-12T10:00:00+05:30"),
        ("12 December 2025 10:00 +01:00", "2025-12-12T10:00:00+01:00"),
        ("12 December 2025, 3 p.m. EST", "2025-12-12T15:00:00-05:00"),
        ("12 December 2025, 12 am", "2025-12-12T00:00:00"),
        ("12 December 2025 14:09:30 JST", "2025-12-12T14:09:30+09:00"),
        ("2025-12-12 10:00 CET", "2025-12-12T10:00:00+01:00"),
        ("2025-12-10 to 2025-12-12", "2025-12-10/2025-12-12"),
        ("December 12, 2025 \u2013 January 3, 2026", "2025-12-12/2026-01-03"),
    ],
)
def test_parse_date_reads_what_the_text_says(text: str, expected: str) -> None:
    assert str(parse_date(text)) == expected


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("2025", "year"),
        ("December 2025", "month"),
        ("12 December 2025", "day"),
        ("12 December 2025, 10:00 CET", "time"),
    ],
)
def test_parse_date_keeps_the_precision_of_the_text(text: str, precision: str) -> None:
    result = parse_date(text)
    assert isinstance(result, PartialDate)
    assert result.precision == precision
    assert not result.inferred


def test_the_fast_path_gives_the_same_result_as_the_edtf_reader() -> None:
    assert parse_date("2025-12-12") == PartialDate.from_edtf("2025-12-12")
    assert parse_date(" 2025-12-12 ") == PartialDate(2025, 12, 12)


def test_dateutil_is_not_imported_to_parse_dates() -> None:
    code = (
        "import sys, eventkit;"
        "eventkit.parse_date('2025-12-12'); eventkit.parse_date('Dec. 12, 2025');"
        "eventkit.find_dates('Brussels, 30 April 2019');"
        "print('dateutil' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------------- zones


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("12 December 2025 10:00 ALMT", 5),  # Kazakhstan has used UTC+5 since 2024-03-01
        ("1 February 2024 10:00 ALMT", 6),
        ("12 December 2025 10:00 MSK", 3),
        ("1 June 2012 10:00 MSK", 4),
        ("12 December 2025 10:00 GMT", 0),
        ("12 July 2025 10:00 PDT", -7),
    ],
)
def test_known_zone_abbreviations_give_their_offset_on_that_day(text: str, offset: int) -> None:
    result = parse_date(text)
    assert isinstance(result, PartialDate)
    assert result.time is not None
    assert result.time.utcoffset() == dt.timedelta(hours=offset)


def test_an_ambiguous_zone_is_an_error_listing_the_candidates() -> None:
    with pytest.raises(AmbiguousDateError) as info:
        parse_date("12 December 2025, 10:00 IST")
    assert str(info.value) == (
        "The time zone `IST` in '12 December 2025, 10:00 IST' names several zones "
        "(+05:30, +01:00, +02:00): write the UTC offset instead"
    )
    assert info.value.candidates == (
        "2025-12-12T10:00:00+05:30",
        "2025-12-12T10:00:00+01:00",
        "2025-12-12T10:00:00+02:00",
    )
    with pytest.raises(AmbiguousDateError):
        parse_date("12 December 2025 10:00 CST")


def test_an_unknown_zone_is_an_error_not_a_naive_time() -> None:
    with pytest.raises(
        InvalidDateError,
        match=r"Unknown time zone `XKT` in '12 December 2025 10:00 XKT': write the UTC offset",
    ):
        parse_date("12 December 2025 10:00 XKT")


def test_a_time_without_a_zone_stays_naive() -> None:
    result = parse_date("2 March 2022, 14:09")
    assert isinstance(result, PartialDate)
    assert result.time == dt.time(14, 9)
    assert result.time.tzinfo is None


def test_a_time_needs_a_day() -> None:
    with pytest.raises(InvalidDateError, match="unexpected '10' at offset 14"):
        parse_date("December 2025 10:00 CET")


# ---------------------------------------------------------------------- reference dates


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("On April 25", dt.date(2018, 4, 24), "2018-04-25"),
        ("on April 24", dt.date(2018, 4, 24), "2018-04-24"),
        ("December 30", dt.date(2026, 1, 3), "2025-12-30"),
        ("3 January", dt.date(2025, 12, 30), "2026-01-03"),
        ("29 February", dt.date(2025, 1, 10), "2024-02-29"),
        ("in May", dt.date(2018, 4, 24), "2018-05"),
        ("12-13 December", dt.date(2025, 12, 1), "2025-12-12/2025-12-13"),
        ("on May 5-6", dt.date(2025, 4, 1), "2025-05-05/2025-05-06"),
        ("30 December - 2 January", dt.date(2025, 12, 1), "2025-12-30/2026-01-02"),
        ("Friday, 12 December", dt.date(2025, 12, 1), "2025-12-12"),
        ("on Friday", FRIDAY, "2025-12-12"),
        ("on Thursday", FRIDAY, "2025-12-11"),
        ("Saturday", FRIDAY, "2025-12-06"),
        ("last Friday", FRIDAY, "2025-12-05"),
        ("next Friday", FRIDAY, "2025-12-19"),
        ("yesterday", FRIDAY, "2025-12-11"),
        ("today", FRIDAY, "2025-12-12"),
        ("tomorrow", FRIDAY, "2025-12-13"),
        ("yesterday at 10:00 CET", FRIDAY, "2025-12-11T10:00:00+01:00"),
        ("this year", FRIDAY, "2025"),
        ("last year", FRIDAY, "2024"),
        ("next month", FRIDAY, "2026-01"),
        ("last month", dt.date(2025, 1, 5), "2024-12"),
    ],
)
def test_missing_parts_are_inferred_from_the_reference_and_marked(
    text: str, reference: dt.date, expected: str
) -> None:
    result = parse_date(text, reference=reference)
    assert str(result) == expected
    ends = [result.start, result.end] if isinstance(result, DateRange) else [result]
    assert all(end is not None and end.inferred for end in ends)


def test_a_written_year_is_not_marked_inferred_even_with_a_reference() -> None:
    result = parse_date("12 December 2025", reference=dt.date(2030, 1, 1))
    assert result == PartialDate(2025, 12, 12)


def test_the_reference_can_be_a_day_precision_partial_date_or_a_datetime() -> None:
    assert str(parse_date("yesterday", reference=PartialDate(2025, 12, 12))) == "2025-12-11"
    moment = dt.datetime(2025, 12, 12, 23, 0, tzinfo=tz(1))
    assert str(parse_date("yesterday", reference=moment)) == "2025-12-11"


def test_a_reference_without_a_day_is_refused() -> None:
    with pytest.raises(ValidationError, match="A reference date needs a day, got '2025-12'"):
        parse_date("yesterday", reference=PartialDate(2025, 12))
    with pytest.raises(ValidationError, match=r"Expected `datetime\.date` or `PartialDate`"):
        parse_date("yesterday", reference="2025-12-12")  # type: ignore[arg-type]


def test_a_year_exactly_between_two_candidates_is_ambiguous() -> None:
    with pytest.raises(AmbiguousDateError) as info:
        parse_date("January 1", reference=dt.date(2024, 7, 2))  # 183 days either way
    assert info.value.candidates == ("2024-01-01", "2025-01-01")
    assert str(info.value) == (
        "'January 1' is as near to 2024-07-02 in either year (2024-01-01 or 2025-01-01): "
        "write the year"
    )


# ---------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "On April 25",
            "No year in 'On April 25': pass `reference` (such as the publication date) to infer it",
        ),
        (
            "12-13 December",
            "No year in '12-13 December': pass `reference` (such as the publication date) to "
            "infer it",
        ),
        (
            "on Friday",
            "'on Friday' is a weekday: pass `reference` (such as the publication date) to "
            "resolve it",
        ),
        (
            "yesterday",
            "'yesterday' is a relative date: pass `reference` (such as the publication date) "
            "to resolve it",
        ),
        ("12.12.25", "The year in '12.12.25' has two digits: write all four"),
    ],
)
def test_incomplete_dates_say_what_is_missing(text: str, message: str) -> None:
    with pytest.raises(IncompleteDateError) as info:
        parse_date(text)
    assert str(info.value) == message
    assert info.value.text


def test_an_all_number_date_needs_an_order_and_the_error_lists_the_candidates() -> None:
    with pytest.raises(AmbiguousDateError) as info:
        parse_date("01/02/2025")
    assert str(info.value) == (
        "'01/02/2025' could be 2025-02-01 (DMY) or 2025-01-02 (MDY): "
        "pass order='DMY' or order='MDY'"
    )
    assert info.value.candidates == ("2025-01-02", "2025-02-01")
    assert info.value.text == "01/02/2025"
    assert str(parse_date("01/02/2025", order="DMY")) == "2025-02-01"
    assert str(parse_date("01/02/2025", order="MDY")) == "2025-01-02"
    assert str(parse_date("12/12/2025")) == "2025-12-12"  # both readings agree


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31 February 2025", "'31 February 2025' names no real date: February 2025 has 28 days"),
        ("2025-02-30", "'2025-02-30' names no real date: February 2025 has 28 days"),
        ("February 29, 2025", "'February 29, 2025' names no real date: February 2025 has 28 days"),
        ("2025-13", "'2025-13' names no real date: Expected 1 to 12, got 13"),
        ("31/02/2025", "'31/02/2025' names no real date"),
        (
            "Thursday, 12 December 2025",
            "'Thursday, 12 December 2025' contradicts itself: 2025-12-12 is a Friday, "
            "not a Thursday",
        ),
        ("2024-2019", "'2024-2019' ends before it starts"),
        ("2025-12-12/2025-12-10", "'2025-12-12/2025-12-10' ends before it starts"),
        ("hello", "'hello' is not a date"),
        ("", "Expected a date, got ''"),
        (
            "12 December 2025 and more",
            "'12 December 2025 and more' is not a date: unexpected 'and' at offset 17",
        ),
        (
            "On the eve of the 34th anniversary of Kazakhstan\u2019s Independence",
            "'On the eve of the 34th anniversary of Kazakhstan\u2019s Independence' is not a date",
        ),
    ],
)
def test_invalid_dates_are_errors_quoting_the_text(text: str, message: str) -> None:
    with pytest.raises(InvalidDateError) as info:
        parse_date(text)
    assert str(info.value) == message


@pytest.mark.parametrize(
    "text", [" On April 25 ", "31 February 2025", "2025-02-30", "12 May 2025 10:00 IST", "nope"]
)
def test_errors_keep_the_text_that_was_parsed(text: str) -> None:
    with pytest.raises(eventkit.ParseError) as info:
        parse_date(text)
    assert info.value.text == text


def test_errors_are_eventkit_errors_and_tell_the_kinds_apart() -> None:
    for cls in (IncompleteDateError, AmbiguousDateError, InvalidDateError):
        assert issubclass(cls, eventkit.ParseError)
        assert issubclass(cls, EventkitError)
    assert not issubclass(IncompleteDateError, InvalidDateError)


def test_a_long_text_is_quoted_short_in_the_message() -> None:
    with pytest.raises(InvalidDateError) as info:
        parse_date("x" * 1000)
    assert len(str(info.value)) < 120


def test_bad_arguments_are_eventkit_errors() -> None:
    with pytest.raises(InvalidDateError, match="Expected `str`, got `int`"):
        parse_date(20251212)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="Expected 'DMY', 'MDY', 'YMD' or None"):
        parse_date("01/02/2025", order="DM")  # type: ignore[arg-type]
    with pytest.raises(InvalidDateError):
        find_dates(b"2025")  # type: ignore[arg-type]


# ---------------------------------------------------------------------- find_dates


def spans(text: str, **kwargs: object) -> list[tuple[str, str | None, str]]:
    return [
        (m.span.text, None if m.value is None else str(m.value), m.kind)
        for m in find_dates(text, **kwargs)  # type: ignore[arg-type]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ASTANA, December 12, 2025 \u2013 The minister",
            [("December 12, 2025", "2025-12-12", "dateline")],
        ),
        ("Brussels, 30 April 2019\n\nText", [("30 April 2019", "2019-04-30", "dateline")]),
        (" date 2025-12-12 Images | gov.kz\n", [("2025-12-12", "2025-12-12", "dateline")]),
        (
            "Adlet Seilkhanov\n2 March 2022, 14:09\n",
            [("2 March 2022, 14:09", "2022-03-02T14:09:00", "dateline")],
        ),
        ("NEW YORK, 12 May 2025 - UN", [("12 May 2025", "2025-05-12", "dateline")]),
        ("He came on 12 May 2025.", [("12 May 2025", "2025-05-12", "text")]),
        (
            "Leaders meet on 23-26 May 2019 in Sibiu",
            [("23-26 May 2019", "2019-05-23/2019-05-26", "text")],
        ),
        ("the strategic agenda 2019-2024.", [("2019-2024", "2019/2024", "text")]),
        ("launched in 2024.", [("2024", "2024", "text")]),
        (
            "from 2025-12-10/2025-12-12 on",
            [("2025-12-10/2025-12-12", "2025-12-10/2025-12-12", "text")],
        ),
    ],
)
def test_find_dates_finds_datelines_and_dates_in_running_text(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On the eve of the 34th anniversary of Kazakhstan\u2019s Independence",
        "a US$114 million contribution",
        "Astana celebrates its 20th anniversary",
        "the Group of 77 (G77) summits",
        "assistance in 21 countries",
        "Tel.: +32 229 91382",
        "8 officials remain",
        "We may march on; she will march in may",
        "version 1.2.2025.5 and 3.11",
        "a 2,500 strong crowd, 1,2025 items, 2025,000 people",
        "the 2020s and EU27",
        "Today\u2019s world",
        "Prices rose over the last year.",
    ],
)
def test_find_dates_leaves_numbers_and_words_that_are_not_dates(text: str) -> None:
    assert find_dates(text) == ()


def test_a_dash_and_a_smaller_number_after_a_date_is_not_a_range() -> None:
    assert spans("On April 24 - 3 people died.", reference=dt.date(2025, 4, 1)) == [
        ("April 24", "2025-04-24", "text")
    ]


def test_find_dates_reports_a_date_it_cannot_fix_with_the_reason() -> None:
    (match,) = find_dates("They met on April 24, it was reported.")
    assert match.value is None
    assert match.span.text == "April 24"
    assert match.error == (
        "No year in 'April 24': pass `reference` (such as the publication date) to infer it"
    )
    (match,) = find_dates("Dated 01/02/2025.")
    assert match.value is None
    assert match.error is not None
    assert match.error.startswith("'01/02/2025' could be")
    (match,) = find_dates("Dated 01/02/2025.", order="DMY")
    assert str(match.value) == "2025-02-01"


def test_find_dates_takes_bare_months_and_weekdays_only_where_they_are_dates() -> None:
    text = "On Friday the ministers met, in May they meet again. Friday's talks. May we?"
    assert spans(text, reference=FRIDAY) == [
        ("Friday", "2025-12-12", "text"),
        ("May", "2026-05", "text"),
    ]
    assert spans("We met last Friday and yesterday.", reference=FRIDAY) == [
        ("last Friday", "2025-12-05", "text"),
        ("yesterday", "2025-12-11", "text"),
    ]


def test_find_dates_values_are_what_parse_date_gives_for_the_span() -> None:
    text = (CORPUS / "03_juncker_strategic_agenda_sibiu.txt").read_text(encoding="utf-8")
    reference = dt.date(2019, 4, 30)
    matches = find_dates(text, reference=reference)
    assert len(matches) >= 5
    for match in matches:
        assert text[match.span.start : match.span.end] == match.span.text
        assert parse_date(match.span.text, reference=reference) == match.value


def test_date_match_is_immutable() -> None:
    (match,) = find_dates("on 12 May 2025")
    assert isinstance(match, DateMatch)
    assert match.span == Span(start=3, end=14, text="12 May 2025")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        match.kind = "dateline"  # type: ignore[misc]


def test_find_dates_handles_a_megabyte_of_text() -> None:
    text = (CORPUS / "03_juncker_strategic_agenda_sibiu.txt").read_text(encoding="utf-8")
    big = text * (1_000_000 // len(text) + 1)
    matches = find_dates(big)
    assert len(matches) == len(find_dates(text)) * (1_000_000 // len(text) + 1)


# ---------------------------------------------------------------------- the corpus


def gold_files_with_a_date_phrase() -> list[pathlib.Path]:
    return [
        path
        for path in sorted(CORPUS.glob("*.gold.json"))
        if json.loads(path.read_text(encoding="utf-8")).get("date_text")
    ]


def test_the_corpus_has_gold_date_phrases() -> None:
    assert len(gold_files_with_a_date_phrase()) >= 4


@pytest.mark.parametrize(
    "gold_path", gold_files_with_a_date_phrase(), ids=lambda p: p.name.split(".")[0]
)
def test_find_dates_reads_the_gold_date_phrase(gold_path: pathlib.Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text("utf-8")
    published = gold.get("publication_date")
    reference = dt.date.fromisoformat(published) if published else None
    start = text.index(gold["date_text"])
    end = start + len(gold["date_text"])
    inside = [
        m
        for m in find_dates(text, reference=reference)
        if m.span.start < end and m.span.end > start
    ]
    if gold.get("date"):
        (match,) = inside
        assert isinstance(match.value, PartialDate)
        assert match.value.earliest() == match.value.latest() == dt.date.fromisoformat(gold["date"])
        assert not match.value.inferred
    elif gold.get("date_partial"):
        (match,) = inside
        assert isinstance(match.value, PartialDate)
        assert f"--{match.value.month:02d}-{match.value.day:02d}" == gold["date_partial"]
        assert match.value.inferred
        if gold.get("date_external"):
            assert match.value.earliest() == dt.date.fromisoformat(gold["date_external"])
        (bare,) = [m for m in find_dates(text) if m.span == match.span]
        assert bare.value is None  # without the reference the year is not invented
    else:
        assert inside == []
        with pytest.raises(InvalidDateError):
            parse_date(gold["date_text"], reference=reference)


@pytest.mark.parametrize(
    ("name", "dateline"),
    [
        ("00_kazakh_room_geneva", "2025-12-12"),
        ("02_kazakh_embassy_kyiv_officials", "2 March 2022, 14:09"),
        ("03_juncker_strategic_agenda_sibiu", "30 April 2019"),
    ],
)
def test_the_dateline_is_the_publication_date(name: str, dateline: str) -> None:
    gold = json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    datelines = [m for m in find_dates(text) if m.kind == "dateline"]
    assert [m.span.text for m in datelines] == [dateline]
    value = datelines[0].value
    assert isinstance(value, PartialDate)
    assert value.earliest().isoformat() == gold["publication_date"]


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("00_kazakh_room_geneva", "34th anniversary"),
        ("01_abdykalikova_meets_russian_ambassador", "20th anniversary"),
        ("04_undp_uganda_credentials", "G77"),
        ("05_wfp_welcomes_japan_contribution_yokohama", "US$114 million"),
        ("05_wfp_welcomes_japan_contribution_yokohama", "21 countries"),
        ("03_juncker_strategic_agenda_sibiu", "+32 229 91382"),
    ],
)
def test_corpus_numbers_that_are_not_dates_are_not_found(name: str, phrase: str) -> None:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    start = text.index(phrase)
    end = start + len(phrase)
    assert not [m for m in find_dates(text) if m.span.start < end and m.span.end > start]


def test_year_ranges_in_the_corpus_are_ranges_of_years() -> None:
    text = (CORPUS / "03_juncker_strategic_agenda_sibiu.txt").read_text(encoding="utf-8")
    ranges = [m.value for m in find_dates(text) if m.span.text == "2019-2024"]
    assert ranges == [DateRange(PartialDate(2019), PartialDate(2024))] * 2
