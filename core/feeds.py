"""What every Atom feed of the site shares: the format, and the site's icon that feed
readers show beside its entries."""

from django.contrib.syndication.views import Feed
from django.templatetags.static import static
from django.utils.feedgenerator import Atom1Feed


class AtomFeedWithIcon(Atom1Feed):
    """An Atom feed naming the site's icon, which feed readers show beside its entries."""

    def add_root_elements(self, handler) -> None:
        super().add_root_elements(handler)
        handler.addQuickElement("icon", self.feed["icon"])


class SiteFeed(Feed):
    """An Atom feed of this site, with its icon."""

    feed_type = AtomFeedWithIcon

    def get_feed(self, obj, request):
        # The same for every request to a host, so keeping it on the shared feed is safe.
        self.icon_url = request.build_absolute_uri(static("favicon.svg"))
        return super().get_feed(obj, request)

    def feed_extra_kwargs(self, obj) -> dict:
        return {"icon": self.icon_url}
