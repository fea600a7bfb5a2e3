"""The advice list, article pages and previews, as visitors and editors see them."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from advice.models import Article, Category
from programs.models import Program
from tests.factories import ArticleFactory, ProgramFactory, TagFactory, TopicFactory

pytestmark = pytest.mark.django_db

FUTURE = timezone.now() + datetime.timedelta(days=7)


@pytest.fixture
def staff_client(client, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="pw", is_staff=True)
    client.force_login(editor)
    return client


def test_the_list_groups_published_articles_under_their_category(client):
    ArticleFactory(title="Worth it?", category=Category.DECIDING)
    ArticleFactory(title="Judging a programme", category=Category.CHOOSING)

    html = client.get(reverse("advice:index")).content.decode()

    deciding = html.index(Category.DECIDING.label)
    choosing = html.index(Category.CHOOSING.label)
    assert deciding < html.index("Worth it?") < choosing < html.index("Judging a programme")


def test_the_list_leaves_out_drafts_and_scheduled_articles(client):
    ArticleFactory(title="Live article")
    ArticleFactory(title="Draft article", status=Article.Status.DRAFT)
    ArticleFactory(title="Scheduled article", publish_date=FUTURE)

    html = client.get(reverse("advice:index")).content.decode()

    assert "Live article" in html
    assert "Draft article" not in html
    assert "Scheduled article" not in html


def test_search_finds_articles_by_words_in_the_body(client):
    ArticleFactory(title="About money", body="Tuition and living costs add up.")
    ArticleFactory(title="About time", body="A year is a long time.")

    html = client.get(reverse("advice:index"), {"q": "tuition"}).content.decode()

    assert "About money" in html
    assert "About time" not in html
    assert "1 article" in html


def test_search_needs_every_word_to_match(client):
    ArticleFactory(title="Online study", body="Keep your job while you study online.")
    ArticleFactory(title="Campus life", body="Labs and mentors on campus.")

    html = client.get(reverse("advice:index"), {"q": "online campus"}).content.decode()

    assert "No articles match" in html


def test_search_never_finds_drafts(client):
    ArticleFactory(title="Secret draft", body="tuition", status=Article.Status.DRAFT)

    html = client.get(reverse("advice:index"), {"q": "tuition"}).content.decode()

    assert "Secret draft" not in html
    assert "No articles match" in html


def test_a_tag_link_shows_only_articles_with_that_tag(client):
    cost = TagFactory(name="Cost")
    ArticleFactory(title="Counting the cost", tags=[cost])
    ArticleFactory(title="Something else")

    html = client.get(cost.get_absolute_url()).content.decode()

    assert "Counting the cost" in html
    assert "Something else" not in html
    assert "tagged “Cost”" in html


def test_an_unknown_tag_gets_a_message_and_all_articles(client):
    ArticleFactory(title="Still listed")

    response = client.get(reverse("advice:index"), {"tag": "no-such-tag"})
    html = response.content.decode()

    assert response.status_code == 200
    assert "There is no such tag" in html
    assert "Still listed" in html


def test_an_overlong_search_gets_a_message_not_an_error(client):
    response = client.get(reverse("advice:index"), {"q": "x" * 500})

    assert response.status_code == 200
    assert "Ensure this value has at most 200 characters" in response.content.decode()


def test_the_list_takes_the_same_number_of_queries_however_many_articles(
    client, django_assert_num_queries
):
    ArticleFactory.create_batch(3)
    with django_assert_num_queries(1):
        client.get(reverse("advice:index"))

    ArticleFactory.create_batch(20)
    with django_assert_num_queries(1):
        client.get(reverse("advice:index"))


def test_an_article_page_shows_the_article_with_its_date_and_reading_time(client):
    article = ArticleFactory(
        title="Online or on campus?",
        author="Jo Editor",
        body="## Why\n\n" + "word " * 450,
        publish_date=datetime.datetime(2025, 3, 17, 9, tzinfo=datetime.UTC),
    )

    html = client.get(article.get_absolute_url()).content.decode()

    assert "<h1>Online or on campus?</h1>" in html
    assert "By Jo Editor" in html
    assert "17 March 2025" in html
    assert "3 min read" in html


def test_an_article_changed_after_publishing_says_when_it_was_updated(client):
    article = ArticleFactory(publish_date=timezone.now() - datetime.timedelta(days=30))
    Article.objects.filter(pk=article.pk).update(updated_at=timezone.now())

    html = client.get(article.get_absolute_url()).content.decode()

    assert f'Updated on <time datetime="{timezone.now():%Y-%m-%d}"' in html


def test_an_article_not_changed_since_publishing_has_no_updated_line(client):
    article = ArticleFactory(publish_date=timezone.now() - datetime.timedelta(minutes=5))

    html = client.get(article.get_absolute_url()).content.decode()

    assert "Updated on" not in html


def test_a_long_article_has_a_table_of_contents_linking_to_its_sections(client):
    article = ArticleFactory(body="## Cost\n\nx\n\n## Time\n\nx\n\n## Outcomes\n\nx\n")

    html = client.get(article.get_absolute_url()).content.decode()

    assert "On this page" in html
    assert '<a href="#section-outcomes">Outcomes</a>' in html
    assert 'id="section-outcomes"' in html


def test_the_article_body_is_sanitised_on_the_page(client):
    article = ArticleFactory(
        body='<script>alert(1)</script><img src="x.png" onerror="alert(2)">'
        "[prize](javascript:alert(3))<iframe src='https://evil.example'></iframe>"
    )

    html = client.get(article.get_absolute_url()).content.decode()
    content = html[html.index('<div class="prose">') :]

    assert "<script" not in content
    assert "onerror" not in content
    assert "javascript:" not in content
    assert "<iframe" not in content


def test_an_article_page_tells_search_engines_and_sharers_about_itself(client):
    article = ArticleFactory(
        title="Worth it?", slug="worth-it", meta_description="When a master's pays off."
    )

    html = client.get(article.get_absolute_url()).content.decode()

    assert '<link rel="canonical" href="http://testserver/advice/worth-it/">' in html
    assert '<meta name="description" content="When a master&#x27;s pays off.">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Worth it?">' in html
    assert '<meta property="og:url" content="http://testserver/advice/worth-it/">' in html
    assert 'type="application/atom+xml"' in html
    assert f'href="{reverse("advice:feed")}"' in html
    assert "noindex" not in html


@pytest.mark.parametrize(
    "hidden",
    [{"status": Article.Status.DRAFT}, {"publish_date": FUTURE}],
    ids=["draft", "scheduled"],
)
def test_drafts_and_scheduled_articles_are_not_found_by_the_public(
    client, django_user_model, hidden
):
    article = ArticleFactory(**hidden)

    assert client.get(article.get_absolute_url()).status_code == 404
    client.force_login(django_user_model.objects.create_user("reader", password="pw"))
    assert client.get(article.get_absolute_url()).status_code == 404


@pytest.mark.parametrize(
    ("hidden", "banner"),
    [
        ({"status": Article.Status.DRAFT}, "This article is a draft"),
        ({"publish_date": FUTURE}, "This article is scheduled for"),
    ],
    ids=["draft", "scheduled"],
)
def test_staff_can_preview_drafts_and_scheduled_articles(staff_client, hidden, banner):
    article = ArticleFactory(title="Coming soon", **hidden)

    for url in (article.get_absolute_url(), reverse("advice:preview", args=[article.pk])):
        response = staff_client.get(url)
        html = response.content.decode()
        assert response.status_code == 200
        assert "<h1>Coming soon</h1>" in html
        assert banner in html
        assert '<meta name="robots" content="noindex">' in html


def test_the_preview_sends_visitors_who_are_not_staff_to_the_login(client):
    article = ArticleFactory(status=Article.Status.DRAFT)

    response = client.get(reverse("advice:preview", args=[article.pk]))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_an_unknown_article_is_a_404(client):
    assert client.get(reverse("advice:article", args=["no-such-article"])).status_code == 404


def test_an_article_lists_its_published_programmes_and_links_topics_to_searches(client):
    nlp = TopicFactory(name="Natural language processing", slug="natural-language-processing")
    live = ProgramFactory(title="MSc Speech and Language")
    hidden = ProgramFactory(title="MSc Not Yet Listed", status=Program.Status.DRAFT)
    article = ArticleFactory()
    article.related_topics.set([nlp])
    article.related_programs.set([live, hidden])

    html = client.get(article.get_absolute_url()).content.decode()

    assert f'<a href="{live.get_absolute_url()}">MSc Speech and Language</a>' in html
    assert live.university.name in html
    assert "MSc Not Yet Listed" not in html
    assert 'href="/programs/?topic=natural-language-processing"' in html


def test_an_article_page_takes_the_same_number_of_queries_however_much_is_related(
    client, django_assert_num_queries
):
    article = ArticleFactory()
    article.related_programs.set(ProgramFactory.create_batch(2))
    article.related_topics.set(TopicFactory.create_batch(2))
    with django_assert_num_queries(4):
        client.get(article.get_absolute_url())

    article.related_programs.add(*ProgramFactory.create_batch(5))
    article.related_topics.add(*TopicFactory.create_batch(5))
    with django_assert_num_queries(4):
        client.get(article.get_absolute_url())
