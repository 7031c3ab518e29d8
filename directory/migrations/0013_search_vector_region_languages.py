from django.db import migrations


def refresh_documents(apps, schema_editor):
    # The search document now holds each mentor's region and languages; rebuild it for the
    # mentors already there. PostgreSQL only: SQLite's Wagtail index is rebuilt by
    # `manage.py update_index`.
    from directory import search_vector

    search_vector.refresh(using=schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0012_mentor_name_order_index"),
    ]

    operations = [
        migrations.RunPython(refresh_documents, migrations.RunPython.noop),
    ]
