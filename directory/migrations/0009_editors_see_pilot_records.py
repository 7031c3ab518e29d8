"""Editors and moderators (Wagtail's default groups) can read enquiries, concerns and feedback
in the admin and mark concerns as dealt with; superusers can anyway."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    ("directory", "enquiry"): ["view"],
    ("directory", "concern"): ["view", "change"],
    ("wagtailforms", "formsubmission"): ["view"],
}
GROUPS = ["Editors", "Moderators"]


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=GROUPS):
        for (app_label, model), actions in GRANTS.items():
            codenames = [f"{action}_{model}" for action in actions]
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0008_concerns"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
        ("wagtailcore", "0083_workflowcontenttype"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
