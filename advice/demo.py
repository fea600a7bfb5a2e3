"""The demo advice articles, written for this site, kept as Markdown in ``content/``.

Each file starts with a small front matter block of ``key: value`` lines
between ``---`` lines; the file name (without ``.md``) is the slug. ``topics``
names catalogue topic slugs; those that exist are linked, so load the catalogue
first to get them all.
"""

import datetime
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from programs.models import Topic

from .models import Article, Tag

CONTENT_DIR = Path(__file__).resolve().parent / "content"
PUBLISH_HOUR = datetime.time(9, tzinfo=datetime.UTC)


@dataclass(frozen=True)
class ArticleFile:
    slug: str
    meta: dict[str, str]
    body: str


def read_article_file(path: Path) -> ArticleFile:
    text = path.read_text(encoding="utf-8")
    _, front_matter, body = text.split("---\n", 2)
    meta = {}
    for line in front_matter.strip().splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return ArticleFile(slug=path.stem, meta=meta, body=body.strip() + "\n")


def demo_article_files() -> list[ArticleFile]:
    return [read_article_file(path) for path in sorted(CONTENT_DIR.glob("*.md"))]


@transaction.atomic
def load_demo_articles() -> list[Article]:
    """Create or update the demo articles by slug. Safe to run again.

    An article whose text already matches its file is left alone, so running the
    loader twice records no new history and leaves "updated on" dates as they were.
    """
    articles = []
    for article_file in demo_article_files():
        meta = article_file.meta
        fields = {
            "title": meta["title"],
            "summary": meta["summary"],
            "meta_description": meta.get("meta_description", ""),
            "category": meta["category"],
            "author": meta["author"],
            "status": Article.Status.PUBLISHED,
            "publish_date": datetime.datetime.combine(
                datetime.date.fromisoformat(meta["publish_date"]), PUBLISH_HOUR
            ),
            "body": article_file.body,
        }
        tags = [
            Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
            for name in (name.strip() for name in meta.get("tags", "").split(","))
            if name
        ]
        article = Article.objects.filter(slug=article_file.slug).first()
        if article is None or any(getattr(article, k) != v for k, v in fields.items()):
            article, created = Article.objects.update_or_create(
                slug=article_file.slug, defaults=fields
            )
            if created:
                # Not revised since it was written: no "updated on" line for a fresh load.
                Article.objects.filter(pk=article.pk).update(updated_at=article.publish_date)
                article.updated_at = article.publish_date
        if set(article.tags.all()) != set(tags):
            article.tags.set(tags)
        topic_slugs = [slug.strip() for slug in meta.get("topics", "").split(",") if slug.strip()]
        topics = set(Topic.objects.filter(slug__in=topic_slugs))
        if set(article.related_topics.all()) != topics:
            article.related_topics.set(topics)
        articles.append(article)
    return articles
