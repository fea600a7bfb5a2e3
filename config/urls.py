from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path

from api.views import api, not_found
from core import views as core_views
from core.sitemaps import SITEMAPS

admin.site.site_header = admin.site.site_title = "Masters Compare admin"
admin.site.index_title = "Curate programmes and advice"
# The list pages need the width more than a second copy of the index: breadcrumbs and
# the home page lead everywhere the sidebar did.
admin.site.enable_nav_sidebar = False

urlpatterns = [
    path("", core_views.home, name="home"),
    path("programs/", include("programs.urls")),
    path("advice/", include("advice.urls")),
    path("api/v1/", api.urls),
    re_path(r"^api/", not_found, name="api_not_found"),  # after every API address
    path(settings.ADMIN_URL, admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("favicon.ico", core_views.favicon, name="favicon"),
]
