from django.urls import path

from . import views
from .feeds import SearchFeed
from .selection import Kind

app_name = "programs"

urlpatterns = [
    path("", views.program_list, name="list"),
    path("feed/", SearchFeed(), name="feed"),
    path("follow/", views.follow_search, name="follow"),
    path("download/", views.download_page, name="download"),
    path("download/catalogue.csv", views.download, {"file_format": "csv"}, name="download_csv"),
    path(
        "download/catalogue.json",
        views.download,
        {"file_format": "json"},
        name="download_json",
    ),
    path("compare/", views.compare, name="compare"),
    path(
        "compare/add/",
        views.change_selection,
        {"kind": Kind.COMPARE, "action": "add"},
        name="compare_add",
    ),
    path(
        "compare/remove/",
        views.change_selection,
        {"kind": Kind.COMPARE, "action": "remove"},
        name="compare_remove",
    ),
    path(
        "compare/clear/",
        views.change_selection,
        {"kind": Kind.COMPARE, "action": "clear"},
        name="compare_clear",
    ),
    path("shortlist/", views.shortlist, name="shortlist"),
    path(
        "shortlist/add/",
        views.change_selection,
        {"kind": Kind.SHORTLIST, "action": "add"},
        name="shortlist_add",
    ),
    path(
        "shortlist/remove/",
        views.change_selection,
        {"kind": Kind.SHORTLIST, "action": "remove"},
        name="shortlist_remove",
    ),
    path("shortlist/calendar/", views.shortlist_calendar_link, name="shortlist_calendar_link"),
    path(
        "shortlist/calendar/<slug:token>.ics",
        views.shortlist_calendar,
        name="shortlist_calendar",
    ),
    path("fit/", views.fit, name="fit"),
    path("<slug:university_slug>/<slug:slug>/", views.program_detail, name="detail"),
    path(
        "<slug:university_slug>/<slug:slug>/deadlines.ics",
        views.program_calendar,
        name="calendar",
    ),
]
