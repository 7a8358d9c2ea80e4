"""The C writer of `dumps` writes exactly the bytes of the Python path, whatever it meets.

The writer is optional (a pure-Python install has none), so these tests compare the two
paths on the same objects: `dumps` as it runs, and `dumps` with the C writer switched off.
CI checks that the writer was built, so they do not skip there.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import orjson
import pytest

from eventkit import (
    DateRange,
    EncodeError,
    Event,
    PartialDate,
    Participant,
    Place,
    Role,
    Source,
    Span,
    Statement,
    _codec,
    _fast,
    dumps,
    extract,
    loads,
)
from eventkit._frozen import EMPTY

pytestmark = pytest.mark.skipif(_fast.C_WRITER is None, reason="the C writer was not built")

FIXTURES = Path(__file__).parent / "fixtures"


def python_dumps(obj: object) -> bytes:
    writer = _codec.C_WRITER
    _codec.C_WRITER = None
    try:
        return dumps(obj)  # type: ignore[arg-type]
    finally:
        _codec.C_WRITER = writer


def c_dumps(obj: object) -> bytes:
    """The C writer alone, without the Python path behind it."""
    writer = _fast.C_WRITER
    assert writer is not None
    out: bytes = writer.dumps(
        obj, _fast.C_PLANS, _fast.c_plan, _fast.c_fallback, EMPTY, orjson.dumps
    )
    return out


def same(obj: object) -> bytes:
    data = c_dumps(obj)
    assert data == python_dumps(obj)
    return data


@attrs.frozen
class Reception(Event, tag="test.speedups.reception"):
    """A user subclass with fields of every kind the writer handles."""

    guests: tuple[Participant, ...] = ()
    toast: Statement | None = None
    opened: PartialDate | None = None
    doors: dt.datetime | None = None
    tickets: int = 0
    rating: float = 0.0
    cancelled: bool = False
    run: DateRange | None = None
    day: dt.date | None = None
    days: tuple[PartialDate, ...] = ()
    tags: tuple[str, ...] = ()


@attrs.frozen
class Guest(Participant, tag="test.speedups.guest"):
    table: int | None = None


@attrs.frozen(slots=False)
class Unslotted(Event, tag="test.speedups.unslotted"):
    """A user subclass that keeps its own fields in a ``__dict__``: written by Python."""

    note: str | None = None


def test_every_extracted_release_is_written_the_same() -> None:
    texts = sorted((FIXTURES / "heldout").glob("set*/*.txt"))[:60]
    assert texts
    for path in texts:
        event = extract(path.read_text(encoding="utf-8"))
        same(event)


def test_the_example_document_is_written_as_it_is_stored() -> None:
    stored = (Path(__file__).parent.parent / "examples" / "kazakh_room.json").read_bytes()
    event = loads(stored)
    assert same(event) == dumps(event)


def test_strings_are_escaped_as_orjson_escapes_them() -> None:
    nasty = 'a"b\\c\x00\x01\x08\t\n\x0b\x0c\r\x1f\x7f /\u2028é中😀'
    for name in (nasty, "é", "中文", "😀", "plain", ""):
        same(Place(name=name + "x"))
    same(Event(id="e", name=nasty * 50))


def test_an_escaped_character_anywhere_in_a_run_of_plain_ones() -> None:
    # (plain ASCII is scanned eight characters at a time: every position of a word counts)
    for length in range(1, 26):
        for pos in range(length):
            for mark in '"\\\n\x1f\x00 ~\x7f':
                name = "K" + "a" * pos + mark + "b" * (length - pos - 1)
                same(Place(name=name))


def test_dates_of_every_precision_and_flag() -> None:
    dates = [
        PartialDate(2025, 12, 12),
        PartialDate(2025, 12),
        PartialDate(2025),
        PartialDate(999, 1, 2),
        PartialDate(5, 1, 2),
        PartialDate(9999, 12, 31),
        PartialDate(2025, 12, 12, approximate=True),
        PartialDate(2025, 12, 12, uncertain=True),
        PartialDate(2025, 12, 12, inferred=True),
        PartialDate(2025, 12, 12, time=dt.time(10, 0, tzinfo=dt.UTC)),
        PartialDate(2025, 12, 12, time=dt.time(10, 0)),
    ]
    for date in dates:
        same(Event(id="e", start=date))
    same(Reception(id="e", days=tuple(dates), run=DateRange(dates[1], dates[0])))
    same(Reception(id="e", day=dt.date(2025, 1, 2)))


def test_timestamps_in_every_zone() -> None:
    zones = [
        dt.UTC,
        dt.timezone(dt.timedelta(hours=5, minutes=30)),
        dt.timezone(dt.timedelta(hours=-3, minutes=-30)),
        dt.timezone(dt.timedelta(hours=-12)),
        dt.timezone(dt.timedelta(hours=1, seconds=7)),  # seconds: isoformat, not orjson
        dt.timezone(dt.timedelta(minutes=1, microseconds=5)),
    ]
    for zone in zones:
        for micro in (0, 7, 123456):
            stamp = dt.datetime(2025, 1, 2, 3, 4, 5, micro, tzinfo=zone)
            same(Event(id="e", source=Source(retrieved=stamp)))
            same(Reception(id="e", doors=stamp))
    same(Reception(id="e", doors=dt.datetime(7, 1, 2, tzinfo=dt.UTC)))


def test_numbers_at_the_edges_of_orjson() -> None:
    for tickets in (0, -1, 1, 2**63 - 1, -(2**63), 2**64 - 1, 10**18):
        same(Reception(id="e", tickets=tickets))
    for rating in (0.0, -0.0, 1.5, 1e16, 1e-7, 123456789.125, 3.0):
        same(Reception(id="e", rating=rating))


def test_what_orjson_cannot_write_fails_the_same_way() -> None:
    for obj in (Reception(id="e", tickets=2**64), Event(id="e", name="\ud800")):
        with pytest.raises(Exception):  # noqa: B017, PT011 - the C writer's own signal
            c_dumps(obj)
        with pytest.raises(EncodeError) as with_c:
            dumps(obj)
        with pytest.raises(EncodeError) as without:
            python_dumps(obj)
        assert str(with_c.value) == str(without.value)


def test_subclasses_where_the_base_class_is_declared_carry_their_tag() -> None:
    keynote = Statement(id="s1", text="Yes.", mode="direct")
    event = Reception(
        id="e",
        participants=(Guest(id="p1", name="Ana Lima", table=3), Participant(id="p2", name="Bo")),
        guests=(Guest(id="p3", name="Cy"),),
        toast=keynote,
        statements=(keynote,),
        tags=("a", "b"),
        cancelled=True,
    )
    data = same(event)
    assert b'"type":"test.speedups.guest"' in data
    assert loads(data) == event


def test_objects_with_extras_are_written_through_python() -> None:
    event = Event(
        id="e",
        participants=(Participant(id="p1", name="Ana", extras={"x_seat": 1.5, "x_b": [1, "é"]}),),
        location=Place(name="Hall", extras={"x_floor": {"n": 2}}),
        extras={"x_note": "kept", "x_list": [None, True, 2**40]},
    )
    data = same(event)
    assert loads(data) == event


def test_a_kept_unknown_tag_leads_as_in_python() -> None:
    doc = (
        b'{"eventkit":1,"type":"Event","id":"e","participants":['
        b'{"type":"someone.else","id":"p1","name":"Ana","x_more":1}]}'
    )
    same(loads(doc))
    same(loads(b'{"eventkit":1,"type":"someone.elses.event","id":"e"}', Event))


def test_a_class_without_slots_is_written_by_python() -> None:
    obj = Unslotted(id="e", note="n")
    assert same(obj) == python_dumps(obj)
    assert _fast.C_PLANS[Unslotted] is None


@pytest.mark.parametrize("depth", [50, 99, 100, 101, 150, 250, 254, 255, 256, 400])
def test_deep_nesting_gets_the_python_verdict(depth: int) -> None:
    place = Place(name="p0")
    for n in range(1, depth):
        place = Place(name=f"p{n}", within=place)
    event = Event(id="e", location=place)
    try:
        expected: bytes | None = python_dumps(event)
    except EncodeError:
        expected = None
    if expected is None:
        with pytest.raises(EncodeError):
            dumps(event)
    else:
        assert dumps(event) == expected


def test_roles_participants_and_spans_round_trip_through_the_c_writer() -> None:
    event = Event(
        id="e",
        participants=(
            Participant(
                id="p1",
                name="Kairat Torebayev",
                roles=(Role(code="speaker", span=Span(start=0, end=3, text="abc")),),
                mentions=(Span(start=5, end=6, text="K"),),
            ),
        ),
    )
    assert loads(same(event)) == event


def test_pretty_output_holds_the_same_document() -> None:
    event = Event(id="e", name="x", start=PartialDate(2025, 1, 2))
    assert orjson.loads(dumps(event, pretty=True)) == orjson.loads(dumps(event))
