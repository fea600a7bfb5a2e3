from django.contrib import admin
from django.urls import include, path

from programs import views as program_views

urlpatterns = [
    path("", program_views.home, name="home"),
    path("programs/", include("programs.urls")),
    path("advice/", include("advice.urls")),
    path("admin/", admin.site.urls),
]
