from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from config.sitemaps import SITEMAPS
from config.views import robots_txt
from programs import views as program_views

urlpatterns = [
    path("", program_views.home, name="home"),
    path("programs/", include("programs.urls")),
    path("advice/", include("advice.urls")),
    path(settings.ADMIN_URL, admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]
