"""Codec benchmark: eventkit against msgspec, pydantic, cattrs and mashumaro on one document.

Run from the repository root after ``python -m pip install -e '.[bench]'``::

    python benchmarks/bench_codec.py            # the full table
    python benchmarks/bench_codec.py --quick    # fewer passes, for a quick look

Every library models the same event (a place within a place, 6 participants with roles,
titles and mentions, 4 statements with spans, a publication date and a timestamp). Before
timing, the harness checks that each library decodes the shared JSON to an object that writes
back the same JSON, so all are measured doing the same work. Timings are the median of several
interleaved passes, in one process; results are reported as ratios to msgspec.
"""

from __future__ import annotations

import argparse
import compileall
import dataclasses
import datetime as dt
import gc
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import attrs
import cattrs.preconf.orjson
import mashumaro.config
import mashumaro.mixins.orjson
import msgspec
import orjson
import pydantic

import eventkit
from eventkit import _codec

# ----------------------------------------------------------------------------- the document

TZ = dt.timezone(dt.timedelta(hours=1))


def build_event() -> eventkit.Event:
    """The benchmark document as an eventkit Event (about 2.6 KB of JSON)."""
    people = []
    titles = [
        ("Permanent Representative", "World Trade Organization", "Kazakhstan"),
        ("Director-General", "United Nations Office at Geneva", None),
        ("Deputy Director General", "International Organization for Migration", None),
        ("Goodwill Ambassador", "International Organization for Migration", "Kazakhstan"),
        ("Minister of Foreign Affairs", "Ministry of Foreign Affairs", "Uganda"),
        ("Officer-in-Charge", "WFP Japan Relations Office", None),
    ]
    names = [
        "Kairat Torebayev",
        "Tatiana Valovaya",
        "Ugochi Daniels",
        "Dimash Qudaibergen",
        "Odongo Jeje Abubakher",
        "Naoe Yakiya",
    ]
    for i, (name, (title, org, behalf)) in enumerate(zip(names, titles, strict=True)):
        people.append(
            eventkit.Participant(
                id=f"p{i + 1}",
                name=name,
                roles=(
                    eventkit.Role(code="speaker" if i < 3 else "guest_of_honor", label="remarks"),
                ),
                affiliations=(
                    eventkit.Affiliation(title=title, organization=org, on_behalf_of=behalf),
                ),
                aliases=(f"{name[0]}. {name.split()[-1]}",),
            )
        )
    quotes = [
        "Kazakh Room is not just a meeting room; it is a symbol of commitment to dialogue.",
        "the appointment of D.Qudaibergen as an IOM Global Goodwill Ambassador",
        "music is a universal language understood by everyone without translation",
        "this inspires him to carry a message of peace, kindness, and unity",
    ]
    statements = []
    for i, quote in enumerate(quotes):
        start = 900 + 200 * i
        statements.append(
            eventkit.Statement(
                id=f"s{i + 1}",
                text=quote,
                mode="direct" if i == 0 else "reported",
                speaker=f"p{i + 1}",
                cue="noted" if i == 0 else "emphasized that",
                speaker_mention=people[i].aliases[0],
                span=eventkit.Span(start=start, end=start + len(quote), text=quote),
            )
        )
    return eventkit.Event(
        id="kazakh-room-geneva-2025",
        name="Reopening of the renovated Kazakh Room",
        kind="ceremony",
        start=eventkit.PartialDate(2025, 12, 11),
        location=eventkit.Place(
            name="Kazakh Room",
            kind="room",
            within=eventkit.Place(name="United Nations Office at Geneva", kind="building"),
        ),
        participants=tuple(people),
        statements=tuple(statements),
        source=eventkit.Source(
            url="https://www.gov.kz/memleket/entities/mfa/press/news/details/1",
            publisher="Ministry of Foreign Affairs of the Republic of Kazakhstan",
            published=eventkit.PartialDate(2025, 12, 12),
            retrieved=dt.datetime(2025, 12, 12, 14, 9, 30, tzinfo=TZ),
            sha256="3f" * 32,
        ),
    )


# ----------------------------------------------------------------------------- msgspec


class MsSpan(msgspec.Struct, frozen=True, omit_defaults=True):
    start: int
    end: int
    text: str


class MsPlace(msgspec.Struct, frozen=True, omit_defaults=True):
    name: str
    kind: str | None = None
    within: MsPlace | None = None


class MsRole(msgspec.Struct, frozen=True, omit_defaults=True):
    code: str
    label: str | None = None


class MsAffiliation(msgspec.Struct, frozen=True, omit_defaults=True):
    title: str | None = None
    organization: str | None = None
    on_behalf_of: str | None = None


class MsParticipant(msgspec.Struct, frozen=True, omit_defaults=True):
    id: str
    name: str
    kind: str
    roles: tuple[MsRole, ...] = ()
    affiliations: tuple[MsAffiliation, ...] = ()
    aliases: tuple[str, ...] = ()


class MsStatement(msgspec.Struct, frozen=True, omit_defaults=True):
    id: str
    text: str
    mode: str
    speaker: str | None = None
    cue: str | None = None
    speaker_mention: str | None = None
    span: MsSpan | None = None


class MsSource(msgspec.Struct, frozen=True, omit_defaults=True):
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    retrieved: dt.datetime | None = None
    sha256: str | None = None


class MsEvent(msgspec.Struct, frozen=True, omit_defaults=True, tag="Event", tag_field="type"):
    id: str
    name: str | None = None
    kind: str | None = None
    start: dt.date | None = None
    location: MsPlace | None = None
    participants: tuple[MsParticipant, ...] = ()
    statements: tuple[MsStatement, ...] = ()
    source: MsSource | None = None


# ----------------------------------------------------------------------------- pydantic


class _Frozen(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(frozen=True, extra="forbid")


class PySpan(_Frozen):
    start: int
    end: int
    text: str


class PyPlace(_Frozen):
    name: str
    kind: str | None = None
    within: PyPlace | None = None


class PyRole(_Frozen):
    code: str
    label: str | None = None


class PyAffiliation(_Frozen):
    title: str | None = None
    organization: str | None = None
    on_behalf_of: str | None = None


class PyParticipant(_Frozen):
    id: str
    name: str
    kind: str
    roles: tuple[PyRole, ...] = ()
    affiliations: tuple[PyAffiliation, ...] = ()
    aliases: tuple[str, ...] = ()


class PyStatement(_Frozen):
    id: str
    text: str
    mode: str
    speaker: str | None = None
    cue: str | None = None
    speaker_mention: str | None = None
    span: PySpan | None = None


class PySource(_Frozen):
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    retrieved: dt.datetime | None = None
    sha256: str | None = None


class PyEvent(_Frozen):
    type: str
    id: str
    name: str | None = None
    kind: str | None = None
    start: dt.date | None = None
    location: PyPlace | None = None
    participants: tuple[PyParticipant, ...] = ()
    statements: tuple[PyStatement, ...] = ()
    source: PySource | None = None


# ----------------------------------------------------------------------------- attrs + cattrs


@attrs.frozen
class CaSpan:
    start: int
    end: int
    text: str


@attrs.frozen
class CaPlace:
    name: str
    kind: str | None = None
    within: CaPlace | None = None


@attrs.frozen
class CaRole:
    code: str
    label: str | None = None


@attrs.frozen
class CaAffiliation:
    title: str | None = None
    organization: str | None = None
    on_behalf_of: str | None = None


@attrs.frozen
class CaParticipant:
    id: str
    name: str
    kind: str
    roles: tuple[CaRole, ...] = ()
    affiliations: tuple[CaAffiliation, ...] = ()
    aliases: tuple[str, ...] = ()


@attrs.frozen
class CaStatement:
    id: str
    text: str
    mode: str
    speaker: str | None = None
    cue: str | None = None
    speaker_mention: str | None = None
    span: CaSpan | None = None


@attrs.frozen
class CaSource:
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    retrieved: dt.datetime | None = None
    sha256: str | None = None


@attrs.frozen
class CaEvent:
    type: str
    id: str
    name: str | None = None
    kind: str | None = None
    start: dt.date | None = None
    location: CaPlace | None = None
    participants: tuple[CaParticipant, ...] = ()
    statements: tuple[CaStatement, ...] = ()
    source: CaSource | None = None


CATTRS = cattrs.preconf.orjson.make_converter(omit_if_default=True, forbid_extra_keys=True)
CATTRS.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
CATTRS.register_unstructure_hook(dt.date, lambda v: v.isoformat())

# ----------------------------------------------------------------------------- mashumaro


class _MaConfig(mashumaro.config.BaseConfig):
    omit_default = True
    forbid_extra_keys = True


@dataclasses.dataclass(frozen=True, slots=True)
class MaSpan(mashumaro.mixins.orjson.DataClassORJSONMixin):
    start: int
    end: int
    text: str

    Config = _MaConfig


@dataclasses.dataclass(frozen=True, slots=True)
class MaPlace(mashumaro.mixins.orjson.DataClassORJSONMixin):
    name: str
    kind: str | None = None
    within: MaPlace | None = None

    Config = _MaConfig


@dataclasses.dataclass(frozen=True, slots=True)
class MaRole(mashumaro.mixins.orjson.DataClassORJSONMixin):
    code: str
    label: str | None = None

    Config = _MaConfig


@dataclasses.dataclass(frozen=True, slots=True)
class MaAffiliation(mashumaro.mixins.orjson.DataClassORJSONMixin):
    title: str | None = None
    organization: str | None = None
    on_behalf_of: str | None = None

    Config = _MaConfig


@dataclasses.dataclass(frozen=True, slots=True)
class MaParticipant(mashumaro.mixins.orjson.DataClassORJSONMixin):
    id: str
    name: str
    kind: str
    roles: tuple[MaRole, ...] = ()
    affiliations: tuple[MaAffiliation, ...] = ()
    aliases: tuple[str, ...] = ()

    Config = _MaConfig


@dataclasses.dataclass(frozen=True, slots=True)
class MaStatement(mashumaro.mixins.orjson.DataClassORJSONMixin):
    id: str
    text: str
    mode: str
    speaker: str | None = None
    cue: str | None = None
    speaker_mention: str | None = None
    span: MaSpan | None = None

    Config = _MaConfig


@dataclasses.dataclass(frozen=True, slots=True)
class MaSource(mashumaro.mixins.orjson.DataClassORJSONMixin):
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    retrieved: dt.datetime | None = None
    sha256: str | None = None

    Config = _MaConfig


@dataclasses.dataclass(frozen=True, slots=True)
class MaEvent(mashumaro.mixins.orjson.DataClassORJSONMixin):
    type: str
    id: str
    name: str | None = None
    kind: str | None = None
    start: dt.date | None = None
    location: MaPlace | None = None
    participants: tuple[MaParticipant, ...] = ()
    statements: tuple[MaStatement, ...] = ()
    source: MaSource | None = None

    Config = _MaConfig


# ----------------------------------------------------------------------------- the contest

Codec = tuple[Callable[[bytes], Any], Callable[[Any], bytes]]


def codecs() -> dict[str, Codec]:
    ms_decoder = msgspec.json.Decoder(MsEvent)
    ms_encoder = msgspec.json.Encoder()
    table: dict[str, Codec] = {
        "eventkit": (lambda b: eventkit.loads(b, eventkit.Event), eventkit.dumps),
    }
    if _codec.C_WRITER is not None:  # the same, as a pure-Python install runs it
        table["eventkit, pure Python"] = (
            _pure(lambda b: eventkit.loads(b, eventkit.Event)),
            _pure(eventkit.dumps),
        )
    return table | {
        "msgspec": (ms_decoder.decode, ms_encoder.encode),
        "pydantic": (
            PyEvent.model_validate_json,
            lambda o: o.model_dump_json(exclude_defaults=True).encode(),
        ),
        "cattrs": (lambda b: CATTRS.loads(b, CaEvent), CATTRS.dumps),
        "mashumaro": (MaEvent.from_json, lambda o: o.to_json().encode()),
    }


def _pure(func: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``func`` with eventkit's C module switched off for the call (two stores, a few ns)."""

    def call(value: Any) -> Any:
        saved = _codec.C_WRITER
        _codec.C_WRITER = None
        try:
            return func(value)
        finally:
            _codec.C_WRITER = saved

    return call


def shared_json() -> bytes:
    """The document as JSON, without eventkit's format version, which the peers do not keep."""
    doc = eventkit.to_dict(build_event())
    del doc["eventkit"]
    return orjson.dumps(doc)


def check_same_work(data: bytes, table: dict[str, Codec]) -> None:
    """Every library must decode the document and write back the same JSON."""
    expected = orjson.loads(data)
    for name, (decode, encode) in table.items():
        obj = decode(_with_version(data) if name.startswith("eventkit") else data)
        written = orjson.loads(encode(obj))
        written.pop("eventkit", None)
        if written != expected:
            raise SystemExit(f"{name} does not write back the same JSON:\n{written}\n{expected}")


def _with_version(data: bytes) -> bytes:
    return b'{"eventkit":1,' + data[1:]


def timeit(func: Callable[[], object], number: int) -> float:
    """Seconds per call, the best of three runs of ``number`` calls."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(number):
            func()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def measure_speed(passes: int, number: int) -> dict[str, tuple[float, float]]:
    table = codecs()
    data = shared_json()
    check_same_work(data, table)
    samples: dict[str, tuple[list[float], list[float]]] = {n: ([], []) for n in table}
    for _ in range(passes):
        for name, (decode, encode) in table.items():  # interleaved: one pass of each in turn
            payload = _with_version(data) if name.startswith("eventkit") else data
            obj = decode(payload)
            samples[name][0].append(timeit(lambda e=encode, o=obj: e(o), number))
            samples[name][1].append(timeit(lambda d=decode, p=payload: d(p), number))
    return {n: (statistics.median(e), statistics.median(d)) for n, (e, d) in samples.items()}


def measure_memory(count: int = 2000) -> dict[str, float]:
    """Bytes held per decoded event, by tracemalloc, for ``count`` live events."""
    table = codecs()
    data = shared_json()
    result = {}
    for name, (decode, _) in table.items():
        payload = _with_version(data) if name.startswith("eventkit") else data
        decode(payload)  # warm caches outside the measurement
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        held = [decode(payload) for _ in range(count)]
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        result[name] = (after - before) / count
        del held
    return result


def measure_lines(count: int) -> dict[str, float]:
    """Wall time to read ``count`` events from JSON Lines."""
    data = shared_json()
    lines = eventkit.dump_lines([build_event()] * count)
    plain = (data + b"\n") * count
    ms_decoder = msgspec.json.Decoder(MsEvent)
    result = {}
    for _ in range(2):
        start = time.perf_counter()
        events = list(eventkit.load_lines(lines, eventkit.Event))
        result["eventkit"] = min(result.get("eventkit", 1e9), time.perf_counter() - start)
        del events
        start = time.perf_counter()
        structs = [ms_decoder.decode(line) for line in plain.splitlines()]
        result["msgspec"] = min(result.get("msgspec", 1e9), time.perf_counter() - start)
        del structs
    return result


def measure_floor(passes: int, number: int) -> dict[str, tuple[str, float]]:
    """What orjson alone costs on the document, against the whole of each codec.

    eventkit's ``loads`` is ``orjson.loads`` and then ``from_dict`` (building and checking
    the objects); its ``dumps`` is ``to_dict``-like work and then ``orjson.dumps``. The parts
    are timed here on their own, interleaved with msgspec's whole decode and encode. Returns
    each part's side (``decode`` or ``encode``) and seconds per call.
    """
    data = _with_version(shared_json())
    plain = shared_json()
    event = build_event()
    doc = orjson.loads(data)
    written = eventkit.to_dict(event)
    decoder = msgspec.json.Decoder(MsEvent)
    encoder = msgspec.json.Encoder()
    struct = decoder.decode(plain)
    parts: dict[str, tuple[str, Callable[[], object]]] = {
        "msgspec decode": ("decode", lambda: decoder.decode(plain)),
        "orjson.loads alone": ("decode", lambda: orjson.loads(data)),
        "eventkit.from_dict of the parsed dict": (
            "decode",
            lambda: eventkit.from_dict(doc, eventkit.Event),
        ),
        "eventkit.loads": ("decode", lambda: eventkit.loads(data, eventkit.Event)),
        "msgspec encode": ("encode", lambda: encoder.encode(struct)),
        "orjson.dumps of the written dict alone": ("encode", lambda: orjson.dumps(written)),
        "eventkit.to_dict": ("encode", lambda: eventkit.to_dict(event)),
        "eventkit.dumps": ("encode", lambda: eventkit.dumps(event)),
    }
    samples: dict[str, list[float]] = {name: [] for name in parts}
    for _ in range(passes):
        for name, (_, func) in parts.items():
            samples[name].append(timeit(func, number))
    return {name: (parts[name][0], statistics.median(times)) for name, times in samples.items()}


IMPORTS = {
    "eventkit": "import eventkit",
    "attrs + orjson": "import attrs, orjson",
    "msgspec": "import msgspec",
    "pydantic": "import pydantic",
}


def measure_imports(runs: int) -> dict[str, float]:
    """Median wall time of a fresh interpreter importing each, less a bare interpreter."""

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-S", "-c", code], check=True)
        return time.perf_counter() - start

    # An installed wheel has its bytecode compiled; an editable checkout may not (and
    # PYTHONDONTWRITEBYTECODE may be set), so compile it first to compare like with like.
    compileall.compile_dir(os.path.dirname(eventkit.__file__), quiet=1)
    # -S keeps site-packages off the path, so add it back explicitly for every run.
    paths = [p for p in sys.path if p]
    prefix = f"import sys; sys.path[:0] = {paths!r}; "
    # Interleaved, one run of each in turn, so that a slow spell of the machine falls on all.
    times: dict[str, list[float]] = {name: [] for name in ("", *IMPORTS)}
    for _ in range(runs):
        times[""].append(run(prefix))
        for name, code in IMPORTS.items():
            times[name].append(run(prefix + code))
    base = statistics.median(times.pop(""))
    return {name: statistics.median(found) - base for name, found in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer passes and events")
    parser.add_argument(
        "--floor", action="store_true", help="also time orjson alone and eventkit's parts"
    )
    args = parser.parse_args()
    passes, number, lines, runs = (3, 300, 20_000, 5) if args.quick else (5, 2000, 100_000, 15)

    print(
        f"Python {sys.version.split()[0]}, eventkit {eventkit.__version__}, "
        f"msgspec {msgspec.__version__}, pydantic {pydantic.VERSION}, "
        f"orjson {orjson.__version__}"
    )
    print(f"document: {len(shared_json())} bytes of JSON\n")

    speed = measure_speed(passes, number)
    memory = measure_memory()
    base_enc, base_dec = speed["msgspec"]
    print("| library | encode | decode + validate | memory per event |")
    print("|---|---|---|---|")
    for name, (enc, dec) in speed.items():
        print(
            f"| {name} | {enc / base_enc:.2f}x ({enc * 1e6:.1f} us) | "
            f"{dec / base_dec:.2f}x ({dec * 1e6:.1f} us) | "
            f"{memory[name] / memory['msgspec']:.2f}x ({memory[name]:.0f} B) |"
        )

    wall = measure_lines(lines)
    print(
        f"\nJSON Lines, {lines:,} events: eventkit.load_lines {wall['eventkit']:.2f} s, "
        f"msgspec line by line {wall['msgspec']:.2f} s "
        f"({wall['eventkit'] / wall['msgspec']:.2f}x)"
    )

    if args.floor:
        floor = measure_floor(passes, number)
        print("\n| part | time | ratio to msgspec's whole decode or encode |")
        print("|---|---|---|")
        for name, (side, seconds) in floor.items():
            base = floor[f"msgspec {side}"][1]
            print(f"| {name} | {seconds * 1e6:.1f} us | {seconds / base:.2f}x |")

    imports = measure_imports(runs)
    base = imports["attrs + orjson"]
    print("\n| import | time | ratio to attrs + orjson |")
    print("|---|---|---|")
    for name, seconds in imports.items():
        print(f"| {name} | {seconds * 1e3:.1f} ms | {seconds / base:.2f}x |")


if __name__ == "__main__":
    main()
