"""Sessions and messages stay small whatever a visitor or a crawler does."""

import subprocess
from pathlib import Path

import pytest
from django.contrib.messages import get_messages
from django.contrib.sessions.models import Session
from django.urls import reverse

from core.messages import KEPT_MESSAGES
from tests.factories import ProgramFactory

pytestmark = pytest.mark.django_db


def test_a_visit_that_only_reads_leaves_no_session_row(client, catalogue):
    for query in [{"currency": "USD"}, {"currency": "GBP", "page": "2"}, {"currency": "USD"}]:
        assert client.get(reverse("programs:list"), query).status_code == 200
    client.get(catalogue["cmu"].get_absolute_url(), {"currency": "USD"})
    client.get(reverse("programs:compare"), {"currency": "USD"})

    assert not Session.objects.exists()
    assert "sessionid" not in client.cookies


def test_page_links_carry_the_currency_for_a_visitor_without_a_session(client, db):
    ProgramFactory.create_batch(25, status="published")

    html = client.get(reverse("programs:list"), {"currency": "USD"}).content.decode()

    assert "currency=USD&amp;page=2" in html or "page=2&amp;currency=USD" in html


def test_a_visitor_with_a_session_has_their_currency_remembered(client, catalogue):
    client.post(reverse("programs:shortlist_add"), {"program": catalogue["eth"].pk})
    client.get(reverse("programs:list"), {"currency": "USD"})

    response = client.get(reverse("programs:list"))

    assert response.context["rate"].currency == "USD"
    assert Session.objects.count() == 1


def test_messages_a_visitor_never_reads_do_not_pile_up(client, catalogue):
    for _ in range(200):
        for key in ("eth", "cmu"):
            client.post(reverse("programs:shortlist_add"), {"program": catalogue[key].pk})
            client.post(reverse("programs:shortlist_remove"), {"program": catalogue[key].pk})

    response = client.get(reverse("programs:shortlist"))

    assert len(list(get_messages(response.wsgi_request))) <= KEPT_MESSAGES
    session = Session.objects.get().get_decoded()
    assert len(str(session)) < 4000


def test_expired_sessions_are_cleared_by_make():
    root = Path(__file__).resolve().parents[2]
    for target in ("clearsessions", "serve"):
        dry_run = subprocess.run(
            ["make", "-n", target],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        )
        assert "manage.py clearsessions" in dry_run.stdout, target
