"""Every landing block has what editors need (label, icon, description, template) and its
preview renders."""

import pytest

from landing import blocks

BLOCKS = [
    blocks.TipsBlock,
    blocks.MethodsForGoalsBlock,
    blocks.MunicipalityListBlock,
    blocks.FinancingExamplesBlock,
    blocks.DownloadsBlock,
    blocks.TalksBlock,
    blocks.MeetingsBlock,
    blocks.HeroBlock,
    blocks.MessageBlock,
    blocks.FiguresBlock,
    blocks.RelatedItemsBlock,
]


@pytest.mark.django_db
@pytest.mark.parametrize("block_class", BLOCKS, ids=lambda cls: cls.__name__)
def test_block_has_meta_and_its_preview_renders(block_class):
    block = block_class()
    meta = block.meta
    assert meta.icon and meta.label and meta.description
    assert meta.template.startswith("landing/blocks/")
    value = block.get_preview_value()
    assert value is not None
    html = block.render(value)
    assert html.strip()
    heading = value.get("heading") or value.get("title")
    if heading:
        assert heading.replace("'", "&#x27;") in html


@pytest.mark.django_db
def test_streams_hold_the_shared_blocks():
    municipalities = blocks.MunicipalitiesStreamBlock()
    assert {"heading", "paragraph", "quote", "call_to_action", "document"} <= set(
        municipalities.child_blocks
    )
    campaign = blocks.CampaignStreamBlock()
    assert {"hero", "message", "figures", "call_to_action", "related"} <= set(campaign.child_blocks)
