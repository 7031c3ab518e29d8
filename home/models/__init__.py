"""The pages editors own. One module per page family; import from here."""

from .forms import FormField, FormPage
from .pages import HomePage, SectionPage, StandardPage, StandardPageRelatedPage
from .resources import ResourcesPage
from .terms import TermsPage

__all__ = [
    "FormField",
    "FormPage",
    "HomePage",
    "ResourcesPage",
    "SectionPage",
    "StandardPage",
    "StandardPageRelatedPage",
    "TermsPage",
]
