from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Bibliotheek")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from wagtail.models import (
            Collection,
            CollectionViewRestriction,
            Locale,
            Page,
            PageViewRestriction,
            Site,
        )
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .links import invalidate
        from .moderation import approve_documents_of_page

        page_published.connect(invalidate, dispatch_uid="library-page-published")
        page_published.connect(approve_documents_of_page, dispatch_uid="library-page-documents")
        page_unpublished.connect(invalidate, dispatch_uid="library-page-unpublished")
        post_page_move.connect(invalidate, dispatch_uid="library-page-moved")
        post_delete.connect(invalidate, sender=Page, dispatch_uid="library-page-deleted")
        for model in (PageViewRestriction, CollectionViewRestriction, Collection, Site, Locale):
            name = model._meta.model_name
            post_save.connect(invalidate, sender=model, dispatch_uid=f"library-{name}-save")
            post_delete.connect(invalidate, sender=model, dispatch_uid=f"library-{name}-del")
