"""Throw away cached navigation whenever what it shows may have changed."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from home import navigation
from home.models import FooterText, SiteSettings


def connect():
    page_published.connect(navigation.invalidate, dispatch_uid="nav-page-published")
    page_unpublished.connect(navigation.invalidate, dispatch_uid="nav-page-unpublished")
    post_page_move.connect(navigation.invalidate, dispatch_uid="nav-page-moved")
    post_delete.connect(navigation.invalidate, sender=Page, dispatch_uid="nav-page-deleted")
    published.connect(navigation.invalidate, sender=FooterText, dispatch_uid="nav-footer-pub")
    unpublished.connect(navigation.invalidate, sender=FooterText, dispatch_uid="nav-footer-unpub")
    post_delete.connect(navigation.invalidate, sender=FooterText, dispatch_uid="nav-footer-del")
    post_save.connect(navigation.invalidate, sender=SiteSettings, dispatch_uid="nav-settings")
    # Privacy, sites and languages change what is public and where it lives.
    for model in (PageViewRestriction, Site, Locale):
        name = model._meta.model_name
        post_save.connect(navigation.invalidate, sender=model, dispatch_uid=f"nav-{name}-save")
        post_delete.connect(navigation.invalidate, sender=model, dispatch_uid=f"nav-{name}-del")
