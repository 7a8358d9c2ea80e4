"""Every error eventkit raises on bad input.

One base class, so ``except eventkit.EventkitError`` catches every failure a user can cause::

    EventkitError
    ├── ValidationError          data does not fit the model (a list of located problems)
    │   └── DecodeError          bytes are not a readable JSON document at all
    ├── RegistryError            a subclass cannot be registered (two classes, one tag)
    ├── EncodeError              an object cannot be written as JSON
    ├── ParseError               free text could not be parsed (dates, names)
    │   ├── IncompleteDateError  the text does not say enough (no year, no reference date)
    │   ├── AmbiguousDateError   the text fits several dates; ``candidates`` lists them
    │   ├── InvalidDateError     the text names no real date (``31 February 2025``)
    │   └── NameParseError       the text is not a person's name
    └── ExtractError             press-release text could not be turned into an event

``ValidationError`` carries one :class:`ErrorDetail` per problem, each with its JSON path
(``$.statements[2].speaker``), a short machine-readable code, a readable message and the
offending input, so programs can act on them and people can read them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

__all__ = [
    "AmbiguousDateError",
    "DecodeError",
    "EncodeError",
    "ErrorDetail",
    "EventkitError",
    "ExtractError",
    "IncompleteDateError",
    "InvalidDateError",
    "NameParseError",
    "ParseError",
    "RegistryError",
    "ValidationError",
]


class EventkitError(Exception):
    """The base class of every error eventkit raises on bad input."""


@attrs.frozen(slots=True)
class ErrorDetail:
    """One located problem in a document or in a constructor call.

    Attributes:
        path: Where the problem is, as a JSON path rooted at ``$`` (``$.participants[1].name``).
        code: A short, stable, machine-readable code (``"type"``, ``"missing"``, ...).
        message: A sentence for people.
        input: The offending value, where there is one (``None`` otherwise).
    """

    path: str
    code: str
    message: str
    input: Any = attrs.field(default=None, eq=False, hash=False)

    def __str__(self) -> str:
        return f"{self.message} - at `{self.path}`"

    def as_dict(self) -> dict[str, Any]:
        """The problem as a plain dict with keys ``path``, ``code``, ``message``, ``input``."""
        return {"path": self.path, "code": self.code, "message": self.message, "input": self.input}


class ValidationError(EventkitError, ValueError):
    """Data does not fit the model.

    Raised by constructors (an invariant does not hold) and by the decoders (the document does
    not describe a valid object). ``details`` lists every problem found, not just the first.

    Attributes:
        details: The problems, in document order.
        line: For a JSON Lines stream, the 1-based line number of the bad record.
    """

    details: tuple[ErrorDetail, ...]
    line: int | None

    def __init__(self, details: Iterable[ErrorDetail], *, line: int | None = None) -> None:
        self.details = tuple(details)
        self.line = line
        super().__init__(self._render())

    def _render(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        if len(self.details) == 1:
            return f"{where}{self.details[0]}"
        lines = [f"{where}{len(self.details)} problems:"]
        lines.extend(f"  {detail}" for detail in self.details)
        return "\n".join(lines)

    def errors(self) -> list[dict[str, Any]]:
        """Every problem as a plain dict (``path``, ``code``, ``message``, ``input``)."""
        return [detail.as_dict() for detail in self.details]

    def at_line(self, line: int) -> ValidationError:
        """A copy of this error that names the JSON Lines line it came from."""
        return type(self)(self.details, line=line)


class DecodeError(ValidationError):
    """The input is not a readable JSON document: bad syntax, invalid UTF-8, NaN or Infinity,
    an integer out of range, nesting too deep, or empty input. The single detail's path is
    ``$`` and its message gives the character position where the reader stopped."""


class RegistryError(EventkitError, TypeError):
    """A model subclass cannot be registered: its tag is taken by another class, or one of its
    fields has a type the codec cannot write and read back losslessly."""


class EncodeError(EventkitError, TypeError):
    """An object cannot be written as JSON (for example an integer beyond 64 bits)."""


class ParseError(EventkitError, ValueError):
    """Free text could not be parsed.

    Attributes:
        text: The text that was being parsed.
    """

    def __init__(self, message: str, *, text: str = "") -> None:
        self.text = text
        super().__init__(message)


class IncompleteDateError(ParseError):
    """The text names a date but does not say enough to fix it (no year and no reference date,
    a weekday or a relative date without a reference)."""


class AmbiguousDateError(ParseError):
    """The text fits several dates (``01/02/2025`` without a given order).

    Attributes:
        candidates: The dates it could be, as ISO 8601 strings.
    """

    def __init__(self, message: str, *, text: str = "", candidates: Iterable[str] = ()) -> None:
        self.candidates = tuple(candidates)
        super().__init__(message, text=text)


class InvalidDateError(ParseError):
    """The text is not a date, or names one that does not exist (``31 February 2025``)."""


class NameParseError(ParseError):
    """The text is not a person's name (empty, only a title, only punctuation)."""


class ExtractError(EventkitError, ValueError):
    """Press-release text could not be turned into an event (for example it is not a ``str``)."""
