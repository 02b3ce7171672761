"""The home page's sections find their index pages once per request; pages in private sections."""

from wagtail.models import PageViewRestriction

from home import privacy, queries, requestcache
from home.models import StandardPage
from methods.models import MethodIndexPage
from tests.factories import StandardPageFactory


def test_child_of_type_reads_the_children_once_and_skips_hidden_ones(
    home_nl, django_assert_num_queries
):
    """The first live, public child of a type, in tree order; drafts and pages with a view
    restriction are passed over."""
    parent = StandardPageFactory(parent=home_nl, title="Onderwerpen")
    hidden = StandardPageFactory(parent=parent, title="Alleen voor leden")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    draft = StandardPageFactory(parent=parent, title="Nog niet klaar", live=False)
    shown = StandardPageFactory(parent=parent, title="Over ons")

    # Wagtail's .public() reads the view restrictions, then the children: two queries per
    # request, however many sections ask.
    with requestcache.scope(), django_assert_num_queries(2):
        found = queries.child_of_type(parent, StandardPage)
        assert queries.child_of_type(parent, MethodIndexPage) is None
        assert queries.child_of_type(parent, StandardPage) is found
    assert found.pk == shown.pk != draft.pk
    with requestcache.scope(), django_assert_num_queries(1):
        assert privacy.is_private(hidden)
        assert not privacy.is_private(shown)
