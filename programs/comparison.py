"""Programmes side by side: the rows of the comparison, grouped as people weigh them.

``build(programs, rate)`` turns programmes loaded with ``load()`` into
groups of rows, one cell per programme. Only rows where lower is better for everyone
(the total costs) say so (``better=``), so that only their best and worst figure are
marked: a longer programme, more topics or partners, or a reported salary are not
plainly better for every student; every row knows whether its cells differ, so
the page (and the CSV export) can show only the differences. Nothing here touches the
request or the database beyond that one queryset.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlsplit

from django.utils.formats import date_format
from django.utils.text import slugify

from core.spreadsheets import neutralise

from . import after_degree
from .models import Course, ExchangeRate, FactSource, Program
from .models.careers import NOT_PUBLISHED, yes_no_unknown
from .money import FEE_STATUSES, HOME, INTERNATIONAL, convert
from .money import format_amount as amount

LOWER = "lower"
HIGHER = "higher"


@dataclass
class Cell:
    text: str
    value: Decimal | int | None = None
    url: str = ""
    missing: bool = False
    note: str = ""
    badge: str = ""
    mark: str = ""
    source: str = ""  # the page a figure comes from, linked beside it

    @property
    def export_text(self) -> str:
        """What the CSV holds: the figure, or the link where the page shows one, with
        its note and its source."""
        text = self.url or self.text
        notes = [self.note] if self.note else []
        if self.source:
            notes.append(f"source {self.source}")
        return f"{text} ({'; '.join(notes)})" if notes else text


@dataclass
class Row:
    label: str
    cells: list[Cell]
    better: str = ""

    @property
    def key(self) -> str:
        return slugify(self.label)

    @property
    def differs(self) -> bool:
        return len({(cell.text, cell.note) for cell in self.cells}) > 1

    def mark_extremes(self) -> None:
        """Mark the best and the worst known figure; equal figures share the mark."""
        known = [cell.value for cell in self.cells if cell.value is not None]
        if not self.better or len(known) < 2 or min(known) == max(known):
            return
        best, worst = min(known), max(known)
        if self.better == HIGHER:
            best, worst = worst, best
        for cell in self.cells:
            if cell.value == best:
                cell.mark = "best"
            elif cell.value == worst:
                cell.mark = "worst"


@dataclass
class Group:
    title: str
    rows: list[Row]
    note: str = ""

    @property
    def key(self) -> str:
        return slugify(self.title)

    def only_differences(self) -> Group:
        return Group(self.title, [row for row in self.rows if row.differs], self.note)


@dataclass
class Comparison:
    programs: list[Program]
    rate: ExchangeRate
    groups: list[Group]
    coverage: Group

    @property
    def unverified(self) -> list[Program]:
        """Programmes never verified or verified too long ago."""
        return [program for program in self.programs if program.is_stale]

    def visible_groups(self, only_differences: bool = False) -> list[Group]:
        groups = [*self.groups, self.coverage]
        if only_differences:
            groups = [group.only_differences() for group in groups]
        return [group for group in groups if group.rows]

    def hidden_row_count(self) -> int:
        return sum(
            1 for group in [*self.groups, self.coverage] for row in group.rows if not row.differs
        )

    def to_csv(self, only_differences: bool = False) -> str:
        """The same rows as the page, one column per programme."""
        out = io.StringIO()
        writer = csv.writer(out)
        titles = [f"{p.title}, {p.university.name}" for p in self.programs]
        writer.writerow([neutralise(text) for text in ["Group", "Row", *titles]])
        for group in self.visible_groups(only_differences):
            for row in group.rows:
                cells = [group.title, row.label, *(cell.export_text for cell in row.cells)]
                writer.writerow([neutralise(text) for text in cells])
        return out.getvalue()


# Building the rows ---------------------------------------------------------


def missing(text: str = "not listed") -> Cell:
    return Cell(text, missing=True)


def yes_no(flag: bool) -> Cell:
    return Cell("Yes" if flag else "No")


def money_cell(base: Decimal | None, rate: ExchangeRate, unknown: str = "not known") -> Cell:
    if base is None:
        return missing(unknown)
    converted = rate.from_base(base)
    return Cell(amount(converted, rate.currency), value=converted)


def count_cell(items: list[str], singular: str, plural: str) -> Cell:
    """How many, and which. Nothing listed may mean nothing known, so it is shown as
    missing and never marked as the worst."""
    if not items:
        return missing("none listed")
    noun = singular if len(items) == 1 else plural
    return Cell(f"{len(items)} {noun}: " + ", ".join(items), value=len(items))


COVERAGE_LABELS = {
    "required": "Required course",
    "elective": "Elective",
    "listed": "Covered",
}


def time_rows(programs: list[Program]) -> list[Row]:
    def starts(program: Program) -> Cell:
        terms = [date_format(term.starts_on, "F Y") for term in program.start_terms.all()]
        return Cell(", ".join(terms)) if terms else missing()

    def deadline(program: Program) -> Cell:
        closes = getattr(program, "next_deadline", None)
        if closes is None:
            return missing("none upcoming")
        return Cell(date_format(closes, "j M Y"))

    return [
        Row(
            "Duration",
            [Cell(f"{p.duration_months} months", value=p.duration_months) for p in programs],
        ),
        Row("Pace", [Cell(p.get_pace_display()) for p in programs]),
        Row("Format", [Cell(p.get_delivery_display()) for p in programs]),
        Row("Starts", [starts(p) for p in programs]),
        Row("Next application deadline", [deadline(p) for p in programs]),
    ]


def money_rows(programs: list[Program], rate: ExchangeRate, international: bool) -> list[Row]:
    fees = FEE_STATUSES[INTERNATIONAL if international else HOME]

    def published_tuition(program: Program) -> Cell:
        tuition = program.tuition_for(international)
        if tuition is None:
            return missing("not published" if international else "not known")
        return Cell(
            f"{amount(tuition, program.tuition_currency_id)} {program.get_tuition_basis_display()}"
        )

    def living(program: Program) -> Cell:
        if program.living_cost_monthly is None:
            return missing("no estimate")
        monthly = amount(program.living_cost_monthly, program.living_cost_currency_id)
        return Cell(f"about {monthly} a month")

    return [
        Row(f"Tuition as published, {fees}", [published_tuition(p) for p in programs]),
        Row(
            f"Total tuition, {fees}",
            [money_cell(p.total_cost_base(international=international), rate) for p in programs],
            better=LOWER,
        ),
        Row("Living costs", [living(p) for p in programs]),
        Row(
            f"Total with living costs, {fees}",
            [
                money_cell(p.total_cost_base(international=international, living=True), rate)
                for p in programs
            ],
            better=LOWER,
        ),
    ]


def curriculum_rows(programs: list[Program], coverage: list[dict]) -> list[Row]:
    def courses(program: Program, kind: str) -> Cell:
        titles = [course.title for course in program.courses.all() if course.kind == kind]
        if kind == Course.Kind.ELECTIVE:
            return count_cell(titles, "elective", "electives")
        return count_cell(titles, "required course", "required courses")

    return [
        Row("Degree", [Cell(p.get_degree_type_display()) for p in programs]),
        Row("Subject", [Cell(p.get_subject_area_display()) for p in programs]),
        Row("Teaching language", [Cell(p.get_language_display()) for p in programs]),
        Row(
            "Topics covered",
            [count_cell(sorted(t.name for t in topics), "topic", "topics") for topics in coverage],
        ),
        Row("Required courses", [courses(p, "required") for p in programs]),
        Row("Electives", [courses(p, "elective") for p in programs]),
        Row("Thesis option", [yes_no(p.has_thesis) for p in programs]),
        Row("Capstone project", [yes_no(p.has_capstone) for p in programs]),
    ]


def faculty_rows(programs: list[Program]) -> list[Row]:
    def people(program: Program) -> Cell:
        names = [person.name for person in program.faculty.all()]
        return count_cell(names, "person", "people")

    def research(program: Program) -> Cell:
        topics = {t.name for person in program.faculty.all() for t in person.research_topics.all()}
        names = sorted(topics)
        return Cell(", ".join(names)) if names else missing()

    return [
        Row("Faculty listed", [people(p) for p in programs]),
        Row("Research topics", [research(p) for p in programs]),
    ]


def industry_rows(programs: list[Program]) -> list[Row]:
    def partners(program: Program) -> Cell:
        links = [
            f"{link.partner.name} ({link.get_kind_display().lower()})"
            for link in program.partnerships.all()
        ]
        return count_cell(links, "partner link", "partner links")

    return [Row("Industry partners", [partners(p) for p in programs])]


def after_degree_rows(programs: list[Program], rate: ExchangeRate) -> list[Row]:
    """Placement, sponsored project, careers support and where graduates went. None of
    these is plainly better for everyone, so none marks a best or a worst; what a
    programme does not publish reads "Not published", never "No"."""

    def stated(text: str) -> Cell:
        return missing(text) if text == NOT_PUBLISHED else Cell(text)

    def careers(program: Program) -> Cell:
        text, note = after_degree.careers_summary(program)
        return Cell(text, note=note) if text else missing(NOT_PUBLISHED)

    def share(program: Program, attribute: str, what: str) -> Cell:
        outcome = program.latest_outcome(attribute)
        if outcome is None:
            return missing(NOT_PUBLISHED)
        value = getattr(outcome, attribute)
        note = after_degree.share_note(outcome)
        text = f"{after_degree.percent(value)} {what}"
        return Cell(text, value=value, note=note, source=outcome.source_url)

    def salary(program: Program) -> Cell:
        outcome = program.latest_outcome("median_salary")
        if outcome is None or outcome.salary_currency is None:
            return missing(NOT_PUBLISHED)
        converted = convert(outcome.median_salary, outcome.salary_currency, rate)
        original = ""
        if outcome.salary_currency_id != rate.currency:
            original = amount(outcome.median_salary, outcome.salary_currency_id)
        note = after_degree.year_note(outcome, original)
        text = amount(converted, rate.currency)
        return Cell(text, value=converted, note=note, source=outcome.source_url)

    def roles(program: Program) -> Cell:
        outcome = after_degree.latest_with_roles(program)
        if outcome is None:
            return missing(NOT_PUBLISHED)
        note = after_degree.year_note(outcome)
        return Cell(", ".join(outcome.named_roles()), note=note, source=outcome.source_url)

    def employers(program: Program) -> Cell:
        outcome = program.latest_outcome("top_employers")
        if outcome is None:
            return missing(NOT_PUBLISHED)
        note = after_degree.year_note(outcome)
        return Cell(outcome.top_employers, note=note, source=outcome.source_url)

    return [
        Row("Placement", [stated(p.placement_text) for p in programs]),
        Row(
            "Sponsored project",
            [stated(yes_no_unknown(p.sponsored_project)) for p in programs],
        ),
        Row("Careers support", [careers(p) for p in programs]),
        Row("Share in work", [share(p, "employment_rate", "in work") for p in programs]),
        Row(
            "Share in further study",
            [share(p, "further_study_rate", "in further study") for p in programs],
        ),
        Row(f"Median salary ({rate.currency})", [salary(p) for p in programs]),
        Row("Roles named", [roles(p) for p in programs]),
        Row("Employers include", [employers(p) for p in programs]),
    ]


def requirement_rows(programs: list[Program]) -> list[Row]:
    def english(program: Program) -> Cell:
        tests = []
        if program.min_ielts is not None:
            tests.append(f"IELTS {program.min_ielts}")
        if program.min_toefl is not None:
            tests.append(f"TOEFL iBT {program.min_toefl}")
        return Cell(" or ".join(tests)) if tests else missing()

    def background(program: Program) -> Cell:
        return Cell(program.required_background) if program.required_background else missing()

    def experience(program: Program) -> Cell:
        months = program.work_experience_months
        return Cell(f"{months} months") if months else Cell("not required")

    return [
        Row(
            "Background",
            [background(p) for p in programs],
        ),
        Row("English", [english(p) for p in programs]),
        Row("GRE", [Cell(p.get_gre_display()) for p in programs]),
        Row("Work experience", [experience(p) for p in programs]),
    ]


def source_cell(source) -> Cell:
    """Where a fact comes from, the intake it speaks for and its last check."""
    if source is None or not source.is_sourced:
        return missing("not sourced")
    checked = date_format(source.checked_on, "j M Y") if source.checked_on else "not yet"
    note = f"for {source.speaks_for_label}; checked {checked}"
    if source.is_stale():
        return Cell("may be out of date", url=source.source_url, note=note, badge="warning")
    return Cell("sourced", url=source.source_url, note=note, badge="success")


def freshness_rows(programs: list[Program]) -> list[Row]:
    def official_page(program: Program) -> Cell:
        if not program.official_url:
            return missing("no source given")
        host = urlsplit(program.official_url).hostname or "official page"
        return Cell(host.removeprefix("www."), url=program.official_url)

    def verified(program: Program) -> Cell:
        if program.last_verified is None:
            return Cell("Unverified, approximate", badge="warning")
        text = date_format(program.last_verified, "j M Y")
        if program.is_stale:
            return Cell(text, note="may be out of date", badge="warning")
        return Cell(text, badge="success")

    def dates(program: Program) -> Cell:
        intakes = program.intakes()
        published = intakes.published
        return source_cell(published[0] if published else intakes.last_started)

    facts = [
        ("Tuition", FactSource.Fact.TUITION),
        ("Duration", FactSource.Fact.DURATION),
        ("Entry requirements", FactSource.Fact.REQUIREMENTS),
        ("Living costs", FactSource.Fact.LIVING),
        ("Placement", FactSource.Fact.PLACEMENT),
        ("Careers support", FactSource.Fact.CAREERS),
    ]
    return [
        Row("Official page", [official_page(p) for p in programs]),
        *(Row(f"{label}: source", [source_cell(p.source_of(fact)) for p in programs])
          for label, fact in facts),
        Row("Dates: source", [dates(p) for p in programs]),
        Row("Last verified", [verified(p) for p in programs]),
    ]  # fmt: skip


def coverage_group(programs: list[Program], coverage: list[dict]) -> Group:
    topics = sorted({topic for covered in coverage for topic in covered}, key=lambda t: t.name)
    rows = [
        Row(
            topic.name,
            [
                Cell(COVERAGE_LABELS[covered[topic]], badge=covered[topic])
                if topic in covered
                else missing("—")
                for covered in coverage
            ],
        )
        for topic in topics
    ]
    return Group(
        "Topic coverage",
        rows,
        note="Required: taught in a required course. Elective: only in electives. "
        "Covered: the programme lists the topic without course details.",
    )


def build(programs: list[Program], rate: ExchangeRate, international: bool = False) -> Comparison:
    """Every row of the comparison, for programmes from ``load()``, with amounts for
    home or international fees."""
    coverage = [program.topic_coverage() for program in programs]
    groups = [
        Group("Time", time_rows(programs)),
        Group(
            f"Money, in {rate.currency}",
            money_rows(programs, rate, international),
            note=f"Converted at the exchange rates of {date_format(rate.as_of, 'j M Y')}.",
        ),
        Group("Curriculum", curriculum_rows(programs, coverage)),
        Group("Faculty and research", faculty_rows(programs)),
        Group("Industry links", industry_rows(programs)),
        Group(
            "After the degree",
            after_degree_rows(programs, rate),
            note=after_degree.ASK_THE_PROGRAMME,
        ),
        Group("Requirements", requirement_rows(programs)),
        Group("Where the facts come from", freshness_rows(programs)),
    ]
    for group in groups:
        for row in group.rows:
            row.mark_extremes()
    return Comparison(
        programs=programs,
        rate=rate,
        groups=groups,
        coverage=coverage_group(programs, coverage),
    )


def load(ids: list[int]) -> list[Program]:
    """The published programmes with these ids, loaded for comparing, in the order given."""
    return Program.objects.published().for_detail().in_order(ids)
