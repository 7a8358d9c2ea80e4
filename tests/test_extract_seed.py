"""``eventkit.extract`` on the seed press release and the public corpus (``tests/fixtures``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventkit import Event, PartialDate, dumps, extract, loads

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
SEED = CORPUS / "00_kazakh_room_geneva.txt"
DOCUMENTS = sorted(p.stem for p in CORPUS.glob("*.txt"))


def _read(stem: str) -> tuple[str, dict[str, Any]]:
    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    gold = json.loads((CORPUS / f"{stem}.gold.json").read_text(encoding="utf-8"))
    return text, gold


@pytest.fixture(scope="module")
def seed() -> tuple[str, Event]:
    text = SEED.read_text(encoding="utf-8")
    return text, extract(text)


def _person(event: Event, name: str) -> Any:
    found = [p for p in event.participants if p.name == name]
    assert len(found) == 1, [p.name for p in event.participants]
    return found[0]


def test_seed_has_the_four_named_participants_with_titles_and_roles(
    seed: tuple[str, Event],
) -> None:
    _, event = seed
    people = [p for p in event.participants if p.kind == "person"]
    assert [p.name for p in people] == [
        "Kairat Torebayev",
        "Tatiana Valovaya",
        "Ugochi Daniels",
        "Dimash Qudaibergen",
    ]
    for name in ("Kairat Torebayev", "Tatiana Valovaya", "Ugochi Daniels"):
        assert _person(event, name).has_role("speaker")
    dimash = _person(event, "Dimash Qudaibergen")
    guest = [r for r in dimash.roles if r.code == "guest_of_honor"]
    assert [r.label for r in guest] == ["honored guest"]
    assert {"Dimash", "D.Qudaibergen"} <= set(dimash.aliases)
    assert "the artist" in dimash.descriptors
    torebayev = _person(event, "Kairat Torebayev")
    assert "K. Torebayev" in torebayev.aliases
    assert torebayev.affiliations[0].label == (
        "Kazakhstan\u2019s Permanent Representative to the World Trade Organization and "
        "international economic organizations"
    )
    assert torebayev.affiliations[0].organization == "World Trade Organization"
    assert torebayev.affiliations[0].on_behalf_of == "Kazakhstan"
    daniels = _person(event, "Ugochi Daniels")
    assert [a.label for a in daniels.affiliations] == [
        "Deputy Director General of the International Organization for Migration (IOM)",
        "IOM Deputy Director General",
    ]
    assert "U.Daniels" in daniels.aliases


def test_seed_statements_have_their_speakers_and_exact_spans(seed: tuple[str, Event]) -> None:
    text, event = seed
    by_start = {s.span.start: s for s in event.statements if s.span is not None}
    quote = by_start[917]
    assert quote.mode == "direct"
    assert quote.span is not None
    assert quote.span.end == 1157
    assert quote.cue == "noted"
    assert quote.speaker_mention == "K. Torebayev"
    names = {p.id: p.name for p in event.participants}
    assert names[quote.speaker or ""] == "Kairat Torebayev"
    announced = by_start[1283]
    assert announced.text == "the appointment of D.Qudaibergen as an IOM Global Goodwill Ambassador"
    assert names[announced.speaker or ""] == "Ugochi Daniels"
    assert announced.kind == "announcement"
    for start in (1541, 1794):
        assert names[by_start[start].speaker or ""] == "Dimash Qudaibergen"
    assert by_start[1794].cue == "According to"
    for statement in event.statements:
        assert statement.span is not None
        assert text[statement.span.start : statement.span.end] == statement.text


def test_seed_video_title_and_opening_remarks_are_not_statements(seed: tuple[str, Event]) -> None:
    _, event = seed
    assert not any("Kieli Meken" in s.text for s in event.statements)
    assert not any(s.text.startswith("Opening remarks") for s in event.statements)


def test_seed_event_kind_place_dates_and_groups(seed: tuple[str, Event]) -> None:
    _, event = seed
    assert event.kind == "ceremony"
    assert event.location is not None
    assert [p.name for p in event.location.chain()] == [
        "Kazakh Room",
        "United Nations Office at Geneva",
    ]
    assert event.start is None  # only "on the eve of" Independence Day: no date is given
    assert event.source is not None
    assert event.source.published == PartialDate(2025, 12, 12)
    groups = [p.name for p in event.participants if p.kind == "group"]
    assert groups == [
        "heads of diplomatic missions",
        "representatives of international organizations",
        "members of the Kazakh diaspora",
    ]


def test_seed_event_round_trips_through_json(seed: tuple[str, Event]) -> None:
    _, event = seed
    assert loads(dumps(event)) == event


@pytest.mark.parametrize("stem", DOCUMENTS)
def test_every_required_gold_statement_is_found_with_its_speaker(stem: str) -> None:
    """Each required gold statement overlaps a prediction by half of each, same speaker."""
    text, gold = _read(stem)
    published = gold.get("publication_date")
    event = extract(text, published=PartialDate.from_edtf(published) if published else None)
    names = {p.id: p.name for p in event.participants}
    for item in gold["statements"]:
        if item.get("optional") or item.get("speaker_type") == "organization":
            continue
        matches = []
        for statement in event.statements:
            assert statement.span is not None
            shared = min(statement.span.end, item["end"]) - max(statement.span.start, item["start"])
            if 2 * shared >= statement.span.end - statement.span.start and 2 * shared >= (
                item["end"] - item["start"]
            ):
                matches.append(statement)
        assert len(matches) == 1, item["text"][:40]
        assert names.get(matches[0].speaker or "") == item["speaker"]


@pytest.mark.parametrize("stem", DOCUMENTS)
def test_people_named_only_in_bylines_or_contacts_are_not_participants(stem: str) -> None:
    text, gold = _read(stem)
    names = {p.name for p in extract(text).participants}
    for person in gold.get("mentioned_persons", []):
        if "byline" in person.get("role", "") or "contact" in person.get("role", ""):
            assert person["name"] not in names
