from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def article_list(request: HttpRequest) -> HttpResponse:
    """Advice articles on whether and how to study machine learning."""
    return render(request, "advice/article_list.html", {"articles": []})
