"""StreamField blocks shared by every content page."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(choices=[("h2", "Heading 2"), ("h3", "Heading 3")], default="h2")

    class Meta:
        icon = "title"
        template = "blocks/heading.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False, max_length=200, help_text="Leave empty only if the image is decorative."
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"


class LinkValue(blocks.StructValue):
    """Whichever target the editor chose, as one address and one label for templates and the API.

    The address is ``href``, not ``url``: templates look up dictionary keys before methods,
    so ``value.url`` would return the raw "External URL" field.
    """

    def target(self):
        return self.get("page") or self.get("document") or None

    def href(self):
        """Empty when the chosen page is a draft or behind a privacy restriction, so that
        templates leave the link out rather than point visitors at a page they cannot see."""
        page, document = self.get("page"), self.get("document")
        if page is not None:
            if not page.live or page.get_view_restrictions().exists():
                return ""
            return page.url or ""
        if document is not None:
            return document.url
        return self.get("url") or ""

    def label(self):
        if self.get("text"):
            return self.get("text")
        target = self.target()
        return getattr(target, "title", "") or self.get("url") or ""

    def is_document(self):
        return self.get("document") is not None


class LinkBlock(blocks.StructBlock):
    """A link to exactly one of: a page on this site, a document, or an external address."""

    text = blocks.CharBlock(
        required=False, max_length=120, help_text="Leave empty to use the page or document title."
    )
    page = blocks.PageChooserBlock(required=False)
    document = DocumentChooserBlock(required=False)
    url = blocks.URLBlock(required=False, label="External URL")

    class Meta:
        icon = "link"
        value_class = LinkValue
        template = "blocks/link.html"

    def clean(self, value):
        value = super().clean(value)
        chosen = [name for name in ("page", "document", "url") if value.get(name)]
        if len(chosen) != 1:
            message = "Choose exactly one of a page, a document or an external URL."
            raise blocks.StructBlockValidationError(
                block_errors={
                    name: ErrorList([ValidationError(message)])
                    for name in ("page", "document", "url")
                }
            )
        if value.get("url") and not value.get("text"):
            raise blocks.StructBlockValidationError(
                block_errors={"text": ErrorList([ValidationError("An external link needs text.")])}
            )
        return value

    def get_api_representation(self, value, context=None):
        # Chooser blocks would otherwise serialise to bare ids; readers want somewhere to go.
        return {"text": value.label(), "url": value.href()}


class LinkListBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=120)
    links = blocks.ListBlock(LinkBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/link_list.html"
        label = "List of links or documents"


class CallToActionBlock(blocks.StructBlock):
    """A short, prominent invitation: "Find a mentor", "Become a mentor"…"""

    title = blocks.CharBlock(max_length=80)
    text = blocks.TextBlock(required=False, max_length=300)
    link = LinkBlock()

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        label = "Call to action"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]
    )
    callout = CalloutBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    links = LinkListBlock()


class HomeBodyBlock(BodyBlock):
    """The home page's body: everything a content page has, plus calls to action."""

    call_to_action = CallToActionBlock()
    call_to_action_group = blocks.ListBlock(
        CallToActionBlock(),
        label="Calls to action, side by side",
        icon="grip",
        template="blocks/call_to_action_group.html",
    )


class TermsSectionBlock(blocks.StructBlock):
    """A numbered section of the terms. Numbers come from the order, so nobody types them."""

    title = blocks.CharBlock(max_length=150)
    clauses = blocks.ListBlock(
        blocks.RichTextBlock(features=["bold", "italic", "link", "document-link", "ul", "ol"]),
        min_num=1,
        label="Clauses",
    )

    class Meta:
        icon = "list-ol"
        label = "Section"


AUDIENCE_CHOICES = [
    ("mentees", "Mentees"),
    ("mentors", "Mentors"),
    ("both", "Mentors and mentees"),
]


class ResourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=150)
    description = blocks.TextBlock(max_length=400, required=False)
    audience = blocks.ChoiceBlock(choices=AUDIENCE_CHOICES, default="both")
    link = LinkBlock()

    class Meta:
        icon = "doc-full"
        label = "Resource"
