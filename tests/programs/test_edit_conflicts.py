"""Two editors saving the same programme at the same moment: one wins, the other is told.

The requests run in two threads with their own database connections, so that the check
and the save of one really interleave with the other's, on SQLite and on PostgreSQL.
"""

import threading

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.urls import reverse

from programs.admin import ProgramAdmin
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
    # The second save runs as far as it can meanwhile: on PostgreSQL to the row lock its
    # check takes, on SQLite (a database file) to the write lock its transaction begins with.
    second_thread = in_thread(lambda: second.post(url, second_form), results, "second")
    second_thread.join(timeout=0.5)
    assert second_thread.is_alive(), "the second save waits for the first"
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
