from urllib.parse import urlencode

from django.contrib.admin.views.decorators import staff_member_required
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from programs.finder import Finder
from programs.models import Program

from . import guide as guide_rules
from .feeds import FEED_SIZE
from .forms import ArticleSearchForm, GuideForm
from .models import Article


def article_list(request: HttpRequest) -> HttpResponse:
    """Published articles grouped by category, optionally narrowed by a search or a tag."""
    form = ArticleSearchForm(request.GET)
    articles = Article.objects.published().in_category_order()
    query, tag = "", None
    if form.is_valid():
        query, tag = form.cleaned_data["q"], form.cleaned_data["tag"]
        if query:
            articles = articles.search(query)
        if tag:
            articles = articles.filter(tags=tag)
    return render(
        request,
        "advice/article_list.html",
        {
            "form": form,
            "articles": articles,
            "query": query,
            "tag": tag,
            "filtered": bool(query or tag),
        },
    )


def follow(request: HttpRequest) -> HttpResponse:
    """How to follow new articles in a feed reader: the feed itself is XML for readers,
    which a browser shows raw."""
    return render(
        request,
        "advice/follow.html",
        {
            "feed_url": request.build_absolute_uri(reverse("advice:feed")),
            "latest": Article.objects.published().only("title", "slug", "publish_date")[:5],
            "feed_size": FEED_SIZE,
        },
    )


def _with_related(articles):
    """Everything an article page shows beside the body: tags, topics, published programmes."""
    return articles.prefetch_related(
        "tags",
        "related_topics",
        Prefetch(
            "related_programs",
            queryset=Program.objects.published().select_related("university"),
        ),
    )


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """One article. Drafts and scheduled articles are visible to staff only."""
    articles = Article.objects.all() if request.user.is_staff else Article.objects.published()
    article = get_object_or_404(_with_related(articles), slug=slug)
    return _render_article(request, article)


@staff_member_required
def article_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """An article as readers will see it, whatever its status: linked from the admin."""
    article = get_object_or_404(_with_related(Article.objects.all()), pk=pk)
    return _render_article(request, article)


def _render_article(request: HttpRequest, article: Article) -> HttpResponse:
    return render(
        request,
        "advice/article_detail.html",
        {
            "article": article,
            "canonical_url": request.build_absolute_uri(article.get_absolute_url()),
        },
    )


def guide(request: HttpRequest) -> HttpResponse:
    """The "Do I need a master's?" guide: a short form, and the answer on the same page."""
    form = GuideForm(request.GET or None)
    recommendation = search_url = further_reading = None
    narrower = []
    if form.is_valid():
        recommendation = guide_rules.recommend(form.answers())
        if recommendation.search_params:
            search_url = programme_search_url(recommendation.search_params)
        narrower = [
            (label, programme_search_url(params), found)
            for label, params in recommendation.narrower
            if (found := programmes_found(params))
        ]
        further_reading = (
            Article.objects.published().filter(slug=recommendation.further_reading).first()
        )
    return render(
        request,
        "advice/guide.html",
        {
            "form": form,
            "recommendation": recommendation,
            "search_url": search_url,
            "narrower": narrower,
            "further_reading": further_reading,
        },
    )


def programmes_found(params: dict[str, str | tuple[str, ...]]) -> int:
    """How many programmes the list shows for these GET parameters: none when the
    finder cannot use one of them (a role no programme's graduates are known for)."""
    finder = Finder(QueryDict(urlencode(params, doseq=True)))
    return 0 if finder.error_messages() else finder.result_count()


def programme_search_url(params: dict[str, str | tuple[str, ...]]) -> str:
    """The programme list, pre-filtered with these GET parameters (a tuple: each value)."""
    return f"{reverse('programs:list')}?{urlencode(params, doseq=True)}"
