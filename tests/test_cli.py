"""The ``eventkit`` command: ``extract``, ``evaluate`` and ``validate``, called through ``main``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from eventkit import Event, PartialDate, Participant, Span, Statement, load_lines, loads
from eventkit._evaluate import Extractor
from eventkit.cli import main

ROOT = Path(__file__).parent.parent
CORPUS = Path(__file__).parent / "fixtures" / "corpus"
SEED = CORPUS / "00_kazakh_room_geneva.txt"
RELEASE = CORPUS / "03_juncker_strategic_agenda_sibiu.txt"


def _spans(event: Event) -> list[Span]:
    found: list[Span] = []
    for statement in event.statements:
        found += [s for s in (statement.span, statement.attribution_span) if s is not None]
    for participant in event.participants:
        found += participant.mentions
        found += [r.span for r in participant.roles if r.span is not None]
        found += [a.span for a in participant.affiliations if a.span is not None]
    if event.date_span is not None:
        found.append(event.date_span)
    return found


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- extract -------------------------------------------------------------------------------


def test_extract_prints_one_eventkit_json_document_with_exact_spans(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["extract", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.endswith("}\n")
    assert out.count("\n") == 1
    event = loads(out, Event)
    text = SEED.read_bytes().decode("utf-8")
    assert event.statements, "the seed has statements"
    assert all(span.verify(text) for span in _spans(event))


def test_extract_pretty_indents_the_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--pretty", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith('{\n  "eventkit": ')
    assert loads(out, Event) == loads(json.dumps(json.loads(out)), Event)


def test_extract_several_files_prints_json_lines_in_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["extract", str(SEED), str(RELEASE)]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 2
    first, second = load_lines(out, Event)
    assert first == loads(out.splitlines()[0], Event)
    text = RELEASE.read_bytes().decode("utf-8")
    assert all(span.verify(text) for span in _spans(second))


def test_extract_reads_stdin_for_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, SEED.read_bytes())
    assert main(["extract", "-"]) == 0
    from_stdin = capsys.readouterr().out
    assert main(["extract", str(SEED)]) == 0
    assert from_stdin == capsys.readouterr().out


def test_extract_spans_point_into_the_text_as_given_with_crlf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = SEED.read_bytes().decode("utf-8").replace("\n", "\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    assert main(["extract", str(path)]) == 0
    event = loads(capsys.readouterr().out, Event)
    assert event.statements
    assert all(span.verify(text) for span in _spans(event))


def test_extract_records_publication_date_and_url(capsys: pytest.CaptureFixture[str]) -> None:
    url = "https://example.org/news/1"
    assert main(["extract", str(RELEASE), "--published", "2019-04-30", "--url", url]) == 0
    event = loads(capsys.readouterr().out, Event)
    assert event.source is not None
    assert event.source.url == url
    assert event.source.published == PartialDate(2019, 4, 30)


def test_extract_missing_file_is_reported_and_the_others_still_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["extract", str(missing), str(SEED)]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"{missing}: cannot read: No such file or directory\n"
    assert len(captured.out.splitlines()) == 1


def test_extract_text_that_is_not_utf8_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes('Le ministre a déclaré: "Oui."'.encode("latin-1"))
    assert main(["extract", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"{path}: not UTF-8 text (undecodable byte at offset 15)\n"
    assert captured.out == ""


def test_extract_error_from_the_pipeline_is_reported_without_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from eventkit import ExtractError

    def failing(text: str, **_: Any) -> Event:
        raise ExtractError("text too strange")

    monkeypatch.setattr("eventkit._extract.extract", failing)
    assert main(["extract", str(SEED)]) == 1
    assert capsys.readouterr().err == f"{SEED}: cannot extract: text too strange\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract"], "the following arguments are required: FILE"),
        (["extract", "--published", "12 December", "x.txt"], "expected a date such as"),
        (["extract", "--published", "2025-02-30", "x.txt"], "expected a date such as"),
        (["extract", "--pretty", "a.txt", "b.txt"], "--pretty needs a single FILE"),
        (["extract", "--url", "https://x.org", "a.txt", "b.txt"], "--url needs a single FILE"),
        (["evaluate"], "the following arguments are required: FOLDER"),
        (["evaluate", "--min-attributed-f1", "1.5", "x"], "expected a number from 0 to 1"),
        (["evaluate", "--min-extraction-f1", "high", "x"], "expected a number from 0 to 1"),
        ([], "the following arguments are required: COMMAND"),
    ],
)
def test_usage_errors_exit_with_status_2_and_a_message(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


# --- evaluate ------------------------------------------------------------------------------

TEXT = 'Ana Lima said: "We are ready." Ben Okoro noted that trade grew.'
GOLD = {
    "date": "2025-03-04",
    "participants": [
        {"name": "Ana Lima", "aliases": ["A. Lima"]},
        {"name": "Ben Okoro", "aliases": []},
    ],
    "statements": [
        {"speaker": "Ana Lima", "text": "We are ready.", "start": 16, "end": 29},
        {"speaker": "Ben Okoro", "text": "trade grew", "start": 52, "end": 62},
    ],
}


def _fake() -> Extractor:
    def extract(text: str, *, published: PartialDate | None = None) -> Event:
        people = [Participant(id="a", name="A. Lima"), Participant(id="b", name="Ben Okoro")]
        quote = Span(start=16, end=29, text=text[16:29])
        return Event(
            id="e",
            participants=people,
            statements=[Statement(id="s1", text=quote.text, speaker="a", span=quote)],
            start=PartialDate(2025, 3, 4),
        )

    return extract


@pytest.fixture
def gold_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "01_talks.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "01_talks.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    monkeypatch.setattr("eventkit._evaluate._default_extractor", _fake)
    return tmp_path


def test_evaluate_prints_a_table_per_document_and_overall(
    gold_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", str(gold_folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    row = next(line for line in lines if line.startswith("01_talks"))
    # statements 1/1/2; attributed 0/1/2 (strict: "A. Lima" is only an alias); participants
    # 2/2/2 (matched by name or alias)
    assert row.split() == [
        "01_talks",
        "1.00",
        "0.50",
        "0.67",
        "0.00",
        "0.00",
        "0.00",
        "1.00",
        "1.00",
        "1.00",
        "2/2",
        "right",
    ]
    assert any(line.startswith("overall (micro-average)") for line in lines)
    assert "attributed, accepting gold aliases: P 1.00  R 0.50  F1 0.67" in lines
    assert "dates: 1 of 1 right (1.00)" in lines


def test_evaluate_json_gives_the_report_as_data(
    gold_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", "--json", str(gold_folder)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overall"]["statements"]["matched"] == 1
    assert data["overall"]["attributed_lenient"]["matched"] == 1
    assert data["documents"][0]["name"] == "01_talks"


def test_evaluate_exits_1_when_a_floor_is_not_met(
    gold_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["evaluate", str(gold_folder), "--min-extraction-f1", "0.9"]
    assert main([*argv, "--min-attributed-f1", "0"]) == 1
    err = capsys.readouterr().err
    assert err == "eventkit evaluate: extraction F1 0.667 is below the floor 0.900\n"


def test_evaluate_exits_0_when_every_floor_is_met(
    gold_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["evaluate", str(gold_folder), "--min-extraction-f1", "0.6"]
    assert main([*argv, "--min-participant-f1", "1", "--min-attributed-f1", "0.0"]) == 0
    assert capsys.readouterr().err == ""


def test_evaluate_missing_folder_is_an_error_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err
    assert (
        err
        == f"eventkit evaluate: {tmp_path / 'nowhere'}: not a folder of gold documents - at `$`\n"
    )


def test_evaluate_shows_extractor_errors_in_the_table(
    gold_folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from eventkit import ExtractError

    def failing(text: str, **_: Any) -> Event:
        raise ExtractError("no luck")

    monkeypatch.setattr("eventkit._evaluate._default_extractor", lambda: failing)
    assert main(["evaluate", str(gold_folder)]) == 0
    assert "extractor error: ExtractError: no luck" in capsys.readouterr().out


def test_evaluate_runs_the_real_extractor_over_the_corpus_copy(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["evaluate", "--json", str(CORPUS)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"][0]["name"] == "00_kazakh_room_geneva"
    assert all(d["error"] is None for d in data["documents"])


def test_extract_into_a_closed_pipe_stops_quietly() -> None:
    files = [str(SEED), str(RELEASE)] * 200
    with subprocess.Popen(
        [sys.executable, "-m", "eventkit", "extract", *files],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()
        err = process.stderr.read().decode()
    assert process.returncode == 1
    assert "Traceback" not in err


# --- validate and python -m ----------------------------------------------------------------


def test_validate_still_summarizes_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(ROOT / "examples" / "kazakh_room.json")]) == 0
    assert "Kairat Torebayev" in capsys.readouterr().out


def test_validate_reports_unreadable_and_invalid_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"type": "Event"}')
    missing = tmp_path / "missing.json"
    assert main(["validate", str(missing), str(bad)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{missing}: cannot read: No such file or directory"
    assert err[1].startswith(f"{bad}: invalid: ")


def test_extract_writes_text_when_stdout_has_no_byte_buffer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["extract", str(SEED)]) == 0
    assert loads(out.getvalue(), Event).statements


def test_evaluate_says_when_no_document_has_a_gold_date(
    gold_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = dict(GOLD, date=None)
    (gold_folder / "01_talks.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["evaluate", str(gold_folder)]) == 0
    assert "dates: no document has a full gold date" in capsys.readouterr().out.splitlines()


def test_python_m_eventkit_runs_the_same_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "eventkit", "evaluate", str(tmp_path / "nowhere")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "not a folder of gold documents" in result.stderr
    assert "Traceback" not in result.stderr
