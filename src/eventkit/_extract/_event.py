"""The event itself: kind, name, occasion, date, location, and the roles people played.

Kinds come from a lexicon of event nouns and verbs read in the opening sentences; an event
mentioned only as a reference point ("ahead of the summit", "on the eve of ...") is not the
event. The event date is the first date the story body gives for it; a date without a year,
a weekday or "today" is resolved only against the publication date and marked ``inferred``.
Without a date in the body, a dateline or byline date stands for the day of the news; page
chrome dates are only publication dates.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .._dates import PartialDate
from .._model import Affiliation, Place, Role, Span
from ._layout import Layout
from ._lexicon import ORG_WORDS, TITLE_WORDS
from ._mentions import Token
from ._when import DateMention, find_dates, resolve

__all__ = [
    "EventFacts",
    "affiliation",
    "event_facts",
    "find_groups",
    "find_roles",
]

_BIG = 1 << 62
_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bcredentials\b", re.I), "handover"),
    (re.compile(r"\bceremon(?:y|ies)\b", re.I), "ceremony"),
    (re.compile(r"\bsummit\b", re.I), "summit"),
    (re.compile(r"\b(?:press )?conference\b", re.I), "conference"),
    (re.compile(r"\bforum\b", re.I), "forum"),
    (re.compile(r"\b(?:signed|signing)\b", re.I), "signing"),
    (re.compile(r"\b(?:held talks|talks)\b", re.I), "talks"),
    (re.compile(r"\b(?:met|meets|meeting)\b", re.I), "meeting"),
    (re.compile(r"\b(?:visited|visit|visits)\b", re.I), "visit"),
    (re.compile(r"\bbriefing\b", re.I), "briefing"),
    (re.compile(r"\breception\b", re.I), "reception"),
    (re.compile(r"\bconcert\b", re.I), "concert"),
    (re.compile(r"\bexhibition\b", re.I), "exhibition"),
)
_ELSEWHERE = re.compile(
    r"\b(?:ahead of|on the eve of|prior to|before|after|following|until|since|next|upcoming|"
    r"forthcoming|elections?)\b",
    re.I,
)
_OCCASION = re.compile(
    r"\b(?:on the (?:eve|occasion) of|to celebrate|to commemorate|in honou?r of|dedicated to)"
    r"\s+",
    re.I,
)
_MARK = re.compile(r"\b(?:to mark|marking)\s+the\s+", re.I)
_WHERE = re.compile(
    r"\b(?:held|took place|takes place|hosted|organi[sz]ed|convened|gathered|on the sidelines)"
    r"\b",
    re.I,
)
_VENUE_NOUNS = frozenset(
    ["room", "hall", "chamber", "auditorium", "salon", "pavilion", "gallery", "lounge"]
)
_PLACE_NOUNS = frozenset(
    [
        "headquarters",
        "premises",
        "residence",
        "office",
        "offices",
        "building",
        "compound",
        "campus",
        "palace",
    ]
)
_GLUE = frozenset(["of", "at", "for", "the", "de", "du", "la", "and"])
_GUEST = re.compile(
    r"\b(?:honou?red guests?|guests? of honou?r|special guests?|chief guests?)\b", re.I
)
_SPEECH = re.compile(
    r"\b(?:(?:opening|welcoming|closing|keynote)\s+)?(?:remarks|speech(?:es)?|address(?:es)?"
    r"|statements?)\s+(?:were|was)\s+(?:delivered|made|given)\s+by\b",
    re.I,
)
_HOSTED = re.compile(r"\b(?:hosted|chaired|moderated|organi[sz]ed)\s+by\b", re.I)
# Words without which no role sentence can match: a cheap test before the expressions.
_ROLE_HINTS = (
    "remarks",
    "speech",
    "address",
    "statement",
    "guest",
    "hosted",
    "chaired",
    "moderated",
    "organi",
    "attended",
    "presence",
)
_ATTENDED = re.compile(r"\b(?:attended by|in the presence of)\s+", re.I)


@dataclass
class EventFacts:
    """What the opening of the story says about the event."""

    kind: str | None = None
    name: str | None = None
    occasion: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    date_span: Span | None = None
    location: Place | None = None
    published: PartialDate | None = None


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of the sorted, disjoint ``ranges``."""
    i = bisect.bisect_right(ranges, (pos, _BIG)) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _body_sentences(
    text: str, layout: Layout, in_quote: list[tuple[int, int]], limit: int
) -> list[tuple[int, int]]:
    out = []
    for start, end in layout.sentences:
        if (layout.is_excluded(start) and layout.is_excluded(end - 1)) or _inside(start, in_quote):
            continue
        out.append((start, end))
        if len(out) >= limit:
            break
    return out


def event_facts(
    text: str,
    layout: Layout,
    tokens: list[Token],
    quotes: list[tuple[int, int]],
    published: PartialDate | None,
) -> EventFacts:
    """Kind, name, occasion, date and location of the event."""
    facts = EventFacts()
    facts.published = published or _publication_date(layout)
    opening = _body_sentences(text, layout, quotes, 4)
    facts.kind = _kind(text, opening)
    facts.occasion = _phrase_after(text, opening, _OCCASION)
    marked = _phrase_after(text, opening, _MARK)
    if marked:
        facts.name = marked[:1].upper() + marked[1:]
    elif layout.headline is not None:
        facts.name = text[layout.headline[0] : layout.headline[1]][:200]
    _date(text, layout, quotes, facts)
    facts.location = _location(text, layout, tokens, opening)
    return facts


def _publication_date(layout: Layout) -> PartialDate | None:
    for mention in (layout.chrome_date, layout.byline_date, layout.dateline_date):
        if mention is not None and mention.year is not None:
            start, _ = resolve(mention, None)
            if start is not None:
                return start
    return None


def _kind(text: str, opening: list[tuple[int, int]]) -> str | None:
    for start, end in opening[:2]:
        best: tuple[int, str] | None = None
        for pattern, kind in _KINDS:
            for match in pattern.finditer(text, start, end):
                before = text[max(start, match.start() - 40) : match.start()]
                if _ELSEWHERE.search(before):
                    continue
                if best is None or match.start() < best[0]:
                    best = (match.start(), kind)
                break
        if best is not None:
            return best[1]
    return None


def _phrase_after(
    text: str, opening: list[tuple[int, int]], pattern: re.Pattern[str]
) -> str | None:
    for start, end in opening:
        match = pattern.search(text, start, end)
        if match is None:
            continue
        stop = end
        for mark in (",", ";", " to ", " in order"):
            pos = text.find(mark, match.end(), end)
            if 0 <= pos < stop:
                stop = pos
        phrase = text[match.end() : stop].strip().rstrip(".")
        if phrase:
            return phrase[:200]
    return None


def _date(text: str, layout: Layout, quotes: list[tuple[int, int]], facts: EventFacts) -> None:
    reference = facts.published
    candidates: list[DateMention] = []
    for s_start, s_end in _body_sentences(text, layout, quotes, 6):
        for mention in find_dates(text, s_start, s_end):
            if _inside(mention.start, quotes) or layout.is_excluded(mention.start):
                continue  # quoted, or the dateline's own date
            if _ELSEWHERE.search(text, s_start, mention.start):
                continue
            candidates.append(mention)
    if candidates:
        mention = candidates[0]
        start, end = resolve(mention, reference)
        if start is not None:
            facts.start, facts.end = start, end
            facts.date_span = _span(text, mention.start, mention.end)
        return
    for fallback in (layout.dateline_date, layout.byline_date):
        if fallback is not None:
            start, end = resolve(fallback, reference)
            if start is not None:
                facts.start, facts.end = start, end
                facts.date_span = _span(text, fallback.start, fallback.end)
                return


def _noun_phrase(tokens: list[Token], text: str, i: int) -> int:
    """The index after the last token of a proper-noun place phrase starting at ``i``."""
    j = i
    last = i
    while j < len(tokens) and j < i + 12:
        tok = tokens[j]
        if j > i and text[tokens[j - 1].end : tok.start] not in (" ", "\u00a0"):
            break
        if tok.cap or tok.lower in _PLACE_NOUNS:
            j += 1
            last = j
            continue
        if tok.lower in _GLUE and j + 1 < len(tokens) and tokens[j + 1].cap:
            j += 1
            continue
        break
    return last


def _location(
    text: str, layout: Layout, tokens: list[Token], opening: list[tuple[int, int]]
) -> Place | None:
    starts = [t.start for t in tokens]
    place: Place | None = None
    for s_start, s_end in opening:
        match = _WHERE.search(text, s_start, s_end)
        if match is None:
            continue
        i = bisect.bisect_left(starts, match.end())
        # "held at the X", "took place at X in Y", "on the sidelines of the X".
        while i < len(tokens) and tokens[i].start < min(s_end, match.end() + 40):
            if tokens[i].lower in ("at", "in", "of"):
                break
            i += 1
        if i >= len(tokens) or tokens[i].start >= s_end:
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].lower == "the":
            j += 1
        k = _noun_phrase(tokens, text, j)
        if k <= j:
            continue
        place = Place(
            name=text[tokens[j].start : tokens[k - 1].end],
            kind=_place_kind([t.lower for t in tokens[j:k]]),
            span=_span(text, tokens[j].start, tokens[k - 1].end),
        )
        if k + 1 < len(tokens) and tokens[k].lower == "in" and tokens[k + 1].cap:
            m = _noun_phrase(tokens, text, k + 1)
            outer = Place(
                name=text[tokens[k + 1].start : tokens[m - 1].end],
                span=_span(text, tokens[k + 1].start, tokens[m - 1].end),
            )
            place = Place(name=place.name, kind=place.kind, span=place.span, within=outer)
        venue = _venue(text, tokens, starts, s_start, s_end, place)
        if venue is not None:
            place = venue
        break
    if layout.dateline_place is not None:
        a, b = layout.dateline_place
        printed = text[a:b]
        name = printed.title() if printed.isupper() else printed
        city = Place(name=name, kind="city", span=_span(text, a, b))
        if place is None:
            return city
        if not any(name.lower() in p.name.lower() for p in place.chain()):
            return _wrap(place, city)
    return place


def _wrap(place: Place, outer: Place) -> Place:
    if place.within is None:
        return Place(name=place.name, kind=place.kind, span=place.span, within=outer)
    return Place(
        name=place.name, kind=place.kind, span=place.span, within=_wrap(place.within, outer)
    )


def _place_kind(words: list[str]) -> str | None:
    """``building`` for a place named after a body or a building ("Office", "Palace")."""
    if any(w.removesuffix("\u2019s") in ORG_WORDS or w in _PLACE_NOUNS for w in words):
        return "building"
    return None


def _venue(
    text: str,
    tokens: list[Token],
    starts: list[int],
    s_start: int,
    s_end: int,
    place: Place,
) -> Place | None:
    """A room named in the same sentence: ``the renovated Kazakh Room`` inside the place."""
    i = bisect.bisect_left(starts, s_start)
    while i < len(tokens) and tokens[i].start < s_end:
        tok = tokens[i]
        if tok.cap and tok.lower in _VENUE_NOUNS:
            j = i
            while j > 0 and tokens[j - 1].cap and text[tokens[j - 1].end : tokens[j].start] == " ":
                j -= 1
            if j < i:
                return Place(
                    name=text[tokens[j].start : tok.end],
                    kind="room",
                    span=_span(text, tokens[j].start, tok.end),
                    within=place,
                )
        i += 1
    return None


# ------------------------------------------------------------------------- roles


def find_roles(
    text: str,
    layout: Layout,
    mentions_by_person: dict[int, list[tuple[int, int]]],
) -> dict[int, list[Role]]:
    """Roles read from the sentences that state them (remarks delivered by, honored guest)."""
    roles: dict[int, list[Role]] = {}
    index = sorted((s, person) for person, spans in mentions_by_person.items() for s, _ in spans)
    starts = [s for s, _ in index]

    def people_in(start: int, end: int) -> list[int]:
        out: list[int] = []
        i = bisect.bisect_left(starts, start)
        while i < len(index) and index[i][0] < end:
            if index[i][1] not in out:
                out.append(index[i][1])
            i += 1
        return out

    lowered = text.lower()
    if not any(w in lowered for w in _ROLE_HINTS):
        return roles
    for s_start, s_end in layout.sentences:
        if layout.is_excluded(s_start):
            continue
        if not any(w in lowered[s_start:s_end] for w in _ROLE_HINTS):
            continue
        for match in _SPEECH.finditer(text, s_start, s_end):
            label_start = match.start()
            label_end = text.find(" ", label_start, match.end())
            label = text[label_start : match.end()]
            del label_end
            for person in people_in(match.end(), s_end):
                roles.setdefault(person, []).append(
                    Role(
                        code="speaker",
                        label=_first_words(label),
                        span=_span(text, match.start(), match.end()),
                    )
                )
        for match in _GUEST.finditer(text, s_start, s_end):
            for person in people_in(s_start, s_end):
                roles.setdefault(person, []).append(
                    Role(
                        code="guest_of_honor",
                        label=match.group(0),
                        span=_span(text, match.start(), match.end()),
                    )
                )
        for match in _HOSTED.finditer(text, s_start, s_end):
            code = "organizer" if match.group(0).lower().startswith("organ") else "host"
            stop = text.find(",", match.end(), s_end)
            for person in people_in(match.end(), s_end if stop < 0 else stop):
                roles.setdefault(person, []).append(
                    Role(
                        code=code,
                        label=match.group(0),
                        span=_span(text, match.start(), match.end()),
                    )
                )
        for match in _ATTENDED.finditer(text, s_start, s_end):
            for person in people_in(match.end(), s_end):
                roles.setdefault(person, []).append(
                    Role(
                        code="attendee",
                        label=match.group(0).strip(),
                        span=_span(text, match.start(), match.end()),
                    )
                )
    return roles


def _first_words(label: str) -> str:
    """``Opening remarks were delivered by`` -> ``Opening remarks``."""
    words = label.split()
    out = []
    for word in words:
        if word.lower() in ("were", "was"):
            break
        out.append(word)
    return " ".join(out)


def find_groups(
    text: str, layout: Layout, person_spans: list[tuple[int, int]]
) -> list[tuple[Span, Span]]:
    """Unnamed groups of attendees: ``attended by heads of diplomatic missions, ...``.

    Returns each group's span and the span of the words that say they attended.
    """
    out: list[tuple[Span, Span]] = []
    if "attended by" not in text.lower() and "presence of" not in text.lower():
        return out
    person_starts = sorted(s for s, _ in person_spans)
    for s_start, s_end in layout.sentences:
        if layout.is_excluded(s_start):
            continue
        match = _ATTENDED.search(text, s_start, s_end)
        if match is None:
            continue
        end = s_end
        while end > match.end() and text[end - 1] in ".!? ":
            end -= 1
        pos = match.end()
        relative = _RELATIVE.search(text, pos, end)
        if relative is not None:
            end = relative.start()  # ", who performed a dance": about the last item
        after_person = False
        for chunk_start, chunk_end in _split_list(text, pos, end):
            a, b = chunk_start, chunk_end
            k = bisect.bisect_left(person_starts, a)
            if k < len(person_starts) and person_starts[k] < b:
                after_person = True
                continue
            apposed = after_person and text[a:b].split(" ", 1)[0].lower() in TITLE_WORDS
            after_person = False
            if apposed:
                continue  # "Dr. Ana Lima, member of the Commission": her title
            if not text[a:b] or not text[a].islower():
                continue
            words = text[a:b].split()
            if (
                words[0] == "the"
                and len(words) > 1
                and words[1].lower() in TITLE_WORDS
                and not words[1].endswith("s")  # "the ambassadors of ASEAN": a group
            ):
                continue  # "the Ambassador of Uruguay, H.E. Mr. Name": one person's title
            if len(words) > 8:
                continue
            out.append((_span(text, a, b), _span(text, match.start(), match.end())))
    return out


_RELATIVE = re.compile(r",\s+(?:who|which|where|whose)\b")


def _past_leads(text: str, a: int) -> int:
    """Past the words that join a list item to the one before ("and by the ambassadors")."""
    for lead in ("and ", "or ", "as well as ", "by "):
        if text.startswith(lead, a):
            a += len(lead)
    return a


def _split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of ``a, b, and c`` as offset ranges."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        comma = text.find(",", pos, end)
        stop = end if comma < 0 else comma
        a, b = pos, stop
        while a < b and text[a] == " ":
            a += 1
        a = _past_leads(text, a)
        inner_and = text.find(" and ", a, b)
        if inner_and >= 0 and comma < 0 and text[inner_and + 5 : inner_and + 6].islower():
            # "a and b" (no comma before "and"): two items.
            out.append((a, inner_and))
            a = _past_leads(text, inner_and + 5)
        while b > a and text[b - 1] == " ":
            b -= 1
        if b > a:
            out.append((a, b))
        pos = stop + 1
    return out


# ------------------------------------------------------------------------- affiliations


def affiliation(text: str, start: int, end: int) -> Affiliation:
    """A title phrase as an affiliation: on behalf of whom, which title, which organisation."""
    phrase = text[start:end]
    on_behalf_of = None
    body = phrase
    first = phrase.split(" ", 1)[0]
    if first.endswith(("\u2019s", "'s")) and " " in phrase:
        on_behalf_of = first[:-2]
        body = phrase.split(" ", 1)[1]
    title = body
    organization = None
    for prep in (" of the ", " to the ", " of ", " to ", " at the "):
        pos = body.find(prep)
        if pos > 0:
            org = _org_phrase(body[pos + len(prep) :])
            if org is not None:
                title = body[:pos]
                organization = org
            break
    if organization is None:
        words = body.split()
        for i, word in enumerate(words):
            if word.lower() in TITLE_WORDS:
                prefix = words[:i]
                if prefix and (
                    any(w.lower() in ORG_WORDS for w in prefix) or any(_acronym(w) for w in prefix)
                ):
                    organization = " ".join(prefix)
                    title = " ".join(words[i:])
                break
    return Affiliation(
        title=title.strip() or None,
        organization=organization,
        on_behalf_of=on_behalf_of,
        label=phrase,
        span=_span(text, start, end),
    )


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _org_phrase(rest: str) -> str | None:
    words = rest.split()
    out: list[str] = []
    for word in words:
        if word.startswith("("):
            break
        if word[:1].isupper() or (word in ("of", "for", "and", "at", "the") and out):
            out.append(word)
            continue
        break
    while out and out[-1] in ("of", "for", "and", "at", "the"):
        out.pop()
    if not out:
        return None
    if not any(w.lower().strip(",") in ORG_WORDS for w in out) and not any(
        _acronym(w) for w in out
    ):
        return None
    return " ".join(out).rstrip(",")
