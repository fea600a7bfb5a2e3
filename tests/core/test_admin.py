"""Bulk actions in the admin leave a trace in each row's history: who, and why."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from core.editors import EDITORS_GROUP
from programs.models import Program
from tests.factories import ProgramFactory

pytestmark = pytest.mark.django_db


def test_a_bulk_action_records_the_editor_and_the_reason_for_each_programme(client):
    editor = User.objects.create_user("editor", password="pw", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    client.force_login(editor)
    drafts = ProgramFactory.create_batch(2, status=Program.Status.DRAFT)

    response = client.post(
        reverse("admin:programs_program_changelist"),
        {"action": "publish", "_selected_action": [program.pk for program in drafts]},
        follow=True,
    )

    assert "2 programme(s) published." in response.content.decode()
    for program in drafts:
        latest = program.history.latest()
        assert latest.status == Program.Status.PUBLISHED
        assert latest.history_user == editor
        assert latest.history_change_reason == "Bulk action: published"
