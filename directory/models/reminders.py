"""Bookkeeping for the self-service links and reminders, kept beside the mentor (and deleted
with it) so that the mentor's own table holds only what editors edit."""

import secrets

from django.db import models


def new_nonce():
    return secrets.token_urlsafe(16)


class SelfServiceKey(models.Model):
    """The current nonce for a mentor's self-service link: a link carries it, using a link
    changes it, so a used (or superseded) link stops working."""

    mentor = models.OneToOneField(
        "directory.Mentor", on_delete=models.CASCADE, related_name="self_service_key"
    )
    nonce = models.CharField(max_length=40, default=new_nonce)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Self-service key for mentor {self.mentor_id}"

    def rotate(self):
        self.nonce = new_nonce()
        self.save(update_fields=["nonce", "updated_at"])


class SentReminder(models.Model):
    """One row per reminder sent, so that running the daily command twice sends once."""

    mentor = models.ForeignKey(
        "directory.Mentor", on_delete=models.CASCADE, related_name="sent_reminders"
    )
    kind = models.CharField(max_length=30)
    key = models.CharField(max_length=60, help_text="What the reminder was about, e.g. a date.")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mentor", "kind", "key"], name="one_reminder_each")
        ]

    def __str__(self):
        return f"{self.kind} {self.key}"
