"""Blocks made for method descriptions: photo impressions, points of attention, a step-by-step
plan, a short guide, facts and figures. The general blocks (text, quote, download, video, call
to action) come from home.blocks."""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from home.blocks import (
    PARAGRAPH_FEATURES,
    CallToActionBlock,
    DocumentBlock,
    HeadingBlock,
    ImageBlock,
    ParagraphBlock,
    PhotoGalleryBlock,
    QuoteBlock,
    VideoBlock,
)


class PointBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Kort punt"), max_length=120)
    text = blocks.TextBlock(label=_("Uitleg"), max_length=800)
    kind = blocks.ChoiceBlock(
        label=_("Soort"),
        choices=[("", _("Gewoon aandachtspunt")), ("tip", _("Tip")), ("pitfall", _("Valkuil"))],
        required=False,
        help_text=_("Een tip of valkuil krijgt een eigen kleur en pictogram."),
    )

    class Meta:
        icon = "warning"
        label = _("Aandachtspunt")


class PointsOfAttentionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120, default="Aandachtspunten")
    points = blocks.ListBlock(PointBlock(), label=_("Punten"), min_num=1)

    class Meta:
        icon = "warning"
        label = _("Aandachtspunten")
        template = "methods/blocks/points_of_attention_block.html"
        description = _("Waar moet je op letten? Elk punt met een korte kop en uitleg.")
        preview_value = {
            "heading": "Aandachtspunten",
            "points": [
                {
                    "title": "Begin klein",
                    "text": "Start met een paar vaste vrijwilligers.",
                    "kind": "tip",
                },
                {
                    "title": "Regels",
                    "text": "Een uitkering kan gekort worden; vraag het na.",
                    "kind": "pitfall",
                },
            ],
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Stap"), max_length=120, help_text=_("Wat doe je?"))
    description = blocks.RichTextBlock(
        label=_("Beschrijving"),
        features=["bold", "italic", "ul", "ol", "link"],
        help_text=_("Hoe pak je deze stap aan?"),
    )
    phase = blocks.CharBlock(
        label=_("Fase"),
        required=False,
        max_length=60,
        help_text=_("Optioneel, bijvoorbeeld ‘Voorbereiding’."),
    )
    duration = blocks.CharBlock(
        label=_("Duur"),
        required=False,
        max_length=60,
        help_text=_("Optioneel, bijvoorbeeld ‘2 tot 4 weken’."),
    )
    who = blocks.CharBlock(
        label=_("Wie doen er mee"),
        required=False,
        max_length=200,
    )
    needs = blocks.CharBlock(
        label=_("Wat is er nodig"),
        required=False,
        max_length=200,
    )

    class Meta:
        icon = "list-ol"
        label = _("Stap")

    def clean(self, value):
        """An editor's empty paragraph is no description: report it with any other errors."""
        errors = {}
        try:
            value = super().clean(value)
        except StructBlockValidationError as error:
            errors = dict(error.block_errors)
        description = value.get("description")
        empty = not strip_tags(description.source if description else "").strip()
        if empty and "description" not in errors and not self.is_deferred_validation:
            errors["description"] = ValidationError(_("Beschrijf wat er in deze stap gebeurt."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class StepPlanBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120, default="Plan van aanpak")
    introduction = blocks.TextBlock(label=_("Inleiding"), required=False, max_length=500)
    steps = blocks.ListBlock(
        StepBlock(),
        label=_("Stappen"),
        min_num=1,
        help_text=_("Zet de stappen in de volgorde waarin een groep ze doet."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Plan van aanpak")
        template = "methods/blocks/step_plan_block.html"
        description = _("Genummerde stappen om het initiatief elders te beginnen.")
        preview_value = {
            "heading": "Plan van aanpak",
            "steps": [
                {
                    "title": "Zoek medestanders",
                    "description": "<p>Praat met buren.</p>",
                    "phase": "Voorbereiding",
                    "duration": "1 maand",
                },
                {"title": "Vind een ruimte", "description": "<p>Vraag de woningcorporatie.</p>"},
            ],
        }


class GuideBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120, default="Korte handreiking")
    text = blocks.RichTextBlock(label=_("Tekst"), features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "help"
        label = _("Korte handreiking")
        template = "methods/blocks/guide_block.html"
        description = _("Een opvallend kader met de kern: zo begin je, in een paar zinnen.")
        preview_value = {
            "title": "Korte handreiking",
            "text": "<p>Begin met vijf mensen, een ruimte en een vaste avond in de week.</p>",
        }


class FactBlock(blocks.StructBlock):
    value = blocks.CharBlock(
        label=_("Getal of feit"),
        max_length=30,
        help_text=_("Kort, bijvoorbeeld ‘40–60’ of ‘sinds 2012’."),
    )
    label = blocks.CharBlock(
        label=_("Wat betekent het"),
        max_length=120,
        help_text=_("Bijvoorbeeld ‘vrijwilligers per week’."),
    )

    class Meta:
        icon = "info-circle"
        label = _("Feit")


class FactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120, default="Feiten en cijfers")
    facts = blocks.ListBlock(FactBlock(), label=_("Feiten"), min_num=1, max_num=8)

    class Meta:
        icon = "info-circle"
        label = _("Feiten en cijfers")
        template = "methods/blocks/facts_block.html"
        description = _("Een paar opvallende getallen, groot in beeld.")
        preview_value = {
            "heading": "Feiten en cijfers",
            "facts": [
                {"value": "40–60", "label": "vrijwilligers"},
                {"value": "2012", "label": "gestart"},
            ],
        }


class MethodStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    guide = GuideBlock()
    photo_gallery = PhotoGalleryBlock()
    points_of_attention = PointsOfAttentionBlock()
    step_plan = StepPlanBlock()
    testimony = QuoteBlock(
        label=_("Ervaringsverhaal"),
        description=_("Wat een ervaringsdeskundige of vrijwilliger erover zegt, met naam en rol."),
    )
    facts = FactsBlock()
    image = ImageBlock()
    document = DocumentBlock()
    video = VideoBlock()
    call_to_action = CallToActionBlock()
