"""Script payloads typed into any editable text are inert on every public page."""

import pytest
from django.urls import reverse

from programs.models import ExchangeRate
from tests.factories import (
    ArticleFactory,
    CourseFactory,
    DeadlineFactory,
    FacultyMemberFactory,
    IndustryPartnerFactory,
    OutcomeFactory,
    PartnershipFactory,
    ProgramFactory,
    StartTermFactory,
    TopicFactory,
    UniversityFactory,
)

pytestmark = pytest.mark.django_db

PAYLOAD = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.fixture
def hostile_programme():
    topic = TopicFactory(name=f"Topic {PAYLOAD}", slug="hostile-topic")
    university = UniversityFactory(name=f"University {PAYLOAD}", city=PAYLOAD, slug="hostile-uni")
    program = ProgramFactory(
        university=university,
        title=f"MSc {PAYLOAD}",
        slug="hostile",
        description=PAYLOAD,
        required_background=PAYLOAD,
        official_url="https://example.org/?q=<script>",
        living_cost_monthly=1000,
        living_cost_currency=ExchangeRate.objects.get(currency="EUR"),
    )
    program.topics.add(topic)
    CourseFactory(program=program, title=f"Course {PAYLOAD}").topics.add(topic)
    person = FacultyMemberFactory(name=f"Prof {PAYLOAD}", title=PAYLOAD)
    person.programs.add(program)
    person.research_topics.add(topic)
    PartnershipFactory(
        program=program,
        partner=IndustryPartnerFactory(name=f"Partner {PAYLOAD}"),
        description=PAYLOAD,
    )
    OutcomeFactory(program=program, top_employers=PAYLOAD)
    DeadlineFactory(program=program, name=f"Round {PAYLOAD}", note=PAYLOAD)
    StartTermFactory(program=program)
    ProgramFactory(title="MSc Neighbour", slug="neighbour").topics.add(topic)
    return program


def assert_inert(html: str) -> None:
    assert "<script>alert(1)</script>" not in html
    assert "onerror=alert(2)" not in html.replace("onerror=alert(2)&gt;", "")
    assert "<img src=x" not in html


def test_programme_text_is_inert_on_the_list_and_in_search(client, hostile_programme):
    for query in ({}, {"q": "hostile"}, {"q": "msc", "topic": "hostile-topic"}):
        html = client.get(reverse("programs:list"), query).content.decode()
        assert "MSc " in html
        assert_inert(html)
        assert ESCAPED in html


def test_programme_text_is_inert_on_the_programme_page(client, hostile_programme):
    html = client.get(hostile_programme.get_absolute_url()).content.decode()

    assert_inert(html)
    assert html.count(ESCAPED) >= 8  # title, university, city, course, faculty, partner, ...


def test_article_body_and_fields_are_inert(client, hostile_programme):
    article = ArticleFactory(
        title=f"Advice {PAYLOAD}",
        summary=PAYLOAD,
        body=f"Hello\n\n{PAYLOAD}\n\n[click](javascript:alert(3))",
    )
    article.related_programs.add(hostile_programme)

    for url in (article.get_absolute_url(), reverse("advice:index"), reverse("advice:feed")):
        html = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in html, url
        assert "javascript:alert(3)" not in html, url
