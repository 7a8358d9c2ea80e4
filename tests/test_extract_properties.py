"""Properties of ``eventkit.extract`` over generated text (Hypothesis).

Whatever the input, every span points at its own text, only ``EventkitError`` escapes, the
result is a valid event, and the same text gives the same event.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventkit import Event, EventkitError, extract

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]

_PIECES = st.sampled_from(
    [
        '"',
        "\u201c",
        "\u201d",
        "\u00ab",
        "\u00bb",
        "\u2018",
        "\u2019",
        "'",
        "(",
        ")",
        "[",
        "]",
        " - ",
        " \u2014 ",
        ":",
        ",",
        ". ",
        "\n",
        "\n\n",
        " said ",
        " noted that ",
        "According to ",
        "He ",
        "She ",
        "the Minister ",
        "Minister John Smith",
        "K. Torebayev",
        "U.Daniels",
        "Mrs. ",
        "12 May 2024",
        "April 24",
        "yesterday",
        "date 2025-12-12 Images | gov.kz\n",
        "(For more information: ",
        "attended by ",
        "honored guest",
        "BRUSSELS - ",
    ]
)
_NOISY = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=60).map("".join)


def _mutated() -> st.SearchStrategy[str]:
    """A corpus text with a few pieces cut out or put in."""

    @st.composite
    def build(draw: st.DrawFn) -> str:
        text = draw(st.sampled_from(_TEXTS))
        for _ in range(draw(st.integers(0, 6))):
            at = draw(st.integers(0, len(text)))
            if draw(st.booleans()):
                text = text[:at] + draw(_PIECES) + text[at:]
            else:
                text = text[:at] + text[at + draw(st.integers(0, 80)) :]
        return text

    return build()


def _check(text: str, event: Event) -> None:
    spans = []
    for statement in event.statements:
        spans.extend([statement.span, statement.attribution_span])
    for participant in event.participants:
        spans.extend(participant.mentions)
        spans.extend(role.span for role in participant.roles)
        spans.extend(a.span for a in participant.affiliations)
    place = event.location
    while place is not None:
        spans.append(place.span)
        place = place.within
    spans.append(event.date_span)
    for span in spans:
        if span is not None:
            assert text[span.start : span.end] == span.text
    ids = {p.id for p in event.participants}
    for statement in event.statements:
        assert statement.speaker is None or statement.speaker in ids


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NOISY)
def test_spans_point_at_their_text_in_noisy_input(text: str) -> None:
    try:
        event = extract(text)
    except EventkitError:  # pragma: no cover - allowed, though none is expected
        return
    _check(text, event)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated())
def test_spans_point_at_their_text_in_damaged_press_releases(text: str) -> None:
    event = extract(text)
    _check(text, event)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from('"\u201c\u201d\u00ab\u00bb()[]{} \n.aA'), max_size=300))
def test_quote_marks_and_brackets_alone_never_break_it(text: str) -> None:
    _check(text, extract(text))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_text_gives_the_same_event_twice(text: str) -> None:
    first = extract(text)
    assert first == extract(text)
    _check(text, first)
