"""Two editors saving the same programme at the same moment: one wins, the other is told.

The requests run in two threads with their own database connections, so that the check
and the save of one really interleave with the other's, on SQLite and on PostgreSQL.
"""

import threading

import pytest
from django.contrib.auth.models import User
from django.db import OperationalError, connection, transaction
from django.test import Client
from django.urls import reverse

from programs.admin import ProgramAdmin
from programs.models import Program
from tests.factories import ProgramFactory
from tests.programs.test_admin import change_form_data

pytestmark = pytest.mark.django_db(transaction=True)


def logged_in(username: str) -> Client:
    client = Client()
    client.force_login(User.objects.create_superuser(username, password="pw"))
    return client


def in_thread(target, results: dict, key: str) -> threading.Thread:
    def run():
        try:
            results[key] = target()
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def try_to_start_writing() -> bool:
    """Whether this connection is kept from writing (SQLite) by another's transaction."""
    try:
        with transaction.atomic():
            Program.objects.update(editor_notes="")
    except OperationalError as error:
        return "locked" in str(error)
    return False


def test_two_simultaneous_saves_never_both_pass(monkeypatch):
    program = ProgramFactory(title="MSc Machine Learning", duration_months=12)
    url = reverse("admin:programs_program_change", args=[program.pk])
    first, second = logged_in("first-editor"), logged_in("second-editor")
    first_form, second_form = change_form_data(first.get(url)), change_form_data(second.get(url))
    first_form["title"] = "MSc Machine Learning and Data"
    second_form["duration_months"] = 24

    # Hold the first save between its check and its write, while the second one runs.
    checked, release = threading.Event(), threading.Event()
    save_model = ProgramAdmin.save_model

    def held_save_model(self, request, obj, form, change):
        if request.user.username == "first-editor":
            checked.set()
            release.wait(timeout=10)
        return save_model(self, request, obj, form, change)

    monkeypatch.setattr(ProgramAdmin, "save_model", held_save_model)
    results = {}
    first_thread = in_thread(lambda: first.post(url, first_form), results, "first")
    assert checked.wait(timeout=10)
    if connection.vendor == "sqlite":
        # The test database lives in memory, where a second writer is refused at once
        # rather than made to wait as it is with a database file: show that the first
        # save holds the write lock from before its check, then run the second after it.
        blocked = in_thread(try_to_start_writing, results, "blocked")
        blocked.join(timeout=10)
        assert results["blocked"], "a second writer could start between check and save"
        release.set()
        first_thread.join(timeout=30)
        results["second"] = second.post(url, second_form)
    else:
        second_thread = in_thread(lambda: second.post(url, second_form), results, "second")
        second_thread.join(timeout=0.5)  # the second save runs as far as it can meanwhile
        release.set()
        first_thread.join(timeout=30)
        second_thread.join(timeout=30)

    assert results["first"].status_code == 302
    assert results["second"].status_code == 200
    assert "changed by first-editor" in results["second"].content.decode()
    program.refresh_from_db()
    assert program.title == "MSc Machine Learning and Data"
    assert program.duration_months == 12  # the second editor's change was not saved over it
    assert program.revision == 2
