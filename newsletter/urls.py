"""Public newsletter addresses outside the page tree: the one-click unsubscribe link must accept
a POST without cookies or a CSRF token (RFC 8058), which a page route cannot."""

from django.urls import path

from . import views

app_name = "newsletter"

urlpatterns = [
    path("nieuwsbrief/afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
