"""Names: parse_name reads the forms press releases use; match_name never links when two fit."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from eventkit import (
    EventkitError,
    NameMatch,
    NameParseError,
    PersonName,
    ValidationError,
    match_name,
    parse_name,
    parse_participant,
)
from eventkit._names import split_title

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
UNSEEN = Path(__file__).parent / "fixtures" / "unseen"


def _gold(folder: Path, prefix: str = "") -> list[tuple[str, dict[str, Any]]]:
    return [
        (prefix + p.name, json.loads(p.read_text("utf-8")))
        for p in sorted(folder.glob("*.gold.json"))
    ]


def _people(gold: dict[str, Any]) -> dict[str, PersonName]:
    """Every named person of a gold file (participants and people only mentioned)."""
    people = {}
    for i, person in enumerate(gold["participants"]):
        people[f"p{i}"] = parse_name(person["name"])
    for i, person in enumerate(gold.get("mentioned_persons", [])):
        people[f"m{i}"] = parse_name(person["name"])
    return people


# The corpus, and for names, aliases and descriptors also the texts written for the project.
GOLD = _gold(CORPUS)
ALL_GOLD = GOLD + _gold(UNSEEN, "unseen/")
NAMES = [(f, p["name"]) for f, g in ALL_GOLD for p in g["participants"]]
NAMES += [(f, p["name"]) for f, g in ALL_GOLD for p in g.get("mentioned_persons", [])]
ALIASES = [
    (f, i, a) for f, g in ALL_GOLD for i, p in enumerate(g["participants"]) for a in p["aliases"]
]
DESCRIPTORS = [(f, d) for f, g in ALL_GOLD for p in g["participants"] for d in p["descriptors"]]


# --------------------------------------------------------------------------------------------
# parse_name: the forms of the issue


@pytest.mark.parametrize(
    ("text", "honorifics", "given", "initials", "family"),
    [
        ("Kairat Torebayev", (), ("Kairat",), (), "Torebayev"),
        ("H.E. Mr. Kairat Torebayev", ("H.E.", "Mr."), ("Kairat",), (), "Torebayev"),
        (
            "His Excellency Kassym-Jomart Tokayev",
            ("His Excellency",),
            ("Kassym-Jomart",),
            (),
            "Tokayev",
        ),
        ("Hon. Jane Doe", ("Hon.",), ("Jane",), (), "Doe"),
        ("Mrs. Nwanneakolam Vwede-Obahor", ("Mrs.",), ("Nwanneakolam",), (), "Vwede-Obahor"),
        ("General Odongo Jeje Abubakher", ("General",), ("Odongo", "Jeje"), (), "Abubakher"),
        ("Dominique de Villepin", (), ("Dominique",), (), "de Villepin"),
        ("Mark van der Berg", (), ("Mark",), (), "van der Berg"),
        ("Herman Van Rompuy", (), ("Herman",), (), "Van Rompuy"),
        ("Jean-Claude Juncker", (), ("Jean-Claude",), (), "Juncker"),
        ("U.Daniels", (), (), ("U",), "Daniels"),
        ("D.Qudaibergen", (), (), ("D",), "Qudaibergen"),
        ("K. Torebayev", (), (), ("K",), "Torebayev"),
        ("S.V. Lavrov", (), (), ("S", "V"), "Lavrov"),
        ("V.A. Nebenzia", (), (), ("V", "A"), "Nebenzia"),
        ("Elsie G. Attafuah", (), ("Elsie",), ("G",), "Attafuah"),
        ("Conor O'Brien", (), ("Conor",), (), "O'Brien"),
        ("Luiz Inácio Lula da Silva", (), ("Luiz", "Inácio", "Lula"), (), "da Silva"),
    ],
)
def test_parse_name_splits_honorifics_given_initials_and_family(
    text: str,
    honorifics: tuple[str, ...],
    given: tuple[str, ...],
    initials: tuple[str, ...],
    family: str,
) -> None:
    name = parse_name(text)
    assert (name.honorifics, name.given, name.initials, name.family) == (
        honorifics,
        given,
        initials,
        family,
    )
    assert name.text == text
    assert not name.family_first


@pytest.mark.parametrize(
    ("text", "given", "family", "full"),
    [
        ("TANAKA Akihiko", ("Akihiko",), "Tanaka", "Tanaka Akihiko"),
        ("H.E. Suzuki Kazuya", ("Kazuya",), "Suzuki", "Suzuki Kazuya"),
        ("Xi Jinping", ("Jinping",), "Xi", "Xi Jinping"),
        ("Moon Jae-in", ("Jae-in",), "Moon", "Moon Jae-in"),
        ("Lavrov, Sergey", ("Sergey",), "Lavrov", "Lavrov Sergey"),
    ],
)
def test_parse_name_reads_family_name_first_forms(
    text: str, given: tuple[str, ...], family: str, full: str
) -> None:
    name = parse_name(text)
    assert (name.given, name.family, name.family_first, name.full) == (given, family, True, full)


def test_capitalised_family_name_after_the_given_name_is_not_family_first() -> None:
    name = parse_name("Akihiko TANAKA")
    assert (name.given, name.family, name.family_first) == (("Akihiko",), "Tanaka", False)


def test_english_given_name_that_is_also_a_korean_family_name_stays_given() -> None:
    name = parse_name("Lee Harvey Oswald")
    assert (name.given, name.family, name.family_first) == (("Lee", "Harvey"), "Oswald", False)


def test_suffix_after_a_comma_is_kept_apart() -> None:
    name = parse_name("Joseph Boakai, Jr.")
    assert (name.given, name.family, name.suffix, name.full) == (
        ("Joseph",),
        "Boakai",
        "Jr.",
        "Joseph Boakai Jr.",
    )


def test_nickname_in_brackets_is_kept_apart_and_left_out_of_full() -> None:
    name = parse_name("Catherine (Kate) Mwangi")
    assert (name.given, name.nickname, name.family, name.full) == (
        ("Catherine",),
        "Kate",
        "Mwangi",
        "Catherine Mwangi",
    )


def test_nickname_in_curly_quotes() -> None:
    assert parse_name("Catherine \u201cKate\u201d Mwangi").nickname == "Kate"


def test_single_word_is_a_mononym_with_no_family_name() -> None:
    name = parse_name("Dimash")
    assert name.is_mononym
    assert (name.given, name.family, name.full) == (("Dimash",), None, "Dimash")


def test_full_writes_glued_initials_with_a_space_and_drops_honorifics() -> None:
    assert parse_name("IOM U.Daniels".removeprefix("IOM ")).full == "U. Daniels"
    assert parse_name("H.E. Mr. Kairat Torebayev").full == "Kairat Torebayev"


def test_initials_of_given_keep_the_written_order() -> None:
    assert parse_name("J. Robert Oppenheimer").initials_of_given() == ("J", "R")
    assert parse_name("Elsie G. Attafuah").initials_of_given() == ("E", "G")
    assert parse_name("S.V. Lavrov").initials_of_given() == ("S", "V")


def test_two_letter_initials_are_initials() -> None:
    name = parse_name("Yu.V. Andropov")
    assert (name.initials, name.family) == (("Yu", "V"), "Andropov")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Expected a person's name, got empty text"),
        ("   ", "Expected a person's name, got empty text"),
        ("The Minister", "'The Minister' is only a title: no name follows 'Minister' at offset 4"),
        ("H.E.", "'H.E.' is only a title: no name follows 'E' at offset 2"),
        ("He", "'He' is a pronoun, not a name"),
        (
            "the artist",
            "'the' at offset 0 in 'the artist' is not capitalised, so it is not part of a name",
        ),
        (
            "...",
            "Unexpected '.' at offset 0 in '...': a name has letters, initials, hyphens and apostrophes",
        ),
        (
            "John 3 Smith",
            "Unexpected '3' at offset 5 in 'John 3 Smith': a name has letters, initials, hyphens and apostrophes",
        ),
        ("S.V.", "'S.V.' has initials but no name"),
        ("Catherine (Kate Mwangi", "Unclosed '(' at offset 10 in 'Catherine (Kate Mwangi'"),
    ],
)
def test_parse_name_refuses_what_is_not_a_name(text: str, message: str) -> None:
    with pytest.raises(NameParseError) as info:
        parse_name(text)
    assert str(info.value) == message
    assert info.value.text == text


def test_parse_name_refuses_a_non_string() -> None:
    with pytest.raises(NameParseError, match="Expected a name as `str`, got `int`"):
        parse_name(42)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# parse_name: the corpus


@pytest.mark.parametrize(("file", "name"), NAMES)
def test_every_gold_name_parses_and_reads_back_as_written(file: str, name: str) -> None:
    parsed = parse_name(name)
    assert parsed.text == name
    assert parsed.full == name or parsed.is_mononym


# --------------------------------------------------------------------------------------------
# match_name


def _known(*names: str) -> dict[str, PersonName]:
    return {f"p{i}": parse_name(name) for i, name in enumerate(names, 1)}


SEED = _known("Kairat Torebayev", "Tatiana Valovaya", "Ugochi Daniels", "Dimash Qudaibergen")


@pytest.mark.parametrize(
    ("mention", "key"),
    [
        ("K. Torebayev", "p1"),
        ("Torebayev", "p1"),
        ("H.E. Kairat Torebayev", "p1"),
        ("Ambassador Torebayev", "p1"),
        ("U.Daniels", "p3"),
        ("D.Qudaibergen", "p4"),
        ("Dimash", "p4"),
        ("Kudaibergen", "p4"),
        ("Dimash Kudaibergen", "p4"),
        ("Mrs. Valovaya", "p2"),
    ],
)
def test_mentions_of_the_seed_release_match_their_person(mention: str, key: str) -> None:
    assert match_name(mention, SEED) == NameMatch(status="match", key=key, candidates=(key,))


def test_initials_that_contradict_the_given_name_do_not_match() -> None:
    assert match_name("A. Torebayev", SEED).status == "unknown"


def test_two_people_with_the_surname_make_it_ambiguous() -> None:
    people = _known("Sergey Lavrov", "Anna Lavrov", "Ugochi Daniels")
    assert match_name("Lavrov", people) == NameMatch(status="ambiguous", candidates=("p1", "p2"))
    assert match_name("S. Lavrov", people).key == "p1"


def test_two_initials_need_two_consistent_given_names() -> None:
    people = _known("Sergey Viktorovich Lavrov", "Sergey Ivanovich Lavrov")
    assert match_name("S.V. Lavrov", people).key == "p1"
    assert match_name("S.I. Lavrov", people).key == "p2"
    assert match_name("S. Lavrov", people).status == "ambiguous"


def test_mononym_links_only_when_one_person_carries_it() -> None:
    people = _known("Dimash Qudaibergen", "Dimash Kenzhebek", "Kairat Torebayev")
    assert match_name("Dimash", people).status == "ambiguous"
    assert match_name("Kairat", people).key == "p3"


@pytest.mark.parametrize(
    ("mention", "known"),
    [
        ("Yerlan Tleuberdi", "Yerlan Tileuberdi"),
        ("Mohammed Salah", "Mohamed Salah"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Dmitry Medvedev", "Dmitriy Medvedev"),
        ("Kassym-Jomart Tokaev", "Kassym-Jomart Tokayev"),
        ("Jose Manuel Barroso", "José Manuel Barroso"),
        ("Mr. de Villepin", "Dominique de Villepin"),
        ("Villepin", "Dominique de Villepin"),
        ("Minister Okafor", "Chidi Okafor"),
        ("President Juncker", "Jean-Claude Juncker"),
        ("J.C. Juncker", "Jean-Claude Juncker"),
        ("Mrs. Vwede-Obahor", "Nwanneakolam Vwede-Obahor"),
        ("H.E. Suzuki Kazuya", "Kazuya Suzuki"),
        ("TANAKA Akihiko", "Akihiko Tanaka"),
        ("Kate", "Catherine (Kate) Mwangi"),
    ],
)
def test_spelling_variants_titles_and_order_still_match(mention: str, known: str) -> None:
    people = _known(known, "Ugochi Daniels")
    assert match_name(mention, people).key == "p1"


@pytest.mark.parametrize(
    ("mention", "known"),
    [
        ("Abdykalikov", "Gulshara Abdykalikova"),
        ("Ivanova", "Pyotr Ivanov"),
        ("Dimash Kenzhebek", "Dimash Qudaibergen"),
        ("Putin", "Gulshara Abdykalikova"),
        ("Mazarbayev", "Nursultan Nazarbayev"),
    ],
)
def test_different_names_do_not_match(mention: str, known: str) -> None:
    assert match_name(mention, _known(known)).status == "unknown"


@pytest.mark.parametrize("mention", ["He", "she", "the artist", "The Minister", "", "..."])
def test_mentions_that_are_not_names_are_unknown(mention: str) -> None:
    assert match_name(mention, SEED) == NameMatch(status="unknown")


def test_match_name_accepts_a_parsed_mention() -> None:
    assert match_name(parse_name("K. Torebayev"), SEED).key == "p1"


def test_match_name_refuses_values_that_are_not_person_names() -> None:
    with pytest.raises(NameParseError, match=r"Expected `PersonName` at people\['x'\], got `str`"):
        match_name("Dimash", {"x": "Dimash"})  # type: ignore[dict-item]


# --------------------------------------------------------------------------------------------
# match_name: the corpus


@pytest.mark.parametrize(("file", "index", "alias"), ALIASES)
def test_every_gold_alias_matches_its_participant(file: str, index: int, alias: str) -> None:
    people = _people(dict(ALL_GOLD)[file])
    assert match_name(alias, people) == NameMatch(
        status="match", key=f"p{index}", candidates=(f"p{index}",)
    )


@pytest.mark.parametrize(("file", "name"), NAMES)
def test_every_gold_name_matches_itself_and_nobody_else(file: str, name: str) -> None:
    people = _people(dict(ALL_GOLD)[file])
    result = match_name(name, people)
    assert result.status == "match"
    assert people[result.key or ""].text == name


@pytest.mark.parametrize(("file", "descriptor"), DESCRIPTORS)
def test_descriptors_alone_match_nobody(file: str, descriptor: str) -> None:
    assert match_name(descriptor, _people(dict(ALL_GOLD)[file])).status == "unknown"


def test_pronouns_used_as_speaker_mentions_match_nobody() -> None:
    for file, gold in ALL_GOLD:
        people = _people(gold)
        for statement in gold["statements"]:
            mention = statement.get("speaker_mention")
            if mention and mention.casefold() in {"he", "she", "they"}:
                assert match_name(mention, people).status == "unknown", (file, mention)


# --------------------------------------------------------------------------------------------
# parse_participant and split_title: the forms


def _affiliations(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [
        (a.title, a.organization, a.on_behalf_of, a.label)
        for a in parse_participant(text).affiliations
    ]


def test_possessive_country_title_and_organisation_before_the_name() -> None:
    text = (
        "Kazakhstan\u2019s Permanent Representative to the World Trade Organization and "
        "international economic organizations Kairat Torebayev"
    )
    participant = parse_participant(text, id="torebayev")
    assert (participant.id, participant.name, participant.kind) == (
        "torebayev",
        "Kairat Torebayev",
        "person",
    )
    assert _affiliations(text) == [
        (
            "Permanent Representative",
            "World Trade Organization and international economic organizations",
            "Kazakhstan",
            text.removesuffix(" Kairat Torebayev"),
        )
    ]


@pytest.mark.parametrize(
    ("text", "name", "title", "organization", "on_behalf_of"),
    [
        (
            "Director-General of the UN Office at Geneva Tatiana Valovaya",
            "Tatiana Valovaya",
            "Director-General",
            "UN Office at Geneva",
            None,
        ),
        (
            "IOM Deputy Director General U.Daniels",
            "U.Daniels",
            "Deputy Director General",
            "IOM",
            None,
        ),
        (
            "Russia's Permanent Representative to the United Nations, V.A. Nebenzia",
            "V.A. Nebenzia",
            "Permanent Representative",
            "United Nations",
            "Russia",
        ),
        (
            "Naoe Yakiya, Officer-in-Charge of WFP Japan Relations Office",
            "Naoe Yakiya",
            "Officer-in-Charge",
            "WFP Japan Relations Office",
            None,
        ),
        (
            "Deputy Director General of the International Organization for Migration (IOM) Ugochi Daniels",
            "Ugochi Daniels",
            "Deputy Director General",
            "International Organization for Migration",
            None,
        ),
        (
            "Kazakh Secretary of State Gulshara Abdykalikova",
            "Gulshara Abdykalikova",
            "Secretary of State",
            None,
            "Kazakhstan",
        ),
        (
            "Russian Ambassador to Kazakhstan Alexei Borodavkin",
            "Alexei Borodavkin",
            "Ambassador",
            None,
            "Russia",
        ),
        (
            "European Commission President Jean-Claude Juncker",
            "Jean-Claude Juncker",
            "President",
            "European Commission",
            None,
        ),
        (
            "Minister of Foreign Affairs of Uganda General Odongo Jeje Abubakher",
            "Odongo Jeje Abubakher",
            "Minister of Foreign Affairs",
            None,
            "Uganda",
        ),
        (
            "Ambassador of Saudi Arabia Adel al-Jubeir",
            "Adel al-Jubeir",
            "Ambassador",
            None,
            "Saudi Arabia",
        ),
        (
            "Secretary-General of the United Nations António Guterres",
            "António Guterres",
            "Secretary-General",
            "United Nations",
            None,
        ),
        (
            "Catherine (Kate) Mwangi, Spokesperson of the Kenyan Ministry of Health",
            "Catherine Mwangi",
            "Spokesperson",
            "Kenyan Ministry of Health",
            None,
        ),
    ],
)
def test_parse_participant_splits_one_title_from_the_name(
    text: str, name: str, title: str, organization: str | None, on_behalf_of: str | None
) -> None:
    participant = parse_participant(text)
    assert participant.name == name
    assert len(participant.affiliations) == 1
    affiliation = participant.affiliations[0]
    assert (affiliation.title, affiliation.organization, affiliation.on_behalf_of) == (
        title,
        organization,
        on_behalf_of,
    )
    assert affiliation.label is not None
    assert affiliation.label in text


def test_three_titles_one_of_them_a_description() -> None:
    text = (
        "the renowned Kazakh singer, Kazakhstan\u2019s Goodwill Ambassador, and IOM Global Goodwill "
        "ambassador, Dimash Qudaibergen"
    )
    assert parse_participant(text).name == "Dimash Qudaibergen"
    assert _affiliations(text) == [
        (None, None, None, "renowned Kazakh singer"),
        ("Goodwill Ambassador", None, "Kazakhstan", "Kazakhstan\u2019s Goodwill Ambassador"),
        ("Global Goodwill ambassador", "IOM", None, "IOM Global Goodwill ambassador"),
    ]


def test_straight_and_curly_apostrophes_give_the_same_country() -> None:
    curly = parse_participant("Kazakhstan\u2019s Goodwill Ambassador Dimash Qudaibergen")
    straight = parse_participant("Kazakhstan's Goodwill Ambassador Dimash Qudaibergen")
    assert (
        curly.affiliations[0].on_behalf_of == straight.affiliations[0].on_behalf_of == "Kazakhstan"
    )


def test_two_titles_joined_by_and() -> None:
    assert _affiliations("Deputy Prime Minister and Minister of Foreign Affairs Murat Nurtleu") == [
        ("Deputy Prime Minister", None, None, "Deputy Prime Minister"),
        ("Minister of Foreign Affairs", None, None, "Minister of Foreign Affairs"),
    ]


def test_and_inside_an_organisation_or_a_title_does_not_split() -> None:
    [(title, _, on_behalf_of, _)] = _affiliations(
        "Ambassador Extraordinary and Plenipotentiary of Japan to Kazakhstan H.E. Mr. Ichiro Ogasawara"
    )
    assert (title, on_behalf_of) == ("Ambassador Extraordinary and Plenipotentiary", "Japan")


def test_where_an_ambassador_is_sent_and_abbreviations_go_in_extras() -> None:
    [affiliation] = parse_participant(
        "the designated Resident Representative of the United Nations Development Programme "
        "(UNDP) to Uganda, Mrs. Nwanneakolam Vwede-Obahor"
    ).affiliations
    assert affiliation.organization == "United Nations Development Programme"
    assert dict(affiliation.extras) == {"abbreviation": "UNDP", "accredited_to": "Uganda"}


def test_honorifics_stay_in_an_alias_not_in_the_name() -> None:
    participant = parse_participant(
        "UNDP Resident Representative to Uganda, Mrs. Nwanneakolam Vwede-Obahor"
    )
    assert participant.name == "Nwanneakolam Vwede-Obahor"
    assert participant.aliases == ("Mrs. Nwanneakolam Vwede-Obahor",)


def test_a_name_without_a_title_has_no_affiliations() -> None:
    participant = parse_participant("Tatiana Valovaya")
    assert (participant.name, participant.affiliations) == ("Tatiana Valovaya", ())


def test_a_given_name_that_is_also_a_country_stays_in_the_name() -> None:
    assert parse_participant("Minister Jordan Smith").name == "Jordan Smith"


def test_split_title_gives_offsets_into_the_text() -> None:
    text = "Director-General of the UN Office at Geneva Tatiana Valovaya"
    title, name = split_title(text)
    assert title is not None
    assert text[title[0] : title[1]] == "Director-General of the UN Office at Geneva"
    assert text[name[0] : name[1]] == "Tatiana Valovaya"
    assert split_title("Tatiana Valovaya") == (None, (0, 16))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Expected a title and a name, got empty text"),
        (
            "Officer-in-Charge of WFP Japan Relations Office",
            "No name found in 'Officer-in-Charge of WFP Japan Relations Office': expected "
            "capitalised name words at the end, or a name set off by a comma",
        ),
        (
            "the renowned Kazakh singer",
            "No name found in 'the renowned Kazakh singer': expected capitalised name words at "
            "the end, or a name set off by a comma",
        ),
    ],
)
def test_parse_participant_refuses_a_phrase_without_a_name(text: str, message: str) -> None:
    with pytest.raises(NameParseError) as info:
        parse_participant(text)
    assert str(info.value) == message


# --------------------------------------------------------------------------------------------
# parse_participant: the corpus


def _title_phrases_in_corpus() -> list[tuple[str, str, str, str]]:
    """(file, phrase, gold name, gold title) for each gold title printed next to a name."""
    found = []
    for file, gold in ALL_GOLD:
        folder = UNSEEN if file.startswith("unseen/") else CORPUS
        name = file.removeprefix("unseen/").replace(".gold.json", ".txt")
        text = (folder / name).read_text("utf-8")
        for person in gold["participants"]:
            for title in person["titles"]:
                for form in [person["name"], *person["aliases"]]:
                    for phrase in (f"{title} {form}", f"{title}, {form}", f"{form}, {title}"):
                        if phrase in text:
                            found.append((file, phrase, person["name"], title))
    return found


TITLE_PHRASES = _title_phrases_in_corpus()


def _without_article(title: str) -> str:
    """Gold titles sometimes keep a leading article; labels never do."""
    return title.removeprefix("the ").removeprefix("The ")


def test_the_corpus_prints_most_gold_titles_next_to_a_name() -> None:
    assert len(TITLE_PHRASES) >= 25


@pytest.mark.parametrize(("file", "phrase", "name", "title"), TITLE_PHRASES)
def test_gold_title_phrases_split_into_the_gold_title_and_a_form_of_the_name(
    file: str, phrase: str, name: str, title: str
) -> None:
    participant = parse_participant(phrase)
    labels = [a.label for a in participant.affiliations]
    assert labels == [_without_article(title)]
    people = _people(dict(ALL_GOLD)[file])
    assert people[match_name(participant.name, people).key or ""].text == name


@pytest.mark.parametrize(
    ("file", "index", "title"),
    [(f, i, t) for f, g in ALL_GOLD for i, p in enumerate(g["participants"]) for t in p["titles"]],
)
def test_every_gold_title_with_its_name_gives_one_affiliation(
    file: str, index: int, title: str
) -> None:
    person = dict(ALL_GOLD)[file]["participants"][index]
    participant = parse_participant(f"{title}, {person['name']}")
    assert participant.name == person["name"]
    [affiliation] = participant.affiliations
    assert affiliation.label == _without_article(title)


# --------------------------------------------------------------------------------------------
# Properties

NAME_PIECES = st.sampled_from(
    [
        "Kairat",
        "Torebayev",
        "K.",
        "S.V.",
        "U.Daniels",
        "de",
        "van",
        "der",
        "Jean-Claude",
        "O'Brien",
        "TANAKA",
        "Suzuki",
        "Kazuya",
        "H.E.",
        "Mr.",
        "His",
        "Excellency",
        "General",
        "Minister",
        "Ambassador",
        "Director-General",
        "Permanent",
        "Representative",
        "of",
        "to",
        "the",
        "and",
        "IOM",
        "Kazakhstan\u2019s",
        "Russia's",
        "Kazakh",
        "Organization",
        "Office",
        "Geneva",
        "Uganda",
        "Jr.",
        "III",
        ",",
        "(Kate)",
        "\u201cKate\u201d",
        "(",
        ")",
        "-",
        ".",
        "he",
        "",
    ]
)
name_like = st.lists(NAME_PIECES, max_size=10).map(" ".join)
any_text = st.text(max_size=40) | name_like


@given(any_text)
@settings(max_examples=400)
def test_parse_name_keeps_the_text_or_raises_name_parse_error(text: str) -> None:
    try:
        name = parse_name(text)
    except NameParseError as exc:
        error_text = exc.text
        name = None
    if name is None:
        assert error_text == text
        return
    assert name.text == text
    assert name.full.strip()
    assert name.given or name.initials or name.family


@given(any_text)
@settings(max_examples=400)
def test_parse_participant_raises_only_eventkit_errors(text: str) -> None:
    try:
        participant = parse_participant(text)
    except EventkitError:
        return
    assert participant.name.strip()
    for affiliation in participant.affiliations:
        assert affiliation.label is not None
        assert affiliation.label in text


@given(any_text)
@settings(max_examples=300)
def test_split_title_gives_disjoint_spans_inside_the_text(text: str) -> None:
    try:
        title, name = split_title(text)
    except EventkitError:
        return
    assert 0 <= name[0] < name[1] <= len(text)
    if title is not None:
        assert 0 <= title[0] < title[1] <= len(text)
        assert title[1] <= name[0] or name[1] <= title[0]


@given(any_text, st.lists(name_like, max_size=4))
@settings(max_examples=300)
def test_match_name_never_raises_for_text_mentions(mention: str, names: list[str]) -> None:
    people = {}
    for i, text in enumerate(names):
        with contextlib.suppress(NameParseError):
            people[f"k{i}"] = parse_name(text)
    result = match_name(mention, people)
    assert set(result.candidates) <= set(people)
    assert (result.status == "match") == (result.key is not None)


@given(name_like)
@settings(max_examples=300)
def test_a_name_matches_itself_alone_and_is_ambiguous_between_two_copies(text: str) -> None:
    try:
        name = parse_name(text)
    except NameParseError:
        return
    assert match_name(text, {"a": name}).key == "a"
    assert match_name(text, {"a": name, "b": name}).status == "ambiguous"


def test_hyphenated_office_and_portfolio() -> None:
    [affiliation] = parse_participant(
        "Parliamentary Vice-Minister for Foreign Affairs of Japan, Kenji Morita"
    ).affiliations
    assert (affiliation.title, affiliation.on_behalf_of) == (
        "Parliamentary Vice-Minister for Foreign Affairs",
        "Japan",
    )


def test_a_country_after_in_is_where_the_post_is_based_not_on_whose_behalf() -> None:
    [affiliation] = parse_participant(
        "Isabel Nhantumbo, UNICEF Representative in Mozambique"
    ).affiliations
    assert (affiliation.organization, affiliation.on_behalf_of) == ("UNICEF", None)
    assert dict(affiliation.extras) == {"based_in": "Mozambique"}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"status": "match"}, "`key` is set for a 'match' and only then - at `$.key`"),
        (
            {"status": "unknown", "key": "p1"},
            "`key` is set for a 'match' and only then - at `$.key`",
        ),
        (
            {"status": "ambiguous", "candidates": ["p1"]},
            "'ambiguous' needs two candidates or more - at `$.candidates`",
        ),
        (
            {"status": "match", "key": "p1", "candidates": ("p2",)},
            "A 'match' has its key as the one candidate - at `$.candidates`",
        ),
        (
            {"status": "maybe"},
            "Expected 'match', 'ambiguous' or 'unknown', got 'maybe' - at `$.status`",
        ),
    ],
)
def test_an_inconsistent_name_match_is_refused(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        NameMatch(**fields)
    assert str(info.value) == message


def test_name_match_candidates_are_a_tuple() -> None:
    match = NameMatch(status="ambiguous", candidates=["p1", "p2"])
    assert match.candidates == ("p1", "p2")


def test_his_excellency_in_capitals_without_stops() -> None:
    name = parse_name("HE Mr Kairat Torebayev")
    assert (name.honorifics, name.given, name.family) == (("HE", "Mr"), ("Kairat",), "Torebayev")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Kairat Torebayev, Ambassador",
            "'Ambassador' at offset 18 in 'Kairat Torebayev, Ambassador' is a title, not part "
            "of the name",
        ),
        (
            "Ugochi Daniels (IOM)",
            "'(IOM)' at offset 15 in 'Ugochi Daniels (IOM)' looks like an abbreviation, not a "
            "nickname",
        ),
        (
            "Anna Smith and John Doe",
            "'and' at offset 11 in 'Anna Smith and John Doe' is not capitalised, so it is not "
            "part of a name",
        ),
    ],
)
def test_titles_abbreviations_and_lists_are_not_read_as_names(text: str, message: str) -> None:
    with pytest.raises(NameParseError) as info:
        parse_name(text)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Ambassador Extraordinary",
            "'Ambassador Extraordinary' is only a title: 'Extraordinary' at offset 11 is not a name",
        ),
        (
            "Deputy Director",
            "'Deputy Director' is only a title: 'Deputy' at offset 0 is not a name",
        ),
        (
            "Water Resources",
            "'Resources' at offset 6 in 'Water Resources' names an organisation or a place, not a "
            "person",
        ),
        (
            "United Nations",
            "'Nations' at offset 7 in 'United Nations' names an organisation or a place, not a "
            "person",
        ),
        (
            "Indian Ocean",
            "'Ocean' at offset 7 in 'Indian Ocean' names an organisation or a place, not a person",
        ),
    ],
)
def test_titles_and_organisations_are_not_names(text: str, message: str) -> None:
    with pytest.raises(NameParseError) as info:
        parse_name(text)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("mention", "key"),
    [
        ("IOM Deputy Director General U.Daniels", "p3"),
        ("Deputy Director General Daniels", "p3"),
        ("Director-General of the UN Office at Geneva Tatiana Valovaya", "p2"),
        ("IOM Global Goodwill ambassador, Dimash Qudaibergen", "p4"),
    ],
)
def test_mentions_with_their_titles_match_the_person(mention: str, key: str) -> None:
    assert match_name(mention, SEED).key == key


def test_a_run_of_title_words_before_the_name_is_an_honorific() -> None:
    name = parse_name("Deputy Director General Daniels")
    assert (name.honorifics, name.given, name.family) == (
        ("Deputy Director General",),
        ("Daniels",),
        None,
    )
    assert parse_name("Dean Acheson").given == ("Dean",)


def test_a_title_inside_a_name_is_refused() -> None:
    with pytest.raises(NameParseError) as info:
        parse_name("IOM Deputy Director General U.Daniels")
    assert str(info.value) == (
        "'Deputy Director' at offset 4 in 'IOM Deputy Director General U.Daniels' is a title, "
        "not part of a name"
    )


def _speaker_mentions() -> list[tuple[str, str, int]]:
    """(file, mention, participant index) for gold statements whose speaker is named."""
    found = []
    for file, gold in ALL_GOLD:
        names = [p["name"] for p in gold["participants"]]
        for statement in gold["statements"]:
            mention, speaker = statement.get("speaker_mention"), statement.get("speaker")
            if not mention or speaker not in names:
                continue
            person = gold["participants"][names.index(speaker)]
            if mention.casefold() in {"he", "she", "they"} or mention in person["descriptors"]:
                continue
            if (file, mention, names.index(speaker)) not in found:
                found.append((file, mention, names.index(speaker)))
    return found


@pytest.mark.parametrize(("file", "mention", "index"), _speaker_mentions())
def test_gold_speaker_mentions_match_their_speaker(file: str, mention: str, index: int) -> None:
    assert match_name(mention, _people(dict(ALL_GOLD)[file])).key == f"p{index}"


plain_word = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True)


@given(plain_word, plain_word, plain_word)
@settings(max_examples=300)
def test_short_forms_of_a_generated_name_match_it_and_only_it(
    given_name: str, family: str, other_given: str
) -> None:
    try:
        person = parse_name(f"{given_name} {family}")
        other = parse_name(f"{other_given} {family}")
    except NameParseError:
        return  # a generated word that is a title or a pronoun
    assume(person.given == (given_name,) and person.family == family and not person.family_first)
    alone = {"a": person}
    for mention in (
        f"{given_name[0]}. {family}",
        f"{given_name[0]}.{family}",
        f"Mr. {family}",
        f"H.E. {given_name} {family}",
        family.upper() + " " + given_name,
    ):
        assert match_name(mention, alone).key == "a", mention
    if other_given[0] != given_name[0]:
        both = {"a": person, "b": other}
        assert match_name(f"{given_name[0]}. {family}", both).key == "a"
        assert match_name(family, both).status == "ambiguous"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Murat Nurtleu, Deputy Prime Minister - Minister of Foreign Affairs of Kazakhstan",
            [
                ("Deputy Prime Minister", None, None),
                ("Minister of Foreign Affairs", None, "Kazakhstan"),
            ],
        ),
        (
            "Ms. Maria Rossi, Head of Communications, UNDP",
            [("Head", "UNDP", None)],
        ),
        ("Anna Smith, Chief Economist, World Bank", [("Chief Economist", "World Bank", None)]),
        ("U.S. Secretary of State Antony Blinken", [("Secretary of State", None, "U.S.")]),
        (
            "Chargé d'Affaires of Kazakhstan in Japan Ruslan Bultrikov",
            [("Chargé d'Affaires", None, "Kazakhstan")],
        ),
        (
            "EU High Representative for Foreign Affairs and Security Policy Kaja Kallas",
            [("High Representative for Foreign Affairs and Security Policy", "EU", None)],
        ),
        (
            "Goodwill Ambassador, Kazakh Singer, Dimash",
            [("Goodwill Ambassador", None, None), (None, None, None)],
        ),
    ],
)
def test_more_title_forms(
    text: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert [t[:3] for t in _affiliations(text)] == expected


def test_a_body_after_a_title_keeps_the_department_as_unit_and_the_whole_label() -> None:
    [affiliation] = parse_participant("Ms. Maria Rossi, Head of Communications, UNDP").affiliations
    assert affiliation.label == "Head of Communications, UNDP"
    assert dict(affiliation.extras) == {"unit": "Communications"}


def test_person_name_turns_lists_into_tuples() -> None:
    name = PersonName(text="Kairat Torebayev", given=["Kairat"], family="Torebayev")
    assert name.given == ("Kairat",)
    assert name.full == "Kairat Torebayev"
    assert hash(name) == hash(
        PersonName(text="Kairat Torebayev", given=("Kairat",), family="Torebayev")
    )


def test_a_country_after_for_is_kept_under_that_word() -> None:
    [affiliation] = parse_participant("Special Envoy for Syria Geir Pedersen").affiliations
    assert (affiliation.title, dict(affiliation.extras)) == ("Special Envoy", {"for": "Syria"})


def test_a_place_after_a_title_that_has_one_stays_a_separate_label() -> None:
    affiliations = parse_participant("Anna Smith, Ambassador to Japan, Tokyo").affiliations
    assert [(a.title, a.label) for a in affiliations] == [
        ("Ambassador", "Ambassador to Japan"),
        (None, "Tokyo"),
    ]


def test_non_string_inputs_are_name_parse_errors() -> None:
    with pytest.raises(
        NameParseError, match="Expected a mention as `str` or `PersonName`, got `int`"
    ):
        match_name(3, SEED)  # type: ignore[arg-type]
    with pytest.raises(NameParseError, match="Expected a phrase as `str`, got `NoneType`"):
        split_title(None)  # type: ignore[arg-type]
    with pytest.raises(NameParseError):
        parse_participant(b"Kairat Torebayev")  # type: ignore[arg-type]


def test_family_name_written_with_its_particle_alone() -> None:
    name = parse_name("Mr. de Villepin")
    assert (name.honorifics, name.given, name.family) == (("Mr.",), (), "de Villepin")


def test_a_family_name_in_capitals_after_a_title_stays_in_the_name() -> None:
    participant = parse_participant("Ambassador of Japan TANAKA Akihiko")
    assert participant.name == "TANAKA Akihiko"
    assert participant.affiliations[0].on_behalf_of == "Japan"
    assert parse_participant("Representative of UNDP Anna").name == "Anna"


def test_an_acronym_alone_before_the_name_is_an_organisation() -> None:
    participant = parse_participant("UNICEF Anna Smith")
    assert participant.name == "Anna Smith"
    [affiliation] = participant.affiliations
    assert (affiliation.title, affiliation.organization) == (None, "UNICEF")


def test_a_nickname_can_stand_for_the_first_given_name() -> None:
    people = _known("Catherine (Kate) Mwangi", "Kate Smith")
    assert match_name("Kate Mwangi", people).key == "p1"
    assert match_name("C. Mwangi", people).key == "p1"
    assert match_name("Kate", people).status == "ambiguous"
    assert match_name("Catherine (Kate) Mwangi", _known("Catherine Mwangi")).key == "p1"


@pytest.mark.parametrize(
    ("text", "name", "organization"),
    [
        ("Director at Sibiu Town Hall Anna Smith", "Anna Smith", "Sibiu Town Hall"),
        ("Director Anna Hall", "Anna Hall", None),
        ("Chief Economist of the World Bank, Anna Hall", "Anna Hall", "World Bank"),
        ("Anna Smith, Chief Economist, World Bank", "Anna Smith", "World Bank"),
    ],
)
def test_words_of_organisation_names_end_a_name_read_backwards_but_may_end_a_name(
    text: str, name: str, organization: str | None
) -> None:
    participant = parse_participant(text)
    assert (participant.name, participant.affiliations[0].organization) == (name, organization)


def test_a_capitalised_particle_starts_the_family_name() -> None:
    assert parse_name("H. Van Rompuy").family == "Van Rompuy"
    assert parse_name("President Van Rompuy").family == "Van Rompuy"
    people = _known("Herman Van Rompuy", "Jean-Marie Le Pen", "Marine Le Pen")
    assert match_name("Van Rompuy", people).key == "p1"
    assert match_name("Mr. Le Pen", people).status == "ambiguous"
    assert match_name("M. Le Pen", people).key == "p3"


def test_match_name_never_calls_a_person_by_their_father_s_name() -> None:
    people = {
        "a": parse_name("Saeed bin Hamad Al-Rawahi"),
        "b": parse_name("Hamad Fahad Al-Malek Al-Sabah"),
        "c": parse_name("Ilham Heydar oglu Aliyev"),
    }
    assert match_name("Sheikh Hamad", people) == NameMatch(
        status="match", key="b", candidates=("b",)
    )
    assert match_name("Saeed", people).key == "a"
    assert match_name("Heydar", people).status == "unknown"
    assert match_name("Aliyev", people).key == "c"


def test_match_name_a_family_first_name_reprinted_in_ordinary_capitals() -> None:
    people = {"a": parse_name("KONAN Yao Théodore"), "b": parse_name("Yao Koffi")}
    assert match_name("Konan Yao Théodore", people).key == "a"


def test_match_name_initials_with_the_first_of_two_family_names() -> None:
    people = {"a": parse_name("María José Fuentes Oyarzún"), "b": parse_name("Ana Ruiz")}
    assert match_name("M. Fuentes", people).key == "a"
    assert match_name("M. J. Fuentes", people).key == "a"
    assert match_name("J. Fuentes", people).status == "unknown"


def test_match_name_the_first_part_of_a_two_part_family_name() -> None:
    people = {
        "a": parse_name("Thérèse KAPINGA MUSWAMBA"),
        "b": parse_name("Hanta Voahangy Rasoanaivo-Randria"),
    }
    assert match_name("T. KAPINGA", people).key == "a"
    assert match_name("Minister Rasoanaivo", people).key == "b"
    assert match_name("J. KAPINGA", people).status == "unknown"


@pytest.mark.parametrize(
    ("text", "family", "given", "first"),
    [
        ("Asanaliev Nurlan Maratovich", "Asanaliev", ("Nurlan", "Maratovich"), True),
        ("Sydykova Aizhan Temirbekovna", "Sydykova", ("Aizhan", "Temirbekovna"), True),
        ("Bakyt Toktorbayevich Zhumabekov", "Zhumabekov", ("Bakyt", "Toktorbayevich"), False),
        ("Olena Ivanivna Kovalenko", "Kovalenko", ("Olena", "Ivanivna"), False),
        ("Mira Babich Novak", "Novak", ("Mira", "Babich"), False),
        ("Ivan Petrovich", "Petrovich", ("Ivan",), False),
    ],
)
def test_a_fathers_name_last_marks_a_family_name_first(
    text: str, family: str, given: tuple[str, ...], first: bool
) -> None:
    name = parse_name(text)
    assert (name.family, name.given, name.family_first) == (family, given, first)


def test_initials_and_the_family_name_match_a_family_first_listing() -> None:
    listed = parse_name("Asanaliev Nurlan Maratovich")
    for short in ("N. Asanaliev", "Asanaliev", "Nurlan Asanaliev", "Mr. Asanaliev"):
        assert match_name(parse_name(short), {"p": listed}).key == "p"
    assert match_name(parse_name("M. Asanaliev"), {"p": listed}).status != "match"
