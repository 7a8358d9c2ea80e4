"""The model: ``Event``, ``Participant``, ``Statement`` and the value types they hold.

Every class is an attrs class, frozen and slotted, with keyword-only fields. Sequences are
tuples and ``extras`` is a read-only :class:`~eventkit.FrozenMap`; constructors turn lists
and dicts given to them into those. Invariants are checked at construction and a broken one
raises :class:`~eventkit.ValidationError` naming the field (``$.statements[2].speaker``).
Make a changed copy with ``attrs.evolve(obj, field=value)``, which checks again.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from typing import Any, ClassVar, Literal

import attrs

from ._base import Model
from ._dates import PartialDate
from ._errors import ErrorDetail
from ._frozen import EMPTY, FrozenMap

__all__ = [
    "Affiliation",
    "Event",
    "Participant",
    "ParticipantKind",
    "Place",
    "Role",
    "Source",
    "Span",
    "Statement",
    "StatementMode",
]

ParticipantKind = Literal["person", "organization", "group"]
StatementMode = Literal["direct", "reported", "mixed"]

_SHA256 = re.compile(r"[0-9a-f]{64}")


def _blank(value: str | None) -> bool:
    return value is not None and (not value or value.isspace())


def _ends_before(end: PartialDate, start: PartialDate) -> bool:
    """Whether the latest day ``end`` can mean is before the earliest day ``start`` can."""
    return (end.year, end.month or 12, end.day or 31) < (
        start.year,
        start.month or 1,
        start.day or 1,
    )


def _non_empty(name: str, value: str | None) -> Iterable[ErrorDetail]:
    if _blank(value):
        yield ErrorDetail(f"$.{name}", "value", f"`{name}` must not be empty", value)


@attrs.frozen(slots=True, kw_only=True, repr=False, eq=False)  # see Model.__eq__
class Span(Model):
    """Where a fact was read: ``source_text[start:end] == text``.

    Offsets count code points (Python ``str`` indices) into the source text exactly as given;
    ``end`` is exclusive.

    >>> Span(start=4, end=9, text="Kazak")
    Span(start=4, end=9, text='Kazak')
    """

    start: int
    end: int
    text: str
    extras: FrozenMap[Any] = attrs.field(default=EMPTY, repr=False)

    def _invariants(self) -> Iterable[ErrorDetail]:
        if self.start < 0:
            yield ErrorDetail("$.start", "value", "`start` must not be negative", self.start)
        if self.end < self.start:
            yield ErrorDetail(
                "$.end", "value", f"`end` ({self.end}) is before `start` ({self.start})", self.end
            )
        elif len(self.text) != self.end - self.start:
            yield ErrorDetail(
                "$.text",
                "value",
                f"`text` has {len(self.text)} characters but the span covers {self.end - self.start}",
                self.text,
            )

    _fast_valid: ClassVar[str] = "0 <= {start} <= {end} and len({text}) == {end} - {start}"
    _checks: ClassVar[tuple[tuple[str, ...], ...]] = (("span", "start", "end", "text"),)

    def verify(self, source_text: str) -> bool:
        """Whether this span points at its own text in ``source_text``."""
        return source_text[self.start : self.end] == self.text


@attrs.frozen(slots=True, kw_only=True, repr=False, eq=False)  # see Model.__eq__
class Place(Model):
    """A place, possibly inside another: a room within a building within a city.

    >>> geneva = Place(name="United Nations Office at Geneva", kind="building")
    >>> room = Place(name="Kazakh Room", kind="room", within=geneva)
    >>> [p.name for p in room.chain()]
    ['Kazakh Room', 'United Nations Office at Geneva']
    """

    name: str
    kind: str | None = None
    within: Place | None = None
    span: Span | None = None
    extras: FrozenMap[Any] = attrs.field(default=EMPTY, repr=False)

    def _invariants(self) -> Iterable[ErrorDetail]:
        yield from _non_empty("name", self.name)

    _fast_valid: ClassVar[str] = "{name} and not {name}.isspace()"
    _checks: ClassVar[tuple[tuple[str, ...], ...]] = (("nonblank", "name"),)

    def chain(self) -> tuple[Place, ...]:
        """This place and every place it is within, innermost first."""
        places: list[Place] = []
        place: Place | None = self
        while place is not None:
            places.append(place)
            place = place.within
        return tuple(places)


@attrs.frozen(slots=True, kw_only=True, repr=False, eq=False)  # see Model.__eq__
class Source(Model):
    """Where the report comes from.

    Attributes:
        url: The address of the page, if known.
        publisher: Who published it ("gov.kz (Ministry of Foreign Affairs ...)").
        title: The headline.
        published: The publication date, with its precision; never the event date.
        retrieved: When the text was fetched (a timestamp with a zone).
        sha256: The hex SHA-256 of the UTF-8 text that the spans point into.
    """

    url: str | None = None
    publisher: str | None = None
    title: str | None = None
    published: PartialDate | None = None
    retrieved: _dt.datetime | None = None
    sha256: str | None = None
    extras: FrozenMap[Any] = attrs.field(default=EMPTY, repr=False)

    def _invariants(self) -> Iterable[ErrorDetail]:
        if self.sha256 is not None and not _SHA256.fullmatch(self.sha256):
            yield ErrorDetail(
                "$.sha256", "value", "`sha256` must be 64 lowercase hex digits", self.sha256
            )

    _fast_valid: ClassVar[str] = "{sha256} is None or SHA256({sha256}) is not None"
    _checks: ClassVar[tuple[tuple[str, ...], ...]] = (("sha256", "sha256"),)


@attrs.frozen(slots=True, kw_only=True, repr=False, eq=False)  # see Model.__eq__
class Role(Model):
    """A participant's part in the event: an open code and the words the text used.

    Common codes: ``speaker``, ``host``, ``guest_of_honor``, ``attendee``, ``organizer``,
    ``recipient``.

    >>> Role(code="guest_of_honor", label="honored guest")
    Role(code='guest_of_honor', label='honored guest', span=None)
    """

    code: str
    label: str | None = None
    span: Span | None = None
    extras: FrozenMap[Any] = attrs.field(default=EMPTY, repr=False)

    def _invariants(self) -> Iterable[ErrorDetail]:
        yield from _non_empty("code", self.code)

    _fast_valid: ClassVar[str] = "{code} and not {code}.isspace()"
    _checks: ClassVar[tuple[tuple[str, ...], ...]] = (("nonblank", "code"),)


@attrs.frozen(slots=True, kw_only=True, repr=False, eq=False)  # see Model.__eq__
class Affiliation(Model):
    """A title held in an organisation, possibly on behalf of a country or body.

    ``Kazakhstan's Permanent Representative to the World Trade Organization`` is
    ``title="Permanent Representative"``, ``organization="World Trade Organization"``,
    ``on_behalf_of="Kazakhstan"``, with the whole phrase as ``label``.
    """

    title: str | None = None
    organization: str | None = None
    on_behalf_of: str | None = None
    label: str | None = None
    span: Span | None = None
    extras: FrozenMap[Any] = attrs.field(default=EMPTY, repr=False)

    def _invariants(self) -> Iterable[ErrorDetail]:
        if self.title is None and self.organization is None and self.label is None:
            yield ErrorDetail(
                "$", "value", "An affiliation needs a title, an organization or a label"
            )

    _fast_valid: ClassVar[str] = (
        "{title} is not None or {organization} is not None or {label} is not None"
    )
    _checks: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("any_set", "title", "organization", "label"),
    )


@attrs.frozen(slots=True, kw_only=True, repr=False, eq=False)  # see Model.__eq__
class Participant(Model):
    """A person, organisation or unnamed group that took part in the event.

    Attributes:
        id: Unique within its event.
        name: The fullest form of the name in the text, without honorifics; for a group,
            what the text calls it ("heads of diplomatic missions").
        kind: ``"person"``, ``"organization"`` or ``"group"``.
        roles: What the participant did at the event.
        affiliations: Titles and organisations, as the text gives them.
        aliases: Other forms of the name as printed ("K. Torebayev", "Dimash").
        descriptors: Title-only references ("the artist", "The Minister").
        mentions: Every place in the text that refers to this participant.
    """

    id: str
    name: str
    kind: ParticipantKind = "person"
    roles: tuple[Role, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    aliases: tuple[str, ...] = ()
    descriptors: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    extras: FrozenMap[Any] = attrs.field(default=EMPTY, repr=False)

    def _invariants(self) -> Iterable[ErrorDetail]:
        yield from _non_empty("id", self.id)
        yield from _non_empty("name", self.name)

    _fast_valid: ClassVar[str] = "{id} and not {id}.isspace() and {name} and not {name}.isspace()"
    _checks: ClassVar[tuple[tuple[str, ...], ...]] = (("nonblank", "id"), ("nonblank", "name"))

    def has_role(self, code: str) -> bool:
        """Whether one of the participant's roles has this code."""
        return any(role.code == code for role in self.roles)


@attrs.frozen(slots=True, kw_only=True, repr=False, eq=False)  # see Model.__eq__
class Statement(Model):
    """Something a participant said, directly quoted or reported.

    Attributes:
        id: Unique within its event.
        speaker: The id of the participant who said it, or ``None`` when the text does not
            say or several people fit. Never a guess.
        mode: ``"direct"`` (a quotation), ``"reported"`` or ``"mixed"``.
        text: The words as printed: inside the quotation marks, or the reported clause.
        cue: The attribution words ("noted", "stressed that", "According to").
        speaker_mention: How the text names the speaker at the cue ("K. Torebayev", "He").
        span: Where ``text`` stands in the source.
        attribution_span: Where the cue and speaker mention stand.
        kind: What sort of speech act it is ("announcement", "thanks", ...), if known.
        continuation: A later chunk of a quotation split by its attribution.
    """

    id: str
    text: str
    mode: StatementMode = "direct"
    speaker: str | None = None
    cue: str | None = None
    speaker_mention: str | None = None
    span: Span | None = None
    attribution_span: Span | None = None
    kind: str | None = None
    continuation: bool = False
    extras: FrozenMap[Any] = attrs.field(default=EMPTY, repr=False)

    def _invariants(self) -> Iterable[ErrorDetail]:
        yield from _non_empty("id", self.id)
        yield from _non_empty("speaker", self.speaker)
        if self.span is not None and self.span.text != self.text:
            yield ErrorDetail(
                "$.span.text", "value", "The span's text differs from `text`", self.span.text
            )

    _fast_valid: ClassVar[str] = (
        "{id} and not {id}.isspace()"
        " and ({speaker} is None or ({speaker} and not {speaker}.isspace()))"
        " and ({span} is None or {span}.text == {text})"
    )
    _checks: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("nonblank", "id"),
        ("nonblank_or_none", "speaker"),
        ("same_text", "span", "text"),
    )


@attrs.frozen(slots=True, kw_only=True, repr=False, eq=False)  # see Model.__eq__
class Event(Model):
    """Something that happened, who took part, and what was said.

    Attributes:
        id: A stable identifier.
        name: A short name ("Reopening of the Kazakh Room").
        kind: An open code: ``ceremony``, ``meeting``, ``handover``, ``visit``, ...
        start: When it happened (or began), with the precision the source gave.
        end: When it ended, for events over several days.
        date_span: Where the date stands in the source text.
        location: Where it happened.
        occasion: What it marked ("the 34th anniversary of Kazakhstan's Independence").
        participants: Who took part; ids unique.
        statements: What was said; each speaker is a participant id or ``None``.
        source: Where the report comes from (the publication date lives there).
    """

    id: str
    name: str | None = None
    kind: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    date_span: Span | None = None
    location: Place | None = None
    occasion: str | None = None
    participants: tuple[Participant, ...] = ()
    statements: tuple[Statement, ...] = ()
    source: Source | None = None
    extras: FrozenMap[Any] = attrs.field(default=EMPTY, repr=False)

    def _invariants(self) -> Iterable[ErrorDetail]:
        yield from _non_empty("id", self.id)
        seen: set[str] = set()
        for i, participant in enumerate(self.participants):
            if participant.id in seen:
                yield ErrorDetail(
                    f"$.participants[{i}].id",
                    "duplicate_id",
                    f"Duplicate participant id {participant.id!r}",
                    participant.id,
                )
            seen.add(participant.id)
        statement_ids: set[str] = set()
        for i, statement in enumerate(self.statements):
            if statement.id in statement_ids:
                yield ErrorDetail(
                    f"$.statements[{i}].id",
                    "duplicate_id",
                    f"Duplicate statement id {statement.id!r}",
                    statement.id,
                )
            statement_ids.add(statement.id)
            if statement.speaker is not None and statement.speaker not in seen:
                yield ErrorDetail(
                    f"$.statements[{i}].speaker",
                    "unknown_speaker",
                    f"Speaker {statement.speaker!r} is not a participant of this event",
                    statement.speaker,
                )
        if self.start is not None and self.end is not None and _ends_before(self.end, self.start):
            yield ErrorDetail(
                "$.end",
                "value",
                f"`end` ({self.end}) is before `start` ({self.start})",
                str(self.end),
            )

    _checks: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("event", "id", "participants", "statements", "start", "end"),
    )

    def _valid(self) -> bool:
        # The decoder's yes-or-no form of _invariants, without building any message (and,
        # as `_checks`, the C reader's: the same tests, written in C).
        ident = self.id
        if not ident or ident.isspace():
            return False
        participants = self.participants
        people = {p.id for p in participants}
        if len(people) != len(participants):
            return False
        said = self.statements
        if said:
            if len({s.id for s in said}) != len(said):
                return False
            for statement in said:
                speaker = statement.speaker
                if speaker is not None and speaker not in people:
                    return False
        end = self.end
        return end is None or self.start is None or not _ends_before(end, self.start)

    def participant(self, participant_id: str) -> Participant | None:
        """The participant with this id, or ``None``."""
        for participant in self.participants:
            if participant.id == participant_id:
                return participant
        return None

    def statements_by(self, participant_id: str) -> tuple[Statement, ...]:
        """The statements whose speaker is this participant, in order."""
        return tuple(s for s in self.statements if s.speaker == participant_id)
