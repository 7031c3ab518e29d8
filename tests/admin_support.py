"""Posting a mentor's edit page as an editor would: what the form shows, changed as given."""

from wagtail.test.utils.form_data import rich_text


def edit_url(mentor):
    return f"/admin/snippets/directory/mentor/edit/{mentor.pk}/"


def edit_form_data(admin_client, mentor, **changes):
    """The edit form's current answers (single values only), a bio, then `changes`."""
    form = admin_client.get(edit_url(mentor)).context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list)}
    data["bio"] = rich_text("<p>A bio.</p>")
    data.update(changes)
    return data
