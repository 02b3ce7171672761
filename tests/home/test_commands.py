from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError


@pytest.mark.django_db
def test_dev_admin_is_refused_outside_development():
    with pytest.raises(CommandError, match="development settings"):
        call_command("create_dev_admin", stdout=StringIO())
    assert not get_user_model().objects.filter(username="admin").exists()


@pytest.mark.django_db
def test_dev_admin_prints_its_login_and_speaks_dutch(settings):
    from wagtail.users.models import UserProfile

    settings.DEBUG = True
    out = StringIO()
    call_command("create_dev_admin", url="http://127.0.0.1:8123/admin/", stdout=out)
    assert "http://127.0.0.1:8123/admin/  user: admin  password: kennisbank" in out.getvalue()
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password("kennisbank")
    assert UserProfile.get_for_user(user).preferred_language == "nl"
