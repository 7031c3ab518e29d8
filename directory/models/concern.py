"""Concerns about a listing that anyone can report from a mentor's page ("no longer registered",
"no reply"…). They reach the editors; the mentor is never told who reported them."""

from django.db import models


class Concern(models.Model):
    class Reason(models.TextChoices):
        NOT_REGISTERED = "not-registered", "May no longer be registered"
        NO_REPLY = "no-reply", "Has not replied"
        INACCURATE = "inaccurate", "Listing wrong or out of date"
        CONDUCT = "conduct", "Something the mentor said or did"
        OTHER = "other", "Something else"

    class Status(models.TextChoices):
        OPEN = "open", "To look into"
        RESOLVED = "resolved", "Dealt with"

    # SET_NULL: a withdrawn mentor is erased; the concern stays until the retention purge.
    mentor = models.ForeignKey(
        "directory.Mentor",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="concerns",
    )
    reason = models.CharField(max_length=20, choices=Reason.choices)
    details = models.TextField(blank=True)
    reporter_email = models.EmailField(
        blank=True, help_text="Given only by reporters who would like a reply."
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        mentor = self.mentor.name if self.mentor else "a mentor who has left"
        return f"{self.get_reason_display()}: {mentor}"
