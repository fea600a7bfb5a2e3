"""make backup / make restore: everything an editor made survives a round trip."""

import io
import stat

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command

from advice.models import Article
from core.editors import EDITORS_GROUP
from programs.models import Program
from tests.factories import (
    ArticleFactory,
    CourseFactory,
    OutcomeFactory,
    PartnershipFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)

CONTENT_APPS = ["programs", "advice", "auth"]


def content_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for app in CONTENT_APPS
        for model in apps.get_app_config(app).get_models()
        if model._meta.label != "auth.Permission"
    }


def test_backup_and_restore_round_trip_loses_nothing(catalogue, tmp_path):
    program = catalogue["ucl"]
    topic = TopicFactory(name="Deep learning", slug="deep-learning")
    CourseFactory(program=program, title="Deep Learning").topics.add(topic)
    OutcomeFactory(program=program, year=2024)
    PartnershipFactory(program=program)
    ArticleFactory(title="Is a master's worth it?", status="published")
    editor = User.objects.create_user("editor", password="pw", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    program.title = "MSc Machine Learning (Online)"
    program._history_user = editor
    program.save()
    before = content_counts()
    histories_before = program.history.count()
    backup = tmp_path / "backup.json.gz"

    call_command("backup", output=str(backup))
    call_command("flush", interactive=False, verbosity=0)
    assert Program.objects.count() == 0
    call_command("restore", str(backup))

    assert content_counts() == before
    restored = Program.objects.get(pk=program.pk)
    assert restored.title == "MSc Machine Learning (Online)"
    assert restored.tuition_total_base == program.tuition_total_base
    assert restored.history.count() == histories_before
    assert restored.history.first().history_user.username == "editor"
    assert User.objects.get(username="editor").check_password("pw")
    assert User.objects.get(username="editor").groups.filter(name=EDITORS_GROUP).exists()
    assert Article.objects.get().title == "Is a master's worth it?"


def test_restore_refuses_a_database_that_holds_content(catalogue, tmp_path):
    backup = tmp_path / "backup.json.gz"
    call_command("backup", output=str(backup))

    with pytest.raises(CommandError, match="already holds content"):
        call_command("restore", str(backup))


def test_restore_explains_a_missing_file(db):
    with pytest.raises(CommandError, match="No backup file"):
        call_command("restore", "/nonexistent/backup.json.gz")


def test_a_backup_is_readable_by_its_owner_only(db, tmp_path):
    User.objects.create_user("editor", password="pw")
    output = tmp_path / "backups" / "site.json.gz"
    existing = tmp_path / "old.json.gz"
    existing.write_bytes(b"")
    existing.chmod(0o644)

    call_command("backup", output=str(output), stdout=io.StringIO())
    call_command("backup", output=str(existing), stdout=io.StringIO())

    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    assert stat.S_IMODE(existing.stat().st_mode) == 0o600
    assert stat.S_IMODE(output.parent.stat().st_mode) & 0o077 == 0
