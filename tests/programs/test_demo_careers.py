"""The demo loader puts each programme's after-the-degree facts, their sources and its
graduates' destinations in place, and running it again changes nothing."""

from datetime import date
from decimal import Decimal

import pytest

from programs import demo
from programs.demo import careers as careers_data
from programs.models import FactSource, Outcome, Program, University
from programs.models.careers import ROLES

pytestmark = pytest.mark.django_db

CMU = ("carnegie-mellon", "ms-machine-learning")
# fmt: off
FACTS = {
    "placement": "required",
    "placement_months": 3,
    "placement_paid": True,
    "sponsored_project": True,
    "careers_service": True,
    "support_after_graduating": True,
    "support_after_months": 12,
    "sources": {
        "placement": {"url": "https://example.edu/practicum", "intake": "2026-08-24",
                      "checked": "2026-11-30"},
        "careers": {"url": "https://example.edu/careers", "intake": None,
                    "checked": "2026-11-30"},
    },
    "destinations": [
        {"year": 2023, "within_months": 6, "cohort_size": 80, "employment_rate": "91.0",
         "further_study_rate": "4.0", "median_salary": "120000", "salary_currency": "USD",
         "top_employers": "Example Corp", "roles": ["ml-engineer", "research-scientist"],
         "counted": "graduates answering the survey", "reported_by": "the career centre",
         "source_url": "https://example.edu/outcomes", "checked": "2026-11-30"},
    ],
}
# fmt: on


def load_cmu() -> Program:
    """One demo programme, loaded as ``seed_demo`` loads every one."""
    data = next(p for p in demo.PROGRAMMES if (p["university"], p["slug"]) == CMU)
    university_data = next(u for u in demo.UNIVERSITIES if u["slug"] == CMU[0])
    demo.load_exchange_rates()
    university, _ = University.objects.get_or_create(
        slug=CMU[0], defaults={k: v for k, v in university_data.items() if k != "slug"}
    )
    return demo.load_programme(data, university, demo.load_topics(), demo.load_roles())


def test_the_loader_applies_career_facts_sources_and_destinations(monkeypatch):
    monkeypatch.setattr(demo, "CAREERS", {CMU: FACTS})

    program = load_cmu()

    program.refresh_from_db()
    assert program.placement_text == "Required placement, 3 months, paid"
    assert program.sponsored_project is True
    assert program.employer_events is None  # not given: not published
    assert program.support_after_text == "Yes, for 12 months"
    sources = {source.fact: source for source in program.sources.all()}
    assert sources["placement"].intake == date(2026, 8, 24)
    assert sources["careers"].source_url == "https://example.edu/careers"
    assert "duration" in sources  # the programme's own sources stay
    outcome = program.outcomes.get()
    assert (outcome.year, outcome.within_months, outcome.cohort_size) == (2023, 6, 80)
    assert outcome.further_study_rate == Decimal("4.0")
    assert outcome.salary_currency_id == "USD"
    assert outcome.reported_by == "the career centre"
    assert outcome.named_roles() == ["ML engineer", "Research scientist"]


def test_the_loader_counts_programmes_with_sourced_after_the_degree_facts(monkeypatch):
    monkeypatch.setattr(demo, "CAREERS", {})
    assert demo.careers_coverage([load_cmu()]) == {
        "placement": 0,
        "careers support": 0,
        "destination": 0,
    }
    monkeypatch.setattr(demo, "CAREERS", {CMU: FACTS})

    assert demo.careers_coverage([load_cmu()]) == {
        "placement": 1,
        "careers support": 1,
        "destination": 1,
    }


def test_loading_again_changes_nothing(monkeypatch):
    monkeypatch.setattr(demo, "CAREERS", {CMU: FACTS})
    load_cmu()
    history = (Program.history.count(), Outcome.history.count(), FactSource.history.count())

    load_cmu()

    assert (Program.history.count(), Outcome.history.count(), FactSource.history.count()) == (
        history
    )


def test_a_destination_of_a_year_the_programme_has_updates_that_year():
    data = {"slug": "x", "outcomes": [{"year": 2023, "employment_rate": 80, "counted": "all"}]}
    careers = {"destinations": [{"year": 2023, "further_study_rate": "9.0"},
                                {"year": 2024, "employment_rate": "85.0"}]}  # fmt: skip

    merged = demo.with_careers(data, careers)

    assert merged["outcomes"] == [
        {"year": 2023, "employment_rate": 80, "counted": "all", "further_study_rate": "9.0"},
        {"year": 2024, "employment_rate": "85.0"},
    ]


def test_without_career_facts_a_programme_keeps_only_what_its_own_data_says(monkeypatch):
    monkeypatch.setattr(demo, "CAREERS", {})
    program = load_cmu()

    assert program.placement == "optional"  # the programme's own data says so
    assert program.sponsored_project is None
    assert not program.sources.filter(fact__in=["placement", "careers"]).exists()


# The shipped data, whatever it holds --------------------------------------------------


def test_every_careers_entry_names_a_demo_programme_and_known_roles():
    programmes = {(p["university"], p["slug"]) for p in demo.PROGRAMMES}
    roles = {slug for slug, _ in ROLES}

    for key, entry in careers_data.CAREERS.items():
        assert key in programmes, key
        assert set(entry.get("sources", {})) <= {"placement", "careers"}, key
        for destination in entry.get("destinations", []):
            assert set(destination.get("roles", [])) <= roles, key


def test_every_careers_entry_keeps_the_models_rules():
    demo.load_exchange_rates()
    for key, entry in careers_data.CAREERS.items():
        data = next(p for p in demo.PROGRAMMES if (p["university"], p["slug"]) == key)
        fields = demo.program_fields(demo.with_careers(data, entry))
        program = Program(
            **{name: fields[name] for name in demo.PROGRAM_DEFAULTS if name in fields}
        )
        assert program.career_errors() == {}, key
        for destination in entry.get("destinations", []):
            outcome = Outcome(
                year=destination["year"],
                employment_rate=demo.decimal(destination.get("employment_rate")),
                further_study_rate=demo.decimal(destination.get("further_study_rate")),
                median_salary=demo.decimal(destination.get("median_salary")),
                salary_currency_id=destination.get("salary_currency"),
                source_url=destination.get("source_url", ""),
                within_months=destination.get("within_months"),
                cohort_size=destination.get("cohort_size"),
                counted=destination.get("counted", ""),
                reported_by=destination.get("reported_by", ""),
            )
            outcome.full_clean(exclude=["program"])
