"""Create the "Mentor approval" workflow and link it to the Mentor snippet: a workflow applies
to a snippet only once it is linked to the snippet's content type."""

from django.db import migrations


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    MentorApprovalTask = apps.get_model("directory", "MentorApprovalTask")

    mentor_type, _ = ContentType.objects.get_or_create(app_label="directory", model="mentor")
    if WorkflowContentType.objects.filter(content_type=mentor_type).exists():
        return
    task_type, _ = ContentType.objects.get_or_create(
        app_label="directory", model="mentorapprovaltask"
    )
    task = MentorApprovalTask.objects.create(
        name="Check HCPC registration and approve", content_type=task_type, active=True
    )
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is not None:
        task.groups.add(moderators)
    workflow = Workflow.objects.create(name="Mentor approval", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.create(workflow=workflow, content_type=mentor_type)


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Workflow.objects.filter(name="Mentor approval").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0005_selfservice_signup_outbox"),
        ("wagtailcore", "0083_workflowcontenttype"),
        ("auth", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
