from django.urls import path

from . import views

app_name = "advice"

urlpatterns = [
    path("", views.article_list, name="index"),
]
