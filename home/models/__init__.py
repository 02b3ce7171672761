from .pages import BasePage, HomePage, HomePageHighlight, StandardPage
from .site import FooterText, SiteSettings
from .taxonomy import TargetGroup, Taxonomy, Theme

__all__ = [
    "BasePage",
    "FooterText",
    "HomePage",
    "HomePageHighlight",
    "SiteSettings",
    "StandardPage",
    "TargetGroup",
    "Taxonomy",
    "Theme",
]
