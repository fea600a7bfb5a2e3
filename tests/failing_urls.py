"""A URLconf with a view that fails, to check what visitors see when the server errs."""

from django.urls import include, path


def broken_view(request):
    raise RuntimeError("secret internal detail")


urlpatterns = [
    path("boom/", broken_view),
    path("", include("config.urls")),
]
