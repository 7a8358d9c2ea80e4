"""Mentions: words, and the people the text names, with the title phrases around them.

A name is a run of capitalised words (initials allowed: ``K. Torebayev``, ``U.Daniels``) that
the text marks as a person: a title or honorific before it ("Minister Odongo", "Deputy
Director General of the IOM Ugochi Daniels"), a title in apposition after it ("Naoe Yakiya,
Officer-in-Charge of ..."), or a reporting verb next to it ("said Shakhrat Nuryshev").
Title phrases run back to the clause boundary (a comma, a semicolon, "by", "with", a verb)
and forward to the end of an apposition; a list of comma-separated titles before a name
("the renowned Kazakh singer, Kazakhstan's Goodwill Ambassador, and IOM ... ambassador,
Dimash Qudaibergen") is read title by title.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .._names import _DIGRAPH_INITIALS, _PATRONYMIC_AFTER, _PATRONYMIC_BEFORE, _is_country
from ._cues import CUES
from ._layout import dotted_titles
from ._lexicon import (
    ABBREVIATED_GIVEN,
    ABBREVIATED_TITLES,
    ADVERBS,
    FEMALE,
    HONORIFICS,
    MALE,
    OFFICE_TITLES,
    ORG_WORDS,
    PARTICLES,
    STOP_CAPS,
    SURNAME_TRADES,
    TITLE_WORDS,
)

__all__ = ["NameMention", "Token", "find_name_mentions", "tokenize"]

# Letters keep the combining marks written after them ("Kalniņa" with n and a cedilla).
_WORD = re.compile(r"[\w\u0300-\u036f]+(?:['\u2019-][\w\u0300-\u036f]+)*")
_BACK_STOPS = frozenset(
    [
        "by",
        "with",
        "met",
        "meets",
        "meet",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "while",
        "than",
        "between",
        "including",
        "among",
        "as",
        "where",
        "if",
        "because",
        "but",
        "welcomed",
        "received",
        "congratulated",
        "thanked",
        "invited",
        "appointed",
        "accredited",
        "nominated",
        "designated",
        "named",
        "elected",
        "greeted",
        "hosted",
        "joined",
        "attended",
        "accompanied",
        "presented",
        "handed",
        "awarded",
        "visited",
    ]
)
_FORWARD_STOPS = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "who",
        "which",
        "that",
        "during",
        "when",
        "while",
        "after",
        "before",
        "on",
        "said",
        "says",
        "added",
        "noted",
        "told",
    ]
)
_LEADING = frozenset(["the", "and", "a", "an", "both", "also"])
_PREPOSITIONS = frozenset(["to", "of", "at", "in", "for", "from", "on"])
_MAX_TITLE_TOKENS = 24
# Vietnamese family names, written first: where a name starts inside a run of capitals.
_VIETNAMESE_FAMILY = frozenset(
    [
        "nguyen",
        "tran",
        "pham",
        "hoang",
        "huynh",
        "phan",
        "vu",
        "vo",
        "dang",
        "bui",
        "ngo",
        "duong",
        "trinh",
        "dinh",
        "truong",
    ]
)
# Words that open the names of regions ("Central Java", "North Sumatra"), never of people.
_COMPASS = frozenset(
    [
        "central",
        "east",
        "west",
        "north",
        "south",
        "eastern",
        "western",
        "northern",
        "southern",
        "upper",
        "lower",
    ]
)
# Family words that introduce a person in apposition ("his son, Name").
_KIN = frozenset(["son", "daughter", "wife", "husband", "brother", "sister", "father", "mother"])
# Nouns for businesses: a capitalised name right after one is the business's.
_COMPANY_NOUNS = frozenset(
    [
        "company",
        "firm",
        "operator",
        "carrier",
        "airline",
        "manufacturer",
        "producer",
        "developer",
        "retailer",
        "insurer",
        "startup",
        "start-up",
        "brand",
        "conglomerate",
        "shipyard",
    ]
)
# Letters printed after a name: membership of a parliament, a rank of counsel, an order.
_POST_NOMINALS = frozenset(
    [
        "mp",
        "td",
        "mep",
        "msp",
        "mla",
        "mpp",
        "kc",
        "qc",
        "sc",
        "obe",
        "mbe",
        "cbe",
        "kbe",
        "dbe",
        "cmg",
        "kcmg",
        "gcmg",
        "phd",
        "egh",
        "ebs",
        "mbs",
        "cbs",
    ]
)
# How far back a title is looked for before "of the"/"and" that may start its object
# ("Minister of Foreign Trade and Economic Relations of Bosnia and Herzegovina <name>").
_OBJECT_LOOKBACK = 12


_DIGIT = re.compile(r"\d")
_MONSIEUR = re.compile(r"\bM\. (?:[A-Z][\w'-]+ ){0,3}[A-Z][A-Z'-]*[A-Z]\b")
_CLAUSE_MARK = re.compile(r"[,;:!?\n]")


def _is_mark(c: str) -> bool:
    return unicodedata.combining(c) > 0


class Token:
    """A word: its offsets, its text, its text in lower case, and its shape."""

    __slots__ = ("acronym", "cap", "end", "initial", "lower", "start", "text", "title")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower()
        self.cap = text[:1].isupper()
        # Upper case throughout (two letters or more): "IOM", "NUR-SULTAN".
        self.acronym = self.cap and len(text) >= 2 and text.isupper()
        # One letter, with any combining marks written after it ("S" and a cedilla).
        self.initial = self.cap and (
            len(text) == 1
            or (len(text) <= 4 and not text[1].isalnum() and all(map(_is_mark, text[1:])))
        )
        # An abbreviated title the text uses ("Lic." in "Lic. Rosa Peralta"), not a name.
        self.title = False

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


@dataclass
class NameMention:
    """A person named in the text."""

    start: int  # the name itself, without honorific or title words
    end: int
    surface_start: int  # with the honorific or title words run into it ("Minister Odongo")
    titles: list[tuple[int, int]] = field(default_factory=list)
    gender: str | None = None
    words: int = 0
    initials: bool = False
    evidence: bool = False
    token_index: int = 0


def tokenize(text: str, titles: frozenset[str] | None = None) -> list[Token]:
    """Every word of the text with its offsets (``titles``: the abbreviated titles the text
    uses, from :func:`dotted_titles`, found here when not given)."""
    tokens = [Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    if titles is None:
        titles = dotted_titles(text)
    titles = titles | _honorifics_used(text, tokens)
    # "M." is Monsieur, not an initial, where the text writes French courtesy titles or a
    # family name in capitals after it ("M. Abdourahamane ISSOUFOU GARBA").
    french = "Mme " in text or "Mlle " in text or _MONSIEUR.search(text) is not None
    for t, tok in enumerate(tokens):
        if (
            titles
            and tok.lower in titles
            and (
                text[tok.end : tok.end + 1] == "."
                or (
                    t + 1 < len(tokens) and tokens[t + 1].cap and tok.end + 1 == tokens[t + 1].start
                )
            )
        ):
            tok.title = True
            continue
        if (
            french
            and tok.text == "M"
            and text[tok.end : tok.end + 2] == ". "
            and t + 1 < len(tokens)
            and tokens[t + 1].cap
        ):
            tok.initial = False
            tok.title = True  # "M. Abakar Moussa DJIBRINE" beside "Mme Clarisse ..."
            continue
        if tok.text in ("I", "U") and text[tok.end : tok.end + 1] != ".":
            # "Commission I", "I said": a numeral or the pronoun; "U Kyaw Zin Htet": the
            # Burmese honorific.
            tok.initial = False
            continue
        if (
            t + 1 < len(tokens)
            and tok.text in _DIGRAPH_INITIALS
            and text[tok.end : tok.end + 1] == "."
            and tokens[t + 1].cap
            and tokens[t + 1].start - tok.end <= 2
        ):
            tok.initial = True
    return tokens


def _honorifics_used(text: str, tokens: list[Token]) -> frozenset[str]:
    """Honorifics no list knows that the text itself shows, in lower case: a capitalised word
    always followed by a name, once by a name of two words ("Khun Thanakorn Srisuwan"), more
    than once in all, and whose next word the text also gives after a known title or
    honorific ("Governor Thanakorn"). "Ana Lima" and "Ana Lima" again is a name: nothing
    follows "Lima", and "Minister Lima" titles the other word."""
    seen: dict[str, list[int]] = {}
    refused: set[str] = set()
    n = len(tokens)
    for t in range(n - 1):
        tok = tokens[t]
        if not tok.cap or tok.acronym or tok.initial or len(tok.text) < 3:
            continue
        low = tok.lower
        nxt = tokens[t + 1]
        prev = tokens[t - 1] if t > 0 else None
        after_name = prev is not None and (
            (prev.cap and text[prev.end : tok.start] == " ") or prev.lower in PARTICLES
        )
        if (
            not after_name  # ("María Fernanda Ruiz", "bin Saeed Al Mazrouei": a name's words)
            and text[tok.end : nxt.start] == " "
            and _name_token(nxt)
            and nxt.lower not in PARTICLES
        ):
            seen.setdefault(low, []).append(t)
        else:
            refused.add(low)
    candidates = {
        low: places
        for low, places in seen.items()
        if len(places) >= 2
        and low not in refused
        and low not in TITLE_WORDS
        and low not in HONORIFICS
        and low not in ORG_WORDS
        and low not in STOP_CAPS
    }
    if not candidates:
        return frozenset()
    needed = set(candidates)
    for places in candidates.values():
        needed.update(tokens[p + 1].lower for p in places)
    titled: set[str] = set()  # of those, words printed right after a known title or honorific
    for t in range(1, n):
        if tokens[t].cap and tokens[t].lower in needed:
            word = tokens[t - 1].lower.strip(".")
            if word in TITLE_WORDS or word in HONORIFICS:
                titled.add(tokens[t].lower)
    found = set()
    for low, places in candidates.items():
        if low in titled:
            continue
        thirds = {
            tokens[p + 2].lower
            for p in places
            if p + 2 < n
            and tokens[p + 2].cap
            and not tokens[p + 2].acronym
            and text[tokens[p + 1].end : tokens[p + 2].start] == " "
        }
        if len(thirds) > 1 and len({tokens[p + 1].lower for p in places}) == 1:
            continue  # "Rodrigo Villaseñor Ruiz and his son, Rodrigo Villaseñor Campos"
        if thirds and any(tokens[p + 1].lower in titled for p in places):
            found.add(low)
    return frozenset(found)


def _nickname_at(text: str, tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is a one-word nickname in quotation marks between two words of a
    name, the word after it capitalised: ``Teresa "Tess" Villaruz``."""
    if j + 1 >= len(tokens) or j == 0:
        return False
    before = text[tokens[j - 1].end : tokens[j].start]
    after = text[tokens[j].end : tokens[j + 1].start]
    return (
        before in (' "', " \u201c", " '", " \u2018")
        and after in ('" ', "\u201d ", "' ", "\u2019 ")
        and tokens[j].cap
        and tokens[j + 1].cap
        and tokens[j - 1].cap
    )


def _gap_ok(text: str, left: Token, right: Token) -> bool:
    """Whether two words may stand side by side inside one name."""
    gap = text[left.end : right.start]
    if gap in (" ", "\u00a0"):
        return True
    if gap in (".", ". ", ".\u00a0"):
        return (
            left.initial
            or left.title
            or left.lower in HONORIFICS
            or (len(left.text) <= 4 and left.text[:1].isupper() and left.lower in _ABBREV_TITLES)
        )
    return False


_ABBREV_TITLES = ABBREVIATED_TITLES


_COURTESY = frozenset(
    ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "madam", "madame"]
)


_ORDINALS = frozenset(["II", "III", "IV", "VI", "VII", "VIII"])
# An academic degree after a name: "M.Si", "S.H.", "M.Sc", "Ph.D", each piece at most three
# letters, the pieces joined by full stops with no space.
_DEGREE = re.compile(r"[A-Z][a-z]{0,2}(?:\.[A-Z][a-z]{0,2})+\.?")


def _name_token(tok: Token) -> bool:
    if tok.title or (tok.text in ("I", "U") and not tok.initial):
        return False
    if tok.initial or tok.text in _ORDINALS:
        return True  # ("Kwesi Atta Essilfie III": a regnal number ends the name)
    if not tok.cap or (tok.acronym and not tok.initial):
        return False
    low = tok.lower
    if low in SURNAME_TRADES:
        return True  # "Weaver" capitalised may be a family name; "the weaver" is a title
    if low in TITLE_WORDS or low in ORG_WORDS or low in STOP_CAPS or low in HONORIFICS:
        return False
    if low.endswith(("\u2019s", "'s")):
        return False
    if low in _PORTFOLIOS or low in ("cultural", "handicrafts", "crafts"):
        return False  # "Minister of Cultural Heritage, Tourism and Handicrafts"
    if low.endswith("s") and low[:-1] in TITLE_WORDS:
        return False  # "Deputy Mayors Name and Name", "Cross-Border Traders": a plural title
    return not _DIGIT.search(tok.text)


def _capitalised_family(text: str, tokens: list[Token], f: int) -> bool:
    """Whether ``tokens[f]`` is a family name printed in capitals before the given name
    (``TANAKA Kenji``): a word of three or more capitals with a vowel, no listed word, right
    before a capitalised word in lower case."""
    tok = tokens[f]
    nxt = tokens[f + 1]
    if not _capitals_word(tok):
        return False
    if nxt.acronym or not (nxt.cap or nxt.lower in PARTICLES) or nxt.initial:
        return False
    return text[tok.end : nxt.start] == " "


# Words after which a single capitalised word is a place: "in Multan", "visits Multan".
_PLACE_BEFORE = frozenset(["in", "from", "visit", "visits", "visited", "visiting", "city", "town"])


def _places(text: str, tokens: list[Token]) -> frozenset[str]:
    """Single capitalised words the text uses as places: right after "in", "from", "visits"
    or "city of", and not followed by another capitalised word ("in Ana Lima's office")."""
    out = set()
    for t in range(1, len(tokens) - 1):
        tok = tokens[t]
        if not tok.cap or tok.acronym:
            continue
        if tokens[t + 1].cap and text[tok.end : tokens[t + 1].start] == " ":
            continue
        prev = tokens[t - 1].lower
        if prev == "of" and t >= 2:
            prev = tokens[t - 2].lower
            if prev not in ("city", "town"):
                continue
        if prev in _PLACE_BEFORE and text[tokens[t - 1].end : tok.start] == " ":
            out.add(tok.text)
    return frozenset(out)


def _letters(word: str) -> str:
    """The word without its hyphens and apostrophes ("N'GUESSAN", "TETTEY-MENSAH")."""
    return word.replace("-", "").replace("'", "").replace("\u2019", "")


def _capitals_word(tok: Token) -> bool:
    """A word in capitals that may be a family name: three letters or more with a vowel, and
    no listed word ("SALL", "NDOYE"; not "UN", "CEO")."""
    word = tok.text
    if not (tok.acronym and len(word) >= 3 and _letters(word).isalpha()):
        return False
    low = tok.lower
    if low in TITLE_WORDS or low in ORG_WORDS or low in STOP_CAPS or low in HONORIFICS:
        return False
    return any(c in "AEIOUY" for c in word.upper())


def _run_token(tok: Token) -> bool:
    return tok.cap and not _DIGIT.search(tok.text) and not tok.lower.endswith(("\u2019s", "'s"))


def find_name_mentions(
    text: str, tokens: list[Token], blocked: list[bool], is_cue: list[bool]
) -> list[NameMention]:
    """Every named person, in text order. ``blocked[i]``: token ``i`` may not be in a name."""
    out: list[NameMention] = []
    n = len(tokens)
    stops = list(blocked)
    counts: dict[str, int] = {}
    for tok in tokens:
        if tok.cap:
            word = tok.text
            for suffix in ("\u2019s", "'s"):
                if word.endswith(suffix):
                    word = word[: -len(suffix)]
            counts[word] = counts.get(word, 0) + 1
    initialed = _initialed_forms(text, tokens)
    places = _places(text, tokens)
    styled = _styled_names(tokens)
    # The last two words of every run of three or more names: a two-word family name.
    tails: set[tuple[str, ...]] = set()
    run = 0
    for t, tok in enumerate(tokens):
        joined = run > 0 and tok.cap and _gap_ok(text, tokens[t - 1], tok)
        run = run + 1 if joined else int(tok.cap)
        if run >= 3:
            tails.add((tokens[t - 1].lower, tok.lower))
    i = 0
    while i < n:
        tok = tokens[i]
        if blocked[i] or not _run_token(tok):
            i += 1
            continue
        j = i + 1
        while j < n:
            nxt = tokens[j]
            if _nickname_at(text, tokens, j) and j + 1 < n and not blocked[j + 1]:
                j += 2  # 'Ma. Teresa "Tess" Villaruz-Bautista': a nickname in the name
                continue
            if blocked[j] or not _gap_ok(text, tokens[j - 1], nxt):
                break
            if _run_token(nxt):
                j += 1
                continue
            if nxt.lower in PARTICLES:
                m = j + 1
                while m < n and m < j + 3 and tokens[m].lower in PARTICLES:
                    m += 1  # "van der Kroon": particles in a row
                if m < n and tokens[m].cap and not tokens[m].acronym:
                    j = m
                    continue
            break
        if _degree_after_name(text, tokens, i, j):
            i = j
            continue
        end = j
        lettered = end - i >= 2 and tokens[end - 1].lower in _POST_NOMINALS
        if lettered:
            end -= 1  # "Ms. Hannah Whitcombe MP": letters after the name are not part of it
        mention = _name_in_run(
            text, tokens, i, end, is_cue, stops, counts, initialed, styled, tails, places
        )
        if mention is not None and lettered and mention.words >= 2:
            # "Tavita Faleolo-Mauga MP, a member of the committee, urged": the letters mark
            # a person, and the apposition after them is the person's title.
            mention.evidence = True
            if not mention.titles:
                mention.titles = _titles_after(text, tokens, end + 1, blocked)
        if mention is not None:
            out.append(mention)
            if mention.evidence:
                # A title phrase read backwards never runs through an earlier name.
                for t in range(mention.token_index, j):
                    stops[t] = True
        i = j
    return out


def _degree_after_name(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Whether ``tokens[i:j]`` is an academic degree written after a name and a comma
    ("Ir. Sutrisno, M.Si,", "Ahmad Fauzi, S.H., M.H."): letters joined by full stops."""
    if i == 0 or not text[tokens[i - 1].end : tokens[i].start].startswith(", "):
        return False
    if not (tokens[i - 1].cap or tokens[i - 1].initial):
        return False
    return _DEGREE.fullmatch(text, tokens[i].start, tokens[j - 1].end) is not None


def _styled_names(tokens: list[Token]) -> frozenset[tuple[str, ...]]:
    """Names of three or four words printed right after an honorific anywhere in the text,
    captions included ("ASec. Maria Teresa Villanueva-Lacson"): where a title's object runs
    into the same words, they show where the name starts."""
    out: set[tuple[str, ...]] = set()
    n = len(tokens)
    for t in range(n - 3):
        if tokens[t].lower.strip(".") not in HONORIFICS:
            continue
        u = t + 1
        while u < n and u - t <= 4 and _name_token(tokens[u]):
            u += 1
        if u - t - 1 >= 3:
            out.add(tuple(tok.lower for tok in tokens[t + 1 : u]))
    return frozenset(out)


def _initialed_forms(text: str, tokens: list[Token]) -> dict[tuple[str, ...], set[str]]:
    """The initials printed before each one- or two-word family name: ``M.A. Echeverría
    Sosa`` gives ``("echeverría", "sosa") -> {"ma"}`` and ``("echeverría",) -> {"ma"}``."""
    out: dict[tuple[str, ...], set[str]] = {}
    n = len(tokens)
    t = 0
    while t < n:
        if not tokens[t].initial:
            t += 1
            continue
        u = t + 1
        while u < n and tokens[u].initial and _initial_gap(text, tokens[u - 1], tokens[u]):
            u += 1
        letters = "".join(tok.lower for tok in tokens[t:u])
        words: list[str] = []
        v = u
        while (
            v < n
            and len(words) < 2
            and tokens[v].cap
            and not tokens[v].initial
            and (
                _initial_gap(text, tokens[v - 1], tokens[v])
                if v == u
                else text[tokens[v - 1].end : tokens[v].start] == " "
            )
        ):
            words.append(tokens[v].lower)
            out.setdefault(tuple(words), set()).add(letters)
            v += 1
        t = u
    return out


def _initial_gap(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start] in (".", ". ", " ", ".\u00a0")


def _name_in_run(
    text: str,
    tokens: list[Token],
    i: int,
    j: int,
    is_cue: list[bool],
    blocked: list[bool],
    counts: dict[str, int],
    initialed: dict[tuple[str, ...], set[str]],
    styled: frozenset[tuple[str, ...]] = frozenset(),
    tails: set[tuple[str, ...]] | None = None,
    places: frozenset[str] = frozenset(),
) -> NameMention | None:
    """The name at the end of the run ``tokens[i:j]``, if the text marks it as a person."""
    k = j
    while k > i and _capitals_word(tokens[k - 1]) and text[tokens[k - 1].start - 1] == " ":
        k -= 1
    # "Fatou Binetou SALL NDIAYE": a family name in capitals after the given names, or after
    # an honorific alone ("Mme KAPINGA").
    after_honorific = i < k < j and (tokens[k - 1].lower in HONORIFICS or tokens[k - 1].title)
    if (k in (i, j) or tokens[k - 1].acronym or not _name_token(tokens[k - 1])) and not (
        after_honorific
    ):
        k = j
    while k > i and (
        _name_token(tokens[k - 1])
        or tokens[k - 1].lower in PARTICLES
        # "Rosnah binti Haji Ismail": an honorific in the father's name, after "binti"
        or (
            k - 2 > i
            and tokens[k - 1].lower.strip(".") in HONORIFICS
            and tokens[k - 2].lower in _PATRONYMIC_BEFORE
            and not tokens[k - 2].cap
        )
    ):
        k -= 1
    while k < j and tokens[k].lower in PARTICLES:
        if tokens[k].cap and k > i and tokens[k - 1].lower in TITLE_WORDS:
            break  # "Minister Nic Aodha Bhuí": a family name that opens with its particle
        k += 1
    if k < j and k > i and _capitalised_family(text, tokens, k - 1):
        k -= 1  # "LEE Hyun-woo", "TANAKA Kenji": the family name printed in capitals first
    elif (
        k < j
        and k > i + 1
        and tokens[k - 1].lower in PARTICLES
        and _capitalised_family(text, tokens, k - 2)
    ):
        k -= 2  # "NGUYEN Van Binh"
    if k >= j:
        return None
    name = tokens[k:j]
    lead = tokens[i:k]
    if (
        i > 0
        and j + 1 < len(tokens)
        and not any(t.lower in TITLE_WORDS for t in lead)  # ("Vice Mayor Chen Weiming of Wuhu")
        and tokens[j].lower == "of"
        and (
            tokens[j + 1].cap
            or (tokens[j + 1].lower == "the" and j + 2 < len(tokens) and tokens[j + 2].cap)
        )
        and text[tokens[j - 1].end : tokens[j].start] == " "
        and _object_before(tokens, i)
        and not any(t.lower.strip(".") in HONORIFICS for t in lead)
    ):
        return None  # "Chairman of the State Great Khural of Mongolia": the title's object
    if i > 0 and not tokens[i - 1].cap and tokens[i - 1].lower in _COMPANY_NOUNS and not lead:
        return None  # "the ferry operator Baltic Nordlink": a company's name
    if (
        k == i + 1
        and i > 0
        and tokens[i].text == "The"
        and not tokens[i - 1].cap
        and text[tokens[i - 1].end : tokens[i].start] == " "
    ):
        return None  # "at The Forks", "in The Hague": a place whose name has "The" in it
    if (
        j < len(tokens)
        and not tokens[j].cap
        and tokens[j].lower in ORG_WORDS
        and text[tokens[j - 1].end : tokens[j].start] == " "
    ):
        return None  # "the Green Belt project", "the Blue Corridor initiative": a thing's name
    if not lead and _object_of_apposed_title(text, tokens, i, j):
        # "The Minister of Health and Social Welfare, Dr. Ana Lima, said": the words joined
        # by "of"/"for"/"and" end the office's name; the apposed name is the person.
        return None
    # "to Kazakhstan Alexei Borodavkin": after a preposition, the first word is its object.
    if (
        not lead
        and len(name) >= 3
        and i > 0
        and _object_before(tokens, i)
        and text[tokens[i - 1].end : tokens[i].start] == " "
    ):
        # "to Kazakhstan Alexei Borodavkin", "for Digital Transformation Haruto Sakamoto":
        # after a title's preposition, the words before the last two name its object.
        k = j - 1
        if tokens[k - 1].initial:
            while k > i and tokens[k - 1].initial:
                k -= 1
            if (
                k - 1 > i
                and _name_token(tokens[k - 1])
                and _is_country(" ".join(t.text for t in tokens[i : k - 1]))
            ):
                k -= 1  # "to Malaysia Margaret L. Thornbury": the given name before the initial
        else:
            k -= 1
            given = _given_by_initials(tokens, i, k, j, initialed)
            k = given if given != k else _after_country(tokens, i, j, k)
            if k == j - 2:
                k = _after_portfolio(tokens, i, j, k)
            if k == j - 2:
                for m in range(i + 1, j - 2):
                    if tokens[m].lower in _VIETNAMESE_FAMILY and all(
                        _name_token(t) for t in tokens[m:j]
                    ):
                        k = m  # "of Quang Tri Nguyen Thi Thanh Huong": the name from "Nguyen"
                        break
            for size in (4, 3):
                if (
                    k == j - 2
                    and j - size > i
                    and tuple(t.lower for t in tokens[j - size : j]) in styled
                ):
                    k = j - size  # printed whole after an honorific elsewhere
        if k - 1 > i and tokens[k - 1].lower in ABBREVIATED_GIVEN:
            k -= 1  # "for Operations Ma. Luisa Tan-Olivarez": an abbreviated given name
        name = tokens[k:j]
    after_country = False
    if (
        not lead
        and len(name) == 2
        and i > 0
        and tokens[i - 1].lower == "of"
        and text[tokens[i - 1].end : tokens[i].start] == " "
        and _object_before(tokens, i)
        and _is_country(name[0].text)
    ):
        # "Director General ... of the Republic of Indonesia Haryadi": one name after the
        # title's country, as Indonesians and others have.
        name = name[1:]
        k += 1
        after_country = True
    if (
        lead
        and len(name) >= 3
        and name[0].text in places
        and any(t.lower in TITLE_WORDS for t in lead)
    ):
        # "Mayor Multan Chaudhry Ikram-ul-Haq Bhutta": the title's place, without "of", is
        # a word the text uses as a place elsewhere ("visits Multan").
        name = name[1:]
        k += 1
    if lead and any(t.lower in ORG_WORDS for t in lead):
        for p in range(1, len(name) - 1):
            if name[p].initial and text[name[p].end : name[p + 1].start] == ".":
                # "Member of the State Great Khural Ts.Oyunbileg": a name that opens with
                # an initial glued to it, after the body's name.
                k += p
                name = name[p:]
                break
    if name[-1].initial:
        return None
    if name[0].lower in _COMPASS and len(name) >= 2:
        return None  # "Central Java", "West Bengal": a region
    if (
        len(name) >= 2
        and not lead
        and not any(t.initial for t in name)
        and _is_country(" ".join(t.text for t in name))
    ):
        return None  # "in Ha Noi", "Viet Nam": a country or a capital
    if lead and j - i >= 3 and _is_country(" ".join(t.text for t in tokens[i:j])):
        return None  # "the United Arab Emirates": "United" is no title
    full_words = [t for t in name if not t.initial]
    initials = len(full_words) < len(name)
    lead_lower = [t.lower.strip(".") for t in lead]
    gender = None
    for w, word in enumerate(lead_lower):
        if word in FEMALE:
            gender = "female"
        elif word in MALE:
            gender = "male"
        elif (
            word in ("his", "her")
            and w + 1 < len(lead_lower)
            and lead_lower[w + 1] in ("excellency", "majesty", "highness", "royal", "holiness")
        ):
            gender = "male" if word == "his" else "female"  # "Her Excellency Ana Lima"
    titled_run = any(w in TITLE_WORDS or w in HONORIFICS for w in lead_lower) or any(
        t.title for t in lead
    )
    surface_start = tokens[k].start
    if lead and titled_run:
        # Keep honorifics and title words right before the name in the printed form.
        s = k
        while s > i and (
            tokens[s - 1].lower in TITLE_WORDS
            or tokens[s - 1].lower in HONORIFICS
            or tokens[s - 1].title
        ):
            s -= 1
        surface_start = tokens[s].start
    mention = NameMention(
        start=name[0].start,
        end=name[-1].end,
        surface_start=surface_start,
        gender=gender,
        words=len(name),
        initials=initials,
        token_index=k,
    )
    before_run = i - 1
    if before_run > 0 and tokens[before_run].lower == "the":
        before_run -= 1  # "of the Syr Darya"
    after_preposition = (
        k == i
        and before_run >= 0
        and tokens[before_run].lower in _PREPOSITIONS
        and not initials
        and "," not in text[tokens[before_run].end : tokens[i].start]
    )
    # "The Governor of Cabo Delgado": a capitalised pair right after "of" is the object of
    # the title, not a person it describes.
    before = [] if after_preposition else _titles_before(text, tokens, k, blocked)
    after = _titles_after(text, tokens, j, blocked)
    mention.titles = before + after
    # "represented by Widiyanto, Director for International Cooperation at ...": one name
    # with an office in apposition, and named again elsewhere.
    apposed_office = (
        bool(after)
        and len(name) == 1
        and not _is_country(name[0].text)
        and (
            (
                tokens[j].cap
                and tokens[j].lower in OFFICE_TITLES
                and counts.get(name[0].text, 0) >= 2
            )
            or (  # "Wahyuningsih, a nurse from Central Java, told the audience"
                tokens[j].lower in ("a", "an")
                and j + 1 < len(tokens)
                and any(t.lower in TITLE_WORDS for t in tokens[j + 1 : j + 3])
            )
        )
    )
    cue_next = (
        _cue_after(tokens, j, is_cue)
        or _who_cue_after(text, tokens, j, is_cue)
        or _cue_after_parenthesis(text, tokens, j, is_cue)
    )
    cue_before = i > 0 and is_cue[i - 1] and text[tokens[i - 1].end : tokens[i].start] == " "
    # "Nurul Huda binti Ismail": a father's name joined by "binti" marks a person.
    patronymic = any(
        (t.lower in _PATRONYMIC_BEFORE or t.lower in _PATRONYMIC_AFTER) and not t.cap
        for t in name[1:-1]
    )
    mention.evidence = bool(
        titled_run or mention.titles or cue_next or cue_before or initials or patronymic
    )
    if (
        not (titled_run or mention.titles or initials or patronymic)
        and len(name) >= 2
        and counts.get(name[0].text, 0) > counts.get(name[-1].text, 0)
        and not (len(name) == 2 and tails and (name[0].lower, name[1].lower) in tails)
    ):
        # Only a verb marks it, and the text repeats its first word alone more than its last:
        # "Acme Robotics announced ... Acme's engineers" is a company; people are called
        # again by their family name.
        mention.evidence = False
    if (
        not mention.evidence
        and len(name) >= 2
        and k >= 3
        and text[tokens[k - 1].end : tokens[k].start].strip() == ","
        and tokens[k - 2].lower in ("his", "her", "their")
        and tokens[k - 1].lower in _KIN
    ):
        mention.evidence = True  # "Rodrigo Villaseñor Ruiz and his son, Rodrigo ..."
    # "opened by the Director General of ... at the Ministry, Haryanto.": one name in
    # apposition after a title, closing its clause.
    apposed_after_title = (
        bool(before)
        and not lead
        and k > 0
        and text[tokens[k - 1].end : tokens[k].start] == ", "
        and tokens[k - 1].lower not in PARTICLES
        and _headed_by_title(text[before[-1][0] : before[-1][1]])
        and _closes_clause(text, tokens, j)
        and not _is_country(name[0].text)
    )
    # "DPR member Sutarmin called for ...": a title word in lower case right before one name
    # that a reporting verb follows ("the official Facebook page" has none).
    title_next_to_it = (
        cue_next
        and bool(before)
        and not lead
        and k > 0
        and before[-1][1] == tokens[k - 1].end
        and not tokens[k - 1].cap
        and tokens[k - 1].lower in TITLE_WORDS
        and text[tokens[k - 1].end : tokens[k].start] == " "
    )
    if len(full_words) < 2 and not (
        initials
        or titled_run
        or (after_country and before)
        or apposed_office
        or apposed_after_title
        or title_next_to_it
    ):
        # A single word is a name only where a title or honorific marks it.
        mention.evidence = False
    return mention


def _closes_clause(text: str, tokens: list[Token], j: int) -> bool:
    """Whether the word before ``tokens[j]`` ends its clause: a full stop or semicolon after
    it, or a comma and a word in lower case ("..., Haryanto, who said")."""
    if j >= len(tokens):
        return True
    gap = text[tokens[j - 1].end : tokens[j].start].strip()
    return gap[:1] in (".", ";") or (gap == "," and not tokens[j].cap)


def _headed_by_title(phrase: str) -> bool:
    """Whether a title phrase opens with a title word ("Director General of ...")."""
    words = phrase.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    return bool(words) and words[0] in TITLE_WORDS


def _given_by_initials(
    tokens: list[Token], i: int, k: int, j: int, initialed: dict[tuple[str, ...], set[str]]
) -> int:
    """Where a name after a title's object starts, when the text elsewhere prints it with
    initials: "Minister of Culture Rodrigo Esteban Villalobos Marín" and later "R.E.
    Villalobos Marín" show that "Rodrigo Esteban" are given names, not the ministry's."""
    for size in (2, 1):
        tail = j - size
        if tail < i + 1:
            continue
        for letters in initialed.get(tuple(t.lower for t in tokens[tail:j]), ()):
            # The initials stand for the words right before the family name, or before a
            # middle name or patronymic the initialed form leaves out ("N. Zhumabekov" for
            # "Nurlan Asanovich Zhumabekov").
            for middle in (0, 1, 2):
                start = tail - len(letters) - middle
                if start <= i or start >= k:
                    continue  # the title's object keeps at least one word
                if all(
                    _name_token(tokens[start + x]) and tokens[start + x].lower[:1] == letters[x]
                    for x in range(len(letters))
                ) and all(
                    _name_token(tokens[tail - 1 - m]) or tokens[tail - 1 - m].lower in PARTICLES
                    for m in range(middle)
                ):
                    return start
    return k


# The portfolios offices are named after ("Councillor for Culture", "Minister of Health").
_PORTFOLIOS = frozenset(
    [
        "culture",
        "health",
        "education",
        "agriculture",
        "finance",
        "tourism",
        "trade",
        "defence",
        "defense",
        "justice",
        "energy",
        "transport",
        "environment",
        "labour",
        "labor",
        "youth",
        "sport",
        "sports",
        "economy",
        "industry",
        "interior",
        "women",
        "science",
        "technology",
        "fisheries",
        "mining",
        "water",
        "housing",
        "planning",
        "infrastructure",
        "communications",
        "information",
        "security",
        "heritage",
        "arts",
        "innovation",
        "employment",
        "welfare",
        "finances",
        "investment",
        "commerce",
        "inspection",
        "management",
        "resources",
        "protection",
        "disaster",
        "emergency",
        "adaptation",
        "change",
        "safety",
        "occupational",
        "sanitation",
        "customs",
        "statistics",
        "production",
        "food",
        "crops",
    ]
)


def _after_portfolio(tokens: list[Token], i: int, j: int, k: int) -> int:
    """Where a name starts after a title's portfolio: "Councillor for Culture Daniela
    Fuentealba Rojas" is one person with three names, not "Culture Daniela"'s office."""
    m = i
    while m < j - 2 and tokens[m].lower in _PORTFOLIOS:
        m += 1
    if m == i or j - m > 4 or not all(_name_token(t) for t in tokens[m:j]):
        return k
    return m


def _after_country(tokens: list[Token], i: int, j: int, k: int) -> int:
    """Where a name starts after a title's object that is a country: "Ambassador of Chile to
    Latvia Joaquín Ignacio Pérez Larraín" is one person with three or four names."""
    for size in (2, 1):
        start = i + size
        if start >= k or j - start > 4:
            continue
        if not all(_name_token(t) or t.lower in PARTICLES for t in tokens[start:j]):
            continue
        if _is_country(" ".join(t.text for t in tokens[i:start])):
            return start
    return k


def _object_before(tokens: list[Token], i: int) -> bool:
    """Whether the run at ``tokens[i]`` follows a title's preposition (or its ``and``)."""
    prev = tokens[i - 1].lower
    if prev in _PREPOSITIONS:
        return True
    titled = any(t.lower in TITLE_WORDS for t in tokens[max(0, i - _OBJECT_LOOKBACK) : i - 1])
    if prev == "the" and i >= 2 and tokens[i - 2].lower in _PREPOSITIONS:
        return titled  # "Speaker of the Seimas Rasa Kalnina"
    return prev == "and" and titled


def _object_of_apposed_title(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Whether the run ``tokens[i:j]`` ends the object of a title or an office ("Minister of
    Health and Social Welfare", "Director for East and Southern Africa") and a name set off
    by commas follows it: ", Dr. Ana Lima," or ", Ana Lima,"."""
    if i == 0 or j - i > 3:
        return False
    prev = tokens[i - 1].lower
    if prev not in ("of", "for", "and", "the"):
        return False
    if j - i == 3 and prev != "and" and not _honorific_after_comma(text, tokens, j):
        return False  # "Minister of Health Ana Lima, ..." names its holder
    head = _object_head(text, tokens, i)
    if head < 0:
        return False
    if (
        j - i <= 2
        and tokens[head].lower in ORG_WORDS
        and tokens[head].lower not in TITLE_WORDS
        and any(t.cap for t in tokens[head + 1 : i])
        and not (j - i == 2 and _is_country(tokens[i].text))  # ("... of Indonesia Haryadi")
    ):
        return True  # "the Office for Land and Water Management": the office's own name
    # An apposed name: ", [honorific] Name Name," right after the run.
    if j >= len(tokens) or text[tokens[j - 1].end : tokens[j].start].strip() != ",":
        return False
    m = j
    words = 0
    while m < len(tokens) and m < j + 7:
        tok = tokens[m]
        if m > j and text[tokens[m - 1].end : tok.start].strip() == ",":
            break
        if tok.lower.strip(".") in HONORIFICS or (
            words == 0 and tok.cap and tok.lower in TITLE_WORDS
        ):
            pass  # ", Dr. Ana Lima," or ", Ambassador Ana Lima,"
        elif _name_token(tok) or tok.lower in PARTICLES:
            words += 1
        else:
            return False
        m += 1
    if words < 2:
        return False
    if m < len(tokens) and text[tokens[m - 1].end : tokens[m].start].strip() == ",":
        return True
    # '..., said the Regional Director for East and Southern Africa, Ana Lima.': the name
    # ends the sentence.
    after = text[tokens[m - 1].end : tokens[m - 1].end + 2]
    return after[:1] in (".", ";") and (len(after) == 1 or after[1:].isspace())


def _honorific_after_comma(text: str, tokens: list[Token], j: int) -> bool:
    """Whether ", Dr." (an honorific) follows the run that ends before ``tokens[j]``."""
    return (
        j < len(tokens)
        and text[tokens[j - 1].end : tokens[j].start].strip() == ","
        and (tokens[j].lower.strip(".") in HONORIFICS or _letter_honorific(text, tokens, j, j + 2))
    )


def _object_head(text: str, tokens: list[Token], i: int) -> int:
    """The title or office word whose object, joined by "of"/"for"/"and"/"the", runs up to
    ``tokens[i]`` ("Minister" in "Minister of Health and Social Welfare"), or -1."""
    b = i - 1
    while b >= 0 and b >= i - _OBJECT_LOOKBACK:
        tok = tokens[b]
        if text[tok.end : tokens[b + 1].start].strip():
            return -1
        if tok.lower in TITLE_WORDS or tok.lower in ORG_WORDS:
            return b
        if not (tok.cap or tok.lower in ("of", "for", "and", "the")):
            return -1
        b -= 1
    return -1


def _who_cue_after(text: str, tokens: list[Token], j: int, is_cue: list[bool]) -> bool:
    """``Name, who pointed out that ...``: a relative clause of speech after the name."""
    if j <= 0 or j + 1 >= len(tokens) or tokens[j].lower != "who":
        return False
    if text[tokens[j - 1].end : tokens[j].start].strip() != ",":
        return False
    return _cue_after(tokens, j + 1, is_cue)


def _cue_after_parenthesis(text: str, tokens: list[Token], j: int, is_cue: list[bool]) -> bool:
    """``Giorgos Stylianou (S&D, CY) said``: a short parenthesis between a name and its verb."""
    if j <= 0 or j >= len(tokens) or "(" not in text[tokens[j - 1].end : tokens[j].start]:
        return False
    k = j
    while k < len(tokens) and k < j + 6 and ")" not in text[tokens[k].end : tokens[k].end + 1]:
        k += 1
    return k + 1 < len(tokens) and k < j + 6 and _cue_after(tokens, k + 1, is_cue)


def _cue_after(tokens: list[Token], j: int, is_cue: list[bool]) -> bool:
    k = j
    if k + 1 < len(tokens) and tokens[k].lower == "from" and tokens[k + 1].cap:
        # "Chimwemwe Banda from Malawi said"
        k += 1
        while k < len(tokens) and k < j + 5 and tokens[k].cap:
            k += 1
    while (
        k < len(tokens)
        and k < j + 3
        and (tokens[k].lower in ADVERBS or tokens[k].lower.endswith("ly"))
    ):
        k += 1
    return k < len(tokens) and is_cue[k]


def _titles_before(
    text: str, tokens: list[Token], k: int, blocked: list[bool]
) -> list[tuple[int, int]]:
    """The title phrase(s) written before the name that starts at ``tokens[k]``."""
    whose = _whose_title(tokens, k)
    if whose is not None:
        return [whose]
    if k > 0 and text[tokens[k - 1].end : tokens[k].start].strip() == ")":
        # "Ambassador of Chile to Turkmenistan (with residence in Moscow) Name": the title
        # ends before the parenthesis.
        o = k - 1
        while o > 0 and k - o < 10 and "(" not in text[tokens[o - 1].end : tokens[o].start]:
            o -= 1
        if (
            o > 0
            and "(" in text[tokens[o - 1].end : tokens[o].start]
            and not (o == k - 1 and tokens[o].acronym)  # "(IOM)" belongs to the title
        ):
            return _titles_before(text, tokens, o, blocked)
    start_tok, stopped = _scan_back(text, tokens, k, blocked)
    # Honorifics run into the name ("Dr Abena ...") are part of it, not a title phrase.
    first = start_tok
    while first < k:
        if tokens[first].lower.strip(".") in HONORIFICS:
            first += 1
        elif _letter_honorific(text, tokens, first, k):
            first += 2  # "H.E."
        else:
            break
    # "Minister of Health Ms. Ana Lima": a courtesy title between the title and the name
    # belongs to the name's printed form, not to the title phrase.
    end = k
    while end > first and (
        tokens[end - 1].lower in _COURTESY
        or tokens[end - 1].title
        or (
            tokens[end - 1].lower.strip(".") in HONORIFICS
            and tokens[end - 1].lower not in TITLE_WORDS  # ("Director General" stays whole)
        )
    ):
        end -= 1
    if start_tok < k and first >= end:
        # "The Ruler of Fujairah, His Highness Sheikh ...": only honorifics before the name,
        # with a title in apposition before them. Otherwise ("The Spokesperson, Mrs. Name,")
        # the apposition is read below as before.
        apposed = _apposed_title(text, tokens, start_tok, stopped, blocked, honorific=True)
        if apposed:
            return apposed
    if first < end:
        phrase = _clean_phrase(text, tokens, first, end)
        if (
            phrase is None
            and not stopped
            and _comma_before(text, tokens, start_tok)
            and tokens[first].cap
            and tokens[end - 1].cap
            and all(t.cap or t.lower in ("and", "of", "the") for t in tokens[first:end])
        ):
            # "Minister of Water Resources, Agriculture and Processing Industry of the Kyrgyz
            # Republic Name": the comma is inside the title's own list of portfolios.
            head_tok, _ = _scan_back(text, tokens, start_tok - 1, blocked)
            if any(t.lower in ("of", "for") for t in tokens[head_tok:start_tok]):
                phrase = _clean_phrase(text, tokens, head_tok, end)
        if phrase is None:
            listed = _listed_object(text, tokens, start_tok, k, blocked)
            if listed is not None:
                return [listed]
            return _apposed_title(text, tokens, start_tok, stopped, blocked)
        if not stopped and start_tok > 0 and _comma_before(text, tokens, start_tok):
            # "The OSCE Chairperson-in-Office, Finnish Foreign Minister Elina Valtonen": a
            # title in apposition before the titled name, when it opens the sentence.
            a = _apposition_start(text, tokens, start_tok, blocked)
            if a is not None:
                before = _clean_phrase(text, tokens, a, start_tok, single=True)
                if before is not None:
                    return [before, phrase]
        return [phrase]
    # The name follows a comma: a list of titles in apposition before it, read chunk by chunk.
    out: list[tuple[int, int]] = []
    end_tok = start_tok
    for _ in range(4):
        if stopped or end_tok == 0 or not _comma_before(text, tokens, end_tok):
            break
        start_tok, stopped = _scan_back(text, tokens, end_tok - 1, blocked)
        phrase = _clean_phrase(text, tokens, start_tok, end_tok, single=True)
        if (
            phrase is None
            and not out
            and not stopped
            and start_tok > 0
            and _comma_before(text, tokens, start_tok)
            and all(t.cap or t.lower in ("and", "of", "the") for t in tokens[start_tok:end_tok])
        ):
            # "The Minister of Agriculture, Environment and Fisheries, Name": the last items
            # of the title's own list of portfolios.
            head_tok, stopped = _scan_back(text, tokens, start_tok - 1, blocked)
            if any(t.lower in ("of", "for") for t in tokens[head_tok:start_tok]):
                phrase = _clean_phrase(text, tokens, head_tok, end_tok, single=True)
            start_tok = head_tok
        if phrase is None:
            break
        out.insert(0, phrase)
        end_tok = start_tok
    return out


def _whose_title(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """ "the Association, whose President is Ms. Efua Mensah": the title before "is"."""
    h = k
    while h > 0 and k - h < 3 and tokens[h - 1].lower.strip(".") in HONORIFICS:
        h -= 1
    if h < 3 or tokens[h - 1].lower not in ("is", "was"):
        return None
    w = h - 2
    while w > 0 and h - w <= 4 and tokens[w].lower != "whose":
        w -= 1
    if tokens[w].lower != "whose" or w + 1 >= h - 1:
        return None
    if not any(t.lower in TITLE_WORDS for t in tokens[w + 1 : h - 1]):
        return None
    return tokens[w + 1].start, tokens[h - 2].end


def _listed_object(
    text: str, tokens: list[Token], start_tok: int, k: int, blocked: list[bool]
) -> tuple[int, int] | None:
    """ "Deputy Minister of Cultural Heritage, Tourism and Handicrafts Name": a title whose
    object is a list with a comma in it; the words after the comma end the list."""
    if not 0 < k - start_tok <= 5 or not _comma_before(text, tokens, start_tok):
        return None
    if not all(t.cap or t.lower == "and" for t in tokens[start_tok:k]):
        return None
    if not any(t.lower == "and" for t in tokens[start_tok:k]) or not tokens[start_tok].cap:
        return None  # (", and Olga Vitt": a second person, not the end of a list)
    a, _stopped = _scan_back(text, tokens, start_tok - 1, blocked)
    head = [t.lower for t in tokens[a:start_tok]]
    if not any(w in TITLE_WORDS for w in head) or not any(w in ("of", "for") for w in head):
        return None
    return _clean_phrase(text, tokens, a, k)


def _letter_honorific(text: str, tokens: list[Token], i: int, k: int) -> bool:
    """Whether ``tokens[i]`` opens "H.E." (His or Her Excellency), before ``tokens[k]``."""
    return (
        i + 1 < k
        and tokens[i].lower == "h"
        and tokens[i + 1].lower == "e"
        and text[tokens[i].end : tokens[i].end + 1] == "."
        and text[tokens[i + 1].end : tokens[i + 1].end + 1] == "."
    )


def _apposed_title(
    text: str,
    tokens: list[Token],
    start_tok: int,
    stopped: bool,
    blocked: list[bool],
    *,
    honorific: bool = False,
) -> list[tuple[int, int]]:
    """ "The Ruler of X, His Highness Sheikh Name": the title in apposition before the
    honorifics, when nothing but honorifics is run into the name."""
    if stopped or start_tok == 0 or not _comma_before(text, tokens, start_tok):
        return []
    a = _apposition_start(text, tokens, start_tok, blocked, object_ok=honorific)
    if a is None:
        # "The Minister of Industries, Government of Tripura, Shri Name": a body's name in
        # apposition between the title and the name.
        # "Member (CECM) for Agriculture, Livestock and Irrigation, Ms. Name": the last
        # items of a list in the title's object.
        end = start_tok
        for _ in range(3):
            seg, stopped_seg = _scan_back(text, tokens, end - 1, blocked)
            chunk = tokens[seg:end]
            if (
                stopped_seg
                or seg == 0
                or end - seg > 6
                or not tokens[seg].cap
                or not all(t.cap or t.lower in _OBJECT_GLUE for t in chunk)
                or not _comma_before(text, tokens, seg)
                or not (
                    any(t.lower in ORG_WORDS for t in chunk) or any(t.lower == "and" for t in chunk)
                )
            ):
                break
            a = _apposition_start(text, tokens, seg, blocked, object_ok=honorific)
            if a is None:
                a = _initial_title(text, tokens, seg, blocked)
            if a is not None:
                before = _clean_phrase(text, tokens, a, end, single=True)
                return [] if before is None else [before]
            end = seg
        a = _initial_title(text, tokens, start_tok, blocked)
        if a is None:
            return []
    before = _clean_phrase(text, tokens, a, start_tok, single=True)
    return [] if before is None else [before]


def _initial_title(
    text: str, tokens: list[Token], comma_tok: int, blocked: list[bool]
) -> int | None:
    """Where a capitalised title phrase without "The" opens the sentence that runs to the
    comma before ``tokens[comma_tok]`` ("Kitui County Executive Committee Member for
    Agriculture, Ms. Name, noted")."""
    scan, stopped = _scan_back(text, tokens, comma_tok - 1, blocked)
    if stopped or not tokens[scan].cap or comma_tok - scan > 16:
        return None
    if scan > 0:
        gap = text[tokens[scan - 1].end : tokens[scan].start]
        if not (_sentence_stop(gap, tokens[scan - 1]) or "\n" in gap):
            return None
    phrase = tokens[scan:comma_tok]
    if not any(t.cap and t.lower in TITLE_WORDS for t in phrase):
        return None
    return scan


def _apposition_start(
    text: str,
    tokens: list[Token],
    comma_tok: int,
    blocked: list[bool],
    *,
    object_ok: bool = False,
) -> int | None:
    """Where "The <title>" opens the clause that ends at the comma before ``tokens[comma_tok]``:
    at the start of the text or sentence, after a line break or a dateline's dash.

    With ``object_ok`` (an honorific follows the comma: "received the Minister of Foreign
    Affairs of Chile, H.E. Mr. Name"), "the <title>" may also be the object of a verb or a
    preposition: the honorific marks the name as the title's apposition.
    """
    scan, stopped = _scan_back(text, tokens, comma_tok - 1, blocked)
    after_blocked = scan > 0 and blocked[scan - 1]  # a dateline or header line before it
    if stopped and not after_blocked and not object_ok:
        return None
    floor = max(0, comma_tok - 16) if object_ok else max(scan, comma_tok - 8)
    for a in range(comma_tok - 1, floor - 1, -1):
        if object_ok and a < scan and not (tokens[a].cap or tokens[a].lower in _OBJECT_GLUE):
            break  # "is led by the ...": the title's phrase does not reach past its verb
        if tokens[a].lower != "the":
            continue
        if a == 0:
            return a
        gap = text[tokens[a - 1].end : tokens[a].start]
        if (
            _sentence_stop(gap, tokens[a - 1])
            or "\n" in gap
            or any(c in gap for c in "\u2013\u2014")
            or (a == scan and (after_blocked or any(c in gap for c in ",;:")))
        ):
            return a
        if (
            object_ok
            and a + 1 < comma_tok
            and tokens[a + 1].cap
            and any(t.lower in TITLE_WORDS for t in tokens[a + 1 : comma_tok])
            and all(t.cap or t.lower in _OBJECT_GLUE for t in tokens[a + 1 : comma_tok])
            and not tokens[a - 1].cap
            and not any(c in gap for c in ",;:")
        ):
            return a  # "received the Minister of ..., H.E. Mr. Name"
        if any(c in gap for c in ",;:") or (a < scan and not object_ok):
            break
    return None


_OBJECT_GLUE = frozenset(["of", "for", "and", "the", "to", "on", "in"])


def _comma_before(text: str, tokens: list[Token], k: int) -> bool:
    return k > 0 and text[tokens[k - 1].end : tokens[k].start].strip() == ","


def _scan_back(
    text: str, tokens: list[Token], end_tok: int, blocked: list[bool]
) -> tuple[int, bool]:
    """Walk back from ``tokens[end_tok]`` to a clause boundary; whether a stop word ended it."""
    s = end_tok
    limit = max(0, end_tok - _MAX_TITLE_TOKENS)
    while s > limit:
        prev = tokens[s - 1]
        gap = text[prev.end : tokens[s].start]
        if (gap != " " and _CLAUSE_MARK.search(gap)) or _sentence_stop(gap, prev):
            return s, False
        if (
            blocked[s - 1]
            or (prev.lower in _BACK_STOPS and not prev.acronym)
            or (not prev.cap and prev.lower in CUES)
            or (not prev.cap and len(prev.text) > 4 and prev.lower.endswith("ed"))
        ):
            return s, True  # ("Name directed Undersecretary ...": a verb ends the title)
        s -= 1
    return s, s == limit and s > 0


def _sentence_stop(gap: str, prev: Token) -> bool:
    return "." in gap and not (prev.initial or prev.lower in _ABBREV_TITLES or prev.title)


def _clean_phrase(
    text: str, tokens: list[Token], a: int, b: int, *, single: bool = False
) -> tuple[int, int] | None:
    """``tokens[a:b]`` as a title phrase (leading "the", "and" dropped), if it holds a title."""
    while a < b and tokens[a].lower in _LEADING:
        a += 1
    # "his credentials to the President of ...": the words before a preposition that precede
    # the first capitalised or title word belong to the clause, not to the title.
    lead = a
    while lead < b and not tokens[lead].cap and tokens[lead].lower not in TITLE_WORDS:
        lead += 1
    if any(t.lower in _PREPOSITIONS for t in tokens[a:lead]):
        a = lead
        while a < b and tokens[a].lower in _LEADING:
            a += 1
    if a >= b:
        return None
    words = [t.lower for t in tokens[a:b]]
    if not any(w in TITLE_WORDS for w in words):
        return None
    # "At the market the weaver Rosa Quilla": a lower-case occupation after a determiner
    # that follows words with no title in them; the phrase is the occupation.
    for t in range(b - 2, a, -1):
        if tokens[t].lower in ("the", "a", "an") and not tokens[t].cap:
            after = tokens[t + 1 : b]
            if (
                all(not x.cap for x in after)
                and any(x.lower in TITLE_WORDS for x in after)
                and not any(w in TITLE_WORDS for w in words[: t - a])
            ):
                a = t + 1
                words = [x.lower for x in after]
            break
    if len(words) == 1 and tokens[a].cap and not single:
        return None  # "Minister Odongo": a title run into the name, not a title phrase
    start = tokens[a].start
    end = tokens[b - 1].end
    if end < len(text) and text[end] == ")":
        end += 1
    # Drop a name-like tail that belongs to the name run ("President" kept, "Mrs" dropped).
    return start, end


def _titles_after(
    text: str, tokens: list[Token], j: int, blocked: list[bool]
) -> list[tuple[int, int]]:
    """An apposition after the name: ``Name, Officer-in-Charge of the Office,``."""
    if j >= len(tokens) or j == 0:
        return []
    gap = text[tokens[j - 1].end : tokens[j].start]
    if gap.strip() != ",":
        return []
    if (
        tokens[j].lower in _POST_NOMINALS
        and j + 1 < len(tokens)
        and text[tokens[j].end : tokens[j + 1].start].strip() == ","
    ):
        j += 1  # "Hon. Name, MP, Chairperson of the Group": the letters, then the title
    e = j
    limit = min(len(tokens), j + _MAX_TITLE_TOKENS)
    while e < limit and not blocked[e]:
        tok = tokens[e]
        if e > j:
            between = text[tokens[e - 1].end : tok.start]
            if any(c in between for c in ",;:!?\n") or _sentence_stop(between, tokens[e - 1]):
                break
        committee_on = (  # "Chair of the Committee on Foreign Affairs"
            tok.lower == "on"
            and e > j
            and tokens[e - 1].lower in ORG_WORDS
            and e + 1 < limit
            and tokens[e + 1].cap
        )
        if (tok.lower in _FORWARD_STOPS and not tok.acronym and not committee_on) or (
            not tok.cap and tok.lower in CUES and e > j
        ):
            break
        e += 1
    if e == j:
        return []
    first = tokens[j].lower
    if first in ("and", "or", "but"):
        return []  # "Name, and the Minister of ..., Other Name": a second person, not a title
    if first not in _LEADING and first not in TITLE_WORDS and not tokens[j].cap:
        # "Zhao Wenbo, economic and commercial counselor of the Embassy, said": news agencies
        # print the title in lower case; a few modifiers may come before its office word.
        head = j
        while head < min(e, j + 5) and tokens[head].lower not in TITLE_WORDS:
            tok = tokens[head]
            modifier = head + 1 < e and tokens[head + 1].lower in TITLE_WORDS  # "state minister"
            if (
                tok.cap
                or (tok.lower in CUES and not modifier)
                or tok.lower in _FORWARD_STOPS
                or tok.lower in _BACK_STOPS
                or (tok.lower.endswith("ed") and not modifier)
                or not tok.text.isalpha()
            ):
                return []
            head += 1
        if head >= min(e, j + 5):
            return []
    phrase = _clean_phrase(text, tokens, j, e)
    return [] if phrase is None else [phrase]
