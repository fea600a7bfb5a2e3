"""What every Atom feed of the site shares: the format, the site's icon that feed
readers show beside its entries, and text that XML can hold."""

import re

from django.contrib.syndication.views import Feed
from django.templatetags.static import static
from django.utils.feedgenerator import Atom1Feed

# Characters XML 1.0 cannot hold: a search typed with one still gets its feed.
NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xml_text(value):
    """``value`` without characters XML 1.0 cannot hold, if it is text."""
    return NOT_IN_XML.sub("", value) if isinstance(value, str) else value


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
        feed = super().get_feed(obj, request)
        feed.feed = {name: xml_text(value) for name, value in feed.feed.items()}
        feed.items = [
            {name: xml_text(value) for name, value in item.items()} for item in feed.items
        ]
        return feed

    def feed_extra_kwargs(self, obj) -> dict:
        return {"icon": self.icon_url}
