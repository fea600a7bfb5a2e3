from django.urls import reverse

from core.feeds import SiteFeed

from .models import Article

FEED_SIZE = 50


class LatestArticlesFeed(SiteFeed):
    title = "Masters Compare advice"
    subtitle = (
        "Honest advice on whether a master's in machine learning is the right move, "
        "and how to choose one."
    )

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
