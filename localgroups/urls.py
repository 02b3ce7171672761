from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "localgroups"

urlpatterns = [
    path(_("uitnodiging/<str:token>/"), views.accept_invitation, name="accept_invitation"),
]
