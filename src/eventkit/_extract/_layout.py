"""Layout: paragraphs, sentences, page chrome, headline, byline, dateline and press contacts.

Everything is an offset range into the text as given; nothing is rewritten. Every scan here is
a single pass or a bounded look at a line, so the cost grows linearly with the text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

from .._names import _DIGRAPH_INITIALS, _is_country
from ._lexicon import ABBREVIATED_TITLES, TITLE_WORDS
from ._when import DateMention, find_dates

__all__ = ["Layout", "analyse"]

_LINE = re.compile(r"[^\n]*")
_CHROME_WORDS = re.compile(
    r"(?:tell a friend|share(?: this)?|print|e-?mail|follow us|subscribe|read more|images?"
    r"|photos?|videos?|related(?: news| articles)?|tags?|back|home|menu|search|comments?)[ .:]*",
    re.IGNORECASE,
)
_CHROME_DATE = re.compile(r"\s*(?:date|published|posted|updated)[:\s]+\d{4}-\d{2}-\d{2}", re.I)
# "Published: 5 September 2025", "Last updated - 3 May": the page's date, not the event's.
_PUBLISHED_LABEL = re.compile(
    r"\s*(?:date(?: of publication)?|published(?: on)?|posted(?: on)?|(?:last )?updated(?: on)?"
    r"|publication date|release date|issued(?: on)?)(?:\s*[:\-\u2013]\s*|\s+(?=\d|[A-Z]))\S",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"\(?[ \t]*(?:for (?:more|further) information[^:\n()]{0,40}|press contacts?|media contacts?"
    r"|(?:press|media) enquiries|contacts?|please contact|signed)[ \t]*:",
    re.IGNORECASE,
)
_BYLINE_BY = re.compile(r"\s*(?:by|written by|author:?)\s+[^\W\d_]", re.IGNORECASE)
# Abbreviations whose full stop ends no sentence: titles, and words like "No.", "Jan.".
_ABBREVIATIONS = ABBREVIATED_TITLES | frozenset(
    [
        "no",
        "vol",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "univ",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "fig",
        "rep",
        "pres",
        "messrs",
        "e.g",
        "i.e",
        "cf",
        "al",
        "approx",
    ]
)
_BIG = 1 << 62
_CLOSERS = "\"'”\u2019»)]"


@dataclass
class Layout:
    """Where the parts of a press release are."""

    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    # Ranges that hold no event content: chrome lines, byline, headline, press contacts.
    excluded: list[tuple[int, int]] = field(default_factory=list)
    headline: tuple[int, int] | None = None
    dateline_place: tuple[int, int] | None = None
    dateline_date: DateMention | None = None
    chrome_date: DateMention | None = None
    byline_date: DateMention | None = None
    # Abbreviated titles this text uses ("lic" for "Lic. Rosa Peralta"), from dotted_titles.
    titles: frozenset[str] = frozenset()

    def is_excluded(self, pos: int) -> bool:
        """Whether an offset lies in chrome, a byline, the headline or a contact block."""
        i = bisect.bisect_right(self.excluded, (pos, _BIG)) - 1
        return i >= 0 and self.excluded[i][0] <= pos < self.excluded[i][1]

    def sentence_index(self, pos: int) -> int:
        """The index of the sentence holding or following an offset."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentences[mid][1] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def paragraph_index(self, pos: int) -> int:
        """The index of the paragraph holding or following an offset."""
        lo, hi = 0, len(self.paragraphs)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.paragraphs[mid][1] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Every non-blank line is a paragraph (scraped releases keep one paragraph a line)."""
    out = []
    for match in _LINE.finditer(text):
        start, end = _strip(text, match.start(), match.end())
        if end > start:
            out.append((start, end))
    return out


def _word_before(text: str, pos: int, floor: int) -> str:
    """The word (letters, dots) that ends at ``pos``."""
    start = pos
    while (
        start > floor
        and start > pos - 12
        and (
            text[start - 1].isalpha()
            or text[start - 1] == "."
            or unicodedata.combining(text[start - 1])
        )
    ):
        start -= 1
    return text[start:pos]


# A capitalised word of three or four letters with a full stop, before two capitalised words:
# perhaps an abbreviated title ("Lic. Rosa Peralta", "Arq. Juan Ruiz").
_DOTTED = re.compile(
    r"\b([A-Z][a-z]{2,3})\b(?:(\.(?=[ \u00a0]?[A-Z][\w\u0300-\u036f]*\.?[ \u00a0][A-Z]))|\.)?"
)
# Abbreviations that are not titles, days, and short words that open sentences.
_NOT_TITLES = (_ABBREVIATIONS - ABBREVIATED_TITLES) | frozenset(
    [
        "may",
        "june",
        "july",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "the",
        "this",
        "that",
        "then",
        "they",
        "with",
        "from",
        "what",
        "when",
        "here",
        "there",
    ]
)
_FUNCTION_CAPS = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Then",
        "They",
        "Their",
        "Its",
        "His",
        "Her",
        "Our",
        "We",
        "He",
        "She",
        "It",
        "In",
        "On",
        "At",
        "For",
        "From",
        "With",
        "After",
        "Before",
        "During",
        "As",
        "By",
        "To",
        "And",
        "But",
        "Also",
        "According",
        "While",
        "When",
    ]
)


def dotted_titles(text: str) -> frozenset[str]:
    """Abbreviated titles the text uses, in lower case: words of three or four letters that it
    writes with a full stop before a name of two words or more ("Lic. Rosa Peralta") and never
    without one. A word the text also writes bare ("Lin" in "Lin Haoran ... said Mr. Lin.")
    is a name, and a country or capital ("in Doha. Ana Ruiz ...") is a place."""
    dotted: set[str] = set()
    bare: set[str] = set()
    for m in _DOTTED.finditer(text):
        word = m.group(1)
        if m.group(2) is not None:
            following = text[m.end() : m.end() + 60].split()[0].rstrip(".")
            before = text[max(0, m.start() - 40) : m.start()]
            after_name = (
                before.endswith(" ")
                and before.rstrip()[-1:].isalpha()
                and (before.split()[-1][:1].isupper())
            )
            if (
                following not in _FUNCTION_CAPS
                and following.lower() not in TITLE_WORDS
                and not after_name  # ("met Mayor Kari Dahl. Ambassador Ruiz said")
            ):
                dotted.add(word)
        elif m.end() == m.end(1):
            bare.add(word)  # (a full stop at a sentence's end counts neither way)
    found = {w.lower() for w in dotted - bare if not _is_country(w)}
    return frozenset(found - _NOT_TITLES)


def _is_boundary(
    text: str, i: int, floor: int, end: int, titles: frozenset[str] = frozenset()
) -> int:
    """If the ``.!?`` at ``i`` ends a sentence, the offset just after it (and its closers)."""
    j = i + 1
    while j < end and text[j] in ".!?…":
        j += 1
    while j < end and text[j] in _CLOSERS:
        j += 1
    if j >= end:
        return end
    if text[i] == ".":
        word = _word_before(text, i, floor)
        bare = word.strip(".").lower()
        if bare in _ABBREVIATIONS or bare in titles:
            return -1
        letters = "".join(c for c in word if not unicodedata.combining(c))
        if len(letters.strip(".")) == 1 and bare[:1].isalpha() and letters[-1:].isupper():
            return -1  # an initial: "K. Torebayev", "U.Daniels"
        if word.strip(".") in _DIGRAPH_INITIALS:
            return -1  # a two-letter initial: "Ts.Oyunchimeg", "Ch. Bold"
        if "." in bare and len(bare) <= 5:
            return -1  # "S.V", "U.S"
    if text[j].isspace():
        k = j
        while k < end and text[k].isspace():
            k += 1
        if k >= end:
            return end
        nxt = text[k]
        if nxt.isupper() or nxt.isdigit() or nxt in "\"“”\u2018\u2019«»'([—\u2013-":
            return j
        return -1
    # No space after the stop ("2024.European"): a boundary only after a real word and before
    # a capitalised word, never inside an abbreviation or an initial.
    if (
        text[i] == "."
        and j == i + 1
        and j + 1 < end
        and text[j].isupper()
        and text[j + 1].islower()
        and i - floor >= 2
        and (text[i - 1].islower() or text[i - 1].isdigit())
        and (text[i - 2].isalnum())
    ):
        return j
    return -1


_SENTENCE_STOP = re.compile(r"[.!?]")


def _split_sentences(
    text: str, start: int, end: int, titles: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cur = start
    stop = _SENTENCE_STOP.search(text, start, end)
    while stop is not None:
        i = stop.start()
        b = _is_boundary(text, i, start, end, titles)
        if b > 0:
            s, e = _strip(text, cur, b)
            if e > s:
                out.append((s, e))
            cur = b
            stop = _SENTENCE_STOP.search(text, b, end)
        else:
            stop = _SENTENCE_STOP.search(text, i + 1, end)
    s, e = _strip(text, cur, end)
    if e > s:
        out.append((s, e))
    return out


def _is_chrome(line: str) -> bool:
    if _CHROME_WORDS.fullmatch(line.strip()):
        return True
    if _CHROME_DATE.match(line):
        return True
    return len(line) <= 120 and " | " in line


def _looks_like_name_line(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 4 or line.rstrip()[-1:] in ".!?:":
        return False
    return all(w[:1].isupper() and w[1:].replace("-", "").replace("'", "").isalpha() for w in words)


def analyse(text: str) -> Layout:
    """Find paragraphs, sentences and the parts of the page that are not the story."""
    layout = Layout()
    layout.titles = dotted_titles(text)
    layout.paragraphs = _split_paragraphs(text)
    paragraphs = layout.paragraphs
    body_started = False
    in_contacts = False  # inside a press-contact block: its short lines are not the story
    for index, (start, end) in enumerate(paragraphs):
        line = text[start:end]
        if len(line) <= 200:
            dates = find_dates(text, start, end)
            if _is_chrome(line) or (
                dates and len(line) <= 80 and _PUBLISHED_LABEL.match(line) is not None
            ):
                layout.excluded.append((start, end))
                if dates and layout.chrome_date is None and dates[0].year is not None:
                    layout.chrome_date = dates[0]
                continue
            if not body_started:
                if _is_dateline_line(text, start, end, dates, layout):
                    continue
                if (
                    line[-1] not in '.!?"”»'
                    and len(line.split()) <= 25
                    and index + 1 < len(paragraphs)
                    and not dates
                ):
                    # Lines over the story: the publisher, "PRESS RELEASE", the headline
                    # (the longest of them).
                    headline = layout.headline
                    if headline is None or len(line) > headline[1] - headline[0]:
                        layout.headline = (start, end)
                    layout.excluded.append((start, end))
                    continue
                if _BYLINE_BY.match(line) and len(line.split()) <= 6:
                    layout.excluded.append((start, end))
                    continue
                if _looks_like_name_line(line) and _next_is_timestamp(text, paragraphs, index):
                    layout.excluded.append((start, end))
                    continue
                if dates and dates[0].start - start <= 2 and dates[0].end >= end - 8:
                    # A timestamp line on its own ("2 March 2022, 14:09").
                    if layout.byline_date is None and dates[0].year is not None:
                        layout.byline_date = dates[0]
                    layout.excluded.append((start, end))
                    continue
        if not body_started:
            _dateline_prefix(text, start, end, layout)
        body_started = True
        if in_contacts and len(line) <= 200:
            layout.excluded.append((start, end))
            continue
        in_contacts = False
        if _find_contacts(text, start, end, layout):
            in_contacts = True
    for start, end in paragraphs:
        layout.sentences.extend(_split_sentences(text, start, end, layout.titles))
    layout.excluded = _merge(layout.excluded)
    return layout


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _next_is_timestamp(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    if index + 1 >= len(paragraphs):
        return False
    start, end = paragraphs[index + 1]
    if end - start > 60:
        return False
    dates = find_dates(text, start, end)
    return bool(dates) and dates[0].start - start <= 2


def _is_dateline_line(
    text: str, start: int, end: int, dates: list[DateMention], layout: Layout
) -> bool:
    """A line of its own: ``Brussels, 30 April 2019``."""
    comma = text.find(",", start, end)
    if comma < 0 or not dates or layout.dateline_date is not None:
        return False
    place = text[start:comma].split()
    date = dates[0]
    if not 1 <= len(place) <= 4 or not all(w[:1].isupper() for w in place):
        return False
    if text[comma + 1 : date.start].strip() or date.end < end - 8 or date.year is None:
        return False
    layout.dateline_place = (start, comma)
    layout.dateline_date = date
    layout.excluded.append((start, end))
    return True


def _dateline_prefix(text: str, start: int, end: int, layout: Layout) -> None:
    """A dateline before a dash at the start of the story.

    ``YOKOHAMA - ...``, ``NUR-SULTAN. KAZINFORM - ...`` (capitals), or a place and a date:
    ``Helsinki, 11 March 2024 - ...``, ``GENEVA, 18 June 2023 (UNHCR) - ...`` (any dash).
    """
    if layout.dateline_place is not None:
        return
    limit = min(end, start + 100)
    for dash in (" -- ", " - ", " \u2013 ", " \u2014 ", ": "):
        pos = text.find(dash, start, limit)
        if pos <= start:
            continue
        prefix = text[start:pos]
        letters = [c for c in prefix if c.isalpha()]
        dates = find_dates(text, start, pos)
        capitals = bool(letters) and all(c.isupper() for c in letters) and len(letters) >= 3
        dated = bool(dates) and "," in prefix and text[start].isupper()
        if dash == ": ":
            # "Addis Ababa, Ethiopia - 21 November 2023: ...": only with a date just before.
            capitals = False
            dated = dated and dates[-1].end >= pos - 1
        if not (capitals or dated):
            continue
        place_start = start
        while place_start < pos and not text[place_start].isalpha():
            place_start += 1
        cut = place_start
        while cut < pos and (text[cut].isalpha() or text[cut] in " -'"):
            cut += 1
        place_end = cut
        while place_end > place_start and not text[place_end - 1].isalpha():
            place_end -= 1
        if place_end > place_start and len(text[place_start:place_end].split()) <= 4:
            layout.dateline_place = (place_start, place_end)
            layout.excluded.append((start, pos + len(dash)))
            if dates and dates[-1].year is not None and layout.dateline_date is None:
                layout.dateline_date = dates[-1]
        return


def _find_contacts(text: str, start: int, end: int, layout: Layout) -> bool:
    """A press-contact block: ``(For more information: Name - Tel.: ...)`` to its close.

    Returns whether the paragraph ends by opening a block that runs on in the next lines
    ("For more information, please contact:").
    """
    opens = False
    lowered = text[start:end].lower()
    if not any(w in lowered for w in ("contact", "information", "enquir", "signed")):
        return False
    for match in _CONTACT.finditer(text, start, end):
        if match.group(0).startswith("("):
            close = text.find(")", match.end(), end)
            stop = end if close < 0 else close + 1
        else:
            stop = end
            opens = not text[match.end() : end].strip()
        layout.excluded.append((match.start(), stop))
    return opens
