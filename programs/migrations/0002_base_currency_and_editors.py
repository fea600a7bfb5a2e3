from datetime import date

from django.db import migrations


def create_base_currency_and_editors(apps, schema_editor):
    ExchangeRate = apps.get_model("programs", "ExchangeRate")
    ExchangeRate.objects.get_or_create(
        currency="EUR", defaults={"name": "Euro", "rate_to_base": 1, "as_of": date.today()}
    )
    Group = apps.get_model("auth", "Group")
    Group.objects.get_or_create(name="Editors")


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_base_currency_and_editors, migrations.RunPython.noop),
    ]
