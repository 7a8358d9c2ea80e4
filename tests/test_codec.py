"""The JSON codec: round trips, subclasses, nothing lost, and located errors."""

from __future__ import annotations

import datetime as dt
import io
import itertools

import attrs
import orjson
import pytest

import eventkit
from eventkit import (
    DateRange,
    DecodeError,
    EncodeError,
    Event,
    EventkitError,
    PartialDate,
    Participant,
    Place,
    RegistryError,
    Role,
    Source,
    Span,
    Statement,
    ValidationError,
    dump_lines,
    dumps,
    from_dict,
    load_lines,
    loads,
    to_dict,
)


@attrs.frozen
class Ceremony(Event):
    """A user's subclass with its own fields, some of eventkit types."""

    dress_code: str | None = None
    venue_opened: PartialDate | None = None
    keynote: Statement | None = None
    sponsors: tuple[Participant, ...] = ()


@attrs.frozen
class Keynote(Statement, tag="test.keynote"):
    minutes: int = 0


@attrs.frozen
class Delegate(Participant, tag="test.delegate"):
    delegation: str = "unknown"


def _event() -> Event:
    return Event(
        id="e1",
        name="Reopening",
        kind="ceremony",
        start=PartialDate(2025, 12, 12),
        location=Place(name="Kazakh Room", within=Place(name="UNOG", kind="building")),
        participants=(
            Participant(id="p1", name="Kairat Torebayev", roles=(Role(code="speaker"),)),
            Participant(id="g1", name="heads of missions", kind="group"),
        ),
        statements=(
            Statement(
                id="s1",
                text="We are pleased",
                speaker="p1",
                cue="noted",
                span=Span(start=10, end=24, text="We are pleased"),
            ),
        ),
        source=Source(
            published=PartialDate(2025, 12, 12),
            retrieved=dt.datetime(2025, 12, 13, 8, 30, tzinfo=dt.UTC),
        ),
    )


def _details(exc: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return [(d.path, d.code) for d in exc.value.details]


# ------------------------------------------------------------------------------ round trips


def test_dumps_then_loads_gives_an_equal_event() -> None:
    event = _event()
    assert loads(dumps(event), Event) == event
    assert loads(dumps(event)) == event


def test_dumps_is_deterministic_and_canonical_bytes_round_trip() -> None:
    data = dumps(_event())
    assert dumps(loads(data)) == data
    assert dumps(_event()) == data


def test_document_carries_format_version_and_type_first() -> None:
    doc = to_dict(_event())
    assert list(doc)[:3] == ["eventkit", "type", "id"]
    assert doc["eventkit"] == eventkit.FORMAT_VERSION
    assert doc["type"] == "Event"


def test_none_and_empty_values_are_omitted() -> None:
    doc = to_dict(Event(id="e"))
    assert doc == {"eventkit": 1, "type": "Event", "id": "e"}
    statement = to_dict(Statement(id="s", text="x"))
    assert "continuation" not in statement
    assert "speaker" not in statement


def test_dates_are_edtf_strings_and_inferred_dates_say_so() -> None:
    doc = to_dict(Event(id="e", start=PartialDate(2025, 12, approximate=True)))
    assert doc["start"] == "2025-12~"
    inferred = Event(id="e", start=PartialDate(2018, 4, 24, inferred=True))
    assert to_dict(inferred)["start"] == {"date": "2018-04-24", "inferred": True}
    assert loads(dumps(inferred)) == inferred


def test_timestamps_round_trip_with_their_zone() -> None:
    tz = dt.timezone(dt.timedelta(hours=5))
    source = Source(retrieved=dt.datetime(2025, 1, 2, 3, 4, 5, 6, tzinfo=tz))
    assert to_dict(source)["retrieved"] == "2025-01-02T03:04:05.000006+05:00"
    assert loads(dumps(source)) == source


def test_pretty_output_is_indented_and_reads_back() -> None:
    text = dumps(_event(), pretty=True)
    assert text.startswith(b'{\n  "eventkit": 1,')
    assert loads(text) == _event()


def test_loads_accepts_str_and_bytearray() -> None:
    data = dumps(_event())
    assert loads(data.decode()) == _event()
    assert loads(bytearray(data)) == _event()


def test_every_model_class_round_trips_on_its_own() -> None:
    for obj in (
        Span(start=0, end=1, text="x"),
        Place(name="Geneva", kind="city"),
        Role(code="host", label="hosted by"),
        Source(url="https://example.org", sha256="0" * 64),
        _event().participants[0],
        _event().statements[0],
    ):
        assert loads(dumps(obj)) == obj


# ------------------------------------------------------------------------------ subclasses


def test_a_subclass_round_trips_as_itself() -> None:
    event = Ceremony(id="c", dress_code="formal", venue_opened=PartialDate(1997))
    back = loads(dumps(event))
    assert type(back) is Ceremony
    assert back == event
    assert loads(dumps(event), Event) == event


def test_subclasses_in_fields_typed_as_the_base_round_trip() -> None:
    keynote = Keynote(id="k1", text="Welcome", minutes=12, speaker="p1")
    event = Ceremony(
        id="c",
        participants=(Delegate(id="p1", name="A", delegation="KZ"),),
        statements=(keynote, Statement(id="s2", text="plain")),
        keynote=Keynote(id="k2", text="Closing"),
        sponsors=(Participant(id="x", name="Sponsor"),),
    )
    data = dumps(event)
    back = loads(data)
    assert back == event
    assert [type(s) for s in back.statements] == [Keynote, Statement]
    assert type(back.participants[0]) is Delegate
    assert dumps(back) == data
    assert orjson.loads(data)["statements"][0]["type"] == "test.keynote"
    assert "type" not in orjson.loads(data)["statements"][1]


def test_subclass_tags_are_names_not_import_paths() -> None:
    data = to_dict(Ceremony(id="c"))
    assert data["type"] == "Ceremony"


def test_two_classes_claiming_one_tag_fail_at_definition() -> None:
    with pytest.raises(RegistryError, match="already taken"):

        @attrs.frozen
        class Other(Event, tag="Ceremony"):
            pass


def test_a_tag_must_be_a_non_empty_string() -> None:
    with pytest.raises(RegistryError):

        class Bad(Event, tag=""):
            pass


def test_an_unsupported_field_type_is_a_registry_error() -> None:
    @attrs.frozen
    class Listy(Event, tag="test.listy"):
        items: list[str] = attrs.Factory(list)

    with pytest.raises(RegistryError, match=r"Listy\.items"):
        Listy(id="x")


def test_a_document_cannot_name_an_unregistered_class() -> None:
    """A tag is looked up in the registry only; it never imports anything."""
    doc = {"type": "os.system", "id": "e"}
    with pytest.raises(ValidationError) as exc:
        from_dict(doc)
    assert _details(exc) == [("$.type", "unknown_type")]


def test_a_tag_of_an_unrelated_class_is_rejected() -> None:
    doc = {
        "type": "Event",
        "statements": [{"type": "Participant", "id": "p", "name": "A"}],
        "id": "e",
    }
    with pytest.raises(ValidationError) as exc:
        from_dict(doc)
    assert _details(exc) == [("$.statements[0].type", "type_mismatch")]


# ------------------------------------------------------------------------------ nothing lost


def test_unknown_fields_are_kept_and_written_back() -> None:
    data = b'{"eventkit":1,"type":"Event","id":"e","participants":[{"id":"p","name":"A","kind":"person","shoe_size":44}],"mood":"festive"}'
    event = loads(data)
    assert event.extras["mood"] == "festive"
    assert event.participants[0].extras["shoe_size"] == 44
    assert dumps(event) == data


def test_unknown_fields_survive_a_load_change_dump_cycle() -> None:
    data = b'{"type":"Event","id":"e","future":{"b":[1,2],"a":null}}'
    changed = attrs.evolve(loads(data), name="New name")
    again = orjson.loads(dumps(changed))
    assert again["future"] == {"a": None, "b": [1, 2]}
    assert again["name"] == "New name"


def test_an_unknown_type_tag_falls_back_to_the_declared_base_and_is_kept() -> None:
    data = b'{"eventkit":1,"type":"Event","id":"e","statements":[{"type":"Rebuttal","id":"s","text":"No","mode":"direct","rebuts":"s0"}]}'
    event = loads(data)
    statement = event.statements[0]
    assert type(statement) is Statement
    assert statement.extras == {"type": "Rebuttal", "rebuts": "s0"}
    assert dumps(event) == data


def test_an_unknown_top_level_tag_falls_back_when_the_class_is_given() -> None:
    data = b'{"eventkit":1,"type":"Gala","id":"e","dress":"black tie"}'
    event = loads(data, Event)
    assert type(event) is Event
    assert dumps(event) == data


def test_strict_rejects_unknown_fields_and_tags_naming_each_path() -> None:
    data = b'{"type":"Event","id":"e","mood":1,"statements":[{"type":"Rebuttal","id":"s","text":"x"}],"participants":[{"id":"p","name":"A","x":1}]}'
    with pytest.raises(ValidationError) as exc:
        loads(data, strict=True)
    assert _details(exc) == [
        ("$.participants[0].x", "unknown_field"),
        ("$.statements[0].type", "unknown_type"),
        ("$.mood", "unknown_field"),
    ]


# ------------------------------------------------------------------------------ bad input

BAD_DOCUMENTS = [
    # (document, expected (path, code) list)
    (b'{"type":"Event","id":"e","name":42}', [("$.name", "type")]),
    (b'{"type":"Event"}', [("$.id", "missing")]),
    (b'{"type":"Event","id":null}', [("$.id", "type")]),
    (b'{"type":"Event","id":"e","participants":{}}', [("$.participants", "type")]),
    (
        b'{"type":"Event","id":"e","participants":[{"id":"p","name":"A"},{"id":"p","name":"B"}]}',
        [("$.participants[1].id", "duplicate_id")],
    ),
    (
        b'{"type":"Event","id":"e","statements":[{"id":"s","text":"t"},{"id":"s2","text":"t","speaker":"p9"}]}',
        [("$.statements[1].speaker", "unknown_speaker")],
    ),
    (
        b'{"type":"Event","id":"e","statements":[{"id":"s","text":"abc","span":{"start":0,"end":2,"text":"abc"}}]}',
        [("$.statements[0].span.text", "value")],
    ),
    (b'{"type":"Event","id":"e","start":"2025-02-30"}', [("$.start.day", "value")]),
    (b'{"type":"Event","id":"e","start":20251212}', [("$.start", "type")]),
    (
        b'{"type":"Event","id":"e","start":"12 December 2025"}',
        [("$", "value")][:0] or [("$.start", "value")],
    ),
    (
        b'{"type":"Event","id":"e","source":{"retrieved":"2025-12-12T10:00:00"}}',
        [("$.source.retrieved", "value")],
    ),
    (
        b'{"type":"Event","id":"e","participants":[{"id":"p","name":"A","kind":"robot"}]}',
        [("$.participants[0].kind", "value")],
    ),
    (
        b'{"type":"Event","id":"e","participants":[{"id":"p","name":"A","aliases":["a",1]}]}',
        [("$.participants[0].aliases[1]", "type")],
    ),
    (
        b'{"type":"Event","id":"e","statements":[{"id":"s","text":"t","continuation":"yes"}]}',
        [("$.statements[0].continuation", "type")],
    ),
    (
        b'{"type":"Event","id":"e","location":{"name":"X","within":{"kind":"city"}}}',
        [("$.location.within.name", "missing")],
    ),
    (b'{"eventkit":2,"type":"Event","id":"e"}', [("$.eventkit", "version")]),
    (b'{"eventkit":"1","type":"Event","id":"e"}', [("$.eventkit", "version")]),
    (b'{"id":"e"}', [("$.type", "missing")]),
    (b'{"type":null,"id":"e"}', [("$.type", "missing")]),
    (b"[]", [("$", "type")]),
    (b'"Event"', [("$", "type")]),
]


@pytest.mark.parametrize(("data", "expected"), BAD_DOCUMENTS)
def test_bad_documents_name_the_path_and_code(data: bytes, expected: list[tuple[str, str]]) -> None:
    with pytest.raises(ValidationError) as exc:
        loads(data)
    assert _details(exc) == expected
    for path, _ in expected:
        assert f"`{path}`" in str(exc.value)


def test_every_problem_in_a_document_is_reported() -> None:
    data = b'{"type":"Event","id":"e","name":1,"participants":[{"id":"p"},{"id":2,"name":"B"}],"kind":[]}'
    with pytest.raises(ValidationError) as exc:
        loads(data)
    assert _details(exc) == [
        ("$.name", "type"),
        ("$.kind", "type"),
        ("$.participants[0].name", "missing"),
        ("$.participants[1].id", "type"),
    ]
    assert str(exc.value).startswith("4 problems:\n  Expected `str`, got `int` - at `$.name`")
    assert exc.value.errors()[0] == {
        "path": "$.name",
        "code": "type",
        "message": "Expected `str`, got `int`",
        "input": 1,
    }


def test_no_silent_coercion_of_numbers_to_strings() -> None:
    with pytest.raises(ValidationError):
        loads(b'{"type":"Participant","id":"p","name":42}')


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"{",
        b'{"type":"Event","id":"e"} trailing',
        b'{"type":"Event","id":"\xff"}',
        b'{"type":"Event","id":"e","x":NaN}',
        b'{"type":"Event","id":"e","x":Infinity}',
        b'{"type":"Event","id":"e","x":' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    ],
)
def test_unreadable_json_is_a_decode_error(data: bytes) -> None:
    with pytest.raises(DecodeError) as exc:
        loads(data)
    assert _details(exc) == [("$", "json")]
    assert str(exc.value).startswith("Invalid JSON at line 1, column ")


def test_huge_integers_are_refused_not_rounded() -> None:
    with pytest.raises(ValidationError) as exc:
        loads(b'{"type":"Event","id":"e","x":[123456789012345678901234567890]}')
    assert _details(exc) == [("$.x[0]", "value")]
    assert loads(b'{"type":"Event","id":"e","x":18446744073709551615}').extras["x"] == 2**64 - 1


def test_deep_nesting_within_the_parser_limit_is_an_error_not_a_crash() -> None:
    data = b'{"type":"Event","id":"e","x":' + b"[" * 1000 + b"]" * 1000 + b"}"
    try:
        event = loads(data)
    except EventkitError:
        return
    assert loads(dumps(event)) == event


def test_deeply_nested_python_data_is_an_error_not_a_crash() -> None:
    nested: object = []
    for _ in range(100_000):
        nested = [nested]
    with pytest.raises(ValidationError) as exc:
        from_dict({"type": "Event", "id": "e", "x": nested})
    assert _details(exc) == [("$", "depth")]


def test_loads_rejects_a_non_text_input() -> None:
    with pytest.raises(DecodeError):
        loads(42)  # type: ignore[call-overload]


def test_from_dict_rejects_a_class_that_is_not_a_model() -> None:
    with pytest.raises(EventkitError):
        from_dict({"id": "e"}, dict)  # type: ignore[call-overload]


def test_dumps_of_a_non_model_is_an_encode_error() -> None:
    with pytest.raises(EncodeError):
        dumps({"id": "e"})  # type: ignore[arg-type]


def test_dumps_of_an_unencodable_value_is_an_encode_error() -> None:
    @attrs.frozen
    class Counted(Event, tag="test.counted"):
        count: int = 0

    with pytest.raises(EncodeError):
        dumps(Counted(id="e", count=2**70))
    with pytest.raises(EncodeError):
        dumps(Event(id="e", name="\ud800"))


def test_date_range_fields_in_user_classes_round_trip() -> None:
    @attrs.frozen
    class Festival(Event, tag="test.festival"):
        run: DateRange | None = None
        opened: dt.date | None = None
        rating: float = 0.0

    festival = Festival(
        id="f", run=DateRange.from_edtf("2025-06-01/.."), opened=dt.date(1990, 1, 2), rating=4
    )
    assert loads(dumps(festival)) == festival
    with pytest.raises(ValidationError) as exc:
        loads(
            b'{"type":"test.festival","id":"f","opened":"1990-13-01","run":"2025","rating":"high"}'
        )
    assert _details(exc) == [("$.run", "value"), ("$.opened", "value"), ("$.rating", "type")]


# ------------------------------------------------------------------------------ JSON Lines


def test_json_lines_round_trip_through_bytes_and_files() -> None:
    events = [_event(), Ceremony(id="c", dress_code="formal")]
    data = dump_lines(events)
    assert data.count(b"\n") == 2
    assert list(load_lines(data)) == events
    buffer = io.BytesIO()
    assert dump_lines(events, buffer) == 2
    assert buffer.getvalue() == data
    buffer.seek(0)
    assert list(load_lines(buffer, Event)) == events
    assert list(load_lines(io.StringIO(data.decode()))) == events
    assert list(load_lines(data.decode())) == events


def test_json_lines_skip_blank_lines() -> None:
    data = b"\n" + dump_lines([_event()]) + b"\r\n  \n"
    assert list(load_lines(data)) == [_event()]


def test_a_bad_line_raises_with_its_line_number() -> None:
    data = dump_lines([_event()]) + b'{"type":"Event"}\n' + dump_lines([_event()])
    with pytest.raises(ValidationError) as exc:
        list(load_lines(data))
    assert exc.value.line == 2
    assert str(exc.value) == "line 2: Object missing required field `id` - at `$.id`"


def test_bad_lines_can_be_skipped_and_collected() -> None:
    data = b"{oops\n" + dump_lines([_event()]) + b'{"type":"Event","id":1}\n'
    errors: list[ValidationError] = []
    assert list(load_lines(data, on_error=errors.append)) == [_event()]
    assert [(e.line, type(e)) for e in errors] == [(1, DecodeError), (3, ValidationError)]


@attrs.frozen
class WithDefaults(Event, tag="test.defaults"):
    must: str | None
    note: str | None = "n/a"
    level: int = 3


def test_null_and_absent_fields_of_a_user_class_read_as_declared() -> None:
    both_null = loads(b'{"type":"test.defaults","id":"e","must":null,"note":null}')
    assert (both_null.must, both_null.note, both_null.level) == (None, None, 3)
    absent = loads(b'{"type":"test.defaults","id":"e","must":"x"}')
    assert (absent.must, absent.note) == ("x", "n/a")
    with pytest.raises(ValidationError) as exc:
        loads(b'{"type":"test.defaults","id":"e"}')
    assert _details(exc) == [("$.must", "missing")]
    with pytest.raises(ValidationError) as exc:
        loads(b'{"type":"test.defaults","id":"e","must":"x","level":null}')
    assert _details(exc) == [("$.level", "type")]


@attrs.frozen
class Checked(Event, tag="test.checked"):
    score: int = attrs.field(default=0, validator=attrs.validators.le(10))


def test_a_user_class_with_its_own_validator_is_built_through_it() -> None:
    assert loads(b'{"type":"test.checked","id":"e","score":7}').score == 7  # type: ignore[attr-defined]
    with pytest.raises(ValidationError) as exc:
        loads(b'{"type":"test.checked","id":"e","score":70}')
    assert _details(exc) == [("$", "value")]
    assert "Checked" in str(exc.value)


def test_load_lines_reads_past_a_chunk_and_keeps_the_collector_as_it_was() -> None:
    import gc

    events = [Event(id=f"e{i}") for i in range(2500)]
    data = dump_lines(events)
    assert gc.isenabled()
    seen = []
    for event in load_lines(data, Event):
        assert gc.isenabled()  # the caller's code always runs with its own settings
        seen.append(event)
    assert seen == events
    gc.disable()
    try:
        assert sum(1 for _ in load_lines(data, Event)) == 2500
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_bad_line_in_a_later_chunk_comes_after_the_good_lines_before_it() -> None:
    data = dump_lines([Event(id=f"e{i}") for i in range(1500)]) + b"{bad\n"
    reader = load_lines(data, Event)
    assert sum(1 for _ in itertools.islice(reader, 1500)) == 1500
    with pytest.raises(DecodeError) as exc:
        next(reader)
    assert exc.value.line == 1501


def test_load_lines_hands_frozen_objects_back_at_the_end_and_when_stopped_early() -> None:
    import gc

    data = dump_lines([Event(id=f"e{i}") for i in range(2500)])
    assert gc.get_freeze_count() == 0
    reader = load_lines(data, Event)
    next(reader)
    assert gc.get_freeze_count() > 0  # objects read so far are parked
    reader.close()
    assert gc.get_freeze_count() == 0
    assert sum(1 for _ in load_lines(data, Event)) == 2500
    assert gc.get_freeze_count() == 0


def test_load_lines_leaves_a_callers_own_freeze_alone() -> None:
    import gc

    keep = [object() for _ in range(10)]
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        assert sum(1 for _ in load_lines(dump_lines([Event(id="e")] * 1500), Event)) == 1500
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()
    del keep


# ------------------------------------------------------------- the generated fast decoders


def _reordered(value: object) -> object:
    """The same JSON value with the keys of every object in reverse order."""
    if isinstance(value, dict):
        return {key: _reordered(value[key]) for key in reversed(list(value))}
    if isinstance(value, list):
        return [_reordered(item) for item in value]
    return value


def test_keys_in_any_order_read_the_same() -> None:
    event = _event()
    doc = to_dict(event)
    assert from_dict(_reordered(doc), Event) == event
    assert loads(orjson.dumps(_reordered(doc))) == event
    assert from_dict(doc, Event) == event  # and the usual order still reads after another


def test_nulls_and_bad_values_in_a_known_key_layout_are_still_checked() -> None:
    doc = to_dict(_event())
    for _ in range(2):  # the second time the layout of every object is a known one
        assert from_dict(doc, Event) == _event()
    nulls = to_dict(_event())
    nulls["statements"][0]["cue"] = None  # an optional field: null reads as None
    assert from_dict(nulls, Event).statements[0].cue is None
    bad = to_dict(_event())
    bad["statements"][0]["mode"] = None  # not optional: null is an error
    bad["participants"][0]["roles"][0]["code"] = 7
    bad["location"]["within"]["name"] = " "
    with pytest.raises(ValidationError) as exc:
        from_dict(bad, Event)
    assert _details(exc) == [
        ("$.location.within.name", "value"),
        ("$.participants[0].roles[0].code", "type"),
        ("$.statements[0].mode", "value"),
    ]


def test_many_key_layouts_of_one_class_all_read() -> None:
    from eventkit import _fast

    names = ["label", "span", "extra_a", "extra_b", "extra_c"]
    layouts = [
        {"code": "c", **dict.fromkeys(chosen)}
        for n in range(len(names) + 1)
        for chosen in itertools.permutations(names, n)
    ]
    assert len(layouts) > _fast._MAX_SHAPES
    for doc in layouts:
        role = from_dict(doc, Role)
        assert role.code == "c"
        assert role.label is None
        assert set(role.extras) == {k for k in doc if k.startswith("extra")}


def test_decoded_objects_are_of_their_own_class_and_behave_so() -> None:
    import pickle
    import weakref

    event = loads(dumps(_event()))
    assert type(event) is Event
    assert type(event.participants[0]) is Participant
    assert type(event.statements[0].span) is Span
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        event.id = "x"  # type: ignore[misc]
    assert weakref.ref(event)() is event
    assert pickle.loads(pickle.dumps(event)) == event
    assert hash(event) == hash(_event())
    # The builder classes behind the decoder are never registered under a tag.
    assert {type(o).__name__ for o in (event, *event.participants)} == {"Event", "Participant"}
    assert all(
        not name.startswith("_builder") and not cls.__name__.startswith("_builder")
        for name, cls in eventkit._base._BY_TAG.items()
    )


@pytest.mark.parametrize(
    "tz",
    [
        dt.UTC,
        dt.timezone(dt.timedelta(hours=-5, minutes=-30)),
        dt.timezone(dt.timedelta(seconds=30)),
        dt.timezone(dt.timedelta(hours=1, microseconds=5)),
        dt.timezone(dt.timedelta(hours=1), "CET"),
    ],
)
@pytest.mark.parametrize("microsecond", [0, 120])
def test_dumps_writes_timestamps_as_to_dict_does(tz: dt.tzinfo, microsecond: int) -> None:
    stamp = dt.datetime(987, 6, 5, 4, 3, 2, microsecond, tzinfo=tz)
    event = Event(id="e", source=Source(retrieved=stamp))
    assert dumps(event) == orjson.dumps(to_dict(event))
    assert to_dict(event)["source"]["retrieved"] == stamp.isoformat()
    assert loads(dumps(event)) == event


def test_dates_write_the_same_every_time() -> None:
    for date in (
        PartialDate(2025, 12, 1),
        PartialDate(999, 1, 2),
        PartialDate(2025, 2, 3, approximate=True),
        PartialDate(2025, 2, 3, inferred=True),
        PartialDate(2025, 2),
    ):
        event = Event(id="e", start=date)
        first = dumps(event)
        assert dumps(event) == first
        assert loads(first) == event


@attrs.frozen(cache_hash=True)
class CachedHash(Event, tag="test.cached_hash"):
    rank: int = 0


def test_a_class_with_slots_of_attrs_own_is_built_through_its_constructor() -> None:
    back = loads(dumps(CachedHash(id="e", rank=2)))
    assert back == CachedHash(id="e", rank=2)
    assert hash(back) == hash(CachedHash(id="e", rank=2))


def test_an_int_too_large_for_a_float_field_is_a_validation_error() -> None:
    @attrs.frozen
    class Rated(Event, tag="test.rated"):
        rating: float = 0.0

    assert from_dict({"type": "test.rated", "id": "e", "rating": 3}, Rated).rating == 3.0
    for huge in (10**400, -(2**1100)):
        with pytest.raises(ValidationError, match=r"too large for a float - at `\$\.rating`"):
            from_dict({"type": "test.rated", "id": "e", "rating": huge}, Rated)
