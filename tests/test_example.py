"""The hand-made example of the seed press release is complete and its spans are exact."""

import hashlib
from pathlib import Path

import pytest

import eventkit
from eventkit import Event, Span

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return (EXAMPLES / "kazakh_room_geneva.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def event() -> Event:
    return eventkit.loads((EXAMPLES / "kazakh_room.json").read_bytes(), Event, strict=True)


def _spans(value: object) -> list[Span]:
    """Every Span reachable from a model object."""
    if isinstance(value, Span):
        return [value]
    if isinstance(value, tuple):
        return [s for item in value for s in _spans(item)]
    if isinstance(value, eventkit.Model):
        return [
            s for name in type(value).__attrs_attrs__ for s in _spans(getattr(value, name.name))
        ]
    return []


def test_every_span_points_at_its_text_in_the_seed(event: Event, seed_text: str) -> None:
    spans = _spans(event)
    assert len(spans) > 30
    for span in spans:
        assert seed_text[span.start : span.end] == span.text, span


def test_the_source_hash_is_the_hash_of_the_seed_text(event: Event, seed_text: str) -> None:
    assert event.source is not None
    assert event.source.sha256 == hashlib.sha256(seed_text.encode("utf-8")).hexdigest()


def test_publication_date_is_kept_apart_from_the_event_date(event: Event) -> None:
    assert event.source is not None
    assert str(event.source.published) == "2025-12-12"
    assert event.start is None  # the text gives the date only relative to Independence Day
    assert event.date_span is not None
    assert event.date_span.text.startswith("On the eve of the 34th anniversary")


def test_four_named_participants_with_titles_aliases_and_roles(event: Event) -> None:
    people = {p.name: p for p in event.participants if p.kind == "person"}
    assert list(people) == [
        "Kairat Torebayev",
        "Tatiana Valovaya",
        "Ugochi Daniels",
        "Dimash Qudaibergen",
    ]
    assert people["Kairat Torebayev"].aliases == ("K. Torebayev",)
    assert people["Ugochi Daniels"].aliases == ("U.Daniels",)
    assert people["Dimash Qudaibergen"].aliases == ("Dimash", "D.Qudaibergen")
    assert people["Dimash Qudaibergen"].descriptors == ("the artist",)
    assert len(people["Dimash Qudaibergen"].affiliations) == 3
    torebayev = people["Kairat Torebayev"].affiliations[0]
    assert (torebayev.title, torebayev.on_behalf_of) == ("Permanent Representative", "Kazakhstan")
    honored = people["Dimash Qudaibergen"].roles[0]
    assert (honored.code, honored.label) == ("guest_of_honor", "honored guest")
    for name in ("Kairat Torebayev", "Tatiana Valovaya", "Ugochi Daniels"):
        assert people[name].has_role("speaker")


def test_unnamed_groups_of_attendees_are_group_participants(event: Event) -> None:
    groups = [p.name for p in event.participants if p.kind == "group"]
    assert groups == [
        "heads of diplomatic missions",
        "representatives of international organizations",
        "members of the Kazakh diaspora",
    ]


def test_statements_with_speakers_cues_and_mentions(event: Event) -> None:
    said = [
        (event.participant(s.speaker).name if s.speaker else None, s.mode, s.cue, s.speaker_mention)
        for s in event.statements
    ]
    assert said == [
        ("Kairat Torebayev", "direct", "noted", "K. Torebayev"),
        ("Ugochi Daniels", "reported", "officially announced", "U.Daniels"),
        ("Dimash Qudaibergen", "reported", "emphasized that", "D.Qudaibergen"),
        ("Dimash Qudaibergen", "reported", "According to", "the artist"),
    ]


def test_the_room_is_inside_the_un_office_at_geneva(event: Event) -> None:
    assert event.location is not None
    names = [p.name for p in event.location.chain()]
    assert names[:2] == ["Kazakh Room", "United Nations Office at Geneva"]


def test_the_example_file_is_canonical(event: Event) -> None:
    assert (
        eventkit.dumps(event, pretty=True) + b"\n" == (EXAMPLES / "kazakh_room.json").read_bytes()
    )
