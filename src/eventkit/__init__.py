"""eventkit: typed, immutable events, participants and statements from official reports.

The public API is exactly the names in ``__all__``; everything else is private.
"""

from ._base import Model
from ._codec import FORMAT_VERSION, dump_lines, dumps, from_dict, load_lines, loads, to_dict
from ._dates import DateMatch, DateRange, PartialDate, find_dates, parse_date
from ._errors import (
    AmbiguousDateError,
    DecodeError,
    EncodeError,
    ErrorDetail,
    EventkitError,
    ExtractError,
    IncompleteDateError,
    InvalidDateError,
    NameParseError,
    ParseError,
    RegistryError,
    ValidationError,
)
from ._evaluate import DocumentScore, EvaluationReport, Score, evaluate
from ._extract import extract
from ._frozen import FrozenMap
from ._model import (
    Affiliation,
    Event,
    Participant,
    ParticipantKind,
    Place,
    Role,
    Source,
    Span,
    Statement,
    StatementMode,
)
from ._names import NameMatch, PersonName, match_name, parse_name, parse_participant

__version__ = "0.1.0.dev0"

__all__ = [
    "FORMAT_VERSION",
    "Affiliation",
    "AmbiguousDateError",
    "DateMatch",
    "DateRange",
    "DecodeError",
    "DocumentScore",
    "EncodeError",
    "ErrorDetail",
    "EvaluationReport",
    "Event",
    "EventkitError",
    "ExtractError",
    "FrozenMap",
    "IncompleteDateError",
    "InvalidDateError",
    "Model",
    "NameMatch",
    "NameParseError",
    "ParseError",
    "PartialDate",
    "Participant",
    "ParticipantKind",
    "PersonName",
    "Place",
    "RegistryError",
    "Role",
    "Score",
    "Source",
    "Span",
    "Statement",
    "StatementMode",
    "ValidationError",
    "__version__",
    "dump_lines",
    "dumps",
    "evaluate",
    "extract",
    "find_dates",
    "from_dict",
    "load_lines",
    "loads",
    "match_name",
    "parse_date",
    "parse_name",
    "parse_participant",
    "to_dict",
]

# Errors show as ``eventkit.ValidationError`` in tracebacks, not by their private module.
for _cls in (
    AmbiguousDateError,
    DecodeError,
    EncodeError,
    ErrorDetail,
    EventkitError,
    ExtractError,
    IncompleteDateError,
    InvalidDateError,
    NameParseError,
    ParseError,
    RegistryError,
    ValidationError,
):
    _cls.__module__ = __name__
del _cls


def __dir__() -> list[str]:
    return list(__all__)
