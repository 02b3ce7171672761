"""One list of funder kinds for initiatives and for the financing examples on landing pages."""

from home.funding import FUNDER_KINDS
from initiatives.models import InitiativeFunding, InitiativePage
from landing.blocks import FundingSourceBlock


def _plain(choices):
    return [(key, str(label)) for key, label in choices if key]


def test_initiatives_and_landing_pages_offer_the_same_kinds():
    model = _plain(InitiativeFunding._meta.get_field("kind").choices)
    block = _plain(FundingSourceBlock().child_blocks["kind"].field.choices)
    assert model == block == _plain(FUNDER_KINDS)
    # Both earlier lists' kinds survive: nothing already saved loses its label.
    assert {"municipality", "fund", "company", "housing", "civil", "own", "in_kind"} == {
        key for key, _ in model
    }


def test_the_financing_filter_finds_every_kind(client, initiative_index):
    initiative_index.add_child(
        instance=InitiativePage(
            title="Huiskamer De Hoek",
            slug="huiskamer-de-hoek",
            place="Zwolle",
            province="overijssel",
            summary="Kort.",
            funding=[InitiativeFunding(funder="deltaWonen", kind="housing", form="in_kind")],
        )
    )
    response = client.get(initiative_index.url, {"financiering": "housing"})
    assert [i.title for i in response.context["initiatives"]] == ["Huiskamer De Hoek"]
    groups = {name: options for name, _, _, options in response.context["facet_groups"]}
    funding = groups["funding"]
    assert [option["slug"] for option in funding] == [key for key, _ in FUNDER_KINDS]
