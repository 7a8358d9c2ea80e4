"""The evaluation harness: each scoring rule checked on small hand-made gold/prediction pairs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import eventkit
from eventkit import (
    DocumentScore,
    EvaluationReport,
    Event,
    ExtractError,
    PartialDate,
    Participant,
    Score,
    Span,
    Statement,
    ValidationError,
    evaluate,
)

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
UNSEEN = Path(__file__).parent / "fixtures" / "unseen"

TEXT = (
    'Ana Lima said: "We are ready to sign." She added that talks went well. '
    'Ben Okoro noted that trade grew. "Thank you," said Ana Lima.'
)


def _span(text: str, part: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def _gold_statement(text: str, part: str, speaker: str | None, **flags: Any) -> dict[str, Any]:
    start, end = _span(text, part)
    return {"speaker": speaker, "kind": "direct", "text": part, "start": start, "end": end, **flags}


def _write(folder: Path, name: str, text: str, gold: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_bytes(text.encode("utf-8"))
    (folder / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def _people(*names: str, aliases: Sequence[str] = ()) -> list[dict[str, Any]]:
    return [{"name": n, "aliases": list(aliases) if i == 0 else []} for i, n in enumerate(names)]


class Fake:
    """An extractor returning a fixed event, remembering how it was called."""

    def __init__(
        self,
        statements: Sequence[tuple[int, int, str | None]] = (),
        people: Sequence[str | tuple[str, Sequence[str]]] = (),
        *,
        start: PartialDate | None = None,
        groups: Sequence[str] = (),
    ) -> None:
        self.statements = statements
        self.people = people
        self.start = start
        self.groups = groups
        self.calls: list[tuple[str, PartialDate | None]] = []

    def __call__(self, text: str, *, published: PartialDate | None = None) -> Event:
        self.calls.append((text, published))
        participants = []
        ids: dict[str, str] = {}
        for i, person in enumerate(self.people):
            name, aliases = (person, ()) if isinstance(person, str) else person
            ids[name] = f"p{i}"
            participants.append(Participant(id=f"p{i}", name=name, aliases=tuple(aliases)))
        for name in {s for _, _, s in self.statements if s is not None} - ids.keys():
            ids[name] = f"p{len(ids)}"
            participants.append(Participant(id=ids[name], name=name))
        for i, group in enumerate(self.groups):
            participants.append(Participant(id=f"g{i}", name=group, kind="group"))
        statements = [
            Statement(
                id=f"s{i}",
                text=text[start:end],
                speaker=None if speaker is None else ids[speaker],
                span=Span(start=start, end=end, text=text[start:end]),
            )
            for i, (start, end, speaker) in enumerate(self.statements)
        ]
        return Event(id="e", start=self.start, participants=participants, statements=statements)


def _one(tmp_path: Path, gold: dict[str, Any], extractor: Fake, text: str = TEXT) -> DocumentScore:
    _write(tmp_path, "01_doc", text, gold)
    report = evaluate(tmp_path, extractor=extractor)
    assert len(report.documents) == 1
    return report.documents[0]


# --- statement spans -----------------------------------------------------------------------


def test_identical_spans_match_and_score_perfectly(tmp_path: Path) -> None:
    gold = {"statements": [_gold_statement(TEXT, "We are ready to sign.", "Ana Lima")]}
    start, end = _span(TEXT, "We are ready to sign.")
    row = _one(tmp_path, gold, Fake([(start, end, "Ana Lima")]))
    assert row.statements == Score(matched=1, predicted=1, expected=1)
    assert row.attributed == Score(matched=1, predicted=1, expected=1)


def test_prediction_covering_exactly_half_the_gold_span_matches(tmp_path: Path) -> None:
    text = "x" * 10 + "0123456789" + "y" * 10
    gold = {"statements": [{"speaker": None, "text": "0123456789", "start": 10, "end": 20}]}
    row = _one(tmp_path, gold, Fake([(10, 15, None)]), text)
    assert row.statements.matched == 1


def test_prediction_covering_less_than_half_the_gold_span_does_not_match(tmp_path: Path) -> None:
    text = "x" * 10 + "0123456789" + "y" * 10
    gold = {"statements": [{"speaker": None, "text": "0123456789", "start": 10, "end": 20}]}
    row = _one(tmp_path, gold, Fake([(10, 14, None)]), text)
    assert row.statements == Score(matched=0, predicted=1, expected=1)


def test_prediction_twice_as_long_as_the_gold_span_matches(tmp_path: Path) -> None:
    text = "x" * 10 + "0123456789" + "y" * 10
    gold = {"statements": [{"speaker": None, "text": "0123456789", "start": 10, "end": 20}]}
    row = _one(tmp_path, gold, Fake([(5, 25, None)]), text)
    assert row.statements.matched == 1


def test_prediction_more_than_twice_as_long_as_the_gold_span_does_not_match(
    tmp_path: Path,
) -> None:
    text = "x" * 10 + "0123456789" + "y" * 10
    gold = {"statements": [{"speaker": None, "text": "0123456789", "start": 10, "end": 20}]}
    row = _one(tmp_path, gold, Fake([(5, 26, None)]), text)
    assert row.statements.matched == 0


def test_adjacent_spans_do_not_match(tmp_path: Path) -> None:
    text = "abcdefghij"
    gold = {"statements": [{"speaker": None, "text": "abcde", "start": 0, "end": 5}]}
    row = _one(tmp_path, gold, Fake([(5, 10, None)]), text)
    assert row.statements.matched == 0


def test_matching_is_one_to_one_with_the_larger_overlap_winning(tmp_path: Path) -> None:
    text = "x" * 10 + "0123456789" + "y" * 10
    gold = {"statements": [{"speaker": "A B", "text": "0123456789", "start": 10, "end": 20}]}
    # Both predictions overlap the gold span enough; the second overlaps it more.
    row = _one(tmp_path, gold, Fake([(10, 16, None), (10, 19, "A B")]), text)
    assert row.statements == Score(matched=1, predicted=2, expected=1)
    assert row.attributed.matched == 1, "the larger overlap (with the right speaker) won"


def test_one_prediction_cannot_match_two_gold_statements(tmp_path: Path) -> None:
    text = "0123456789"
    gold = {
        "statements": [
            {"speaker": None, "text": "01234", "start": 0, "end": 5},
            {"speaker": None, "text": "56789", "start": 5, "end": 10},
        ]
    }
    row = _one(tmp_path, gold, Fake([(0, 10, None)]), text)
    assert row.statements == Score(matched=1, predicted=1, expected=2)


def test_prediction_without_a_span_is_a_false_positive(tmp_path: Path) -> None:
    class NoSpan(Fake):
        def __call__(self, text: str, *, published: PartialDate | None = None) -> Event:
            return Event(id="e", statements=[Statement(id="s", text="talks went well")])

    gold = {"statements": [_gold_statement(TEXT, "talks went well", "Ana Lima")]}
    row = _one(tmp_path, gold, NoSpan())
    assert row.statements == Score(matched=0, predicted=1, expected=1)


# --- optional gold statements --------------------------------------------------------------


def test_prediction_matching_an_optional_statement_is_dropped_from_both_sides(
    tmp_path: Path,
) -> None:
    gold = {
        "statements": [
            _gold_statement(TEXT, "We are ready to sign.", "Ana Lima"),
            _gold_statement(TEXT, "Thank you,", "Ana Lima", optional=True),
        ]
    }
    ready, thanks = _span(TEXT, "We are ready to sign."), _span(TEXT, "Thank you,")
    row = _one(tmp_path, gold, Fake([(*ready, "Ana Lima"), (*thanks, "Ana Lima")]))
    assert row.statements == Score(matched=1, predicted=1, expected=1)


def test_missing_optional_statement_is_not_a_false_negative(tmp_path: Path) -> None:
    gold = {
        "statements": [
            _gold_statement(TEXT, "We are ready to sign.", "Ana Lima"),
            _gold_statement(TEXT, "Thank you,", "Ana Lima", optional=True),
        ]
    }
    ready = _span(TEXT, "We are ready to sign.")
    row = _one(tmp_path, gold, Fake([(*ready, "Ana Lima")]))
    assert row.statements == Score(matched=1, predicted=1, expected=1)


def test_organization_speakers_are_optional(tmp_path: Path) -> None:
    gold = {
        "statements": [
            _gold_statement(TEXT, "trade grew", "Ministry", speaker_type="organization"),
        ]
    }
    row = _one(tmp_path, gold, Fake([(*_span(TEXT, "trade grew"), "Ben Okoro")]))
    assert row.statements == Score(matched=0, predicted=0, expected=0)
    assert row.statements.f1 == 1.0


def test_wrong_speaker_on_an_optional_statement_costs_nothing(tmp_path: Path) -> None:
    gold = {"statements": [_gold_statement(TEXT, "Thank you,", "Ana Lima", optional=True)]}
    row = _one(tmp_path, gold, Fake([(*_span(TEXT, "Thank you,"), "Ben Okoro")]))
    assert row.attributed == Score(matched=0, predicted=0, expected=0)


# --- speakers ------------------------------------------------------------------------------


def test_wrong_speaker_counts_for_extraction_but_not_attribution(tmp_path: Path) -> None:
    gold = {"statements": [_gold_statement(TEXT, "trade grew", "Ben Okoro")]}
    row = _one(tmp_path, gold, Fake([(*_span(TEXT, "trade grew"), "Ana Lima")]))
    assert row.statements.matched == 1
    assert row.attributed == Score(matched=0, predicted=1, expected=1)


def test_missing_speaker_is_wrong_when_gold_names_one(tmp_path: Path) -> None:
    gold = {"statements": [_gold_statement(TEXT, "trade grew", "Ben Okoro")]}
    row = _one(tmp_path, gold, Fake([(*_span(TEXT, "trade grew"), None)]))
    assert row.attributed.matched == 0


def test_no_speaker_is_right_when_gold_says_nobody_can_tell(tmp_path: Path) -> None:
    gold = {"statements": [_gold_statement(TEXT, "talks went well", None)]}
    row = _one(tmp_path, gold, Fake([(*_span(TEXT, "talks went well"), None)]))
    assert row.attributed.matched == 1
    assert row.attributed_lenient.matched == 1


def test_a_guessed_speaker_is_wrong_when_gold_says_nobody_can_tell(tmp_path: Path) -> None:
    gold = {"statements": [_gold_statement(TEXT, "talks went well", None)]}
    row = _one(tmp_path, gold, Fake([(*_span(TEXT, "talks went well"), "Ana Lima")]))
    assert row.attributed.matched == 0
    assert row.attributed_lenient.matched == 0


def test_alias_as_speaker_name_is_right_only_in_the_lenient_score(tmp_path: Path) -> None:
    gold = {
        "participants": _people("Ben Okoro", aliases=["B. Okoro"]),
        "statements": [_gold_statement(TEXT, "trade grew", "Ben Okoro")],
    }
    row = _one(tmp_path, gold, Fake([(*_span(TEXT, "trade grew"), "B. Okoro")]))
    assert row.attributed.matched == 0
    assert row.attributed_lenient.matched == 1


def test_speaker_names_compare_without_case_spacing_or_apostrophe_style(tmp_path: Path) -> None:
    gold = {"statements": [_gold_statement(TEXT, "trade grew", "Ben O\u2019Koro")]}
    row = _one(tmp_path, gold, Fake([(*_span(TEXT, "trade grew"), "ben  o'koro")]))
    assert row.attributed.matched == 1


def test_alias_of_another_participant_is_not_accepted(tmp_path: Path) -> None:
    gold = {
        "participants": [
            {"name": "Ben Okoro", "aliases": ["B. Okoro"]},
            {"name": "Ana Lima", "aliases": ["A. Lima"]},
        ],
        "statements": [_gold_statement(TEXT, "trade grew", "Ben Okoro")],
    }
    row = _one(tmp_path, gold, Fake([(*_span(TEXT, "trade grew"), "A. Lima")]))
    assert row.attributed_lenient.matched == 0


# --- participants --------------------------------------------------------------------------


def test_participants_match_by_name_or_alias(tmp_path: Path) -> None:
    gold = {"participants": [*_people("Ana Lima"), {"name": "Ben Okoro", "aliases": ["Okoro"]}]}
    row = _one(tmp_path, gold, Fake(people=["Ana Lima", ("B. Okoro", ["Okoro"])]))
    assert row.participants == Score(matched=2, predicted=2, expected=2)


def test_null_lists_in_gold_mean_empty(tmp_path: Path) -> None:
    gold = {"participants": None, "mentioned_persons": None, "statements": None}
    row = _one(tmp_path, gold, Fake(people=["Ana Lima"]))
    assert row.participants == Score(matched=0, predicted=1, expected=0)
    assert row.statements == Score()


def test_a_person_found_twice_counts_once(tmp_path: Path) -> None:
    gold = {"participants": [{"name": "Ben Okoro", "aliases": ["B. Okoro"]}]}
    row = _one(tmp_path, gold, Fake(people=["B. Okoro", "Ben Okoro"]))
    assert row.participants == Score(matched=1, predicted=2, expected=1)


def test_mentioned_persons_are_neither_right_nor_wrong(tmp_path: Path) -> None:
    gold = {
        "participants": _people("Ana Lima"),
        "mentioned_persons": [{"name": "Press Officer"}],
    }
    row = _one(tmp_path, gold, Fake(people=["Ana Lima", "Press Officer", "Someone Else"]))
    assert row.participants == Score(matched=1, predicted=2, expected=1)


def test_groups_are_not_scored_as_people(tmp_path: Path) -> None:
    gold = {"participants": _people("Ana Lima")}
    row = _one(tmp_path, gold, Fake(people=["Ana Lima"], groups=["heads of missions"]))
    assert row.participants == Score(matched=1, predicted=1, expected=1)


def test_missing_participant_is_a_false_negative(tmp_path: Path) -> None:
    gold = {"participants": _people("Ana Lima", "Ben Okoro")}
    row = _one(tmp_path, gold, Fake(people=["Ana Lima"]))
    assert row.participants == Score(matched=1, predicted=1, expected=2)


# --- dates ---------------------------------------------------------------------------------


def test_date_is_right_when_start_has_the_gold_day(tmp_path: Path) -> None:
    gold = {"date": "2025-12-12"}
    row = _one(tmp_path, gold, Fake(start=PartialDate(2025, 12, 12, approximate=True)))
    assert row.date_correct is True


def test_date_with_less_precision_than_gold_is_wrong(tmp_path: Path) -> None:
    row = _one(tmp_path, {"date": "2025-12-12"}, Fake(start=PartialDate(2025, 12)))
    assert row.date_correct is False


def test_missing_date_is_wrong_when_gold_has_one(tmp_path: Path) -> None:
    row = _one(tmp_path, {"date": "2025-12-12"}, Fake())
    assert row.date_correct is False


def test_documents_without_a_gold_date_are_not_counted(tmp_path: Path) -> None:
    _write(tmp_path, "01_a", TEXT, {"date": "2025-12-12"})
    _write(tmp_path, "02_b", TEXT, {"date": None})
    report = evaluate(tmp_path, extractor=Fake(start=PartialDate(2025, 12, 12)))
    assert [d.date_correct for d in report.documents] == [True, None]
    assert (report.dates_correct, report.dates_total, report.date_accuracy) == (1, 1, 1.0)


def test_no_gold_dates_gives_no_accuracy(tmp_path: Path) -> None:
    _write(tmp_path, "01_a", TEXT, {})
    assert evaluate(tmp_path, extractor=Fake()).date_accuracy is None


# --- running the extractor -----------------------------------------------------------------


def test_extractor_gets_the_text_unchanged_and_the_publication_date(tmp_path: Path) -> None:
    text = 'First line\r\nSecond line: "quoted"\r\n'
    fake = Fake()
    _one(tmp_path, {"publication_date": "2025-12-12"}, fake, text)
    assert fake.calls == [(text, PartialDate(2025, 12, 12))]


def test_gold_offsets_count_carriage_returns(tmp_path: Path) -> None:
    text = 'Intro\r\n\r\nShe said: "Yes."'
    start, end = _span(text, "Yes.")
    gold = {"statements": [{"speaker": None, "text": "Yes.", "start": start, "end": end}]}
    assert _one(tmp_path, gold, Fake([(start, end, None)]), text).statements.matched == 1


def test_extractor_error_is_recorded_and_scored_as_an_empty_event(tmp_path: Path) -> None:
    def failing(text: str, *, published: PartialDate | None = None) -> Event:
        raise ExtractError("cannot read this")

    gold = {
        "participants": _people("Ana Lima"),
        "statements": [_gold_statement(TEXT, "trade grew", "Ben Okoro")],
    }
    _write(tmp_path, "01_doc", TEXT, gold)
    row = evaluate(tmp_path, extractor=failing).documents[0]
    assert row.error == "ExtractError: cannot read this"
    assert row.statements == Score(matched=0, predicted=0, expected=1)
    assert row.participants == Score(matched=0, predicted=0, expected=1)


def test_other_extractor_exceptions_propagate(tmp_path: Path) -> None:
    def broken(text: str, *, published: PartialDate | None = None) -> Event:
        raise RuntimeError("bug")

    _write(tmp_path, "01_doc", TEXT, {})
    with pytest.raises(RuntimeError, match="bug"):
        evaluate(tmp_path, extractor=broken)


def test_overall_figures_are_micro_averages(tmp_path: Path) -> None:
    one = {"statements": [_gold_statement(TEXT, "trade grew", "Ben Okoro")]}
    two = {
        "statements": [
            _gold_statement(TEXT, "talks went well", "Ana Lima"),
            _gold_statement(TEXT, "We are ready to sign.", "Ana Lima"),
            _gold_statement(TEXT, "Thank you,", "Ana Lima"),
        ]
    }
    _write(tmp_path, "01_one", TEXT, one)
    _write(tmp_path, "02_two", TEXT, two)
    fake = Fake([(*_span(TEXT, "trade grew"), "Ben Okoro")])
    report = evaluate(tmp_path, extractor=fake)
    # Per document: F1 1.0 and 0.0; micro: 1 matched of 1 predicted and 4 expected.
    assert [d.statements.f1 for d in report.documents] == [1.0, 0.0]
    assert report.statements == Score(matched=1, predicted=2, expected=4)
    assert report.statements.recall == 0.25


def test_several_folders_make_one_report_in_order(tmp_path: Path) -> None:
    _write(tmp_path / "b", "02_second", TEXT, {})
    _write(tmp_path / "a", "01_first", TEXT, {})
    _write(tmp_path / "a", "03_third", TEXT, {})
    report = evaluate(tmp_path / "b", tmp_path / "a", extractor=Fake())
    assert [d.name for d in report.documents] == ["02_second", "01_first", "03_third"]


def test_files_that_are_not_documents_are_ignored(tmp_path: Path) -> None:
    _write(tmp_path, "01_doc", TEXT, {})
    (tmp_path / "README.md").write_text("# notes\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a document\n", encoding="utf-8")
    assert [d.name for d in evaluate(tmp_path, extractor=Fake()).documents] == ["01_doc"]


def test_report_as_dict_is_json_ready(tmp_path: Path) -> None:
    _write(tmp_path, "01_doc", TEXT, {"date": "2025-01-02"})
    data = evaluate(tmp_path, extractor=Fake()).as_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["overall"]["dates_total"] == 1
    assert data["documents"][0]["name"] == "01_doc"


# --- bad folders and gold files ------------------------------------------------------------


def test_text_without_gold_file_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "01_doc.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(ValidationError, match=r"01_doc\.txt: no 01_doc\.gold\.json beside it"):
        evaluate(tmp_path, extractor=Fake())


def test_gold_file_without_text_is_an_error_naming_it(tmp_path: Path) -> None:
    _write(tmp_path, "01_doc", TEXT, {})
    (tmp_path / "02_orphan.gold.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"02_orphan\.gold\.json: no NN_slug\.txt"):
        evaluate(tmp_path, extractor=Fake())


def test_folder_without_documents_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"no NN_slug\.txt"):
        evaluate(tmp_path, extractor=Fake())


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="not a folder"):
        evaluate(tmp_path / "nowhere", extractor=Fake())


def test_gold_span_that_does_not_fit_the_text_is_an_error_with_its_path(tmp_path: Path) -> None:
    gold = {"statements": [{"speaker": None, "text": "nope", "start": 0, "end": 4}]}
    _write(tmp_path, "01_doc", TEXT, gold)
    with pytest.raises(ValidationError) as info:
        evaluate(tmp_path, extractor=Fake())
    assert info.value.details[0].path == "$.statements[0].text"
    assert "01_doc.gold.json" in str(info.value)


def test_every_problem_in_a_gold_file_is_reported(tmp_path: Path) -> None:
    gold = {
        "date": "12 December 2025",
        "participants": [{"aliases": []}, "Ana"],
        "statements": [{"speaker": None, "text": "x", "start": 5, "end": 2}],
    }
    _write(tmp_path, "01_doc", TEXT, gold)
    with pytest.raises(ValidationError) as info:
        evaluate(tmp_path, extractor=Fake())
    assert {d.path for d in info.value.details} == {
        "$.date",
        "$.participants[0].name",
        "$.participants[1]",
        "$.statements[0].start",
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"[]", "must be a JSON object"),
        (b"{not json", "not a JSON document"),
        (b'{"statements": {}}', "`statements` must be an array"),
        (b'{"date": "2025-02-30"}', "not a real date"),
        (b'{"publication_date": "yesterday"}', "`publication_date` must be an ISO date"),
        (b'{"participants": [{"name": "A", "aliases": "B"}]}', "`aliases` must be an array"),
        (b'{"statements": [{"speaker": 3, "start": 0, "end": 3, "text": "Ana"}]}', "`speaker`"),
    ],
)
def test_malformed_gold_file_is_a_validation_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    (tmp_path / "01_doc.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "01_doc.gold.json").write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        evaluate(tmp_path, extractor=Fake())


def test_text_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "01_doc.txt").write_bytes(b"caf\xe9")
    (tmp_path / "01_doc.gold.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"01_doc\.txt: not UTF-8 \(byte 3\)"):
        evaluate(tmp_path, extractor=Fake())


# --- the fixture corpora -------------------------------------------------------------------


class GoldEcho:
    """An extractor that returns exactly what a folder's gold files say."""

    def __init__(self, folder: Path) -> None:
        self.golds = {
            path.with_name(path.name.replace(".gold.json", ".txt")).read_bytes().decode(): (
                json.loads(path.read_text(encoding="utf-8"))
            )
            for path in folder.glob("*.gold.json")
        }

    def __call__(self, text: str, *, published: PartialDate | None = None) -> Event:
        gold = self.golds[text]
        people = [
            Participant(id=f"p{i}", name=p["name"], aliases=p.get("aliases", []))
            for i, p in enumerate(gold["participants"])
        ]
        ids = {p.name: p.id for p in people}
        for s in gold["statements"]:
            if s["speaker"] is not None and s["speaker"] not in ids:
                ids[s["speaker"]] = f"o{len(ids)}"
                kind = "organization" if s.get("speaker_type") == "organization" else "person"
                people.append(Participant(id=ids[s["speaker"]], name=s["speaker"], kind=kind))
        statements = [
            Statement(
                id=f"s{i}",
                text=s["text"],
                speaker=None if s["speaker"] is None else ids[s["speaker"]],
                span=Span(start=s["start"], end=s["end"], text=s["text"]),
            )
            for i, s in enumerate(gold["statements"])
        ]
        start = PartialDate.from_edtf(gold["date"]) if gold.get("date") else None
        return Event(
            id=gold.get("id", "e"), start=start, participants=people, statements=statements
        )


@pytest.mark.parametrize(
    "folder", [CORPUS, UNSEEN, UNSEEN / "batch2"], ids=["corpus", "unseen", "unseen-batch2"]
)
def test_gold_itself_scores_perfectly_on_the_fixture_corpora(folder: Path) -> None:
    """The gold files are well-formed, their spans fit their texts, and the rules are sane."""
    report = evaluate(folder, extractor=GoldEcho(folder))
    assert len(report.documents) >= 6
    for measure in ("statements", "attributed", "attributed_lenient", "participants"):
        score: Score = getattr(report, measure)
        assert (score.precision, score.recall) == (1.0, 1.0), measure
    assert report.date_accuracy in (1.0, None)


def test_default_extractor_is_eventkit_extract(tmp_path: Path) -> None:
    _write(tmp_path, "01_doc", TEXT, {})
    report = evaluate(tmp_path)
    assert isinstance(report, EvaluationReport)
    assert report.documents[0].error is None
    assert hasattr(eventkit, "extract")


# --- properties ----------------------------------------------------------------------------


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 40)), min_size=1, max_size=8))
def test_matching_is_one_to_one_and_every_pair_overlaps_by_half(
    spans: list[tuple[int, int]],
) -> None:
    from eventkit._evaluate import _match_statements, _overlap

    boxes = [(start, start + length) for start, length in spans]
    gold, predicted = boxes[::2], boxes[1::2] + boxes[::3]
    matches = _match_statements(predicted, gold)
    assert len(set(matches.values())) == len(matches)
    for pi, gi in matches.items():
        p, g = predicted[pi], gold[gi]
        shared = _overlap(p, g)
        assert 2 * shared >= p[1] - p[0]
        assert 2 * shared >= g[1] - g[0]


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 40)), min_size=1, max_size=8))
def test_predictions_equal_to_disjoint_gold_spans_all_match(
    spans: list[tuple[int, int]],
) -> None:
    from eventkit._evaluate import _match_statements

    gold: list[tuple[int, int]] = []
    for start, length in sorted(spans):
        if not gold or start >= gold[-1][1]:
            gold.append((start, start + length))
    matches = _match_statements(list(gold), gold)
    assert matches == {i: i for i in range(len(gold))}


def test_score_ratios_when_nothing_was_predicted_or_expected() -> None:
    assert Score().f1 == 1.0
    assert Score(predicted=2).precision == 0.0
    assert Score(expected=2).recall == 0.0
    assert Score(expected=2).f1 == 0.0
    assert Score(matched=1, predicted=1, expected=1) + Score(expected=1) == Score(
        matched=1, predicted=1, expected=2
    )
