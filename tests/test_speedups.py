"""The C writer of `dumps` writes exactly the bytes of the Python path, whatever it meets.

The writer is optional (a pure-Python install has none), so these tests compare the two
paths on the same objects: `dumps` as it runs, and `dumps` with the C writer switched off.
CI checks that the writer was built, so they do not skip there.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import ClassVar

import attrs
import orjson
import pytest

from eventkit import (
    DateRange,
    EncodeError,
    ErrorDetail,
    Event,
    EventkitError,
    PartialDate,
    Participant,
    Place,
    Role,
    Source,
    Span,
    Statement,
    ValidationError,
    _codec,
    _fast,
    dumps,
    extract,
    loads,
)
from eventkit._frozen import EMPTY

pytestmark = pytest.mark.skipif(_fast.C_WRITER is None, reason="the C writer was not built")

FIXTURES = Path(__file__).parent / "fixtures"


@contextlib.contextmanager
def without_c() -> Iterator[None]:
    """The codec as a pure-Python install runs it."""
    writer = _codec.C_WRITER
    _codec.C_WRITER = None
    try:
        yield
    finally:
        _codec.C_WRITER = writer


def python_dumps(obj: object) -> bytes:
    with without_c():
        return dumps(obj)  # type: ignore[arg-type]


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


# ---------------------------------------------------------------------------------- the reader


def c_read(data: bytes, cls: type) -> object:
    """The C reader alone on a document: the object, or None where it declines."""
    doc = orjson.loads(data)
    ignored = sum(key in doc for key in ("type", "eventkit"))
    assert _fast.C_WRITER is not None
    try:
        return _fast.C_WRITER.read_document(doc, cls, ignored, *_fast.c_read_arguments())
    except Exception:
        return None


def python_loads(data: bytes, cls: type | None = None, *, strict: bool = False) -> object:
    with without_c():
        return loads(data, cls, strict=strict)  # type: ignore[arg-type]


def read_the_same(data: bytes, cls: type = Event) -> object:
    """The C reader reads the document itself, and builds what Python builds."""
    read = c_read(data, cls)
    assert read is not None, "the C reader declined"
    expected = python_loads(data, cls)
    assert read == expected
    assert type(read) is type(expected)
    assert dumps(read) == dumps(expected)  # type: ignore[arg-type]
    return read


def declined_and_judged_alike(data: bytes, cls: type = Event) -> None:
    """The C reader declines, and loads says what the Python path says."""
    assert c_read(data, cls) is None
    try:
        expected: object = python_loads(data, cls)
    except EventkitError as exc:
        error = exc
    else:
        assert loads(data, cls) == expected
        return
    with pytest.raises(type(error)) as got:
        loads(data, cls)
    assert str(got.value) == str(error)


def test_every_extracted_release_is_read_by_the_c_reader() -> None:
    for path in sorted((FIXTURES / "heldout").glob("set*/*.txt"))[:60]:
        event = extract(path.read_text(encoding="utf-8"))
        assert read_the_same(dumps(event)) == event


def test_the_example_document_is_read_by_the_c_reader() -> None:
    stored = (Path(__file__).parent.parent / "examples" / "kazakh_room.json").read_bytes()
    read_the_same(stored)


def test_fields_of_every_kind_and_tagged_subclasses() -> None:
    event = Reception(
        id="e",
        participants=(Guest(id="p1", name="Ana", table=3), Participant(id="p2", name="Bo")),
        guests=(Guest(id="p3", name="Cy", kind="group"),),
        toast=Statement(id="s0", text="Cheers", mode="mixed"),
        statements=(Statement(id="s1", text="Yes.", speaker="p1"),),
        opened=PartialDate(2025, 12, inferred=True),
        doors=dt.datetime(2025, 1, 2, 3, 4, 5, 6, tzinfo=dt.timezone(dt.timedelta(hours=-3))),
        tickets=2**62,
        rating=4.5,
        cancelled=True,
        run=DateRange(PartialDate(2025, 1), PartialDate(2025, 2)),
        day=dt.date(2025, 3, 4),
        days=(PartialDate(2025, 1, 1), PartialDate(2025, 1, 2, approximate=True)),
        tags=("a", "b"),
        source=Source(url="u", sha256="0" * 64, retrieved=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)),
    )
    read = read_the_same(dumps(event), Reception)
    assert read == event
    assert type(read.participants[0]) is Guest  # type: ignore[attr-defined]


def test_an_int_reads_as_a_float_where_a_float_is_declared() -> None:
    read = read_the_same(b'{"type":"test.speedups.reception","id":"e","rating":3}', Reception)
    assert read.rating == 3.0  # type: ignore[attr-defined]
    assert type(read.rating) is float  # type: ignore[attr-defined]


def test_literal_values_are_the_declared_constants() -> None:
    doc = b'{"type":"Event","id":"e","participants":[{"id":"p1","name":"A","kind":"group"}]}'
    read = read_the_same(doc)
    assert read.participants[0].kind is python_loads(doc).participants[0].kind  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "doc",
    [
        # unknown keys: extras (kept by Python) or, strict, an error
        b'{"type":"Event","id":"e","x_note":1}',
        b'{"type":"Event","id":"e","participants":[{"id":"p1","name":"A","x":1}]}',
        # a tag that is not first, an unknown tag, a tag of an unrelated class
        b'{"type":"Event","id":"e","participants":[{"id":"p1","type":"Participant","name":"A"}]}',
        b'{"type":"Event","id":"e","participants":[{"type":"nope","id":"p1","name":"A"}]}',
        b'{"type":"Event","id":"e","location":{"type":"Span","name":"Hall"}}',
        # wrong types and nulls
        b'{"type":"Event","id":7}',
        b'{"type":"Event","id":"e","participants":{"id":"p1"}}',
        b'{"type":"Event","id":"e","participants":[{"id":"p1","name":null}]}',
        b'{"type":"Event","id":"e","participants":[{"id":"p1","name":"A","kind":"robot"}]}',
        b'{"type":"Event","id":"e","participants":[{"id":"p1","name":"A","aliases":["B",3]}]}',
        b'{"type":"Event","id":"e","start":"2025-02-30"}',
        b'{"type":"Event","id":"e","start":5}',
        b'{"type":"Event","id":"e","source":{"retrieved":"2025-01-01"}}',
        b'{"type":"Event","id":"e","source":{"retrieved":"2025-01-01T10:00:00"}}',
        b'{"type":"Event","id":"e","source":{"retrieved":"2025-01-01Tnoon+01:00"}}',
        b'{"type":"Event","id":"e","statements":[{"id":"s","text":"t","continuation":1}]}',
        # every invariant
        b'{"type":"Event","id":" "}',
        b'{"type":"Event","id":"e","location":{"name":""}}',
        b'{"type":"Event","id":"e","date_span":{"start":0,"end":2,"text":"abc"}}',
        b'{"type":"Event","id":"e","date_span":{"start":3,"end":2,"text":""}}',
        b'{"type":"Event","id":"e","date_span":{"start":-1,"end":0,"text":"a"}}',
        b'{"type":"Event","id":"e","date_span":{"start":0,"end":36893488147419103232,"text":""}}',
        b'{"type":"Event","id":"e","source":{"sha256":"ABC"}}',
        b'{"type":"Event","id":"e","source":{"sha256":"' + b"g" * 64 + b'"}}',
        b'{"type":"Event","id":"e","participants":[{"id":"p1","name":"A",'
        b'"affiliations":[{"span":null}]}]}',
        b'{"type":"Event","id":"e","participants":[{"id":"p1","name":"A"},{"id":"p1","name":"B"}]}',
        b'{"type":"Event","id":"e","statements":[{"id":"s","text":"t","speaker":"p9"}]}',
        b'{"type":"Event","id":"e","statements":[{"id":"s","text":"t"},{"id":"s","text":"u"}]}',
        b'{"type":"Event","id":"e","statements":[{"id":"s","text":"t","speaker":" "}]}',
        b'{"type":"Event","id":"e","statements":[{"id":"s","text":"t",'
        b'"span":{"start":0,"end":1,"text":"u"}}]}',
        b'{"type":"Event","id":"e","start":"2025-03","end":"2025-02-28"}',
    ],
)
def test_what_the_reader_does_not_take_python_takes_or_reports(doc: bytes) -> None:
    declined_and_judged_alike(doc)
    try:
        python_loads(doc, Event, strict=True)
    except EventkitError as exc:
        with pytest.raises(type(exc)):
            loads(doc, Event, strict=True)


def test_valid_edge_values_are_read_by_the_c_reader() -> None:
    for doc in (
        b'{"type":"Event","id":"e","date_span":{"start":0,"end":0,"text":""}}',
        b'{"type":"Event","id":"e","source":{"sha256":"' + b"0123456789abcdef" * 4 + b'"}}',
        b'{"type":"Event","id":"e","start":"2025-03","end":"2025-03-01"}',
        b'{"type":"Event","id":"e","start":"2025-03-01","end":"2025-03"}',
        b'{"type":"Event","id":"e","participants":[{"id":"p1","name":"A",'
        b'"affiliations":[{"label":"x"}]}],"statements":[{"id":"s","text":"t","speaker":"p1"}]}',
        b'{"type":"Event","id":"e","participants":[{"type":"Participant","id":"p1","name":"A"}]}',
    ):
        read_the_same(doc)


@attrs.frozen
class Checked(Event, tag="test.speedups.checked"):
    """A user subclass with invariants of its own, as an expression and as `_invariants`."""

    level: int = 0

    _fast_valid: ClassVar[str] = "{level} >= 0"

    def _invariants(self) -> Iterable[ErrorDetail]:
        yield from super()._invariants()
        if self.level < 0:
            yield ErrorDetail("$.level", "value", "`level` must not be negative", self.level)


@attrs.frozen
class OnlyInvariants(Event, tag="test.speedups.only_invariants"):
    """A user subclass that adds `_invariants` alone: its objects are built by the constructor,
    so the checks run on every path (the decoders skipped them before)."""

    level: int = 0

    def _invariants(self) -> Iterable[ErrorDetail]:
        yield from super()._invariants()
        if self.level < 0:
            yield ErrorDetail("$.level", "value", "`level` must not be negative", self.level)


@pytest.mark.parametrize("cls", [Checked, OnlyInvariants])
def test_user_invariants_hold_on_every_path(cls: type) -> None:
    tag = cls.__eventkit_tag__.encode()  # type: ignore[attr-defined]
    good = b'{"type":"' + tag + b'","id":"e","level":2}'
    bad = b'{"type":"' + tag + b'","id":"e","level":-1}'
    assert loads(good).level == 2  # type: ignore[attr-defined]
    assert python_loads(good).level == 2  # type: ignore[attr-defined]
    declined_and_judged_alike(good, cls)
    with pytest.raises(ValidationError, match="must not be negative"):
        loads(bad)
    with pytest.raises(ValidationError, match="must not be negative"):
        python_loads(bad)
    assert _fast.C_READ_PLANS[cls] is None


def test_deep_nesting_is_left_to_python() -> None:
    doc: dict[str, object] = {"name": "p0"}
    for n in range(1, 150):
        doc = {"name": f"p{n}", "within": doc}
    data = orjson.dumps({"type": "Event", "id": "e", "location": doc})
    declined_and_judged_alike(data)
