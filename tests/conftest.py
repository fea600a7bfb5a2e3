import os
from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone
from hypothesis import settings

from core.editors import EDITORS_GROUP
from programs.caching import forget_everything
from programs.models import Program
from tests.factories import (
    CourseFactory,
    DeadlineFactory,
    ExchangeRateFactory,
    FacultyMemberFactory,
    ProgramFactory,
    StartTermFactory,
    TopicFactory,
    UniversityFactory,
)


@pytest.fixture
def editor(client, db):
    """A member of the Editors group, logged in on ``client``."""
    user = User.objects.create_user("editor", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    client.force_login(user)
    return user


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: nothing one test cached about its catalogue
    (see programs/caching.py) can leak into the next."""
    forget_everything()


@pytest.fixture
def catalogue(db):
    """A small published catalogue with a spread of countries, formats, costs and topics."""
    today = timezone.localdate()
    usd = ExchangeRateFactory(currency="USD", rate_to_base=Decimal("0.9"))
    gbp = ExchangeRateFactory(currency="GBP", name="Pound sterling", rate_to_base=Decimal("1.2"))
    nlp = TopicFactory(name="Natural language processing", slug="natural-language-processing")
    rl = TopicFactory(name="Reinforcement learning", slug="reinforcement-learning")
    vision = TopicFactory(name="Computer vision", slug="computer-vision")

    cmu = UniversityFactory(
        name="Carnegie Mellon University", slug="cmu", country="US", city="Pittsburgh"
    )
    eth = UniversityFactory(name="ETH Zurich", slug="eth", country="CH", city="Zurich")
    ucl = UniversityFactory(
        name="University College London", slug="ucl", country="GB", city="London"
    )
    tum = UniversityFactory(
        name="Technical University of Munich", slug="tum", country="DE", city="Munich"
    )

    programs = {
        "cmu": ProgramFactory(university=cmu, title="MS in Machine Learning", slug="msml",
                              tuition_amount=Decimal("60000"), tuition_currency=usd,
                              duration_months=16, delivery="on_campus", pace="full_time",
                              gre="required", placement="optional", degree_type="ms",
                              last_verified=today - timedelta(days=10)),
        "eth": ProgramFactory(university=eth, title="MSc Data Science", slug="msc-ds",
                              tuition_amount=Decimal("1500"), duration_months=24,
                              delivery="on_campus", pace="full_time", gre="not_accepted"),
        "ucl": ProgramFactory(university=ucl, title="MSc Machine Learning Online", slug="msc-ml-online",
                              tuition_amount=Decimal("20000"), tuition_currency=gbp,
                              tuition_basis="total", duration_months=24,
                              delivery="online", pace="part_time", gre="optional",
                              living_cost_monthly=Decimal("1500"), living_cost_currency=gbp),
        "tum": ProgramFactory(university=tum, title="MSc Robotics, Cognition, Intelligence",
                              slug="msc-rci", tuition_amount=Decimal("6000"), duration_months=24,
                              delivery="hybrid", pace="either", gre="optional", placement="optional"),
    }  # fmt: skip
    ProgramFactory(university=ucl, title="MSc Draft Programme", slug="draft", status="draft")
    programs["cmu"].topics.set([nlp, rl, vision])
    programs["ucl"].topics.set([nlp])
    programs["tum"].topics.set([rl, vision])
    CourseFactory(program=programs["eth"], title="Statistical Learning Theory").topics.set([rl])
    researcher = FacultyMemberFactory(name="Ada Example", university=eth)
    researcher.programs.add(programs["eth"])
    researcher.research_topics.add(vision)
    DeadlineFactory(program=programs["cmu"], closes_on=today + timedelta(days=40))
    DeadlineFactory(program=programs["eth"], closes_on=today - timedelta(days=5))
    DeadlineFactory(program=programs["ucl"], closes_on=today + timedelta(days=90))
    # In a month before every other intake (each 45 days or more from the next), whatever the day.
    StartTermFactory(program=programs["ucl"], starts_on=today.replace(day=1) + timedelta(days=62))
    return {key: Program.objects.get(pk=program.pk) for key, program in programs.items()}


# Property-based tests: a quick default locally, a bounded number of examples in CI.
settings.register_profile("ci", max_examples=40)
settings.register_profile("dev", max_examples=15)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture
def many_countries(catalogue):
    """The catalogue plus programmes in eight more countries: the US ends with the
    most programmes, and Austria (first A to Z) with one, on campus."""
    spread = {"US": 5, "GB": 3, "FR": 2, "NL": 2, "AT": 1, "BE": 1, "DK": 1, "ES": 1, "IT": 1}
    for country, number in spread.items():
        university = UniversityFactory(country=country)
        for _ in range(number):
            ProgramFactory(university=university, delivery="on_campus")
    return catalogue


@pytest.fixture
def upload_import(db):
    """Upload a spreadsheet on an admin import page (the programmes', unless ``page``
    names another), run the job it queues as a worker would, and return the job's page:
    ``(response, job)``."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from core.imports import run_queued
    from core.models import ImportJob

    def upload(
        client,
        content: bytes,
        file_format: str = "0",
        name: str = "programmes.csv",
        page: str = "admin:programs_program_import",
    ):
        response = client.post(
            reverse(page),
            {
                "import_file": SimpleUploadedFile(name, content),
                "format": file_format,
                "resource": "0",
            },
        )
        assert response.status_code == 302, "the upload is queued, not imported in the request"
        job = ImportJob.objects.latest("pk")
        assert response.url == job.get_absolute_url()
        run_queued()
        job.refresh_from_db()
        return client.get(response.url), job

    return upload
