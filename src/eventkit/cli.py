"""The ``eventkit`` command: ``extract``, ``evaluate`` and ``validate``.

* ``eventkit extract FILE... | -``: press-release text to eventkit JSON (one document, or JSON
  Lines for several files).
* ``eventkit evaluate FOLDER...``: score ``extract`` against gold annotations.
* ``eventkit validate FILE...``: check eventkit JSON files and summarize each event.

Exit status: 0 on success, 1 when an input cannot be read or is invalid (or, for
``evaluate``, a score is below its floor), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from ._codec import dumps, loads
from ._dates import PartialDate
from ._errors import EventkitError, ValidationError
from ._evaluate import DocumentScore, EvaluationReport, Score, evaluate
from ._model import Event, Participant, Source

__all__ = ["main"]


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def _describe_participant(participant: Participant) -> str:
    parts = [participant.name]
    if participant.kind != "person":
        parts.append(f"({participant.kind})")
    titles = [a.label or a.title or a.organization or "" for a in participant.affiliations]
    if titles:
        parts.append("- " + "; ".join(t for t in titles if t))
    roles = [role.code + (f' "{role.label}"' if role.label else "") for role in participant.roles]
    if roles:
        parts.append(f"[{', '.join(roles)}]")
    return " ".join(parts)


def summarize(event: Event, out: TextIO) -> None:
    """Print a readable summary of an event: when, where, who, who said what."""
    heading = event.name or event.kind or event.id
    out.write(f"Event {event.id}: {heading}\n")
    if event.kind:
        out.write(f"  kind: {event.kind}\n")
    if event.start is not None:
        when = str(event.start) + (f" to {event.end}" if event.end is not None else "")
        out.write(f"  date: {when}\n")
    if event.location is not None:
        out.write("  place: " + " < ".join(p.name for p in event.location.chain()) + "\n")
    if event.source is not None and event.source.published is not None:
        out.write(f"  published: {event.source.published}\n")
    out.write(f"  participants ({len(event.participants)}):\n")
    for participant in event.participants:
        out.write(f"    - {_describe_participant(participant)}\n")
    out.write(f"  statements ({len(event.statements)}):\n")
    for statement in event.statements:
        speaker = event.participant(statement.speaker) if statement.speaker else None
        who = speaker.name if speaker is not None else "(speaker unknown)"
        cue = f" ({statement.cue})" if statement.cue else ""
        text = statement.text if len(statement.text) <= 90 else statement.text[:87] + "..."
        out.write(f"    - {who}, {statement.mode}{cue}: {text}\n")


def _validate(args: argparse.Namespace) -> int:
    status = 0
    for path in args.files:
        try:
            event = loads(_read(path), Event, strict=args.strict)
        except OSError as exc:
            sys.stderr.write(f"{path}: cannot read: {exc.strerror or exc}\n")
            status = 1
            continue
        except EventkitError as exc:
            sys.stderr.write(f"{path}: invalid: {exc}\n")
            status = 1
            continue
        if not args.quiet:
            summarize(event, sys.stdout)
    return status


def _decode(path: str, data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        sys.stderr.write(f"{path}: not UTF-8 text (undecodable byte at offset {exc.start})\n")
        return None


def _write_bytes(data: bytes) -> None:
    out = sys.stdout
    buffer = getattr(out, "buffer", None)
    if buffer is None:  # a text-only stream, such as a StringIO put in place of stdout
        out.write(data.decode("utf-8"))
        return
    out.flush()
    buffer.write(data)
    buffer.flush()


def _extract(args: argparse.Namespace) -> int:
    status = 0
    source = Source(url=args.url, published=args.published) if args.url else None
    for path in args.files:
        try:
            data = _read(path)
        except OSError as exc:
            sys.stderr.write(f"{path}: cannot read: {exc.strerror or exc}\n")
            status = 1
            continue
        text = _decode(path, data)
        if text is None:
            status = 1
            continue
        from ._extract import extract

        try:
            event = extract(text, source=source, published=args.published)
            output = dumps(event, pretty=args.pretty)
        except EventkitError as exc:
            sys.stderr.write(f"{path}: cannot extract: {exc}\n")
            status = 1
            continue
        _write_bytes(output + b"\n")
    return status


def _ratio(value: float) -> str:
    return f"{value:5.2f}"


def _prf(score: Score) -> str:
    return f"{_ratio(score.precision)} {_ratio(score.recall)} {_ratio(score.f1)}"


def _date_cell(row: DocumentScore) -> str:
    return {None: "-", True: "right", False: "wrong"}[row.date_correct]


def write_table(report: EvaluationReport, out: TextIO) -> None:
    """Print a report as a per-document and overall table."""
    overall = "overall (micro-average)"
    width = max([len(overall), *(len(d.name) for d in report.documents)])
    columns = f"{'P':>5} {'R':>5} {'F1':>5}"
    lines = [
        f"{'':<{width}}  {'statements':^17}  {'attributed':^17}  {'participants':^17}  gold",
        f"{'document':<{width}}  {columns}  {columns}  {columns}  st/pp  date",
    ]
    for row in report.documents:
        lines.append(
            f"{row.name:<{width}}  {_prf(row.statements)}  {_prf(row.attributed)}  "
            f"{_prf(row.participants)}  {row.statements.expected:>2}/{row.participants.expected:<2}"
            f"  {_date_cell(row)}"
        )
        if row.error is not None:
            lines.append(f"{'':<{width}}  extractor error: {row.error}")
    lines.append(
        f"{overall:<{width}}  {_prf(report.statements)}  {_prf(report.attributed)}  "
        f"{_prf(report.participants)}  "
        f"{report.statements.expected:>2}/{report.participants.expected:<2}"
    )
    out.write("\n".join(line.rstrip() for line in lines) + "\n\n")
    lenient = report.attributed_lenient
    out.write(
        f"attributed, accepting gold aliases: P {lenient.precision:.2f}  "
        f"R {lenient.recall:.2f}  F1 {lenient.f1:.2f}\n"
    )
    if report.date_accuracy is None:
        out.write("dates: no document has a full gold date\n")
    else:
        out.write(
            f"dates: {report.dates_correct} of {report.dates_total} right"
            f" ({report.date_accuracy:.2f})\n"
        )


def _evaluate(args: argparse.Namespace) -> int:
    try:
        report = evaluate(*args.folders)
    except (ValidationError, OSError) as exc:
        sys.stderr.write(f"eventkit evaluate: {exc}\n")
        return 1
    if args.json:
        sys.stdout.write(json.dumps(report.as_dict(), indent=2) + "\n")
    else:
        write_table(report, sys.stdout)
    status = 0
    floors = (
        ("extraction F1", report.statements.f1, args.min_extraction_f1),
        ("attributed F1", report.attributed.f1, args.min_attributed_f1),
        ("participant F1", report.participants.f1, args.min_participant_f1),
    )
    for label, value, floor in floors:
        if floor is not None and value < floor:
            sys.stderr.write(
                f"eventkit evaluate: {label} {value:.3f} is below the floor {floor:.3f}\n"
            )
            status = 1
    return status


def _published(text: str) -> PartialDate:
    try:
        return PartialDate.from_edtf(text)
    except ValidationError:
        raise argparse.ArgumentTypeError(
            f"expected a date such as 2025-12-12 (or 2025-12, 2025), got {text!r}"
        ) from None


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventkit", description="Events, participants and statements from official reports."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = commands.add_parser(
        "extract",
        help="turn press-release text into eventkit JSON",
        description="Print the event each text reports as eventkit JSON: one document for one "
        "file, JSON Lines (one compact document a line) for several.",
    )
    extract.add_argument(
        "files", nargs="+", metavar="FILE", help="a UTF-8 text file, or - for stdin"
    )
    extract.add_argument("--pretty", action="store_true", help="indent the JSON (one file only)")
    extract.add_argument(
        "--published",
        type=_published,
        metavar="YYYY-MM-DD",
        help="the publication date; dates without a year, weekdays and 'yesterday' are "
        "resolved against it",
    )
    extract.add_argument("--url", help="the address the text was published at (one file only)")
    extract.set_defaults(run=_extract)
    evaluate_ = commands.add_parser(
        "evaluate",
        help="score extract against gold annotations",
        description="Run extract over folders of NN_slug.txt + NN_slug.gold.json pairs and "
        "print per-document and overall precision, recall and F1.",
    )
    evaluate_.add_argument("folders", nargs="+", metavar="FOLDER", help="a folder of gold pairs")
    for measure in ("attributed", "extraction", "participant"):
        evaluate_.add_argument(
            f"--min-{measure}-f1",
            type=_fraction,
            metavar="X",
            help=f"exit with status 1 when the overall {measure} F1 is below X",
        )
    evaluate_.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate_.set_defaults(run=_evaluate)
    validate = commands.add_parser(
        "validate", help="check eventkit JSON files and summarize each event"
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="a JSON file, or - for stdin")
    validate.add_argument("--strict", action="store_true", help="reject unknown fields and types")
    validate.add_argument("-q", "--quiet", action="store_true", help="print nothing when valid")
    validate.set_defaults(run=_validate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Args:
        argv: The arguments after the program name; ``sys.argv[1:]`` when ``None``.

    Returns:
        The exit status: 0 on success, 1 when an input is bad, a floor is not met or the
        output pipe was closed, 130 when interrupted.

    Raises:
        SystemExit: With status 2 for a usage error (after printing the usage), or 0 after
            ``--help``.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "extract" and len(args.files) > 1:
        if args.pretty:
            parser.error("extract: --pretty needs a single FILE (several files give JSON Lines)")
        if args.url:
            parser.error("extract: --url needs a single FILE")
    try:
        return int(args.run(args))
    except BrokenPipeError:
        # The reader went away (``eventkit extract ... | head``): stop quietly. Point stdout at
        # devnull so that the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130
