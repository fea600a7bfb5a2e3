"""Static files as production serves them: minified, hashed, compressed, and light."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

PRODUCTION_STORAGE = "config.staticfiles.MinifiedStaticFilesStorage"
ASSET_BUDGET = 50 * 1024


class Assets(HTMLParser):
    """The stylesheets and scripts a page loads."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and attributes.get("rel") == "stylesheet":
            self.urls.append(attributes["href"])
        elif tag == "script" and attributes.get("src"):
            self.urls.append(attributes["src"])


@pytest.fixture
def collected(settings, tmp_path):
    """collectstatic with the production storage into a folder of the test's own."""
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": PRODUCTION_STORAGE},
    }
    call_command("collectstatic", "--noinput", verbosity=0)
    return tmp_path


def page_assets(client, url, static_root):
    parser = Assets()
    parser.feed(client.get(url).content.decode())
    return {src: (static_root / src.removeprefix("/static/")) for src in parser.urls}


def test_stylesheets_are_minified_but_keep_every_rule(collected, settings):
    source = (settings.BASE_DIR / "static/css/finder.css").read_text()
    [served] = collected.glob("css/finder.*.css")
    minified = served.read_text()
    assert "/*" not in minified
    assert len(minified) < len(source) * 0.9
    for selector in re.findall(r"^(\.[\w-]+) \{", source, flags=re.M):
        assert selector + "{" in minified
    assert (collected / f"css/{served.name}.gz").exists()


@pytest.mark.django_db
def test_list_page_loads_hashed_assets_within_the_budget(client, collected, catalogue):
    assets = page_assets(client, reverse("programs:list"), collected)
    names = {path.name.split(".")[0] for path in assets.values()}
    assert {"base", "finder", "htmx", "site"} <= names
    assert all(re.search(r"\.[0-9a-f]{12}\.(css|js)$", url) for url in assets)
    weight = sum(path.stat().st_size for path in assets.values())
    assert weight <= ASSET_BUDGET, f"{weight / 1024:.1f} KB of CSS and JavaScript"


@pytest.mark.django_db
def test_pages_load_only_the_stylesheets_they_use(client, collected, catalogue):
    def sheets(url):
        return {
            path.name.split(".")[0]
            for path in page_assets(client, url, collected).values()
            if path.suffix == ".css"
        }

    assert sheets(reverse("home")) == {"base"}
    assert sheets(reverse("programs:list")) == {"base", "finder"}
    assert sheets(reverse("programs:compare")) == {"base", "finder", "programs"}
    assert sheets(reverse("advice:index")) == {"base", "advice"}


def test_the_api_docs_script_is_served_as_built_not_minified_again(collected):
    import ninja

    built = (Path(ninja.__file__).parent / "static/ninja/swagger-ui-bundle.js").read_bytes()
    [served] = collected.glob("ninja/swagger-ui-bundle.*.js")
    assert (
        served.read_bytes().split(b"//# sourceMappingURL")[0]
        == built.split(b"//# sourceMappingURL")[0]
    )
