"""The research-track filter the guide sends future PhD applicants to: master's with a
thesis, and MPhils."""

import pytest
from django.urls import reverse

from tests.factories import ProgramFactory

pytestmark = pytest.mark.django_db

LIST = reverse("programs:list")


def titles(response) -> set[str]:
    return {program.title for program in response.context["page"].object_list}


@pytest.fixture
def programmes():
    ProgramFactory(title="MSc with a thesis", has_thesis=True)
    ProgramFactory(title="MPhil in Machine Learning", degree_type="mphil", has_thesis=False)
    ProgramFactory(title="Taught MSc", has_thesis=False)


def test_research_track_keeps_thesis_programmes_and_mphils(client, programmes):
    response = client.get(LIST, {"thesis": "1"})

    assert titles(response) == {"MSc with a thesis", "MPhil in Machine Learning"}


def test_research_track_reads_as_a_removable_chip(client, programmes):
    response = client.get(LIST, {"thesis": "1"})
    chips = {chip.label: chip.remove_url for chip in response.context["chips"]}

    assert "Research track: a thesis or an MPhil" in chips
    assert len(titles(client.get(LIST + chips["Research track: a thesis or an MPhil"]))) == 3


def test_the_guide_research_answer_leads_to_research_track_programmes(client, programmes):
    answers = {
        "goal": "research",
        "quantitative_degree": "yes",
        "coding": "some",
        "budget": "30000",
        "currency": "EUR",
        "months_available": "24",
        "must_keep_working": "no",
        "timeline": "2y",
    }
    guide = client.get(reverse("advice:guide"), answers)
    search_url = guide.context["search_url"]

    assert titles(client.get(search_url)) == {"MSc with a thesis", "MPhil in Machine Learning"}
