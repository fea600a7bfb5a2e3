"""The after-the-degree facts of the demo programmes: each one names a real demo programme,
carries the official page it was read on, and stays within what the site can show."""

from datetime import date
from decimal import Decimal

import pytest

from programs.demo import americas, asia_oceania, britain, europe
from programs.demo.careers import CAREERS

PROGRAMMES = {
    (programme["university"], programme["slug"])
    for module in (americas, britain, europe, asia_oceania)
    for programme in module.PROGRAMMES
}

PLACEMENT_FACTS = {"placement", "placement_months", "placement_paid", "sponsored_project"}
CAREERS_FACTS = {
    "careers_service",
    "employer_events",
    "alumni_network",
    "support_after_graduating",
    "support_after_months",
}
ENTRY_KEYS = PLACEMENT_FACTS | CAREERS_FACTS | {"sources", "destinations"}
SOURCE_KEYS = {"url", "intake", "checked"}
ROW_REQUIRED = {"year", "counted", "reported_by", "source_url", "checked"}
ROW_OPTIONAL = {
    "within_months",
    "cohort_size",
    "employment_rate",
    "further_study_rate",
    "median_salary",
    "salary_currency",
    "top_employers",
    "roles",
}
ROLES = {
    "ml-engineer",
    "data-scientist",
    "research-scientist",
    "ai-product-manager",
    "computer-vision-engineer",
    "nlp-engineer",
}
CURRENCIES = {"GBP", "USD", "EUR", "CHF", "CAD", "AUD", "NZD", "SGD", "HKD", "JPY", "INR", "AED"}

ENTRIES = sorted(CAREERS.items())
IDS = [f"{university}/{slug}" for (university, slug), _ in ENTRIES]


def test_the_demo_programmes_are_read():
    assert len(PROGRAMMES) > 40


def test_every_key_names_a_demo_programme():
    assert set(CAREERS) <= PROGRAMMES


@pytest.mark.parametrize(("key", "entry"), ENTRIES, ids=IDS)
def test_an_entry_holds_only_known_facts_and_says_something(key, entry):
    assert set(entry) <= ENTRY_KEYS
    assert (set(entry) & (PLACEMENT_FACTS | CAREERS_FACTS)) or entry.get("destinations")


@pytest.mark.parametrize(("key", "entry"), ENTRIES, ids=IDS)
def test_every_fact_has_its_source_group(key, entry):
    sources = entry.get("sources", {})
    assert set(sources) <= {"placement", "careers"}
    if set(entry) & PLACEMENT_FACTS:
        assert "placement" in sources
    if set(entry) & CAREERS_FACTS:
        assert "careers" in sources
    for group in ("placement", "careers"):
        if group in sources:
            facts = PLACEMENT_FACTS if group == "placement" else CAREERS_FACTS
            assert set(entry) & facts, f"{group} source given for no fact"


@pytest.mark.parametrize(("key", "entry"), ENTRIES, ids=IDS)
def test_sources_are_official_https_pages_with_dates(key, entry):
    for source in entry.get("sources", {}).values():
        assert set(source) == SOURCE_KEYS
        assert source["url"].startswith("https://")
        date.fromisoformat(source["checked"])
        if source["intake"] is not None:
            date.fromisoformat(source["intake"])


@pytest.mark.parametrize(("key", "entry"), ENTRIES, ids=IDS)
def test_placement_facts_are_within_the_allowed_values(key, entry):
    if "placement" in entry:
        assert entry["placement"] in {"none", "optional", "required"}
    if "placement_months" in entry or "placement_paid" in entry:
        assert entry.get("placement") in {"optional", "required"}
    if "placement_months" in entry:
        months = entry["placement_months"]
        assert isinstance(months, int) and not isinstance(months, bool)
        assert 1 <= months <= 24
    for flag in ("placement_paid", "sponsored_project"):
        if flag in entry:
            assert isinstance(entry[flag], bool)


@pytest.mark.parametrize(("key", "entry"), ENTRIES, ids=IDS)
def test_careers_facts_are_within_the_allowed_values(key, entry):
    for flag in (
        "careers_service",
        "employer_events",
        "alumni_network",
        "support_after_graduating",
    ):
        if flag in entry:
            assert isinstance(entry[flag], bool)
    if "support_after_months" in entry:
        assert entry.get("support_after_graduating") is True
        months = entry["support_after_months"]
        assert isinstance(months, int) and not isinstance(months, bool)
        assert 1 <= months <= 600


def share(value: str) -> Decimal:
    number = Decimal(value)
    assert number.as_tuple().exponent == -1, f"{value} has not one decimal"
    assert 0 <= number <= 100
    return number


@pytest.mark.parametrize(("key", "entry"), ENTRIES, ids=IDS)
def test_destination_rows_are_sourced_and_within_range(key, entry):
    for row in entry.get("destinations", []):
        assert ROW_REQUIRED <= set(row) <= ROW_REQUIRED | ROW_OPTIONAL
        assert isinstance(row["year"], int) and 1990 <= row["year"] <= 2030
        assert row["counted"].strip() and row["reported_by"].strip()
        assert row["source_url"].startswith("https://")
        date.fromisoformat(row["checked"])
        for rate in ("employment_rate", "further_study_rate"):
            if rate in row:
                share(row[rate])
        if "employment_rate" in row and "further_study_rate" in row:
            assert share(row["employment_rate"]) + share(row["further_study_rate"]) <= 100
        if "employment_rate" in row or "further_study_rate" in row:
            assert "within_months" in row, "a share says within how many months"
        if "within_months" in row:
            assert 1 <= row["within_months"] <= 60
        if "cohort_size" in row:
            assert isinstance(row["cohort_size"], int) and row["cohort_size"] > 0
        if "median_salary" in row:
            assert Decimal(row["median_salary"]) > 0
            assert row.get("salary_currency") in CURRENCIES
        if "salary_currency" in row:
            assert "median_salary" in row
        if "roles" in row:
            assert row["roles"] and set(row["roles"]) <= ROLES
        if "top_employers" in row:
            assert row["top_employers"].strip()
