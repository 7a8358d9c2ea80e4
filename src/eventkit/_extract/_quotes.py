"""Quotations: pair quotation marks in one linear pass, robust to how real pages print them.

Each mark is classified by what stands on its two sides (an opening mark touches the word after
it, a closing mark the word before it), so curly, straight, ``«»`` and wrong-way marks all pair
by position rather than by glyph. A mark that cannot pair (a stray or an inch sign) is dropped.
A quotation may run over several paragraphs, whether or not each new paragraph reopens it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ._cues import CUES

__all__ = ["Quote", "find_quotes"]

_OPENERS = frozenset("“„«‟")
_CLOSERS = frozenset("”»")
_STRAIGHT = '"'
_MARKS = _OPENERS | _CLOSERS | {_STRAIGHT}
_LEFT_CONTEXT = frozenset("([{—\u2013-/\u00a0") | _MARKS
_RIGHT_CONTEXT = frozenset(".,;:!?)]}—\u2013-\u00a0…") | _MARKS
# Every double quotation mark, and two apostrophes ('') standing for one.
_DOUBLE_MARK = re.compile("[" + "".join(sorted(_MARKS)) + "]|''")
_SINGLE_MARK = re.compile("[\u2018\u2019']")
# A quotation that has not closed after this many paragraphs was opened by a stray mark.
_MAX_PARAGRAPHS = 8


@dataclass(frozen=True)
class Quote:
    """A quotation: the offsets of its marks and of the words between them."""

    open_mark: int
    close_mark: int
    start: int
    end: int
    paragraphs: int  # how many paragraphs it spans


def _role(text: str, i: int, width: int = 1) -> str:
    """``open``, ``close`` or ``either`` for the quotation mark at ``i`` (``width`` long)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    opens = not nxt.isspace() and (prev.isspace() or prev in _LEFT_CONTEXT)
    closes = not prev.isspace() and (nxt.isspace() or nxt in _RIGHT_CONTEXT)
    ch = text[i]
    if ch in _OPENERS:
        return "close" if closes and not opens else "open"
    if ch in _CLOSERS:
        return "open" if opens and not closes else "close"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Every paired quotation in the text, in order."""
    quotes: list[Quote] = []
    open_at = -1
    open_para = last_para = 0
    para = 0
    n_para = len(paragraphs)
    for mark in _DOUBLE_MARK.finditer(text):
        i = mark.start()
        ch = text[i]
        while para < n_para and paragraphs[para][1] <= i:
            para += 1
        role = _role(text, i, 2 if ch == "'" else 1)
        if open_at >= 0 and para - open_para > _MAX_PARAGRAPHS:
            open_at = -1
        if role == "either":
            role = "close" if open_at >= 0 else "open"
        if role == "open":
            at_paragraph_start = para < n_para and paragraphs[para][0] == i
            if open_at >= 0 and at_paragraph_start and para == last_para + 1:
                last_para = para  # the quotation goes on in a new paragraph
                continue
            open_at, open_para, last_para = i, para, para
            continue
        if open_at < 0:
            continue  # a closing mark with nothing open: stray
        start, end = _trim(text, open_at + (2 if text[open_at] == "'" else 1), i)
        if end > start:
            close = i + 1 if ch == "'" else i  # the last character of the closing mark
            quotes.append(Quote(open_at, close, start, end, para - open_para + 1))
        open_at = -1
    singles = _single_quotes(text, paragraphs, quotes)
    if singles:
        quotes = sorted(quotes + singles, key=lambda q: q.open_mark)
    dashed = _dash_quotes(text, paragraphs, quotes)
    if dashed:
        quotes = sorted(quotes + dashed, key=lambda q: q.open_mark)
    return quotes


# A dash with a space after it: where dash-delimited speech may open or close.
_DASH = re.compile(r"[\u2013\u2014-](?= )")


def _dash_quotes(text: str, paragraphs: list[tuple[int, int]], marked: list[Quote]) -> list[Quote]:
    """Speech set off by dashes, as Polish, Russian, Lithuanian or Italian releases print it
    in translation: a dash that opens a paragraph or follows the end of a sentence, and the
    next dash, followed by an attribution with a reporting verb (``\u2013 We are ready
    \u2013 said Mayor Name.``, with en dashes)."""
    out: list[Quote] = []
    opens = [q.open_mark for q in marked]
    for start, end in paragraphs:
        if end - start < 8:
            continue
        i = bisect.bisect_left(opens, start)
        if i < len(opens) and opens[i] < end:
            continue  # the paragraph has quotation marks of its own
        dashes = [
            m.start()
            for m in _DASH.finditer(text, start, end)
            if m.start() == start or text[m.start() - 1] == " "
        ]
        for n, p in enumerate(dashes[:-1]):
            q = p
            while q > start and text[q - 1].isspace():
                q -= 1  # (the spaces before a dash: the walk stops at the next character)
            if p != start and (q == start or text[q - 1] not in ".!?:"):
                continue  # a dash inside a sentence: a parenthesis, not speech
            closer = dashes[n + 1]
            words = [w.strip(".,;:").lower() for w in text[closer + 2 : closer + 120].split()]
            if not any(w in CUES for w in words[:5]):
                continue
            a, b = _trim(text, p + 2, closer)
            if b > a:
                out.append(Quote(p, closer, a, b, 1))
    return out


def _single_quotes(
    text: str, paragraphs: list[tuple[int, int]], doubles: list[Quote]
) -> list[Quote]:
    """Quotations in single marks (\u2018...\u2019 or '...'), outside double quotations.

    A \u2019 between letters is an apostrophe; a single quotation never leaves its paragraph.
    Marks inside a double quotation are a quotation within a quotation, not a statement.
    """
    out: list[Quote] = []
    open_at = -1
    open_para = 0
    open_para_start = False
    para = 0
    d = 0
    n_para = len(paragraphs)
    for mark in _SINGLE_MARK.finditer(text):
        i = mark.start()
        ch = text[i]
        if ch == "'" and (text[i + 1 : i + 2] == "'" or text[i - 1 : i] == "'"):
            continue  # part of a double mark ('')
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        opens = not nxt.isspace() and (prev.isspace() or prev in _LEFT_CONTEXT)
        moved = False
        while para < n_para and paragraphs[para][1] <= i:
            para += 1
            moved = True
        if moved:
            if (
                open_at >= 0
                and opens
                and para < n_para
                and paragraphs[para][0] == i
                and open_para_start
                and para - open_para <= 4
            ):
                continue  # 'A paragraph ... \n\n'the next one ...': the quotation goes on
            open_at = -1
        while d < len(doubles) and doubles[d].close_mark < i:
            d += 1
        if d < len(doubles) and doubles[d].open_mark < i:
            continue  # inside a double quotation
        if ch == "\u2018" or (ch == "'" and opens and open_at < 0):
            if opens:
                open_at, open_para = i, para
                open_para_start = para < n_para and paragraphs[para][0] == i
            continue
        if open_at < 0 or prev.isspace() or nxt.isalnum():
            continue  # an apostrophe: "Kazakhstan's", "don't"
        if text[open_at] != ch and not (text[open_at] == "\u2018" and ch == "\u2019"):
            continue  # a straight mark closes only a straight one
        if nxt.isspace() or nxt in _RIGHT_CONTEXT:
            start, end = _trim(text, open_at + 1, i)
            if end > start:
                out.append(Quote(open_at, i, start, end, para - open_para + 1))
            open_at = -1
    return out
