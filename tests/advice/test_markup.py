"""Article bodies are rendered from Markdown and stripped of anything dangerous."""

import pytest

from advice.markup import render_markdown
from tests.factories import ArticleFactory

HOSTILE_BODY = """\
## Looks harmless

<script>alert("stolen cookies")</script>

<img src="/static/chart.png" alt="A chart" onerror="alert('xss')">

[Click for a prize](javascript:alert('xss')) and <a href="JaVaScRiPt:alert(1)">this too</a>.

<iframe src="https://tracker.example/"></iframe>

<p onclick="alert(1)" style="color: red">Styled paragraph</p>
"""


def test_scripts_handlers_javascript_links_iframes_and_styles_are_removed():
    html = render_markdown(HOSTILE_BODY).html.lower()

    assert "<script" not in html
    assert "stolen cookies" not in html
    assert "onerror" not in html
    assert "onclick" not in html
    assert "javascript:" not in html
    assert "<iframe" not in html
    assert "style=" not in html


def test_harmless_content_around_the_hostile_parts_survives():
    html = render_markdown(HOSTILE_BODY).html

    assert '<img src="/static/chart.png" alt="A chart">' in html
    assert "Click for a prize" in html
    assert "Styled paragraph" in html


def test_relative_links_to_programme_searches_survive_sanitising():
    body = "[Online, under 30,000 EUR](/programs/?delivery=online&max_cost=30000&currency=EUR)"

    html = render_markdown(body).html

    assert 'href="/programs/?delivery=online&amp;max_cost=30000&amp;currency=EUR"' in html


def test_headings_get_anchors_that_the_table_of_contents_points_to():
    rendered = render_markdown("## Cost\n\ntext\n\n### Tuition\n\ntext\n\n## Time\n")

    assert [section.title for section in rendered.sections] == ["Cost", "Time"]
    assert rendered.sections[0].subsections[0].title == "Tuition"
    for anchor in ("section-cost", "section-tuition", "section-time"):
        assert f'id="{anchor}"' in rendered.html
    assert rendered.sections[0].anchor == "section-cost"


def test_a_heading_called_main_does_not_steal_the_skip_links_target():
    html = render_markdown("## Main\n").html

    assert 'id="main"' not in html


def test_a_top_level_heading_in_the_body_becomes_a_section_heading():
    rendered = render_markdown("# Introduction\n\nText.\n")

    assert "<h1" not in rendered.html
    assert '<h2 id="section-introduction">Introduction</h2>' in rendered.html


@pytest.mark.django_db
def test_only_long_articles_get_a_table_of_contents():
    short = ArticleFactory(body="## One\n\ntext\n\n## Two\n\ntext\n")
    long = ArticleFactory(body="## One\n\ntext\n\n## Two\n\ntext\n\n## Three\n\ntext\n")

    assert short.table_of_contents == ()
    assert [section.title for section in long.table_of_contents] == ["One", "Two", "Three"]
