from django.urls import path

from . import views

app_name = "programs"

urlpatterns = [
    path("", views.program_list, name="list"),
    path("compare/", views.compare, name="compare"),
    path("<slug:university_slug>/<slug:slug>/", views.program_detail, name="detail"),
]
