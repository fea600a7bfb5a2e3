from django.contrib.syndication.views import Feed
from django.templatetags.static import static
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from .models import Article

FEED_SIZE = 50


class AtomFeedWithIcon(Atom1Feed):
    """An Atom feed naming the site's icon, which feed readers show beside its entries."""

    def add_root_elements(self, handler) -> None:
        super().add_root_elements(handler)
        handler.addQuickElement("icon", self.feed["icon"])


class LatestArticlesFeed(Feed):
    feed_type = AtomFeedWithIcon
    title = "Masters Compare advice"
    subtitle = (
        "Honest advice on whether a master's in machine learning is the right move, "
        "and how to choose one."
    )

    def get_feed(self, obj, request):
        self.icon_url = request.build_absolute_uri(static("favicon.svg"))
        return super().get_feed(obj, request)

    def feed_extra_kwargs(self, obj) -> dict:
        return {"icon": self.icon_url}

    def link(self) -> str:
        return reverse("advice:index")

    def items(self):
        return Article.objects.published().prefetch_related("tags")[:FEED_SIZE]

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        return item.summary

    def item_pubdate(self, item: Article):
        return item.publish_date

    def item_updateddate(self, item: Article):
        return item.updated_at

    def item_author_name(self, item: Article) -> str:
        return item.author

    def item_categories(self, item: Article) -> list[str]:
        return [item.get_category_display(), *(tag.name for tag in item.tags.all())]
