"""How initiatives are financed: one list of funder kinds and forms of support.

Initiative pages (`initiatives.InitiativeFunding`) and the financing examples on landing pages
(`landing.blocks.FundingSourceBlock`) choose from the same lists, so that a kind means the same
everywhere and the initiatives' financing filter knows every kind an editor can choose.
"""

from django.utils.translation import gettext_lazy as _

FUNDER_KINDS = [
    ("municipality", _("Gemeente")),
    ("fund", _("Fonds")),
    ("company", _("Bedrijf")),
    ("housing", _("Woningcorporatie")),
    ("civil", _("Maatschappelijke organisatie")),
    ("own", _("Eigen inkomsten")),
    # Help in kind from people or groups that are none of the above (residents, volunteers).
    ("in_kind", _("Bijdrage in natura")),
]
FUNDING_FORMS = [("money", _("Geld")), ("in_kind", _("In natura"))]
