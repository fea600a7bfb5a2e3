"""Editors write, schedule, publish and preview articles in the admin."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from advice.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:advice_article_changelist")


@pytest.fixture
def editor_client(client, admin_user):
    client.force_login(admin_user)
    return client


def run_action(client, action, articles):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [article.pk for article in articles]},
        follow=True,
    )


def test_publish_action_makes_drafts_public(editor_client, client):
    drafts = ArticleFactory.create_batch(2, status=Article.Status.DRAFT)

    response = run_action(editor_client, "publish", drafts)

    assert "Published 2 article(s)." in response.content.decode()
    assert Article.objects.published().count() == 2
    editor_client.logout()
    assert client.get(drafts[0].get_absolute_url()).status_code == 200


def test_publishing_a_future_dated_article_schedules_it_and_says_so(editor_client):
    article = ArticleFactory(
        status=Article.Status.DRAFT, publish_date=timezone.now() + datetime.timedelta(days=2)
    )

    response = run_action(editor_client, "publish", [article])

    assert "1 of them have a future publish date" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert not Article.objects.published().exists()


def test_unpublish_action_takes_articles_off_the_site(editor_client, client):
    article = ArticleFactory()

    response = run_action(editor_client, "unpublish", [article])

    assert "Unpublished 1 article(s)." in response.content.decode()
    editor_client.logout()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_actions_are_recorded_in_the_history_with_who_and_why(editor_client, admin_user):
    article = ArticleFactory(status=Article.Status.DRAFT)

    run_action(editor_client, "publish", [article])

    latest = article.history.latest()
    assert latest.status == Article.Status.PUBLISHED
    assert latest.history_user == admin_user
    assert latest.history_change_reason == "Published from the list"


def test_saving_in_the_admin_records_a_history_showing_what_changed(editor_client, admin_user):
    article = ArticleFactory(title="Old title")
    change_url = reverse("admin:advice_article_change", args=[article.pk])
    form = {
        "title": "New title",
        "slug": article.slug,
        "category": article.category,
        "author": article.author,
        "summary": article.summary,
        "body": article.body,
        "status": article.status,
        "publish_date_0": article.publish_date.strftime("%Y-%m-%d"),
        "publish_date_1": article.publish_date.strftime("%H:%M:%S"),
        "meta_description": "",
    }

    response = editor_client.post(change_url, form)
    assert response.status_code == 302

    html = editor_client.get(reverse("admin:advice_article_history", args=[article.pk]))
    html = html.content.decode()
    changes = html[html.index('id="change-history"') :]
    assert "<strong>Title:</strong>" in changes
    assert re.search(r"Old title\s*&rarr;\s*New title", changes)
    assert article.history.latest().history_user == admin_user


def test_the_change_page_links_to_a_preview_of_the_rendered_article(editor_client):
    article = ArticleFactory(status=Article.Status.DRAFT, body="## Draft heading\n")
    preview_url = reverse("advice:preview", args=[article.pk])

    html = editor_client.get(reverse("admin:advice_article_change", args=[article.pk]))
    html = html.content.decode()
    assert f'href="{preview_url}"' in html

    preview = editor_client.get(preview_url).content.decode()
    assert '<h2 id="section-draft-heading">Draft heading</h2>' in preview


def test_a_reserved_slug_is_refused_in_the_admin_with_a_message(editor_client):
    response = editor_client.post(
        reverse("admin:advice_article_add"),
        {
            "title": "Guide",
            "slug": "guide",
            "category": "deciding",
            "author": "Editor",
            "summary": "s",
            "body": "b",
            "status": "draft",
            "publish_date_0": "2025-01-01",
            "publish_date_1": "09:00:00",
        },
    )

    assert response.status_code == 200
    assert "taken by a page of the site" in response.content.decode()
    assert not Article.objects.exists()


def test_the_list_shows_which_articles_the_public_can_see(editor_client):
    ArticleFactory(title="Live one")
    ArticleFactory(title="Draft one", status=Article.Status.DRAFT)

    html = editor_client.get(CHANGELIST).content.decode()

    assert "Live" in html
    assert "No (draft)" in html
