"""Privacy-preserving profile view counts: one row per mentor per day holding a number. Nothing
about the visitor is stored (no cookie, address or user agent), so there is nothing to erase."""

from django.db import models


class ProfileView(models.Model):
    mentor = models.ForeignKey(
        "directory.Mentor", on_delete=models.CASCADE, related_name="profile_views"
    )
    day = models.DateField()
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mentor", "day"], name="one_view_count_per_day")
        ]
        ordering = ["-day"]

    def __str__(self):
        return f"{self.mentor_id} on {self.day}: {self.views}"
