"""Attribution: who said each quotation and each reported clause, and with which cue.

Quotations are attributed by English word order around them: after the closing mark
(``"..." - K. Torebayev noted``, ``"...," said X, <title>.``, ``"..." — Commissioner X``) or
before the opening mark (``X said: "..."``, ``Added the Minister: "..."``,
``According to X, "..."``). A later chunk of a quotation split by its attribution inherits the
speaker. Reported speech is a reporting verb from the lexicon with a subject before it (a
name, a pronoun, a title-only reference, an organisation) and a complement after it;
passives ("it was reported that") have no speaker and are not statements.

Speakers are resolved in text order: names through the merged people, pronouns and
title-only references through :class:`~._participants.Salience`. When two people fit, the
speaker stays ``None``.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from typing import Any

from .._model import StatementMode
from .._names import _is_country
from ._cues import CUES, INTRO_CUES, Cue, match_cue, speech_act
from ._layout import Layout
from ._lexicon import ADVERBS, AUXILIARIES, HONORIFICS, ORG_WORDS, PRONOUNS, TITLE_WORDS
from ._mentions import _ABBREV_TITLES, Token
from ._participants import People, Salience, Subject
from ._quotes import Quote

__all__ = ["Found", "attribute"]

_PASSIVE = frozenset(["was", "were", "is", "are", "be", "been", "being", "'s"])
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "our", "his", "her", "this"])
_NP_GLUE = frozenset(["of", "the", "for", "and", "to", "on", "at", "in"])
_INTRO_WORDS = frozenset(
    [
        "among",
        "during",
        "on",
        "in",
        "at",
        "after",
        "before",
        "following",
        "addressing",
        "speaking",
        "upon",
        "under",
        "with",
        "for",
        "as",
        "while",
        "when",
        "earlier",
        "later",
        "meanwhile",
        "however",
        "also",
        "then",
        "next",
        "afterwards",
        "subsequently",
        "finally",
        "today",
        "yesterday",
    ]
)
# Adverbs of sequence that may open a sentence without a comma: "Then the Minister spoke."
_SEQUENCE_WORDS = frozenset(["then", "next", "later", "afterwards", "subsequently", "finally"])
_TITLE_NOUNS = frozenset(
    [
        "video",
        "film",
        "movie",
        "book",
        "song",
        "album",
        "project",
        "programme",
        "program",
        "initiative",
        "campaign",
        "exhibition",
        "seminar",
        "workshop",
        "conference",
        "forum",
        "slogan",
        "called",
        "titled",
        "entitled",
        "named",
        "dubbed",
        "so-called",
        "documentary",
        "series",
        "festival",
        "show",
        "report",
        "article",
        "magazine",
        "newspaper",
        "headline",
        "hashtag",
        "theme",
        "motto",
    ]
)
_PREP_START = frozenset(
    ["in", "at", "during", "on", "to", "after", "before", "while", "with", "from", "for", "by"]
)
_NON_SUBJECT = frozenset(["it", "this", "which", "who", "that", "there", "what"])
_PLURAL_HEADS = frozenset(
    [
        "ministers",
        "sides",
        "leaders",
        "delegations",
        "parties",
        "officials",
        "presidents",
        "heads",
        "ambassadors",
        "participants",
        "counterparts",
        "secretaries",
        "representatives",
        "delegates",
        "partners",
        "governments",
        "countries",
        "chairs",
        "chairmen",
        "speakers",
        "they",
        "both",
    ]
)
_DAY_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
    ]
)
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
_MAX_COMPLEMENT_SKIP = 8
# Verbs whose object is the addressee: what was said follows "that", a colon or a quotation.
# "briefed the media on the outcome" says what the talk was about, not what was said.
_NEEDS_THAT = frozenset({"tell", "inform", "assure", "reassure", "remind", "brief"})
# Verbs of saying whose object, without "that", must be a clause ("said the plan would work").
_CLAUSE_ONLY = frozenset({"say", "add", "state", "explain"})
# Verbs of saying that also take an object that is no speech ("concluded a visit",
# "maintained contacts", "observed a minute of silence"): speech only with a clause.
_CLAUSE_OR_DEED = frozenset({"conclude", "maintain", "observe", "admit"})
_FINITE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "has",
        "have",
        "had",
        "can",
        "could",
        "should",
        "must",
        "may",
        "might",
        "shall",
        "did",
        "does",
        "do",
        "be",
    ]
)
# A reported clause is searched this far for a coordinated reporting verb ("... and added").
_MAX_CLAUSE_TOKENS = 150


def _cue_fields(text: str, start: int, end: int) -> dict[str, Any]:
    """The ``cue``, ``cue_start`` and ``cue_end`` of a cue printed at ``text[start:end]``."""
    return {"cue": text[start:end], "cue_start": start, "cue_end": end}


@dataclass
class Found:
    """A statement before ids: spans, how it was said, and who said it."""

    start: int
    end: int
    mode: StatementMode
    cue: str | None
    cue_start: int
    cue_end: int
    subject: Subject | None
    sentence: int
    kind: str | None = None
    continuation: bool = False
    parent: Found | None = None
    speaker: int | None = None  # person index
    organization: str | None = None
    quotes: list[Quote] = field(default_factory=list)

    @property
    def attribution_end(self) -> int:
        """Where the attribution ends (the cue's end when nothing names the speaker)."""
        return max(self.cue_end, self.subject.end if self.subject is not None else 0)

    @property
    def attribution(self) -> tuple[int, int] | None:
        if self.cue is None and self.subject is None:
            return None
        starts = [self.cue_start] if self.cue is not None else []
        ends = [self.cue_end] if self.cue is not None else []
        if self.subject is not None:
            starts.append(self.subject.start)
            ends.append(self.subject.end)
        return min(starts), max(ends)


class _Doc:
    def __init__(
        self,
        text: str,
        layout: Layout,
        tokens: list[Token],
        quotes: list[Quote],
        people: People,
    ) -> None:
        self.text = text
        self.layout = layout
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.lower = [t.lower for t in tokens]
        # gaps[i]: the characters between token i - 1 and token i ("" before the first)
        self.gaps = [""] + [text[a.end : b.start] for a, b in itertools.pairwise(tokens)]
        self.quotes = quotes
        self.quote_opens = [q.open_mark for q in quotes]
        self.people = people
        # sentence -> the person its main clause's subject was resolved to (None: nobody)
        self.clause_speaker: dict[int, int | None] = {}
        n = len(tokens)
        self.in_quote = [False] * n
        self.quote_of_token = [-1] * n
        for qi, quote in enumerate(quotes):
            i = bisect.bisect_left(self.starts, quote.open_mark)
            while i < n and tokens[i].start < quote.close_mark:
                self.in_quote[i] = True
                self.quote_of_token[i] = qi
                i += 1
        # token -> (person, first token of the mention as printed, last token)
        self.person_tok: list[tuple[int, int, int] | None] = [None] * n
        for name_start, (person, name_end, surface) in people.by_start.items():
            first = bisect.bisect_left(self.starts, surface)
            last = bisect.bisect_left(self.starts, name_end) - 1
            if 0 <= first <= last < n:
                entry = (person, first, last)
                for i in range(first, last + 1):
                    self.person_tok[i] = entry
            del name_start

    def person_ending(self, k: int, end: int | None = None) -> Subject | None:
        """The person whose printed name ends at token ``k``, as a subject that runs to token
        ``end`` (``k`` when not given); ``None`` when no name ends there."""
        entry = self.person_tok[k]
        if entry is None or entry[2] != k:
            return None
        person, first, _last = entry
        last = k if end is None else end
        return Subject("person", self.tokens[first].start, self.tokens[last].end, person=person)

    def token_at(self, pos: int) -> int:
        """The index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def gap(self, i: int) -> str:
        """The characters between token ``i - 1`` and token ``i``."""
        if i <= 0 or i >= len(self.gaps):
            return ""
        return self.gaps[i]

    def cue_at(self, i: int, *, allow_cap: bool = False) -> Cue | None:
        tok = self.tokens[i]
        if tok.cap and not allow_cap:
            return None
        if self.lower[i] not in CUES:
            return None
        return match_cue(self.lower, i)

    # ---------------------------------------------------------------- noun phrases

    def subject_before(self, i: int, floor: int) -> Subject | None:
        """The subject noun phrase that ends right before token ``i`` (adverbs skipped)."""
        k = i - 1
        while k >= floor and (
            self.lower[k] in ADVERBS
            or self.lower[k] in AUXILIARIES
            or _ly(self.tokens[k])
            or (self.lower[k] == "turn" and k > floor and self.lower[k - 1] == "in")
        ):
            if any(c in self.gap(k + 1) for c in ';:.!?"“”«»'):
                return None
            k -= 2 if self.lower[k] == "turn" else 1
        skipped = k < i - 1
        if k < floor:
            return None
        # "Chimwemwe Banda from Malawi said": skip the place the person is from.
        m = k
        while m > floor and self.tokens[m].cap and self.person_tok[m] is None and k - m < 4:
            m -= 1
        if m < k and self.lower[m] == "from" and m > floor and not self.gap(m).strip():
            named = self.person_ending(m - 1)
            if named is not None:
                return named
        # "Director Jose Sarmiento of the Office of Consular Affairs informed": the name
        # before the body it belongs to.
        m = k
        while (
            m > floor
            and k - m < 10
            and self.person_tok[m] is None
            and (self.tokens[m].cap or self.lower[m] in _NP_GLUE)
            and self.gap(m) == " "
        ):
            m -= 1
        if (
            m < k
            and self.lower[m + 1] in ("of", "from", "at")
            and self.tokens[k].cap
            and not self.gap(k + 1).strip()
        ):
            named = self.person_ending(m, k)
            if named is not None:
                return named
        if self.gap(k + 1).strip() == ")" and k > floor:
            # "Giorgos Stylianou (S&D, CY) said": the name before the parenthesis.
            o = k
            while o > floor and k - o < 8 and "(" not in self.gap(o):
                o -= 1
            named = self.person_ending(o - 1, k) if o > floor and "(" in self.gap(o) else None
            if named is not None:
                return named
        gap = self.gap(k + 1).strip()
        if gap not in ("", ","):
            # 'Banda, known as "Mama Chimwe", added': a quotation mark before the comma.
            if gap.strip("\"\u201c\u201d\u2018\u2019'") != ",":
                return None
            gap = ","
        tok = self.tokens[k]
        if gap == ",":
            # A comma before the verb ends a clause, except after a name in apposition:
            # "The Governor of Cabo Delgado, Carlos Mutemba, said that ...", or after a
            # parenthetical that follows the name: "Margrethe Vestager, in charge of ..., said".
            entry = self.person_tok[k]
            if (entry is None or entry[2] != k) and skipped:
                # "The Ambassador, in turn, said": a title-only reference before it; "She,
                # however, pointed out": a pronoun.
                if tok.lower in PRONOUNS and tok.lower != "they" and not tok.acronym:
                    return Subject("pronoun", tok.start, tok.end, words=(tok.lower,))
                found = self._phrase_back(k, floor)
                return found if found is not None and found.kind == "descriptor" else None
            if entry is None or entry[2] != k:
                return self._name_before_parenthetical(k, floor)
            person, first, _last = entry
            lead = first
            while (
                lead > floor
                and lead > first - 5
                and (
                    self.lower[lead - 1] in TITLE_WORDS
                    or self.lower[lead - 1] in ("the", "a")
                    or self.lower[lead - 1] in HONORIFICS
                    or (self.tokens[lead - 1].initial and self.lower[lead - 1] in ("h", "e"))
                )
            ):
                lead -= 1  # "The curator, photographer Name, said", ", the weaver Name,"
            if not skipped and not any(x > 0 and "," in self.gap(x) for x in (first, lead)):
                # "Name, verb" only as "Title, Name, verb" or "Name, in turn, verb"; or as the
                # end of a relative clause: "Dr. A, who represented CS Hon. B, assured".
                return self._relative_antecedent(first, floor)
            return Subject("person", self.tokens[first].start, tok.end, person=person)
        if tok.lower == "they":
            return Subject("plural", tok.start, tok.end, words=("they",))
        if tok.lower in PRONOUNS and not tok.acronym:  # ("HE Eng. Name": His Excellency)
            return Subject("pronoun", tok.start, tok.end, words=(tok.lower,))
        if (
            tok.lower == "who"
            and k > floor
            and self.gap(k).strip() == ","
            and not skipped
            and self.person_tok[k - 1] is not None
        ):
            # "opened by Minister Ana Lima, who said that ...": the relative clause's name.
            entry = self.person_tok[k - 1]
            assert entry is not None
            person, first, last = entry
            if last == k - 1:
                return Subject(
                    "person", self.tokens[first].start, self.tokens[k - 1].end, person=person
                )
        if tok.lower == "who" and k > floor and self.gap(k).strip() == "," and not skipped:
            # "Lina Varga, the Vice Minister, who recalled that ...": the name before the
            # title in apposition is the relative clause's antecedent.
            found = self._phrase_back(k - 1, floor)
            if found is None or found.kind != "descriptor":
                # "Name, Managing Director of the ferry operator Baltic Nordlink, who said
                # that ...": the name before the apposition, whatever the apposition holds.
                return self._name_before_parenthetical(k - 1, floor)
            if found is not None and found.kind == "descriptor":
                d = self.token_at(found.start)
                if d > floor and self.gap(d).strip() == ",":
                    named = self.person_ending(d - 1)
                    if named is not None:
                        return named
                return found
        if tok.lower in _NON_SUBJECT or tok.lower in _PASSIVE:
            return None
        if tok.lower in _PLURAL_HEADS:
            start = k
            while (
                start > floor
                and k - start < 3
                and self.lower[start - 1] in ("the", "both", "all", "two", "three")
            ):
                start -= 1
            if start < k:
                return Subject(
                    "plural",
                    self.tokens[start].start,
                    tok.end,
                    words=tuple(self.lower[start : k + 1]),
                )
        entry = self.person_tok[k]
        if entry is not None and entry[2] == k:
            person, first, _last = entry
            other = self._coordinated(first)
            if other is not None:
                # "President Anna Berg and Prime Minister Lars Holm said": both spoke.
                return Subject("plural", self.tokens[other].start, tok.end, words=("and",))
            return Subject("person", self.tokens[first].start, tok.end, person=person)
        found = self._phrase_back(k, floor)
        if (
            found is None
            and tok.cap
            and k > floor
            and self.lower[k - 1] in _ABBREV_TITLES
            and self.gap(k).strip() in ("", ".")
        ):
            # "Ms. Mensah told journalists" when two Ms. Mensahs are there: a name that fits
            # more than one person. The statement stands; its speaker stays unknown.
            return Subject("name", self.tokens[k - 1].start, tok.end)
        if found is None and tok.start in self.people.ambiguous_words:
            return Subject("name", tok.start, tok.end)  # "Lee noted" with two Lees named
        return found

    def _relative_antecedent(self, first: int, floor: int) -> Subject | None:
        """The name before ", who" when the relative clause ends at token ``first``."""
        for m in range(first - 1, max(floor, first - 24), -1):
            if any(c in self.gap(m) for c in ";:.!?") or self.cue_at(m) is not None:
                return None
            if self.lower[m] == "who" and "," in self.gap(m) and m - 1 >= floor:
                entry = self.person_tok[m - 1]
                if entry is None or entry[2] != m - 1:
                    return None
                person, start, last = entry
                return Subject(
                    "person", self.tokens[start].start, self.tokens[last].end, person=person
                )
        return None

    def _coordinated(self, first: int) -> int | None:
        """If the name at token ``first`` is the second of ``X and Y``, the first token of X."""
        if first < 2 or self.lower[first - 1] != "and":
            return None
        if self.gap(first - 1).strip() or self.gap(first).strip():
            return None
        other = self.person_tok[first - 2]
        if other is None or other[2] != first - 2:
            return None
        return other[1]

    def _name_before_parenthetical(self, k: int, floor: int) -> Subject | None:
        """``Name, <a short phrase>, said``: the name before the opening comma; the phrase
        may hold commas of its own around names ("the Director of the UN refugee agency,
        UNHCR, for West Africa")."""
        m = k
        commas = 0
        while m > floor and k - m < 24:
            if any(c in self.gap(m) for c in ";:.!?"):
                return None
            if commas and self.lower[m] in ("of", "from", "at") and not self.gap(m).strip():
                # "Professor Name of the University of Namur, who presented ..., emphasized".
                named = self.person_ending(m - 1)
                if named is not None:
                    return named
            cue = self.cue_at(m)
            if (
                cue is not None
                and self.lower[m - 1] not in _DETERMINERS  # ("the state governor": a noun)
                and not (
                    # "Mr. Lou, speaking through an interpreter, said": how, not what, was said.
                    cue.base == "speak" and cue.gerund and "," in self.gap(m)
                )
            ):
                return None
            if "," in self.gap(m):
                named = self.person_ending(m - 1)
                if (
                    self.person_tok[m - 1] is None
                    and m - 2 > floor
                    and self.tokens[m - 1].acronym
                    and self.gap(m - 1) == " "
                ):
                    named = self.person_ending(m - 2, m - 1)  # "Name MP, a member of ..., urged"
                if named is not None:
                    return named
                if k - m <= 3:
                    # "The Ambassador, in turn, said": a title-only reference before a
                    # short parenthesis.
                    found = self._phrase_back(m - 1, floor)
                    if found is not None and found.kind == "descriptor":
                        return found
                if commas < 2 and self.tokens[m - 1].acronym and "," in self.gap(m - 1):
                    commas += 1  # ", UNHCR,": an acronym in apposition inside the phrase
                    m -= 2
                    continue
                if ")" in self.gap(m):
                    # "Hon. Name (Republic of Guinea), Chairperson of ..., underlined": the
                    # name before a parenthesis.
                    o = m - 1
                    while o > floor and m - o < 8 and "(" not in self.gap(o):
                        o -= 1
                    if o > floor and "(" in self.gap(o):
                        named = self.person_ending(o - 1)
                        if named is not None:
                            return named
                if commas < 2 and (
                    self.lower[m] in ("who", "which")
                    or (self.tokens[m].cap and self.lower[m] in TITLE_WORDS)
                ):
                    # "Name, Ambassador of Peru, who also took part in the talks, said": a
                    # title in apposition and a relative clause, each set off by commas.
                    commas += 1
                    m -= 1
                    continue
                return None
            m -= 1
        return None

    def _phrase_back(self, k: int, floor: int) -> Subject | None:
        """A title-only reference or an organisation ending at token ``k``."""
        m = k
        while m > floor:
            prev = self.tokens[m - 1]
            gap = self.gap(m)
            if gap not in (" ", "\u00a0") and gap.strip() not in ("(", ")", ")("):
                break
            if prev.lower in _DETERMINERS:
                m -= 1
                if (
                    prev.lower == "the"
                    and m - 2 >= floor
                    and self.lower[m - 1] in ("of", "for")
                    and (self.tokens[m - 2].cap or self.lower[m - 2] in TITLE_WORDS)
                    and self.gap(m) == " "
                    and self.gap(m - 1) == " "
                ):
                    continue  # "the Chair of the Seimas Committee": the title's object
                break
            if prev.cap or prev.lower in _NP_GLUE or prev.lower in TITLE_WORDS:
                m -= 1
                continue
            if prev.text.isalpha() and self.lower[m] in TITLE_WORDS and m == k:
                m -= 1  # "The high commissioner emphasized": a modifier of the office word
                continue
            if prev.text.isalpha() and self.lower[m] in ORG_WORDS and m == k:
                m -= 1  # "the head of the agriculture ministry": a body named in lower case
                continue
            break
        if m < k - 10:
            return None
        words = tuple(self.lower[m : k + 1])
        if words and words[0] in _NP_GLUE - {"the"}:
            return None
        if not (words[0] in _DETERMINERS or self.tokens[m].cap):
            return None  # "every member state": a noun, not a subject with a verb
        if any(w in TITLE_WORDS for w in words) and self.lower[k] in TITLE_WORDS:
            return Subject("descriptor", self.tokens[m].start, self.tokens[k].end, words=words)
        last_title = max((t for t, w in enumerate(words) if w in TITLE_WORDS), default=-1)
        if (
            words[0] in _DETERMINERS
            and 0 <= last_title < len(words) - 2
            and words[last_title + 1] in ("of", "for")
            and (self.tokens[k].cap or self.lower[k] in ORG_WORDS)
        ):
            # "The Minister of Energy said", "The head of the agriculture ministry stressed":
            # a title with its object.
            return Subject("descriptor", self.tokens[m].start, self.tokens[k].end, words=words)
        if any(w in ORG_WORDS for w in words) or any(
            self.tokens[j].acronym for j in range(m, k + 1)
        ):
            if not self.tokens[k].cap and not self.tokens[k].acronym:
                return None
            return Subject("organization", self.tokens[m].start, self.tokens[k].end, words=words)
        return None

    def subject_after(self, i: int, ceiling: int) -> Subject | None:
        """The subject written after a verb: ``said Name, title``, ``said the spokesperson``."""
        if i >= ceiling:
            return None
        tok = self.tokens[i]
        if tok.lower in PRONOUNS and not tok.acronym:  # ("HE Eng. Name": His Excellency)
            return Subject("pronoun", tok.start, tok.end, words=(tok.lower,))
        if tok.lower in ("him", "her") and (i + 1 >= ceiling or self.gap(i + 1).strip()):
            # "According to him, ...": the object pronoun stands for the subject one.
            word = "he" if tok.lower == "him" else "she"
            return Subject("pronoun", tok.start, tok.end, words=(word,))
        # A name, possibly after its title phrase ("said European Commission President X").
        j = i
        while j < ceiling and j < i + 16:
            entry = self.person_tok[j]
            if entry is not None:
                person, _first, last = entry
                return Subject("person", self.tokens[i].start, self.tokens[last].end, person=person)
            if (
                j > i
                and self.gap(j).strip() not in ("", "(", ")")
                and not (
                    self.gap(j).strip() == "."
                    and (
                        self.tokens[j - 1].initial
                        or self.lower[j - 1] in _ABBREV_TITLES
                        or self.lower[j - 1] in HONORIFICS
                    )
                )
            ):
                break  # ("said H.E. Amb. Name": the full stops of abbreviations go on)
            if not (
                self.tokens[j].cap
                or self.lower[j] in _NP_GLUE
                or self.lower[j] in TITLE_WORDS
                or self.lower[j] in _DETERMINERS
                or self.lower[j].endswith(("\u2019s", "'s"))
            ):
                break
            j += 1
        # A title-only reference: "the spokesperson", "the Minister of Health".
        j = i
        if self.lower[j] in _DETERMINERS:
            j += 1
        last_title = -1
        while j < ceiling and j < i + 8 and (j == i or not self.gap(j).strip()):
            if self.lower[j] in TITLE_WORDS:
                last_title = j
            elif not (
                self.tokens[j].cap
                or self.lower[j] in _NP_GLUE
                or self.lower[j] in _DETERMINERS
                or (  # "the state minister": a modifier right before the office word
                    j + 1 < ceiling
                    and self.lower[j + 1] in TITLE_WORDS
                    and self.tokens[j].text.isalpha()
                    and not self.gap(j + 1).strip()
                )
            ):
                break
            j += 1
        if last_title >= 0:
            end = max(last_title, j - 1)
            return Subject(
                "descriptor",
                tok.start,
                self.tokens[end].end,
                words=tuple(self.lower[i : end + 1]),
            )
        a = i + 1 if self.lower[i] == "the" else i
        if a < ceiling and self.tokens[a].acronym and 2 <= len(self.tokens[a].text) <= 5:
            # "According to the CECM": an acronym that may spell someone's title.
            return Subject("organization", tok.start, self.tokens[a].end, words=(self.lower[a],))
        return None

    def sentence_tokens(self, start: int, end: int) -> tuple[int, int]:
        return self.token_at(start), self.token_at(end)


def _ly(tok: Token) -> bool:
    return not tok.cap and len(tok.lower) > 4 and tok.lower.endswith("ly")


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?"):
        end -= 1
    return end


def attribute(
    text: str, layout: Layout, tokens: list[Token], quotes: list[Quote], people: People
) -> list[Found]:
    """Every statement in the text, with its speaker resolved where the text allows."""
    doc = _Doc(text, layout, tokens, quotes, people)
    found: list[Found] = []
    consumed: set[int] = set()
    clause_subjects: dict[int, Subject] = {}
    for s_index, (s_start, s_end) in enumerate(layout.sentences):
        if layout.is_excluded(s_start) and layout.is_excluded(s_end - 1):
            continue
        if _inside_quote(doc, s_start):
            # A sentence that starts inside a quotation: only what follows the closing mark
            # ('... website," ASec. Name said, adding that ...') can report speech.
            q = doc.quotes[bisect.bisect_right(doc.quote_opens, s_start) - 1]
            if q.close_mark + 1 >= s_end:
                continue
            s_start = q.close_mark + 1
        a, b = doc.sentence_tokens(s_start, s_end)
        subject = _clause_subject(doc, a, b)
        if subject is not None:
            clause_subjects[s_index] = subject
        found.extend(_reported(doc, s_index, a, b, consumed, clause_subjects))
    found.extend(_direct(doc, consumed))
    labelled = _labelled_lines(doc)
    if labelled:
        # Words inside an answer are the answer's, not statements of their own.
        found = [f for f in found if not any(x.start <= f.start < x.end for x in labelled)]
        found.extend(labelled)
    _resolve(doc, found, clause_subjects)
    _lone_quote_speakers(doc, found)
    found.sort(key=lambda f: (f.start, f.end))
    return found


def _labelled_lines(doc: _Doc) -> list[Found]:
    """Interview answers: a line that opens with a person's name and a colon (``Westerveld:
    They asked us to ...``) is that person's direct speech, to the end of the line."""
    out: list[Found] = []
    text = doc.text
    i = 0
    n = len(doc.tokens)
    while i < n:
        entry = doc.person_tok[i]
        if entry is None or entry[1] != i:
            i += 1
            continue
        last = entry[2]
        start = doc.tokens[i].start
        line_start = start
        while line_start > 0 and text[line_start - 1] in " \t":
            line_start -= 1  # (a bounded look back: only the spaces before the name)
        after = doc.tokens[last].end
        if (
            (line_start == 0 or text[line_start - 1] == "\n")
            and text[after : after + 2] == ": "
            and not doc.in_quote[i]
            and not doc.layout.is_excluded(start)
        ):
            end = text.find("\n", after)
            end = len(text) if end < 0 else end
            a = after + 2
            b = a + len(text[a:end].rstrip())
            if b - a > 2 and len(text[a:b].split()) >= 3:
                out.append(
                    Found(
                        start=a,
                        end=b,
                        mode="direct",
                        cue=None,
                        cue_start=after,
                        cue_end=after + 1,
                        subject=Subject("person", start, after, person=entry[0]),
                        sentence=doc.layout.sentence_index(a),
                    )
                )
        i = last + 1
    return out


def _inside_quote(doc: _Doc, pos: int) -> bool:
    i = bisect.bisect_right(doc.quote_opens, pos) - 1
    return i >= 0 and doc.quotes[i].open_mark < pos < doc.quotes[i].close_mark


# -------------------------------------------------------------------- clause subjects


def _clause_subject(doc: _Doc, a: int, b: int) -> Subject | None:
    """The subject at the start of a sentence's main clause, if it names someone."""
    if a >= b:
        return None
    i = a
    if doc.lower[i] in _SEQUENCE_WORDS and i + 1 < b and not doc.gap(i + 1).strip():
        i += 1  # "Then the Ambassador of Finland took the floor."
    if doc.lower[i] in _INTRO_WORDS or (doc.tokens[i].lower.endswith("ing") and doc.tokens[i].cap):
        j = i + 1
        while j < b and j < i + 16 and "," not in doc.gap(j):
            j += 1
        for c in range(i + 1, min(j, b - 1)):
            entry = doc.person_tok[c + 1]
            if (
                doc.lower[c] in ("was", "were")
                and entry is not None
                and entry[1] == c + 1
                and (
                    entry[2] + 1 >= b
                    or (doc.gap(entry[2] + 1).strip() == "," and not doc.tokens[entry[2] + 1].cap)
                )
            ):
                # "Among the participants was Thandiwe Ncube, a teacher ...": the inverted
                # subject ("were A, B and C" names several).
                person, first, last = entry
                return Subject(
                    "person", doc.tokens[first].start, doc.tokens[last].end, person=person
                )
        if j >= b or j >= i + 16:
            return None
        i = j
    if doc.in_quote[i]:
        return None
    if doc.lower[i] == "they":
        return Subject("plural", doc.tokens[i].start, doc.tokens[i].end, words=("they",))
    if doc.lower[i] in PRONOUNS and not doc.tokens[i].acronym:
        return Subject("pronoun", doc.tokens[i].start, doc.tokens[i].end, words=(doc.lower[i],))
    plural = _plural_at(doc, i, b)
    if plural is not None:
        return plural
    for j in range(i, min(b, i + 25)):
        entry = doc.person_tok[j]
        if entry is not None:
            person, first, last = entry
            if last + 1 < b and doc.lower[last + 1] == "and":
                for m in range(last + 2, min(b, last + 16)):
                    other = doc.person_tok[m]
                    if other is not None:
                        # "X and Y met ...": the sentence is about both.
                        return Subject("plural", doc.tokens[first].start, doc.tokens[other[2]].end)
                    if not (
                        doc.tokens[m].cap or doc.lower[m] in TITLE_WORDS or doc.lower[m] in _NP_GLUE
                    ) or any(c in doc.gap(m) for c in ",;:"):
                        break
            return Subject("person", doc.tokens[first].start, doc.tokens[last].end, person=person)
        if j > i and any(c in doc.gap(j) for c in ";:()"):
            break
        if j > i and "," in doc.gap(j):
            # Only a name in apposition goes on: "The Minister of X, Baiba Braze, met ...".
            if doc.person_tok[j] is None:
                break
            continue
        if _looks_like_verb(doc, j, i):
            break
    # "The Minister also took ...", "The Secretary of State added ...".
    j = i
    if doc.lower[j] in _DETERMINERS:
        j += 1
    last_title = -1
    while j < b and j < i + 8:
        if doc.lower[j] in TITLE_WORDS:
            last_title = j
        elif not (doc.tokens[j].cap or doc.lower[j] in _NP_GLUE):
            break
        j += 1
    if last_title >= 0 and doc.lower[i] in _DETERMINERS:
        end = max(last_title, j - 1)
        return Subject(
            "descriptor",
            doc.tokens[i].start,
            doc.tokens[end].end,
            words=tuple(doc.lower[i : end + 1]),
        )
    return None


_COMMON_PAST = frozenset(
    [
        "met",
        "held",
        "took",
        "gave",
        "made",
        "paid",
        "led",
        "sent",
        "brought",
        "began",
        "spoke",
        "wrote",
        "told",
        "said",
        "went",
        "came",
        "saw",
        "chaired",
        "hosted",
        "received",
        "presented",
        "visited",
        "opened",
        "signed",
        "welcomed",
        "thanked",
        "attended",
        "joined",
        "launched",
        "unveiled",
        "inaugurated",
        "commissioned",
        "discussed",
        # irregular past forms that end a reported clause's subject: "said Estonia stood ..."
        "stood",
        "understood",
        "became",
        "grew",
        "rose",
        "fell",
        "knew",
        "found",
        "kept",
        "left",
        "lost",
        "won",
        "felt",
        "meant",
        "got",
        "built",
        "sought",
        "fought",
        "thought",
        "ran",
        "drew",
        "shown",
        "given",
        "taken",
    ]
)


def _looks_like_verb(doc: _Doc, j: int, i: int) -> bool:
    """Whether token ``j`` ends the subject noun phrase that starts at ``i`` (it is a verb).

    Without a part-of-speech tagger: a reporting verb, an auxiliary, a common past form, or
    a word in ``-ed``/``-s`` right after a capitalised or title word ("Ruto thanked",
    "Minister commissions"); "the renowned singer" goes on.
    """
    tok = doc.tokens[j]
    if tok.cap:
        return False
    low = tok.lower
    if low in CUES or low in _PASSIVE or low in AUXILIARIES or low in _COMMON_PAST:
        return True
    if j > i and (doc.tokens[j - 1].cap or doc.lower[j - 1] in TITLE_WORDS):
        return low.endswith(("ed", "es")) or (low.endswith("s") and not low.endswith("ss"))
    return False


# Offices written as acronyms after "the" ("the PS", "the CS", "the MCE").
_ACRONYM_OFFICES = frozenset(["ps", "cs", "mce", "pm", "sg", "dg"])


def _plural_at(doc: _Doc, i: int, b: int) -> Subject | None:
    """``The two ministers``, ``Both sides``, ``the sides``: a subject naming several people."""
    j = i
    while j < b and j < i + 3 and doc.lower[j] in ("the", "both", "all", "two", "three"):
        j += 1
    if j < b and j > i and doc.lower[j] in _PLURAL_HEADS:
        return Subject(
            "plural", doc.tokens[i].start, doc.tokens[j].end, words=tuple(doc.lower[i : j + 1])
        )
    if (
        i + 4 < b
        and doc.lower[i] == "the"
        and doc.lower[i + 1] in TITLE_WORDS
        and doc.lower[i + 2] == "and"
        and doc.lower[i + 3] == "the"
        and (doc.lower[i + 4] in TITLE_WORDS or doc.lower[i + 4] in _ACRONYM_OFFICES)
    ):
        # "The Governor and the PS later accompanied ...": two people.
        return Subject("plural", doc.tokens[i].start, doc.tokens[i + 4].end, words=("and",))
    return None


# -------------------------------------------------------------------- reported speech


def _reported(
    doc: _Doc,
    s_index: int,
    a: int,
    b: int,
    consumed: set[int],
    clause_subjects: dict[int, Subject],
) -> list[Found]:
    out: list[Found] = []
    text = doc.text
    s_end = doc.layout.sentences[s_index][1]
    i = a
    while i < b:
        if doc.in_quote[i]:
            i += 1
            continue
        if (
            doc.lower[i] == "in"
            and i + 3 < b
            and doc.lower[i + 1] in _POSSESSIVE_PRONOUNS
            and doc.lower[i + 2] == "words"
            and "," in doc.gap(i + 3)
            and (i == a or "," in doc.gap(i))
        ):
            item = _in_his_words(doc, s_index, i, b)
            if item is not None:
                out.append(item)
                consumed.update(q.open_mark for q in item.quotes)
                i = max(i + 1, doc.token_at(item.end))
                continue
        if doc.lower[i] == "according" and i + 1 < b and doc.lower[i + 1] == "to":
            item = _according(doc, s_index, a, b, i)
            if (
                item is not None
                and item.end <= doc.tokens[i].start
                and any(f.sentence == s_index for f in out)
            ):
                # "Soliman stressed that ..., according to the spokesperson": the clause has
                # its own speaker; the source relays it.
                item = None
            if item is not None:
                inner = [
                    q for q in _quotes_within(doc, item.start, item.end) if not _titled(doc, q)
                ]
                if inner:
                    # "According to X, small states win "through persistence"": one mixed
                    # statement, its quoted words included.
                    item.mode, item.quotes = "mixed", inner
                    consumed.update(q.open_mark for q in inner)
                out.append(item)
                # Go on after the source ("a report launched today": "report" is a noun).
                i = max(i + 1, doc.token_at(item.end), doc.token_at(item.attribution_end))
                continue
            i += 2
            continue
        cue = doc.cue_at(i)
        if cue is not None and _document_subject(doc, a, i):
            # 'The document provides that the ministries "shall hold ..."': its own words.
            consumed.update(q.open_mark for q in _quotes_within(doc, doc.tokens[i].end, s_end))
            i += 1
            continue
        if cue is None or _noun_use(doc, i, a, cue):
            i += 1
            continue
        n = len(cue.words)
        subject = _subject_for(doc, i, a, cue, out, clause_subjects.get(s_index))
        if subject is None or (
            _after_closing_mark(doc, min(subject.start, doc.tokens[i].start))
            and not _that_follows(doc, i + n)
            and (subject.end >= doc.tokens[i].start - 2 or subject.start > doc.tokens[i].start)
        ):
            # '"...," Vogel said of the cable': the attribution of a quotation.
            i += n
            continue
        cue_end = doc.tokens[i + n - 1].end
        rest = text[cue_end:s_end].lstrip()
        if rest[:1] != ":":
            # "told the gathering: ...": a short object between the verb and the colon.
            j = i + n
            while j < b and j < i + n + 4 and not doc.tokens[j].cap and doc.cue_at(j) is None:
                if doc.lower[j] == "that" or any(c in doc.gap(j) for c in ',;."\u201c\u201d'):
                    break
                after = text[doc.tokens[j].end : doc.tokens[j].end + 2]
                if after[:1] == ":":
                    cue_end = doc.tokens[j].end
                    rest = text[cue_end:s_end]
                    break
                j += 1
        if rest[:1] == ":":
            colon = text.index(":", cue_end)
            item = _colon_speech(doc, s_index, i, cue, cue_end, colon, subject)
            if item is not None:
                out.append(item)
                i = max(i + 1, doc.token_at(item.end))
                continue
            i += n
            continue
        start_tok = _complement_start(doc, i + n, b, cue)
        if start_tok is None:
            item = _said_after(doc, s_index, a, i, cue, cue_end, subject)
            if item is not None:
                out.append(item)
            i += n
            continue
        c_start = doc.tokens[start_tok].start
        c_end = _complement_end(doc, start_tok, b, s_end)
        if cue.gerund and "," in doc.gap(i) and subject.end == doc.tokens[i - 1].end:
            # "Minister X, noting that prices had fallen, called for calm": the participial
            # clause ends at the comma before the main verb.
            for k in range(start_tok + 1, min(b, start_tok + _MAX_CLAUSE_TOKENS)):
                if doc.tokens[k].start >= c_end:
                    break
                if "," in doc.gap(k) and not doc.in_quote[k] and doc.cue_at(k) is not None:
                    c_end = _trim_end(text, c_start, doc.tokens[k].start)
                    break
        if (
            i > a + 1
            and doc.lower[i - 1] == "who"
            and subject.kind == "person"
            and subject.start == doc.tokens[a].start
        ):
            # "Name, who pointed out that prices had fallen, spoke first": a relative clause
            # inside the sentence's subject ends at the comma before the main verb.
            for k in range(start_tok + 1, min(b, start_tok + _MAX_CLAUSE_TOKENS)):
                if doc.tokens[k].start >= c_end:
                    break
                if (
                    "," in doc.gap(k)
                    and not doc.in_quote[k]
                    and not doc.tokens[k].cap
                    and doc.lower[k] not in _CLAUSE_LINKS
                    and _main_verb(doc, k)
                ):
                    c_end = _trim_end(text, c_start, doc.tokens[k].start)
                    break
        if c_end <= c_start:
            i += n
            continue
        opening = _quote_at(doc, c_start)
        if opening is not None:
            if not (
                doc.lower[start_tok - 1] == "that"
                or any(c.isalnum() for c in text[opening.close_mark + 1 : c_end])
            ):
                i += n
                continue  # `X said "..."`: the quotation is attributed with its marks
            # `X said that "the door is open" to talks`: reported speech that opens with
            # quoted words is one mixed statement, marks included.
            c_start = opening.open_mark
        inner = [q for q in _quotes_within(doc, c_start, c_end) if not _titled(doc, q)]
        mode: StatementMode = "mixed" if inner else "reported"
        item = Found(
            start=c_start,
            end=c_end,
            mode=mode,
            **_cue_fields(text, doc.tokens[i].start, cue_end),
            subject=subject,
            sentence=s_index,
            kind=speech_act(cue),
            quotes=inner,
        )
        for q in inner:
            consumed.add(q.open_mark)
        out.append(item)
        # Go on after the clause: a verb inside it is part of what was said.
        i = max(start_tok, doc.token_at(c_end))
    return out


_DOCUMENTS = frozenset(
    [
        "memorandum",
        "assessment",
        "arrangement",
        "guidelines",
        "agreement",
        "document",
        "statement",
        "report",
        "declaration",
        "communiqué",
        "communique",
        "letter",
        "minutes",
        "plan",
        "note",
        "resolution",
        "law",
        "decree",
        "treaty",
        "protocol",
        "study",
        "survey",
        "strategy",
        "roadmap",
        "charter",
        "convention",
        "accord",
        "mou",
    ]
)


def _document_words(doc: _Doc, quote: Quote) -> bool:
    """``The arrangement also "encourages Members to ..."``: a document's own words, quoted
    after the document as the subject of their sentence."""
    s_start = doc.layout.sentences[doc.layout.sentence_index(quote.open_mark)][0]
    a = doc.token_at(s_start)
    i = doc.token_at(quote.open_mark)
    return a < i and _document_subject(doc, a, i)


def _document_subject(doc: _Doc, a: int, i: int) -> bool:
    """``A memorandum signed by the two chambers states that ...``: a document, not a
    person, is the subject of the reporting verb that follows it."""
    if i - a > 16 or doc.lower[a] not in ("a", "an", "the", "this", "that", "its", "their"):
        return False
    for k in range(a + 1, min(i, a + 4)):
        if doc.lower[k] in _DOCUMENTS:
            return all(doc.person_tok[m] is None for m in range(a, k))
        if doc.tokens[k].cap and doc.lower[k] not in _DOCUMENTS:
            continue
        if not (doc.lower[k].isalpha() or doc.lower[k].isdigit()):
            return False  # ("A 2024 joint assessment by ... states": a year may come first)
    return False


_NOUN_BEFORE = frozenset(
    ["his", "her", "their", "its", "the", "a", "an", "opening", "closing", "welcoming", "keynote"]
)
_NOUN_LEAD = frozenset(["a", "an", "the", "its", "their", "this", "new", "latest", "annual"])


def _noun_use(doc: _Doc, i: int, a: int, cue: Cue) -> bool:
    """``a new UNICEF report``, ``the UN statement``: an uninflected cue after a capitalised
    modifier that follows an article is a noun, not a verb with that word as subject."""
    if len(cue.words) != 1 or doc.lower[i] != cue.base or i - 2 < a:
        return False
    prev = doc.tokens[i - 1]
    if not prev.cap or doc.gap(i).strip() or doc.gap(i - 1).strip():
        return False
    return doc.lower[i - 2] in _NOUN_LEAD or (i - 3 >= a and doc.lower[i - 3] in ("a", "an"))


def _said_after(
    doc: _Doc, s_index: int, a: int, i: int, cue: Cue, cue_end: int, subject: Subject
) -> Found | None:
    """``The bridge will open in May, he said.``: reported speech before a comma, with the
    subject and the reporting verb closing the sentence."""
    text = doc.text
    s_end = doc.layout.sentences[s_index][1]
    if cue.gerund or not _closes_sentence(doc, cue_end, s_end):
        return None
    if cue.base == "report" and subject.kind == "organization":
        return None  # "..., the Ministry of Foreign Affairs reports": the story's source line
    comma = _title_start(doc, subject.start, a) - 2
    if comma <= doc.tokens[a].start or text[comma : comma + 2] != ", ":
        return None
    between = text[subject.end : doc.tokens[i].start].split()
    if between not in ([], ["has"], ["had"], ["have"]):
        return None  # only the subject (and "has") stands between the comma and the verb
    first = doc.tokens[a]
    named = [q for q in _quotes_within(doc, first.start, comma) if _names_a_thing(doc, q)]
    clause = text[first.start : comma]
    for q in named:
        lo, hi = q.open_mark - first.start, q.close_mark - first.start
        clause = clause[:lo] + " " + clause[lo + 1 : hi] + " " + clause[hi + 1 :]
    if any(c in clause for c in '"\u201c\u201d\u00ab\u00bb') or any(
        doc.in_quote[k] and not any(q.start <= doc.tokens[k].start < q.end for q in named)
        for k in range(a, i)
    ):
        return None  # a quotation is attributed with its marks
    last = doc.token_at(comma)
    if last - a < 3 or not _has_finite_verb(doc, a, last):
        return None  # "On Monday, he said." has no clause
    return Found(
        start=first.start,
        end=comma,
        mode="reported",
        **_cue_fields(text, doc.tokens[i].start, cue_end),
        subject=subject,
        sentence=s_index,
        kind=speech_act(cue),
    )


_CLOSING_TIME = frozenset(["on", "in", "at", "during", "today", "yesterday", "this", "last"])


def _closes_sentence(doc: _Doc, cue_end: int, s_end: int) -> bool:
    """Whether nothing but a short time or place phrase follows the verb to the sentence's
    end ("..., he said.", "..., Minister Name said on Tuesday.", "... has said in Hanoi.")."""
    rest = doc.text[cue_end:s_end].strip()
    if not rest.strip(".\u2026!?"):
        return True  # ("..., he said." and "..., he said...")
    words = rest.rstrip(".").split()
    if not words or len(words) > 5 or words[0].lower() not in _CLOSING_TIME:
        return False
    return not any(c in rest for c in ',;:"\u201c\u201d')


def _title_start(doc: _Doc, start: int, a: int) -> int:
    """Where the title before a name begins ("Deputy Minister of Trade Ana Lima"), or
    ``start`` when no title stands before it."""
    k = doc.token_at(start)
    m = k
    while (
        m > a
        and k - m < 12
        and doc.gap(m) == " "
        and (
            doc.tokens[m - 1].cap or doc.lower[m - 1] in _NP_GLUE or doc.lower[m - 1] in TITLE_WORDS
        )
    ):
        m -= 1
    if m == k or doc.lower[m] in _NP_GLUE:
        return start
    return doc.tokens[m].start


def _that_follows(doc: _Doc, j: int) -> bool:
    """Whether a ``that`` clause starts at token ``j`` (what was said, not an attribution)."""
    return j < len(doc.tokens) and doc.lower[j] == "that" and not doc.gap(j).strip()


def _after_closing_mark(doc: _Doc, pos: int) -> bool:
    """Whether only spaces, commas and dashes stand between a closing mark and ``pos``."""
    i = bisect.bisect_right(doc.quote_opens, pos) - 1
    if i < 0:
        return False
    between = doc.text[doc.quotes[i].close_mark + 1 : pos]
    if "." in between or doc.text[doc.quotes[i].close_mark - 1 : doc.quotes[i].close_mark] in (
        ".",
        "!",
        "?",
    ):
        return False  # '... support". Rexhepi called for ...', '"... home." Ratu Josaia ...
    return doc.quotes[i].close_mark < pos and not between.strip(" ,-\u2013\u2014")


def _quotes_within(doc: _Doc, start: int, end: int) -> list[Quote]:
    """The quotations whose marks lie inside ``[start - 1, end + 1]``."""
    i = bisect.bisect_left(doc.quote_opens, start - 1)
    out = []
    while i < len(doc.quotes) and doc.quotes[i].open_mark < end:
        if doc.quotes[i].close_mark <= end + 1:
            out.append(doc.quotes[i])
        i += 1
    return out


def _subject_for(
    doc: _Doc,
    i: int,
    a: int,
    cue: Cue,
    earlier: list[Found],
    clause: Subject | None,
) -> Subject | None:
    """The subject of the reporting verb at token ``i``, or ``None`` when it has none."""
    prev = i - 1
    if prev >= a and doc.lower[prev] in _PASSIVE:
        return None  # "it was reported that": no speaker
    if cue.gerund and prev - 2 >= a and doc.lower[prev] == "as" and doc.lower[prev - 1] == "quoted":
        # "Ng was quoted as saying that ...": the subject of "was quoted".
        k = prev - 1
        if doc.lower[k - 1] in _PASSIVE:
            k -= 1
        return doc.subject_before(k, a)
    if cue.gerund and prev >= a and doc.lower[prev] in ("by", "while", "when", "after"):
        return clause  # "opened the meeting by recalling that ...": the clause's subject
    if cue.gerund:
        # ", noting that ...": the subject of the main clause.
        if prev >= a and "," in doc.gap(i) and earlier:
            return earlier[-1].subject
        if prev >= a and "," in doc.gap(i):
            if clause is None and doc.cue_at(prev) is not None:
                # '"...," Mr. Name said, adding that ...': the subject of the verb before.
                return doc.subject_before(prev, a)
            named = doc.person_ending(prev) if clause is None else None
            if named is not None:
                first = doc.token_at(named.start)
                if first > a and doc.cue_at(first - 1, allow_cap=False) is not None:
                    return named  # '"...," said Ospanov, adding that ...': the inverted subject
            if clause is None:
                # '"...," said the Burkinabè Minister, adding that ...': a title-only subject.
                for c in range(prev - 1, max(a, prev - 6) - 1, -1):
                    if any(ch in doc.gap(c + 1) for ch in ",;:.!?"):
                        break
                    said = doc.cue_at(c)
                    if said is not None:
                        subject = doc.subject_after(c + len(said.words), i)
                        if subject is not None and subject.end == doc.tokens[prev].end:
                            return subject
                        break
            return clause
        return None
    if prev >= a and doc.lower[prev] == "to":
        return clause  # "went on to congratulate", "took the opportunity to express"
    if (
        earlier
        and earlier[-1].cue is not None
        and earlier[-1].cue.endswith("ing")
        and earlier[-1].end <= doc.tokens[i].start
        and doc.text[earlier[-1].end : doc.tokens[i].start].strip() == ","
    ):
        return earlier[-1].subject  # "X, noting that ..., called for calm"
    subject = doc.subject_before(i, a)
    if subject is not None:
        return subject
    k = prev
    while k >= a and (doc.lower[k] in ADVERBS or _ly(doc.tokens[k])):
        k -= 1
    if k >= a and doc.lower[k] in ("and", "but"):
        if (
            k - 2 >= a
            and doc.lower[k - 2] in _PASSIVE
            and not doc.tokens[k - 1].cap
            and "-" not in doc.lower[k - 1]
            and doc.lower[i].endswith("ed")
            and "," not in doc.gap(k)  # ("... is enrolled, and called on": a new predicate)
        ):
            return None  # "every gauge is read and reported": a passive, not a speaker
        if earlier and earlier[-1].subject is not None:
            return earlier[-1].subject
        return clause
    return None


def _quote_at(doc: _Doc, pos: int) -> Quote | None:
    """The quotation whose opening mark stands right before ``pos`` (spaces allowed)."""
    i = bisect.bisect_right(doc.quote_opens, pos) - 1
    if i < 0:
        return None
    quote = doc.quotes[i]
    if quote.start == pos or (
        not doc.text[quote.open_mark + 1 : pos].strip() and pos > quote.open_mark
    ):
        return quote
    return None


def _complement_start(doc: _Doc, j: int, b: int, cue: Cue) -> int | None:
    """The first token of what was said, after the cue words ending before token ``j``."""
    if j >= b:
        return None
    gap = doc.gap(j)
    if any(c in gap for c in ".;!?"):
        return None
    if "," in gap:
        # "He noted, however, that ...": a short parenthesis between the verb and its clause.
        k = j
        while k + 1 < b and k < j + 3 and "," not in doc.gap(k + 1):
            k += 1
        if k + 1 < b and k < j + 3 and "," in doc.gap(k + 1) and doc.lower[k + 1] == "that":
            return k + 2 if k + 2 < b else None
    if doc.lower[j] == "that":
        return j + 1 if j + 1 < b else None
    if doc.lower[j] in ("and", "but", "or"):
        return None  # "agreed and stressed that ...": the next verb has the clause
    if cue.base == "agree" and doc.lower[j] in ("to", "on", "upon"):
        return None  # "the sides agreed to meet again": a decision, not speech
    if cue.base == "offer" and doc.lower[j] != "to":
        return None  # "offered a dinner": a deed; "offered to host": an offer in words
    # "said on Tuesday (that) ...", "said today ...": a time before the clause.
    if doc.lower[j] == "on" and j + 1 < b and doc.lower[j + 1] in _DAY_WORDS:
        j += 2
    elif doc.lower[j] in ("today", "yesterday") and j + 1 < b:
        j += 1
    if j >= b or any(c in doc.gap(j) for c in ",;:"):
        return None
    if doc.lower[j] == "that":
        return j + 1 if j + 1 < b else None
    # "said in a statement that ...", "told reporters that ...".
    k = j
    while k < b and k < j + _MAX_COMPLEMENT_SKIP:
        if k > j and any(c in doc.gap(k) for c in ",;:()"):
            break
        if doc.in_quote[k] or (
            k > j and doc.cue_at(k) is not None and doc.lower[k - 1] not in _DETERMINERS
        ):
            break  # a verb of its own; "after the talks that ...": a noun
        if doc.lower[k] == "that" and k + 1 < b:
            if cue.complement != "that" and cue.base not in _NEEDS_THAT and k > j:
                break  # "called for debt clauses that are ...": a relative clause
            return k + 1
        if doc.lower[k] in _FINITE:
            break  # "said his city was ready to share that experience": the clause began
        k += 1
    if "," in gap:
        return None
    if cue.base in ("assure", "reassure") and any(
        doc.lower[k] == "of" for k in range(j + 1, min(b, j + 5))
    ):
        return j  # "assured the organisers of the Ministry's support"
    if cue.base in _NEEDS_THAT:
        return None  # "told a press briefing": the addressee, not what was said
    if cue.base in INTRO_CUES:
        # A bare "said"/"noted" introduces speech only with a clause after it.
        first = doc.lower[j]
        if first in _PREP_START or first in ADVERBS or b - j < 4:
            return None
        if (
            cue.base in _CLAUSE_ONLY
            and not _has_finite_verb(doc, j + 1, min(b, _past_apposition(doc, j, b)))
            and not (cue.base == "say" and _singular_subject_verb(doc, j, b))
        ):
            return None  # "He added a new wing to the museum": an object, not speech
        return j
    if cue.complement == "about" and doc.lower[j] not in ("about", "of", "on"):
        return None
    if cue.base in _CLAUSE_OR_DEED and not _has_finite_verb(doc, j + 1, min(b, j + 12)):
        return None
    if cue.base in ("call on", "appeal to", "direct", "instruct") and not any(
        doc.lower[k] == "to" for k in range(j + 1, min(b, j + _MAX_COMPLEMENT_SKIP))
    ):
        # "called on the Minister": a visit; "called on all sides to ...": an appeal;
        # "directed the ceremony": a deed; "directed the officials to ...": a directive.
        return None
    return j


def _past_apposition(doc: _Doc, j: int, b: int) -> int:
    """Where to stop looking for the verb of a clause that starts at token ``j``: a dozen
    words on, or past an apposition after a short subject ("said the delegation, the first
    from the Chilean Congress to visit East Africa, had come ...")."""
    end = j + 12
    opened = next((k for k in range(j + 1, min(b, j + 4)) if "," in doc.gap(k)), None)
    if opened is not None:
        closed = next(
            (k for k in range(opened + 1, min(b, opened + 16)) if "," in doc.gap(k)), None
        )
        if closed is not None:
            end = max(end, closed + 3)
    return end


def _singular_subject_verb(doc: _Doc, j: int, b: int) -> bool:
    """After "said": a determiner, one or two nouns and a verb in -s ("said the livestock
    sector supports ..."). Only after "said", where an object is rare ("added the finishing
    touches" is a deed)."""
    if doc.lower[j] not in ("the", "this", "its", "their", "our", "his", "her"):
        return False
    for k in range(j + 2, min(b, j + 4)):
        low = doc.lower[k]
        if doc.tokens[k].cap or doc.gap(k) != " " or low in _NOT_VERBS:
            return False
        if _in_s(low) and not low.endswith("'s"):
            return all(
                not doc.tokens[m].cap and doc.lower[m] not in _NOT_VERBS for m in range(j + 1, k)
            )
    return False


def _has_finite_verb(doc: _Doc, start: int, end: int) -> bool:
    """Whether an auxiliary, a modal, a past form or a present form after a plural subject
    stands in ``tokens[start:end]`` ("said farmers need seeds", "said they want a port")."""
    for k in range(start, end):
        low = doc.lower[k]
        if low in _FINITE or low in _COMMON_PAST or (low.endswith("ed") and len(low) > 4):
            return True
        if k > 0 and _present_after_subject(doc, k):
            return True
    return False


_PLURAL_SUBJECTS = frozenset(["they", "we", "women", "men", "people", "children", "youth"])
_NOT_VERBS = frozenset(
    [
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "by",
        "about",
        "into",
        "over",
        "under",
        "between",
        "through",
        "during",
        "across",
        "against",
        "among",
        "after",
        "before",
        "without",
        "and",
        "or",
        "but",
        "as",
        "than",
        "who",
        "which",
        "that",
        "the",
        "a",
        "an",
        "this",
        "these",
        "those",
        "their",
        "its",
        "our",
        "all",
        "both",
        "each",
        "every",
        "more",
        "most",
        "many",
        "such",
        "not",
    ]
)


def _present_after_subject(doc: _Doc, k: int) -> bool:
    """Whether ``tokens[k]`` reads as a present-tense verb: a lower-case word that is no
    function word, right after a plural pronoun or a plural noun ("farmers need")."""
    prev, low = doc.lower[k - 1], doc.lower[k]
    if doc.tokens[k].cap or doc.gap(k) != " ":
        return False
    if low in _NOT_VERBS or low in ADVERBS or low.endswith("ly") or not low.isalpha():
        return False
    if (
        k >= 2
        and doc.lower[k - 2] in ("the", "this", "its", "our", "their")
        and _in_s(low)
        and prev in ORG_WORDS
    ):
        return True  # "said the Government intends to ...": a body's verb
    if doc.tokens[k - 1].cap:
        # "said Malaysia imports most of its fruit": a country's verb
        return low.endswith("s") and not low.endswith("ss") and _is_country(doc.tokens[k - 1].text)
    return prev in _PLURAL_SUBJECTS or _in_s(prev)


def _in_s(word: str) -> bool:
    """A word in -s that may be a plural noun or a verb's third person ("farmers", "supports";
    not "press", "bus", "basis")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _complement_end(doc: _Doc, start_tok: int, b: int, s_end: int) -> int:
    """Where the reported clause ends: the sentence end, or a coordinated reporting verb."""
    text = doc.text
    k = start_tok + 1
    while k < b and k < start_tok + _MAX_CLAUSE_TOKENS:
        low = doc.lower[k]
        if low in ("and", "but") and not doc.in_quote[k]:
            m = k + 1
            while m < b and (doc.lower[m] in ADVERBS or _ly(doc.tokens[m])):
                m += 1
            cue = doc.cue_at(m) if m < b else None
            if cue is not None and not doc.in_quote[m] and doc.lower[m] != cue.base:
                # "... and noted that", "..., but noted that": a second reporting verb (a bare
                # "and extend the model" belongs to what was suggested)
                return _trim_end(text, doc.tokens[start_tok].start, doc.tokens[k].start)
            if (
                m < b
                and "," in doc.gap(k)
                and not doc.tokens[m].cap
                and doc.lower[m].endswith("ed")
                and not doc.in_quote[m]
            ):
                # "..., and directed the Office to finish the roads": the subject's next deed.
                return _trim_end(text, doc.tokens[start_tok].start, doc.tokens[k].start)
        if "," in doc.gap(k) and not doc.in_quote[k]:
            cue = doc.cue_at(k)
            if cue is not None and cue.gerund:
                return _trim_end(text, doc.tokens[start_tok].start, doc.tokens[k].start)
        if low == "according" and k + 1 < b and doc.lower[k + 1] == "to" and "," in doc.gap(k):
            return _trim_end(text, doc.tokens[start_tok].start, doc.tokens[k].start)
        if (
            low in ("while", "whereas")
            and "," in doc.gap(k)
            and not doc.in_quote[k]
            and any(doc.cue_at(m) is not None for m in range(k + 1, min(b, k + 8)))
        ):
            # "..., while the State Secretary reaffirmed ...": another speaker's clause.
            return _trim_end(text, doc.tokens[start_tok].start, doc.tokens[k].start)
        if ";" in doc.gap(k) and not doc.in_quote[k]:
            # "...; he then expressed the hope that ...": a new clause with its own verb.
            m = k + 1 if low in PRONOUNS or doc.person_tok[k] is not None else k
            while m < b and m < k + 4 and (doc.lower[m] in ADVERBS or _ly(doc.tokens[m])):
                m += 1
            if m > k and m < b and doc.cue_at(m) is not None:
                return _trim_end(text, doc.tokens[start_tok].start, doc.tokens[k].start)
        k += 1
    end = s_end
    while end > doc.tokens[start_tok].start and (
        text[end - 1].isspace() or text[end - 1] in ".!?;:,"
    ):
        end -= 1
    return end


def _according(doc: _Doc, s_index: int, a: int, b: int, i: int) -> Found | None:
    """``According to X, <clause>`` or ``<clause>, according to X``."""
    text = doc.text
    s_start, s_end = doc.layout.sentences[s_index]
    subject = doc.subject_after(i + 2, b) if i + 2 < b else None
    if subject is None:
        return None
    cue_start, cue_end = doc.tokens[i].start, doc.tokens[i + 1].end
    rest = text[subject.end : s_end]
    comma = text.find(",", subject.end, s_end)
    if comma >= 0 and len(text[comma + 1 : s_end].split()) >= 2 and (i == a or "," in doc.gap(i)):
        # [Moreover,] According to X, <clause>.
        if text[subject.end : comma].count(" ") > 12:
            return None
        start = comma + 1
        while start < s_end and text[start].isspace():
            start += 1
        end = _trim_end(text, start, s_end)
    elif (
        "," in doc.gap(i)
        and not any(c in rest for c in ",;:")
        and len(rest.split()) <= 8
        and not _after_closing_mark(doc, doc.tokens[i].start)
    ):
        # <clause>, according to X [released today]. (After a quotation, the quotation is
        # the statement.)
        start = s_start
        end = _trim_end(text, s_start, doc.tokens[i].start)
    else:
        return None
    if end <= start:
        return None
    return Found(
        start=start,
        end=end,
        mode="reported",
        **_cue_fields(text, cue_start, cue_end),
        subject=subject,
        sentence=s_index,
    )


def _in_his_words(doc: _Doc, s_index: int, i: int, b: int) -> Found | None:
    """``In his words, <clause>``: the clause, said by whoever "his" is."""
    text = doc.text
    s_end = doc.layout.sentences[s_index][1]
    start = doc.tokens[i + 3].start
    end = _trim_end(text, start, s_end)
    if end <= start:
        return None
    pronoun = _POSSESSIVE_PRONOUNS[doc.lower[i + 1]]
    his = doc.tokens[i + 1]
    inner = [q for q in _quotes_within(doc, start, end) if not _titled(doc, q)]
    return Found(
        start=start,
        end=end,
        mode="mixed" if inner else "reported",
        **_cue_fields(text, doc.tokens[i].start, doc.tokens[i + 2].end),
        subject=Subject(
            "plural" if pronoun == "they" else "pronoun", his.start, his.end, words=(pronoun,)
        ),
        sentence=s_index,
        quotes=inner,
    )


def _colon_speech(
    doc: _Doc,
    s_index: int,
    i: int,
    cue: Cue,
    cue_end: int,
    colon: int,
    subject: Subject,
) -> Found | None:
    """``X said: We will ...`` — speech after a colon without quotation marks."""
    text = doc.text
    p_index = doc.layout.paragraph_index(colon)
    if p_index >= len(doc.layout.paragraphs):
        return None
    p_end = doc.layout.paragraphs[p_index][1]
    start = colon + 1
    while start < p_end and text[start].isspace():
        start += 1
    if start >= p_end:
        return None
    if _quote_at(doc, start + 1) is not None or text[start] in '"“”«»„':
        return None
    end = p_end
    while end > start and text[end - 1].isspace():
        end -= 1
    return Found(
        start=start,
        end=end,
        mode="direct",
        **_cue_fields(text, doc.tokens[i].start, cue_end),
        subject=subject,
        sentence=s_index,
        kind=speech_act(cue),
    )


# -------------------------------------------------------------------- quotations


def _words_in(doc: _Doc, quote: Quote) -> int:
    return len(doc.text[quote.start : quote.end].split())


def _quote_as_name(doc: _Doc, quote: Quote) -> bool:
    """``under the "Blue Corridor" initiative``: a short quotation between a determiner and
    the lower-case noun it names is the name of a programme or a project, not speech."""
    if _words_in(doc, quote) > 6:
        return False
    text = doc.text
    before = text[max(0, quote.open_mark - 20) : quote.open_mark]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words or not (
        words[-1].lower() in _DETERMINERS
        or (
            len(words) >= 2
            and words[-2].lower() in _DETERMINERS
            and words[-1].isalpha()
            and words[-1].islower()
        )
    ):
        return False  # ("the regional "Green Lanes" initiative": an adjective may come between)
    after = text[quote.close_mark + 1 : quote.close_mark + 3]
    return len(after) == 2 and after[0] == " " and after[1].isalpha() and after[1].islower()


def _direct(doc: _Doc, consumed: set[int]) -> list[Found]:
    out: list[Found] = []
    previous: Found | None = None
    previous_quote: Quote | None = None
    layout = doc.layout
    for quote in doc.quotes:
        if (
            quote.open_mark in consumed
            or layout.is_excluded(quote.open_mark)
            or _quote_as_name(doc, quote)
            or _document_words(doc, quote)
        ):
            previous = None
            continue
        item = _after(doc, quote) or _before(doc, quote, previous_quote)
        if (
            item is not None
            and previous is not None
            and item.cue is not None
            and item.cue_start == previous.cue_start
        ):
            # `"We are ready," she said, "and we will act."`: one attribution, two chunks.
            item.continuation = True
            item.parent = previous
        if item is None and previous is not None and previous_quote is not None:
            prev_para = layout.paragraph_index(previous_quote.close_mark)
            this_para = layout.paragraph_index(quote.open_mark)
            same_para = prev_para == this_para
            if (same_para and _short_gap(doc, previous_quote, quote)) or (
                this_para == prev_para + 1 and _quote_paragraph_after(doc, previous_quote, quote)
            ):
                item = Found(
                    start=quote.start,
                    end=quote.end,
                    mode="direct",
                    cue=previous.cue,
                    cue_start=previous.cue_start,
                    cue_end=previous.cue_end,
                    subject=None,
                    sentence=previous.sentence,
                    kind=previous.kind,
                    continuation=True,
                    parent=previous,
                )
        if item is None:
            if (
                (_words_in(doc, quote) >= 8 or (_words_in(doc, quote) >= 4 and _alone(doc, quote)))
                and not _titled(doc, quote)
                and _has_clause_marks(doc, quote)
            ):
                item = Found(
                    start=quote.start,
                    end=quote.end,
                    mode="direct",
                    cue=None,
                    cue_start=quote.start,
                    cue_end=quote.start,
                    subject=None,
                    sentence=layout.sentence_index(quote.open_mark),
                )
            else:
                continue
        out.append(item)
        previous = item if item.cue is not None or item.continuation else None
        previous_quote = quote
    return out


def _quote_paragraph_after(doc: _Doc, first: Quote, second: Quote) -> bool:
    """A paragraph that is nothing but a quotation, right after a paragraph that ends with
    an attributed quotation: the press convention for the same speaker going on."""
    layout = doc.layout
    p = layout.paragraph_index(second.open_mark)
    if p >= len(layout.paragraphs):
        return False
    start, end = layout.paragraphs[p]
    text = doc.text
    if text[start : second.open_mark].strip() or len(text[second.close_mark + 1 : end].strip()) > 1:
        return False
    prev_end = layout.paragraphs[p - 1][1]
    tail = text[first.close_mark + 1 : prev_end]
    return len(tail) <= 200 and "\u201c" not in tail and '"' not in tail


def _alone(doc: _Doc, quote: Quote) -> bool:
    """Whether a quotation is a paragraph by itself (its first and last paragraphs hold
    nothing else but a final stop)."""
    layout = doc.layout
    p = layout.paragraph_index(quote.open_mark)
    q = layout.paragraph_index(quote.close_mark)
    if q >= len(layout.paragraphs):
        return False
    text = doc.text
    before = text[layout.paragraphs[p][0] : quote.open_mark]
    after = text[quote.close_mark + 1 : layout.paragraphs[q][1]]
    return not before.strip() and len(after.strip()) <= 1


def _lone_quote_speakers(doc: _Doc, found: list[Found]) -> None:
    """A paragraph that is nothing but a quotation, with no attribution, goes on from the
    paragraph before it: it is the words of the one person who spoke there, or, where no one
    spoke, of the one person that paragraph names ("The Minister then took the floor.")."""
    layout = doc.layout
    by_paragraph: dict[int, list[Found]] = {}
    for item in sorted(found, key=lambda f: f.start):
        p = layout.paragraph_index(item.start)
        if (
            item.cue is None
            and item.subject is None
            and not item.continuation
            and item.speaker is None
            and item.organization is None
            and p > 0
            and not layout.is_excluded(layout.paragraphs[p - 1][0])
        ):
            quote = _quote_at(doc, item.start)
            if quote is not None and _alone(doc, quote):
                item.speaker = _one_speaker_of(doc, p - 1, by_paragraph.get(p - 1, []))
        by_paragraph.setdefault(p, []).append(item)


def _one_speaker_of(doc: _Doc, p: int, said: list[Found]) -> int | None:
    """The one person who spoke in paragraph ``p`` or, if nobody spoke there, the one person
    it names outside quotations; ``None`` when there are two."""
    if said:
        if any(item.speaker is None for item in said):
            return None
        speakers = {doc.people.resolve(item.speaker) for item in said if item.speaker is not None}
        return speakers.pop() if len(speakers) == 1 else None
    start, end = doc.layout.paragraphs[p]
    people = doc.people
    named: set[int] = set()
    layout = doc.layout
    for sentence in range(layout.sentence_index(start), len(layout.sentences)):
        if layout.sentences[sentence][0] >= end:
            break
        if sentence in doc.clause_speaker:
            who = doc.clause_speaker[sentence]
            if who is None:
                return None  # "Then the Ambassador took the floor" with two ambassadors
            named.add(people.resolve(who))
    i = bisect.bisect_left(people.mention_starts, start)
    while i < len(people.mention_index) and people.mention_index[i][0] < end:
        pos, index = people.mention_index[i]
        tok = doc.token_at(pos)
        if not (tok < len(doc.tokens) and doc.in_quote[tok]):
            named.add(people.resolve(index))
        i += 1
    return named.pop() if len(named) == 1 else None


def _names_a_thing(doc: _Doc, quote: Quote) -> bool:
    """A quotation that names a programme, a title or a slogan rather than quoting speech:
    ``the "Billion Trees" movement``, ``the video "Kieli Meken"``, a short phrase without
    clause punctuation."""
    return (
        _quote_as_name(doc, quote)
        or _titled(doc, quote)
        or (not _has_clause_marks(doc, quote) and _words_in(doc, quote) <= 4)
    )


def _has_clause_marks(doc: _Doc, quote: Quote) -> bool:
    inner = doc.text[quote.start : quote.end]
    return any(c in inner for c in ".!?,;") or _words_in(doc, quote) >= 12


def _titled(doc: _Doc, quote: Quote) -> bool:
    """A quoted title: ``the video "Kieli Meken"``, ``a project called "..."``."""
    i = doc.token_at(quote.open_mark) - 1
    return i >= 0 and doc.lower[i] in _TITLE_NOUNS


def _short_gap(doc: _Doc, first: Quote, second: Quote) -> bool:
    between = doc.text[first.close_mark + 1 : second.open_mark]
    return len(between) <= 300


def _after(doc: _Doc, quote: Quote) -> Found | None:
    """An attribution after the closing mark."""
    text = doc.text
    p = quote.close_mark + 1
    limit = min(len(text), p + 400)
    punct = 0
    dash = False
    while p < limit and ((text[p].isspace() and text[p] != "\n") or text[p] in ",.-\u2013—"):
        if text[p] in ",.":
            punct += 1
        if text[p] in "-\u2013—":
            dash = True
        p += 1
    if p < len(text) and text[p] == "\n" and not punct and not dash:
        return _closing_line(doc, quote, p)
    if punct > 2 or p >= len(text) or text[p] == "\n":
        return None
    i = doc.token_at(p)
    if i >= len(doc.tokens) or doc.tokens[i].start != p:
        return None
    s_index = doc.layout.sentence_index(p)
    p_index = doc.layout.paragraph_index(p)
    p_end = doc.layout.paragraphs[p_index][1] if p_index < len(doc.layout.paragraphs) else len(text)
    ceiling = doc.token_at(p_end)
    next_open = bisect.bisect_right(doc.quote_opens, quote.close_mark)
    if next_open < len(doc.quotes):
        ceiling = min(ceiling, doc.token_at(doc.quotes[next_open].open_mark))
    # `"...," according to X.`
    according = _according_quote(doc, quote, i, ceiling, s_index)
    if according is not None:
        return according
    # Inverted: `"...," said X` / `"...," added the Minister`.
    cue = doc.cue_at(i, allow_cap=True)
    if cue is not None:
        n = len(cue.words)
        subject = doc.subject_after(i + n, ceiling)
        if subject is not None:
            cue_end = doc.tokens[i + n - 1].end
            return _quote_found(doc, quote, cue, doc.tokens[i].start, cue_end, subject, s_index)
        return None
    # Subject first: `"..." - K. Torebayev noted`, `"...," she said`.
    j = i
    while j < ceiling and j < i + 14:
        if (
            j > i
            and any(c in doc.gap(j) for c in ".;:!?\n")
            and not (
                doc.tokens[j - 1].initial
                or doc.lower[j - 1] in _ABBREV_TITLES
                or doc.lower[j - 1] in HONORIFICS
            )
        ):
            break
        cue = doc.cue_at(j)
        if cue is not None:
            subject = doc.subject_before(j, i)
            if subject is None or subject.start < p:
                return None
            n = len(cue.words)
            if _that_follows(doc, j + n) or (
                cue.base in _NEEDS_THAT and _that_before_comma(doc, j + n, j + n + 5)
            ):
                # '"We are ready." She added that ...', '"..." Name informed the President
                # that ...': a new statement, not this quotation's attribution
                return None
            if doc.text[doc.tokens[j + n - 1].end :].lstrip()[:1] == ":":
                return None  # '"..." Dr. Name said: "..."': the next quotation's attribution
            if (
                doc.text[quote.end - 1 : quote.end] in (".", "!", "?")
                and _complement_start(doc, j + n, ceiling, cue) is not None
            ):
                # '"The meals help." Name said the talks were useful.': the quotation ended
                # its sentence, and the verb has words of its own.
                return None
            cue_end = doc.tokens[j + n - 1].end
            return _quote_found(doc, quote, cue, doc.tokens[j].start, cue_end, subject, s_index)
        j += 1
    if dash:
        # `"..." — Commissioner X`: a dash and a name, no verb.
        subject = doc.subject_after(i, ceiling)
        if subject is not None and subject.kind in ("person", "descriptor"):
            return Found(
                start=quote.start,
                end=quote.end,
                mode="direct",
                cue=None,
                cue_start=subject.start,
                cue_end=subject.start,
                subject=subject,
                sentence=s_index,
            )
    return None


def _that_before_comma(doc: _Doc, start: int, end: int) -> bool:
    """Whether "that" comes in ``tokens[start:end]`` before any comma: "informed the President
    that" has its own complement; in "told the guests, adding that" the "that" is the
    participle's."""
    for m in range(start, min(len(doc.tokens), end)):
        if m > start and "," in doc.gap(m):
            return False
        if doc.lower[m] == "that":
            return True
    return False


def _according_quote(doc: _Doc, quote: Quote, k: int, ceiling: int, s_index: int) -> Found | None:
    """A quotation attributed by ``according to X`` at token ``k`` (after it or before it)."""
    if doc.lower[k] != "according" or k + 1 >= ceiling or doc.lower[k + 1] != "to":
        return None
    subject = doc.subject_after(k + 2, ceiling)
    if subject is None:
        return None
    return Found(
        start=quote.start,
        end=quote.end,
        mode="direct",
        **_cue_fields(doc.text, doc.tokens[k].start, doc.tokens[k + 1].end),
        subject=subject,
        sentence=s_index,
    )


def _closing_line(doc: _Doc, quote: Quote, p: int) -> Found | None:
    """A quotation that ends its paragraph, then a line of its own that opens with a dash
    and names the speaker, with no verb: ``- The Honourable Ana Ruiz, Minister of Trade``
    (any dash)."""
    text = doc.text
    limit = min(len(text), p + 12)
    breaks = 0
    while p < limit and text[p].isspace():
        breaks += text[p] == "\n"
        p += 1
    if breaks > 2 or p >= limit or text[p] not in "-\u2013\u2014" or text[p : p + 2] == "--":
        return None
    p += 1
    if p >= len(text) or text[p] not in " \u00a0":
        return None
    i = doc.token_at(p)
    if i >= len(doc.tokens) or doc.in_quote[i]:
        return None
    p_index = doc.layout.paragraph_index(doc.tokens[i].start)
    if p_index >= len(doc.layout.paragraphs):
        return None
    line_end = doc.layout.paragraphs[p_index][1]
    ceiling = doc.token_at(line_end)
    if ceiling - i > 30:
        return None
    for j in range(i, ceiling):
        if doc.cue_at(j) is not None:
            return None
        if (
            j > i
            and any(c in doc.gap(j) for c in '.;:!?"\u201c\u201d')
            and not (doc.tokens[j - 1].initial or doc.lower[j - 1] in _ABBREV_TITLES)
        ):
            return None
    subject = doc.subject_after(i, ceiling)
    if subject is None or subject.kind != "person":
        return None
    return Found(
        start=quote.start,
        end=quote.end,
        mode="direct",
        cue=None,
        cue_start=subject.start,
        cue_end=subject.start,
        subject=subject,
        sentence=doc.layout.sentence_index(subject.start),
    )


def _quote_found(
    doc: _Doc,
    quote: Quote,
    cue: Cue,
    cue_start: int,
    cue_end: int,
    subject: Subject,
    s_index: int,
) -> Found:
    return Found(
        start=quote.start,
        end=quote.end,
        mode="direct",
        cue=doc.text[cue_start:cue_end],
        cue_start=cue_start,
        cue_end=cue_end,
        subject=subject,
        sentence=s_index,
        kind=speech_act(cue),
    )


def _before(doc: _Doc, quote: Quote, previous_quote: Quote | None) -> Found | None:
    """An attribution before the opening mark: ``X said: "..."``, ``Added the Minister: "``."""
    text = doc.text
    layout = doc.layout
    p_index = layout.paragraph_index(quote.open_mark)
    if p_index >= len(layout.paragraphs):
        return None
    floor = layout.paragraphs[p_index][0]
    end = quote.open_mark
    if not text[floor:end].strip() and p_index > 0:
        # The quotation opens a paragraph: `X said:` may end the paragraph before.
        prev_start, prev_end = layout.paragraphs[p_index - 1]
        if text[prev_end - 1] != ":":
            return None
        floor, end = prev_start, prev_end
    if previous_quote is not None and previous_quote.close_mark >= floor:
        floor = previous_quote.close_mark + 1
    head = text[floor:end].rstrip()
    if not head:
        return None
    last = head[-1]
    if last not in ":,—\u2013-" and not head[-1].isalpha():
        return None
    clause_start = max(floor, _last_boundary(text, floor, floor + len(head) - 1))
    a = doc.token_at(clause_start)
    b = doc.token_at(floor + len(head))
    if a >= b:
        return None
    s_index = layout.sentence_index(doc.tokens[b - 1].start)
    according = _according_quote(doc, quote, a, b, s_index)
    if according is not None:
        return according
    for j in range(b - 1, max(a, b - 10) - 1, -1):
        cue = doc.cue_at(j, allow_cap=j == a)
        if cue is None:
            continue
        if j > a and doc.lower[j - 1] in _NOUN_BEFORE:
            continue  # "said in his remarks:": "remarks" is a noun
        n = len(cue.words)
        cue_end = doc.tokens[min(j + n, b) - 1].end
        tail = text[cue_end : floor + len(head)]
        if "that" in tail.split():
            return None  # `said that "..."`: a quotation inside reported speech
        subject = doc.subject_after(j + n, b) if j == a else doc.subject_before(j, a)
        if subject is None and j == a:
            return None
        if subject is None:
            clause = None
            if cue.gerund:
                # 'He urged donors to give early, adding: "..."': the sentence's subject.
                ss, se = layout.sentences[s_index]
                clause = _clause_subject(doc, *doc.sentence_tokens(ss, se))
            subject = _subject_for(doc, j, a, cue, [], clause)
            if subject is None:
                return None
        return _quote_found(doc, quote, cue, doc.tokens[j].start, cue_end, subject, s_index)
    if last == ":":
        # 'Dr Oyelaran: "..."' and 'As Tsiklauri put it, "..."'.
        return _label_or_put_it(doc, quote, a, b, s_index)
    if last == "," and doc.lower[a] == "as" and b - a <= 8:
        return _label_or_put_it(doc, quote, a, b, s_index)
    return None


def _label_or_put_it(doc: _Doc, quote: Quote, a: int, b: int, s_index: int) -> Found | None:
    """A speaker's name alone before a colon, or ``As <name> put it,`` before a quotation."""
    if doc.lower[a] == "as" and b - a >= 3 and doc.lower[b - 2 : b] == ["put", "it"]:
        subject = doc.subject_before(b - 2, a + 1)
        if subject is None:
            return None
        return Found(
            start=quote.start,
            end=quote.end,
            mode="direct",
            cue=doc.text[doc.tokens[a].start : doc.tokens[b - 1].end],
            cue_start=doc.tokens[a].start,
            cue_end=doc.tokens[b - 1].end,
            subject=subject,
            sentence=s_index,
        )
    entry = doc.person_tok[b - 1]
    if entry is None or entry[1] != a or entry[2] != b - 1:
        return None
    person, first, last = entry
    return Found(
        start=quote.start,
        end=quote.end,
        mode="direct",
        cue=None,
        cue_start=doc.tokens[first].start,
        cue_end=doc.tokens[first].start,
        subject=Subject("person", doc.tokens[first].start, doc.tokens[last].end, person=person),
        sentence=s_index,
    )


def _last_boundary(text: str, floor: int, pos: int) -> int:
    """The offset after the last sentence end before ``pos`` (bounded look-back)."""
    lower = max(floor, pos - 400)
    k = pos - 1
    while k > lower:
        if text[k] in ".!?" and (
            k + 1 < len(text) and (text[k + 1].isspace() or text[k + 1].isupper())
        ):
            before = text[k - 1] if k > 0 else " "
            if not (before.isupper() and (k < 2 or not text[k - 2].isalpha())):
                return k + 1
        k -= 1
    return lower


# -------------------------------------------------------------------- resolution


# Words after "her" that make it an object ("thanked her for"), not a possessive.
_AFTER_OBJECT_HER = frozenset(
    ["for", "to", "with", "and", "or", "at", "on", "in", "as", "that", "from", "by", "of"]
)


def _possessive_genders(doc: _Doc) -> None:
    """Give a gender to the one person a sentence names when the sentence says "his" or "her"
    (outside quotations, after the name) and not both: "Minister Ana Lima, in her remarks"."""
    layout = doc.layout
    named: dict[int, set[int]] = {}
    first_named: dict[int, int] = {}
    for pos, index in doc.people.mention_index:
        sentence = layout.sentence_index(pos)
        named.setdefault(sentence, set()).add(doc.people.resolve(index))
        first_named.setdefault(sentence, pos)
    shown: dict[int, set[str]] = {}
    n = len(doc.tokens)
    for i, low in enumerate(doc.lower):
        if low not in ("his", "her") or doc.in_quote[i] or i + 1 >= n:
            continue
        if doc.lower[i + 1] in _AFTER_OBJECT_HER or doc.gap(i + 1) != " ":
            continue
        sentence = layout.sentence_index(doc.tokens[i].start)
        if doc.tokens[i].start < first_named.get(sentence, len(doc.text)):
            # "Her letters were received by Minister X": the word points back, not at X.
            shown.setdefault(sentence, set()).add("?")
            continue
        first = doc.token_at(first_named[sentence])
        if any(
            doc.lower[j] == "him" or (doc.lower[j] == "the" and doc.lower[j + 1] in TITLE_WORDS)
            for j in range(max(first, i - 30), i)
        ):
            # "Hon. Name congratulated the Ambassador-Designate on his appointment": someone
            # the sentence does not name may be meant.
            shown.setdefault(sentence, set()).add("?")
            continue
        gender = "male" if low == "his" else "female"
        shown.setdefault(sentence, set()).add(gender)
    for sentence, genders in shown.items():
        who = named.get(sentence, set())
        if len(who) == 1 and len(genders) == 1 and "?" not in genders:
            lone = doc.people.people[next(iter(who))]
            if lone.gender is None:
                lone.gender = next(iter(genders))


def _resolve(doc: _Doc, found: list[Found], clause_subjects: dict[int, Subject]) -> None:
    """Give every statement its speaker, in text order, through the salience record."""
    people = doc.people
    _possessive_genders(doc)
    salience = Salience(people)
    events: list[tuple[int, int, object]] = []
    for s_index, subject in clause_subjects.items():
        events.append((subject.start, 0, (s_index, subject)))
    for item in found:
        pos = item.subject.start if item.subject is not None else item.start
        if item.continuation:
            pos = item.start
        events.append((pos, 1, item))
    # Everyone named outside quotations is a candidate antecedent for a later pronoun.
    for pos, named in people.mention_index:
        events.append((pos, 2, named))
    events.sort(key=lambda e: (e[0], e[1]))
    resolved_clause: dict[int, int | None] = {}
    for pos, kind, payload in events:
        if kind == 2:
            assert isinstance(payload, int)
            s_named = doc.layout.sentence_index(pos)
            salience.note(s_named, pos, payload, subject=False)
            if _after_preposition(doc, pos):
                salience.note_oblique(s_named, payload)
            continue
        if kind == 0:
            assert isinstance(payload, tuple)
            s_index, subject = payload
            if subject.kind == "plural":
                salience.plural(s_index, pos)
                continue
            who = _who(doc, salience, subject, pos)
            resolved_clause[s_index] = who
            doc.clause_speaker[s_index] = who
            if who is not None:
                salience.note(s_index, pos, who)
            continue
        assert isinstance(payload, Found)
        item = payload
        if item.continuation and item.parent is not None:
            item.speaker = item.parent.speaker
            item.organization = item.parent.organization
            continue
        said_by = item.subject
        if said_by is None:
            continue
        clause = clause_subjects.get(item.sentence)
        if (
            clause is not None
            and clause.start == said_by.start
            and clause.end == said_by.end
            and item.sentence in resolved_clause
        ):
            item.speaker = resolved_clause[item.sentence]
        elif said_by.kind == "organization":
            titled, holder = _acronym_holder(doc, salience, said_by, pos)
            if titled:
                item.speaker = holder  # "EAM underscored": the External Affairs Minister
            else:
                item.organization = doc.text[said_by.start : said_by.end]
        elif said_by.kind == "plural":
            salience.plural(item.sentence, pos)
        else:
            item.speaker = _who(doc, salience, said_by, pos)
        if item.speaker is not None:
            salience.note(item.sentence, pos, item.speaker)


# Words that go on a clause after a comma rather than start the main verb's predicate.
_CLAUSE_LINKS = frozenset(
    [
        "and",
        "but",
        "or",
        "nor",
        "which",
        "who",
        "whom",
        "whose",
        "that",
        "as",
        "while",
        "when",
        "whereas",
        "if",
        "because",
        "since",
        "including",
        "such",
        "where",
        "although",
        "though",
        "so",
        "especially",
        "particularly",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "to",
        "of",
        "after",
        "before",
        "during",
        "among",
        "between",
        "despite",
    ]
)
_IRREGULAR_PAST = frozenset(
    [
        "spoke",
        "gave",
        "took",
        "met",
        "made",
        "led",
        "went",
        "came",
        "began",
        "held",
        "left",
        "sat",
        "stood",
        "wrote",
        "told",
        "said",
        "brought",
        "sent",
        "saw",
        "paid",
        "won",
        "lost",
        "rose",
        "chose",
        "drew",
        "flew",
        "kept",
        "read",
        "ran",
        "set",
        "shook",
    ]
)


def _main_verb(doc: _Doc, k: int) -> bool:
    """Whether token ``k`` reads as a finite verb: a past form, an auxiliary, a cue."""
    low = doc.lower[k]
    return (
        (low.endswith("ed") and len(low) > 3)
        or low in _IRREGULAR_PAST
        or low in _FINITE
        or doc.cue_at(k) is not None
    )


_OBLIQUE_PREPOSITIONS = frozenset(
    ["with", "to", "by", "from", "for", "at", "in", "on", "alongside", "among", "between"]
)


def _after_preposition(doc: _Doc, pos: int) -> bool:
    """Whether the name mentioned at ``pos`` is the object of a preposition, its title words
    between ("talks with Prime Minister Name")."""
    k = doc.token_at(pos) - 1
    floor = max(0, k - 8)
    while k >= floor:
        if any(c in doc.gap(k + 1) for c in ",;:.!?\n") and not doc.tokens[k].initial:
            return False
        low = doc.lower[k]
        if low in _OBLIQUE_PREPOSITIONS and not doc.tokens[k].cap:
            return True
        if not (doc.tokens[k].cap or low in TITLE_WORDS or low in ("the", "of", "-")):
            return False
        k -= 1
    return False


def _acronym_holder(
    doc: _Doc, salience: Salience, subject: Subject, pos: int
) -> tuple[bool, int | None]:
    """For a subject that is one acronym ("EAM", "the PM"): whether it stands for someone's
    title (the initials of the title's words), and the one person who holds it."""
    words = doc.text[subject.start : subject.end].split()
    if len(words) == 2 and words[0].lower() == "the":
        words = words[1:]
    if len(words) != 1:
        return False, None
    word = words[0]
    if not (2 <= len(word) <= 4 and word.isalpha() and word.isupper()):
        return False, None
    return salience.acronym(word.lower(), pos)


def _who(doc: _Doc, salience: Salience, subject: Subject, pos: int) -> int | None:
    if subject.kind == "person" and subject.person is not None:
        return doc.people.resolve(subject.person)
    if subject.kind == "organization":
        return _acronym_holder(doc, salience, subject, pos)[1]
    if subject.kind == "pronoun":
        return salience.pronoun(subject.words[0], pos)
    if subject.kind == "descriptor":
        printed = doc.text[subject.start : subject.end].split()
        proper = tuple(
            w.strip("().,").lower()
            for w in printed[1:]
            if w[:1].isupper() and w.strip("().,").lower() not in TITLE_WORDS
        )
        person = salience.descriptor(subject.words, pos, proper)
        if person is not None:
            label = doc.text[subject.start : subject.end]
            target = doc.people.people[doc.people.resolve(person)]
            if label not in target.descriptors:
                target.descriptors.append(label)
        return person
    return None
