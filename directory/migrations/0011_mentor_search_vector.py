import django.contrib.postgres.search
from django.db import migrations

INDEX = "directory_mentor_search_vector_gin"


def index_and_fill(apps, schema_editor):
    # PostgreSQL only: SQLite keeps using Wagtail's search and leaves the column empty.
    if schema_editor.connection.vendor != "postgresql":
        return
    from directory import search_vector

    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON directory_mentor USING gin (search_vector)"
    )
    search_vector.refresh(using=schema_editor.connection)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0010_profile_view_counts"),
    ]

    operations = [
        migrations.AddField(
            model_name="mentor",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(index_and_fill, drop_index),
    ]
