"""The Editors group, as every migrate leaves it."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from core.editors import EDITORS_GROUP

pytestmark = pytest.mark.django_db


def test_editors_may_curate_the_catalogue_and_the_advice_and_nothing_else():
    editors = Group.objects.get(name=EDITORS_GROUP)
    curated = Permission.objects.filter(content_type__app_label__in=["programs", "advice"])

    assert set(editors.permissions.all()) == set(curated)
    assert curated.filter(codename="change_program").exists()
    assert curated.filter(codename="change_article").exists()


def test_migrate_gives_back_permissions_taken_from_the_editors():
    editors = Group.objects.get(name=EDITORS_GROUP)
    editors.permissions.clear()

    call_command("migrate", verbosity=0)

    assert editors.permissions.filter(codename="change_program").exists()
    assert editors.permissions.filter(codename="delete_article").exists()
