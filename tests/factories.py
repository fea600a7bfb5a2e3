"""factory_boy factories for the whole suite."""

import datetime
from decimal import Decimal

import factory
from django.utils import timezone
from django.utils.text import slugify

from advice.models import Article, Category, Tag
from programs.models import (
    Course,
    Deadline,
    ExchangeRate,
    FacultyMember,
    IndustryPartner,
    Outcome,
    Partnership,
    Program,
    Role,
    StartTerm,
    Topic,
    University,
)
from programs.models.careers import ROLES

# --- Advice ----------------------------------------------------------------


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Tag {n}")
    slug = factory.LazyAttribute(lambda tag: slugify(tag.name))


class ArticleFactory(factory.django.DjangoModelFactory):
    """A published article, live since yesterday. Use ``status`` or ``publish_date`` to hide it."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Advice article {n}")
    slug = factory.LazyAttribute(lambda article: slugify(article.title))
    summary = "A short summary of the article."
    body = "## First section\n\nSome advice.\n"
    author = "Masters Compare editors"
    category = Category.DECIDING
    status = Article.Status.PUBLISHED
    publish_date = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.set(extracted)


# --- Catalogue -------------------------------------------------------------


class ExchangeRateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExchangeRate
        django_get_or_create = ["currency"]

    currency = "USD"
    name = "US dollar"
    rate_to_base = Decimal("0.900000")


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda topic: slugify(topic.name))


class UniversityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = University

    name = factory.Sequence(lambda n: f"University {n}")
    slug = factory.LazyAttribute(lambda uni: slugify(uni.name))
    country = "GB"
    city = "London"
    website = "https://university.example/"


class ProgramFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Program

    university = factory.SubFactory(UniversityFactory)
    title = factory.Sequence(lambda n: f"MSc Machine Learning {n}")
    slug = factory.LazyAttribute(lambda program: slugify(program.title))
    status = Program.Status.PUBLISHED
    duration_months = 12
    tuition_amount = Decimal("20000")
    tuition_currency = factory.LazyFunction(
        lambda: ExchangeRate.objects.get_or_create(
            currency="EUR", defaults={"name": "Euro", "rate_to_base": 1}
        )[0]
    )
    tuition_basis = Program.TuitionBasis.PER_YEAR
    official_url = "https://university.example/msc-ml"


class StartTermFactory(factory.django.DjangoModelFactory):
    """An intake whose dates come from the university's page (published)."""

    class Meta:
        model = StartTerm
        django_get_or_create = ("program", "starts_on")

    program = factory.SubFactory(ProgramFactory)
    starts_on = factory.Faker("date_between", start_date="+30d", end_date="+300d")
    source_url = "https://university.example/admissions/dates"
    checked_on = factory.LazyFunction(timezone.localdate)


class DeadlineFactory(factory.django.DjangoModelFactory):
    """A deadline of a published intake that starts about four months later."""

    class Meta:
        model = Deadline

    program = factory.SubFactory(ProgramFactory)
    closes_on = factory.Faker("date_between", start_date="+10d", end_date="+200d")
    intake = factory.SubFactory(
        StartTermFactory,
        program=factory.SelfAttribute("..program"),
        starts_on=factory.LazyAttribute(
            lambda term: term.factory_parent.closes_on + datetime.timedelta(days=120)
        ),
    )


class CourseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Course

    program = factory.SubFactory(ProgramFactory)
    title = factory.Sequence(lambda n: f"Course {n}")
    credits = Decimal("7.5")


class FacultyMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FacultyMember

    name = factory.Faker("name")
    title = "Professor"


class IndustryPartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IndustryPartner

    name = factory.Sequence(lambda n: f"Partner {n}")


class PartnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partnership

    program = factory.SubFactory(ProgramFactory)
    partner = factory.SubFactory(IndustryPartnerFactory)
    kind = Partnership.Kind.INTERNSHIP


class OutcomeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outcome

    program = factory.SubFactory(ProgramFactory)
    year = 2025
    within_months = 6
    employment_rate = Decimal("92.0")
    counted = "graduates answering a survey six months after finishing"
    reported_by = "the university's graduate survey"
    source_url = "https://example.edu/outcomes"


class RoleFactory(factory.django.DjangoModelFactory):
    """A role graduates go on to: one of the six the site knows (``ROLES``) by its slug,
    or a new one."""

    class Meta:
        model = Role
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"role-{n}")
    name = factory.LazyAttribute(lambda role: dict(ROLES).get(role.slug, role.slug))
