"""A programme page finds its intakes' deadlines by index, however many rounds in the
catalogue have no intake."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from programs.models import Deadline
from tests.factories import DeadlineFactory, ProgramFactory, StartTermFactory

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query planner")
def test_programme_page_reads_its_deadlines_by_intake_not_by_scanning_every_date(client):
    program = ProgramFactory()
    for month in (1, 5, 9):
        DeadlineFactory(program=program, closes_on=datetime.date(2027, month, 1))
    # Rounds without an intake, as a large synthetic catalogue holds: the statistics
    # then say that very many rows share one intake (NULL).
    other = ProgramFactory()
    Deadline.objects.bulk_create(
        Deadline(program=other, closes_on=datetime.date(2027, 1, 1) + datetime.timedelta(day))
        for day in range(300)
    )
    StartTermFactory(program=other)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    with CaptureQueriesContext(connection) as queries:
        assert client.get(program.get_absolute_url()).status_code == 200
    [prefetch] = [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].startswith("SELECT")
        and f'FROM "{Deadline._meta.db_table}"' in query["sql"]
        and '"intake_id" IN (' in query["sql"]
    ]
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {prefetch}")
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    assert "USING INDEX deadline_intake_closes_idx" in plan, plan
