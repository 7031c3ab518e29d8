from django.db import migrations
from django.utils.text import slugify


def seed(apps, schema_editor):
    from directory.vocabularies import SEEDS

    for model_name, names in SEEDS.items():
        model = apps.get_model("directory", model_name)
        for position, name in enumerate(names):
            model.objects.get_or_create(
                slug=slugify(name)[:120], defaults={"name": name, "sort_order": position}
            )


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
