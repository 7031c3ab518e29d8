"""Slow work for the content pages, run by the task queue so a mail outage loses nothing."""

from django.conf import settings
from django.core.mail import EmailMessage
from django_tasks import task


@task()
def send_form_submission(subject, body, recipients, from_email="", reply_to=None):
    EmailMessage(
        subject=subject,
        body=body,
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        to=recipients,
        reply_to=[reply_to] if reply_to else None,
    ).send()
