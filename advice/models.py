import math
from functools import cached_property
from urllib.parse import urlencode

from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from simple_history.models import HistoricalRecords

from .markup import RenderedMarkdown, Section, render_markdown

WORDS_PER_MINUTE = 200
# Short articles read fine without a table of contents.
MIN_SECTIONS_FOR_CONTENTS = 3
# Paths under /advice/ that are pages of their own, so no article may take them as a slug.
RESERVED_SLUGS = ("feed", "guide", "preview")


class Category(models.TextChoices):
    """Where an article sits on the advice page, in the order the page shows them."""

    DECIDING = "deciding", "Is a degree the right move?"
    CHOOSING = "choosing", "Choosing a programme"
    CAREERS = "careers", "Getting into the field"


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class Tag(models.Model):
    name = models.CharField(max_length=50)
    slug = models.SlugField(max_length=50, db_index=False)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name"], name="advice_tag_unique_name"),
            models.UniqueConstraint(fields=["slug"], name="advice_tag_unique_slug"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return f"{reverse('advice:index')}?{urlencode({'tag': self.slug})}"


class ArticleQuerySet(models.QuerySet):
    def published(self) -> "ArticleQuerySet":
        """Articles the public may read: published, with a publish date that has come."""
        return self.filter(status=ArticleStatus.PUBLISHED, publish_date__lte=timezone.now())

    def search(self, query: str) -> "ArticleQuerySet":
        """Articles mentioning every word of the query in the title, summary, body or tags."""
        articles = self
        for word in query.split():
            tagged = Article.tags.through.objects.filter(
                article=OuterRef("pk"), tag__name__icontains=word
            )
            articles = articles.filter(
                Q(title__icontains=word)
                | Q(summary__icontains=word)
                | Q(body__icontains=word)
                | Exists(tagged)
            )
        return articles

    def in_category_order(self) -> "ArticleQuerySet":
        """Grouped by category in the order of ``Category``, newest first within each."""
        position = Case(
            *(When(category=value, then=Value(i)) for i, value in enumerate(Category.values)),
            default=Value(len(Category.values)),
        )
        return self.alias(category_position=position).order_by(
            "category_position", "-publish_date"
        )


class Article(models.Model):
    Status = ArticleStatus

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=200,
        db_index=False,
        help_text="The article's address: /advice/<slug>/. Filled in from the title.",
    )
    summary = models.TextField(
        max_length=400,
        help_text="One or two sentences, shown under the title, in the list and in the feed.",
    )
    body = models.TextField(
        help_text=(
            "Markdown. Start sections with ## (the title is the page's only top-level heading). "
            "Link to programme searches with plain relative links such as "
            "/programs/?delivery=online&max_cost=30000&currency=EUR."
        )
    )
    meta_description = models.CharField(
        max_length=160,
        blank=True,
        help_text="What search engines show under the title. Leave empty to use the summary.",
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    publish_date = models.DateTimeField(
        default=timezone.now,
        help_text=(
            "A published article goes live at this time; a future date schedules it. "
            "Staff can preview drafts and scheduled articles; the public cannot see them."
        ),
    )
    author = models.CharField(max_length=100)
    category = models.CharField(max_length=20, choices=Category)
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles")
    related_topics = models.ManyToManyField(
        "programs.Topic",
        blank=True,
        related_name="advice_articles",
        help_text="Curriculum topics the article discusses; linked as programme searches.",
    )
    related_programs = models.ManyToManyField(
        "programs.Program",
        blank=True,
        related_name="advice_articles",
        help_text="Programmes the article mentions. Only published ones are shown.",
    )
    reading_minutes = models.PositiveSmallIntegerField(
        default=1, editable=False, help_text="Worked out from the length of the body."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-publish_date"]
        get_latest_by = "publish_date"
        constraints = [
            models.UniqueConstraint(
                fields=["slug"],
                name="advice_article_unique_slug",
                violation_error_message="Another article already uses this address.",
            ),
            models.CheckConstraint(
                condition=~Q(slug__in=RESERVED_SLUGS) & ~Q(slug=""),
                name="advice_article_slug_allowed",
                violation_error_message=(
                    "This address is taken by a page of the site: choose another slug."
                ),
            ),
            models.CheckConstraint(
                condition=Q(status__in=ArticleStatus.values), name="advice_article_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(category__in=Category.values), name="advice_article_category_valid"
            ),
            models.CheckConstraint(
                condition=Q(reading_minutes__gte=1), name="advice_article_reading_time_positive"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "publish_date"], name="advice_article_published"),
            models.Index(fields=["category", "publish_date"], name="advice_article_category"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.reading_minutes = reading_minutes(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("advice:article", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        """Whether the public can read it now."""
        return self.status == self.Status.PUBLISHED and self.publish_date <= timezone.now()

    @property
    def is_scheduled(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.publish_date > timezone.now()

    @property
    def was_updated_after_publishing(self) -> bool:
        """Worth an "updated on" line: changed on a later day than it went out."""
        return self.updated_at is not None and self.updated_at.date() > self.publish_date.date()

    @property
    def description(self) -> str:
        """The meta description, falling back to the summary cut to length."""
        return self.meta_description or Truncator(self.summary).chars(160)

    @cached_property
    def rendered(self) -> RenderedMarkdown:
        return render_markdown(self.body)

    @property
    def body_html(self) -> SafeString:
        return mark_safe(self.rendered.html)  # sanitised by render_markdown

    @property
    def table_of_contents(self) -> tuple[Section, ...]:
        """The sections of a long article; empty for a short one."""
        sections = self.rendered.sections
        return sections if len(sections) >= MIN_SECTIONS_FOR_CONTENTS else ()


def reading_minutes(text: str) -> int:
    """Minutes to read ``text`` at an unhurried pace, never less than one."""
    return max(1, math.ceil(len(text.split()) / WORDS_PER_MINUTE))
