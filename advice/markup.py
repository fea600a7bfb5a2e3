"""Article bodies: Markdown in, sanitised HTML and a table of contents out.

Editors write Markdown; whatever HTML it turns into (including raw HTML typed
into the body) goes through nh3, which keeps only the tags and attributes an
article needs. Scripts, event handlers, ``javascript:`` links, iframes and
inline styles never reach the page.
"""

from dataclasses import dataclass
from xml.etree.ElementTree import Element

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "del", "em", "h2", "h3", "h4", "hr", "img", "li",
    "ol", "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
# Heading ids are prefixed so that a section called "Main" cannot clash with
# the page's own ids (the skip link targets #main).
HEADING_ID_PREFIX = "section-"


@dataclass(frozen=True)
class Section:
    """One heading in the table of contents."""

    title: str
    anchor: str
    subsections: tuple["Section", ...] = ()


@dataclass(frozen=True)
class RenderedMarkdown:
    html: str
    sections: tuple[Section, ...]


class _DemoteTopHeadings(Treeprocessor):
    """The article title is the page's only <h1>: a ``#`` heading in the body becomes <h2>."""

    def run(self, root: Element) -> None:
        for element in root.iter("h1"):
            element.tag = "h2"


class _DemoteTopHeadingsExtension(markdown.Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # Before the toc extension (priority 5) collects the headings.
        md.treeprocessors.register(_DemoteTopHeadings(md), "demote_top_headings", 6)


def _sections(tokens: list[dict]) -> tuple[Section, ...]:
    return tuple(
        Section(
            title=token["name"],
            anchor=HEADING_ID_PREFIX + token["id"],
            subsections=_sections(token["children"]),
        )
        for token in tokens
    )


def sanitise(html: str) -> str:
    """Keep only the markup an article needs."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        id_prefix=HEADING_ID_PREFIX,
    )


def render_markdown(text: str) -> RenderedMarkdown:
    """Turn an article body into safe HTML plus its headings for a table of contents."""
    md = markdown.Markdown(
        extensions=[_DemoteTopHeadingsExtension(), "toc", "tables", "fenced_code", "sane_lists"],
        extension_configs={"toc": {"toc_depth": "2-3"}},
    )
    html = md.convert(text)
    return RenderedMarkdown(html=sanitise(html), sections=_sections(md.toc_tokens))
