"""The OpenAPI schema: valid, complete, and true to what the API answers."""

import re

import pytest
import requests
import schemathesis
from django.http import QueryDict
from django.urls import reverse
from schemathesis.core.transport import Response

from programs.finder import Finder, ProgramFilter
from programs.forms import DisplayForm

pytestmark = pytest.mark.django_db

OPENAPI = "/api/v1/openapi.json"


@pytest.fixture
def schema(client):
    return schemathesis.openapi.from_dict(client.get(OPENAPI).json())


def conforms(schema, client, path: str, query: dict | None = None) -> int:
    """Check one real answer against the schema, as Schemathesis does; its status."""
    answer = client.get(path, query or {})
    template = path if path.count("/") < 6 else "/api/v1/programs/{university}/{slug}/"
    request = requests.Request("GET", f"http://testserver{path}", params=query).prepare()
    response = Response(
        status_code=answer.status_code,
        headers={name: [value] for name, value in answer.headers.items()},
        content=answer.content,
        request=request,
        elapsed=0.0,
        verify=True,
    )
    schema[template]["GET"].validate_response(response)
    return answer.status_code


def test_the_schema_is_valid_openapi(schema):
    schema.validate()
    assert schema.raw_schema["openapi"].startswith("3.")
    assert set(schema.raw_schema["paths"]) == {
        "/api/v1/programs/",
        "/api/v1/programs/{university}/{slug}/",
        "/api/v1/universities/",
        "/api/v1/topics/",
        "/api/v1/exchange-rates/",
    }


def test_every_parameter_of_the_finder_is_documented(catalogue, schema):
    parameters = schema.raw_schema["paths"]["/api/v1/programs/"]["get"]["parameters"]
    documented = {parameter["name"]: parameter for parameter in parameters}

    assert set(documented) == {
        *ProgramFilter.base_filters,
        *DisplayForm.base_fields,
        "page",
        "page_size",
    }
    assert documented["max_cost"]["description"] == "Highest total cost"
    assert documented["delivery"]["schema"]["items"]["enum"] == ["on_campus", "online", "hybrid"]
    assert documented["page_size"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 100}


def test_money_is_a_decimal_string_and_dates_are_dates(schema):
    components = schema.raw_schema["components"]["schemas"]

    amount = components["Money"]["properties"]["amount"]
    assert (amount["type"], amount["pattern"]) == ("string", "^[0-9]+\\.[0-9]{2}$")
    assert components["NextDeadline"]["properties"]["closes_on"]["format"] == "date"


@pytest.mark.parametrize(
    ("path", "query", "status"),
    [
        ("/api/v1/programs/", {"currency": "GBP", "fees": "intl", "living": "1"}, 200),
        ("/api/v1/programs/", {"max_cost": "x", "page": "0"}, 400),
        ("/api/v1/programs/cmu/msml/", {"currency": "USD"}, 200),
        ("/api/v1/programs/eth/msc-ds/", {}, 200),
        ("/api/v1/programs/ucl/draft/", {}, 404),
        ("/api/v1/universities/", {"page_size": 2}, 200),
        ("/api/v1/topics/", {}, 200),
        ("/api/v1/exchange-rates/", {}, 200),
    ],
)
def test_answers_conform_to_the_schema(catalogue, schema, client, path, query, status):
    assert conforms(schema, client, path, query) == status


def test_the_docs_page_loads_everything_from_this_site(client):
    page = client.get(reverse("api:openapi-view")).content.decode()

    assert "/static/ninja/swagger-ui-bundle.js" in page
    assert re.findall(r'(?:src|href)="([^"]*)"', page) == [
        "/static/ninja/swagger-ui.css",
        "/static/css/api-docs.css",
        "/static/favicon.svg",
        "/static/ninja/swagger-ui-bundle.js",
        "/static/ninja/swagger-ui-init.js",
    ]
    assert "http" not in page
    assert f'"url": "{OPENAPI}"' in page


def test_options_that_depend_on_the_catalogue_are_those_it_has_now(catalogue, schema):
    documented = {
        parameter["name"]: parameter["schema"]
        for parameter in schema.raw_schema["paths"]["/api/v1/programs/"]["get"]["parameters"]
    }

    assert documented["currency"]["enum"] == ["EUR", "GBP", "USD"]
    assert documented["topic"]["items"]["enum"] == [
        "computer-vision",
        "natural-language-processing",
        "reinforcement-learning",
    ]
    months = Finder(QueryDict()).form.fields["start"].choices
    assert documented["start"]["enum"] == [value for value, _ in months if value]
    assert len(documented["start"]["enum"]) == 4  # the published intakes' months


def test_a_filter_with_nothing_to_choose_from_is_left_out(client, db):
    parameters = client.get(OPENAPI).json()["paths"]["/api/v1/programs/"]["get"]["parameters"]

    assert "start" not in {parameter["name"] for parameter in parameters}
