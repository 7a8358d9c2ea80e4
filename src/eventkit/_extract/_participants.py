"""People: name mentions merged into persons, and references resolved to them.

Mentions are merged with :func:`eventkit._names.match_name` (initials, surnames, titles run
into the name, spelling variants), only against people mentioned within a bounded window
before, so the cost stays linear in the text. A mention that fits two people is left
unresolved. Pronouns and title-only references ("the Minister") are resolved by
:class:`Salience`: to the subject of the most recent sentence that had one, and only when
exactly one person there fits.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .._errors import NameParseError
from .._names import _SAME_GIVEN, NameMatch, PersonName, match_name, parse_name
from ._lexicon import OFFICE_TITLES, PROFESSIONS, SURNAME_TRADES, TITLE_WORDS
from ._mentions import NameMention, Token

__all__ = ["Person", "Salience", "build_people"]

# People not mentioned within this many characters are not candidates for a new mention.
_WINDOW = 8_000
# A pronoun looks back at most this far for its antecedent.
_PRONOUN_WINDOW = 1_500
_DESCRIPTOR_WINDOW = 6_000
# How far ahead a title-only reference that opens a text may find its holder.
_CATAPHORA_WINDOW = 400
# ... and over at most this many sentences naming people of the other gender only.
_PRONOUN_SENTENCES = 4
_SEVERAL = -1  # a salience record for a subject that names several people
_DESCRIPTOR_GLUE = frozenset(
    ["the", "this", "that", "a", "an", "of", "for", "and", "to", "in", "at", "on"]
)


@dataclass
class Person:
    """A person the text names, with every mention of them."""

    index: int
    parsed: PersonName
    name: str
    fullness: int
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    titles: list[tuple[int, int]] = field(default_factory=list)
    title_words: set[str] = field(default_factory=set)
    # Each title phrase as its words in order, lower case ("first deputy speaker of the ...").
    title_phrases: list[tuple[str, ...]] = field(default_factory=list)
    gender: str | None = None
    last: int = 0
    merged_into: int | None = None
    descriptors: list[str] = field(default_factory=list)
    letters: set[str] = field(default_factory=set)  # first letters of the name's words


def _parse(text: str, cache: dict[str, PersonName | None]) -> PersonName | None:
    """The name ``text`` parsed, or ``None``; ``cache`` holds one text's names (a name is
    printed several times in a release, and a parsed name is immutable)."""
    try:
        return cache[text]
    except KeyError:
        pass
    try:
        parsed: PersonName | None = parse_name(text)
    except NameParseError:
        parsed = None
    cache[text] = parsed
    return parsed


# Spelling variants keep a word's first letter, up to these (Qudaibergen/Kudaibergen).
_LETTER_VARIANTS = str.maketrans("qwyjc", "kvigk")


def _first_letter(word: str) -> str:
    if word[:3].lower() == "dzh":
        word = "j" + word[3:]  # "Dzhumabaev" is also written "Jumabaev"
    elif word[:2].lower() == "zh":
        word = "j" + word[2:]  # "Zhumabekov", "Jumabekov"
    return word[:1].lower().translate(_LETTER_VARIANTS)


def _name_letters(name: PersonName) -> set[str]:
    words = [*name.given, *name.initials, name.family or "", name.nickname or ""]
    out = set()
    for word in words:
        for part in word.split():
            out.add(_first_letter(part))
            if "-" in part:  # "Al-Mutairi" is also printed "Al Mutairi"
                out.update(_first_letter(piece) for piece in part.split("-") if piece)
    return out


# Abbreviated offices printed before a name ("Gov. Name"), for title-only references.
_TITLE_ABBREVIATIONS = {
    "gov": "governor",
    "amb": "ambassador",
    "sen": "senator",
    "engr": "engineer",
    "pres": "president",
    "rep": "representative",
    "cllr": "councillor",
}
_QUOTED_NICKNAME = re.compile(r""" ["\u201c'\u2018][^"\u201d'\u2019 ]+["\u201d'\u2019](?= )""")


def _display_name(parsed: PersonName, printed: str) -> str:
    """The name to show: its full form, or as printed when initials stand for given names
    (``S.V. Lavrov`` stays as written, not ``S. V. Lavrov``)."""
    if parsed.initials or any(g.endswith(".") or g + "." in printed for g in parsed.given):
        # "M.A. Echeverría Sosa", "Md. Ashraful Alam", "Trevor St. Clair Greaves" as printed,
        # without a quoted nickname
        return _QUOTED_NICKNAME.sub("", printed)
    if parsed.family:
        head = parsed.family.split()[0]
        for word in printed.split():
            if word.casefold() == head.casefold():
                if word.isupper() and len(word) > 1:
                    # "LEE Hyun-woo", "Ndèye Aïssatou SECK NDOYE": the family name in
                    # capitals, as printed
                    return printed[printed.find(word) :] if parsed.family_first else printed
                break
    return parsed.full


def _fullness(name: PersonName) -> int:
    # An abbreviated given name ("Md.", "Mohd") counts less than the name written out.
    short = sum(1 for g in name.given if g.endswith(".") or g.casefold() in ("md", "mohd", "muhd"))
    return 2 * len(name.given) + len(name.initials) + (2 if name.family else 0) - short


def _words(text: str) -> set[str]:
    return {w.strip("().,\u2019'").lower() for w in text.split()}


def _antecedent_words(text: str, start: int) -> set[str]:
    """The capitalised words of the body "its" points back to in "a delegation of the
    Legislative Assembly of Samoa led by its Speaker": the words of the clause before it."""
    low = max(0, start - 160)
    floor = max(text.rfind(".", low, start), text.rfind("\n", low, start), start - 160)
    before = text[floor + 1 : start].split()[-14:]
    return {w.strip("().,\u2019'").lower() for w in before if w[:1].isupper()}


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(w.strip("().,\u2019'").lower() for w in text.split())


# Words that make a title a different, lesser office: "Deputy Speaker" is not "the Speaker".
_RANK_MODIFIERS = frozenset(
    ["first", "second", "third", "acting", "assistant", "associate", "interim", "under", "co"]
)
# Members of a parliament, and the offices only its members hold.
_LEGISLATORS = frozenset(
    ["senator", "mp", "congressman", "congresswoman", "speaker", "parliamentarian", "legislator"]
)
# Words that make an office a parliament's: its general names and some national ones.
_PARLIAMENTS = frozenset(
    [
        "parliament",
        "parliamentary",
        "assembly",
        "senate",
        "congress",
        "majilis",
        "mazhilis",
        "duma",
        "seimas",
        "saeima",
        "sejm",
        "althingi",
        "storting",
        "folketing",
        "riksdag",
        "eduskunta",
        "riigikogu",
        "knesset",
        "bundestag",
        "oireachtas",
    ]
)
# A general word for the holders of several offices: "the diplomat" for an ambassador.
_HYPERNYMS: dict[str, frozenset[str]] = {
    # ("foreign": a foreign ministry's officials, "Deputy Minister of Foreign Affairs")
    "diplomat": frozenset(
        [
            "ambassador",
            "envoy",
            "consul",
            "consul-general",
            "chargé",
            "attaché",
            "attache",
            "foreign",
        ]
    ),
    "envoy": frozenset(["ambassador"]),
    "artist": frozenset(
        [
            "painter",
            "sculptor",
            "calligrapher",
            "photographer",
            "weaver",
            "potter",
            "musician",
            "singer",
            "designer",
            "illustrator",
            "ceramist",
            "artisan",
            "craftsman",
            "craftswoman",
            "embroiderer",
            "woodcarver",
        ]
    ),
    "lawmaker": _LEGISLATORS,
    "legislator": _LEGISLATORS,
    "parliamentarian": _LEGISLATORS,
    "mp": _LEGISLATORS,
}


def _name_words(name: PersonName) -> list[str]:
    words = [w.lower() for part in (*name.given, name.family or "") for w in part.split()]
    return [_SAME_GIVEN.get(w.rstrip("."), w) for w in words]


def _infix(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` is a run of words of ``full`` (its start, its end or inside it)."""
    n = len(short)
    return any(full[k : k + n] == short for k in range(len(full) - n + 1))


def _family_tail(parsed: PersonName, candidates: dict[str, PersonName]) -> NameMatch:
    """A two-word family name printed alone ("Echeverría Sosa") is the last words of one
    fuller name ("Martín Andrés Echeverría Sosa"), and two given names printed alone ("Sri
    Wahyuni") are the first words of one ("Sri Wahyuni Prasetyo"): the given/family split
    sees neither."""
    words = _name_words(parsed)
    keys = []
    for key, name in candidates.items():
        other = _name_words(name)
        short, full = sorted((words, other), key=len)
        # Either may come first: "Echeverría Sosa" before or after the full name; a Spanish
        # first surname alone may also stand inside it ("Fernández de Córdoba" for "María
        # José Fernández de Córdoba Ruiz").
        if 2 <= len(short) < len(full) and name.given and _infix(short, full):
            keys.append(key)
    if len(keys) == 1:
        return NameMatch(status="match", key=keys[0], candidates=(keys[0],))
    return NameMatch(status="ambiguous" if keys else "unknown", candidates=tuple(keys))


def _gender_of_phrase(phrase: tuple[str, ...]) -> str | None:
    """The gender a title phrase shows by "his" or "her" ("in her capacity as Minister"); not
    where the word is a relation to someone else ("her deputy", "his Georgian counterpart")."""
    found = set()
    for n, word in enumerate(phrase):
        if (
            word in ("his", "her")
            and n > 0
            and not (n + 1 < len(phrase) and phrase[n + 1] in TITLE_WORDS)
        ):
            found.add("male" if word == "his" else "female")
    return found.pop() if len(found) == 1 else None


def _headed_by(phrase: tuple[str, ...], content: list[str]) -> bool:
    """Whether the title words ``content`` stand in ``phrase`` as its head, unmodified by a
    rank ("Speaker of the Saeima" for "the Speaker", not "First Deputy Speaker")."""
    n = len(content)
    for p in range(len(phrase) - n + 1):
        if list(phrase[p : p + n]) != content:
            continue
        before = phrase[p - 1] if p > 0 else ""
        if before in TITLE_WORDS or before in _RANK_MODIFIERS or before.startswith("vice"):
            continue
        # "Deputy Foreign Minister": a rank further back, before the words that qualify it.
        ranked = False
        for q in range(p - 1, -1, -1):
            word = phrase[q]
            if word in _DESCRIPTOR_GLUE:
                break
            if word in ("deputy", "vice") or word in _RANK_MODIFIERS or word.startswith("vice-"):
                ranked = True
                break
        if not ranked:
            return True
    return False


class People:
    """The people found so far, and which mention belongs to whom."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.parsed: dict[str, PersonName | None] = {}  # see _parse
        self.people: list[Person] = []
        self.active: list[int] = []
        # name start offset -> (person index, name end, surface start)
        self.by_start: dict[int, tuple[int, int, int]] = {}
        self.mention_index: list[tuple[int, int]] = []
        self._word_cache: dict[tuple[str, tuple[int, ...]], NameMatch] = {}
        self.mention_starts: list[int] = []
        # Offsets of single words that name two or more people ("Lee" with two Lees near).
        self.ambiguous_words: set[int] = set()

    def resolve(self, index: int) -> int:
        while self.people[index].merged_into is not None:
            nxt = self.people[index].merged_into
            assert nxt is not None
            index = nxt
        return index

    def _prune(self, pos: int) -> None:
        self.active = [i for i in self.active if self.people[i].last >= pos - _WINDOW]

    def _candidates(self, letters: set[str] | None = None) -> dict[str, PersonName]:
        """The people mentioned lately, optionally only those with a name word starting
        with one of ``letters`` (spelling variants keep their first letter)."""
        out: dict[str, PersonName] = {}
        for i in self.active:
            root = self.resolve(i)
            person = self.people[root]
            if letters is not None and not letters & person.letters:
                continue
            out.setdefault(str(root), person.parsed)
        return out

    def add(self, mention: NameMention) -> int | None:
        """Attach a mention to a known person or make a new one; ``None`` when ambiguous."""
        text = self.text
        name_text = text[mention.start : mention.end]
        parsed = _parse(name_text, self.parsed)
        if parsed is None:
            return None
        self._prune(mention.start)
        if parsed.family:
            needed = {_first_letter(parsed.family.split()[-1])}
        else:
            needed = _name_letters(parsed)
        candidates = self._candidates(needed)
        match = match_name(parsed, candidates)
        if match.status == "ambiguous":
            match = self._by_title(mention, match)
        if match.status == "ambiguous":
            return None
        if match.status != "match" and parsed.given and parsed.family and not parsed.initials:
            match = _family_tail(parsed, candidates)
        if match.status == "match" and match.key is not None:
            index = int(match.key)
            person = self.people[index]
            if _fullness(parsed) > person.fullness:
                person.parsed, person.fullness = parsed, _fullness(parsed)
                person.name = _display_name(parsed, name_text)
                person.letters = _name_letters(parsed)
        else:
            index = len(self.people)
            person = Person(index, parsed, _display_name(parsed, name_text), _fullness(parsed))
            person.letters = _name_letters(parsed)
            self.people.append(person)
            self.active.append(index)
        self._record(index, mention, name_text)
        return index

    def _by_title(self, mention: NameMention, match: NameMatch) -> NameMatch:
        """Of several people a name fits, the one whose title the mention prints before it
        ("Rep. Lee" when Deputy Speaker Lee and Rep. Lee are both named)."""
        lead = self.text[mention.surface_start : mention.start]
        words = {_TITLE_ABBREVIATIONS.get(w, w) for w in _words(lead)} & TITLE_WORDS
        if not words:
            return match  # ("Ms. Mensah" tells two Ms. Mensahs apart no better)
        fits = [
            key
            for key in match.candidates
            if words & self.people[int(key)].title_words
            or any(a.startswith(lead) for a in self.people[int(key)].aliases)
        ]
        if len(fits) == 1:
            return NameMatch(status="match", key=fits[0], candidates=tuple(fits))
        return match

    def _record(self, index: int, mention: NameMention, name_text: str) -> None:
        text = self.text
        person = self.people[index]
        person.mentions.append((mention.surface_start, mention.end))
        person.last = mention.end
        surface = text[mention.surface_start : mention.end]
        lead = text[mention.surface_start : mention.start].split()
        for form in (surface if len(lead) <= 1 else name_text, name_text):
            if form not in person.aliases:
                person.aliases.append(form)
        for span in mention.titles:
            if span not in person.titles:
                person.titles.append(span)
                person.title_words |= _words(text[span[0] : span[1]])
                if text.startswith(("its ", "their "), span[0]) or text[
                    max(0, span[0] - 6) : span[0]
                ].endswith("whose "):
                    person.title_words |= _antecedent_words(text, span[0])
                phrase = _phrase(text[span[0] : span[1]])
                person.title_phrases.append(phrase)
                if person.gender is None:
                    person.gender = _gender_of_phrase(phrase)
        lead_words = {_TITLE_ABBREVIATIONS.get(w, w) for w in _words(" ".join(lead))}
        person.title_words |= {w for w in lead_words if w in TITLE_WORDS}
        run = tuple(w for w in _phrase(" ".join(lead)) if w in TITLE_WORDS)
        in_title = any(a <= mention.surface_start < b for a, b in mention.titles)
        if run and run not in person.title_phrases and not in_title:
            person.title_phrases.append(run)
        if mention.gender and person.gender is None:
            person.gender = mention.gender
        self.by_start[mention.start] = (index, mention.end, mention.surface_start)

    def index_mentions(self) -> None:
        """Sort every mention by offset, for window look-ups."""
        self.mention_index = sorted(
            (s, self.resolve(p.index)) for p in self.people for s, _ in p.mentions
        )
        self.mention_starts = [s for s, _ in self.mention_index]

    def people_between(self, low: int, high: int) -> list[int]:
        """The people mentioned in ``[low, high)``, in order of first mention there."""
        i = bisect.bisect_left(self.mention_starts, low)
        out: list[int] = []
        while i < len(self.mention_index) and self.mention_index[i][0] < high:
            person = self.mention_index[i][1]
            if person not in out:
                out.append(person)
            i += 1
        return out

    def merge_short_forms(self) -> None:
        """Fold people known only by a short form into a fuller person that fits them alone."""
        for person in self.people:
            if (person.parsed.family and person.parsed.given) or not person.mentions:
                continue
            first = person.mentions[0][0]
            others = {
                str(i): self.people[i].parsed
                for i in self.people_between(first - _WINDOW, first + _WINDOW)
                if i != person.index
                and self.people[i].parsed.family
                and self.people[i].parsed.given
            }
            match = match_name(person.parsed, others)
            if match.status == "match" and match.key is not None:
                target = self.people[int(match.key)]
                person.merged_into = target.index
                for form in person.aliases:
                    if form not in target.aliases:
                        target.aliases.append(form)
                target.mentions.extend(person.mentions)
                for span in person.titles:
                    if span not in target.titles:
                        target.titles.append(span)
                target.title_words |= person.title_words
                target.title_phrases.extend(person.title_phrases)
                target.gender = target.gender or person.gender

    def person_for_word(self, token: Token) -> int | None:
        """The one person a single capitalised word names ("Dimash", "Abdykalikova")."""
        self._prune(token.start)
        key = (token.text, tuple(self.active))
        match = self._word_cache.get(key)
        if match is None:
            parsed = _parse(token.text, self.parsed)
            if parsed is None:
                return None
            match = match_name(parsed, self._candidates({_first_letter(token.text)}))
            if len(self._word_cache) > 4096:
                self._word_cache.clear()
            self._word_cache[key] = match
        if match.status == "match" and match.key is not None:
            index = self.resolve(int(match.key))
            person = self.people[index]
            person.mentions.append((token.start, token.end))
            person.last = token.end
            if token.text not in person.aliases and token.text != person.name:
                person.aliases.append(token.text)
            self.by_start[token.start] = (index, token.end, token.start)
            return index
        if match.status == "ambiguous":
            self.ambiguous_words.add(token.start)
        return None


def _named_in_full(
    text: str, mentions: list[NameMention], cache: dict[str, PersonName | None]
) -> None:
    """A full name the text marks only elsewhere, by initials or by its last two words: "met
    Tõnu Ruus" and "T. Ruus said" are one person, as are "artisans from Oaxaca, Rodrigo
    Villaseñor Ruiz" and "Villaseñor Ruiz explained"; the full name counts as a person's."""
    tails = {
        tuple(text[m.start : m.end].split())
        for m in mentions
        if m.evidence and not m.initials and len(text[m.start : m.end].split()) == 2
    }
    if tails:
        for mention in mentions:
            words = text[mention.start : mention.end].split()
            if not mention.evidence and len(words) >= 3 and tuple(words[-2:]) in tails:
                mention.evidence = True
    # "Sun Haitao" unmarked, then "Mr. Sun said": a word an honorific or title marks as a
    # name elsewhere makes the run that opens or ends with it a person's name.
    titled = {
        text[m.start : m.end].casefold()
        for m in mentions
        if m.evidence and m.words == 1 and m.surface_start < m.start
    }
    if titled:
        for mention in mentions:
            if mention.evidence or mention.initials or not 2 <= mention.words <= 4:
                continue
            words = text[mention.start : mention.end].casefold().split()
            if len(words) == mention.words and (words[0] in titled or words[-1] in titled):
                mention.evidence = True
    initialed: dict[str, list[PersonName]] = {}
    for mention in mentions:
        if mention.evidence and mention.initials:
            parsed = _parse(text[mention.start : mention.end], cache)
            if parsed is not None and parsed.family:
                initialed.setdefault(parsed.family.casefold(), []).append(parsed)
    if not initialed:
        return
    for mention in mentions:
        if mention.evidence or mention.initials or mention.words < 2:
            continue
        last = text[mention.start : mention.end].split()[-1].casefold()
        if last not in initialed:
            continue
        full = _parse(text[mention.start : mention.end], cache)
        if full is None or not full.given or not full.family:
            continue
        for short in initialed[last][:8]:
            if match_name(short, {"full": full}).status == "match":
                mention.evidence = True
                break


def build_people(
    text: str,
    mentions: list[NameMention],
    tokens: list[Token],
    blocked: list[bool],
    is_cue: list[bool],
) -> People:
    """Merge name mentions into people, then find single-word references to them."""
    people = People(text)
    _named_in_full(text, mentions, people.parsed)
    for mention in mentions:
        if mention.evidence:
            people.add(mention)
    people.index_mentions()
    people.merge_short_forms()
    known_words: set[str] = set()
    for person in people.people:
        if person.merged_into is None:
            known_words |= {w.lower() for w in (*person.parsed.given, person.parsed.family or "")}
    known_words.discard("")
    people.active = [p.index for p in people.people if p.merged_into is None]
    for p in people.people:
        p.last = 0
    taken = sorted((s, e) for p in people.people for s, e in p.mentions)
    cursor = 0
    for i, token in enumerate(tokens):
        if blocked[i] or not token.cap:
            continue
        if (
            token.lower not in known_words
            and not (i + 1 < len(tokens) and is_cue[i + 1])
            and not (i >= 2 and tokens[i - 2].lower == "according" and tokens[i - 1].lower == "to")
        ):
            continue  # (a word that only a variant spelling links is looked up at a cue)
        while cursor < len(taken) and taken[cursor][1] <= token.start:
            cursor += 1
        if cursor < len(taken) and taken[cursor][0] <= token.start:
            continue  # a word of a longer mention
        people.person_for_word(token)
    people.index_mentions()
    return people


@dataclass
class Subject:
    """Who a clause is about, as the text names them."""

    kind: str  # "person", "pronoun", "descriptor", "organization", "plural", "name"
    start: int
    end: int
    person: int | None = None
    words: tuple[str, ...] = ()


class Salience:
    """Who the recent sentences were about: the antecedents of pronouns and descriptors."""

    def __init__(self, people: People) -> None:
        self.people = people
        self.records: list[tuple[int, int, int]] = []  # (sentence, offset, person)
        self.speakers: set[int] = set()  # people who were a subject or a speaker so far
        # (sentence, person): named there only after a preposition ("talks with X")
        self.oblique: set[tuple[int, int]] = set()
        self.subjects: set[tuple[int, int]] = set()  # (sentence, person): its subject

    def note(self, sentence: int, offset: int, person: int, subject: bool = True) -> None:
        person = self.people.resolve(person)
        self.records.append((sentence, offset, person))
        if subject:
            self.speakers.add(person)
            self.subjects.add((sentence, person))

    def note_oblique(self, sentence: int, person: int) -> None:
        """Note that ``person`` is named in ``sentence`` after a preposition ("with X")."""
        self.oblique.add((sentence, self.people.resolve(person)))

    def _latest_group(self, offset: int, window: int) -> list[int]:
        group: list[int] = []
        sentence = None
        for sent, pos, person in reversed(self.records):
            if pos >= offset:
                continue
            if pos < offset - window:
                break
            if sentence is None:
                sentence = sent
            elif sent != sentence:
                break
            if person not in group:
                group.append(person)
        return group

    def plural(self, sentence: int, offset: int) -> None:
        """Note a subject that names several people ("The two ministers", "They")."""
        self.records.append((sentence, offset, _SEVERAL))

    def pronoun(self, word: str, offset: int) -> int | None:
        """The person a subject pronoun refers to, or ``None`` when none or two fit."""
        gender = {"he": "male", "she": "female"}.get(word.lower())
        if gender is None:
            return None
        sentences: list[int] = []
        groups = self._groups(offset, _PRONOUN_WINDOW, sentences)
        for g, group in enumerate(groups):
            if _SEVERAL in group:
                return None  # after "The two ministers ...", "he" could be either
            if all(self.people.people[p].gender not in (gender, None) for p in group):
                # Only people the text shows are of the other gender: look further back.
                continue
            index = None
            if all(self.people.people[p].gender is None and p not in self.speakers for p in group):
                # Only people named in passing, whose gender the text has not shown: the
                # speaker before them, if the text shows that one's gender, is meant.
                index = self._earlier_speaker(groups[g + 1 :], gender)
                if index == _SEVERAL:
                    return None  # two earlier people of that gender fit as well
            if (
                index is None
                and gender == "male"
                and self._unknown_subject(sentences[g], group, gender)
            ):
                # "Hon. Kariuki asked Mr. Tran ... He said": the subject, whose gender the
                # text has not shown, may be meant as well as Mr. Tran. (For "she" the
                # one woman the text shows is kept: officials of unshown gender in these
                # texts are more often men, so she is the likelier reading by far.)
                return None
            if index is None:
                index = self._one_of(group, gender)
            if index is None:
                index = self._subject_over_oblique(sentences[g], group, gender)
            if index is not None:
                self.people.people[index].gender = gender
            return index
        return None

    def _earlier_speaker(self, groups: list[list[int]], gender: str) -> int | None:
        """The one earlier subject or speaker the text shows is of ``gender``, when no one
        else who spoke or was a subject, of that or an unknown gender, came after them;
        ``_SEVERAL`` when two such people fit."""
        for group in groups:
            if _SEVERAL in group:
                return _SEVERAL
            known = [p for p in group if self.people.people[p].gender == gender]
            if len(known) > 1:
                return _SEVERAL
            unsure = [
                p for p in group if self.people.people[p].gender is None and p in self.speakers
            ]
            if len(known) == 1 and known[0] in self.speakers and not unsure:
                return known[0]
            if known or unsure:
                return None
        return None

    def _unknown_subject(self, sentence: int, group: list[int], gender: str) -> bool:
        """Whether the sentence's subject is someone whose gender the text has not shown
        while someone else there is known to be of ``gender``: both may be meant."""
        people = self.people.people
        # (someone named only after a preposition, "the directives of His Majesty", is no rival)
        known = [
            p for p in group if people[p].gender == gender and (sentence, p) not in self.oblique
        ]
        return bool(known) and any(
            people[p].gender is None
            and (sentence, p) in self.subjects
            and (sentence, p) not in self.oblique
            and all((sentence, k) not in self.subjects for k in known)
            for p in group
        )

    def _subject_over_oblique(self, sentence: int, group: list[int], gender: str) -> int | None:
        """ "A held talks with B. He ...": the one subject of that sentence who may be of
        ``gender``, when everyone else who may be is named only after a preposition."""
        fits = [p for p in group if self.people.people[p].gender in (gender, None)]
        main = [p for p in fits if (sentence, p) not in self.oblique]
        if len(main) == 1 and (sentence, main[0]) in self.subjects:
            return main[0]
        return None

    def _groups(
        self, offset: int, window: int, sentences: list[int] | None = None
    ) -> list[list[int]]:
        """The people of each recent sentence before ``offset``, latest sentence first (and
        the sentence of each group in ``sentences``, when given)."""
        groups: list[list[int]] = []
        sentence = None
        for sent, pos, person in reversed(self.records):
            if pos >= offset:
                continue
            if pos < offset - window or len(groups) > _PRONOUN_SENTENCES:
                break
            if sent != sentence:
                sentence = sent
                groups.append([])
                if sentences is not None:
                    sentences.append(sent)
            if person not in groups[-1]:
                groups[-1].append(person)
        return groups[:_PRONOUN_SENTENCES]

    def _one_of(self, group: list[int], gender: str) -> int | None:
        known = [p for p in group if self.people.people[p].gender == gender]
        unknown = [p for p in group if self.people.people[p].gender is None]
        # One person known to fit (by an honorific or an earlier pronoun) wins over people
        # whose gender the text has not shown; otherwise exactly one person must fit.
        if len(known) == 1:
            group = known
        elif not known and len(unknown) == 1:
            group = unknown
        else:
            return None
        return group[0]

    def descriptor(
        self, words: tuple[str, ...], offset: int, proper: tuple[str, ...] = ()
    ) -> int | None:
        """The person a title-only reference ("The Minister", "the artist") names.

        The title words must all be in one person's titles; words that qualify them ("the
        Norwegian minister", "the Kazakh diplomat") choose between several people by the
        country or body their titles name (Norway, Kazakhstan).
        """
        content = [w for w in words if w in TITLE_WORDS]
        if not content:
            return None
        qualifiers = [
            w for w in words if w not in TITLE_WORDS and w not in _DESCRIPTOR_GLUE and len(w) >= 3
        ]
        nearby = self.people.people_between(offset - _DESCRIPTOR_WINDOW, offset)
        fits = [i for i in nearby if all(w in self.people.people[i].title_words for w in content)]
        if not fits and not nearby:
            # '"...," the Speaker said. Speaker Name added that ...': nobody named yet, and the
            # one holder of the title named just after.
            ahead = self.people.people_between(offset, offset + _CATAPHORA_WINDOW)
            later = [
                i for i in ahead if all(w in self.people.people[i].title_words for w in content)
            ]
            if len(later) == 1:
                return later[0]
        if proper and not any(self._qualified(i, list(proper)) for i in fits):
            # "the Georgian minister" is not the Estonian one: it is the one person whose
            # titles name Georgia and who holds the office or is the other's counterpart.
            named = [
                i
                for i in nearby
                if self._qualified(i, list(proper))
                and (
                    all(w in self.people.people[i].title_words for w in content)
                    or {"counterpart", "counterparts"} & self.people.people[i].title_words
                )
            ]
            if named:
                return named[0] if len(named) == 1 else None
        if len(fits) > 1 and qualifiers:
            fits = [i for i in fits if self._qualified(i, qualifiers)]
        elif len(fits) == 1 and "of" in words and not self._qualified(fits[0], qualifiers):
            # "The Mayor of Accra" is not the one Vice Mayor of Xiamen named nearby.
            return None
        if len(fits) > 1:
            # "The Speaker" is the Speaker, not the Deputy Speaker, when both are there.
            headed = [
                i
                for i in fits
                if any(_headed_by(ph, content) for ph in self.people.people[i].title_phrases)
            ]
            if headed:
                fits = headed
        if not fits and content == ["head"] and qualifiers:
            # "The head of the agriculture ministry": the one person whose titles name it.
            fits = [i for i in nearby if self._qualified(i, qualifiers)]
        if not fits and len(content) == 1 and content[0] in _HYPERNYMS:
            kinds = _HYPERNYMS[content[0]]
            if kinds is _LEGISLATORS:
                kinds = kinds | _PARLIAMENTS  # "the Icelandic MP": a Chair of the Althingi's
            fits = [i for i in nearby if kinds & self.people.people[i].title_words]
            if len(fits) > 1 and qualifiers:
                fits = [i for i in fits if self._qualified(i, qualifiers)]
        if len(fits) > 1:
            # Several hold the title: the one the last sentence was about, as for a pronoun.
            group = self._latest_group(offset, _PRONOUN_WINDOW)
            recent = [i for i in fits if i in group]
            if _SEVERAL not in group and len(recent) == 1:
                fits = recent
        if len(fits) == 1:
            return fits[0]
        if fits:
            return None
        head = content[-1]
        if (head in PROFESSIONS or head in SURNAME_TRADES) and head not in OFFICE_TITLES:
            group = self._latest_group(offset, _PRONOUN_WINDOW)
            if qualifiers:
                group = [i for i in group if i >= 0 and self._qualified(i, qualifiers)]
            if len(group) == 1 and group[0] >= 0:
                return group[0]
        return None

    def acronym(self, letters: str, offset: int) -> tuple[bool, int | None]:
        """The person an acronym title ("EAM", "the PM", "SG") names: whether anyone's title
        expands to it (initials of its words, a hyphenated word giving one per part), and the
        one holder. A holder whose expansion follows a rank ("Deputy Prime Minister" for
        "PM") counts only when nobody holds the plain office; two holders give no one."""
        nearby = self.people.people_between(offset - _DESCRIPTOR_WINDOW, offset)
        plain: list[int] = []
        ranked: list[int] = []
        for i in nearby:
            i = self.people.resolve(i)
            phrases = self.people.people[i].title_phrases
            if any(letters in ph or f"({letters})" in ph for ph in phrases):
                plain.append(i)  # "Committee Member (CECM)": the title prints its acronym
                continue
            kinds = {_acronym_fit(ph, letters) for ph in phrases}
            if "plain" in kinds and i not in plain:
                plain.append(i)
            elif "ranked" in kinds and i not in ranked:
                ranked.append(i)
        fits = plain or ranked
        if not fits:
            return False, None
        return True, fits[0] if len(fits) == 1 else None

    def _qualified(self, index: int, qualifiers: list[str]) -> bool:
        """Whether a person's titles name what the qualifiers do ("Norwegian": Norway). The
        country a title is posted to does not count: the "Ambassador of Viet Nam to Belarus"
        is not "the Belarusian diplomat"."""
        person = self.people.people[index]
        words = set(person.title_words)
        for phrase in person.title_phrases:
            for cut in ("to", "in"):
                if cut in phrase:
                    words -= set(phrase[phrase.index(cut) + 1 :]) - set(phrase[: phrase.index(cut)])
        letters = [
            "".join(w[:1] for w in phrase if w not in _ACRONYM_GLUE)
            for phrase in person.title_phrases
        ]
        return all(
            any(w[:3] == q[:3] for w in words) or (len(q) >= 3 and any(q in x for x in letters))
            for q in qualifiers
        )  # ("the MRC President": the initials of "Mauritanian Red Crescent")


_ACRONYM_GLUE = frozenset(["of", "for", "the", "and", "on", "in", "to", "at"])
_RANKS = frozenset(
    ["deputy", "vice", "first", "acting", "assistant", "under", "associate", "former", "second"]
)


def _acronym_fit(phrase: tuple[str, ...], letters: str) -> str | None:
    """Whether the initials of words in a title phrase, ending at an office word, spell
    ``letters``: "plain" for the office itself, "ranked" after a rank ("Deputy ..."), else None.
    """
    # (initial, whether the word is an office word, whether a rank word came before it)
    parts: list[tuple[str, bool, bool]] = []
    ranked = False
    for word in phrase:
        if word in _ACRONYM_GLUE:
            continue
        for piece in word.split("-"):
            if piece[:1].isalpha():
                parts.append((piece[:1], piece in OFFICE_TITLES or word in OFFICE_TITLES, ranked))
            ranked = ranked or piece in _RANKS
    size = len(letters)
    for end in range(size, len(parts) + 1):
        run = parts[end - size : end]
        if "".join(c for c, _, _ in run) == letters and any(office for _, office, _ in run):
            return "ranked" if run[0][2] else "plain"
    return None
