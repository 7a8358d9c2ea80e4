"""The ``eventkit`` command: ``eventkit validate FILE...``.

Exit status: 0 when every input was read, 1 when an input is invalid, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from ._codec import loads
from ._errors import EventkitError
from ._model import Event, Participant

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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventkit", description="Events, participants and statements from official reports."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    validate = commands.add_parser(
        "validate", help="check eventkit JSON files and summarize each event"
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="a JSON file, or - for stdin")
    validate.add_argument("--strict", action="store_true", help="reject unknown fields and types")
    validate.add_argument("-q", "--quiet", action="store_true", help="print nothing when valid")
    validate.set_defaults(run=_validate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    return int(args.run(args))
