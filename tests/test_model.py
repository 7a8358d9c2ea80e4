"""Construction, invariants and immutability of the model classes."""

import datetime as dt
import pickle

import attrs
import pytest

from eventkit import (
    Affiliation,
    DateRange,
    Event,
    FrozenMap,
    PartialDate,
    Participant,
    Place,
    Role,
    Source,
    Span,
    Statement,
    ValidationError,
)


def _codes(exc: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return [(d.path, d.code) for d in exc.value.details]


def test_span_text_must_have_the_length_of_the_span() -> None:
    with pytest.raises(ValidationError) as exc:
        Span(start=3, end=5, text="abc")
    assert _codes(exc) == [("$.text", "value")]
    assert str(exc.value) == "`text` has 3 characters but the span covers 2 - at `$.text`"


def test_span_end_before_start_is_rejected() -> None:
    with pytest.raises(ValidationError) as exc:
        Span(start=5, end=3, text="")
    assert _codes(exc) == [("$.end", "value")]


def test_span_start_must_not_be_negative() -> None:
    with pytest.raises(ValidationError) as exc:
        Span(start=-1, end=0, text="x")
    assert ("$.start", "value") in _codes(exc)


def test_span_verify_checks_against_the_source() -> None:
    span = Span(start=4, end=8, text="Room")
    assert span.verify("The Room")
    assert not span.verify("The room")


def test_field_types_are_checked_at_construction() -> None:
    with pytest.raises(ValidationError) as exc:
        Participant(id="p1", name=42)  # type: ignore[arg-type]
    assert _codes(exc) == [("$.name", "type")]
    assert "Expected `str`, got `int`" in str(exc.value)


def test_bool_is_not_an_int() -> None:
    with pytest.raises(ValidationError):
        Span(start=True, end=1, text="x")  # type: ignore[arg-type]


def test_literal_fields_accept_only_their_values() -> None:
    with pytest.raises(ValidationError) as exc:
        Participant(id="p1", name="X", kind="robot")  # type: ignore[arg-type]
    assert _codes(exc) == [("$.kind", "type")]


def test_ids_must_not_be_empty() -> None:
    with pytest.raises(ValidationError) as exc:
        Event(id="  ")
    assert _codes(exc) == [("$.id", "value")]


def test_participant_ids_are_unique_within_an_event() -> None:
    people = [Participant(id="p1", name="A"), Participant(id="p1", name="B")]
    with pytest.raises(ValidationError) as exc:
        Event(id="e", participants=tuple(people))
    assert _codes(exc) == [("$.participants[1].id", "duplicate_id")]


def test_statement_ids_are_unique_within_an_event() -> None:
    said = (Statement(id="s1", text="a"), Statement(id="s1", text="b"))
    with pytest.raises(ValidationError) as exc:
        Event(id="e", statements=said)
    assert _codes(exc) == [("$.statements[1].id", "duplicate_id")]


def test_a_speaker_must_be_a_participant_of_the_event() -> None:
    with pytest.raises(ValidationError) as exc:
        Event(
            id="e",
            participants=(Participant(id="p1", name="A"),),
            statements=(Statement(id="s1", text="hi", speaker="p2"),),
        )
    assert _codes(exc) == [("$.statements[0].speaker", "unknown_speaker")]


def test_a_statement_without_a_speaker_is_valid() -> None:
    event = Event(id="e", statements=(Statement(id="s1", text="hi"),))
    assert event.statements[0].speaker is None


def test_statement_span_must_hold_its_text() -> None:
    with pytest.raises(ValidationError) as exc:
        Statement(id="s", text="hello", span=Span(start=0, end=5, text="help!"))
    assert _codes(exc) == [("$.span.text", "value")]


def test_event_end_must_not_precede_start() -> None:
    with pytest.raises(ValidationError) as exc:
        Event(id="e", start=PartialDate(2025, 12, 12), end=PartialDate(2025, 12, 10))
    assert _codes(exc) == [("$.end", "value")]
    # A month that contains the start day is not "before" it.
    Event(id="e", start=PartialDate(2025, 12, 12), end=PartialDate(2025, 12))


def test_affiliation_needs_some_content() -> None:
    with pytest.raises(ValidationError):
        Affiliation()
    assert Affiliation(title="Minister").title == "Minister"


def test_source_sha256_must_be_hex() -> None:
    with pytest.raises(ValidationError) as exc:
        Source(sha256="xyz")
    assert _codes(exc) == [("$.sha256", "value")]


def test_source_timestamp_must_have_a_zone() -> None:
    with pytest.raises(ValidationError):
        Source(retrieved=dt.datetime(2025, 12, 12, 10, 0))
    Source(retrieved=dt.datetime(2025, 12, 12, 10, 0, tzinfo=dt.UTC))


def test_lists_become_tuples_and_dicts_become_frozen_maps() -> None:
    participant = Participant(
        id="p1",
        name="A",
        aliases=["a"],  # type: ignore[arg-type]
        extras={"tags": ["x", {"y": 1}]},  # type: ignore[arg-type]
    )
    assert participant.aliases == ("a",)
    assert isinstance(participant.extras, FrozenMap)
    assert participant.extras["tags"] == ("x", FrozenMap({"y": 1}))


def test_objects_are_frozen() -> None:
    participant = Participant(id="p1", name="A")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        participant.name = "B"  # type: ignore[misc]
    with pytest.raises(TypeError):
        participant.extras["x"] = 1  # type: ignore[index]


def test_no_mutable_container_is_reachable() -> None:
    """Every value reachable from a model object is immutable."""
    event = Event(
        id="e",
        participants=[Participant(id="p", name="A", aliases=["b"])],  # type: ignore[list-item, arg-type]
        extras={"deep": {"list": [1, [2, {"k": "v"}]]}},  # type: ignore[arg-type]
    )

    def walk(value: object) -> None:
        assert not isinstance(value, (list, dict, set, bytearray)), value
        if isinstance(value, (tuple, FrozenMap)):
            for item in value.values() if isinstance(value, FrozenMap) else value:
                walk(item)
        elif attrs.has(type(value)):
            for field in attrs.fields(type(value)):
                walk(getattr(value, field.name))

    walk(event)


def test_objects_are_hashable_and_equal_by_value() -> None:
    first = Event(id="e", participants=(Participant(id="p", name="A"),), extras={"x": [1]})
    second = Event(id="e", participants=(Participant(id="p", name="A"),), extras={"x": [1]})
    assert first == second
    assert hash(first) == hash(second)
    assert len({first, second}) == 1


def test_evolve_makes_a_checked_copy() -> None:
    event = Event(id="e", participants=(Participant(id="p", name="A"),))
    renamed = attrs.evolve(event, name="Reopening")
    assert renamed.name == "Reopening"
    assert event.name is None
    with pytest.raises(ValidationError):
        attrs.evolve(event, statements=(Statement(id="s", text="x", speaker="nobody"),))


def test_extras_may_not_shadow_fields() -> None:
    with pytest.raises(ValidationError) as exc:
        Participant(id="p", name="A", extras={"name": "B"})
    assert _codes(exc) == [("$.extras.name", "value")]


def test_extras_must_be_json_values() -> None:
    with pytest.raises(ValidationError) as exc:
        Participant(id="p", name="A", extras={"x": float("nan"), "y": object(), "z": 2**70})
    assert [d.path for d in exc.value.details] == ["$.extras.x", "$.extras.y", "$.extras.z"]


def test_objects_pickle() -> None:
    event = Event(id="e", extras={"a": {"b": [1]}}, start=PartialDate(2025, 1))
    assert pickle.loads(pickle.dumps(event)) == event


def test_place_chain_runs_innermost_first() -> None:
    city = Place(name="Geneva", kind="city")
    room = Place(name="Kazakh Room", kind="room", within=Place(name="UNOG", within=city))
    assert [p.name for p in room.chain()] == ["Kazakh Room", "UNOG", "Geneva"]


def test_participant_roles_and_event_lookups() -> None:
    host = Participant(id="p1", name="A", roles=(Role(code="host"),))
    event = Event(
        id="e",
        participants=(host,),
        statements=(Statement(id="s1", text="x", speaker="p1"), Statement(id="s2", text="y")),
    )
    assert host.has_role("host")
    assert not host.has_role("speaker")
    assert event.participant("p1") is host
    assert event.participant("p9") is None
    assert [s.id for s in event.statements_by("p1")] == ["s1"]


@pytest.mark.parametrize(
    ("args", "kwargs", "path"),
    [
        ((2025, 13), {}, "$.month"),
        ((2025, 2, 29), {}, "$.day"),
        ((0,), {}, "$.year"),
        ((2025, None, 3), {}, "$.day"),
        ((2025, 1), {"time": dt.time(10)}, "$.time"),
        ((2025,), {"approximate": 1}, "$.approximate"),
    ],
)
def test_partial_date_rejects_impossible_dates(
    args: tuple[int, ...], kwargs: dict[str, object], path: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        PartialDate(*args, **kwargs)  # type: ignore[arg-type]
    assert exc.value.details[0].path == path


@pytest.mark.parametrize(
    "text",
    [
        "2025",
        "2025-12",
        "2025-12-12",
        "2025-12~",
        "2025-12-12?",
        "2025%",
        "2025-12-12T10:00:00+01:00",
    ],
)
def test_partial_date_edtf_round_trip(text: str) -> None:
    assert PartialDate.from_edtf(text).to_edtf() == text


@pytest.mark.parametrize("text", ["25-12", "2025-1", "2025-12-12T25:00", "2025-12-12T10:00?", "x"])
def test_partial_date_rejects_bad_edtf(text: str) -> None:
    with pytest.raises(ValidationError):
        PartialDate.from_edtf(text)


def test_partial_date_precision_is_what_was_given() -> None:
    assert PartialDate(2025).precision == "year"
    assert PartialDate(2025, 12).precision == "month"
    assert PartialDate(2025, 12, 12).precision == "day"
    assert PartialDate(2025, 12, 12, time=dt.time(10)).precision == "time"


def test_date_range_edtf_round_trip_and_open_ends() -> None:
    assert str(DateRange.from_edtf("2025-12-10/2025-12-12")) == "2025-12-10/2025-12-12"
    assert DateRange.from_edtf("2025-12/..").end is None
    with pytest.raises(ValidationError):
        DateRange(None, None)
    with pytest.raises(ValidationError):
        DateRange.from_edtf("2025-12-10")


def test_partial_date_knows_every_month_length_of_the_gregorian_calendar() -> None:
    import calendar

    for year in range(1, 10000):
        for month in range(1, 13):
            last = calendar.monthrange(year, month)[1]
            assert PartialDate(year, month).latest().day == last


def test_repr_is_attrs_style_for_eventkit_and_user_classes() -> None:
    @attrs.frozen
    class Toast(Statement, tag="test.model.toast"):
        glasses: int = 0

    said = Statement(id="s1", text="Yes.", span=Span(start=0, end=4, text="Yes."), extras={"x": 1})
    assert repr(said) == (
        "Statement(id='s1', text='Yes.', mode='direct', speaker=None, cue=None, "
        "speaker_mention=None, span=Span(start=0, end=4, text='Yes.'), attribution_span=None, "
        "kind=None, continuation=False)"
    )
    assert repr(Toast(id="s2", text="Cheers", glasses=3)) == (
        "Toast(id='s2', text='Cheers', mode='direct', speaker=None, cue=None, "
        "speaker_mention=None, span=None, attribution_span=None, kind=None, continuation=False, "
        "glasses=3)"
    )


def test_equality_and_hash_look_at_every_field_and_the_class() -> None:
    @attrs.frozen
    class Cheers(Statement, tag="test.model.cheers"):
        glasses: int = 0

    one = Statement(id="s1", text="Yes.", extras={"x": [1]})
    same = Statement(id="s1", text="Yes.", extras={"x": [1]})
    assert one == same
    assert hash(one) == hash(same)
    assert len({one, same}) == 1
    assert one != Statement(id="s1", text="Yes.")  # extras count
    assert one != Statement(id="s1", text="No.", extras={"x": [1]})
    assert Statement(id="s", text="t") != Cheers(id="s", text="t")  # the class counts
    assert Cheers(id="s", text="t", glasses=2) == Cheers(id="s", text="t", glasses=2)
    assert Cheers(id="s", text="t", glasses=2) != Cheers(id="s", text="t", glasses=3)
    assert (Statement(id="s", text="t") == "s") is False
    event = Event(id="e", statements=(one,))
    assert hash(event) == hash(Event(id="e", statements=(same,)))
