"""The reporting-verb lexicon: which words introduce speech, in every inflection.

Each entry is a base form with how its complement is written: ``that`` (an optional ``that``
clause: "stressed that ..."), ``object`` (a noun phrase: "announced the appointment"), ``to``
(an infinitive kept in the statement: "pledged to continue") or ``about`` (a topic kept in the
statement: "spoke about his fans"). Multi-word cues ("pointed out", "expressed hope") are
matched word by word.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["CUES", "INTRO_CUES", "Complement", "Cue", "match_cue", "speech_act"]

Complement = Literal["that", "object", "to", "about"]

# base form, complement, irregular forms (third person, past, participle, gerund) or None.
_LEXICON: tuple[tuple[str, Complement], ...] = (
    ("say", "that"),
    ("tell", "object"),
    ("note", "that"),
    ("stress", "that"),
    ("emphasize", "that"),
    ("emphasise", "that"),
    ("underline", "that"),
    ("underscore", "that"),
    ("highlight", "that"),
    ("add", "that"),
    ("announce", "that"),
    ("state", "that"),
    ("declare", "that"),
    ("explain", "that"),
    ("remark", "that"),
    ("observe", "that"),
    ("point out", "that"),
    ("affirm", "that"),
    ("reaffirm", "that"),
    ("confirm", "that"),
    ("assert", "that"),
    ("claim", "that"),
    ("insist", "that"),
    ("argue", "that"),
    ("maintain", "that"),
    ("mention", "that"),
    ("reiterate", "that"),
    ("recall", "that"),
    ("acknowledge", "that"),
    ("admit", "that"),
    ("warn", "that"),
    ("caution", "that"),
    ("urge", "object"),
    ("call for", "object"),
    ("call on", "object"),
    ("appeal to", "object"),
    ("direct", "object"),
    ("draw attention to", "object"),
    ("instruct", "object"),
    ("deplore", "object"),
    ("propose", "that"),
    ("suggest", "that"),
    ("recommend", "that"),
    ("believe", "that"),
    ("think", "that"),
    ("hope", "that"),
    ("expect", "that"),
    ("agree", "that"),
    ("conclude", "that"),
    ("comment", "that"),
    ("reply", "that"),
    ("respond", "that"),
    ("answer", "that"),
    ("inform", "object"),
    ("indicate", "that"),
    ("reveal", "that"),
    ("disclose", "that"),
    ("predict", "that"),
    ("estimate", "that"),
    ("complain", "that"),
    ("deny", "that"),
    ("concede", "that"),
    ("contend", "that"),
    ("allege", "that"),
    ("specify", "that"),
    ("clarify", "that"),
    ("report", "that"),
    ("write", "that"),
    ("assure", "object"),
    ("reassure", "object"),
    ("remind", "object"),
    ("promise", "to"),
    ("pledge", "to"),
    ("vow", "to"),
    ("offer", "to"),
    ("seek", "object"),
    ("commend", "object"),
    ("praise", "object"),
    ("thank", "object"),
    ("congratulate", "object"),
    ("outline", "object"),
    ("describe", "object"),
    ("speak", "about"),
    ("talk", "about"),
    ("express hope for", "object"),
    ("express hope", "that"),
    ("express the hope", "that"),
    ("express his hope", "that"),
    ("express her hope", "that"),
    ("express their hope", "that"),
    ("express his confidence", "that"),
    ("express her confidence", "that"),
    ("express confidence in", "object"),
    ("express confidence", "that"),
    ("express concern", "that"),
    ("express gratitude", "object"),
    ("express appreciation", "object"),
    ("express support", "object"),
    ("express", "object"),
    ("voice support for", "object"),
    ("voice concern", "that"),
    ("voice", "object"),
    ("look forward to", "object"),
    ("look forward", "to"),
    ("extend", "object"),
    ("go on to say", "that"),
    ("tweet", "that"),
    ("testify", "that"),
    ("recount", "that"),
    ("elaborate", "that"),
    ("summarize", "that"),
    ("summarise", "that"),
    ("wonder", "that"),
    ("ask", "object"),
    ("invite", "object"),
    ("brief", "object"),
    ("convey", "object"),
)

# Verbs whose bare use (no complement) is only a quotation attribution, never reported speech.
INTRO_CUES = frozenset({"say", "add", "note", "tell", "state", "remark", "explain", "comment"})

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "think": ("thinks", "thought", "thinking"),
    "write": ("writes", "wrote", "written", "writing"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "go": ("goes", "went", "gone", "going"),
    "seek": ("seeks", "sought", "sought", "seeking"),
    "draw": ("draws", "drew", "drawn", "drawing"),
}

_SPEECH_ACTS: dict[str, str] = {
    "announce": "announcement",
    "thank": "thanks",
    "express gratitude": "thanks",
    "express appreciation": "thanks",
    "congratulate": "congratulation",
    "commend": "praise",
    "invite": "invitation",
    "convey": "greeting",
    "praise": "praise",
    "welcome": "welcome",
    "pledge": "commitment",
    "promise": "commitment",
    "vow": "commitment",
    "commit": "commitment",
    "warn": "warning",
    "urge": "appeal",
    "call for": "appeal",
    "call on": "appeal",
    "appeal to": "appeal",
    "direct": "directive",
    "instruct": "directive",
    "propose": "proposal",
    "suggest": "proposal",
    "recommend": "proposal",
    "express hope": "hope",
    "hope": "hope",
}


def _inflect(verb: str) -> tuple[str, ...]:
    """Every form of a regular (or listed irregular) English verb."""
    if verb in _IRREGULAR:
        return (verb, *_IRREGULAR[verb])
    if verb.endswith("e"):
        return (verb, verb + "s", verb + "d", verb[:-1] + "ing")
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return (verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing")
    if verb.endswith(("ss", "sh", "ch", "x")):
        return (verb, verb + "es", verb + "ed", verb + "ing")
    if verb in {"admit", "commit"}:
        return (verb, verb + "s", verb + "ted", verb + "ting")
    return (verb, verb + "s", verb + "ed", verb + "ing")


class Cue:
    """One lexicon entry: its base form, its words in one inflection, its complement."""

    __slots__ = ("base", "complement", "gerund", "words")

    def __init__(self, base: str, words: tuple[str, ...], complement: Complement, gerund: bool):
        self.base = base
        self.words = words
        self.complement = complement
        self.gerund = gerund


def _build() -> dict[str, list[Cue]]:
    table: dict[str, list[Cue]] = {}
    for base, complement in _LEXICON:
        head, *rest = base.split()
        for form in _inflect(head):
            cue = Cue(base, (form, *rest), complement, form.endswith("ing"))
            table.setdefault(form, []).append(cue)
    for cues in table.values():
        cues.sort(key=lambda c: -len(c.words))
    return table


CUES: dict[str, list[Cue]] = _build()


def match_cue(words: list[str], i: int) -> Cue | None:
    """The longest cue whose words start at ``words[i]`` (lowercased words), or ``None``."""
    candidates = CUES.get(words[i])
    if not candidates:
        return None
    for cue in candidates:
        n = len(cue.words)
        if tuple(words[i : i + n]) == cue.words:
            return cue
    return None


def speech_act(cue: Cue) -> str | None:
    """What sort of speech act a cue reports ("announcement", "thanks"), if it says."""
    return _SPEECH_ACTS.get(cue.base)
