"""The demo articles: enough of them, substantial, and every link in them leads somewhere."""

import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.urls import reverse

from advice.demo import demo_article_files, load_demo_articles
from advice.models import Article, Category
from tests.factories import TopicFactory

pytestmark = pytest.mark.django_db

LINK = re.compile(r"\]\((/[^)\s]*)\)")

# The GET parameters the programme list accepts, and the values each may take.
PROGRAMME_SEARCH_PARAMETERS = {
    "q": re.compile(r".+"),
    "country": re.compile(r"[A-Z]{2}"),
    "delivery": re.compile(r"on_campus|online|hybrid"),
    "pace": re.compile(r"full_time|part_time"),
    "max_months": re.compile(r"\d+"),
    "max_cost": re.compile(r"\d+(\.\d+)?"),
    "currency": re.compile(r"[A-Z]{3}"),
    "living": re.compile(r"1"),
    "topic": re.compile(
        r"natural-language-processing|reinforcement-learning|deep-learning|computer-vision"
        r"|mlops|ethics-and-fairness"
    ),
    "internship": re.compile(r"1"),
    "no_gre": re.compile(r"1"),
    "degree": re.compile(r"msc|ms|meng|mphil|ma|other"),
}


def links_in_demo_articles() -> list[tuple[str, str]]:
    return [
        (article.slug, link)
        for article in demo_article_files()
        for link in LINK.findall(article.body)
    ]


def test_loading_gives_at_least_six_published_articles_in_every_category():
    load_demo_articles()

    published = Article.objects.published()
    assert published.count() >= 6
    assert set(published.values_list("category", flat=True)) == set(Category.values)


def test_loading_twice_changes_nothing_and_records_no_new_history():
    load_demo_articles()
    history_before = Article.history.count()
    updated_before = dict(Article.objects.values_list("slug", "updated_at"))

    load_demo_articles()

    assert Article.history.count() == history_before
    assert dict(Article.objects.values_list("slug", "updated_at")) == updated_before


def test_freshly_loaded_articles_do_not_claim_to_have_been_updated(client):
    load_demo_articles()

    html = client.get(reverse("advice:article", args=["online-or-on-campus"])).content.decode()

    assert "Published <time" in html
    assert "Updated on" not in html


def test_loading_again_restores_an_edited_demo_article():
    load_demo_articles()
    Article.objects.filter(slug="online-or-on-campus").update(title="Changed")

    load_demo_articles()

    assert Article.objects.get(slug="online-or-on-campus").title == "Online or on campus?"


def test_every_demo_article_passes_the_same_validation_as_the_admin_form():
    for article in load_demo_articles():
        article.full_clean()


def test_every_demo_article_is_substantial_and_long_enough_for_a_table_of_contents():
    for article in load_demo_articles():
        words = len(article.body.split())
        assert 500 <= words <= 950, f"{article.slug} has {words} words"
        assert article.table_of_contents, f"{article.slug} has no table of contents"


def test_demo_articles_link_into_programme_searches():
    searches = [link for _, link in links_in_demo_articles() if link.startswith("/programs/?")]

    assert len(searches) >= 6


@pytest.mark.parametrize(("slug", "link"), links_in_demo_articles())
def test_every_link_in_the_demo_articles_works(client, slug, link):
    load_demo_articles()
    url = urlsplit(link)

    if url.path == reverse("programs:list"):
        for name, value in parse_qsl(url.query):
            assert name in PROGRAMME_SEARCH_PARAMETERS, f"{slug}: unknown parameter {name}"
            assert PROGRAMME_SEARCH_PARAMETERS[name].fullmatch(value), f"{slug}: {name}={value}"
    assert client.get(link).status_code == 200, f"{slug} links to {link}"


def test_demo_articles_are_linked_to_the_catalogue_topics_they_discuss():
    TopicFactory(name="Deep learning", slug="deep-learning")
    TopicFactory(name="MLOps", slug="mlops")

    load_demo_articles()

    article = Article.objects.get(slug="short-affordable-programme-with-job-support")
    assert {topic.slug for topic in article.related_topics.all()} == {"deep-learning", "mlops"}
