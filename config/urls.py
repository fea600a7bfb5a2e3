from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from core import views as core_views
from core.sitemaps import SITEMAPS

urlpatterns = [
    path("", core_views.home, name="home"),
    path("programs/", include("programs.urls")),
    path("advice/", include("advice.urls")),
    path(settings.ADMIN_URL, admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
]
