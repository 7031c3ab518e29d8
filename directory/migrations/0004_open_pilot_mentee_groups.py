"""Every existing site starts in the pilot phase: trainee and qualified EPs open."""

from django.db import migrations

PILOT_OPEN_GROUPS = ("trainee-eps", "qualified-eps")


def open_pilot_groups(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    PhaseSettings = apps.get_model("directory", "PhaseSettings")
    MenteeGroup = apps.get_model("directory", "MenteeGroup")
    groups = list(MenteeGroup.objects.filter(slug__in=PILOT_OPEN_GROUPS))
    for site in Site.objects.all():
        settings, created = PhaseSettings.objects.get_or_create(site=site)
        if created:
            settings.open_mentee_groups.set(groups)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0003_phase_settings_and_profile_copy"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(open_pilot_groups, migrations.RunPython.noop)]
