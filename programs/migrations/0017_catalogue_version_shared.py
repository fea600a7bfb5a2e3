import programs.models.reference
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('programs', '0016_follow_without_an_account'),
    ]

    operations = [
        migrations.AddField(
            model_name='catalogueversion',
            name='shared',
            field=models.BigIntegerField(default=programs.models.reference.fresh_number),
        ),
    ]
