"""Score an extractor against hand-made gold annotations: :func:`evaluate`.

A *gold folder* holds pairs of files named ``NN_slug.txt`` (the text, UTF-8) and
``NN_slug.gold.json`` (its annotation); other files are ignored. :func:`evaluate` runs the
extractor on every text and compares what it returns with the annotation.

The rules, exactly (``docs/evaluation.md`` says the same with examples):

Statements
    A predicted statement *matches* a gold statement when their character spans overlap by at
    least half of each: with ``o`` the number of shared code points, ``2 * o >= len(pred)``
    and ``2 * o >= len(gold)`` and ``o > 0``. Matching is one-to-one: every candidate pair is
    ranked by overlap (largest first, ties by gold then prediction order) and taken greedily
    when neither side is taken yet. A gold statement is *optional* when it has
    ``"optional": true`` or ``"speaker_type": "organization"``; a prediction matched to an
    optional gold statement is dropped from both sides, and an unmatched optional gold
    statement is dropped too. A predicted statement without a span matches nothing.
    Then ``matched`` counts predictions matched to required gold statements, ``predicted``
    the predictions left, ``expected`` the required gold statements.

Attributed statements
    A matched pair counts when the speaker is right as well. *Strict*: the predicted
    speaker's participant ``name`` equals the gold ``speaker``. *Lenient*: the predicted
    name equals the gold ``speaker`` or one of the ``aliases`` of the gold participant of
    that name. A gold ``"speaker": null`` means the text does not let anyone say who spoke
    (two people fit, say); there only a prediction with no speaker counts. ``predicted`` and
    ``expected`` are those of the statements.

Participants
    The predicted participants of kind ``person`` against the gold ``participants``. Two
    match when a form of one (``name`` or an alias) equals a form of the other; one-to-one,
    preferring, in this order, equal names, a predicted name among the gold forms, any
    shared form, and then text order. A prediction left over that names one of the gold
    ``mentioned_persons`` (bylines, press contacts) is dropped: neither right nor wrong.

Dates
    Only documents whose gold ``date`` (``YYYY-MM-DD``) is set take part: the prediction is
    right when ``event.start`` has that year, month and day (flags and time of day aside).

Names are compared after Unicode NFKC normalisation, with curly apostrophes made straight,
case folded and runs of white space made one space. The overall figures are micro-averages:
the counts of every document added up before dividing.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

import attrs
import orjson

from ._dates import PartialDate
from ._errors import ErrorDetail, EventkitError, ValidationError
from ._model import Event, Participant, Statement

__all__ = ["DocumentScore", "EvaluationReport", "Extractor", "Score", "evaluate"]

_TEXT_NAME = re.compile(r"\d+_[^/\\]+\.txt")
_GOLD_SUFFIX = ".gold.json"
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


class Extractor(Protocol):
    """What :func:`evaluate` calls: ``eventkit.extract`` or anything with its signature."""

    def __call__(self, text: str, *, published: PartialDate | None = None) -> Event:
        """Turn ``text`` into an event; ``published`` is the publication date if known."""
        ...  # pragma: no cover


@attrs.frozen(slots=True, kw_only=True)
class Score:
    """Counts for one measure, with precision, recall and F1 worked out from them.

    >>> score = Score(matched=3, predicted=4, expected=6)
    >>> score.precision, score.recall, round(score.f1, 3)
    (0.75, 0.5, 0.6)

    Attributes:
        matched: Predictions that count as right.
        predicted: Predictions scored.
        expected: Gold items scored.
    """

    matched: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        """``matched / predicted``; 1.0 when nothing was predicted."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """``matched / expected``; 1.0 when nothing was expected."""
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            matched=self.matched + other.matched,
            predicted=self.predicted + other.predicted,
            expected=self.expected + other.expected,
        )

    def as_dict(self) -> dict[str, Any]:
        """The counts and the three ratios as a plain dict."""
        return {
            "matched": self.matched,
            "predicted": self.predicted,
            "expected": self.expected,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@attrs.frozen(slots=True, kw_only=True)
class DocumentScore:
    """How the extractor did on one document.

    Attributes:
        name: The document's file name without ``.txt`` (``00_kazakh_room_geneva``).
        path: The text file as it was found (folder joined with the file name).
        statements: Statement extraction.
        attributed: Statements matched with the right speaker (strict names).
        attributed_lenient: The same, accepting the gold aliases of the speaker.
        participants: People who took part.
        date_correct: Whether ``event.start`` is the gold date; ``None`` when the gold has
            no full date.
        error: The message of the ``EventkitError`` the extractor raised, if it raised one;
            the document then counts as an event with nothing in it.
    """

    name: str
    path: str
    statements: Score
    attributed: Score
    attributed_lenient: Score
    participants: Score
    date_correct: bool | None = None
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The scores as a plain dict, ready for JSON."""
        return {
            "name": self.name,
            "path": self.path,
            "statements": self.statements.as_dict(),
            "attributed": self.attributed.as_dict(),
            "attributed_lenient": self.attributed_lenient.as_dict(),
            "participants": self.participants.as_dict(),
            "date_correct": self.date_correct,
            "error": self.error,
        }


def _total(scores: Iterable[Score]) -> Score:
    total = Score()
    for score in scores:
        total = total + score
    return total


@attrs.frozen(slots=True, kw_only=True)
class EvaluationReport:
    """Every document's scores and their micro-averages.

    Attributes:
        documents: One row per document, in folder order then file-name order.
    """

    documents: tuple[DocumentScore, ...]

    @property
    def statements(self) -> Score:
        """Statement extraction over all documents."""
        return _total(d.statements for d in self.documents)

    @property
    def attributed(self) -> Score:
        """Attributed statements (strict names) over all documents."""
        return _total(d.attributed for d in self.documents)

    @property
    def attributed_lenient(self) -> Score:
        """Attributed statements accepting gold aliases, over all documents."""
        return _total(d.attributed_lenient for d in self.documents)

    @property
    def participants(self) -> Score:
        """Participants over all documents."""
        return _total(d.participants for d in self.documents)

    @property
    def dates_correct(self) -> int:
        """Documents with a gold date whose predicted date is right."""
        return sum(1 for d in self.documents if d.date_correct)

    @property
    def dates_total(self) -> int:
        """Documents with a gold date."""
        return sum(1 for d in self.documents if d.date_correct is not None)

    @property
    def date_accuracy(self) -> float | None:
        """``dates_correct / dates_total``, or ``None`` when no document has a gold date."""
        return self.dates_correct / self.dates_total if self.dates_total else None

    def as_dict(self) -> dict[str, Any]:
        """The whole report as a plain dict, ready for JSON."""
        return {
            "documents": [d.as_dict() for d in self.documents],
            "overall": {
                "statements": self.statements.as_dict(),
                "attributed": self.attributed.as_dict(),
                "attributed_lenient": self.attributed_lenient.as_dict(),
                "participants": self.participants.as_dict(),
                "dates_correct": self.dates_correct,
                "dates_total": self.dates_total,
                "date_accuracy": self.date_accuracy,
            },
        }


# --------------------------------------------------------------------------------------------
# Gold files


@attrs.frozen(slots=True, kw_only=True)
class _GoldStatement:
    start: int
    end: int
    speaker: str | None
    optional: bool


@attrs.frozen(slots=True, kw_only=True)
class _GoldPerson:
    name: str
    aliases: tuple[str, ...]


@attrs.frozen(slots=True, kw_only=True)
class _Gold:
    statements: tuple[_GoldStatement, ...]
    participants: tuple[_GoldPerson, ...]
    mentioned: tuple[_GoldPerson, ...]
    date: tuple[int, int, int] | None
    published: PartialDate | None


def _norm(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).casefold()
    return " ".join(folded.split())


class _GoldReader:
    """Reads one gold document, gathering every problem with its JSON path."""

    def __init__(self, where: str, text: str) -> None:
        self.where = where
        self.text = text
        self.problems: list[ErrorDetail] = []

    def problem(self, path: str, code: str, message: str, value: object = None) -> None:
        self.problems.append(ErrorDetail(path, code, f"{self.where}: {message}", value))

    def items(self, doc: Mapping[str, Any], key: str) -> list[tuple[str, Mapping[str, Any]]]:
        value = doc.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(f"$.{key}", "type", f"`{key}` must be an array", value)
            return []
        found = []
        for i, item in enumerate(value):
            if isinstance(item, Mapping):
                found.append((f"$.{key}[{i}]", item))
            else:
                self.problem(f"$.{key}[{i}]", "type", "Expected an object", item)
        return found

    def string(self, item: Mapping[str, Any], path: str, key: str, *, null: bool) -> str | None:
        value = item.get(key)
        if value is None and null:
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(f"{path}.{key}", "type", f"`{key}` must be a non-empty string", value)
            return None
        return value

    def person(self, path: str, item: Mapping[str, Any]) -> _GoldPerson | None:
        name = self.string(item, path, "name", null=False)
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            self.problem(f"{path}.aliases", "type", "`aliases` must be an array of strings")
            aliases = []
        return None if name is None else _GoldPerson(name=name, aliases=tuple(aliases))

    def statement(self, path: str, item: Mapping[str, Any]) -> _GoldStatement | None:
        start, end = item.get("start"), item.get("end")
        text = item.get("text")
        if type(start) is not int or type(end) is not int or not 0 <= start < end:
            self.problem(f"{path}.start", "value", "`start` and `end` must be 0 <= start < end")
            return None
        if end > len(self.text) or self.text[start:end] != text:
            self.problem(
                f"{path}.text", "value", f"`text` is not what the text holds at {start}:{end}", text
            )
            return None
        speaker = self.string(item, path, "speaker", null=True)
        optional = item.get("optional", False) is True
        organization = item.get("speaker_type") == "organization"
        return _GoldStatement(
            start=start, end=end, speaker=speaker, optional=optional or organization
        )

    def date(self, doc: Mapping[str, Any]) -> tuple[int, int, int] | None:
        value = doc.get("date")
        if value is None:
            return None
        match = _ISO_DAY.fullmatch(value) if isinstance(value, str) else None
        if match is None:
            self.problem("$.date", "value", "`date` must be YYYY-MM-DD or null", value)
            return None
        year, month, day = (int(g) for g in match.groups())
        try:
            _dt.date(year, month, day)
        except ValueError:
            self.problem("$.date", "value", f"`date` {value!r} is not a real date", value)
            return None
        return (year, month, day)

    def published(self, doc: Mapping[str, Any]) -> PartialDate | None:
        value = doc.get("publication_date")
        if value is None:
            return None
        try:
            return PartialDate.from_edtf(value)
        except ValidationError:
            self.problem(
                "$.publication_date", "value", "`publication_date` must be an ISO date", value
            )
            return None

    def read(self, doc: Any) -> _Gold:
        if not isinstance(doc, Mapping):
            self.problem("$", "type", "The gold document must be a JSON object", doc)
            raise ValidationError(self.problems)
        statements = [self.statement(p, s) for p, s in self.items(doc, "statements")]
        people = [self.person(p, s) for p, s in self.items(doc, "participants")]
        mentioned = [self.person(p, s) for p, s in self.items(doc, "mentioned_persons")]
        gold = _Gold(
            statements=tuple(s for s in statements if s is not None),
            participants=tuple(p for p in people if p is not None),
            mentioned=tuple(p for p in mentioned if p is not None),
            date=self.date(doc),
            published=self.published(doc),
        )
        if self.problems:
            raise ValidationError(self.problems)
        return gold


def _read_utf8(path: Path) -> str:
    # Bytes, then decode: reading in text mode would turn "\r\n" into "\n" and move offsets.
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            [ErrorDetail("$", "encoding", f"{path}: not UTF-8 (byte {exc.start})", None)]
        ) from None


def _read_gold(path: Path, text: str) -> _Gold:
    try:
        doc = orjson.loads(path.read_bytes())
    except orjson.JSONDecodeError as exc:
        raise ValidationError(
            [ErrorDetail("$", "json", f"{path}: not a JSON document: {exc}", None)]
        ) from None
    return _GoldReader(str(path), text).read(doc)


def _pairs(folder: Path) -> list[tuple[str, Path, Path]]:
    if not folder.is_dir():
        raise ValidationError(
            [ErrorDetail("$", "folder", f"{folder}: not a folder of gold documents", str(folder))]
        )
    names = sorted(os.listdir(folder))
    texts = [n for n in names if _TEXT_NAME.fullmatch(n)]
    golds = {n for n in names if n.endswith(_GOLD_SUFFIX)}
    problems = []
    pairs = []
    for name in texts:
        stem = name[: -len(".txt")]
        if stem + _GOLD_SUFFIX not in golds:
            problems.append(
                ErrorDetail("$", "missing", f"{folder / name}: no {stem}{_GOLD_SUFFIX} beside it")
            )
        pairs.append((stem, folder / name, folder / (stem + _GOLD_SUFFIX)))
    stems = {stem for stem, _, _ in pairs}
    for gold in sorted(golds):
        if gold[: -len(_GOLD_SUFFIX)] not in stems:
            problems.append(
                ErrorDetail("$", "missing", f"{folder / gold}: no NN_slug.txt text beside it")
            )
    if not pairs and not problems:
        problems.append(
            ErrorDetail("$", "empty", f"{folder}: no NN_slug.txt + NN_slug.gold.json pairs")
        )
    if problems:
        raise ValidationError(problems)
    return pairs


# --------------------------------------------------------------------------------------------
# Scoring one document


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _spans_match(pred: tuple[int, int], gold: tuple[int, int]) -> bool:
    shared = _overlap(pred, gold)
    return shared > 0 and 2 * shared >= pred[1] - pred[0] and 2 * shared >= gold[1] - gold[0]


def _match_statements(
    predicted: Sequence[tuple[int, int] | None], gold: Sequence[tuple[int, int]]
) -> dict[int, int]:
    """One-to-one matches, prediction index to gold index, largest overlap first."""
    candidates = [
        (-_overlap(p, g), gi, pi)
        for pi, p in enumerate(predicted)
        if p is not None
        for gi, g in enumerate(gold)
        if _spans_match(p, g)
    ]
    candidates.sort()
    taken_gold: set[int] = set()
    matches: dict[int, int] = {}
    for _, gi, pi in candidates:
        if pi not in matches and gi not in taken_gold:
            matches[pi] = gi
            taken_gold.add(gi)
    return matches


def _speaker_name(event: Event, statement: Statement) -> str | None:
    if statement.speaker is None:
        return None
    participant = event.participant(statement.speaker)
    return None if participant is None else participant.name


def _speaker_right(predicted: str | None, gold: str | None, accepted: frozenset[str]) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return _norm(predicted) in accepted


def _score_statements(event: Event | None, gold: _Gold) -> tuple[Score, Score, Score]:
    statements = () if event is None else event.statements
    spans = [None if s.span is None else (s.span.start, s.span.end) for s in statements]
    matches = _match_statements(spans, [(g.start, g.end) for g in gold.statements])
    aliases = {_norm(p.name): frozenset(map(_norm, p.aliases)) for p in gold.participants}
    dropped = sum(1 for gi in matches.values() if gold.statements[gi].optional)
    predicted = len(statements) - dropped
    expected = sum(1 for g in gold.statements if not g.optional)
    found = strict = lenient = 0
    for pi, gi in matches.items():
        g = gold.statements[gi]
        if g.optional:
            continue
        found += 1
        name = None if event is None else _speaker_name(event, statements[pi])
        canonical = frozenset() if g.speaker is None else frozenset({_norm(g.speaker)})
        strict += _speaker_right(name, g.speaker, canonical)
        forms = canonical | aliases.get(_norm(g.speaker or ""), frozenset())
        lenient += _speaker_right(name, g.speaker, forms)
    return (
        Score(matched=found, predicted=predicted, expected=expected),
        Score(matched=strict, predicted=predicted, expected=expected),
        Score(matched=lenient, predicted=predicted, expected=expected),
    )


def _forms(name: str, aliases: Iterable[str]) -> frozenset[str]:
    return frozenset(_norm(n) for n in (name, *aliases) if n.strip())


def _score_participants(event: Event | None, gold: _Gold) -> Score:
    everyone = () if event is None else event.participants
    people: list[Participant] = [p for p in everyone if p.kind == "person"]
    gold_forms = [_forms(g.name, g.aliases) for g in gold.participants]
    candidates = []
    for pi, person in enumerate(people):
        forms = _forms(person.name, person.aliases)
        for gi, g in enumerate(gold.participants):
            if not forms & gold_forms[gi]:
                continue
            if _norm(person.name) == _norm(g.name):
                strength = 0
            elif _norm(person.name) in gold_forms[gi]:
                strength = 1
            else:
                strength = 2
            candidates.append((strength, pi, gi))
    candidates.sort()
    matched_people: set[int] = set()
    matched_gold: set[int] = set()
    for _, pi, gi in candidates:
        if pi not in matched_people and gi not in matched_gold:
            matched_people.add(pi)
            matched_gold.add(gi)
    mentioned = frozenset().union(*(_forms(m.name, m.aliases) for m in gold.mentioned))
    ignored = sum(
        1
        for pi, person in enumerate(people)
        if pi not in matched_people and _forms(person.name, person.aliases) & mentioned
    )
    return Score(
        matched=len(matched_people),
        predicted=len(people) - ignored,
        expected=len(gold.participants),
    )


def _date_right(event: Event | None, gold: _Gold) -> bool | None:
    if gold.date is None:
        return None
    start = None if event is None else event.start
    return start is not None and (start.year, start.month, start.day) == gold.date


def _score_document(
    name: str, path: Path, text: str, gold: _Gold, extractor: Extractor
) -> DocumentScore:
    error = None
    event: Event | None = None
    try:
        event = extractor(text, published=gold.published)
    except EventkitError as exc:
        # Scored as an event with nothing in it; the message goes into the row.
        error = f"{type(exc).__name__}: {exc}"
    statements, attributed, lenient = _score_statements(event, gold)
    return DocumentScore(
        name=name,
        path=str(path),
        statements=statements,
        attributed=attributed,
        attributed_lenient=lenient,
        participants=_score_participants(event, gold),
        date_correct=_date_right(event, gold),
        error=error,
    )


def _default_extractor() -> Extractor:
    from ._extract import extract

    return extract


def evaluate(
    folder: str | os.PathLike[str],
    *folders: str | os.PathLike[str],
    extractor: Extractor | None = None,
) -> EvaluationReport:
    """Run an extractor over folders of gold documents and score what it finds.

    Every ``NN_slug.txt`` in each folder needs a ``NN_slug.gold.json`` beside it (and the
    other way round); other files are ignored. The extractor is called as
    ``extractor(text, published=...)`` with the gold ``publication_date`` (or ``None``). The
    scoring rules are in this module's docstring and in ``docs/evaluation.md``.

    >>> import pathlib, tempfile
    >>> from eventkit import Event, Participant, Span, Statement
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> text = 'Ana Lima said: "We are ready."'
    >>> _ = (folder / "01_talks.txt").write_text(text, encoding="utf-8")
    >>> gold = ('{"participants": [{"name": "Ana Lima", "aliases": []}], "statements": '
    ...         '[{"speaker": "Ana Lima", "text": "We are ready.", "start": 16, "end": 29}]}')
    >>> _ = (folder / "01_talks.gold.json").write_text(gold, encoding="utf-8")
    >>> def extractor(text, *, published=None):
    ...     quote = Span(start=16, end=29, text=text[16:29])
    ...     return Event(
    ...         id="e1",
    ...         participants=[Participant(id="p1", name="Ana Lima")],
    ...         statements=[Statement(id="s1", text=quote.text, speaker="p1", span=quote)],
    ...     )
    >>> report = evaluate(folder, extractor=extractor)
    >>> report.attributed.f1, report.participants.f1, report.date_accuracy
    (1.0, 1.0, None)

    Args:
        folder: A folder of gold documents.
        *folders: More folders; their documents are added to the same report.
        extractor: What to score; ``eventkit.extract`` when ``None``.

    Returns:
        The per-document scores, with micro-averaged totals as properties.

    Raises:
        ValidationError: A folder is missing or holds no pairs, a text has no gold file (or a
            gold file no text), a text is not UTF-8, or a gold file is malformed (each problem
            names the file and its JSON path, such as ``$.statements[2].start``).
        OSError: A file cannot be read.
    """
    pairs = [pair for where in (folder, *folders) for pair in _pairs(Path(where))]
    inputs = []
    for name, text_path, gold_path in pairs:
        text = _read_utf8(text_path)
        inputs.append((name, text_path, text, _read_gold(gold_path, text)))
    run = _default_extractor() if extractor is None else extractor
    documents = tuple(_score_document(*item, run) for item in inputs)
    return EvaluationReport(documents=documents)
