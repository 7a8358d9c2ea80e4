"""Benchmark ``eventkit.extract``: throughput, growth with text size, and hostile inputs.

Run from the repository root::

    python benchmarks/bench_extract.py            # everything, a few minutes at most
    python benchmarks/bench_extract.py --quick    # fewer passes, smaller caps

It measures, on one core (the process pins itself to one CPU where the OS allows it):

1. **Throughput**: articles per second over the texts of ``tests/fixtures/corpus`` and
   ``tests/fixtures/unseen`` (with ``batch2``, and any ``--corpus`` folders): the median and fastest of several
   passes after a warm-up pass.
2. **Growth with size**: ``extract`` on 0.125, 0.25, 0.5 and 1 MB of those texts joined by blank
   lines, against extracting each part alone (the fastest of a few runs of each). A ratio near
   1.0 at every size means cost grows linearly; a ratio that grows with size means it does not.
3. **Hostile inputs**: each run in a child process with a wall-clock cap; a case that takes
   longer is killed and reported as ``FAIL (timeout)``, one that raises anything other than an
   ``EventkitError`` as ``FAIL (raised ...)``.

``benchmarks/README.md`` explains the method and lists the figures measured.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
DEFAULT_FOLDERS = (FIXTURES / "corpus", FIXTURES / "unseen", FIXTURES / "unseen" / "batch2")
MEGABYTE = 1_000_000

Extractor = Callable[[str], Any]


def load_extractor(spec: str) -> Extractor:
    """``module:function`` (default ``eventkit:extract``) as a callable."""
    module, _, name = spec.partition(":")
    function: Extractor = getattr(importlib.import_module(module), name or "extract")
    return function


def pin_to_one_core() -> str:
    """Run on a single CPU where the OS allows it; says what was done."""
    if hasattr(os, "sched_setaffinity") and hasattr(os, "sched_getaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity on this OS)"


def corpus_texts(folders: list[Path]) -> list[str]:
    """The ``NN_slug.txt`` texts of the folders, decoded without changing a character."""
    texts = []
    for folder in folders:
        for path in sorted(folder.glob("[0-9]*_*.txt")):
            texts.append(path.read_bytes().decode("utf-8"))
    if not texts:
        raise SystemExit(f"no NN_slug.txt texts in {', '.join(map(str, folders))}")
    return texts


def time_call(extract: Extractor, texts: list[str], repeat: int) -> float:
    """The fastest of ``repeat`` runs of ``extract`` over ``texts``, in seconds.

    The fastest run is the one least disturbed by other work on the machine (as ``timeit``
    advises); the spread between runs is noise, not a property of the code.
    """
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            extract(text)
        best = min(best, time.perf_counter() - start)
    return best


def throughput(extract: Extractor, texts: list[str], passes: int) -> dict[str, float]:
    """Articles per second over ``texts``: one warm-up pass, then the median of ``passes``."""
    for text in texts:
        extract(text)
    rates = []
    for _ in range(passes):
        start = time.perf_counter()
        for text in texts:
            extract(text)
        rates.append(len(texts) / (time.perf_counter() - start))
    sizes = [len(text.encode("utf-8")) for text in texts]
    return {
        "articles": len(texts),
        "mean_bytes": statistics.mean(sizes),
        "median_rate": statistics.median(rates),
        "min_rate": min(rates),
        "max_rate": max(rates),
    }


def growth(extract: Extractor, texts: list[str], target: int, repeat: int) -> dict[str, float]:
    """Cost of one ~``target``-byte text against the sum of its parts."""
    parts: list[str] = []
    size = 0
    while size < target:
        text = texts[len(parts) % len(texts)]
        parts.append(text)
        size += len(text.encode("utf-8")) + 2
    whole = "\n\n".join(parts)
    sum_of_parts = time_call(extract, parts, repeat)
    whole_time = time_call(extract, [whole], repeat)
    return {
        "parts": len(parts),
        "bytes": len(whole.encode("utf-8")),
        "whole_seconds": whole_time,
        "sum_of_parts_seconds": sum_of_parts,
        "ratio": whole_time / sum_of_parts,
    }


def _nested_brackets(n: int) -> str:
    return "(" * n + "[{" * (n // 2) + "x" + "}]" * (n // 2) + ")" * n


HOSTILE: dict[str, Callable[[], str]] = {
    "100,000 straight quotation marks": lambda: '"' * 100_000,
    "100,000 curly opening marks": lambda: "\u201c" * 100_000,
    "100,000 guillemets «": lambda: "\u00ab" * 100_000,
    "alternating quote kinds, 100,000 marks": lambda: (
        "\"\u201c\u201d\u00ab\u00bb'\u2018\u2019" * 12_500
    ),
    "quote marks between words, 200,000 chars": lambda: 'a "b ' * 40_000,
    "1 MB without spaces or newlines": lambda: ("Kazakh.Room,said:" * 60_000)[:MEGABYTE],
    "1 MB of one letter": lambda: "a" * MEGABYTE,
    "1 MB of one long line with spaces": lambda: "word " * 200_000,
    "deeply nested brackets (200,000)": lambda: _nested_brackets(100_000),
    "100,000 unclosed parentheses": lambda: "(" * 100_000,
    "20,000 'said' cues": lambda: '"Yes," said he. ' * 20_000,
    "50,000 paragraphs": lambda: "A.\n\n" * 50_000,
    "100,000 capitalised words (names?)": lambda: "Ab " * 100_000,
    "100,000 initials": lambda: "A. " * 100_000,
    "200,000 dashes": lambda: "- " * 100_000,
    "200,000 spaced en dashes": lambda: "\u2013 " * 200_000,
    "20,000 dash-quoted sentences": lambda: "Yes. \u2013 We agree \u2013 said he. " * 20_000,
    "100,000 'Name:' lines": lambda: "Ana Lima: we agree.\n" * 100_000,
}


def run_hostile_case(name: str, extractor: str) -> None:
    """The child side: build one hostile input, run the extractor, print the outcome."""
    from eventkit import EventkitError

    extract = load_extractor(extractor)
    text = HOSTILE[name]()
    start = time.perf_counter()
    try:
        extract(text)
        outcome = "ok"
    except EventkitError as exc:
        outcome = f"ok (raised {type(exc).__name__})"
    elapsed = time.perf_counter() - start
    print(f"{elapsed:.3f}\t{len(text)}\t{outcome}")


def hostile(extractor: str, cap: float) -> list[tuple[str, str]]:
    """Run every hostile case in a child process with a wall-clock cap."""
    rows = []
    for name in HOSTILE:
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--extractor",
            extractor,
            "--hostile-case",
            name,
        ]
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=cap, check=False
            )
        except subprocess.TimeoutExpired:
            rows.append((name, f"FAIL (timeout after {cap:.0f} s)"))
            continue
        if result.returncode != 0:
            last = (result.stderr.strip().splitlines() or ["no output"])[-1]
            rows.append((name, f"FAIL (raised {last[:100]})"))
            continue
        seconds, chars, outcome = result.stdout.strip().split("\t")
        rate = int(chars) / float(seconds) / 1e6 if float(seconds) else float("inf")
        rows.append((name, f"{outcome}: {float(seconds):.4f} s ({rate:.2f} M chars/s)"))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extractor", default="eventkit:extract", help="module:function")
    parser.add_argument("--corpus", action="append", type=Path, help="more NN_slug.txt folders")
    parser.add_argument("--passes", type=int, default=7, help="throughput passes (median)")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds per hostile input")
    parser.add_argument("--quick", action="store_true", help="3 passes, 20 s caps")
    parser.add_argument("--hostile-case", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.hostile_case:
        pin_to_one_core()
        run_hostile_case(args.hostile_case, args.extractor)
        return 0
    passes, cap = (3, 20.0) if args.quick else (args.passes, args.cap)

    pinned = pin_to_one_core()
    extract = load_extractor(args.extractor)
    folders = [*DEFAULT_FOLDERS, *(args.corpus or [])]
    texts = corpus_texts(folders)
    print(f"eventkit extract benchmark: Python {platform.python_version()} on {platform.machine()}")
    print(f"{platform.processor() or platform.platform()}; {pinned}; extractor {args.extractor}\n")

    rate = throughput(extract, texts, passes)
    per_second = rate["median_rate"] * rate["mean_bytes"]
    print(
        f"throughput: {rate['median_rate']:.0f} articles/s (median of {passes} passes; "
        f"slowest {rate['min_rate']:.0f}, fastest {rate['max_rate']:.0f}) over "
        f"{rate['articles']:.0f} articles of {rate['mean_bytes']:.0f} bytes on average; "
        f"{per_second / 1000:.0f} KB/s, the rate of {per_second / 2048:.0f} articles/s "
        "of 2 KB (the target's size)\n"
    )
    print("growth: releases joined into one text, against the sum of extracting each alone")
    for target in (MEGABYTE // 8, MEGABYTE // 4, MEGABYTE // 2, MEGABYTE):
        size = growth(extract, texts, target, 2 if args.quick else 3)
        print(
            f"  {size['bytes'] / 1e6:5.2f} MB ({size['parts']:4.0f} releases): "
            f"{size['whole_seconds']:7.3f} s, parts alone {size['sum_of_parts_seconds']:7.3f} s, "
            f"ratio {size['ratio']:.2f}"
        )
    print()
    print(f"hostile inputs (each in a child process, cap {cap:.0f} s):")
    rows = hostile(args.extractor, cap)
    width = max(len(name) for name, _ in rows)
    for name, outcome in rows:
        print(f"  {name:<{width}}  {outcome}")
    return 1 if any(outcome.startswith("FAIL") for _, outcome in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
