"""``eventkit.extract`` on short texts written for each pattern of reported speech.

Each test is one way English press releases report speech, written from the convention rather
than copied from the corpus, so that the rules are tested on text they were not fitted to.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventkit import Event, ExtractError, PartialDate, Statement, extract
from eventkit._extract._cues import _LEXICON, CUES


def _speaker(event: Event, statement: Statement) -> str | None:
    if statement.speaker is None:
        return None
    participant = event.participant(statement.speaker)
    assert participant is not None
    return participant.name


def _only(event: Event) -> Statement:
    assert len(event.statements) == 1, event.statements
    return event.statements[0]


def _check_spans(text: str, event: Event) -> None:
    for statement in event.statements:
        assert statement.span is not None
        assert text[statement.span.start : statement.span.end] == statement.text
        if statement.attribution_span is not None:
            span = statement.attribution_span
            assert text[span.start : span.end] == span.text


# ---------------------------------------------------------------- quotations and their marks


def test_quote_closed_by_dash_and_initial_with_cue() -> None:
    text = (
        "Minister of Energy Ana Lima opened the plant.\n\n"
        '"We are ready for the winter," - A. Lima noted in her remarks.'
    )
    event = extract(text)
    statement = _only(event)
    assert statement.text == "We are ready for the winter,"
    assert statement.cue == "noted"
    assert statement.speaker_mention == "A. Lima"
    assert _speaker(event, statement) == "Ana Lima"
    _check_spans(text, event)


def test_quote_closed_by_em_dash_and_title_with_surname_and_no_verb() -> None:
    text = (
        "Commissioner Kadri Simson presented the package to the press.\n\n"
        "\u201cThis package will lower bills for every household in Europe.\u201d "
        "\u2014 Commissioner Simson"
    )
    event = extract(text)
    statement = _only(event)
    assert statement.mode == "direct"
    assert _speaker(event, statement) == "Kadri Simson"
    assert statement.speaker_mention == "Commissioner Simson"


def test_inverted_said_name_comma_title() -> None:
    text = (
        "\u201cWe welcome the decision of the government,\u201d said Maria Gonzalez, "
        "Director of the Regional Office."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.text == "We welcome the decision of the government,"
    assert statement.cue == "said"
    assert _speaker(event, statement) == "Maria Gonzalez"
    person = event.participants[0]
    assert [a.label for a in person.affiliations] == ["Director of the Regional Office"]
    assert person.affiliations[0].organization == "Regional Office"


def test_name_said_colon_quote() -> None:
    text = 'Foreign Minister Yerlan Karin said: "Our countries share a long history of trade."'
    event = extract(text)
    statement = _only(event)
    assert statement.text == "Our countries share a long history of trade."
    assert _speaker(event, statement) == "Yerlan Karin"


def test_inverted_added_the_minister_colon() -> None:
    text = (
        "Minister of Health Peter Okafor visited the hospital.\n\n"
        'Added the Minister: "We will build three more clinics this year."'
    )
    event = extract(text)
    statement = _only(event)
    assert statement.cue == "Added"
    assert statement.speaker_mention == "the Minister"
    assert _speaker(event, statement) == "Peter Okafor"


def test_inverted_said_the_spokesperson_without_a_named_person_has_no_speaker() -> None:
    text = '"The talks were constructive and open," said the spokesperson.'
    event = extract(text)
    statement = _only(event)
    assert statement.cue == "said"
    assert statement.speaker_mention == "the spokesperson"
    assert statement.speaker is None
    assert event.participants == ()


def test_inverted_said_the_spokesperson_resolves_to_the_named_spokesperson() -> None:
    text = (
        "Spokesperson of the Ministry Aigerim Bekova held a briefing.\n\n"
        '"The talks were constructive and open," said the spokesperson.'
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Aigerim Bekova"


def test_speech_after_a_colon_without_quotation_marks() -> None:
    text = (
        "President Anna Kowalska addressed the conference. She said: We must act together "
        "to protect the climate for future generations."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.text == ("We must act together to protect the climate for future generations.")
    assert _speaker(event, statement) == "Anna Kowalska"


def test_second_chunk_after_the_attribution_inherits_the_speaker() -> None:
    text = (
        "\u201cWe are proud of this partnership,\u201d said John Smith, Chief Executive of "
        "Acme. \u201cIt shows what we can do together.\u201d"
    )
    event = extract(text)
    first, second = event.statements
    assert second.text == "It shows what we can do together."
    assert second.continuation is True
    assert first.continuation is False
    assert second.speaker == first.speaker is not None


def test_quote_over_paragraphs_that_reopen_it() -> None:
    text = (
        "Ambassador Lee Min-ho said: \u201cThe first paragraph of the speech is here.\n\n"
        "\u201cThe second paragraph continues it.\n\n"
        "\u201cAnd the third paragraph ends it.\u201d"
    )
    event = extract(text)
    statement = _only(event)
    assert statement.text.startswith("The first paragraph")
    assert statement.text.endswith("ends it.")
    assert _speaker(event, statement) == "Lee Min-ho"
    _check_spans(text, event)


def test_quote_over_paragraphs_that_do_not_reopen_it() -> None:
    text = (
        "Ambassador Lee Min-ho said: \u201cThe first paragraph of the speech is here.\n\n"
        "The second paragraph continues the same speech and ends it.\u201d"
    )
    statement = _only(extract(text))
    assert statement.text.endswith("and ends it.")
    assert "\n\n" in statement.text


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("\u201c", "\u201d"),  # curly
        ('"', '"'),  # straight
        ("\u00ab", "\u00bb"),  # guillemets
        ("\u201d", "\u201d"),  # a closing mark used to open
        ("\u201c", "\u201c"),  # an opening mark used to close
        ("\u201e", "\u201c"),  # low-high
    ],
)
def test_quotation_marks_of_every_kind_pair_by_position(opening: str, closing: str) -> None:
    text = f"{opening}We have finished the project on time,{closing} said Director Tom Baker."
    event = extract(text)
    statement = _only(event)
    assert statement.text == "We have finished the project on time,"
    assert _speaker(event, statement) == "Tom Baker"


def test_a_stray_inch_mark_does_not_break_pairing() -> None:
    text = (
        'The 12" pipe was replaced. Engineer Sara Kim said: "The repairs took three days '
        'and cost less than planned."'
    )
    event = extract(text)
    statement = _only(event)
    assert statement.text == "The repairs took three days and cost less than planned."
    assert _speaker(event, statement) == "Sara Kim"


def test_an_unclosed_mark_does_not_swallow_later_quotes() -> None:
    text = 'He called it "historic.\n\nMinister Ana Lima said: "We will open the border next week."'
    event = extract(text)
    assert [s.text for s in event.statements] == ["We will open the border next week."]


def test_scare_quotes_and_quoted_titles_are_not_statements() -> None:
    text = (
        'The singer Ana Lima presented her new video "Golden Steppe" at the "cultural '
        'hub" of the city.'
    )
    event = extract(text)
    assert all(s.mode != "direct" for s in event.statements)
    assert not any(s.text == "Golden Steppe" for s in event.statements)


def test_a_partial_quote_inside_reported_speech_is_mixed() -> None:
    text = (
        "Minister of Trade Olga Ivanova said that the agreement was "
        '"a turning point for the region".'
    )
    event = extract(text)
    statement = _only(event)
    assert statement.mode == "mixed"
    assert statement.text.startswith("the agreement was")
    assert _speaker(event, statement) == "Olga Ivanova"


# ---------------------------------------------------------------- reported speech


def test_according_to_name_comma_clause() -> None:
    text = (
        "Minister of Finance Ivan Petrov met the delegation. According to Petrov, the "
        "budget deficit will fall next year."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.cue == "According to"
    assert statement.text == "the budget deficit will fall next year"
    assert statement.mode == "reported"
    assert _speaker(event, statement) == "Ivan Petrov"


def test_according_to_after_an_introductory_word() -> None:
    text = (
        "Minister of Finance Ivan Petrov met the delegation. Moreover, according to Petrov, "
        "the deficit will fall."
    )
    statement = _only(extract(text))
    assert statement.text == "the deficit will fall"
    assert statement.speaker == "p1"


def test_clause_comma_according_to_name() -> None:
    text = (
        "Minister of Finance Ivan Petrov met the delegation. The budget deficit will fall "
        "next year, according to Petrov."
    )
    statement = _only(extract(text))
    assert statement.text == "The budget deficit will fall next year"
    assert statement.cue == "according to"


@pytest.mark.parametrize(
    ("sentence", "cue", "said"),
    [
        (
            "Minister Ivan Petrov stressed that the deficit will fall.",
            "stressed",
            "the deficit will fall",
        ),
        (
            "Ambassador Karl Weber emphasized the importance of regular consultations.",
            "emphasized",
            "the importance of regular consultations",
        ),
        (
            "Ambassador Karl Weber expressed hope that the talks would continue.",
            "expressed hope",
            "the talks would continue",
        ),
        (
            "Governor Lisa Brown announced the opening of a new bridge.",
            "announced",
            "the opening of a new bridge",
        ),
        (
            "Professor Alan Green believes the new policy will reduce emissions.",
            "believes",
            "the new policy will reduce emissions",
        ),
        (
            "Director Mia Wong pointed out that exports had grown.",
            "pointed out",
            "exports had grown",
        ),
        (
            "Senator Paul Adams told reporters that the bill would pass.",
            "told",
            "the bill would pass",
        ),
        (
            "Minister Ana Lima pledged to support the reform.",
            "pledged",
            "to support the reform",
        ),
    ],
)
def test_reported_speech_after_a_reporting_verb(sentence: str, cue: str, said: str) -> None:
    event = extract(sentence)
    statement = _only(event)
    assert statement.mode == "reported"
    assert statement.cue == cue
    assert statement.text == said
    assert statement.speaker is not None


def test_a_participle_cue_after_a_comma_gets_the_main_subject() -> None:
    text = (
        "Ambassador Karl Weber praised the cooperation, noting that trade had doubled since 2020."
    )
    event = extract(text)
    praised, noting = event.statements
    assert praised.text == "the cooperation"
    assert noting.cue == "noting"
    assert noting.text == "trade had doubled since 2020"
    assert noting.speaker == praised.speaker is not None


def test_coordinated_reporting_verbs_split_the_clause() -> None:
    text = (
        "Minister Ana Lima welcomed the guests. She noted the progress made and stressed "
        "that more work was needed."
    )
    event = extract(text)
    texts = [s.text for s in event.statements]
    assert texts == ["the progress made", "more work was needed"]
    assert {_speaker(event, s) for s in event.statements} == {"Ana Lima"}


def test_passive_reporting_has_no_statement() -> None:
    text = "Earlier it was reported that the border would reopen next week."
    assert extract(text).statements == ()


def test_the_lexicon_has_seventy_verbs_in_all_inflections() -> None:
    assert len({base for base, _ in _LEXICON}) >= 70
    for form in ("say", "says", "said", "saying", "emphasizes", "emphasised", "noting"):
        assert form in CUES
    for form in ("replied", "admitted", "stressed", "believes", "told", "spoke"):
        assert form in CUES


# ---------------------------------------------------------------- who is the speaker


def test_pronoun_resolves_to_the_one_person_in_the_previous_sentence() -> None:
    text = (
        "Minister of Health Peter Okafor opened the clinic. He said that the government "
        "would fund ten more."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.speaker_mention == "He"
    assert _speaker(event, statement) == "Peter Okafor"


def test_pronoun_with_two_fitting_people_has_no_speaker() -> None:
    text = "Minister Peter Okafor met Minister John Adeyemi. He said that the talks were useful."
    event = extract(text)
    assert _only(event).speaker is None


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    text = (
        "Minister Peter Okafor met Mrs. Grace Mensah at the ministry. "
        "She pledged to support the reform."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Grace Mensah"


def test_title_only_reference_resolves_through_the_title() -> None:
    text = (
        "Minister of Health Peter Okafor opened the clinic with Mayor Jane Obi. "
        "The Minister noted that the clinic would serve 5,000 people."
    )
    event = extract(text)
    statement = _only(event)
    assert _speaker(event, statement) == "Peter Okafor"
    okafor = event.participants[0]
    assert "The Minister" in okafor.descriptors


def test_surname_alone_resolves_to_the_full_name() -> None:
    text = (
        "Minister of Health Peter Okafor opened the clinic. Okafor noted that the clinic "
        "would serve 5,000 people."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Peter Okafor"
    assert "Okafor" in event.participants[0].aliases


def test_title_with_surname_resolves_to_the_full_name() -> None:
    text = (
        "Foreign Minister Peter Okafor met the delegation. Minister Okafor said that the "
        "visit was a success."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Peter Okafor"]
    assert _speaker(event, _only(event)) == "Peter Okafor"


def test_initials_without_a_space_resolve_to_the_full_name() -> None:
    text = (
        "Minister of Health Peter Okafor opened the clinic. P.Okafor noted that the clinic "
        "would serve 5,000 people."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Peter Okafor"
    assert "P.Okafor" in event.participants[0].aliases


def test_a_variant_spelling_resolves_to_the_same_person() -> None:
    text = (
        "Minister of Culture Aktoty Raimkulova opened the exhibition. Raimkoulova noted "
        "that the museum would open a new hall."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Aktoty Raimkulova"]
    assert _speaker(event, _only(event)) == "Aktoty Raimkulova"


def test_a_descriptor_of_profession_points_back_at_the_person() -> None:
    text = (
        "The honored guest was the singer Dana Ali. Dana Ali spoke about her tour. "
        "According to the artist, music unites people."
    )
    event = extract(text)
    according = [s for s in event.statements if s.cue == "According to"]
    assert len(according) == 1
    assert _speaker(event, according[0]) == "Dana Ali"


# ---------------------------------------------------------------- page layout


def test_page_chrome_gives_the_publication_date_and_no_content() -> None:
    text = (
        "date 2024-05-06 Images | mfa.gov\n\nTell a friend\n\n"
        "Deputy Foreign Minister Roman Vassilenko met the Ambassador of Japan. "
        "Vassilenko stressed that cooperation was growing."
    )
    event = extract(text)
    assert event.source is not None
    assert event.source.published == PartialDate(2024, 5, 6)
    assert event.start is None  # the publication date is not the event date
    assert [p.name for p in event.participants] == ["Roman Vassilenko"]
    assert event.participants[0].affiliations[0].label == "Deputy Foreign Minister"


def test_dateline_gives_the_place_and_the_date() -> None:
    text = (
        "Brussels, 3 May 2024\n\nThe Commission adopted a package today. Commissioner "
        "Kadri Simson said that bills would fall."
    )
    event = extract(text)
    assert event.location is not None
    assert event.location.name == "Brussels"
    # "today" is read against the dateline: the day is right, and marked as worked out.
    assert event.start == PartialDate(2024, 5, 3, inferred=True)
    plain = extract("Brussels, 3 May 2024\n\nCommissioner Kadri Simson said that bills fall.")
    assert plain.start == PartialDate(2024, 5, 3)


def test_capitalised_dateline_prefix_is_not_part_of_a_title() -> None:
    text = "ASTANA - Deputy Foreign Minister Roman Vassilenko said that talks went well."
    event = extract(text)
    assert event.location is not None
    assert event.location.name == "Astana"
    labels = [a.label for a in event.participants[0].affiliations]
    assert labels == ["Deputy Foreign Minister"]
    assert _only(event).speaker == "p1"


def test_byline_and_press_contacts_are_not_participants() -> None:
    text = (
        "Talks in Geneva\n\nJohn Reporter\n3 June 2024, 10:00\n\n"
        "Minister Ana Lima said that the talks were productive. "
        "(For more information: Jane Press - Tel.: +32 2 555 555)"
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Ana Lima"]
    assert event.source is not None
    assert event.source.title == "Talks in Geneva"
    assert event.source.published == PartialDate(2024, 6, 3)


# ---------------------------------------------------------------- the event


def test_relative_date_is_resolved_against_the_publication_date_and_marked_inferred() -> None:
    text = "Minister Ana Lima met the delegation yesterday. She said the talks were good."
    event = extract(text, published=dt.date(2024, 5, 8))
    assert event.start == PartialDate(2024, 5, 7, inferred=True)
    assert extract(text).start is None  # no publication date: nothing to resolve against


def test_a_date_without_a_year_needs_the_publication_date() -> None:
    text = "Minister Ana Lima met the Ambassador on April 24."
    assert extract(text).start is None
    event = extract(text, published=PartialDate(2018, 4, 25))
    assert event.start == PartialDate(2018, 4, 24, inferred=True)
    assert event.date_span is not None
    assert event.date_span.text == "April 24"


def test_a_date_of_another_event_is_not_the_event_date() -> None:
    text = (
        "Brussels, 30 April 2019\n\nAhead of the summit in Sibiu on 9 May 2019, the "
        "Commission is today setting out its recommendations."
    )
    assert extract(text).start == PartialDate(2019, 4, 30)


def test_event_kind_name_and_nested_location() -> None:
    text = (
        "A solemn ceremony was held at the Palace of Nations in Geneva to mark the opening "
        "of the renovated Silk Road Room, the Ministry reports."
    )
    event = extract(text)
    assert event.kind == "ceremony"
    assert event.name == "Opening of the renovated Silk Road Room"
    assert event.location is not None
    assert [p.name for p in event.location.chain()] == [
        "Silk Road Room",
        "Palace of Nations",
        "Geneva",
    ]


def test_roles_from_the_text_and_groups_of_attendees() -> None:
    text = (
        "Opening remarks were delivered by Mayor Jane Obi. The guest of honour was "
        "Ambassador Karl Weber. The event was attended by heads of diplomatic missions "
        "and members of the business community."
    )
    event = extract(text)
    people = {p.name: p for p in event.participants if p.kind == "person"}
    assert people["Jane Obi"].has_role("speaker")
    weber = people["Karl Weber"].roles
    assert [(r.code, r.label) for r in weber] == [("guest_of_honor", "guest of honour")]
    groups = [p.name for p in event.participants if p.kind == "group"]
    assert groups == ["heads of diplomatic missions", "members of the business community"]


# ---------------------------------------------------------------- the contract


def test_ids_are_stable_and_the_source_hash_is_that_of_the_text() -> None:
    import hashlib

    text = 'Minister Ana Lima said: "We are ready." She added that work goes on.'
    first, second = extract(text), extract(text)
    assert first == second
    assert first.id.startswith("ev-")
    assert [s.id for s in first.statements] == ["s1", "s2"]
    assert first.source is not None
    assert first.source.sha256 == hashlib.sha256(text.encode()).hexdigest()


@pytest.mark.parametrize("bad", [None, b"bytes", 12, ["text"]])
def test_text_that_is_not_str_is_an_extract_error(bad: object) -> None:
    with pytest.raises(ExtractError, match="Expected the text as `str`"):
        extract(bad)  # type: ignore[arg-type]


def test_published_of_the_wrong_type_is_an_extract_error() -> None:
    with pytest.raises(ExtractError, match="Expected `published`"):
        extract("text", published="2024-05-01")  # type: ignore[arg-type]


def test_empty_text_gives_an_empty_event() -> None:
    event = extract("")
    assert event.participants == ()
    assert event.statements == ()


# ---------------------------------------------------------------- apposition, plurals, furniture


def test_a_subject_named_in_apposition_after_its_title() -> None:
    text = (
        "The Secretary-General of the Alliance, Hamad Rashid, warned that food prices were rising."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.text == "food prices were rising"
    assert _speaker(event, statement) == "Hamad Rashid"
    labels = [a.label for a in event.participants[0].affiliations]
    assert labels == ["Secretary-General of the Alliance"]


def test_a_place_after_of_is_not_a_person() -> None:
    text = "The Governor of Cabo Delgado, Carlos Mutemba, said that schools would reopen."
    event = extract(text)
    assert [p.name for p in event.participants] == ["Carlos Mutemba"]


def test_a_plural_subject_makes_a_following_pronoun_ambiguous() -> None:
    text = (
        "Minister Ana Lima met Minister Rosa Diaz. Lima stressed that trade had grown. "
        "The two ministers then visited a school, where she told students that jobs would "
        "follow."
    )
    event = extract(text)
    told = [s for s in event.statements if s.cue == "told"]
    assert len(told) == 1
    assert told[0].speaker is None


def test_a_nationality_word_chooses_between_two_ministers() -> None:
    text = (
        "Minister for Foreign Affairs of Latvia Baiba Ozola met Minister for Foreign Affairs "
        "of Estonia Margus Tamm in Riga. The Estonian minister stressed that defence "
        "spending would rise."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Margus Tamm"


def test_speech_after_a_verb_its_object_and_a_colon() -> None:
    text = (
        "Prof. Kwame Darko opened the plant. Prof. Darko told the gathering: Our goal is "
        "simple. Every child should get a vaccine made here."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.cue == "told the gathering"
    assert statement.text.startswith("Our goal is simple.")
    assert _speaker(event, statement) == "Kwame Darko"


def test_a_subject_ends_at_its_verb() -> None:
    text = (
        "The Prime Minister welcomed President William Ruto and noted that Kenya was an "
        "important partner."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.speaker_mention == "The Prime Minister"
    assert statement.speaker is None  # no named Prime Minister; never Ruto


def test_a_company_marked_only_by_a_verb_is_not_a_person() -> None:
    text = (
        "Acme Robotics announced the purchase of a rival. Acme said the deal closes soon. "
        "\u201cThis is a big step,\u201d said Dana Whitfield, Chief Executive of Acme."
    )
    event = extract(text)
    assert [p.name for p in event.participants if p.kind == "person"] == ["Dana Whitfield"]


def test_inline_datelines_with_a_date_and_an_agency() -> None:
    text = (
        "GENEVA, 18 June 2023 (UNHCR) \u2013 Deputy High Commissioner Ruth Amankwah said "
        "that pledges had grown."
    )
    event = extract(text)
    assert event.location is not None
    assert event.location.name == "Geneva"
    assert event.start == PartialDate(2023, 6, 18)
    assert [a.label for a in event.participants[0].affiliations] == ["Deputy High Commissioner"]


def test_a_contact_block_over_several_lines_names_no_participant() -> None:
    text = (
        "Minister Ana Lima said that the talks were productive.\n\n"
        "For more information on this topic, please contact:\n"
        "Lucy Ferreira, Senior Communications Officer, Geneva\n"
        "Tel. +41 22 000 00 00"
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Ana Lima"]


def test_publisher_lines_over_the_headline_are_not_the_story() -> None:
    text = (
        "Ministry of Health, Republic of Ghana\nPRESS RELEASE\n"
        "Minister for Health opens vaccine plant in Kumasi\n\n"
        "KUMASI, 9 August 2024 \u2013 The Minister for Health, Dr Abena Mensah, opened the "
        "plant. The Minister emphasised that it would create 400 jobs."
    )
    event = extract(text)
    assert event.source is not None
    assert event.source.title == "Minister for Health opens vaccine plant in Kumasi"
    assert _speaker(event, _only(event)) == "Abena Mensah"
    assert event.participants[0].affiliations[0].label == "Minister for Health"


def test_a_parenthetical_between_the_name_and_the_verb() -> None:
    text = (
        "Executive Vice-President Margrethe Vestager, in charge of competition policy, "
        'said: "This scheme will help companies invest in clean technologies."'
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Margrethe Vestager"


def test_a_time_between_said_and_the_clause() -> None:
    text = (
        "Finance Minister Rachel Reeves said on Tuesday she would not raise income tax, "
        "adding that growth remained her top priority."
    )
    event = extract(text)
    assert [s.text for s in event.statements] == [
        "she would not raise income tax",
        "growth remained her top priority",
    ]
    assert {_speaker(event, s) for s in event.statements} == {"Rachel Reeves"}


def test_a_title_phrase_does_not_run_through_an_earlier_name() -> None:
    text = (
        "Secretary of State Antony Blinken met Foreign Minister Yoko Kamikawa. Secretary "
        "Blinken and Foreign Minister Kamikawa discussed security. The Secretary reaffirmed "
        "the commitment of his country."
    )
    event = extract(text)
    kamikawa = next(p for p in event.participants if p.name == "Yoko Kamikawa")
    assert all("Blinken" not in (a.label or "") for a in kamikawa.affiliations)
    assert _speaker(event, _only(event)) == "Antony Blinken"


def test_honorifics_of_other_traditions_are_not_part_of_the_name() -> None:
    text = (
        "The Union Minister for Health, Shri Mansukh Mandaviya, inaugurated the block. "
        "Shri Mandaviya said that coverage would grow."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Mansukh Mandaviya"]
    assert _speaker(event, _only(event)) == "Mansukh Mandaviya"


def test_a_sentence_split_by_its_attribution_is_one_speaker_in_two_chunks() -> None:
    text = (
        "Ambassador Maria Santos hosted a reception.\n\n"
        '"We are ready," she said, "and we will act together with our partners."'
    )
    event = extract(text)
    first, second = event.statements
    assert first.text == "We are ready,"
    assert second.text == "and we will act together with our partners."
    assert second.continuation is True
    assert first.speaker == second.speaker == "p1"


def test_quoted_as_saying() -> None:
    text = (
        "Minister of Trade Mary Ng attended the reception. Ng was quoted as saying that "
        "the relationship had never been stronger."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.text == "the relationship had never been stronger"
    assert _speaker(event, statement) == "Mary Ng"


def test_single_curly_quotation_marks_outside_double_ones() -> None:
    text = (
        "Ambassador Maria Santos opened the exhibition.\n\n"
        "\u2018This is only the beginning of our work,\u2019 Santos added. She said "
        "\u201cthe children told me, \u2018we want to learn\u2019, and we listened.\u201d"
    )
    event = extract(text)
    texts = [s.text for s in event.statements]
    assert "This is only the beginning of our work," in texts
    assert "we want to learn" not in texts  # a quotation inside a quotation
    assert all(s.speaker == "p1" for s in event.statements)


def test_two_people_who_speak_together_give_no_single_speaker() -> None:
    text = (
        "President Anna Berg and Prime Minister Lars Holm said in a joint statement that "
        "the border would reopen."
    )
    statement = _only(extract(text))
    assert statement.text == "the border would reopen"
    assert statement.speaker is None
    assert statement.speaker_mention == "President Anna Berg and Prime Minister Lars Holm"


def test_an_acronym_that_spells_a_word_is_part_of_a_title() -> None:
    text = 'Dr. Tedros Ghebreyesus, WHO Director-General, said: "Vaccines save lives."'
    event = extract(text)
    labels = [a.label for a in event.participants[0].affiliations]
    assert labels == ["WHO Director-General"]
    assert event.participants[0].affiliations[0].organization == "WHO"


def test_a_name_known_only_by_initials_keeps_its_printed_form() -> None:
    text = (
        "Minister of Foreign Affairs of Russia S.V. Lavrov arrived in Astana.\n\n"
        "S.Lavrov, in turn, noted the importance of close coordination."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["S.V. Lavrov"]
    assert "S.Lavrov" in event.participants[0].aliases
    statement = _only(event)
    assert statement.text == "the importance of close coordination"
    assert statement.speaker == "p1"


def test_in_his_words_gives_reported_speech_by_the_pronoun() -> None:
    text = (
        "Secretary General Levan Tsiklauri met the Foreign Minister. In his words, the "
        'field office has been "indispensable" for the region.'
    )
    event = extract(text)
    statement = _only(event)
    assert statement.cue == "In his words"
    assert statement.mode == "mixed"
    assert statement.text == 'the field office has been "indispensable" for the region'
    assert _speaker(event, statement) == "Levan Tsiklauri"


def test_as_name_put_it_before_a_quotation() -> None:
    text = (
        "Secretary General Levan Tsiklauri visited the border.\n\n"
        'As Tsiklauri put it, "small steps are better than no steps."'
    )
    event = extract(text)
    statement = _only(event)
    assert statement.cue == "As Tsiklauri put it"
    assert _speaker(event, statement) == "Levan Tsiklauri"


def test_a_name_alone_before_a_colon_and_a_quotation() -> None:
    text = (
        "Dr Marta Oyelaran leads the cholera response.\n\n"
        'Dr Oyelaran: "If nothing changes, we will see the same headlines next year."'
    )
    event = extract(text)
    statement = _only(event)
    assert statement.cue is None
    assert _speaker(event, statement) == "Marta Oyelaran"


@pytest.mark.parametrize(("opening", "closing"), [("'", "'"), ("''", "''")])
def test_straight_single_marks_and_doubled_apostrophes_quote(opening: str, closing: str) -> None:
    text = (
        "Kazakh Transport Minister Marat Yessenov spoke in Almaty. "
        f"{opening}Paper is what slows us down, not the sea,{closing} he told reporters."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.text == "Paper is what slows us down, not the sea,"
    assert _speaker(event, statement) == "Marat Yessenov"


def test_the_words_after_an_attribution_are_not_reported_speech() -> None:
    text = (
        '"We have talked about this for five years," Commissioner Katrin Vogel said of '
        'the Arctic cable. "Now there is money on the table."'
    )
    event = extract(text)
    assert [s.mode for s in event.statements] == ["direct", "direct"]
    assert event.statements[1].continuation is True


def test_the_dateline_date_gives_way_to_the_date_in_the_story() -> None:
    text = (
        "Geneva, 7 September 2023 \u2014 The stockpile is empty, officials told a press "
        "briefing in Geneva on 6 September 2023."
    )
    event = extract(text)
    assert event.start == PartialDate(2023, 9, 6)
    assert event.source is not None
    assert event.source.published == PartialDate(2023, 9, 7)
    assert event.statements == ()  # "told a press briefing": the addressee, no clause


def test_a_dateline_closed_by_a_colon_after_its_date() -> None:
    text = (
        "Addis Ababa, Ethiopia \u2013 21 November 2023: The Chairperson of the Commission, "
        "H.E. Moussa Faki Mahamat, received the credentials of Ambassador Carlos Duarte."
    )
    event = extract(text)
    assert event.location is not None
    assert event.location.name == "Addis Ababa"
    assert event.start == PartialDate(2023, 11, 21)
    assert event.kind == "handover"
    names = [p.name for p in event.participants]
    assert names == ["Moussa Faki Mahamat", "Carlos Duarte"]


def test_hyphenated_titles_are_titles() -> None:
    text = 'Vice-Chancellor Simone Buitendijk said: "This is a flagship for the university."'
    event = extract(text)
    assert [p.name for p in event.participants] == ["Simone Buitendijk"]


def test_a_given_source_is_kept_with_the_text_hash_and_dates() -> None:
    import hashlib

    from eventkit import Source

    text = "Minister Ana Lima met the delegation yesterday."
    source = Source(url="https://example.org/news/1", published=PartialDate(2024, 5, 8))
    event = extract(text, source=source)
    assert event.source is not None
    assert event.source.url == "https://example.org/news/1"
    assert event.source.sha256 == hashlib.sha256(text.encode()).hexdigest()
    assert event.start == PartialDate(2024, 5, 7, inferred=True)
    stamped = extract(text, published=dt.datetime(2024, 5, 8, 9, 30))
    assert stamped.start == PartialDate(2024, 5, 7, inferred=True)


def test_a_verb_of_saying_with_an_object_that_is_no_clause_is_not_speech() -> None:
    text = "Mayor Ana Lima opened the hall. She added a new wing to the museum in 2005."
    assert extract(text).statements == ()
    said = extract("Mayor Ana Lima said the plan would work.")
    assert [s.text for s in said.statements] == ["the plan would work"]


def test_a_quotation_followed_by_according_to() -> None:
    text = (
        "Minister Ivan Petrov met the press. "
        '"The deficit will fall next year," according to Petrov.'
    )
    event = extract(text)
    statement = _only(event)
    assert statement.mode == "direct"
    assert statement.text == "The deficit will fall next year,"
    assert _speaker(event, statement) == "Ivan Petrov"


# ---------------------------------------------------------------- cues with an addressee


@pytest.mark.parametrize(
    ("sentence", "cue", "clause"),
    [
        (
            "Governor Nell Okoro reminded the farmers that the rains were late.",
            "reminded",
            "the rains were late",
        ),
        (
            "Governor Nell Okoro reminded everyone that the rains were late.",
            "reminded",
            "the rains were late",
        ),
        (
            "Governor Nell Okoro informed the press that the bridge had reopened.",
            "informed",
            "the bridge had reopened",
        ),
        (
            "Governor Nell Okoro assured the mayor that funds would arrive.",
            "assured",
            "funds would arrive",
        ),
        ("Governor Nell Okoro warned that the dam was weak.", "warned", "the dam was weak"),
        (
            "Governor Nell Okoro told reporters after the talks that the dam was weak.",
            "told",
            "the dam was weak",
        ),
        (
            "Governor Nell Okoro voiced support for the new canal.",
            "voiced support for",
            "the new canal",
        ),
        (
            "Governor Nell Okoro thanked the crews, adding that more help was coming.",
            "adding",
            "more help was coming",
        ),
    ],
)
def test_cues_with_an_addressee_before_the_clause(sentence: str, cue: str, clause: str) -> None:
    event = extract(sentence)
    statement = event.statements[-1]
    assert statement.cue == cue
    assert statement.text == clause
    assert _speaker(event, statement) == "Nell Okoro"
    _check_spans(sentence, event)


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Nell Okoro briefed the press on the flood response.",
        "Governor Nell Okoro reminded the farmers of the harvest festival.",
        "Governor Nell Okoro spoke to reporters after the session.",
        "Governor Nell Okoro called on the Minister of Transport in his office.",
        "Governor Nell Okoro concluded a two-day visit to the islands.",
        "Governor Nell Okoro observed a minute of silence for the victims.",
    ],
)
def test_an_addressee_without_a_clause_is_not_a_statement(sentence: str) -> None:
    assert extract(sentence).statements == ()


# ---------------------------------------------------------------- title-only references


def test_a_plain_title_prefers_the_holder_whose_title_has_no_rank_before_it() -> None:
    text = (
        "The session was opened by Pavel Krum, Deputy Chair of the Council, and "
        "Olga Vitt, Chair of the Council.\n\n"
        "The Chair stressed that the budget would pass."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Olga Vitt"
    ranked = extract(text.replace("The Chair stressed", "The Deputy Chair stressed"))
    assert _speaker(ranked, _only(ranked)) == "Pavel Krum"


def test_a_title_two_people_hold_alike_gives_no_speaker() -> None:
    text = (
        "Governor Pavel Krum met Governor Olga Vitt.\n\n"
        "The Governor said that the roads would be repaired."
    )
    assert _only(extract(text)).speaker is None


def test_the_diplomat_names_the_one_ambassador() -> None:
    text = (
        "Rafe Conti, Ambassador of Malta, called on Minister Ines Brandt.\n\n"
        '"Our ports are open to you," the diplomat said.'
    )
    event = extract(text)
    statement = _only(event)
    assert statement.speaker_mention == "the diplomat"
    assert _speaker(event, statement) == "Rafe Conti"
    two = extract(text.replace("Minister Ines Brandt", "Ines Brandt, Ambassador of Chile"))
    assert _only(two).speaker is None


# ---------------------------------------------------------------- pronouns as speakers


def test_a_courtesy_title_between_title_and_name_is_not_part_of_the_title() -> None:
    event = extract("Minister of Water Mrs. Lotta Berger opened the dam. She called for calm.")
    person = event.participants[0]
    assert person.name == "Lotta Berger"
    assert [a.label for a in person.affiliations] == ["Minister of Water"]
    assert _speaker(event, _only(event)) == "Lotta Berger"


def test_a_pronoun_passes_over_a_sentence_naming_only_the_other_gender() -> None:
    text = (
        "Minister of Water Mrs. Lotta Berger opened the dam on Friday. "
        "Mr. Abel Moss, the chief engineer, showed the turbines.\n\n"
        "She called for more investment in irrigation."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Lotta Berger"


def test_his_or_her_after_a_lone_name_shows_the_gender() -> None:
    text = (
        "Minister Abel Moss said that the dam was finished. "
        "Minister Lotta Berger, in her speech, thanked the builders. "
        "He added that a second dam would follow."
    )
    event = extract(text)
    assert _speaker(event, event.statements[-1]) == "Abel Moss"


def test_her_before_the_name_does_not_give_that_person_a_gender() -> None:
    text = (
        "Ambassador Lotta Berger arrived in Oslo. "
        "Her letters were received by Minister Abel Moss. "
        "He said that ties would grow."
    )
    event = extract(text)
    assert _speaker(event, event.statements[-1]) == "Abel Moss"


# ---------------------------------------------------------------- a quotation paragraph alone


def test_a_quotation_paragraph_alone_belongs_to_who_spoke_just_before() -> None:
    text = (
        "Mayor Ivo Ranta underlined that the bridge was safe.\n\n"
        '"Traffic returns on Monday."\n\n'
        '"The tolls stay as they were."'
    )
    event = extract(text)
    assert [s.text for s in event.statements] == [
        "the bridge was safe",
        "Traffic returns on Monday.",
        "The tolls stay as they were.",
    ]
    assert {_speaker(event, s) for s in event.statements} == {"Ivo Ranta"}
    _check_spans(text, event)


def test_a_quotation_paragraph_alone_after_a_speaker_is_introduced() -> None:
    text = 'Next to speak was Senator Mia Holm.\n\n"Our farmers need water, not promises."'
    event = extract(text)
    assert _speaker(event, _only(event)) == "Mia Holm"


def test_a_quotation_paragraph_alone_after_two_people_has_no_speaker() -> None:
    spoke = (
        "Mayor Ivo Ranta said that the bridge was safe. "
        "Senator Mia Holm noted that repairs had cost too much.\n\n"
        '"Traffic returns on Monday."'
    )
    assert extract(spoke).statements[-1].speaker is None
    named = 'Mayor Ivo Ranta met Senator Mia Holm.\n\n"Traffic returns on Monday."'
    assert _only(extract(named)).speaker is None


# ---------------------------------------------------------------- quoted words in reported speech


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            'Senator Mia Holm insisted that the valley is "our common garden".',
            'the valley is "our common garden"',
        ),
        (
            "Senator Mia Holm insisted that \u201cno village will be forgotten\u201d by the plan.",
            "\u201cno village will be forgotten\u201d by the plan",
        ),
        (
            'Senator Mia Holm insisted that "no village will be forgotten."',
            '"no village will be forgotten."',
        ),
    ],
)
def test_reported_speech_with_quoted_words_is_one_mixed_statement(
    sentence: str, clause: str
) -> None:
    event = extract(sentence)
    statement = _only(event)
    assert statement.mode == "mixed"
    assert statement.text == clause
    assert _speaker(event, statement) == "Mia Holm"
    _check_spans(sentence, event)


# ---------------------------------------------------------------- initials and full names


def test_initials_and_a_two_word_family_name_link_to_the_full_name() -> None:
    text = (
        "Minister of Tourism Paloma Inés Cordero Ruiz opened the fair.\n\n"
        '"Our coast is ready," P.I. Cordero Ruiz said.\n\n'
        "Cordero Ruiz added that hotels were full."
    )
    event = extract(text)
    people = [p for p in event.participants if p.kind == "person"]
    assert [p.name for p in people] == ["Paloma Inés Cordero Ruiz"]
    assert people[0].affiliations[0].label == "Minister of Tourism"
    assert {"P.I. Cordero Ruiz", "Cordero Ruiz"} <= set(people[0].aliases)
    assert {_speaker(event, s) for s in event.statements} == {"Paloma Inés Cordero Ruiz"}
    _check_spans(text, event)


@pytest.mark.parametrize("printed", ["P.I. Cordero Ruiz", "P. I. Cordero Ruiz", "P.I.Cordero Ruiz"])
def test_initials_with_or_without_spaces(printed: str) -> None:
    text = (
        "Paloma Inés Cordero Ruiz, Minister of Tourism, opened the fair. "
        f'"Our coast is ready," {printed} said.'
    )
    event = extract(text)
    people = [p for p in event.participants if p.kind == "person"]
    assert [p.name for p in people] == ["Paloma Inés Cordero Ruiz"]
    assert printed in people[0].aliases
    assert _speaker(event, _only(event)) == "Paloma Inés Cordero Ruiz"


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_letters_outside_ascii_count_as_letters_in_initials(form: str) -> None:
    import unicodedata

    text = unicodedata.normalize(
        form,
        "Ł. Wiśniewska arrived first. Ambassador Łucja Wiśniewska met Consul Şenol Çakar. "
        '"The harbour is open," Ş. Çakar said.',
    )
    event = extract(text)
    people = {p.name for p in event.participants if p.kind == "person"}
    assert people == {
        unicodedata.normalize(form, "Łucja Wiśniewska"),
        unicodedata.normalize(form, "Şenol Çakar"),
    }
    assert _speaker(event, _only(event)) == unicodedata.normalize(form, "Şenol Çakar")
    _check_spans(text, event)


def test_a_person_known_only_by_initials_keeps_the_printed_form() -> None:
    event = extract('"The steppe is wide," Governor B.Tsetseg said.')
    assert [p.name for p in event.participants] == ["B.Tsetseg"]
    spaced = extract('"The steppe is wide," said Governor K.L. Ortega Vidal.')
    assert [p.name for p in spaced.participants] == ["K.L. Ortega Vidal"]


def test_a_name_after_a_title_whose_object_has_the() -> None:
    text = (
        "Chair of the Riksdag Elin Wahl welcomed the delegation. "
        "The Chair stressed that the parliaments should meet every year."
    )
    event = extract(text)
    person = event.participants[0]
    assert person.name == "Elin Wahl"
    assert person.affiliations[0].label == "Chair of the Riksdag"
    assert _speaker(event, _only(event)) == "Elin Wahl"


def test_a_nationality_before_a_title_picks_the_counterpart_it_names() -> None:
    text = (
        "Danish Minister of Culture Freja Holm met her Icelandic counterpart Orri Sveinsson. "
        "The Icelandic minister noted that the sagas were a shared heritage. "
        "The Danish minister said that a joint exhibition would open in May."
    )
    event = extract(text)
    people = {p.name: p for p in event.participants}
    assert people["Orri Sveinsson"].affiliations[0].label == "Icelandic counterpart"
    assert [_speaker(event, s) for s in event.statements] == ["Orri Sveinsson", "Freja Holm"]


def test_said_with_a_clause_in_an_irregular_past() -> None:
    event = extract("Minister Freja Holm said Denmark stood ready to help.")
    assert _only(event).text == "Denmark stood ready to help"


def test_a_quotation_paragraph_after_a_title_given_the_floor() -> None:
    text = (
        "Ambassador of Chile Rosa Vidal and Ambassador of Peru Luis Mora visited the port.\n\n"
        "Then the Ambassador of Peru took the floor.\n\n"
        '"Our exporters are ready for the new terminal."'
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Luis Mora"


def test_a_title_whose_object_goes_on_with_of_is_not_a_name() -> None:
    text = (
        "Chairman of the Supreme Kurultai of Freedonia T.Bolat received the delegation. "
        "The Chairman said that the parliament welcomed the visit."
    )
    event = extract(text)
    assert [p.name for p in event.participants if p.kind == "person"] == ["T.Bolat"]
    assert _speaker(event, _only(event)) == "T.Bolat"


def test_a_long_title_object_with_and_before_the_name() -> None:
    text = (
        "Minister of Foreign Trade and Economic Relations of Trinidad and Tobago "
        "Keisha Ramdeen opened the fair."
    )
    person = extract(text).participants[0]
    assert person.name == "Keisha Ramdeen"
    assert person.affiliations[0].label == (
        "Minister of Foreign Trade and Economic Relations of Trinidad and Tobago"
    )


@pytest.mark.parametrize("opening", ["", "Riga, 4 May 2025 \u2013 ", "On Monday, "])
def test_a_title_in_apposition_before_a_titled_name(opening: str) -> None:
    text = (
        f"{opening}The Council Chair-in-Office, Dutch Foreign Minister Anouk Vermeer, "
        "visited the port. The Chair-in-Office said that shipping must stay free."
    )
    event = extract(text)
    person = event.participants[0]
    assert [a.label for a in person.affiliations] == [
        "Council Chair-in-Office",
        "Dutch Foreign Minister",
    ]
    assert _speaker(event, _only(event)) == "Anouk Vermeer"


def test_a_quotation_paragraph_after_next_the_title_spoke() -> None:
    text = (
        "Governor Rosa Vidal and Minister of Ports Luis Mora opened the terminal.\n\n"
        "Next, the Minister of Ports addressed the guests.\n\n"
        '"Ships will dock here within the month."'
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Luis Mora"


def test_a_participial_clause_between_the_subject_and_its_verb() -> None:
    text = "Governor Nell Okoro, noting that the rains were late, urged farmers to save water."
    event = extract(text)
    assert [(s.cue, s.text) for s in event.statements] == [
        ("noting", "the rains were late"),
        ("urged", "farmers to save water"),
    ]
    assert {_speaker(event, s) for s in event.statements} == {"Nell Okoro"}
    _check_spans(text, event)


def test_a_rank_before_a_qualifier_still_makes_a_different_office() -> None:
    text = (
        "Deputy Foreign Minister Pavel Krum and Foreign Minister Olga Vitt met the press. "
        "The Minister said that the border would reopen."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Olga Vitt"


def test_a_two_word_family_name_before_the_full_name() -> None:
    text = (
        "Minister Cordero Ruiz arrived early. Paloma Inés Cordero Ruiz, Minister of Tourism, "
        'then opened the fair. "Our coast is ready," Cordero Ruiz said.'
    )
    event = extract(text)
    assert [p.name for p in event.participants if p.kind == "person"] == [
        "Paloma Inés Cordero Ruiz"
    ]
    assert _speaker(event, _only(event)) == "Paloma Inés Cordero Ruiz"


def test_a_capitalised_qualifier_no_one_else_carries_keeps_the_one_holder() -> None:
    text = "Minister Olga Vitt met the press. The Foreign Minister said that the border was open."
    event = extract(text)
    assert _speaker(event, _only(event)) == "Olga Vitt"


# ---------------------------------------------------------------- round three


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("The Minister of Water and Coastal Planning", "Dr. Ifeoma Nwachukwu-Hart"),
        ("The Regional Director for North and Central Asia", "Henrik Solvang"),
        ("The Head of the Office for Seeds and Crop Research", "Mirela Vukić"),
    ],
)
def test_the_object_of_an_apposed_title_is_not_a_person(title: str, name: str) -> None:
    text = f"{title}, {name}, cautioned that the rains would come late."
    event = extract(text)
    people = [p for p in event.participants if p.kind == "person"]
    assert [p.name for p in people] == [name.removeprefix("Dr. ")]
    assert people[0].affiliations[0].label == title.removeprefix("The ")
    statement = _only(event)
    assert statement.text == "the rains would come late"
    assert _speaker(event, statement) == name.removeprefix("Dr. ")
    _check_spans(text, event)


def test_a_title_list_with_a_name_each_keeps_every_name() -> None:
    text = (
        "Ambassador of Chile Rosa Vidal, Ambassador of Peru Luis Mora and Consul Ana Ruiz "
        "visited the port."
    )
    names = [p.name for p in extract(text).participants]
    assert names == ["Rosa Vidal", "Luis Mora", "Ana Ruiz"]


def test_an_office_with_and_is_an_organisation() -> None:
    event = extract("The Ministry of Forests and Wildlife said that the park would reopen.")
    assert [(p.name, p.kind) for p in event.participants] == [
        ("Ministry of Forests and Wildlife", "organization")
    ]


def test_a_quoted_programme_name_is_not_speech() -> None:
    text = (
        'Governor Nell Okoro spoke under the "Clean Delta" programme. '
        "She said that the river would be dredged."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Nell Okoro"]
    statement = _only(event)
    assert statement.text == "the river would be dredged"
    assert _speaker(event, statement) == "Nell Okoro"


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize("later", ["R.Á. Zúñiga Belmonte", "Ambassador Zúñiga Belmonte"])
def test_a_long_name_after_a_title_with_a_country(form: str, later: str) -> None:
    import unicodedata

    text = unicodedata.normalize(
        form,
        "The newly accredited Ambassador of Paraguay to Norway Rubén Ángel Zúñiga Belmonte "
        f"met Mayor Kari Dahl. {later} said that the two ports would be twinned.",
    )
    event = extract(text)
    full = unicodedata.normalize(form, "Rubén Ángel Zúñiga Belmonte")
    people = {p.name: p for p in event.participants}
    assert set(people) == {full, "Kari Dahl"}
    assert people[full].affiliations[0].label == "Ambassador of Paraguay to Norway"
    assert _speaker(event, _only(event)) == full
    _check_spans(text, event)


def test_a_country_of_two_words_before_a_name() -> None:
    text = "Consul of Chile in New Zealand Inés Aravena Soto opened the office."
    person = extract(text).participants[0]
    assert person.name == "Inés Aravena Soto"
    assert person.affiliations[0].label == "Consul of Chile in New Zealand"


def test_he_across_a_paragraph_skips_a_person_named_in_passing() -> None:
    text = (
        "Mr. Jonas Lindqvist said that the ferry line would reopen in June.\n\n"
        "The new quay was inspected last week by engineer Kim Dalby.\n\n"
        "He added that tickets would cost less than before."
    )
    event = extract(text)
    assert [_speaker(event, s) for s in event.statements] == ["Jonas Lindqvist"] * 2


def test_he_across_a_paragraph_after_two_men_has_no_speaker() -> None:
    text = (
        "Mr. Jonas Lindqvist and Mr. Kim Dalby said that the ferry line would reopen.\n\n"
        "The quay was also inspected by engineer Ole Brun.\n\n"
        "He added that tickets would cost less than before."
    )
    event = extract(text)
    assert _speaker(event, event.statements[-1]) is None


def test_he_said_closing_a_paragraph_of_reported_speech() -> None:
    text = (
        "Mr. Pello Aranburu opened the new cannery in Bermeo.\n\n"
        "The plant will employ two hundred people by autumn, he said."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.text == "The plant will employ two hundred people by autumn"
    assert statement.mode == "reported"
    assert _speaker(event, statement) == "Pello Aranburu"
    _check_spans(text, event)


@pytest.mark.parametrize(
    "sentence",
    ["After the visit to the cannery, he said.", "On Monday, he said goodbye to the workers."],
)
def test_a_comma_before_he_said_without_a_clause_is_not_speech(sentence: str) -> None:
    text = f"Mr. Pello Aranburu opened the new cannery in Bermeo. {sentence}"
    assert extract(text).statements == ()


@pytest.mark.parametrize("printed", ["K. Saar", "K.Saar", "Ü. Tamm"])
def test_adding_that_after_an_initial_and_a_surname(printed: str) -> None:
    text = (
        "Governor Ruth Okafor opened the forum. "
        f"{printed} greeted the guests, adding that the forum would meet again next year."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.cue == "adding"
    assert statement.text == "the forum would meet again next year"
    assert _speaker(event, statement) == printed
    _check_spans(text, event)


def test_an_initial_and_a_surname_link_to_a_full_name_given_without_a_title() -> None:
    text = (
        "Governor Ruth Okafor met Külli Saar in Tartu. "
        "K. Saar greeted the guests, noting that the forum would meet again next year."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Ruth Okafor", "Külli Saar"]
    assert _speaker(event, _only(event)) == "Külli Saar"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister said that the mine would reopen.",
        "The Minister of Mining said that the mine would reopen.",
        "The Minister, in turn, said that the mine would reopen.",
        "The Minister, for her part, said that the mine would reopen.",
    ],
)
def test_the_one_minister_known_only_by_initials(sentence: str) -> None:
    text = f"Mayor Oskar Lind received Minister of Mining O.Tsetsegmaa in Erdenet. {sentence}"
    event = extract(text)
    assert _speaker(event, _only(event)) == "O.Tsetsegmaa"
    _check_spans(text, event)


def test_a_title_with_its_object_picks_the_holder_among_ministers() -> None:
    text = (
        "Minister of Mining O.Tsetsegmaa met Minister of Roads Oskar Lind. "
        "The Minister of Roads said that a new highway would be built."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Oskar Lind"


def test_the_ambassador_with_two_ambassadors_has_no_speaker() -> None:
    text = (
        "Ambassador B.Dorj and Ambassador Ivo Kask visited the port. "
        "The Ambassador, in turn, said that trade was growing."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) is None


def test_an_office_name_with_and_before_a_cue_is_not_a_person() -> None:
    text = "Staff of the Bureau for Soil and Forest Protection reported that the fires were out."
    event = extract(text)
    assert [p.kind for p in event.participants] == ["organization"]
    assert all(p.name != "Forest Protection" for p in event.participants)


def test_a_name_after_an_office_and_and_is_still_a_person() -> None:
    text = "Officials of the Bureau and Mr. Aldo Ferri said that the fires were out."
    assert "Aldo Ferri" in [p.name for p in extract(text).participants]


def test_an_apposed_name_after_an_office_at_the_end_of_the_sentence() -> None:
    text = (
        '"The wells are dry," said the Regional Coordinator for North and Western Sahel, '
        "Aminata Diallo."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Aminata Diallo"]
    assert _speaker(event, _only(event)) == "Aminata Diallo"


def test_who_said_after_an_apposed_name_is_that_person() -> None:
    text = (
        "The clinic was opened by the Minister of Health and Welfare, Dr. Lina Haddad, "
        "who said that ten more would follow."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.text == "ten more would follow"
    assert _speaker(event, statement) == "Lina Haddad"
    _check_spans(text, event)


def test_those_who_said_has_no_speaker() -> None:
    assert extract("Those who said that the clinic was late were wrong.").participants == ()


# Round 4: relative clauses of speech, honorific styles, capitalised family names, acronym
# titles, closing attribution lines.


def test_who_with_any_reporting_verb_after_a_title_in_apposition() -> None:
    text = (
        "The panel was chaired by Oskar Brandt, the Deputy Minister, "
        "who recalled that the canal was finished in 1990."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.text == "the canal was finished in 1990"
    assert statement.cue == "recalled"
    assert _speaker(event, statement) == "Oskar Brandt"
    _check_spans(text, event)


def test_a_bare_name_before_who_and_a_cue_is_a_person() -> None:
    text = "Teodora Vlasic, who pointed out that rents had doubled, thanked the volunteers."
    event = extract(text)
    statement = _only(event)
    assert statement.text == "rents had doubled"
    assert _speaker(event, statement) == "Teodora Vlasic"
    _check_spans(text, event)


def test_abbreviated_honorifics_are_never_names() -> None:
    text = (
        "H.E. Amb. Kamau Njoroge and Eng. Faith Wairimu toured the port. "
        "Amb. Njoroge stressed that the berths were ready."
    )
    event = extract(text)
    names = [p.name for p in event.participants]
    assert names == ["Kamau Njoroge", "Faith Wairimu"]
    assert _speaker(event, _only(event)) == "Kamau Njoroge"


def test_a_royal_style_is_no_name_and_later_points_at_its_holder() -> None:
    text = (
        "Her Royal Highness Princess Layla Mansour opened the library. "
        "Her Royal Highness noted that reading was a right."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Layla Mansour"]
    assert _speaker(event, _only(event)) == "Layla Mansour"


def test_a_title_apposed_before_honorifics_is_the_persons_title() -> None:
    text = (
        "The Ruler of Qasimiya, His Highness Sheikh Hamad Al Sabri, received the envoys. "
        "The Ruler affirmed that the port would stay open."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Hamad Al Sabri"]
    assert _speaker(event, _only(event)) == "Hamad Al Sabri"


def test_an_acronym_title_as_subject_is_its_one_holder() -> None:
    text = (
        "Foreign Minister Sunita Rao met Prime Minister Devraj Kapoor in Pune. "
        "FM underscored that the corridor was ready. The PM noted that tariffs would fall."
    )
    event = extract(text)
    first, second = event.statements
    assert _speaker(event, first) == "Sunita Rao"
    assert _speaker(event, second) == "Devraj Kapoor"
    assert all(p.kind == "person" for p in event.participants)
    _check_spans(text, event)


def test_an_acronym_title_two_people_hold_has_no_speaker() -> None:
    text = (
        "Director-General Olu Bello met Director-General Femi Ade. "
        "The DG stressed that the budget was tight."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) is None
    assert all(p.kind == "person" for p in event.participants)


def test_an_acronym_that_is_no_title_stays_an_organisation() -> None:
    event = extract("Minister Olu Bello visited Abuja. UNAF said that the clinics were full.")
    assert "UNAF" in [p.name for p in event.participants if p.kind == "organization"]


def test_a_family_name_in_capitals_first_is_kept_as_printed_and_linked() -> None:
    text = (
        "PARK Min-jae, Minister of Oceans, toured the harbour. "
        "Minister Park said that the quay would be rebuilt."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["PARK Min-jae"]
    assert _speaker(event, _only(event)) == "PARK Min-jae"
    _check_spans(text, event)


def test_a_vietnamese_name_in_capitals_links_to_its_given_name() -> None:
    text = (
        "Deputy Minister TRAN Van Hieu opened the forum. "
        "Minister Hieu stressed that rice exports had grown."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["TRAN Van Hieu"]
    assert _speaker(event, _only(event)) == "TRAN Van Hieu"


def test_a_dash_line_after_a_quotation_names_its_speaker() -> None:
    text = (
        "The harvest festival opened in Cusco with 40 stalls.\n\n"
        '"Every village has sent its best grain.\n\n'
        '"Next year we expect twice as many."\n\n'
        "\u2013 The Honourable Mateo Quispe, Minister of Agriculture"
    )
    event = extract(text)
    statement = _only(event)
    assert statement.mode == "direct"
    assert _speaker(event, statement) == "Mateo Quispe"
    assert statement.text.endswith("twice as many.")
    _check_spans(text, event)


def test_a_dash_line_with_a_verb_is_not_a_closing_attribution() -> None:
    text = (
        "Minister Rosa Lind opened the fair.\n\n"
        '"Trade is growing."\n\n'
        "- Jonas Berg said the stalls were full."
    )
    event = extract(text)
    quoted = [s for s in event.statements if s.mode == "direct"]
    assert all(_speaker(event, s) != "Jonas Berg" for s in quoted)


def test_an_occupation_before_a_name_is_a_descriptor_the_later_noun_resolves() -> None:
    text = (
        "In the square the potter Yupanqui Cusi explained that the clay was local. "
        "The potter added that the kiln burns wood."
    )
    event = extract(text)
    (person,) = event.participants
    assert person.name == "Yupanqui Cusi"
    assert [a.label for a in person.affiliations] == ["potter"]
    assert [_speaker(event, s) for s in event.statements] == ["Yupanqui Cusi"] * 2
    _check_spans(text, event)


def test_an_occupation_that_is_also_a_family_name_stays_a_name_when_capitalised() -> None:
    event = extract("Novelist Harriet Weaver said that the archive would open.")
    assert [p.name for p in event.participants] == ["Harriet Weaver"]


def test_he_after_a_subject_and_a_man_after_a_preposition_is_the_subject() -> None:
    text = (
        "Chancellor Bruno Falk held talks with Premier Otto Rask in Oslo. "
        "He observed that the pipeline was on schedule."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Bruno Falk"


def test_he_after_two_men_as_subject_and_object_has_no_speaker() -> None:
    text = "Chancellor Bruno Falk welcomed Premier Otto Rask. He observed that the talks went well."
    event = extract(text)
    assert _speaker(event, _only(event)) is None


def test_he_after_a_man_and_a_woman_as_subject_and_object_is_the_man() -> None:
    text = "Mr. Bruno Falk welcomed Ms. Greta Rask. He observed that the talks went well."
    event = extract(text)
    assert _speaker(event, _only(event)) == "Bruno Falk"


def test_a_relative_clause_of_speech_runs_over_a_list_to_the_main_verb() -> None:
    text = "Mayor Ilse Voss, who noted that bread, milk and rice had risen, opened the market."
    event = extract(text)
    statement = _only(event)
    assert statement.text == "bread, milk and rice had risen"
    assert _speaker(event, statement) == "Ilse Voss"


def test_titles_apposed_before_honorific_names_stay_their_titles() -> None:
    """'The Spokesperson and Director-General of X, Mrs. Name, and the Deputy Spokesperson,
    Mr. Name,' keeps both titles, so a later 'The Spokesperson' names the first person."""
    text = (
        "The Spokesperson and Director-General of the Department of Information, Mrs. Anna "
        "Berg, and the Deputy Spokesperson, Mr. Tom Lind, briefed the media.\n\n"
        "The Spokesperson informed that the Minister will travel to Japan next week."
    )
    event = extract(text)
    people = {p.name: p for p in event.participants}
    assert [a.title for a in people["Anna Berg"].affiliations] == [
        "Spokesperson and Director-General"
    ]
    assert [a.title for a in people["Tom Lind"].affiliations] == ["Deputy Spokesperson"]
    (statement,) = event.statements
    assert statement.speaker == people["Anna Berg"].id


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'The new belt will count towards the "Green Wall" programme, he added.',
            'The new belt will count towards the "Green Wall" programme',
        ),
        (
            "The trees will feed the “One Million Seedlings” campaign next spring, he added.",
            "The trees will feed the “One Million Seedlings” campaign next spring",
        ),
    ],
)
def test_he_added_after_a_clause_with_a_quoted_name(sentence: str, expected: str) -> None:
    text = f"Minister Oyuna Batbayar opened the nursery in Mandalgovi. {sentence}"
    event = extract(text)
    statement = _only(event)
    assert statement.text == expected
    assert statement.mode == "reported"
    assert _speaker(event, statement) == "Oyuna Batbayar"
    _check_spans(text, event)


def test_he_added_after_a_clause_with_quoted_speech_is_not_reported_speech() -> None:
    text = (
        "Minister Oyuna Batbayar opened the nursery. "
        'She called the project "a promise we made to our grandchildren, and we keep it," '
        "she added."
    )
    event = extract(text)
    assert all(s.mode != "reported" for s in event.statements)


def test_sri_is_part_of_an_indonesian_name_and_its_given_names_alone_are_the_same_person() -> None:
    text = (
        "The Minister of Trade, H.E. Sri Handayani Kusuma, opened the expo in Surabaya. "
        '"Our exporters are ready," said Minister Sri Handayani.'
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Sri Handayani Kusuma"]
    assert _speaker(event, _only(event)) == "Sri Handayani Kusuma"


def test_ratu_is_a_chiefly_title_and_ratu_with_the_given_name_is_the_same_person() -> None:
    text = (
        "The Minister for Fisheries, Ratu Epeli Waqanivalu, visited the Lautoka jetty. "
        '"The catch must be landed here," Ratu Epeli said.'
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Epeli Waqanivalu"]
    assert _speaker(event, _only(event)) == "Epeli Waqanivalu"


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Foreign Affairs of the Republic of Peru, H.E. Mr. Rafael Quispe "
        "Mendoza, arrived in Lima.",
        "The Governor received the Minister of Foreign Affairs of the Republic of Peru, "
        "H.E. Mr. Rafael Quispe Mendoza, at the Palace.",
    ],
)
def test_a_long_title_apposed_to_an_honorific_name_is_its_title(text: str) -> None:
    event = extract(text)
    people = [p for p in event.participants if p.name == "Rafael Quispe Mendoza"]
    assert len(people) == 1
    titles = [f"{a.title} {a.organization}" for a in people[0].affiliations]
    assert any("Foreign Affairs" in t and "Peru" in t for t in titles), titles


def test_a_nationality_and_a_title_pick_the_one_minister_of_that_country() -> None:
    text = (
        "The Minister of Foreign Affairs of the Republic of Peru, H.E. Mr. Rafael Quispe "
        "Mendoza, received the Minister of Foreign Affairs of the Republic of Chile, H.E. "
        "Ms. Carla Rojas Pinto, at the Palace.\n\n"
        '"The Humboldt Current feeds us both," the Chilean Foreign Minister said.'
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Carla Rojas Pinto"


def test_the_name_of_an_agreement_is_not_a_person() -> None:
    text = (
        "The two Ministers discussed the upgrade of the Peru-Chile Free Trade Partnership "
        "Agreement. Minister Rafael Quispe said that talks would end in May."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Rafael Quispe"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Both sides agreed to hold the next round of talks in Valparaíso.",
        "The two delegations agreed on a timetable for the survey.",
    ],
)
def test_agreeing_to_do_something_is_a_decision_not_speech(sentence: str) -> None:
    text = f"Minister Rafael Quispe met his Chilean counterpart in Lima. {sentence}"
    assert extract(text).statements == ()


def test_agreeing_that_something_is_so_is_reported_speech() -> None:
    text = "Minister Rafael Quispe agreed that the fishing quotas were too high."
    event = extract(text)
    assert _only(event).text == "the fishing quotas were too high"


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose by 4 per cent in October, according to a new IMF report released in Accra.",
        "The Ministry welcomed the UNICEF report on school meals in Turkana.",
        "A new UNICEF report finds that one in four children missed school.",
    ],
)
def test_a_report_named_by_its_author_is_a_noun_not_a_reporting_verb(text: str) -> None:
    assert all(s.cue != "report" for s in extract(text).statements)


def test_according_to_a_person_with_words_after_the_name() -> None:
    text = (
        "Minister Ama Serwaa Owusu opened the market in Kumasi. Traders will pay lower fees "
        "from March, according to Minister Owusu speaking at the ceremony."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.text == "Traders will pay lower fees from March"
    assert _speaker(event, statement) == "Ama Serwaa Owusu"
    _check_spans(text, event)


@pytest.mark.parametrize("letters", ["MP", "KC", "OBE"])
def test_post_nominal_letters_are_not_part_of_the_name(letters: str) -> None:
    text = (
        "The delegation is led by the Committee Chairperson, Ms. Hannah Rowe "
        f"{letters}, and stays until Friday. Ms. Rowe said the Committee was pleased."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Hannah Rowe"]
    assert _speaker(event, _only(event)) == "Hannah Rowe"
    (affiliation,) = event.participants[0].affiliations
    assert "delegation" not in f"{affiliation.title} {affiliation.organization}"


def test_a_lower_case_title_in_apposition_marks_a_name_as_a_person() -> None:
    text = (
        "Speaking at the ceremony, Li Guohua, economic and commercial counselor of the Chinese "
        "Embassy in Ghana, said the tractors would reach 40 villages.\n\n"
        "Ama Mensah, state minister of agriculture, thanked the donors.\n\n"
        "According to the state minister, the tractors will be shared by cooperatives."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Li Guohua", "Ama Mensah"]
    speakers = [_speaker(event, s) for s in event.statements if s.cue != "thanked"]
    assert speakers == ["Li Guohua", "Ama Mensah"]


def test_a_verb_before_a_title_is_not_part_of_a_lower_case_apposition() -> None:
    text = "Mr. Rafael Quispe, received the Minister of Trade of Chile at the Palace."
    event = extract(text)
    titles = [a.title for p in event.participants for a in p.affiliations]
    assert not any("received" in (t or "") for t in titles)


def test_an_initialed_form_finds_a_name_with_a_patronymic_after_a_city() -> None:
    text = (
        "Governor Ana Lima received Vice Mayor of Bishkek Nurlan Asanovich Zhumabekov. "
        "N. Zhumabekov thanked the hosts."
    )
    event = extract(text)
    assert "Nurlan Asanovich Zhumabekov" in [p.name for p in event.participants]


def test_adding_that_after_a_direct_quote_has_the_quote_s_speaker() -> None:
    text = (
        "Mayor Nurlan Zhumabekov opened the depot.\n\n"
        '"Our drivers are ready," Mr. Zhumabekov said, adding that twenty buses would '
        "run by May."
    )
    event = extract(text)
    reported = [s for s in event.statements if s.mode == "reported"]
    assert [s.text for s in reported] == ["twenty buses would run by May"]
    assert _speaker(event, reported[0]) == "Nurlan Zhumabekov"


def test_one_name_after_the_country_of_a_long_title() -> None:
    text = (
        "Deputy Minister Jasur Ergashev held talks with Director General for Asian Affairs "
        "of the Ministry of Foreign Affairs of the Republic of Indonesia Haryadi.\n\n"
        "According to Haryadi, trade had doubled."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Jasur Ergashev", "Haryadi"]
    assert _speaker(event, _only(event)) == "Haryadi"


def test_malay_honorifics_are_not_part_of_the_name() -> None:
    text = (
        "The exhibition was opened by Deputy Minister Datuk Haji Rahman bin Osman Yusof. "
        "Datuk Rahman said that the felt would travel to Penang."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Rahman bin Osman Yusof"]
    assert _speaker(event, _only(event)) == "Rahman bin Osman Yusof"


def test_post_nominal_letters_between_a_name_and_its_title() -> None:
    text = (
        "The Kenyan side was led by Hon. Joseph Rotich, MP, Chairperson of the Friendship "
        "Group. The Chairperson stressed that the report was ready."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Joseph Rotich"


def test_he_after_a_subject_of_unshown_gender_and_a_man_is_ambiguous() -> None:
    text = (
        "Hon. Samuel Kariuki asked Mr. Tran Van Duc about rice milling. "
        "He said processing plants should be near the farms."
    )
    event = extract(text)
    (said,) = [s for s in event.statements if s.cue == "said"]
    assert said.speaker is None


def test_councillor_is_a_title_and_a_portfolio_is_not_part_of_the_name() -> None:
    text = (
        "Councillor for Culture Marta Ibáñez Soler called for more exhibitions in the old "
        "town. According to Ibáñez, visitors stay for lunch."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Marta Ibáñez Soler"]
    assert {_speaker(event, s) for s in event.statements} == {"Marta Ibáñez Soler"}


def test_an_occupation_between_the_comma_and_the_name_of_an_apposition() -> None:
    text = (
        "The curator of the exhibition, photographer Pablo Rivas Mena, said the hardest part "
        "had been choosing sixty images."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Pablo Rivas Mena"


def test_speaking_through_an_interpreter_between_the_name_and_said() -> None:
    text = (
        "Mayor Ana Lima met Vice Mayor Lou Jianping.\n\n"
        'Mr. Lou, speaking through an interpreter, said: "Our ports face the same ocean."'
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Lou Jianping"


def test_according_to_with_quoted_words_is_one_mixed_statement() -> None:
    text = (
        "Speaker Anna Berg received the delegation. According to the Speaker, small states "
        "gain influence “through persistence, not through size”."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.mode == "mixed"
    assert statement.text.endswith("not through size”")
    _check_spans(text, event)


def test_binti_and_an_ambassador_apposed_to_an_office() -> None:
    text = (
        "The Deputy Minister of Foreign Affairs of Malaysia, Datuk Aminah binti Ismail, met "
        "the Director General of Foreign Policy, Ambassador Pablo Rivas Mena, in San José."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Aminah binti Ismail", "Pablo Rivas Mena"]


def test_attendee_groups_stop_at_a_relative_clause_and_skip_a_person_s_title() -> None:
    text = (
        "The ceremony was attended by Dr. Nadia Ait Lahcen, member of the Venice Commission, "
        "officials of the Ministry of Education, members of the diplomatic corps and pupils "
        "from a primary school, who performed a dance."
    )
    groups = [p.name for p in extract(text).participants if p.kind == "group"]
    assert groups == [
        "officials of the Ministry of Education",
        "members of the diplomatic corps",
        "pupils from a primary school",
    ]


@pytest.mark.parametrize(
    "line",
    ["Published: 5 September 2025", "Posted on 5 September 2025 by Press Office"],
)
def test_a_published_line_is_the_publication_date_not_the_event_date(line: str) -> None:
    text = (
        "Valparaíso and Ningbo open photo exhibition\n\n"
        f"{line}\n\n"
        "Mayor Ana Lima opened the exhibition on Thursday, 4 September 2025, at the Gallery."
    )
    event = extract(text)
    assert event.start == PartialDate(2025, 9, 4)
    assert event.date_span is not None
    assert event.date_span.text == "Thursday, 4 September 2025"
    assert event.source is not None
    assert event.source.published == PartialDate(2025, 9, 5)


def test_a_named_project_or_a_ministry_portfolio_is_not_a_person() -> None:
    text = (
        "The Ministry of Environment and Climate Change said in a statement that the Green "
        "Belt project would go on. Korea has been a partner in forestry since the Blue Sky "
        "programme began."
    )
    assert [p for p in extract(text).participants if p.kind == "person"] == []


def test_an_apposition_with_an_acronym_of_its_own_before_the_verb() -> None:
    text = (
        "Abdou Diop, the Regional Director of the UN refugee agency, UNHCR, for West and "
        "Central Africa, warned that funding had fallen to its lowest level in a decade."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Abdou Diop"]
    assert _speaker(event, _only(event)) == "Abdou Diop"


def test_said_then_honorific_abbreviations_then_the_surname() -> None:
    text = (
        "The MoU was signed by H.E. Amb. Nafula Wekesa, Commissioner for Agriculture. "
        "“Water knows no borders,” said H.E. Amb. Wekesa."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Nafula Wekesa"


def test_the_and_an_occupation_between_the_comma_and_the_name() -> None:
    text = (
        "The curator of the exhibition, the weaver Rosa Quilla, explained that each design "
        "carries the name of a family."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Rosa Quilla"


def test_speech_set_off_by_dashes_as_in_translated_polish_releases() -> None:
    text = (
        "Deputy Mayor Piotr Nowak signed the letter.\n\n"
        "\u2013 Our cities have been linked by the sea for centuries. We must plan together "
        "\u2013 said Deputy Mayor Piotr Nowak.\n\n"
        "\u2013 lower fares for students\n\n"
        "\u2013 more ferries \u2013 better ports"
    )
    event = extract(text)
    statement = _only(event)
    assert statement.mode == "direct"
    assert statement.text.endswith("We must plan together")
    assert _speaker(event, statement) == "Piotr Nowak"
    _check_spans(text, event)


def test_plural_titles_and_company_names_are_not_names() -> None:
    text = (
        "Also present was Helena Berg, Managing Director of the ferry operator Baltic Link, "
        "who said that the company would test an electric shuttle.\n\n"
        "Photo: Deputy Mayors Piotr Nowak and Anna Lis after the signing."
    )
    event = extract(text)
    names = [p.name for p in event.participants if p.kind == "person"]
    assert "Baltic Link" not in names
    assert not any(n.startswith("Mayors") for n in names)
    assert _speaker(event, _only(event)) == "Helena Berg"


def test_an_azerbaijani_patronymic_joins_the_name() -> None:
    text = (
        "Head of the Department of the Presidential Administration of the Republic of "
        "Azerbaijan Elvin Tofig oglu Mammadli received the delegation. E.Mammadli noted that "
        "relations had gained momentum."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Elvin Tofig oglu Mammadli"]
    assert _speaker(event, _only(event)) == "Elvin Tofig oglu Mammadli"


def test_its_in_a_title_points_back_to_the_body_and_a_nationality_picks_its_mp() -> None:
    text = (
        "Speaker Anna Berg received a delegation of the Legislative Assembly of Samoa led by "
        "its Speaker, Hon. Tavita Faleolo.\n\n"
        '"We have come to listen," the Samoan Speaker said.\n\n'
        'The Samoan MP said: "The tide is coming into the village."'
    )
    event = extract(text)
    assert {_speaker(event, s) for s in event.statements} == {"Tavita Faleolo"}


def test_the_chair_of_a_committee_on_a_subject_is_one_title() -> None:
    text = (
        "On 22 January, Ausra Vaitkute, Chair of the Seimas Committee on Foreign Affairs, met "
        "the delegation. Opening the meeting, the Chair of the Seimas Committee on Foreign "
        "Affairs recalled that Iceland was the first to recognise Lithuania."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Ausra Vaitkute"


def test_a_monument_or_a_cemetery_is_not_a_person() -> None:
    text = "The delegation will visit the Antakalnis Cemetery and meet Speaker Anna Berg."
    names = [p.name for p in extract(text).participants if p.kind == "person"]
    assert "Antakalnis Cemetery" not in names


def test_an_organisation_reporting_at_the_end_of_the_lead_is_not_a_statement() -> None:
    text = (
        "A ceremony was held in Geneva to mark the reopening of the room, Ministry of Foreign "
        "Affairs of the Republic of Kazakhstan reports."
    )
    assert extract(text).statements == ()


def test_a_name_followed_by_the_body_it_belongs_to_before_the_verb() -> None:
    text = (
        "Director Jose Emmanuel P. Sarmiento of the Office of Consular Affairs informed "
        "reporters that new offices would open in March."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Jose Emmanuel P. Sarmiento"


def test_a_name_printed_whole_in_a_caption_shows_where_it_starts_after_a_title() -> None:
    text = (
        "Photo: ASec. Maria Teresa Lacson during the briefing.\n\n"
        "Spokesperson and Assistant Secretary for Strategic Communications Maria Teresa "
        "Lacson took questions on Tuesday. Lacson said that no decision had been made."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Maria Teresa Lacson"]


def test_reported_speech_after_a_quotation_of_several_sentences() -> None:
    text = (
        "ASec. Maria Lacson spoke to the press.\n\n"
        '"Please do not pay fixers. Appointments are free," ASec. Lacson said, adding that '
        "the accounts had been referred to the police."
    )
    event = extract(text)
    assert [s.mode for s in event.statements] == ["direct", "reported"]
    assert {_speaker(event, s) for s in event.statements} == {"Maria Lacson"}


def test_an_indian_style_title_with_its_government_then_shri() -> None:
    text = (
        "Agartala, 18 November 2025: The Minister of Industries and Commerce, Government of "
        "Tripura, Shri Ranjit Kumar Debnath today inaugurated the meet.\n\n"
        '"Our artisans have the skill," said the Minister. According to Smt. Anusuya '
        "Chakraborty, the units are run by women. Md. Ashraful Alam Siddique, Assistant High "
        "Commissioner, thanked the hosts."
    )
    event = extract(text)
    names = [p.name for p in event.participants]
    assert names == ["Ranjit Kumar Debnath", "Anusuya Chakraborty", "Md. Ashraful Alam Siddique"]
    direct = [s for s in event.statements if s.mode == "direct"]
    assert _speaker(event, direct[0]) == "Ranjit Kumar Debnath"


def test_a_document_that_states_something_is_not_a_speaker() -> None:
    text = (
        "Minister Ana Lima opened the meet. A memorandum signed by the Chamber and the "
        "Corporation states that the two bodies will share data every quarter."
    )
    assert extract(text).statements == ()


def test_said_in_his_remarks_before_a_colon_and_a_quotation() -> None:
    text = (
        "The Vice Minister of Food Security, Héctor Chacón Lemus, said in his remarks: "
        "“The Dry Corridor needs water, not rations.”"
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Héctor Chacón Lemus"


def test_a_relative_clause_and_a_parenthesis_between_a_name_and_its_verb() -> None:
    text = (
        "H.E. Gonzalo Villarán Ochoa, Ambassador of Peru to Viet Nam, who also took part in "
        "the consultations, said that the Embassy would hold a week of Peruvian cuisine. "
        "Hon. Dr. Aminata Diallo (Republic of Guinea), Chairperson of the Committee, "
        "underlined that informal trade feeds millions."
    )
    event = extract(text)
    speakers = [_speaker(event, s) for s in event.statements]
    assert speakers == ["Gonzalo Villarán Ochoa", "Aminata Diallo"]
    assert "Viet Nam" not in [p.name for p in event.participants]


def test_a_middle_name_left_out_and_a_vietnamese_letter_are_the_same_person() -> None:
    text = (
        "Vice Minister Lucía Beatriz Quispe Arredondo met Deputy Minister Đỗ Minh Khang. "
        "Lucía Quispe Arredondo said that scholarships were approved. "
        "Photo: Do Minh Khang and the guests."
    )
    event = extract(text)
    names = [p.name for p in event.participants]
    assert names == ["Lucía Beatriz Quispe Arredondo", "Đỗ Minh Khang"]


def test_one_name_with_an_office_in_apposition_named_again_later() -> None:
    text = (
        "Indonesia was represented by Widiyanto, Director for International Cooperation at "
        "the Halal Agency, who called for mutual recognition of auditors. "
        "“Recognition is a condition for scale,” said Widiyanto."
    )
    event = extract(text)
    assert {_speaker(event, s) for s in event.statements} == {"Widiyanto"}


def test_a_title_whose_object_is_a_list_with_a_comma() -> None:
    text = (
        "Iran's Deputy Minister of Cultural Heritage, Tourism and Handicrafts Mohammad-Reza "
        "Shafiei signed the MoU. Mohammadreza Shafiei said the document would help artisans."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Mohammad-Reza Shafiei"]
    assert _speaker(event, _only(event)) == "Mohammad-Reza Shafiei"


def test_letters_after_a_name_then_an_apposition_before_the_verb() -> None:
    text = (
        "Tavita Faleolo-Mauga MP, a member of the host committee, urged both Parliaments to "
        "share training."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Tavita Faleolo-Mauga"


def test_a_consulate_general_is_a_body_not_a_title() -> None:
    text = (
        "Australia's Consul-General in Bali, Ms Harriet Ellwood, presented the boats.\n\n"
        "Photo credit: Australian Consulate-General Bali"
    )
    assert [p.name for p in extract(text).participants] == ["Harriet Ellwood"]


def test_initials_opening_a_name_may_be_left_out_of_a_shorter_form() -> None:
    text = (
        "The Regional Secretary, H. Lalu Ahmad Fauzan, received the boats. Lalu Fauzan "
        "assured the guests that the funds were ready."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["H. Lalu Ahmad Fauzan"]


def test_an_office_object_ending_in_of_the_republic_then_an_apposed_name() -> None:
    text = (
        "The Vice Minister received the Secretary of State to the Minister of Employment and "
        "Vocational Training of the Republic of Tunisia, Mohamed Habib Ben Slimane, who led "
        "the delegation. Dr. Lukas Brenner of the Fraunhofer Institute warned that water "
        "must be planned first."
    )
    names = [p.name for p in extract(text).participants]
    assert names == ["Mohamed Habib Ben Slimane", "Lukas Brenner"]


def test_a_semicolon_and_a_new_reporting_verb_end_the_reported_clause() -> None:
    text = (
        "Minister Ana Lima met the envoy. The Minister pointed out that jobs grew; she then "
        "expressed the hope that the model could be extended."
    )
    event = extract(text)
    assert event.statements[0].text == "jobs grew"


def test_dash_speech_after_a_sentence_inside_a_paragraph() -> None:
    text = (
        "Director General Stefano Cantù presented the guidelines to the delegation. \u2013 "
        "Tunisia remains a priority country for us \u2013 Cantù said, recalling the aid. "
        "The equipment \u2013 boats and phones \u2013 was handed over."
    )
    event = extract(text)
    direct = [s for s in event.statements if s.mode == "direct"]
    assert [s.text for s in direct] == ["Tunisia remains a priority country for us"]
    assert _speaker(event, direct[0]) == "Stefano Cantù"


def test_according_to_a_spokesperson_relaying_a_minister_s_words() -> None:
    text = (
        "Minister Hany Soliman met the envoy. Soliman stressed the importance of training "
        "engineers, according to the spokesperson."
    )
    event = extract(text)
    assert [s.cue for s in event.statements] == ["stressed"]


def test_offered_to_is_speech_but_offered_a_thing_is_not() -> None:
    text = (
        "Ambassador Suryadi highlighted the archive's work and offered to host the course. "
        "Ambassador Suryadi offered a dinner to the guests."
    )
    event = extract(text)
    assert [s.cue for s in event.statements] == ["highlighted", "offered"]
    assert event.statements[1].text == "to host the course"


def test_a_spanish_first_surname_alone_is_the_full_name() -> None:
    text = (
        "The Ambassador of Spain, H.E. María José Fernández de Córdoba Ruiz, opened the "
        "exhibition. Ambassador Fernández de Córdoba said that paper is fragile."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "María José Fernández de Córdoba Ruiz"


def test_interview_answers_after_a_name_and_a_colon() -> None:
    text = (
        "The Chair, Ms. Fenna Westerveld, received the delegation. Westerveld opened the "
        "meeting by recalling that the islands share a history.\n\n"
        "What did the delegation ask?\n"
        "Westerveld: They asked us to use our voice in Brussels.\n\n"
        "Senator Kwame Alleyne expressed hope for similar arrangements. He also called for "
        "debt clauses that are suspended after a disaster."
    )
    event = extract(text)
    got = [(s.mode, s.text, _speaker(event, s)) for s in event.statements]
    assert got == [
        ("reported", "the islands share a history", "Fenna Westerveld"),
        ("direct", "They asked us to use our voice in Brussels.", "Fenna Westerveld"),
        ("reported", "similar arrangements", "Kwame Alleyne"),
        ("reported", "debt clauses that are suspended after a disaster", "Kwame Alleyne"),
    ]


def test_a_verb_after_and_following_a_quoted_phrase_sentence_is_read() -> None:
    text = (
        "Senator Kwame Alleyne spoke next.\n\n"
        'Mahabier stressed that the forests "store carbon". Senator Alleyne emphasized that '
        "cooperation had made the pool possible and expressed hope for similar arrangements."
    )
    cues = [s.cue for s in extract(text).statements]
    assert "expressed hope for" in cues


def test_a_chief_with_a_regnal_number_and_an_akan_title() -> None:
    text = (
        "Minister Ama Owusu opened the cold store. Nana Kwesi Atta Essilfie III, Odikro of "
        "Moree, thanked the Ministry. He called on the youth to protect the facility."
    )
    event = extract(text)
    assert "Kwesi Atta Essilfie III" in [p.name for p in event.participants]
    (called,) = [s for s in event.statements if s.cue == "called on"]
    assert _speaker(event, called) == "Kwesi Atta Essilfie III"


def test_a_name_two_people_share_gives_a_statement_without_a_speaker() -> None:
    text = (
        "Deputy Minister Ms. Adwoa Mensah opened the store, managed by the association "
        "whose President is Ms. Efua Mensah.\n\n"
        '"Today that fear has been lifted," the Association President said. Ms. Mensah '
        "told journalists that a committee would fix the fees."
    )
    event = extract(text)
    said, told = event.statements
    assert _speaker(event, said) == "Efua Mensah"
    assert told.text == "a committee would fix the fees"
    assert told.speaker is None


def test_single_quotation_marks_over_two_paragraphs() -> None:
    text = (
        "The Principal Secretary, Dr. Wanjiru Kamau, flagged off the kits.\n\n"
        "'For too long, our farmers have planted on hope.\n\n"
        "'The sirens will sound only when the county issues an alert,' the PS said."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.text.startswith("For too long")
    assert statement.text.endswith("issues an alert,")
    assert _speaker(event, statement) == "Wanjiru Kamau"


def test_an_acronym_printed_in_a_title_and_a_title_opening_the_sentence() -> None:
    text = (
        "The county bought sirens.\n\n"
        "Kitui County Executive Committee Member (CECM) for Agriculture, Livestock and "
        "Irrigation, Ms. Mwende Nthenge, noted that farms depend on rain. According to the "
        "CECM, the county has recruited 80 volunteers. Officials must ensure that every "
        "gauge is read and reported each morning."
    )
    event = extract(text)
    assert [(s.cue, _speaker(event, s)) for s in event.statements] == [
        ("noted", "Mwende Nthenge"),
        ("According to", "Mwende Nthenge"),
    ]


def test_he_in_capitals_before_an_honorific_is_his_excellency() -> None:
    text = (
        "HE Sheikh Ahmed Al Nadabi received the delegation. HE Eng. Yaqoob Al Siyabi, "
        "Secretary-General of the Majlis, briefed the guests and informed them that a "
        "training programme had started."
    )
    event = extract(text)
    (informed,) = [s for s in event.statements if s.cue == "informed"]
    assert _speaker(event, informed) == "Yaqoob Al Siyabi"


def test_a_full_name_marked_only_by_its_last_two_words_later_and_a_son() -> None:
    text = (
        "The figures were made by two artisans from Oaxaca, Rodrigo Villaseñor Ruiz and his "
        "son, Rodrigo Villaseñor Campos.\n\n"
        "Villaseñor Ruiz explained that each figure takes three weeks."
    )
    event = extract(text)
    names = [p.name for p in event.participants]
    assert names == ["Rodrigo Villaseñor Ruiz", "Rodrigo Villaseñor Campos"]
    assert _speaker(event, _only(event)) == "Rodrigo Villaseñor Ruiz"


def test_a_signed_line_is_not_a_participant() -> None:
    text = (
        "Minister Ama Owusu opened the store.\n\n"
        "Signed: Ebo Quansah-Arthur, Head of Public Relations"
    )
    assert [p.name for p in extract(text).participants] == ["Ama Owusu"]


def test_a_parenthesis_between_a_title_and_a_name() -> None:
    text = (
        "The Chair received the Ambassador of the Republic of Chile to Turkmenistan (with "
        "residence in Moscow) Rodrigo Alarcón Echeverría. The Ambassador of the Republic of "
        "Korea, Park Jae-hyun, also attended. R. Alarcón Echeverría thanked the hosts. "
        "According to the diplomat, Chilean universities are ready to host students."
    )
    event = extract(text)
    (according,) = [s for s in event.statements if s.cue == "According to"]
    assert _speaker(event, according) == "Rodrigo Alarcón Echeverría"


def test_a_readout_s_sought_and_an_honorific_before_a_family_first_name() -> None:
    text = (
        "The Ambassador of China to Sri Lanka, H.E. Qiu Weiming, met Prime Minister "
        "SAKURADA Hiroyuki. The Prime Minister sought the support of the Chinese side for "
        "the early resolution of the issue."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Qiu Weiming", "SAKURADA Hiroyuki"]
    statement = _only(event)
    assert statement.cue == "sought"
    assert _speaker(event, statement) == "SAKURADA Hiroyuki"


def test_mohd_and_mohamad_are_one_given_name() -> None:
    text = (
        "The delegation was headed by Deputy Minister Datuk Mohd Faizal bin Hashim. "
        "Datuk Mohamad Faizal said that Malaysia valued the relationship."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Mohd Faizal bin Hashim"


def test_a_title_only_opening_quote_finds_the_holder_named_just_after() -> None:
    text = (
        '"Our two Parliaments share more than an ocean," the Speaker said. Speaker Afioga '
        "Tauiliili Penitito added that the twinning would allow staff exchanges."
    )
    event = extract(text)
    assert {_speaker(event, s) for s in event.statements} == {"Tauiliili Penitito"}


def test_a_nationality_is_not_the_country_a_diplomat_is_posted_to() -> None:
    text = (
        "Deputy Minister of Foreign Affairs of the Republic of Belarus Vadim Lysenko met "
        "Ambassador of Viet Nam to Belarus Le Van Thanh. The Belarusian diplomat underlined "
        "that Minsk valued the talks."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Vadim Lysenko"


def test_a_document_s_quoted_words_are_not_statements() -> None:
    text = (
        "Minister Ana Lima signed the plan. The document provides that the ministries "
        '"shall hold consultations every year". The arrangement also "encourages Members to '
        'consult each other".'
    )
    assert extract(text).statements == ()


def test_adding_after_an_inverted_attribution_and_adding_colon() -> None:
    text = (
        "Ambassador Marat Ospanov opened the exhibition.\n\n"
        "«The steppe and the sea are connected», said Ospanov, adding that master classes "
        "would follow. He urged donors to give early, adding: “Late money cannot buy "
        "blankets.”"
    )
    event = extract(text)
    assert [(s.cue, s.mode, _speaker(event, s)) for s in event.statements] == [
        ("said", "direct", "Marat Ospanov"),
        ("adding", "reported", "Marat Ospanov"),
        ("urged", "reported", "Marat Ospanov"),
        ("adding", "direct", "Marat Ospanov"),
    ]


def test_a_colon_attribution_after_a_quotation_belongs_to_the_next_quotation() -> None:
    text = (
        "Mr. Kwabena Mensah and Dr. Aisha Bah opened the warehouse.\n\n"
        "“These items are in the right hands,” said Mr. Mensah. “Prepositioning them saves "
        "lives.” Dr. Bah said: “Our volunteers work side by side.”"
    )
    event = extract(text)
    assert [_speaker(event, s) for s in event.statements] == [
        "Kwabena Mensah",
        "Kwabena Mensah",
        "Aisha Bah",
    ]


def test_assured_someone_of_support_and_the_initials_of_a_body_in_a_descriptor() -> None:
    text = (
        "The President of the Mauritanian Red Crescent, Dr. Aisha Bah, received the stocks. "
        "The MRC President noted that volunteers had been trained. Deputy Minister Jasur "
        "Tursunov assured the organisers of the Ministry's continued support."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Aisha Bah", "Jasur Tursunov"]
    assert [(s.cue, _speaker(event, s)) for s in event.statements] == [
        ("noted", "Aisha Bah"),
        ("assured", "Jasur Tursunov"),
    ]


def test_smt_before_a_name_after_a_title_with_a_list() -> None:
    text = (
        "Minister for Handlooms, Textiles and Handicrafts, Smt. Ranjita Samal inaugurated "
        "the fair.\n\n"
        "Speaking on the occasion, the Minister said, “Every saree carries a family's work.”"
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Ranjita Samal"


def test_a_quoted_initiative_name_after_an_adjective_inside_reported_speech() -> None:
    text = (
        "Deputy Minister Arben Rexhepi met the delegation. He highlighted the importance of "
        'the regional "Green Lanes" initiative for trade.'
    )
    event = extract(text)
    statement = _only(event)
    assert statement.cue == "highlighted"
    assert "Green Lanes" in statement.text


def test_a_sentence_after_a_closing_mark_and_a_full_stop_is_its_own() -> None:
    text = (
        "Deputy Minister Arben Rexhepi met State Secretary Jelena Marković. The Deputy "
        'Minister noted that Skopje followed the talks "with great interest". Rexhepi '
        "called for closer coordination, while the State Secretary reaffirmed Serbia's "
        "commitment to the process."
    )
    event = extract(text)
    got = [(s.cue, _speaker(event, s)) for s in event.statements]
    assert got == [
        ("noted", "Arben Rexhepi"),
        ("called for", "Arben Rexhepi"),
        ("reaffirmed", "Jelena Marković"),
    ]
    assert event.statements[1].text == "closer coordination"


def test_a_party_and_country_parenthesis_after_a_member_s_name() -> None:
    text = (
        "The delegation met farmers.\n\n"
        "Giorgos Stylianou (S&D, CY) said: “Our farmers are not asking for charity.” "
        "Lucía Ferrer Montalbán (EPP, ES) underlined that Spain faced similar challenges."
    )
    event = extract(text)
    assert [_speaker(event, s) for s in event.statements] == [
        "Giorgos Stylianou",
        "Lucía Ferrer Montalbán",
    ]


def test_expressed_her_hope_and_the_high_commissioner() -> None:
    text = (
        "High Commissioner Kwame Boakye met Ambassador Maria Paz. She expressed her hope "
        "that the donation would encourage translations. The high commissioner emphasized "
        "that Ghana regards the agreement as a model."
    )
    event = extract(text)
    got = [(s.cue, _speaker(event, s)) for s in event.statements]
    assert got == [
        ("expressed her hope", None),
        ("emphasized", "Kwame Boakye"),
    ]


def test_two_letter_initials_of_transliterated_names() -> None:
    text = (
        "Member of Parliament Tsendsuren Oyunchimeg met Ambassador Yerlan Zhaksylykov.\n\n"
        "According to Ts.Oyunchimeg, 400 students are enrolled. Ye. Zhaksylykov said that "
        "the exhibition would travel."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Tsendsuren Oyunchimeg", "Yerlan Zhaksylykov"]
    assert [_speaker(event, s) for s in event.statements] == [
        "Tsendsuren Oyunchimeg",
        "Yerlan Zhaksylykov",
    ]


def test_a_filipino_governor_with_ma_and_a_quoted_nickname() -> None:
    text = (
        'Gov. Ma. Teresa "Tess" Villaruz-Bautista and Director Kim Seon-woo led the signing.'
        "\n\n"
        '"Our farmers can now plant twice a year," the governor said. She assured farmers '
        "that the province would pay for repairs, and directed the engineers to finish the "
        "roads."
    )
    event = extract(text)
    assert event.participants[0].name == "Ma. Teresa Villaruz-Bautista"
    assert {_speaker(event, s) for s in event.statements} == {"Ma. Teresa Villaruz-Bautista"}
    assert event.statements[1].text == "the province would pay for repairs"


def test_a_given_name_and_a_middle_initial_after_a_title_s_country() -> None:
    text = (
        "U.S. Ambassador to Malaysia Margaret L. Thornbury handed over the boats. "
        "Ambassador Thornbury said that more would follow."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Margaret L. Thornbury"


def test_h_e_mr_between_a_title_and_a_name_before_the_verb() -> None:
    text = (
        "The Ambassador of Japan to Fiji, H.E. Mr. Kenji Moriyama, underlined that Japan and "
        "Fiji share the experience of cyclones."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Kenji Moriyama"


def test_a_name_of_a_university_then_a_relative_clause_before_the_verb() -> None:
    text = (
        "Professor Anne Maes of the University of Namur, who presented the research, "
        "emphasized that both cities face the same tension."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Anne Maes"


def test_the_artist_names_the_one_calligrapher() -> None:
    text = (
        "The opening was attended by the Qatari calligrapher Jassim Al-Kuwari. Speaking at "
        "the end of the tour, the artist said he hoped young people would take up the art."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Jassim Al-Kuwari"


def test_a_quotation_ending_a_sentence_then_informed_that_is_a_new_statement() -> None:
    text = (
        "The Tribunal received Attorney-General Ratu Josaia Matanitobua.\n\n"
        "In his remarks, he said: “The ocean is a home.” Ratu Josaia informed the President "
        "that Fiji is reviewing its legislation."
    )
    event = extract(text)
    assert [s.cue for s in event.statements] == ["said", "informed"]
    assert {_speaker(event, s) for s in event.statements} == {"Josaia Matanitobua"}


def test_a_dated_assessment_is_a_document() -> None:
    text = (
        "Minister Fiona Ashcombe opened the centre. A 2024 joint assessment by the Fisheries "
        "Commission states that illegal fishing costs millions."
    )
    assert extract(text).statements == ()


def test_a_vietnamese_name_after_a_province_and_a_bare_verb_inside_a_suggestion() -> None:
    text = (
        "Vice Chairwoman of the People's Committee of the province of Quang Tri Nguyen Thi "
        "Thanh Huong received the delegation. She suggested the two sides speed up the works "
        "and extend the one-stop model to more goods."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Nguyen Thi Thanh Huong"]
    assert [s.cue for s in event.statements] == ["suggested"]


def test_transliterations_and_a_hyphenated_particle_link_to_the_full_name() -> None:
    text = (
        "The equipment was presented to the Deputy Ombudsperson, Aibek Dzhumabaev, and to "
        "Undersecretary Dr. Hamad Yousif Al-Mannai.\n\n"
        "Jumabaev underlined that the teams would register complaints. Dr. Al Mannai "
        "assured the guests that experts would be named. According to him, drafts would "
        "follow."
    )
    event = extract(text)
    assert [_speaker(event, s) for s in event.statements] == [
        "Aibek Dzhumabaev",
        "Hamad Yousif Al-Mannai",
        "Hamad Yousif Al-Mannai",
    ]


def test_but_and_a_second_reporting_verb_start_a_second_statement() -> None:
    text = (
        "Minister Marek Nowak met the delegation. He pointed out that trade had grown, but "
        "noted that its structure did not reflect the potential."
    )
    event = extract(text)
    assert [s.text for s in event.statements] == [
        "trade had grown",
        "its structure did not reflect the potential",
    ]


def test_a_seminar_s_title_in_guillemets_is_not_speech() -> None:
    text = (
        "Ambassador Rodrigo Larraín opened the seminar «Gateway to the White Continent: "
        "Chile and Antarctic Science» in Kuala Lumpur."
    )
    assert extract(text).statements == ()


def test_particles_in_a_row_and_a_capitalised_particle_opening_a_sentence() -> None:
    text = (
        "The Undersecretary received the pieces from the Ambassador of the Netherlands to "
        "Mexico, Annelies van der Kroon, at a ceremony. Van der Kroon added that more would "
        "follow."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Annelies van der Kroon"


def test_portfolio_words_before_names_and_ocean_regions_are_not_names() -> None:
    text = (
        "Minister of State for Water Management Gergely Bánkuti-Szabó met First Deputy "
        "Minister of Energy and Water Resources Sitora Nazarova. Dr. Filipo Leavasa, Head of "
        "the Office for the South-West Pacific, noted that half of the states lack data."
    )
    names = [p.name for p in extract(text).participants]
    assert names == ["Gergely Bánkuti-Szabó", "Sitora Nazarova", "Filipo Leavasa"]


def test_hajah_and_alhaji_are_honorifics_and_headmaster_a_title() -> None:
    text = (
        "Minister Datuk Hajah Rosnah binti Abdul Rahman met Alhaji Abdulkadir Gobir and "
        "Headmaster Jens-Uwe Kaltofen."
    )
    names = [p.name for p in extract(text).participants]
    assert names == ["Rosnah binti Abdul Rahman", "Abdulkadir Gobir", "Jens-Uwe Kaltofen"]


def test_one_name_then_a_nurse_in_apposition() -> None:
    text = (
        "Wahyuningsih, a nurse from Central Java, told the audience that the hardest part had "
        "been the first winter."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Wahyuningsih"


def test_a_given_name_with_an_honorific_is_not_a_father_s_name_after_bin() -> None:
    text = (
        "The accord was signed by Sheikh Faisal Nasser Al-Qadiri and Dr. Khalid bin Faisal "
        "Al-Hinai. Sheikh Faisal said the accord would open new doors for students."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Faisal Nasser Al-Qadiri"


def test_indonesian_honorifics_and_a_degree_after_the_name() -> None:
    text = (
        "The delegation was received by Provincial Secretary Ir. Bambang Wiyono, M.Si, and "
        "Head of the Manpower Office Ibu Sulastri.\n\n"
        "Bapak Bambang said the province would open a training centre. Ibu Sulastri informed "
        "the meeting that her office had trained 900 workers."
    )
    event = extract(text)
    people = [p for p in event.participants if p.kind == "person"]
    assert [p.name for p in people] == ["Bambang Wiyono", "Sulastri"]
    assert people[0].affiliations[0].title == "Provincial Secretary"
    assert [_speaker(event, s) for s in event.statements] == ["Bambang Wiyono", "Sulastri"]


def test_a_name_unmarked_at_first_is_a_person_once_an_honorific_marks_its_word() -> None:
    text = (
        "The event was attended by Deputy Director-General of the Association for Friendship "
        "with Foreign Countries (AFFC) Liang Wenbo and by the ambassadors of Chile and Peru.\n\n"
        "Liang Wenbo praised the photographs. Mr. Liang said the association would take the "
        "show to Wuhan."
    )
    event = extract(text)
    people = [p.name for p in event.participants if p.kind == "person"]
    assert people == ["Liang Wenbo"]
    said = [s for s in event.statements if s.cue == "said"]
    assert [_speaker(event, s) for s in said] == ["Liang Wenbo"]
    groups = [p.name for p in event.participants if p.kind == "group"]
    assert groups == ["the ambassadors of Chile and Peru"]


def test_a_singular_title_in_apposition_in_an_attendee_list_is_not_a_group() -> None:
    text = (
        "The opening was attended by the Ambassador of Peru, H.E. Mr. Jorge Salas Vidal; "
        "the director of the gallery, Ms. Ana Ruiz; and members of the Peruvian community."
    )
    event = extract(text)
    groups = [p.name for p in event.participants if p.kind == "group"]
    assert groups == ["members of the Peruvian community"]
    assert [p.name for p in event.participants if p.kind == "person"] == [
        "Jorge Salas Vidal",
        "Ana Ruiz",
    ]


def test_a_quote_attributed_with_told_then_a_participle_adding_that() -> None:
    text = (
        "\u201cEvery port has its songs. Ours are about the tide,\u201d Ana Ruiz told the "
        "guests, adding that the museum had never had so many visitors."
    )
    event = extract(text)
    assert [(s.mode, s.cue, _speaker(event, s)) for s in event.statements] == [
        ("direct", "told", "Ana Ruiz"),
        ("reported", "adding", "Ana Ruiz"),
    ]


def test_one_name_in_apposition_after_a_long_title_closing_the_clause() -> None:
    text = (
        "The launch was opened by the Director General of Labour Inspection and Occupational "
        "Safety and Health at the Ministry, Widodo. He stressed that inspectors would board "
        "every vessel.\n\n"
        "\u201cWe are not starting from zero,\u201d Widodo said.\n\n"
        "The minister of Post-Secondary Education, Training and Labour, Social Affairs and "
        "Skills, attended."
    )
    event = extract(text)
    assert [p.name for p in event.participants if p.kind == "person"] == ["Widodo"]
    assert [_speaker(event, s) for s in event.statements] == ["Widodo", "Widodo"]


def test_an_abbreviated_given_name_is_one_person_with_the_name_written_out() -> None:
    text = (
        "The handover was attended by Secretary Md. Rafiqul Islam Sarker and Director General "
        "Begum Nasrin Akter Chowdhury.\n\n"
        "Mohammad Rafiqul Islam Sarker said the seeds would reach farmers before the rains. "
        "Nasrin Akter said women make up half of the beneficiaries."
    )
    event = extract(text)
    people = [p for p in event.participants if p.kind == "person"]
    assert [p.name for p in people] == [
        "Mohammad Rafiqul Islam Sarker",
        "Nasrin Akter Chowdhury",
    ]
    assert "Md. Rafiqul Islam Sarker" in people[0].aliases
    assert [_speaker(event, s) for s in event.statements] == [p.name for p in people]


def test_names_keep_their_printed_abbreviations_and_capitals() -> None:
    text = (
        "The Speaker, His Honour Mr. Derek St. Clair Walcott, J.P., M.P., received Minister "
        "Mme Fatou Binetou SALL NDIAYE. Mr. Walcott said the two parliaments would stay in touch."
    )
    names = [p.name for p in extract(text).participants if p.kind == "person"]
    assert names == ["Derek St. Clair Walcott", "Fatou Binetou SALL NDIAYE"]


def test_a_roman_numeral_after_a_committee_is_not_an_initial() -> None:
    text = (
        "The delegation was led by Deputy Chairperson of Commission I Agus Wicaksono. "
        "DPR member Suparman called for closer cooperation between the two parliaments."
    )
    event = extract(text)
    assert [p.name for p in event.participants if p.kind == "person"] == [
        "Agus Wicaksono",
        "Suparman",
    ]
    assert _speaker(event, _only(event)) == "Suparman"


def test_said_with_a_present_tense_clause_and_no_that() -> None:
    text = (
        "Director General Nasrin Akter Chowdhury opened the school.\n\n"
        "Nasrin Akter said women make up half of the pupils. She said they need more books.\n\n"
        "He added new rooms to the museum."
    )
    event = extract(text)
    assert [s.text for s in event.statements] == [
        "women make up half of the pupils",
        "they need more books",
    ]


def test_a_title_with_its_place_and_no_of_before_the_name() -> None:
    text = (
        "Kohat delegation visits Sialkot\n\n"
        "SIALKOT: Mayor Sialkot Chaudhry Imran-ul-Haq Warraich on Tuesday received the "
        "delegation. Mr. Warraich said the city would host a trade fair in spring."
    )
    event = extract(text)
    assert [p.name for p in event.participants if p.kind == "person"] == [
        "Chaudhry Imran-ul-Haq Warraich"
    ]
    assert _speaker(event, _only(event)) == "Chaudhry Imran-ul-Haq Warraich"


def test_francophone_family_names_in_capitals_with_apostrophes_and_a_prefect() -> None:
    text = (
        "The ceremony took place in the presence of the Prefect of the Department, "
        "Mr. KOUASSI Yao Bertin.\n\n"
        "The president of the cooperative, Mrs. N'DRI Akissi Odette, said: \"Before, we "
        'pounded the rice by hand."\n\n'
        "The Prefect urged the members to keep proper accounts.\n\n"
        "Photo: Prefect Kouassi Yao Bertin with Mrs. N'Dri Akissi Odette."
    )
    event = extract(text)
    people = [p.name for p in event.participants if p.kind == "person"]
    assert people == ["KOUASSI Yao Bertin", "N'DRI Akissi Odette"]
    assert [_speaker(event, s) for s in event.statements] == [
        "N'DRI Akissi Odette",
        "KOUASSI Yao Bertin",
    ]


def test_a_relative_clause_with_a_noun_that_looks_like_a_cue_between_name_and_verb() -> None:
    text = (
        "The Commissioner for Water Resources, Alhaji Sani Bello Gwarzo, who represented the "
        "state governor, pledged the state government's readiness to pay its share."
    )
    event = extract(text)
    statement = _only(event)
    assert statement.cue == "pledged"
    assert _speaker(event, statement) == "Sani Bello Gwarzo"


def test_a_second_reporting_verb_with_a_body_in_the_present_tense() -> None:
    text = (
        "Minister Dwight Hanson visited the farms.\n\n"
        "He underlined that the parish produces most of the vegetables, and said the "
        "Government intends to make irrigation the norm by 2030. He added the finishing "
        "touches to the plan."
    )
    event = extract(text)
    assert [s.text for s in event.statements] == [
        "the parish produces most of the vegetables",
        "the Government intends to make irrigation the norm by 2030",
    ]


def test_a_descriptor_with_a_place_is_not_the_holder_of_another_place_s_office() -> None:
    text = (
        "The delegation was led by the Vice Mayor of Xiamen, Mr. Lin Haoran. The Mayor of "
        "Accra described the visit as the beginning of a partnership."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) is None


def test_she_after_an_inverted_among_the_participants_was_name() -> None:
    text = (
        "Ms. Naledi Dube, a programme officer, called on states to share books.\n\n"
        "Among the participants was Rudo Moyo, a Grade 3 teacher from Gwanda, who teaches "
        "reading in Ndebele. She explained that her pupils had never held a storybook."
    )
    event = extract(text)
    explained = [s for s in event.statements if s.cue == "explained"]
    assert [_speaker(event, s) for s in explained] == ["Rudo Moyo"]


def test_reported_speech_closed_by_a_titled_name_with_has_said_and_a_time() -> None:
    text = (
        "The two countries should make fuller use of their trade agreement, Deputy Minister "
        "of Trade Mai Thi Lan has said.\n\n"
        "Exports of coffee will double by 2030, Mai Thi Lan said on Tuesday.\n\n"
        "On Monday, she said."
    )
    event = extract(text)
    assert [(s.text, _speaker(event, s)) for s in event.statements] == [
        ("The two countries should make fuller use of their trade agreement", "Mai Thi Lan"),
        ("Exports of coffee will double by 2030", "Mai Thi Lan"),
    ]


def test_a_country_of_three_words_is_no_name_and_a_hyphenated_given_name_alone() -> None:
    text = (
        "The minister met the Ambassador of the United Arab Emirates to Romania, Saeed "
        "Rashid Al Nuaimi. Ambassador Al-Nuaimi said that the UAE regards Romania as a "
        "gateway.\n\n"
        "Deputy State Secretary Dr. Kiss-Tóth Ágnes signed the memorandum.\n\n"
        "\u201cWe are ready to share this knowledge,\u201d Kiss-Tóth said."
    )
    event = extract(text)
    assert [p.name for p in event.participants if p.kind == "person"] == [
        "Saeed Rashid Al Nuaimi",
        "Kiss-Tóth Ágnes",
    ]
    assert [_speaker(event, s) for s in event.statements] == [
        "Saeed Rashid Al Nuaimi",
        "Kiss-Tóth Ágnes",
    ]


def test_burmese_and_maori_honorifics() -> None:
    text = (
        "The trucks were handed over by U Aung Zaw Min and Daw Thida Win. Tā Hemi Ruatapu "
        "welcomed them.\n\n"
        "U Aung Zaw Min highlighted that the city has grown. Daw Thida Win explained that "
        "the trucks are new. Tā Hemi said the district is proud."
    )
    event = extract(text)
    names = [p.name for p in event.participants if p.kind == "person"]
    assert names == ["Aung Zaw Min", "Thida Win", "Hemi Ruatapu"]
    assert [_speaker(event, s) for s in event.statements if s.cue != "welcomed"] == names


def test_a_surname_two_people_share_is_resolved_by_the_title_printed_before_it() -> None:
    text = (
        "Deputy Speaker Lee Min-ho met Rep. Lee Ji-won. Rep. Lee said the visit was useful. "
        "Lee noted that the trip had been long."
    )
    event = extract(text)
    assert [(s.speaker_mention, _speaker(event, s)) for s in event.statements] == [
        ("Rep. Lee", "Lee Ji-won"),
        ("Lee", None),
    ]


def test_a_hyphenated_korean_given_name_printed_without_its_hyphen() -> None:
    text = (
        "Deputy Speaker Lee Seung-hwa received the delegation. Lee noted that the summit had "
        "opened a new chapter.\n\n"
        "Photo: Deputy Speaker Lee Seunghwa (right) with the delegation."
    )
    event = extract(text)
    assert [p.name for p in event.participants if p.kind == "person"] == ["Lee Seung-hwa"]
    assert _speaker(event, _only(event)) == "Lee Seung-hwa"


def test_the_head_of_a_ministry_named_in_lower_case_is_its_minister() -> None:
    text = (
        "Minister of Agriculture Radu Moldovan met the Ambassador of Oman, Ali Said.\n\n"
        "The head of the agriculture ministry stressed that Romania wishes to attract "
        "investment, and reaffirmed the support of the government for farmers."
    )
    event = extract(text)
    assert [_speaker(event, s) for s in event.statements] == ["Radu Moldovan", "Radu Moldovan"]


def test_a_country_as_the_subject_of_a_present_tense_clause_after_said() -> None:
    event = extract(
        "Datuk Mohd Azlan met the minister. Datuk Mohd Azlan said Malaysia imports more than "
        "40 percent of the fruit it eats."
    )
    assert _only(event).text == "Malaysia imports more than 40 percent of the fruit it eats"


def test_an_abbreviated_given_name_after_a_portfolio_and_a_verb_before_the_title() -> None:
    text = (
        "The Secretary directed Undersecretary for Operations Ma. Elena Cruz-Villareal to "
        "draw up the guidelines.\n\n"
        "Cruz-Villareal assured the growers that the department would pay for the tests."
    )
    event = extract(text)
    person = next(p for p in event.participants if p.kind == "person")
    assert person.name == "Ma. Elena Cruz-Villareal"
    assert person.affiliations[0].label == "Undersecretary for Operations"
    directive, assurance = event.statements  # ("directed ... to draw up": the Secretary's)
    assert (directive.cue, directive.speaker) == ("directed", None)
    assert _speaker(event, assurance) == "Ma. Elena Cruz-Villareal"


def test_she_after_his_that_points_at_a_titled_guest_the_sentence_does_not_name() -> None:
    text = (
        "The Deputy Minister, Hon. Ndapewa Shikongo, received the Letters of Credence of "
        "H.E. Mr. Carlos Ruiz Soto, Ambassador-Designate of Cuba.\n\n"
        "Hon. Shikongo congratulated the Ambassador-Designate on his appointment and assured "
        "him of the Ministry's support. She underlined that the two countries are close."
    )
    event = extract(text)
    underlined = [s for s in event.statements if s.cue == "underlined"]
    assert [_speaker(event, s) for s in underlined] == ["Ndapewa Shikongo"]


def test_a_title_whose_portfolios_are_a_list_with_commas_before_the_name() -> None:
    text = (
        "The Mozambican Minister of Agriculture, Environment and Fisheries, Rosa Mabunda "
        "Cossa, on Monday inaugurated a cashew centre. Speaking at the ceremony, Cossa said "
        "the centre will train 400 extension workers a year."
    )
    event = extract(text)
    person = next(p for p in event.participants if p.kind == "person")
    assert person.name == "Rosa Mabunda Cossa"
    assert person.affiliations[0].label == (
        "Mozambican Minister of Agriculture, Environment and Fisheries"
    )
    assert _speaker(event, _only(event)) == "Rosa Mabunda Cossa"


def test_appealed_to_and_a_second_appeal_after_a_passive_clause() -> None:
    text = (
        "Hon. Grace Akello visited the school. Hon. Akello appealed to other partners to "
        "follow the example. She urged parents to make sure that every child is enrolled, "
        "and called on the school management to maintain the new rooms. He appealed to the "
        "court."
    )
    event = extract(text)
    assert [(s.cue, s.text) for s in event.statements] == [
        ("appealed to", "other partners to follow the example"),
        ("urged", "parents to make sure that every child is enrolled"),
        ("called on", "the school management to maintain the new rooms"),
    ]


def test_said_then_a_clause_with_a_that_that_is_a_determiner() -> None:
    text = (
        "Vice Mayor Tang Wei noted that Liuzhou had cleaned its river and said his "
        "municipality was ready to share that experience."
    )
    event = extract(text)
    assert [s.text for s in event.statements] == [
        "Liuzhou had cleaned its river",
        "his municipality was ready to share that experience",
    ]


def test_a_relative_clause_that_names_another_titled_person_before_the_verb() -> None:
    text = (
        "Water PS Dr. Samuel Kiprop, who represented Water, Sanitation and Irrigation CS Hon. "
        "Ann Wairimu, assured the county that the Ministry would support the partnership."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Samuel Kiprop"


def test_he_after_two_titles_joined_by_and_as_the_subject_has_no_speaker() -> None:
    text = (
        "Governor Peter Anyang and PS Joseph Otieno met the team.\n\n"
        "The Governor and the PS later accompanied the visitors to the works. He said the "
        "site would be the first to benefit."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) is None


def test_a_name_with_binti_is_a_person_though_its_first_word_recurs_alone() -> None:
    text = (
        "This year's winners are Siti Aminah binti Yusof, who runs a seaweed cooperative, "
        'and Mamadou Sarr. "We want partners for young people like Mamadou and Siti," the '
        "minister said.\n\n"
        "Speaking for the winners, Siti Aminah said the cooperative had started with eleven "
        "women."
    )
    event = extract(text)
    assert "Siti Aminah binti Yusof" in [p.name for p in event.participants]
    said = [s for s in event.statements if s.text.startswith("the cooperative")]
    assert [_speaker(event, s) for s in said] == ["Siti Aminah binti Yusof"]


def test_a_glued_initial_name_after_a_body_and_a_titled_name_before_of_its_city() -> None:
    text = (
        "The meeting was attended by Member of the State Great Khural Ts.Oyunbileg, head of "
        "the friendship group. Mayor Ann Ruth Miller and Vice Mayor Chen Weiming of Wuhu "
        "signed the agreement. Vice Mayor Chen said Wuhu's industries were looking for "
        "partners."
    )
    event = extract(text)
    assert [p.name for p in event.participants if p.kind == "person"] == [
        "Ts.Oyunbileg",
        "Ann Ruth Miller",
        "Chen Weiming",
    ]
    assert _speaker(event, _only(event)) == "Chen Weiming"


def test_an_abbreviated_title_no_list_knows_is_learnt_from_the_text() -> None:
    # "Bqr." is no title anywhere; the text writes it only with a full stop, before names.
    text = (
        "The agreement was signed by the Mayor, Bqr. Rosa Elena Peralta Soto, and Bqr. Juan "
        "Carlos Ruiz Díaz. Bqr. Peralta said the city would build two parks.\n\n"
        "Mayor Kari Dahl met the guests in Oslo. Ambassador Ruiz Díaz said that the ports "
        "would be twinned."
    )
    event = extract(text)
    names = [p.name for p in event.participants if p.kind == "person"]
    assert names == ["Rosa Elena Peralta Soto", "Juan Carlos Ruiz Díaz", "Kari Dahl"]
    assert [_speaker(event, s) for s in event.statements] == [
        "Rosa Elena Peralta Soto",
        "Juan Carlos Ruiz Díaz",
    ]


def test_a_name_ending_a_sentence_before_a_titled_name_is_no_abbreviated_title() -> None:
    from eventkit._extract._layout import dotted_titles

    assert dotted_titles("He met Mayor Kari Dahl. Ambassador Ruiz Díaz said so.") == frozenset()
    assert dotted_titles("It was held in Doha. Ana Maria Ruiz spoke.") == frozenset()
    assert dotted_titles("Then said Mr. Lin. Lin Haoran spoke.") == frozenset()
    assert dotted_titles("signed by Arq. Rosa Peralta and Arq. Juan Ruiz.") == {"arq"}


def test_an_honorific_no_list_knows_is_learnt_from_how_the_text_uses_it() -> None:
    # "Tamu" is no honorific anywhere; the text uses it only before names, once before a
    # name of two words, and the name it introduces also follows a known title.
    text = (
        "The delegation was received by Tamu Anan Sirikul, Governor of the province. Tamu "
        "Anan said the haze was a shared problem. Governor Anan added that the plan would "
        "work.\n\n"
        "The exhibition shows the work of Rodrigo Villa Ruiz and his son, Rodrigo Villa "
        "Campos. Mr. Villa explained that the figures took a year."
    )
    event = extract(text)
    names = [p.name for p in event.participants if p.kind == "person"]
    assert names[0] == "Anan Sirikul"
    assert "Rodrigo Villa Campos" in names  # ("Rodrigo" is no honorific)
    said = [s for s in event.statements if s.cue in ("said", "added")]
    assert [_speaker(event, s) for s in said] == ["Anan Sirikul", "Anan Sirikul"]


def test_french_style_monsieur_and_madame_with_family_names_in_capitals() -> None:
    text = (
        "The First Vice-President of the National Assembly, M. Idriss Mahamat ABDERAMAN, "
        "received a delegation led by Mme Clarisse MBA OBAME. M. ABDERAMAN recalled that Chad "
        "places integration first. Mme MBA said the mission would report in June. The First "
        "Vice-President deplored the roadblocks."
    )
    event = extract(text)
    names = [p.name for p in event.participants if p.kind == "person"]
    assert names == ["Idriss Mahamat ABDERAMAN", "Clarisse MBA OBAME"]
    assert [(s.cue, _speaker(event, s)) for s in event.statements] == [
        ("recalled", "Idriss Mahamat ABDERAMAN"),
        ("said", "Clarisse MBA OBAME"),
        ("deplored", "Idriss Mahamat ABDERAMAN"),
    ]


def test_said_then_a_singular_subject_and_a_verb_in_s_without_that() -> None:
    text = (
        "State Minister Tigist Alemu said the livestock sector supports half of the rural "
        "households. He added the finishing touches to the plan."
    )
    event = extract(text)
    assert [s.text for s in event.statements] == [
        "the livestock sector supports half of the rural households"
    ]


@pytest.mark.parametrize(
    "ending",
    [
        ", he said...",
        ", he said\u2026",
        ", he said.",
        ". The Governor and the",
        ". The Governor and",
    ],
)
def test_texts_that_end_inside_a_closing_attribution_or_a_pair_of_titles(ending: str) -> None:
    # These endings once raised IndexError: a look-ahead ran past the last word.
    text = "Governor Ann Lee met PS John Oduor. The bridge will open in May" + ending
    event = extract(text)
    _check_spans(text, event)
    if ending.startswith(", he said"):
        assert [s.text for s in event.statements] == ["The bridge will open in May"]


def test_councillors_irish_names_and_a_profession_before_the_name() -> None:
    text = (
        "Minister of State for Development, Aoife Nic Giolla Phádraig TD, met Cllr Tom "
        "Hargreaves and Her Worship the Mayor, Cllr Ruth Banda.\n\n"
        "Speaking at the signing, Minister Nic Giolla Phádraig said the partnership would "
        "last three years. Mr. Séan Ó Briain noted that the pipes had been replaced. Cllr "
        "Banda said the link would grow.\n\n"
        "The director of agriculture, agronomist Rose-Marie Toussaint, informed the audience "
        "that 35 agents would follow the farmers."
    )
    event = extract(text)
    names = [p.name for p in event.participants if p.kind == "person"]
    assert names == [
        "Aoife Nic Giolla Phádraig",
        "Tom Hargreaves",
        "Ruth Banda",
        "Séan Ó Briain",
        "Rose-Marie Toussaint",
    ]
    assert [_speaker(event, s) for s in event.statements] == [
        "Aoife Nic Giolla Phádraig",
        "Séan Ó Briain",
        "Ruth Banda",
        "Rose-Marie Toussaint",
    ]


def test_a_directive_is_reported_speech_only_with_an_infinitive() -> None:
    text = (
        "Governor Amina Wekesa inspected the new ward. She directed the county health officers "
        "to open it before the end of the month. Governor Wekesa also instructed the engineers "
        "to finish the access road. Dr. Peter Mwangi, who directed the renovation, thanked the "
        "workers."
    )
    event = extract(text)
    said = [(s.cue, s.text, _speaker(event, s)) for s in event.statements if s.kind == "directive"]
    assert said == [
        (
            "directed",
            "the county health officers to open it before the end of the month",
            "Amina Wekesa",
        ),
        ("instructed", "the engineers to finish the access road", "Amina Wekesa"),
    ]


def test_a_pronoun_subject_with_a_parenthetical_adverb() -> None:
    text = (
        "Ambassador Akosua Mensah welcomed the exporters. She, however, pointed out that less "
        "than a fifth of the cocoa was processed at home. She nevertheless stressed that the "
        "trend was improving."
    )
    event = extract(text)
    assert [(s.cue, s.speaker_mention, _speaker(event, s)) for s in event.statements] == [
        ("pointed out", "She", "Akosua Mensah"),
        ("stressed", "She", "Akosua Mensah"),
    ]


def test_said_then_a_subject_with_a_long_apposition_before_its_verb() -> None:
    text = (
        "Hon. María Fuentes said the delegation, the first from the Chilean Congress to visit "
        "East Africa, had come to listen before legislating. Hon. Fuentes added a new item, "
        "the last of the day, to the agenda."
    )
    event = extract(text)
    assert [(s.cue, s.text) for s in event.statements] == [
        (
            "said",
            "the delegation, the first from the Chilean Congress to visit East Africa, had come "
            "to listen before legislating",
        )
    ]


def test_a_quotation_that_ends_its_sentence_keeps_the_attribution_before_it() -> None:
    text = (
        'Ms. Rehema Chiwanga, a parent, said: "The meals keep the children in school." '
        "Mr. Kenji Harada said the programme would grow next year."
    )
    event = extract(text)
    assert [(s.mode, _speaker(event, s)) for s in event.statements] == [
        ("direct", "Rehema Chiwanga"),
        ("reported", "Kenji Harada"),
    ]


def test_honorifics_of_east_africa_and_the_gulf_are_not_part_of_the_name() -> None:
    text = (
        "Ato Girma Bekele Worku, Head of the Regional Health Bureau, received the equipment. "
        "Ato Girma informed that most health centres lack power. Mama Rehema Chiwanga said the "
        "meals had changed the school. Sayyid Talal bin Mansour Al Busaidi said that Oman "
        "welcomed the visit."
    )
    event = extract(text)
    people = {p.name: p for p in event.participants}
    assert set(people) == {"Girma Bekele Worku", "Rehema Chiwanga", "Talal bin Mansour Al Busaidi"}
    assert "Ato Girma" in people["Girma Bekele Worku"].aliases
    assert [_speaker(event, s) for s in event.statements] == [
        "Girma Bekele Worku",
        "Rehema Chiwanga",
        "Talal bin Mansour Al Busaidi",
    ]


def test_a_hyphenated_particle_name_printed_with_a_space() -> None:
    text = (
        "The agreement was signed by Mr. Faisal Abdulrahman Al-Mutairi, Ambassador of Kuwait. "
        "Ambassador Al Mutairi said Kuwait attached great importance to girls' schooling."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Faisal Abdulrahman Al-Mutairi"]
    assert _speaker(event, _only(event)) == "Faisal Abdulrahman Al-Mutairi"


def test_people_in_what_an_organisation_reports_take_part() -> None:
    text = (
        "NAN reports that the ceremony was attended by Alhaji Sani Dankadai, Chairman of the "
        "hospital's Management Board. Dr. Amina Bello said that Minister Tunde Ade would visit "
        "the hospital next year."
    )
    event = extract(text)
    people = [p.name for p in event.participants if p.kind == "person"]
    assert people == ["Sani Dankadai", "Amina Bello"]  # not the minister who may visit


def test_a_title_whose_portfolio_list_has_a_comma_before_the_name() -> None:
    text = (
        "The memorandum was signed by Minister of Water Resources, Agriculture and Processing "
        "Industry of the Kyrgyz Republic Bakyt Zhumabekov. The guests were met by the Director "
        "General for the Maghreb, the Mediterranean and the Middle East.\n\n"
        '"We are ready to supply our best lamb," the Minister said.'
    )
    event = extract(text)
    assert [p.name for p in event.participants if p.kind == "person"] == ["Bakyt Zhumabekov"]
    person = event.participants[0]
    assert person.affiliations[0].label == (
        "Minister of Water Resources, Agriculture and Processing Industry of the Kyrgyz Republic"
    )
    assert _speaker(event, _only(event)) == "Bakyt Zhumabekov"


def test_a_name_after_a_municipality_in_a_long_title() -> None:
    text = (
        "Head of the Department of Green Zones of Yerevan Municipality Lusine Avetisyan pointed "
        "out that the new park could serve as a pilot site."
    )
    event = extract(text)
    assert _speaker(event, _only(event)) == "Lusine Avetisyan"


def test_according_to_a_surname_in_another_transliteration() -> None:
    text = (
        "The memorandum was signed by Minister of Agriculture Bakyt Zhumabekov. According to "
        "Jumabekov, the first shipment of lamb could leave in the autumn."
    )
    event = extract(text)
    statement = _only(event)
    assert (statement.cue, _speaker(event, statement)) == ("According to", "Bakyt Zhumabekov")


def test_a_single_name_after_a_ministry_and_its_country() -> None:
    text = (
        "The memorandum was signed by the Director General of Livestock Services of the "
        "Ministry of Agriculture of Indonesia Darmawansyah.\n\n"
        "Darmawansyah, in turn, emphasized that Indonesia is diversifying its meat imports. He "
        "called for the early approval of a list of enterprises. The Office for Land and Water "
        "Management said that the rules were clear."
    )
    event = extract(text)
    assert [p.name for p in event.participants if p.kind == "person"] == ["Darmawansyah"]
    assert [_speaker(event, s) for s in event.statements[:2]] == ["Darmawansyah"] * 2


def test_adding_that_after_an_inverted_title_only_subject() -> None:
    text = (
        "Minister Salimata Ouédraogo arrived in Lomé on Monday.\n\n"
        "«We came to sign, but above all to implement,» said the Burkinabè Minister, adding "
        "that a joint committee would meet every quarter."
    )
    event = extract(text)
    assert [(s.cue, _speaker(event, s)) for s in event.statements] == [
        ("said", "Salimata Ouédraogo"),
        ("adding", "Salimata Ouédraogo"),
    ]


def test_m_before_a_family_name_in_capitals_is_monsieur() -> None:
    text = (
        "The agreement was signed in the presence of M. Abdourahamane ISSOUFOU GARBA, Minister "
        "of National Education. According to M. ISSOUFOU GARBA, enrolment has fallen by a "
        "quarter."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Abdourahamane ISSOUFOU GARBA"]
    assert _speaker(event, _only(event)) == "Abdourahamane ISSOUFOU GARBA"
    # Without a family name in capitals (or Mme, Mlle), "M." stays an initial.
    english = extract("M. J. Smith said that the plan was sound.")
    assert [p.name for p in english.participants] == ["M. J. Smith"]


def test_a_place_named_with_the_is_not_a_person() -> None:
    text = (
        "The sculpture was unveiled today at The Forks, Mayor Raymond Desjarlais announced.\n\n"
        "Councillor Amélie Rocha-Beaulieu said the site was chosen because The Forks has been "
        "a meeting place for centuries. She emphasized that Elders had been consulted."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Raymond Desjarlais", "Amélie Rocha-Beaulieu"]
    assert [_speaker(event, s) for s in event.statements] == [
        "Raymond Desjarlais",
        "Amélie Rocha-Beaulieu",
        "Amélie Rocha-Beaulieu",
    ]


def test_drew_attention_to_czech_degrees_and_kumari_inside_a_name() -> None:
    text = (
        "PhDr. Jan Šebesta, director of the museum, welcomed the guests. He drew attention to "
        "the bilingual catalogue the museum is preparing. Hon. Dr. Sarita Kumari Adhikari "
        "received the delegation. Minister Adhikari noted that relations were excellent."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Jan Šebesta", "Sarita Kumari Adhikari"]
    assert [(s.cue, _speaker(event, s)) for s in event.statements] == [
        ("drew attention to", "Jan Šebesta"),
        ("noted", "Sarita Kumari Adhikari"),
    ]


def test_an_honorific_inside_a_fathers_name_after_binti() -> None:
    text = (
        "The event was opened by Deputy Minister Datuk Dr. Rosnah binti Haji Ismail. Datuk Dr. "
        "Rosnah emphasized that Malaysia values academic exchanges. She expressed confidence "
        "that the event would help."
    )
    event = extract(text)
    assert [p.name for p in event.participants] == ["Rosnah binti Haji Ismail"]
    assert [_speaker(event, s) for s in event.statements] == ["Rosnah binti Haji Ismail"] * 2
