"""Messages shown to a visitor after a change, kept within bounds."""

from django.contrib.messages.storage.fallback import FallbackStorage

KEPT_MESSAGES = 5


class RecentMessageStorage(FallbackStorage):
    """Django's storage (a cookie, then the session), keeping only the latest few
    messages: a visitor who posts without following the redirects (no JavaScript, or a
    script) would otherwise pile up thousands in their session and on the next page."""

    def _store(self, messages, response, *args, **kwargs):
        return super()._store(messages[-KEPT_MESSAGES:], response, *args, **kwargs)
