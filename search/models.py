from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import Query


class NoResultsDailyHits(models.Model):
    """How often a search term found nothing on a day, next to Wagtail's `QueryDailyHits`
    (how often it was searched). Only the normalised words and a count per day are kept: no
    visitor, address, session or time of day."""

    query = models.ForeignKey(Query, on_delete=models.CASCADE, related_name="no_results_daily_hits")
    date = models.DateField(_("datum"))
    hits = models.PositiveIntegerField(_("aantal"), default=0)

    class Meta:
        verbose_name = _("zoekopdracht zonder resultaat per dag")
        verbose_name_plural = _("zoekopdrachten zonder resultaat per dag")
        constraints = [
            models.UniqueConstraint(fields=["query", "date"], name="unique_no_results_per_day")
        ]

    def __str__(self):
        return f"{self.query} ({self.date}): {self.hits}"

    @classmethod
    def add_hit(cls, query, date=None):
        day, _created = cls.objects.get_or_create(query=query, date=date or timezone.localdate())
        cls.objects.filter(pk=day.pk).update(hits=models.F("hits") + 1)
