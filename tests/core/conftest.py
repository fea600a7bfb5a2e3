import pytest
from django.contrib.auth.models import Group, User

from core.editors import EDITORS_GROUP


@pytest.fixture
def editor(client, db):
    """A member of the Editors group, logged in on ``client``."""
    user = User.objects.create_user("editor", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    client.force_login(user)
    return user
