"""People's names as press releases write them, and matching later mentions to people.

``parse_name`` reads one name ("H.E. Suzuki Kazuya", "S.V. Lavrov", "Joseph Boakai, Jr.") into a
:class:`PersonName`; ``match_name`` says which of a set of known people a mention such as
"K. Torebayev", "Minister Okafor" or "Dimash" refers to, and refuses to choose when two fit.

Everything here is rule-based and linear in the length of the input: one tokenizing regex
whose alternatives cannot overlap, then passes over the tokens. The word lists (honorifics,
particles, family names written first) are rules about how English-language press writes
names, not a list of particular people.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Literal

import attrs

from ._errors import ErrorDetail, NameParseError, ValidationError
from ._frozen import FrozenMap
from ._model import Affiliation, Participant

__all__ = [
    "NameMatch",
    "PersonName",
    "match_name",
    "parse_name",
    "parse_participant",
    "split_title",
]

# --------------------------------------------------------------------------------------------
# Tokens

# A word is letters (with combining marks) joined by single hyphens or apostrophes, optionally
# followed by a full stop; anything else that is not space is one punctuation character. Each
# alternative starts with a different kind of character, so the scan never backtracks.
_TOKEN = re.compile(
    r"(?P<word>(?:[^\W\d_][\u0300-\u036f]*)+(?:[-'\u2019\u2018](?:[^\W\d_][\u0300-\u036f]*)+)*)(?P<dot>\.)?"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)",
    re.S,
)


@attrs.frozen(slots=True)
class _Tok:
    """One token: a word (``dot`` when a full stop follows it) or one punctuation character."""

    kind: Literal["word", "other"]
    text: str  # the word without its full stop, or the character
    start: int
    end: int  # exclusive, after the full stop if there is one
    dot: bool = False

    @property
    def key(self) -> str:
        return self.text.casefold()


def _tokenize(text: str) -> list[_Tok]:
    tokens: list[_Tok] = []
    for m in _TOKEN.finditer(text):
        if m.lastgroup == "space":
            continue
        if m.group("word") is not None:
            tokens.append(
                _Tok("word", m.group("word"), m.start(), m.end(), m.group("dot") is not None)
            )
        else:
            tokens.append(_Tok("other", m.group(), m.start(), m.end()))
    return tokens


# --------------------------------------------------------------------------------------------
# Word lists (rules of English press style)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _list(text: str) -> frozenset[str]:
    """Comma-separated phrases, lower case."""
    return frozenset(item.strip().casefold() for item in text.split(",") if item.strip())


def _table(text: str) -> Mapping[str, str]:
    """``"a, b: X; c: Y"`` as a read-only ``{"a": "X", "b": "X", "c": "Y"}`` (keys lower
    case)."""
    table = {}
    for entry in text.split(";"):
        keys, _, value = entry.partition(":")
        for key in keys.split(","):
            table[key.strip().casefold()] = value.strip()
    return MappingProxyType(table)


def _phrases(text: str) -> frozenset[tuple[str, ...]]:
    """Comma-separated phrases, each as a tuple of lower-case words."""
    return frozenset(tuple(item.split()) for item in text.casefold().split(",") if item.strip())


# Courtesy titles and ranks: they go with the name ("H.E. Mr. Kairat Torebayev"). Matched on
# words with full stops ignored ("Mr" and "Mr."; "H.E." is the words "H" "E").
_COURTESY = _phrases(
    """
    h e, his excellency, her excellency, his majesty, her majesty, his highness, her highness,
    his royal highness, her royal highness, mr, mrs, ms, miss, mx, dr, prof, professor, hon,
    honourable, honorable, the honourable, the honorable, the hon, rt hon, the rt hon,
    right honourable, the right honourable, sir, dame, lord, lady, madam, madame, mme, mlle,
    sheikh, sheikha, rev, reverend, imam, rabbi, father, pope, cardinal, archbishop, bishop,
    patriarch, ratu, datuk, dato, datin, datuk seri, dato seri, dato sri, tan sri, puan sri,
    tun, haji, hajjah, hajah, alhaji, alhaja, hajia, puan, encik, doña, dona, nana, togbe,
    afioga, susuga, adi, bapak, pak, ibu, ir, drs, dra, begum, ostad, ustad, ustaz, daw, tā,
    khun, lic, licenciado, licenciada, ing, ingeniero, ingeniera, dip, arq, abog, dasho, lyonpo,
    cllr, his worship, her worship,
    general, gen, lieutenant general, lt gen, major general, maj gen, brigadier general,
    brig gen, brigadier, colonel, col, lieutenant colonel, lt col, major, maj, captain, capt,
    lieutenant, lt, admiral, adm, vice admiral, rear admiral, marshal, field marshal,
    air marshal, commander, cdr, sergeant, sgt
    """
)
# Offices used before a surname as a form of address ("Minister Okafor"): honorifics to
# parse_name, title words to parse_participant.
_OFFICES = _phrases(
    """
    president, vice president, vice-president, prime minister, deputy prime minister,
    foreign minister, minister, deputy minister, ambassador, senator, sen, congressman,
    congresswoman, governor, gov, mayor, secretary, secretary-general, director-general,
    commissioner, chancellor, premier, king, queen, prince, princess, emir, sultan, judge,
    justice, chairman, chairwoman, chairperson, envoy, consul, counsellor, counselor,
    representative, rep, spokesperson, spokesman, spokeswoman, canciller, diputado, diputada
    """
)
_HONORIFICS = _COURTESY | _OFFICES
_HONORIFIC_MAX = max(len(h) for h in _HONORIFICS)
# Honorifics that are abbreviations of a single letter each need their full stops ("H.E.").
_LETTER_HONORIFICS = frozenset(h for h in _HONORIFICS if all(len(w) == 1 for w in h))

_SUFFIXES = _words("jr sr jnr snr ii iii iv esq phd md obe mbe cbe kbe dbe mp mep kc qc td")

# Particles that belong to the family name ("de Villepin", "van der Berg", "Van Rompuy").
_PARTICLES = _words(
    "de del della der den di da das do dos du la le van von ter ten zu af bin binti ibn bint "
    "al el abu ben st y oglu ogly qizi kyzy kizi uulu uly nic ní ó uí mac"
)
# Capitalised particles that start a family name only in the middle of a name ("Van Rompuy");
# "Ben", "Abu", "El" and "St" are too often given names or names on their own to count.
_CAPITAL_PARTICLES = _words("de del della der di da du le la van von al nic ní ó uí")
# Particles of a father's name inside a full name: before it ("bin Hamad") or after it
# ("Heydar oglu"). The father's name is not a name the person is called by alone.
_PATRONYMIC_BEFORE = _words("bin binti bint ibn binte")
_PATRONYMIC_AFTER = _words("oglu ogly qizi kyzy kizi uulu uly")

# Arabic articles written joined to a capitalised family name ("al-Jubeir", "el-Sisi").
_ARABIC_ARTICLES = _words("al el ad ar as ash at az an ibn bin")

_PRONOUNS = _words("he she they him her his hers them their it we i you us")

# Common family names of languages whose press writes the family name first even in English
# (Chinese, and Japanese since 2020: "Suzuki Kazuya"). A name of two or three words whose
# first word is one of these, and whose last is not, is read family-first.
_FAMILY_FIRST = _words(
    """
    wang zhang liu chen yang huang zhao zhou xu sun zhu guo luo zheng liang xie tang feng deng
    cao peng zeng xiao tian dong pan yuan cai jiang du cheng wei su ding ren shen yao xi qin
    wen gu hou shao meng xiong qiu jia tan zou xue yan suzuki tanaka sato takahashi watanabe
    ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue
    kimura hayashi shimizu yamazaki ikeda hashimoto yamashita ishikawa nakajima maeda fujita
    ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura
    fukuda ota miura fujiwara okamoto matsuda nakagawa
    """
)
# Korean family names, and Chinese ones that are also English words or given names, count
# only before a hyphenated given name ("Moon Jae-in", "Lee Jae-myung"): "Lee Harvey Oswald"
# and "Keith Moon" stay given-first.
_FAMILY_FIRST_IF_HYPHENATED = _words(
    """
    kim lee park choi jung jeong kang cho yoon yun jang lim moon yoo shin kwon hwang ahn jeon
    hong ban han song ma li lin he yu lu
    """
)


# --------------------------------------------------------------------------------------------
# PersonName


def _as_tuple(values: Iterable[str]) -> tuple[str, ...]:
    """Sequences given to the constructors become tuples, so nothing reachable is mutable."""
    return tuple(values)


@attrs.frozen(slots=True, kw_only=True)
class PersonName:
    """A person's name read from text, in its parts, with the verbatim text kept.

    A plain frozen attrs class rather than a model class: it is derived from a string and can
    always be derived again with :func:`parse_name`, so it does not travel in documents (a
    :class:`~eventkit.Participant` keeps the name as text).

    >>> name = parse_name("H.E. Mr. Dominique de Villepin")
    >>> name.honorifics, name.given, name.family, name.full
    (('H.E.', 'Mr.'), ('Dominique',), 'de Villepin', 'Dominique de Villepin')

    Attributes:
        text: The text as given, unchanged.
        honorifics: Courtesy titles, ranks and offices before the name, as written
            (``"H.E."``, ``"His Excellency"``, ``"Mrs."``, ``"General"``, ``"Minister"``).
        given: The given names written in full, in order (``("Jean-Claude",)``).
        initials: The given names written as initials, without full stops (``("S", "V")``
            for ``S.V. Lavrov``).
        family: The family name with its particles (``"van der Berg"``), or ``None`` for a
            single word, where the text does not say which it is.
        suffix: ``"Jr."``, ``"III"`` and the like, as written.
        nickname: The name in brackets or quotes (``"Kate"`` in ``Catherine (Kate) Mwangi``).
        family_first: The family name was written first (``TANAKA Akihiko``, ``Lavrov, Sergey``).
    """

    text: str
    honorifics: tuple[str, ...] = attrs.field(default=(), converter=_as_tuple)
    given: tuple[str, ...] = attrs.field(default=(), converter=_as_tuple)
    initials: tuple[str, ...] = attrs.field(default=(), converter=_as_tuple)
    family: str | None = None
    suffix: str | None = None
    nickname: str | None = None
    family_first: bool = False
    # The given names and initials in the order written ("J", "Robert"); empty means
    # ``given`` then ``initials``.
    _given_parts: tuple[str, ...] = attrs.field(
        default=(), repr=False, alias="given_parts", converter=_as_tuple
    )

    @property
    def given_parts(self) -> tuple[str, ...]:
        """Every given name, in full or as an initial, in the order written."""
        return self._given_parts or (self.given + self.initials)

    @property
    def is_mononym(self) -> bool:
        """Whether the name is a single word ("Dimash"), given or family the text does not say."""
        return self.family is None and len(self.given_parts) == 1

    @property
    def full(self) -> str:
        """The name without honorifics, as a reader would write it.

        The parts keep the order written (``Tanaka Akihiko``, ``Lavrov Sergey`` for
        ``Lavrov, Sergey``). Initials get a full stop and a space (``U.Daniels`` gives
        ``U. Daniels``); a family name written in capitals to mark it (``TANAKA Akihiko``) is
        written in title case; nicknames are left out.
        """
        given = [
            f"{g}." if g in self.initials and g not in self.given else g for g in self.given_parts
        ]
        if self.family is None:
            words = given
        elif self.family_first:
            words = [self.family, *given]
        else:
            words = [*given, self.family]
        if self.suffix:
            words.append(self.suffix)
        return " ".join(words)

    def initials_of_given(self) -> tuple[str, ...]:
        """The initial of every given name in the order written, upper case.

        >>> parse_name("Elsie G. Attafuah").initials_of_given()
        ('E', 'G')
        """
        return tuple(
            part[:1].upper() if part not in self.initials else part.upper()
            for part in self.given_parts
        )


def _title_case(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


# Russian and Kazakh initials of two letters ("Yu.V. Andropov").
_DIGRAPH_INITIALS = frozenset({"Yu", "Ya", "Ye", "Yo", "Zh", "Ch", "Sh", "Kh", "Ts", "Dz"})


def _one_letter(word: str) -> bool:
    """One letter, with any combining marks it carries ("Ş" written as S and a cedilla)."""
    return len(word) - sum(1 for c in word[1:] if unicodedata.combining(c)) == 1


def _is_initial(tok: _Tok, *, last: bool) -> bool:
    """A given name written as an initial: "S." or "Yu."; a lone capital ("G") inside a name."""
    word = tok.text
    if tok.dot and _one_letter(word) and word[0].isupper():
        return True
    if tok.dot and word in _DIGRAPH_INITIALS:
        return True
    return not last and not tok.dot and _one_letter(word) and word[0].isupper()


def _match_honorific(words: Sequence[_Tok], i: int) -> int:
    """How many words from ``i`` form an honorific (0 if none); the longest one wins."""
    if words[i].text == "HE" and not words[i].dot:
        return 1  # "HE Mr Kairat Torebayev": His or Her Excellency, in capitals
    if words[i].text == "U" and not words[i].dot and i + 1 < len(words):
        return 1  # "U Kyaw Zin Htet": the Burmese honorific for a man, never with a full stop
    for n in range(min(_HONORIFIC_MAX, len(words) - i), 0, -1):
        key = tuple(t.key for t in words[i : i + n])
        if key in _HONORIFICS:
            if key in _LETTER_HONORIFICS and not all(t.dot for t in words[i : i + n - 1]):
                continue
            return n
    return 0


def _title_run(words: Sequence[_Tok], i: int) -> int:
    """How many words from ``i`` form a title of two words or more with a head word, followed
    by more words ("Deputy Director General Daniels"); 0 if none. One title word alone is not
    enough: "Dean Smith" is a name."""
    j = i
    while j < len(words) and _is_title_word(words, j):
        j += 1
    if j - i >= 2 and j < len(words) and any(_is_head(w.key) for w in words[i:j]):
        return j - i
    return 0


# Brackets and quotes around a nickname: "Catherine (Kate) Mwangi", "Catherine “Kate” Mwangi".
_NICKNAME_OPENERS: Mapping[str, str] = MappingProxyType(
    {
        "(": ")",
        "[": "]",
        "\u201c": "\u201d",
        '"': '"',
        "\u00ab": "\u00bb",
        "\u2018": "\u2019",
        "'": "'",
    }
)


def _error(text: str, message: str) -> NameParseError:
    return NameParseError(message, text=text)


def parse_name(text: str) -> PersonName:
    """Read a person's name into its parts.

    Handles honorifics (``H.E.``, ``His Excellency``, ``Mrs.``, ranks, offices used as forms
    of address), initials, also glued to the name (``U.Daniels``, ``S.V. Lavrov``), particles
    (``de Villepin``, ``van der Berg``), suffixes (``Jr.``), nicknames in brackets or quotes,
    family-first order (``TANAKA Akihiko``, ``Suzuki Kazuya``, ``Lavrov, Sergey``), hyphens
    and single names.

    Args:
        text: One name, possibly with honorifics before it.

    Returns:
        The name in its parts; ``text`` is kept verbatim.

    Raises:
        NameParseError: The text is empty, only a title or a pronoun, has a character that is
            not part of a name (a digit, most punctuation), or a lower-case word that is not a
            particle ("the artist").

    >>> parse_name("H.E. the Ambassador")
    Traceback (most recent call last):
    ...
    eventkit.NameParseError: 'H.E. the Ambassador' is only a title: no name follows 'Ambassador' at offset 9
    >>> n = parse_name("S.V. Lavrov")
    >>> n.initials, n.family
    (('S', 'V'), 'Lavrov')
    """
    if not isinstance(text, str):
        raise NameParseError(
            f"Expected a name as `str`, got `{type(text).__name__}`", text=repr(text)
        )
    tokens = _tokenize(text)
    if not tokens:
        raise _error(text, "Expected a person's name, got empty text")

    # Nickname: one bracketed or quoted group of words.
    nickname: str | None = None
    opens = _NICKNAME_OPENERS
    kept: list[_Tok] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind == "other" and tok.text in opens:
            close = opens[tok.text]
            j = i + 1
            while j < len(tokens) and not (tokens[j].kind == "other" and tokens[j].text == close):
                j += 1
            inner = tokens[i + 1 : j]
            if j == len(tokens):
                raise _error(text, f"Unclosed {tok.text!r} at offset {tok.start} in {text!r}")
            if any(_is_acronym(t.text) for t in inner):
                raise _error(
                    text,
                    f"{text[tok.start : tokens[j].end]!r} at offset {tok.start} in {text!r} "
                    "looks like an abbreviation, not a nickname",
                )
            if nickname is not None or not inner or any(t.kind != "word" for t in inner):
                raise _error(
                    text,
                    f"Unexpected {tok.text!r} at offset {tok.start} in {text!r}: only one "
                    "nickname in brackets or quotes is allowed",
                )
            nickname = text[inner[0].start : inner[-1].end]
            i = j + 1
            continue
        kept.append(tok)
        i += 1
    tokens = kept

    # Suffix at the end, after an optional comma.
    suffix: str | None = None
    if tokens and tokens[-1].kind == "word" and tokens[-1].key in _SUFFIXES and len(tokens) > 1:
        last = tokens[-1]
        if last.key not in {"ii", "iii", "iv"} or last.text.isupper():
            suffix = text[last.start : last.end]
            tokens = tokens[:-1]
            if tokens and tokens[-1].kind == "other" and tokens[-1].text == ",":
                tokens = tokens[:-1]

    # Only words and one comma ("Lavrov, Sergey") may remain.
    comma: int | None = None
    for idx, tok in enumerate(tokens):
        if tok.kind == "other":
            if tok.text == "," and comma is None and 0 < idx < len(tokens) - 1:
                comma = idx
                continue
            raise _error(
                text,
                f"Unexpected {tok.text!r} at offset {tok.start} in {text!r}: a name has letters, "
                "initials, hyphens and apostrophes",
            )
    words = [t for t in tokens if t.kind == "word"]
    if not words:
        raise _error(text, f"{text!r} has no name in it")

    # Honorifics at the start (after "the"); the name must follow them.
    honorifics: list[str] = []
    i = 0
    while i < len(words):
        # An article before a title ("H.E. the Ambassador") belongs to neither.
        n = _match_honorific(words, i) or _title_run(words, i)
        if not n and words[i].key == "the" and i + 1 < len(words):
            n = _match_honorific(words, i + 1) or _title_run(words, i + 1)
            i += 1 if n else 0
        if not n:
            break
        honorifics.append(text[words[i].start : words[i + n - 1].end])
        i += n
    if comma is not None and (not words[i:] or tokens[comma].start < words[i].start):
        raise _error(text, f"Unexpected ',' at offset {tokens[comma].start} in {text!r}")
    names = words[i:]
    if not names:
        last_title = words[-1]
        raise _error(
            text,
            f"{text!r} is only a title: no name follows {last_title.text!r} at offset "
            f"{last_title.start}",
        )
    if len(names) == 1 and names[0].key in _PRONOUNS:
        raise _error(text, f"{text!r} is a pronoun, not a name")
    if all(_is_title_word(names, k) for k in range(len(names))):
        raise _error(
            text,
            f"{text!r} is only a title: {names[0].text!r} at offset {names[0].start} is not a name",
        )
    k = 0
    while k < len(names):
        # Two title words or more inside or at the end of the name ("IOM Deputy Director
        # General U.Daniels"); each run is read once, so this stays linear.
        end = k
        while end < len(names) and _is_title_word(names, end):
            end += 1
        if end - k >= 2 and (end == len(names) or any(_is_head(t.key) for t in names[k:end])):
            raise _error(
                text,
                f"{text[names[k].start : names[k + 1].end]!r} at offset {names[k].start} in "
                f"{text!r} is a title, not part of a name",
            )
        k = max(end, k + 1)
    for tok in names:
        if tok.key in _NOT_NAME_WORDS:
            raise _error(
                text,
                f"{tok.text!r} at offset {tok.start} in {text!r} names an organisation or a "
                "place, not a person",
            )
    for idx, tok in enumerate(names):
        first = tok.text[:1]
        prefix, hyphen, rest = tok.text.partition("-")
        if hyphen and prefix.casefold() in _ARABIC_ARTICLES and rest[:1].isupper():
            continue  # "al-Jubeir", "el-Sisi"
        if not first.isupper() and not (first.isalpha() and not first.islower()):
            if tok.key in _PARTICLES and idx < len(names) - 1 and names[-1].text[:1].isupper():
                continue
            raise _error(
                text,
                f"{tok.text!r} at offset {tok.start} in {text!r} is not capitalised, so it is "
                "not part of a name",
            )

    kinds = [_is_initial(t, last=k == len(names) - 1) for k, t in enumerate(names)]
    full_words = [t for t, initial in zip(names, kinds, strict=True) if not initial]
    if not full_words:
        raise _error(text, f"{text!r} has initials but no name")

    family_first = caps_family = False
    family_toks: list[_Tok] = []
    given_toks: list[_Tok] = []
    if comma is not None:
        # "Lavrov, Sergey": the family name before the comma.
        family_toks = [t for t in names if t.start < tokens[comma].start]
        given_toks = [t for t in names if t.start > tokens[comma].start]
        family_first = True
        for tok in given_toks:
            if (tok.key,) in _HONORIFICS or _is_head(tok.key):
                raise _error(
                    text,
                    f"{tok.text!r} at offset {tok.start} in {text!r} is a title, not part of "
                    "the name",
                )
        if not family_toks or not given_toks:
            raise _error(text, f"Unexpected ',' at offset {tokens[comma].start} in {text!r}")
    elif len(names) == 1:
        given_toks = names
    elif names[0].text.islower() or (
        honorifics and len(names) == 2 and names[0].key in _CAPITAL_PARTICLES and not kinds[1]
    ):
        # A family name alone, with its particle: "de Villepin", "President Van Rompuy".
        family_toks = names
    else:
        caps = [
            k for k, t in enumerate(names) if not kinds[k] and len(t.text) > 1 and t.text.isupper()
        ]
        if caps and len(caps) < len(full_words):
            # A family name set in capitals: "TANAKA Akihiko", "Akihiko TANAKA".
            family_toks = [names[k] for k in caps]
            capitals = set(caps)
            given_toks = [t for k, t in enumerate(names) if k not in capitals]
            family_first = caps[0] == 0
            caps_family = True
        elif not kinds[0] and all(kinds[1:]):
            # "Lavrov S.V."
            family_toks, given_toks, family_first = names[:1], names[1:], True
        elif _reads_family_first(names, kinds):
            family_toks, given_toks, family_first = names[:1], names[1:], True
        else:
            # Given names, then the family name with any particles before it.
            cut = len(names) - 1
            if kinds[cut]:
                raise _error(
                    text, f"{text!r} ends with an initial, {names[cut].text!r}, not a family name"
                )
            k = cut - 1
            while k >= 1 and not kinds[k] and _is_particle(names[k], names[k - 1]):
                cut = k
                k -= 1
            family_toks, given_toks = names[cut:], names[:cut]
            if not given_toks and len(names) > 1:
                family_toks, given_toks = names[1:], names[:1]

    family: str | None = None
    if family_toks:
        if caps_family:
            family = " ".join(_title_case(t.text) for t in family_toks)
        else:
            family = " ".join(text[family_toks[0].start : family_toks[-1].end].rstrip(".").split())
    initial_at = {t.start for t, initial in zip(names, kinds, strict=True) if initial}
    given = tuple(t.text for t in given_toks if t.start not in initial_at)
    initials = tuple(t.text for t in given_toks if t.start in initial_at)
    parts = tuple(t.text for t in given_toks)
    return PersonName(
        text=text,
        honorifics=tuple(honorifics),
        given=given,
        initials=initials,
        family=family,
        suffix=suffix,
        nickname=nickname,
        family_first=family_first,
        given_parts=parts if given and initials else (),
    )


def _is_particle(tok: _Tok, before: _Tok) -> bool:
    """A particle of the family name: "van", or "Van" after a given name or an initial (not
    after a word in capitals, where "DE" would be part of a name set in capitals)."""
    if tok.text.islower():
        return tok.key in _PARTICLES
    return tok.key in _CAPITAL_PARTICLES and not (before.text.isupper() and len(before.text) > 1)


# The endings of East Slavic and Central Asian fathers' names ("Maratovich", "Aizhanovna").
_PATRONYMIC_ENDINGS = ("ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ichna")


def _is_patronymic(word: str) -> bool:
    low = _fold(word)
    return low.endswith(_PATRONYMIC_ENDINGS) and len(low) > 7


def _reads_family_first(names: Sequence[_Tok], kinds: Sequence[bool]) -> bool:
    """An East Asian name written family name first ("Suzuki Kazuya", "Moon Jae-in"), or a
    name with its father's name last, as Russian-language lists print them ("Asanaliev Nurlan
    Maratovich": family name, given name, father's name)."""
    if any(kinds) or not 2 <= len(names) <= 3 or names[0].dot:
        return False  # ("Ma. Teresa": an abbreviated given name, not the family name Ma)
    if len(names) == 3 and _is_patronymic(names[2].text) and not _is_patronymic(names[1].text):
        return True
    first, last = _fold(names[0].text), _fold(names[-1].text)
    hyphenated = any("-" in t.text for t in names[1:])
    if first in _FAMILY_FIRST_IF_HYPHENATED:
        return hyphenated
    return first in _FAMILY_FIRST and last not in _FAMILY_FIRST


# --------------------------------------------------------------------------------------------
# Comparing names


# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans(
    {
        "Đ": "D",
        "đ": "d",
        "Ð": "D",
        "ð": "d",
        "Ł": "L",
        "ł": "l",
        "Ø": "O",
        "ø": "o",
        "Æ": "AE",
        "æ": "ae",
        "Œ": "OE",
        "œ": "oe",
        "ß": "ss",
        "Þ": "Th",
        "þ": "th",
        "\u0131": "i",  # dotless i
    }
)


def _fold(word: str) -> str:
    """A spelling key: no accents, no case, no hyphens or apostrophes."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c)).casefold()


_FOLDS = (
    ("dzh", "j"),  # Dzhumabaev / Jumabaev: transliterations of the same Cyrillic letters
    ("zh", "j"),  # Zhumabekov / Jumabekov, Nurzhan / Nurjan
    ("ph", "f"),
    ("ou", "u"),
    ("q", "k"),
    ("w", "v"),
    ("ie", "i"),
    ("y", "i"),
)


@functools.lru_cache(maxsize=4096)
def _translit(word: str) -> str:
    """A transliteration key: Q/K, W/V, Y/I, ie/i, ou/u, ph/f folded; doubled letters single."""
    key = _fold(word)
    for old, new in _FOLDS:
        key = key.replace(old, new)
    out: list[str] = []
    for c in key:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` once it is sure to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


# No name is this long; longer "words" are compared only for equality.
_LONGEST_NAME = 60


# Spellings and abbreviations of one given name ("Md. Shahidul" and "Mohammad Shahidul").
_SAME_GIVEN = dict.fromkeys(
    ["md", "mohd", "muhd", "mohamad", "mohammad", "muhammad", "muhamad", "mohamed", "mohammed"],
    "muhammad",
)


def _same_word(a: str, b: str) -> bool:
    """Whether two written names are the same name, allowing for spelling variants.

    Equal after folding accents and transliteration variants, or within one edit (two for
    names of nine letters or more) with the same first letter; a feminine ``-a`` ending is a
    different name (``Ivanov`` and ``Ivanova`` are two people).
    """
    if a.casefold() == b.casefold():
        return True
    ka, kb = _translit(a), _translit(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    same = _SAME_GIVEN.get(a.casefold().rstrip("."))
    if same is not None and same == _SAME_GIVEN.get(b.casefold().rstrip(".")):
        return True  # "Md." and "Mohammad": one name, abbreviated
    if ka[0] != kb[0] or ka + "a" == kb or kb + "a" == ka:
        return False
    shorter = min(len(ka), len(kb))
    if max(len(ka), len(kb)) > _LONGEST_NAME:
        return False
    limit = 2 if shorter >= 9 else 1 if shorter >= 5 else 0
    return limit > 0 and _edit_distance(ka, kb, limit) <= limit


@attrs.frozen(slots=True)
class _Shape:
    """A name prepared for matching: given parts in order, each with whether it is an initial."""

    given: tuple[tuple[str, bool], ...]
    family: str | None
    nickname: str | None
    # The words written in full, in the order printed ("KONAN Yao Théodore": family first).
    printed: tuple[str, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        """Every name written in full that a single word may call the person by (given,
        family, nickname): not a father's name inside the given names ("Saeed bin Hamad
        Al-Rawahi" is never "Hamad"; "Ilham Heydar oglu Aliyev" is never "Heydar")."""
        given = self.given
        out = []
        for g, (word, initial) in enumerate(given):
            if initial or word.casefold() in _PATRONYMIC_BEFORE:
                continue
            if g > 0 and given[g - 1][0].casefold() in _PATRONYMIC_BEFORE:
                continue
            after = given[g + 1][0] if g + 1 < len(given) else (self.family or "").partition(" ")[0]
            if after.casefold() in _PATRONYMIC_AFTER:
                continue
            out.append(word)
        if self.family:
            out.append(self.family)
            core = _family_core(self.family)
            if core != self.family:
                out.append(core)
            first = _first_family_part(core)
            if first is not None:
                out.append(first)  # "Kapinga" of "Kapinga Muswamba", as French releases write
        if self.nickname:
            out.append(self.nickname)
        return tuple(out)

    def particle_family(self) -> _Shape | None:
        """A two-word name whose first word is a particle, read as a family name alone."""
        if self.family is None or len(self.given) != 1 or self.given[0][1]:
            return None
        if self.given[0][0].casefold() not in _CAPITAL_PARTICLES:
            return None
        return _Shape((), f"{self.given[0][0]} {self.family}", self.nickname)

    def by_nickname(self) -> _Shape | None:
        """The name with its nickname for the first given name ("Kate Mwangi")."""
        if not self.nickname or not self.given or self.family is None:
            return None
        return _Shape(((self.nickname, False), *self.given[1:]), self.family, self.nickname)

    def swapped(self) -> _Shape | None:
        """The same two words the other way round, for names whose order is unclear."""
        if self.family is None or len(self.given) != 1 or self.given[0][1] or " " in self.family:
            return None
        return _Shape(((self.family, False),), self.given[0][0], self.nickname)


def _first_family_part(family: str) -> str | None:
    """The first of a family name of two parts ("Kapinga" of "Kapinga Muswamba", "Rasoanaivo"
    of "Rasoanaivo-Randriamanantsoa"), which releases use alone; ``None`` for one part."""
    parts = family.replace("-", " ").split()
    if len(parts) < 2 or len(parts[0]) < 3 or parts[0].casefold() in _PARTICLES:
        return None
    return parts[0]


def _family_core(family: str) -> str:
    """The family name without its leading particles ("de Villepin" gives "Villepin",
    "Al-Mannai" gives "Mannai")."""
    head, sep, rest = family.partition("-")
    if sep and rest and " " not in head and head.casefold() in _HYPHEN_PARTICLES:
        family = rest
    words = family.split()
    first = 0
    while first < len(words) - 1 and words[first].casefold() in _PARTICLES:
        first += 1
    return " ".join(words[first:])


def _shape(name: PersonName) -> _Shape:
    initials = set(name.initials) - set(name.given)
    if name.is_mononym:
        word = name.given_parts[0]
        return _Shape(((word, False),), None, name.nickname, (word,))
    given: list[tuple[str, bool]] = []
    for part in name.given_parts:
        if part in initials:
            given.append((part, True))
        else:
            given.extend((piece, False) for piece in part.split("-") if piece)
    family = (name.family,) if name.family else ()
    words = tuple(name.given)
    printed = (*family, *words) if name.family_first else (*words, *family)
    return _Shape(tuple(given), name.family, name.nickname, printed)


_HYPHEN_PARTICLES = frozenset(["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "abu"])


def _same_family(a: str, b: str) -> bool:
    if _same_word(a.replace(" ", ""), b.replace(" ", "")):
        return True
    return _same_word(_family_core(a).replace(" ", ""), _family_core(b).replace(" ", ""))


def _same_given(a: tuple[str, bool], b: tuple[str, bool]) -> bool:
    (wa, ia), (wb, ib) = a, b
    if not ia and not ib:
        return _same_word(wa, wb)
    # Initials are compared letter for letter (accents and case aside): the writer chose the
    # spelling the initial comes from, so no transliteration fold applies.
    if ia and ib:
        return _fold(wa) == _fold(wb)
    initial, whole = (wa, wb) if ia else (wb, wa)
    return _fold(whole).startswith(_fold(initial))


def _fits(mention: _Shape, person: _Shape, *, loose: bool = False) -> bool:
    """Whether nothing in the mention contradicts the person's name."""
    if mention.family is None and len(mention.given) == 1 and not mention.given[0][1]:
        word = mention.given[0][0]
        if "-" in word and any(_same_word(word, w) for w in person.printed):
            return True  # "Szalai-Kovács" for "Szalai-Kovács Orsolya": a hyphenated name
        return any(_same_word(word, w) or _same_family(word, w) for w in person.words)
    if person.family is None and len(person.given) == 1 and not person.given[0][1]:
        word = person.given[0][0]
        return any(_same_word(word, w) or _same_family(word, w) for w in mention.words)
    if mention.family is None or person.family is None:
        return False
    first = _first_family_part(_family_core(person.family))
    if (
        first is not None
        and mention.given
        and _same_family(mention.family, first)
        and " " not in mention.family
        and all(_same_given(a, b) for a, b in zip(mention.given, person.given, strict=False))
    ):
        return True  # "T. KAPINGA" for "Thérèse KAPINGA MUSWAMBA"
    if not _same_family(mention.family, person.family):
        # "M. Fuentes" for "María José Fuentes Oyarzún": initials and the first of two
        # family names.
        given = person.given
        return (
            len(given) >= 2
            and not given[-1][1]
            and bool(mention.given)
            and all(initial for _, initial in mention.given)
            and _same_family(mention.family, given[-1][0])
            and all(_same_given(a, b) for a, b in zip(mention.given, given[:-1], strict=False))
            and len(mention.given) < len(given)
        )
    if all(_same_given(a, b) for a, b in zip(mention.given, person.given, strict=False)):
        return True
    joined = ["".join(w for w, initial in g if not initial) for g in (mention.given, person.given)]
    if joined[0] and len(mention.given) != len(person.given) and _same_word(*joined):
        return True  # "Mohammadreza" and "Mohammad-Reza": one name, written joined or not
    if not loose:
        return False
    # A middle name left out: "Lucía Quispe Arredondo" for "Lucía Beatriz Quispe Arredondo".
    short, long = sorted((mention.given, person.given), key=len)
    return bool(short) and len(short) < len(long) and _in_order(short, long)


def _in_order(short: tuple[tuple[str, bool], ...], long: tuple[tuple[str, bool], ...]) -> bool:
    """Whether the given names of ``short`` appear in ``long`` in order, the first first (after
    any initials that open ``long``: "Lalu Fauzan" for "H. Lalu Ahmad Fauzan")."""
    while len(long) > len(short) and long[0][1] and not short[0][1]:
        long = long[1:]
    if not _same_given(short[0], long[0]):
        return False
    k = 1
    for part in short[1:]:
        while k < len(long) and not _same_given(part, long[k]):
            k += 1
        if k == len(long):
            return False
        k += 1
    return True


def _fits_any_order(mention: _Shape, person: _Shape) -> bool:
    """``_fits``, also with a nickname for the first given name, and with the words of two
    two-word names crossed ("Naoe Yakiya" and "Yakiya Naoe"), since which word is the family
    name is often a guess."""
    if _fits(mention, person):
        return True
    if (
        len(mention.printed) >= 2
        and len(mention.printed) == len(person.printed)
        and all(
            _same_word(a.replace("-", ""), b.replace("-", ""))
            for a, b in zip(mention.printed, person.printed, strict=True)
        )
    ):
        # "KONAN Yao Théodore" and "Konan Yao Théodore", "Lee Seung-hwa" and "Lee Seunghwa":
        # the same words in the same order, read differently.
        return True
    with_particle = mention.particle_family()
    if with_particle is not None and _fits(with_particle, person):
        return True  # "Van Rompuy" is a family name, not "Van" and "Rompuy"
    by_nickname = person.by_nickname()
    if by_nickname is not None and _fits(mention, by_nickname):
        return True  # "Kate Mwangi" for Catherine (Kate) Mwangi
    by_nickname = mention.by_nickname()
    if by_nickname is not None and _fits(by_nickname, person):
        return True
    swapped = mention.swapped()
    return swapped is not None and person.swapped() is not None and _fits(swapped, person)


# --------------------------------------------------------------------------------------------
# Matching


def _parse_mention(mention: str) -> PersonName | None:
    """The name in a mention, read with its titles split off if need be; ``None`` if none."""
    try:
        return parse_name(mention)
    except NameParseError:
        pass
    try:
        _, (start, end) = split_title(mention)
        return parse_name(mention[start:end])
    except NameParseError:
        return None


@attrs.frozen(slots=True, kw_only=True)
class NameMatch:
    """Which known person a mention refers to.

    Attributes:
        status: ``"match"`` (exactly one person fits), ``"ambiguous"`` (several fit; none is
            chosen) or ``"unknown"`` (nobody fits, or the mention is not a name).
        key: The key of the person, set only for ``"match"``.
        candidates: The keys of every person that fits, in the order of ``people``.

    Built by hand, an inconsistent result (a key without "match", one candidate for
    "ambiguous") raises :class:`~eventkit.ValidationError`.
    """

    status: Literal["match", "ambiguous", "unknown"]
    key: str | None = None
    candidates: tuple[str, ...] = attrs.field(default=(), converter=_as_tuple)

    def __attrs_post_init__(self) -> None:
        problems = []
        if self.status not in ("match", "ambiguous", "unknown"):
            problems.append(
                ErrorDetail(
                    "$.status",
                    "value",
                    f"Expected 'match', 'ambiguous' or 'unknown', got {self.status!r}",
                    self.status,
                )
            )
        elif (self.key is not None) != (self.status == "match"):
            problems.append(
                ErrorDetail("$.key", "value", "`key` is set for a 'match' and only then", self.key)
            )
        elif self.status == "match" and self.candidates != (self.key,):
            problems.append(
                ErrorDetail(
                    "$.candidates",
                    "value",
                    "A 'match' has its key as the one candidate",
                    self.candidates,
                )
            )
        elif self.status == "ambiguous" and len(self.candidates) < 2:
            problems.append(
                ErrorDetail(
                    "$.candidates",
                    "value",
                    "'ambiguous' needs two candidates or more",
                    self.candidates,
                )
            )
        elif self.status == "unknown" and self.candidates:
            problems.append(
                ErrorDetail("$.candidates", "value", "'unknown' has no candidates", self.candidates)
            )
        if problems:
            raise ValidationError(problems)


def match_name(mention: str | PersonName, people: Mapping[str, PersonName]) -> NameMatch:
    """Say which of the known people a mention refers to, or that it cannot say.

    A person fits when nothing in the mention contradicts their name: the family names agree,
    and the given names agree in order as far as both go, an initial agreeing with a name
    that starts with it (``K. Torebayev``, ``S.V. Lavrov``). Honorifics and offices are
    ignored (``Minister Okafor``), and a longer title is split off as by
    :func:`parse_participant` (``IOM Deputy Director General U.Daniels``). A single word fits
    anyone who has it as a given or family name or nickname (``Dimash``, ``Abdykalikova``).
    Spelling variants count as the same name: accents, Q/K, W/V, Y/I, doubled letters
    (``Mohamed``/``Mohammed``), and one edit in names of five letters or more, two from nine
    (``Tileuberdi``/``Tleuberdi``); initials must be the same letter. Two names of two words
    each are also compared crossed (``Naoe Yakiya``/``Yakiya Naoe``), and the same words in
    the same order match whatever their capitals or hyphens. The first part of a two-part
    family name may stand for it (``T. KAPINGA``), and a father's name after ``bin`` or
    before ``oglu`` is never matched alone.

    Args:
        mention: The mention as printed, or already parsed.
        people: Each known person's key (a participant id, say) and fullest known name.

    Returns:
        ``"match"`` with the key when exactly one person fits; ``"ambiguous"`` with every
        candidate when several do (never a guess); ``"unknown"`` when nobody does, or when the
        mention is not a name at all (a pronoun, a title alone: "the Minister").

    Raises:
        NameParseError: ``mention`` is neither a ``str`` nor a :class:`PersonName`, or a value
            in ``people`` is not a :class:`PersonName`.

    >>> people = {"p1": parse_name("Kairat Torebayev"), "p2": parse_name("Ugochi Daniels")}
    >>> match_name("K. Torebayev", people)
    NameMatch(status='match', key='p1', candidates=('p1',))
    >>> match_name("He", people)
    NameMatch(status='unknown', key=None, candidates=())
    """
    if isinstance(mention, PersonName):
        parsed = mention
    elif isinstance(mention, str):
        found = _parse_mention(mention)
        if found is None:
            return NameMatch(status="unknown")
        parsed = found
    else:
        raise NameParseError(
            f"Expected a mention as `str` or `PersonName`, got `{type(mention).__name__}`",
            text=repr(mention),
        )
    shape = _shape(parsed)
    candidates: list[str] = []
    shapes: list[tuple[str, _Shape]] = []
    for key, person in people.items():
        if not isinstance(person, PersonName):
            raise NameParseError(
                f"Expected `PersonName` at people[{key!r}], got `{type(person).__name__}`",
                text=repr(person),
            )
        shapes.append((key, _shape(person)))
        if _fits_any_order(shape, shapes[-1][1]):
            candidates.append(key)
    if not candidates:
        # Only when no name fits as written: one that leaves out a middle name.
        candidates = [key for key, other in shapes if _fits(shape, other, loose=True)]
    if len(candidates) == 1:
        return NameMatch(status="match", key=candidates[0], candidates=tuple(candidates))
    if candidates:
        return NameMatch(status="ambiguous", candidates=tuple(candidates))
    return NameMatch(status="unknown")


# --------------------------------------------------------------------------------------------
# Titles: "Kazakhstan's Permanent Representative to the WTO Kairat Torebayev"

# The head words of a title: the office a person holds.
_TITLE_HEADS = _words(
    """
    minister ambassador representative director director-general secretary secretary-general
    under-secretary-general president vice-president officer officer-in-charge commissioner
    high-commissioner spokesperson spokesman spokeswoman chairman chairwoman chairperson chair
    governor mayor envoy consul consul-general head chief coordinator co-ordinator
    administrator adviser advisor counsellor counselor attaché attache king queen prince
    princess emir sultan senator chancellor premier manager ceo rector dean judge prosecutor
    ombudsman speaker delegate councillor commander chargé chargé-d'affaires founder editor
    leader akim mayor mufti patriarch pope moderator rapporteur administrator executive
    deputy-director minister-counsellor undersecretary president-elect
    economist counsel auditor inspector treasurer registrar attorney comptroller
    ombudsperson superintendent commandant curator
    """
)
# Words that qualify a head word inside a title ("Permanent", "Deputy", "Goodwill").
_TITLE_MODIFIERS = _words(
    """
    permanent deputy vice assistant associate acting executive senior special chief first
    second third global goodwill resident regional country foreign prime general honorary
    designate extraordinary plenipotentiary under high interim principal managing national
    lead press state trade former parliamentary presidential d'affaires d\u2019affaires
    """
)
# Heads whose "of"/"for" phrase may name a portfolio rather than an organisation
# ("Minister of Foreign Affairs", "Secretary of State", "Commissioner for Trade").
_PORTFOLIO_HEADS = _words("minister secretary commissioner ministry under-secretary undersecretary")
# Heads that "General" follows inside a title ("Director General"); elsewhere it is a rank.
_GENERAL_HEADS = _words(
    "director secretary attorney consul inspector auditor surgeon governor solicitor procurator "
    "prosecutor commissioner postmaster comptroller"
)
# Words that end a name when reading a title phrase backwards: parts of organisation names and
# portfolios ("Office", "Affairs").
_ORG_WORDS = _words(
    """
    organization organisation organizations organisations office nations programme program
    union commission council agency bank fund ministry embassy department committee assembly
    parliament government institute foundation association court mission delegation
    secretariat forum authority service corporation company university centre center group
    federation republic kingdom community network board party administration affairs
    finance defence defense justice health education trade economy industry agriculture
    energy culture sports interior labour labor transport environment development integration
    information security science tourism communications relations cooperation co-operation
    state states emirates migration refugees unit division bureau house policy representation
    operations protocol strategy planning hall theatre theater opera museum library
    """
)
# Words of the names of organisations and places that are not in people's names
# ("Water Resources", "Indian Ocean").
_NOT_NAME_WORDS = _words(
    """
    organization organisation organizations organisations ministry ministries nations affairs
    programme commission committee embassy secretariat agency department parliament
    government institute university federation republic kingdom resources irrigation
    cooperation co-operation development directorate inspectorate municipality province
    office association foundation council
    ocean sea river lake gulf bay island islands peninsula strait desert mountains valley
    region district city town village street avenue square airport hotel palace stadium
    """
)
_PREPOSITIONS = _words("of to for at in on from with by")
_ARTICLES = _words("the a an")

# Nationality adjectives and the country each stands for ("Kazakh Secretary of State").
_DEMONYMS = _table(
    """
    Kazakh, Kazakhstani: Kazakhstan; Russian: Russia; American: United States;
    British: United Kingdom; French: France; German: Germany; Chinese: China; Japanese: Japan;
    Korean: Korea; Indian: India; Italian: Italy; Spanish: Spain; Ugandan: Uganda;
    Kenyan: Kenya; Nigerian: Nigeria; Ukrainian: Ukraine; Turkish: Türkiye; Uzbek: Uzbekistan;
    Kyrgyz: Kyrgyzstan; Tajik: Tajikistan; Turkmen: Turkmenistan; Azerbaijani: Azerbaijan;
    Georgian: Georgia; Armenian: Armenia; Belarusian: Belarus; Polish: Poland; Czech: Czechia;
    Hungarian: Hungary; Romanian: Romania; Bulgarian: Bulgaria; Greek: Greece;
    Swiss: Switzerland; Austrian: Austria; Belgian: Belgium; Dutch: Netherlands;
    Swedish: Sweden; Norwegian: Norway; Danish: Denmark; Finnish: Finland; Irish: Ireland;
    Portuguese: Portugal; Canadian: Canada; Mexican: Mexico; Brazilian: Brazil;
    Argentine, Argentinian: Argentina; Chilean: Chile; Australian: Australia; Egyptian: Egypt;
    Saudi: Saudi Arabia; Emirati: United Arab Emirates; Qatari: Qatar; Iranian: Iran;
    Iraqi: Iraq; Israeli: Israel; Palestinian: Palestine; Jordanian: Jordan; Lebanese: Lebanon;
    Syrian: Syria; Pakistani: Pakistan; Afghan: Afghanistan; Bangladeshi: Bangladesh;
    Indonesian: Indonesia; Malaysian: Malaysia; Thai: Thailand; Vietnamese: Viet Nam;
    Filipino, Philippine: Philippines; Mongolian: Mongolia; Ethiopian: Ethiopia;
    Ghanaian: Ghana; Rwandan: Rwanda; Tanzanian: Tanzania; Moroccan: Morocco;
    Algerian: Algeria; Tunisian: Tunisia; Libyan: Libya; Sudanese: Sudan; Senegalese: Senegal;
    Serbian: Serbia; Croatian: Croatia; Slovak: Slovakia; Slovenian: Slovenia;
    Lithuanian: Lithuania; Latvian: Latvia; Estonian: Estonia; Moldovan: Moldova; Cuban: Cuba;
    Colombian: Colombia; Peruvian: Peru; Venezuelan: Venezuela; Kuwaiti: Kuwait; Omani: Oman;
    Bahraini: Bahrain; Yemeni: Yemen; Nepalese, Nepali: Nepal; Sri Lankan: Sri Lanka;
    Singaporean: Singapore; Cambodian: Cambodia; Zambian: Zambia; Zimbabwean: Zimbabwe;
    Cameroonian: Cameroon; Angolan: Angola; Mozambican: Mozambique; Namibian: Namibia;
    Somali: Somalia; Icelandic: Iceland; Luxembourgish: Luxembourg; Maltese: Malta;
    Cypriot: Cyprus; Albanian: Albania; Bosnian: Bosnia and Herzegovina;
    Macedonian: North Macedonia; New Zealand: New Zealand; South African: South Africa
    """
)
# Countries, and cities where offices sit, that end a name read backwards.
_COUNTRIES = frozenset(c.casefold() for c in _DEMONYMS.values()) | _list(
    """
    United States of America, USA, US, UK, U.S., U.K., U.S.A., Great Britain,
    Russian Federation,
    Republic of Korea, South Korea, North Korea, Democratic People's Republic of Korea,
    Holy See, Vietnam, Kyrgyz Republic, Czech Republic, Turkey, Côte d'Ivoire, Ivory Coast,
    Democratic Republic of the Congo, Congo, Uganda, Kazakhstan, Chad, Niger, Mali, Jordan,
    Israel, Georgia, Geneva, Vienna, Nairobi, New York, Brussels, The Hague, Bangkok,
    Addis Ababa, Beirut, Santiago, Astana, Moscow, Kyiv, Kampala, Tokyo, Beijing, Washington,
    London, Paris, Berlin, Rome,
    Afghanistan, Albania, Algeria, Andorra, Angola, Antigua and Barbuda, Argentina, Armenia,
    Australia, Austria, Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium,
    Belize, Benin, Bhutan, Bolivia, Bosnia and Herzegovina, Botswana, Brazil, Brunei,
    Brunei Darussalam, Bulgaria, Burkina Faso, Burundi, Cabo Verde, Cape Verde, Cambodia,
    Cameroon, Canada, Central African Republic, Chile, China, Colombia, Comoros, Costa Rica,
    Croatia, Cuba, Cyprus, Czechia, Denmark, Djibouti, Dominica, Dominican Republic, Ecuador,
    Egypt, El Salvador, Equatorial Guinea, Eritrea, Estonia, Eswatini, Ethiopia, Fiji,
    Finland, France, Gabon, Gambia, Germany, Ghana, Greece, Grenada, Guatemala, Guinea,
    Guinea-Bissau, Guyana, Haiti, Honduras, Hungary, Iceland, India, Indonesia, Iran, Iraq,
    Ireland, Italy, Jamaica, Japan, Kenya, Kiribati, Kuwait, Kyrgyzstan, Laos, Lao PDR,
    Latvia, Lebanon, Lesotho, Liberia, Libya, Liechtenstein, Lithuania, Luxembourg,
    Madagascar, Malawi, Malaysia, Maldives, Malta, Marshall Islands, Mauritania, Mauritius,
    Mexico, Micronesia, Moldova, Monaco, Mongolia, Montenegro, Morocco, Mozambique, Myanmar,
    Namibia, Nauru, Nepal, Netherlands, New Zealand, Nicaragua, Nigeria, North Macedonia,
    Norway, Oman, Pakistan, Palau, Palestine, Panama, Papua New Guinea, Paraguay, Peru,
    Philippines, Poland, Portugal, Qatar, Romania, Russia, Rwanda, Saint Lucia, Samoa,
    San Marino, Sao Tome and Principe, Saudi Arabia, Senegal, Serbia, Seychelles,
    Sierra Leone, Singapore, Slovakia, Slovenia, Solomon Islands, Somalia, South Africa,
    South Sudan, Spain, Sri Lanka, Sudan, Suriname, Sweden, Switzerland, Syria, Tajikistan,
    Tanzania, Thailand, Timor-Leste, Togo, Tonga, Trinidad and Tobago, Tunisia, Türkiye,
    Turkmenistan, Tuvalu, Ukraine, United Arab Emirates, United Kingdom, United States,
    Uruguay, Uzbekistan, Vanuatu, Venezuela, Viet Nam, Yemen, Zambia, Zimbabwe,
    Ha Noi, Hanoi, Jakarta, Manila, New Delhi, Delhi, Dhaka, Islamabad, Tashkent, Bishkek,
    Dushanbe, Ashgabat, Baku, Yerevan, Tbilisi, Ankara, Tehran, Riyadh, Abu Dhabi, Doha,
    Cairo, Rabat, Tunis, Algiers, Abuja, Accra, Dakar, Pretoria, Harare, Lusaka, Windhoek,
    Canberra, Wellington, Ottawa, Lima, Bogotá, Brasília, Buenos Aires, Montevideo,
    Asunción, La Paz, Quito, Caracas, Havana, Mexico City, Madrid, Lisbon, Warsaw, Prague,
    Budapest, Bucharest, Sofia, Athens, Belgrade, Zagreb, Ljubljana, Vilnius, Riga, Tallinn,
    Helsinki, Stockholm, Oslo, Copenhagen, Reykjavik, Dublin, Amsterdam, Bern,
    Kuala Lumpur, Seoul, Ulaanbaatar, Kabul, Strasbourg, Luanda, Suva, Apia, Port of Spain,
    Da Nang, Ho Chi Minh City
    """
)
_COUNTRY_MAX = max(len(c.split()) for c in _COUNTRIES) + 2  # "the Republic of ..."


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _is_possessive(word: str) -> bool:
    return word.endswith(("'s", "\u2019s")) and len(word) > 2


def _is_country(text: str) -> bool:
    """A country (or a capital, where offices sit), by name: "Uganda", "the Republic of Korea"."""
    words = text.casefold().split()
    first = 0
    while first < len(words) and words[first] in _ARTICLES:
        first += 1
    if len(words) - first > _COUNTRY_MAX:
        return False
    phrase = " ".join(words[first:])
    if phrase in _COUNTRIES:
        return True
    for prefix in ("republic of ", "kingdom of ", "state of ", "federal republic of "):
        if phrase.startswith(prefix) and phrase[len(prefix) :] in _COUNTRIES:
            return True
    return False


def _is_title_word(words: Sequence[_Tok], k: int) -> bool:
    key = words[k].key
    if key == "general":
        return k > 0 and words[k - 1].key in _GENERAL_HEADS
    return _is_head(key) or key in _TITLE_MODIFIERS


def _is_head(key: str) -> bool:
    """A title head word, also in a hyphenated compound ("Vice-Minister", "Co-Chair")."""
    if key in _TITLE_HEADS:
        return True
    parts = key.split("-")
    return len(parts) > 1 and (parts[0] in _TITLE_HEADS or parts[-1] in _TITLE_HEADS)


def _segments(tokens: Sequence[_Tok]) -> list[list[_Tok]]:
    """The tokens split at commas and semicolons outside brackets."""
    segments: list[list[_Tok]] = [[]]
    depth = 0
    for tok in tokens:
        if tok.kind == "other" and tok.text in "([":
            depth += 1
        elif tok.kind == "other" and tok.text in ")]":
            depth = max(0, depth - 1)
        elif tok.kind == "other" and tok.text in ",;" and depth == 0:
            segments.append([])
            continue
        segments[-1].append(tok)
    return [seg for seg in segments if seg]


def _name_at_end(seg: Sequence[_Tok]) -> int | None:
    """Where a name starts at the end of a segment, as an index into ``seg``, or ``None``.

    Reads backwards over capitalised words and initials, and stops at a title word, a word of
    an organisation's name, an acronym, a possessive, a country or nationality, a lower-case
    word or punctuation. The word right after a preposition is the preposition's object
    ("at Geneva Tatiana Valovaya"). Courtesy titles and ranks before the name go with it.
    """
    j = len(seg)
    full = 0
    while j > 0 and full < 5:
        tok = seg[j - 1]
        if tok.kind != "word":
            opening = _NICKNAME_CLOSERS.get(tok.text)
            k = j - 2
            while k >= 0 and seg[k].kind == "word" and seg[k].text[:1].isupper():
                k -= 1
            if (
                not full
                or opening is None
                or k < 1
                or seg[k].text != opening
                or k == j - 2
                or any(_is_acronym(t.text) for t in seg[k + 1 : j - 1])
                or not seg[k - 1].text[:1].isupper()
            ):
                break
            j = k  # a nickname: "Catherine (Kate) Mwangi"
            continue
        word, key = tok.text, tok.key
        if tok.dot and (_one_letter(word) or word in _DIGRAPH_INITIALS) and word[0].isupper():
            j -= 1  # an initial
            continue
        if word.islower():
            if key in _PARTICLES and j < len(seg) and full:
                j -= 1
                continue
            break
        if (
            _is_title_word(seg, j - 1)
            or (key in _ORG_WORDS and full)  # "Hall" may end a name, not sit inside one
            or key in _NOT_NAME_WORDS
            or (_is_acronym(word) and not tok.dot and not _family_in_capitals(seg, j - 1))
            or _is_possessive(word)
            or key in _DEMONYMS
            or key in _ARTICLES
            or _country_ends_at(seg, j)
        ):
            break
        if not (tok.dot and len(word) <= 2):
            full += 1
        j -= 1
    while j < len(seg) and seg[j].text.islower():
        j += 1
    if j == len(seg) or not full:
        return None
    if j > 0 and seg[j - 1].kind == "word" and seg[j - 1].key in _PREPOSITIONS | _ARTICLES:
        # "at Geneva Tatiana Valovaya": the preposition takes the first word.
        rest = [t for t in seg[j + 1 :] if not (t.dot and len(t.text) <= 2)]
        if len(rest) < 2:
            return None
        j += 1
    # Courtesy titles and ranks just before the name belong to it ("H.E. Mr.", "General").
    while j > 0:
        for n in range(min(_HONORIFIC_MAX, j), 0, -1):
            key_words = tuple(t.key for t in seg[j - n : j])
            if all(t.kind == "word" for t in seg[j - n : j]) and key_words in _COURTESY:
                if key_words == ("general",) and j - n > 0 and seg[j - n - 1].key in _GENERAL_HEADS:
                    continue
                if key_words in _LETTER_HONORIFICS and not all(t.dot for t in seg[j - n : j - 1]):
                    continue
                j -= n
                break
        else:
            break
    return j


_NICKNAME_CLOSERS: Mapping[str, str] = MappingProxyType(
    {")": "(", "]": "[", "\u201d": "\u201c", '"': '"', "\u00bb": "\u00ab"}
)


def _family_in_capitals(seg: Sequence[_Tok], k: int) -> bool:
    """A family name in capitals before a given name that ends the phrase ("... TANAKA
    Akihiko"), rather than an acronym ("IOM", "UNDP"): the only other word is the last one."""
    return (
        k == len(seg) - 2
        and len(seg[k].text) >= 3
        and seg[-1].kind == "word"
        and seg[-1].text[:1].isupper()
        and not seg[-1].text.isupper()
        and not _is_head(seg[-1].key)
        and (
            k == 0
            or not (_is_title_word(seg, k - 1) or seg[k - 1].key in _PREPOSITIONS | _ARTICLES)
        )
    )


def _country_ends_at(seg: Sequence[_Tok], j: int) -> bool:
    """Whether a country's name ends just before ``seg[j]`` after a preposition or an article
    ("to Kazakhstan", "of Saudi Arabia"); "Jordan" alone may be a given name."""
    for n in range(1, min(_COUNTRY_MAX, j) + 1):
        words = seg[j - n : j]
        if any(t.kind != "word" for t in words):
            return False
        before = seg[j - n - 1] if j - n > 0 else None
        if (before is None or before.key in _PREPOSITIONS or before.key in _ARTICLES) and (
            _is_country(" ".join(t.text for t in words))
        ):
            return True
    return False


def _is_name_segment(seg: Sequence[_Tok], text: str) -> bool:
    """Whether a whole comma-separated segment is a name ("Naoe Yakiya", "V.A. Nebenzia")."""
    start = _name_at_end(seg)
    if start != 0:
        return False
    try:
        parse_name(text[seg[0].start : seg[-1].end])
    except NameParseError:
        return False
    return True


def split_title(text: str) -> tuple[tuple[int, int] | None, tuple[int, int]]:
    """Split a phrase into its title part and its name part, as character offsets.

    The name is the capitalised words at the end (``... Organization Kairat Torebayev``), or a
    whole comma-separated part at the end or the start (``..., V.A. Nebenzia``,
    ``Naoe Yakiya, Officer-in-Charge of ...``). The title part is everything else with the
    joining commas and spaces trimmed; several titles stay together in it. Courtesy titles
    and ranks ("H.E.", "Mrs.", "General") go with the name. The offsets are ``(start, end)``
    into ``text``, end exclusive, so ``text[start:end]`` is the part.

    Args:
        text: A title phrase with a name, as printed.

    Returns:
        ``(title, name)``: the title's offsets, or ``None`` when there is no title, and the
        name's offsets.

    Raises:
        NameParseError: No name can be found in the phrase.

    >>> text = "IOM Deputy Director General U.Daniels"
    >>> title, name = split_title(text)
    >>> text[title[0] : title[1]], text[name[0] : name[1]]
    ('IOM Deputy Director General', 'U.Daniels')
    >>> split_title("Naoe Yakiya, Officer-in-Charge of WFP Japan Relations Office")
    ((13, 60), (0, 11))
    """
    if not isinstance(text, str):
        raise NameParseError(
            f"Expected a phrase as `str`, got `{type(text).__name__}`", text=repr(text)
        )
    tokens = _tokenize(text)
    segments = _segments(tokens)
    if not segments:
        raise _error(text, "Expected a title and a name, got empty text")
    last = segments[-1]
    start = _name_at_end(last)
    first = segments[0]
    # A name at the end that ends in a word of an organisation's name ("..., World Bank")
    # gives way to a whole name at the start ("Anna Smith, Chief Economist, World Bank").
    if start is not None and not (
        last[-1].key in _ORG_WORDS and len(segments) > 1 and _is_name_segment(first, text)
    ):
        name = (last[start].start, last[-1].end)
        before = [t for t in tokens if t.end <= name[0]]
        return _trimmed_span(text, before), name
    if len(segments) > 1 and _is_name_segment(first, text):
        name = (first[0].start, first[-1].end)
        after = [t for t in tokens if t.start >= name[1]]
        return _trimmed_span(text, after), name
    raise _error(
        text,
        f"No name found in {text!r}: expected capitalised name words at the end, or a name "
        "set off by a comma",
    )


def _leading(tokens: Sequence[_Tok], keys: frozenset[str]) -> int:
    """How many tokens at the start have their key in ``keys``."""
    n = 0
    while n < len(tokens) and tokens[n].key in keys:
        n += 1
    return n


def _trimmed_span(text: str, tokens: Sequence[_Tok]) -> tuple[int, int] | None:
    """The span of ``tokens`` without joining punctuation, "and" or articles at either end."""
    first, last = 0, len(tokens)
    while first < last and (
        (tokens[first].kind == "other" and tokens[first].text in ",;:")
        or tokens[first].key == "and"
    ):
        first += 1
    while last > first and (
        (tokens[last - 1].kind == "other" and tokens[last - 1].text in ",;:-\u2013\u2014")
        or tokens[last - 1].key == "and"
    ):
        last -= 1
    if first == last:
        return None
    return tokens[first].start, tokens[last - 1].end


def _title_phrases(text: str, tokens: Sequence[_Tok]) -> list[list[_Tok]]:
    """The separate titles in a title part: at commas, and at "and" or a dash before another
    title ("Deputy Prime Minister - Minister of Foreign Affairs")."""
    phrases: list[list[_Tok]] = []
    for seg in _segments(tokens):
        pieces: list[list[_Tok]] = [[]]
        has_head = False
        for k, tok in enumerate(seg):
            joins = tok.key == "and" or (tok.kind == "other" and tok.text in _DASHES)
            if joins and has_head and _starts_title(seg, k + 1):
                pieces.append([])
                has_head = False
                continue
            pieces[-1].append(tok)
            has_head = has_head or _is_head(tok.key)
        for piece in pieces:
            trimmed = _trimmed_span(text, piece)
            if trimmed is not None:
                phrases.append([t for t in piece if trimmed[0] <= t.start and t.end <= trimmed[1]])
    return phrases


_DASHES = frozenset("-\u2013\u2014")


def _starts_title(tokens: Sequence[_Tok], start: int) -> bool:
    """Whether a title head comes within a few words and before any preposition."""
    for tok in tokens[start : start + 6]:
        if tok.key in _PREPOSITIONS or tok.key == "and":
            return False
        if _is_head(tok.key):
            return True
    return False


def _affiliation(text: str, tokens: Sequence[_Tok]) -> Affiliation:
    """Read one title phrase: the title, the organisation, and on whose behalf."""
    skip = _leading(tokens, _ARTICLES)
    toks = list(tokens[skip:]) if skip < len(tokens) else list(tokens)
    label = text[toks[0].start : toks[-1].end]
    words = toks
    # The title: the first run of title words that holds a head word.
    head_at = next((k for k, t in enumerate(words) if t.kind == "word" and _is_head(t.key)), None)
    if head_at is None:
        body = toks[0].start, toks[-1].end
        if _names_a_place_or_body(text, toks) and not _is_country(text[body[0] : body[1]]):
            return Affiliation(organization=label, label=label)  # "UNICEF Anna Smith"
        return Affiliation(label=label)  # a description: "the renowned Kazakh singer"
    first = head_at
    while first > 0 and _is_title_word(words, first - 1):
        first -= 1
    last = head_at
    while last + 1 < len(words):
        if _is_title_word(words, last + 1):
            last += 1
        elif (
            words[last + 1].key == "and"
            and last + 2 < len(words)
            and _is_title_word(words, last + 2)
        ):
            last += 2  # "Ambassador Extraordinary and Plenipotentiary"
        else:
            break
    title_end = words[last].end
    rest = words[last + 1 :]
    organization: str | None = None
    on_behalf_of: str | None = None
    extras: dict[str, str] = {}

    # Before the title: a possessive or nationality says on whose behalf; capitalised words
    # and acronyms name the organisation ("IOM", "European Commission"); lower-case words
    # describe ("renowned", "designated").
    pre = words[:first]
    if pre:
        possessive = next((k for k, t in enumerate(pre) if _is_possessive(t.text)), None)
        if possessive is not None:
            owner = pre[: possessive + 1]
            lower = 0
            while lower < len(owner) and not owner[lower].text[:1].isupper():
                lower += 1
            owner = owner[lower:]
            if owner:
                on_behalf_of = text[owner[0].start : owner[-1].end][:-2]
            pre = pre[possessive + 1 :]
        caps = [t for t in pre if t.kind == "word" and t.text[:1].isupper()]
        demonyms = [t for t in caps if t.key in _DEMONYMS]
        if demonyms and on_behalf_of is None and len(caps) == 1:
            on_behalf_of = _DEMONYMS[demonyms[0].key]
        elif caps and on_behalf_of is None and _is_country(text[caps[0].start : caps[-1].end]):
            on_behalf_of = text[caps[0].start : caps[-1].end]  # "U.S. Secretary of State"
        elif caps:
            organization = text[caps[0].start : caps[-1].end]

    # After the title: "of Foreign Affairs" (a portfolio), then "of/to/for the <organisation>",
    # "to <country>" (where an ambassador is accredited), "of <country>" (on whose behalf).
    # The organisation named before the title makes what follows "of"/"for" a portfolio too
    # ("EU High Representative for Foreign Affairs and Security Policy").
    if (
        rest
        and rest[0].key in {"of", "for", "on"}
        and (
            organization is not None
            or not _PORTFOLIO_HEADS.isdisjoint(words[head_at].key.split("-"))
        )
    ):
        run = _capitalised_run(rest[1:])
        if (
            run
            and (
                organization is not None
                or not any(
                    t.key in _ORG_WORDS - _PORTFOLIO_WORDS or _is_acronym(t.text) for t in run
                )
            )
            and not _is_country(text[run[0].start : run[-1].end])
        ):
            title_end = run[-1].end
            rest = rest[1 + len(run) :]
    title = text[words[first].start : title_end]
    if rest and rest[0].key in _PREPOSITIONS:
        preposition = rest[0].key
        obj = rest[1:]
        # A trailing "to <country>" (where the post is) or "in <country>" (where it is based).
        for k in range(len(obj) - 2, max(0, len(obj) - 2 - _COUNTRY_MAX), -1):
            where = _PLACE_KEYS.get(obj[k].key)
            if where and _is_country(text[obj[k + 1].start : obj[-1].end]):
                extras[where] = _strip_article(text[obj[k + 1].start : obj[-1].end])
                obj = obj[:k]
                break
        obj = obj[_leading(obj, _ARTICLES) :]
        if obj:
            phrase = text[obj[0].start : obj[-1].end]
            if _is_country(phrase):
                # "of Norway": on whose behalf; "to Japan": where posted; "in Mozambique":
                # where based; "for Syria": what the post covers.
                if preposition == "of" and on_behalf_of is None:
                    on_behalf_of = phrase
                elif preposition == "to":
                    extras["accredited_to"] = phrase
                elif preposition in {"in", "at"}:
                    extras["based_in"] = phrase
                else:
                    extras[preposition] = phrase
            else:
                phrase, abbreviation = _split_abbreviation(phrase)
                if abbreviation:
                    extras["abbreviation"] = abbreviation
                if organization is not None:
                    extras["unit"] = organization
                organization = phrase
    return Affiliation(
        title=title,
        organization=organization,
        on_behalf_of=on_behalf_of,
        label=label,
        extras=FrozenMap(extras),
    )


_ABBREVIATION = re.compile(r"[^\W\d_](?:[^\W\d_]|[&.\-]){1,15}")


def _split_abbreviation(phrase: str) -> tuple[str, str | None]:
    """ "United Nations Development Programme (UNDP)" as the name and "UNDP"."""
    if not phrase.endswith(")"):
        return phrase, None
    opening = phrase.rfind("(")
    inner = phrase[opening + 1 : -1]
    if opening <= 0 or not _ABBREVIATION.fullmatch(inner) or not inner[0].isupper():
        return phrase, None
    return phrase[:opening].rstrip(), inner


_PORTFOLIO_WORDS = _words(
    """
    affairs finance defence defense justice health education trade economy industry
    agriculture energy culture sports interior labour labor transport environment development
    integration information security science tourism communications relations cooperation
    co-operation state
    """
)


# A country after the organisation: "... to Uganda", "... in Japan" (not "at": "the UN Office
# at Geneva" is the office's name).
_PLACE_KEYS: Mapping[str, str] = MappingProxyType({"to": "accredited_to", "in": "based_in"})


def _capitalised_run(tokens: Sequence[_Tok]) -> list[_Tok]:
    """Capitalised words from the start, joined by "and" ("Foreign Affairs and Trade")."""
    run: list[_Tok] = []
    for k, tok in enumerate(tokens):
        if (tok.kind == "word" and tok.text[:1].isupper()) or (
            tok.key in {"and", "&"}
            and run
            and k + 1 < len(tokens)
            and tokens[k + 1].text[:1].isupper()
        ):
            run.append(tok)
        else:
            break
    return run


def _strip_article(phrase: str) -> str:
    first, _, rest = phrase.partition(" ")
    return rest if first.casefold() in _ARTICLES and rest else phrase


def parse_participant(text: str, *, id: str = "p1") -> Participant:
    """Read a title phrase with a name into a :class:`~eventkit.Participant`.

    The name is split from the titles (see :func:`split_title`); each title becomes one
    :class:`~eventkit.Affiliation` with its verbatim ``label``: the ``title`` words, the
    ``organization`` (after "of", "to" or "for", or before the title: "IOM Deputy Director
    General") and ``on_behalf_of`` (a possessive, a nationality adjective, or "of <country>").
    A phrase with no title word ("the renowned Kazakh singer") is kept as a description: an
    affiliation with only a ``label``. Where an ambassador is sent ("to Uganda") and an
    organisation's abbreviation ("(UNDP)") go in the affiliation's ``extras``
    (``accredited_to``, ``abbreviation``).

    Args:
        text: The phrase as printed.
        id: The participant's id.

    Returns:
        A person with ``name`` (without honorifics, as printed), ``aliases`` (the name with
        its honorifics, a nickname) and ``affiliations`` in the order written.

    Raises:
        NameParseError: No name can be found, or it is not a name.

    >>> p = parse_participant("Director-General of the UN Office at Geneva Tatiana Valovaya")
    >>> p.name
    'Tatiana Valovaya'
    >>> a = p.affiliations[0]
    >>> a.title, a.organization, a.on_behalf_of
    ('Director-General', 'UN Office at Geneva', None)
    """
    title_span, name_span = split_title(text)
    name_text = text[name_span[0] : name_span[1]]
    name = parse_name(name_text)
    printed = name.full if name.nickname else _without_honorifics(name_text, name)
    aliases = []
    if printed != name_text:
        aliases.append(name_text)
    if name.nickname:
        aliases.append(name.nickname)
    affiliations: list[Affiliation] = []
    if title_span is not None:
        title_tokens = [t for t in _tokenize(text) if title_span[0] <= t.start < title_span[1]]
        starts: list[int] = []
        for phrase in _title_phrases(text, title_tokens):
            affiliation = _affiliation(text, phrase)
            if affiliation.title is None and affiliations and _names_a_place_or_body(text, phrase):
                # "Head of Communications, UNDP": the body (or place) of the title before.
                folded = _with_body(text, affiliations[-1], starts[-1], phrase)
                if folded is not None:
                    affiliations[-1] = folded
                    continue
            affiliations.append(affiliation)
            starts.append(phrase[0].start)
    return Participant(
        id=id,
        name=printed,
        kind="person",
        affiliations=tuple(affiliations),
        aliases=tuple(aliases),
    )


def _names_a_place_or_body(text: str, phrase: Sequence[_Tok]) -> bool:
    """An acronym ("UNDP"), a country or city ("New York"), or capitalised words with a word
    of an organisation's name ("World Bank")."""
    words = [t for t in phrase if t.kind == "word"]
    if len(words) != len(phrase) or not words[0].text[:1].isupper():
        return False
    if len(words) == 1 and _is_acronym(words[0].text):
        return True
    if _is_country(text[words[0].start : words[-1].end]):
        return True
    capitalised = all(t.text[:1].isupper() or t.key in _PREPOSITIONS | _ARTICLES for t in words)
    return capitalised and any(t.key in _ORG_WORDS for t in words)


def _with_body(
    text: str, affiliation: Affiliation, start: int, phrase: Sequence[_Tok]
) -> Affiliation | None:
    """The affiliation with a following "..., UNDP" or "..., New York" folded in, or ``None``
    when it has that already."""
    body = text[phrase[0].start : phrase[-1].end]
    label = text[start : phrase[-1].end]
    extras = dict(affiliation.extras)
    if _is_country(body):
        if "based_in" in extras or "accredited_to" in extras:
            return None
        extras["based_in"] = body
        return attrs.evolve(affiliation, label=label, extras=FrozenMap(extras))
    if affiliation.organization is not None:
        # "Head of Communications, UNDP": the department within the organisation.
        if "unit" in extras:
            return None
        extras["unit"] = affiliation.organization
    return attrs.evolve(affiliation, label=label, organization=body, extras=FrozenMap(extras))


def _without_honorifics(text: str, name: PersonName) -> str:
    """The name as printed, from its first word after the honorifics."""
    at = 0
    for honorific in name.honorifics:
        found = text.find(honorific, at)
        if found >= 0:
            at = found + len(honorific)
    rest = text[at:].strip()
    if rest.casefold().startswith("the "):
        rest = rest[4:].strip()
    return rest or name.full
