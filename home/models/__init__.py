from .pages import BasePage, HeroImageMixin, HomePage, HomePageHighlight, StandardPage
from .site import FooterText, SiteSettings
from .taxonomy import TargetGroup, Taxonomy, Theme

__all__ = [
    "BasePage",
    "HeroImageMixin",
    "FooterText",
    "HomePage",
    "HomePageHighlight",
    "SiteSettings",
    "StandardPage",
    "TargetGroup",
    "Taxonomy",
    "Theme",
]
