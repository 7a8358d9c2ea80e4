"""Press-release text to an :class:`~eventkit.Event`: :func:`extract`.

The pipeline, one module per stage, each a function of the text and earlier results:

``_layout``        paragraphs, sentences, page chrome, headline, byline, dateline, contacts
``_quotes``        quotation marks paired by position (curly, straight, «», wrong-way, stray)
``_mentions``      people named in the text, with the title phrases around them
``_participants``  mentions merged into people; pronouns and descriptors resolved
``_cues``          the reporting-verb lexicon
``_attribution``   who said each quotation and each reported clause
``_event``         kind, name, date, location, roles and groups

Offsets are never shifted: every span points into the text exactly as given.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import hashlib
from collections.abc import Sequence
from typing import Any, cast

import attrs

from .._dates import PartialDate
from .._errors import ExtractError
from .._model import Event, Participant, Role, Source, Span, Statement
from ._attribution import Found, attribute
from ._cues import CUES
from ._event import affiliation, event_facts, find_groups, find_roles
from ._layout import Layout, analyse
from ._mentions import find_name_mentions, tokenize
from ._participants import People, build_people
from ._quotes import find_quotes

__all__ = ["extract"]


def _check_args(text: object, source: object, published: object) -> PartialDate | None:
    if not isinstance(text, str):
        raise ExtractError(f"Expected the text as `str`, got `{type(text).__name__}`")
    if source is not None and not isinstance(source, Source):
        raise ExtractError(f"Expected `source` as `Source` or None, got `{type(source).__name__}`")
    if published is None:
        return source.published if isinstance(source, Source) else None
    if isinstance(published, PartialDate):
        return published
    if isinstance(published, _dt.datetime):
        published = published.date()
    if isinstance(published, _dt.date):
        return PartialDate(published.year, published.month, published.day)
    raise ExtractError(
        "Expected `published` as `PartialDate`, `datetime.date` or None, "
        f"got `{type(published).__name__}`"
    )


def extract(
    text: str,
    *,
    source: Source | None = None,
    published: PartialDate | _dt.date | None = None,
) -> Event:
    """Read a press release into an event: who took part, in what role, who said what.

    Every fact carries the span of text it was read from, and
    ``text[span.start:span.end] == span.text`` holds for each. A statement's speaker is a
    participant id, or ``None`` when the text does not say or two people fit. The same text
    always gives the same ids.

    Args:
        text: The press release, as published (page chrome and datelines may stay in).
        source: Where the text comes from; its ``sha256`` is set to that of ``text``.
        published: The publication date. Dates without a year, weekdays and "today" are
            resolved against it (and marked ``inferred``); without it, a page date line or
            byline in the text is used, and otherwise such dates stay unresolved.

    Returns:
        The event, with participants and statements in text order.

    Raises:
        ExtractError: ``text`` is not a ``str``, or ``source`` or ``published`` has the
            wrong type.

    >>> event = extract('"We are ready," said Ana Lima, Minister of Energy.')
    >>> [(p.id, p.name) for p in event.participants]
    [('p1', 'Ana Lima')]
    >>> statement = event.statements[0]
    >>> statement.text, statement.speaker, statement.cue
    ('We are ready,', 'p1', 'said')
    """
    reference = _check_args(text, source, published)
    layout = analyse(text)
    quotes = find_quotes(text, layout.paragraphs)
    tokens = tokenize(text, layout.titles)
    starts = [t.start for t in tokens]
    blocked = [False] * len(tokens)
    for a, b in [(q.open_mark, q.close_mark) for q in quotes] + layout.excluded:
        i = bisect.bisect_left(starts, a)
        while i < len(tokens) and tokens[i].start < b:
            blocked[i] = True  # inside a quotation, or in chrome, a byline, the headline
            i += 1
    is_cue = [not t.cap and t.lower in CUES for t in tokens]
    mentions = find_name_mentions(text, tokens, blocked, is_cue)
    people = build_people(text, mentions, tokens, blocked, is_cue)
    found = attribute(text, layout, tokens, quotes, people)
    quote_ranges = [(q.open_mark, q.close_mark + 1) for q in quotes]
    facts = event_facts(text, layout, tokens, quote_ranges, reference)

    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    participants, person_ids, org_ids = _participants(text, layout, people, found, quote_ranges)
    statements = _statements(text, found, person_ids, org_ids)
    if source is None:
        source = Source(published=facts.published, sha256=sha, title=_headline(text, layout))
    else:
        source = attrs.evolve(
            cast(Any, source),
            sha256=sha,
            published=source.published or facts.published,
            title=source.title or _headline(text, layout),
        )
    return Event(
        id=f"ev-{sha[:16]}",
        name=facts.name,
        kind=facts.kind,
        start=facts.start,
        end=facts.end,
        date_span=facts.date_span,
        location=facts.location,
        occasion=facts.occasion,
        participants=participants,
        statements=statements,
        source=source,
    )


def _headline(text: str, layout: Layout) -> str | None:
    headline = layout.headline
    if headline is None:
        return None
    return text[headline[0] : headline[1]] or None


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _inside(pos: int, ranges: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


def _participants(
    text: str,
    layout: Layout,
    people: People,
    found: list[Found],
    quote_ranges: list[tuple[int, int]],
) -> tuple[tuple[Participant, ...], dict[int, str], dict[str, str]]:
    """People (those who act outside quoted or reported words), organisations, groups."""
    speakers = {people.resolve(f.speaker) for f in found if f.speaker is not None}
    # What an organisation "reports" or "said" is the release's own narration ("NAN reports
    # that the ceremony was attended by Name"): the people in it take part.
    said = sorted((f.start, f.end) for f in found if f.organization is None)
    said_starts = [s for s, _ in said]
    quote_starts = [s for s, _ in quote_ranges]
    roots: list[int] = []
    for person in people.people:
        if person.merged_into is not None or not person.mentions:
            continue
        acting = any(
            not _inside(s, said, said_starts) and not _inside(s, quote_ranges, quote_starts)
            for s, _ in person.mentions
        )
        if acting or person.index in speakers:
            roots.append(person.index)
    roots.sort(key=lambda i: min(s for s, _ in people.people[i].mentions))
    mentions_by_person = {i: people.people[i].mentions for i in roots}
    roles = find_roles(text, layout, mentions_by_person)
    for index in speakers:
        if index in mentions_by_person:
            roles.setdefault(index, [])
            if not any(r.code == "speaker" for r in roles[index]):
                roles[index].insert(0, Role(code="speaker"))

    out: list[Participant] = []
    person_ids: dict[int, str] = {}
    for n, index in enumerate(roots, 1):
        person = people.people[index]
        pid = f"p{n}"
        person_ids[index] = pid
        aliases = tuple(a for a in person.aliases if a != person.name)
        out.append(
            Participant(
                id=pid,
                name=person.name,
                kind="person",
                roles=tuple(roles.get(index, ())),
                affiliations=tuple(affiliation(text, s, e) for s, e in person.titles),
                aliases=aliases,
                descriptors=tuple(person.descriptors),
                mentions=tuple(_span(text, s, e) for s, e in sorted(person.mentions)),
            )
        )
    org_ids: dict[str, str] = {}
    n = len(out)
    for item in found:
        if item.organization is None or item.subject is None:
            continue
        name = _org_name(item.organization)
        key = name.lower()
        if key in org_ids:
            continue
        n += 1
        org_ids[key] = f"p{n}"
        out.append(
            Participant(
                id=f"p{n}",
                name=name,
                kind="organization",
                roles=(Role(code="speaker"),),
                mentions=(_span(text, item.subject.start, item.subject.end),),
            )
        )
    person_spans = [s for i in roots for s in people.people[i].mentions]
    for group, said_span in find_groups(text, layout, person_spans):
        n += 1
        out.append(
            Participant(
                id=f"p{n}",
                name=group.text,
                kind="group",
                roles=(Role(code="attendee", label=said_span.text.strip(), span=said_span),),
                mentions=(group,),
            )
        )
    return tuple(out), person_ids, org_ids


def _org_name(printed: str) -> str:
    for lead in ("The ", "the "):
        if printed.startswith(lead):
            return printed[len(lead) :]
    return printed


def _statements(
    text: str, found: list[Found], person_ids: dict[int, str], org_ids: dict[str, str]
) -> tuple[Statement, ...]:
    out = []
    for n, item in enumerate(found, 1):
        speaker = None
        if item.speaker is not None:
            speaker = person_ids.get(item.speaker)
        elif item.organization is not None:
            speaker = org_ids.get(_org_name(item.organization).lower())
        attribution = item.attribution
        mention = None
        if item.subject is not None:
            mention = text[item.subject.start : item.subject.end]
        elif item.continuation and item.parent is not None and item.parent.subject is not None:
            mention = None
        span = _span(text, item.start, item.end)
        out.append(
            Statement(
                id=f"s{n}",
                text=span.text,
                mode=item.mode,
                speaker=speaker,
                cue=item.cue,
                speaker_mention=mention,
                span=span,
                attribution_span=None if attribution is None else _span(text, *attribution),
                kind=item.kind,
                continuation=item.continuation,
            )
        )
    return tuple(out)
