"""Search as people type it: titles, places, courses, topics and faculty research;
abbreviations and synonyms; misspellings put right. CI runs it on SQLite and PostgreSQL."""

from unittest import mock

import pytest
from django.urls import reverse

from programs import search
from programs.models import Program
from programs.search import document_words

pytestmark = pytest.mark.django_db

LIST = reverse("programs:list")


def titles(response) -> list[str]:
    return [program.title for program in response.context["page"].object_list]


def test_search_matches_titles_places_courses_topics_and_faculty_research(client, catalogue):
    assert set(titles(client.get(LIST, {"q": "zurich"}))) == {"MSc Data Science"}
    assert set(titles(client.get(LIST, {"q": "statistical learning"}))) == {"MSc Data Science"}
    assert set(titles(client.get(LIST, {"q": "Pittsburgh"}))) == {"MS in Machine Learning"}
    # Ada Example researches computer vision and teaches at ETH.
    assert "MSc Data Science" in titles(client.get(LIST, {"q": "vision"}))
    assert set(titles(client.get(LIST, {"q": "language processing"}))) == {
        "MS in Machine Learning",
        "MSc Machine Learning Online",
    }


def test_search_matches_word_starts_not_the_middle_of_words(client, catalogue):
    assert set(titles(client.get(LIST, {"q": "learn"}))) >= {"MS in Machine Learning"}
    assert not Program.objects.published().search("earning").exists()


ML_TITLES = {"MS in Machine Learning", "MSc Machine Learning Online"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("NLP", ML_TITLES),
        ("nlp london", {"MSc Machine Learning Online"}),
        ("RL", {"MS in Machine Learning", "MSc Robotics, Cognition, Intelligence"}),
        ("CV", {"MS in Machine Learning", "MSc Data Science", "MSc Robotics, Cognition, Intelligence"}),
        ("LLM", ML_TITLES),
        ("ML", ML_TITLES),
        ("DS", {"MSc Data Science"}),
        ("MSc", {"MS in Machine Learning", "MSc Data Science", "MSc Machine Learning Online",
                 "MSc Robotics, Cognition, Intelligence"}),
    ],
)  # fmt: skip
def test_search_reads_abbreviations_and_synonyms(client, catalogue, query, expected):
    """The same on SQLite and PostgreSQL: CI runs this file on both."""
    assert set(titles(client.get(LIST, {"q": query}))) == expected
    assert {p.title for p in Program.objects.published().search(query)} == expected


def test_a_misspelt_search_shows_what_the_right_spelling_finds(client, catalogue):
    response = client.get(LIST, {"q": "machine learnign"})
    html = response.content.decode()

    assert set(titles(response)) == ML_TITLES
    assert "Nothing matches “machine learnign”" in html
    assert "<strong>“machine learning”</strong>" in html


def test_an_empty_result_offers_the_right_spelling(client, catalogue):
    response = client.get(LIST, {"q": "pitsburgh", "country": "GB"})
    html = response.content.decode()

    assert titles(response) == []
    assert "Did you mean" in html and "q=pittsburgh" in html and "country=GB" in html


def test_words_the_catalogue_knows_are_never_respelt(client, catalogue):
    response = client.get(LIST, {"q": "quantum"})

    assert titles(response) == [] and "Did you mean" not in response.content.decode()


def test_a_programmes_save_teaches_the_spelling_its_words_reading_that_programme_alone(
    client, catalogue
):
    assert "Did you mean" not in client.get(LIST, {"q": "zymurgi"}).content.decode()
    program = Program.objects.get(title="MSc Data Science")
    program.title = "MSc Data Science and Zymurgy"
    program.save()
    read: list[int] = []

    def counted(documents, known=()):
        documents = list(documents)
        read.append(len(documents))
        return document_words(documents, known)

    with mock.patch.object(search, "document_words", counted):
        response = client.get(LIST, {"q": "zymurgi"})

    assert titles(response) == ["MSc Data Science and Zymurgy"]
    assert "Nothing matches “zymurgi”" in response.content.decode()
    assert read == [1]  # the saved programme's words alone


def test_a_word_no_programme_has_any_more_is_not_offered(client, catalogue):
    program = Program.objects.get(title="MSc Data Science")
    program.title = "MSc Data Science and Zymurgy"
    program.save()
    client.get(LIST, {"q": "zymurgi"})  # the catalogue's words, with this one
    program.title = "MSc Data Science"
    program.save()

    response = client.get(LIST, {"q": "zymurgi", "country": "GB"})

    assert titles(response) == []
    assert "Did you mean" not in response.content.decode()


def test_an_empty_search_that_names_a_topic_offers_that_topic_as_a_filter(client, catalogue):
    response = client.get(LIST, {"q": "NLP scholarships", "country": "GB"})
    hint = response.context["topic_hint"]

    assert titles(response) == []
    assert "“NLP scholarships” names a topic" in response.content.decode()
    assert (hint.name, hint.count, hint.alone) == ("Natural language processing", 1, False)
    # The country is kept; the search gives way to the topic.
    assert titles(client.get(LIST + hint.url)) == ["MSc Machine Learning Online"]


def test_a_topic_that_shows_nothing_with_the_other_filters_is_offered_on_its_own(
    client, catalogue
):
    response = client.get(LIST, {"q": "natual language processing grants", "delivery": "hybrid"})
    hint = response.context["topic_hint"]

    assert (hint.name, hint.count, hint.alone) == ("Natural language processing", 2, True)
    assert "without the search and your other filters" in response.content.decode()
    assert set(titles(client.get(LIST + hint.url))) == ML_TITLES


def test_no_topic_is_offered_when_it_is_chosen_or_the_search_names_none(client, catalogue):
    chosen = client.get(LIST, {"q": "rl grants", "topic": "reinforcement-learning"})
    unnamed = client.get(LIST, {"q": "robotics grants"})

    assert titles(chosen) == [] and chosen.context["topic_hint"] is None
    assert titles(unnamed) == [] and unnamed.context["topic_hint"] is None
    assert "names a topic" not in unnamed.content.decode()
