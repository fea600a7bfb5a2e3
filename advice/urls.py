from django.urls import path

from . import views
from .feeds import LatestArticlesFeed

app_name = "advice"

urlpatterns = [
    path("", views.article_list, name="index"),
    path("guide/", views.guide, name="guide"),
    path("feed/", LatestArticlesFeed(), name="feed"),
    path("feed/follow/", views.follow, name="follow"),
    path("preview/<int:pk>/", views.article_preview, name="preview"),
    path("<slug:slug>/", views.article_detail, name="article"),
]
