"""RSS and Atom feeds of a news index, in the index's language (Django's syndication)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from home.models import Theme


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed
    route_name = "rss"

    def __init__(self, index):
        self.index = index
        self.language = index.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index.title} · {_('Kennisbank Sociale Alliantie')}"

    def link(self):
        return self.index.get_url(self.request)

    def feed_url(self):
        return self.index.get_url(self.request) + self.index.reverse_subpage(self.route_name)

    def description(self):
        return self.index.introduction or self.index.summary or self.title()

    def subtitle(self):
        return self.description()

    def items(self):
        items = self.index.feed_items()
        names_of = Theme.names_in(self.index.locale_id)
        for item in items:
            item.feed_categories = names_of(item.themes.all())
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary or item.introduction

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return item.feed_categories


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    route_name = "atom"
