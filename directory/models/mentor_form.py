"""The editor's form for a mentor."""

from wagtail.admin.forms import WagtailAdminModelForm


class MentorAdminForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        # A pause an editor publishes is the team's: the mentor's own link cannot lift it
        # (a concern may be behind it). Lifting the pause here lifts that too.
        if "paused" in self.changed_data:
            cleaned["paused_by_team"] = bool(cleaned.get("paused"))
        return cleaned
