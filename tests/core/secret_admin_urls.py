"""The site's URLs with the admin at an unguessable path, as DJANGO_ADMIN_URL sets it."""

from django.contrib import admin
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    *(pattern for pattern in site_urlpatterns if "admin" not in str(pattern.pattern)),
    path("back-office-7f3a/", admin.site.urls),
]
