"""WSGI entry point, served by gunicorn in production."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

application = get_wsgi_application()

from programs import warming  # noqa: E402  (needs the apps loaded above)

warming.on_start()  # what most visits need, worked out before the first one
