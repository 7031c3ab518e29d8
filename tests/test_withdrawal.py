"""Withdrawing erases the mentor: nothing of them remains in the database, revisions,
workflow, search index, API, admin or files."""

import io
from pathlib import Path

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Q
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Revision, TaskState, WorkflowState
from wagtail.search.models import IndexEntry

from directory import selfservice
from directory.models import Mentor, OutgoingMessage, SelfServiceKey, SentReminder
from directory.workflow import submit_for_approval
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db

NAME = "Zephyrine Quillfeather"


@pytest.fixture
def mentor(site):
    buffer = io.BytesIO()
    Image.new("RGB", (200, 200)).save(buffer, "PNG")
    photo = get_image_model().objects.create(
        title="Photo", file=SimpleUploadedFile("zq.png", buffer.getvalue())
    )
    mentor = MentorFactory(name=NAME, email="zq@example.test", photo=photo, photo_alt="Me")
    mentor.save_revision(log_action=True).publish()
    mentor.role = "Changed role"
    submit_for_approval(mentor)  # a pending edit with a workflow state
    SentReminder.objects.create(mentor=mentor, kind="expiry", key="x")
    photo.get_rendition("fill-100x100")
    return Mentor.objects.get(pk=mentor.pk)


def test_withdrawing_leaves_no_trace(
    client, manage_page, mentor, admin_client, directory_url, django_capture_on_commit_callbacks
):
    pk, photo = mentor.pk, mentor.photo
    files = [photo.file.path] + [r.file.path for r in photo.renditions.all()]
    assert all(__import__("os").path.exists(f) for f in files)
    assert IndexEntry.objects.filter(object_id=str(pk)).exists()

    url = manage_page.link_url(selfservice.make_token(mentor))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "withdraw", "withdraw-confirm": "on"})
    assert response.status_code == 200
    assert "You have left the directory" in response.content.decode()

    assert not Mentor.objects.filter(pk=pk).exists()
    oid = Q(object_id=str(pk))
    assert not Revision.objects.filter(oid, base_content_type__model="mentor").exists()
    assert not WorkflowState.objects.filter(oid, base_content_type__model="mentor").exists()
    assert not TaskState.objects.filter(workflow_state__object_id=str(pk)).exists()
    assert not ModelLogEntry.objects.filter(oid, content_type__model="mentor").exists()
    assert not IndexEntry.objects.filter(oid, content_type__model="mentor").exists()
    assert not SelfServiceKey.objects.exists() and not SentReminder.objects.exists()
    assert not get_image_model().objects.filter(pk=photo.pk).exists()
    assert not any(__import__("os").path.exists(f) for f in files)
    # The goodbye e-mail was delivered and then erased; nothing addressed to them remains.
    assert mail.outbox[-1].to == ["zq@example.test"]
    assert not OutgoingMessage.objects.filter(to="zq@example.test").exists()
    assert not OutgoingMessage.objects.filter(
        Q(subject__contains="Zephyrine") | Q(text_body__contains="Zephyrine")
    ).exists()
    # Nowhere to be found on public or admin surfaces.
    assert NAME not in client.get(directory_url).content.decode()
    assert NAME not in client.get(directory_url + "?q=Zephyrine").content.decode()
    assert NAME not in admin_client.get("/admin/snippets/directory/mentor/").content.decode()
    assert NAME not in admin_client.get("/admin/").content.decode()
    assert NAME not in admin_client.get("/admin/reports/site-history/").content.decode()
    # And the used link is gone with them.
    assert client.get(url).status_code == 400


def test_withdrawal_needs_the_confirmation_box(client, manage_page, mentor):
    url = manage_page.link_url(selfservice.make_token(mentor))
    response = client.post(url, {"action": "withdraw"})
    assert response.status_code == 400
    assert Mentor.objects.filter(pk=mentor.pk).exists()


def test_a_withdrawn_mentor_is_not_listed_again_by_the_next_import(site, tmp_path):
    from django.core.management import call_command

    from directory.models import WithdrawnAddress

    sample = Path(__file__).resolve().parent.parent / "directory" / "data" / "mentor-signups.csv"
    call_command("import_mentors", str(sample), publish=True, stdout=io.StringIO())
    amara = Mentor.objects.get(slug="amara-okafor")
    email = amara.email
    selfservice.withdraw(amara)

    out = io.StringIO()
    call_command("import_mentors", str(sample), publish=True, stdout=out)
    assert not Mentor.objects.filter(email__iexact=email).exists()
    assert "has left the directory" in out.getvalue()
    # Only a keyed digest is kept: not the address, nor anything that reads as it.
    stored = str(list(WithdrawnAddress.objects.values()))
    assert email not in stored and email.split("@")[0] not in stored
