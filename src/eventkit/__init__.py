"""eventkit: typed, immutable events, participants and statements from official reports.

The public API is exactly the names in ``__all__``; everything else is private.
"""

import importlib as _importlib
import typing as _typing

from . import _errors
from ._base import Model
from ._codec import FORMAT_VERSION, dump_lines, dumps, from_dict, load_lines, loads, to_dict
from ._dates import DateRange, PartialDate
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

if _typing.TYPE_CHECKING:
    from ._dateparse import DateMatch, find_dates, parse_date
    from ._evaluate import DocumentScore, EvaluationReport, Score, evaluate
    from ._extract import extract
    from ._names import NameMatch, PersonName, match_name, parse_name, parse_participant

# The text tools load on first use, so that ``import eventkit`` costs little more than the
# model and the codec (programs that only read and write JSON never pay for them).
_LAZY = {
    "DateMatch": "._dateparse",
    "find_dates": "._dateparse",
    "parse_date": "._dateparse",
    "DocumentScore": "._evaluate",
    "EvaluationReport": "._evaluate",
    "Score": "._evaluate",
    "evaluate": "._evaluate",
    "extract": "._extract",
    "NameMatch": "._names",
    "PersonName": "._names",
    "match_name": "._names",
    "parse_name": "._names",
    "parse_participant": "._names",
}

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
for _name in _errors.__all__:
    getattr(_errors, _name).__module__ = __name__
del _name


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'eventkit' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
