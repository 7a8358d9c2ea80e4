"""The stages of the extraction pipeline, one at a time: layout, quotes, dates, names."""

from __future__ import annotations

from eventkit import PartialDate
from eventkit._extract._layout import analyse
from eventkit._extract._quotes import find_quotes
from eventkit._extract._when import find_dates, resolve


def _quotes(text: str) -> list[str]:
    layout = analyse(text)
    return [text[q.start : q.end] for q in find_quotes(text, layout.paragraphs)]


def test_sentences_do_not_end_at_initials_or_honorifics() -> None:
    text = "Mrs. A. Smith met K. Torebayev and U.Daniels. They talked. Then Dr. Lee left."
    layout = analyse(text)
    sentences = [text[a:b] for a, b in layout.sentences]
    assert sentences == [
        "Mrs. A. Smith met K. Torebayev and U.Daniels.",
        "They talked.",
        "Then Dr. Lee left.",
    ]


def test_a_missing_space_after_a_full_stop_still_ends_the_sentence() -> None:
    text = "The agenda runs to 2019-2024.European leaders agreed."
    sentences = [text[a:b] for a, b in analyse(text).sentences]
    assert sentences == ["The agenda runs to 2019-2024.", "European leaders agreed."]


def test_chrome_headline_byline_and_contacts_are_excluded() -> None:
    text = (
        "date 2025-12-12 Images | gov.kz\n\nTell a friend\n\nTalks in Geneva\n\nAnna Writer\n"
        "2 March 2022, 14:09\n\nThe talks began. (For more information: Jo Press)"
    )
    layout = analyse(text)
    for piece in ("Images", "Tell a friend", "Talks in Geneva", "Anna Writer", "Jo Press"):
        assert layout.is_excluded(text.index(piece)), piece
    assert not layout.is_excluded(text.index("The talks began"))
    assert layout.headline is not None
    assert text[layout.headline[0] : layout.headline[1]] == "Talks in Geneva"
    assert layout.chrome_date is not None
    assert layout.chrome_date.year == 2025
    assert layout.byline_date is not None
    assert layout.byline_date.day == 2


def test_datelines_give_a_place() -> None:
    for text, place in [
        ("Brussels, 30 April 2019\n\nThe Commission met.", "Brussels"),
        ("YOKOHAMA - The programme welcomed it.", "YOKOHAMA"),
        ("NUR-SULTAN. KAZINFORM - Eight officials stay.", "NUR-SULTAN"),
    ]:
        layout = analyse(text)
        assert layout.dateline_place is not None
        assert text[layout.dateline_place[0] : layout.dateline_place[1]] == place


def test_quotes_pair_across_kinds_and_ignore_apostrophes() -> None:
    text = 'He said \u201cit\u2019s done\u201d and \u00abwe go\u00bb and "fine".'
    assert _quotes(text) == ["it\u2019s done", "we go", "fine"]


def test_a_closing_mark_with_nothing_open_is_dropped() -> None:
    assert _quotes('The 12" pipe. She said "yes we can".') == ["yes we can"]


def test_a_hundred_thousand_marks_pair_in_one_pass() -> None:
    text = '"a" ' * 25_000
    assert len(_quotes(text)) == 25_000


def test_dates_are_found_with_their_precision() -> None:
    text = "On 9 May 2019, on April 24, in March 2020, on 23-26 May 2019 and yesterday."
    found = find_dates(text)
    assert [(d.year, d.month, d.day, d.last_day) for d in found[:4]] == [
        (2019, 5, 9, None),
        (None, 4, 24, None),
        (2020, 3, None, None),
        (2019, 5, 23, 26),
    ]
    assert found[4].relative == "yesterday"


def test_impossible_dates_are_not_dates() -> None:
    assert find_dates("on 31 February 2025 and 2025-13-40") == []


def test_dates_resolve_only_against_a_reference() -> None:
    [no_year] = find_dates("on December 30")
    assert resolve(no_year, None) == (None, None)
    start, _ = resolve(no_year, PartialDate(2026, 1, 2))
    assert start == PartialDate(2025, 12, 30, inferred=True)
    [weekday] = find_dates("on Monday")
    start, _ = resolve(weekday, PartialDate(2024, 5, 8))  # a Wednesday
    assert start == PartialDate(2024, 5, 6, inferred=True)
    [ranged] = find_dates("on 23-26 May 2019")
    assert resolve(ranged, None) == (PartialDate(2019, 5, 23), PartialDate(2019, 5, 26))
