"""Articles: who can see them, how long they take to read, and what the database refuses."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import timezone

from advice.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_published_means_published_status_and_a_publish_date_that_has_come():
    live = ArticleFactory()
    ArticleFactory(status=Article.Status.DRAFT)
    ArticleFactory(publish_date=timezone.now() + datetime.timedelta(days=3))

    assert list(Article.objects.published()) == [live]


def test_a_scheduled_article_goes_live_once_its_date_passes():
    article = ArticleFactory(publish_date=timezone.now() + datetime.timedelta(minutes=5))
    assert not article.is_published
    assert article.is_scheduled

    Article.objects.filter(pk=article.pk).update(
        publish_date=timezone.now() - datetime.timedelta(minutes=1)
    )

    assert list(Article.objects.published()) == [article]


def test_reading_time_follows_the_length_of_the_body():
    short = ArticleFactory(body="word " * 50)
    long = ArticleFactory(body="word " * 1000)

    assert short.reading_minutes == 1
    assert long.reading_minutes == 5


def test_reading_time_is_updated_when_the_body_changes():
    article = ArticleFactory(body="word " * 50)
    article.body = "word " * 700
    article.save()

    article.refresh_from_db()
    assert article.reading_minutes == 4


def test_the_meta_description_falls_back_to_the_summary():
    with_own = ArticleFactory(meta_description="For search engines.")
    without = ArticleFactory(summary="The summary.", meta_description="")

    assert with_own.description == "For search engines."
    assert without.description == "The summary."


def test_article_url_is_its_slug_under_advice():
    article = ArticleFactory(slug="is-it-worth-it")

    assert article.get_absolute_url() == "/advice/is-it-worth-it/"


@pytest.mark.parametrize("slug", ["feed", "guide", "preview"])
def test_a_slug_that_would_hide_a_page_of_the_site_is_refused(slug):
    article = ArticleFactory.build(slug=slug)

    with pytest.raises(ValidationError, match="taken by a page of the site"):
        article.full_clean()
    with pytest.raises(IntegrityError):
        article.save()


def test_two_articles_cannot_share_an_address():
    ArticleFactory(slug="same")

    with pytest.raises(IntegrityError):
        ArticleFactory(slug="same")


def test_every_change_is_recorded_in_the_history():
    article = ArticleFactory(title="First title")
    article.title = "Better title"
    article.save()

    titles = [record.title for record in article.history.order_by("history_date")]
    assert titles == ["First title", "Better title"]
