"""A programme's edit counter is its revision, not a "version": the catalogue version
(what caches follow) is another thing."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0009_search_vector"),
    ]

    operations = [
        migrations.RenameField("program", "version", "revision"),
        migrations.RenameField("historicalprogram", "version", "revision"),
    ]
