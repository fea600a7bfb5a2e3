"""Synthetic but realistic programmes for benchmarks, inserted in bulk.

Every synthetic university's slug starts with ``synthetic-``, which is how
``--clear`` finds them without ever touching real entries. Rows go in with
bulk_create, so they carry no edit history; search documents are rebuilt per batch.
"""

import random
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from programs.caching import bump_catalogue_version
from programs.demo import load_exchange_rates, load_topics
from programs.demo.synthetic import (
    BACKGROUNDS,
    COUNTRIES,
    COURSE_TITLES,
    DEGREE_PREFIXES,
    DEGREE_WEIGHTS,
    FACULTY_TITLES,
    FIRST_NAMES,
    LAST_NAMES,
    NAME_ENDS,
    NAME_STARTS,
    PARTNER_NAMES,
    SUBJECT_TITLES,
    SUBJECT_TOPICS,
    SUBJECT_WEIGHTS,
    UNIVERSITY_PATTERNS,
    Country,
)
from programs.models import (
    Course,
    Deadline,
    ExchangeRate,
    FacultyMember,
    IndustryPartner,
    Outcome,
    Partnership,
    Program,
    StartTerm,
    Topic,
    University,
)

SLUG_PREFIX = "synthetic-"
BATCH = 1000


class Command(BaseCommand):
    help = (
        "Generate synthetic published programmes for benchmarks. Synthetic universities' "
        "slugs start with 'synthetic-'; --clear deletes those and nothing else."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--count", type=int, default=1000, help="programmes to create")
        parser.add_argument("--seed", type=int, help="random seed, for repeatable data")
        parser.add_argument(
            "--clear", action="store_true", help="first delete previously generated programmes"
        )

    def handle(self, *args, count: int, seed: int | None, clear: bool, **options) -> None:
        if count < 0:
            raise CommandError("--count cannot be negative.")
        started = time.monotonic()

        def progress(done: int) -> None:
            if count > BATCH:
                elapsed = time.monotonic() - started
                self.stdout.write(f"  {done:,} / {count:,} programmes ({elapsed:.1f}s)")

        if clear:
            self.stdout.write(f"Deleted {clear_synthetic():,} synthetic programmes.")
        if count:
            universities = Generator(random.Random(seed)).run(count, progress)
            self.stdout.write(
                f"Created {count:,} synthetic programmes at {universities:,} universities "
                f"in {time.monotonic() - started:.1f}s."
            )
        bump_catalogue_version()  # bulk writes and raw deletes send no signals


@transaction.atomic
def clear_synthetic() -> int:
    """Delete the synthetic universities and everything hanging off them.

    Raw deletes, children first: the ORM's cascade would load every row and write a
    "deleted" history record for each, for data that never had any history.
    """
    universities = University.objects.filter(slug__startswith=SLUG_PREFIX)
    programs = Program.objects.filter(university__in=universities)
    faculty = FacultyMember.objects.filter(university__in=universities)
    count = programs.count()
    for queryset in [
        Course.topics.through.objects.filter(course__program__in=programs),
        Course.objects.filter(program__in=programs),
        Deadline.objects.filter(program__in=programs),
        StartTerm.objects.filter(program__in=programs),
        Partnership.objects.filter(program__in=programs),
        Outcome.objects.filter(program__in=programs),
        Program.topics.through.objects.filter(program__in=programs),
        FacultyMember.programs.through.objects.filter(
            Q(program__in=programs) | Q(facultymember__in=faculty)
        ),
        FacultyMember.research_topics.through.objects.filter(facultymember__in=faculty),
        faculty,
        programs,
        universities,
        IndustryPartner.objects.filter(name__in=PARTNER_NAMES, partnerships__isnull=True),
    ]:
        queryset._raw_delete(queryset.db)
    return count


def nice(amount: float) -> Decimal:
    """Round to three significant figures, the way fees and estimates are quoted."""
    if amount < 1:
        return Decimal(0)
    places = max(0, len(str(int(amount))) - 3)
    return Decimal(round(amount, -places)).quantize(Decimal(1), ROUND_HALF_UP)


@dataclass
class Campus:
    """A synthetic university and what its programmes draw on."""

    university: University
    country: Country
    staff: list[FacultyMember] = field(default_factory=list)
    slugs: set[str] = field(default_factory=set)


@dataclass
class Rows:
    """Everything one batch of programmes inserts, table by table."""

    programs: list = field(default_factory=list)
    program_topics: list = field(default_factory=list)
    courses: list = field(default_factory=list)
    course_topics: list = field(default_factory=list)
    deadlines: list = field(default_factory=list)
    start_terms: list = field(default_factory=list)
    partnerships: list = field(default_factory=list)
    outcomes: list = field(default_factory=list)
    teaching: list = field(default_factory=list)

    def insert(self) -> None:
        Program.objects.bulk_create(self.programs)
        Course.objects.bulk_create(self.courses)
        Program.topics.through.objects.bulk_create(self.program_topics)
        Course.topics.through.objects.bulk_create(self.course_topics)
        Deadline.objects.bulk_create(self.deadlines)
        StartTerm.objects.bulk_create(self.start_terms)
        Partnership.objects.bulk_create(self.partnerships)
        Outcome.objects.bulk_create(self.outcomes)
        FacultyMember.programs.through.objects.bulk_create(self.teaching)
        pks = [program.pk for program in self.programs]
        Program.objects.filter(pk__in=pks).refresh_search_documents()


class Generator:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.today = timezone.localdate()

    @transaction.atomic
    def run(self, count: int, progress) -> int:
        """Create ``count`` programmes; return how many universities they went to."""
        load_exchange_rates()
        self.topics = load_topics()
        self.topic_slugs = sorted(self.topics)
        self.rates = ExchangeRate.objects.by_currency()
        self.partners = self.ensure_partners()

        sizes = []
        while sum(sizes) < count:
            sizes.append(min(self.rng.choice([1, 2, 2, 3, 3, 4, 4, 5, 6, 8]), count - sum(sizes)))
        campuses = self.create_campuses(len(sizes))
        slots = [campus for campus, size in zip(campuses, sizes, strict=True) for _ in range(size)]
        for start in range(0, count, BATCH):
            rows = Rows()
            for campus in slots[start : start + BATCH]:
                self.add_program(rows, campus)
            rows.insert()
            progress(start + len(rows.programs))
        return len(campuses)

    def ensure_partners(self) -> list[IndustryPartner]:
        existing = set(
            IndustryPartner.objects.filter(name__in=PARTNER_NAMES).values_list("name", flat=True)
        )
        IndustryPartner.objects.bulk_create(
            IndustryPartner(name=name, website=f"https://{slugify(name)}.example/")
            for name in PARTNER_NAMES
            if name not in existing
        )
        return list(IndustryPartner.objects.filter(name__in=PARTNER_NAMES).order_by("name"))

    def create_campuses(self, number: int) -> list[Campus]:
        rng = self.rng
        last = (
            University.objects.filter(slug__startswith=SLUG_PREFIX)
            .order_by("-slug")
            .values_list("slug", flat=True)
            .first()
        )
        first = int(last.removeprefix(SLUG_PREFIX).split("-")[0]) + 1 if last else 1
        campuses = []
        for n in range(first, first + number):
            country = rng.choice(COUNTRIES)
            name = rng.choice(UNIVERSITY_PATTERNS).format(
                rng.choice(NAME_STARTS) + rng.choice(NAME_ENDS)
            )
            slug = f"{SLUG_PREFIX}{n:06d}-{slugify(name)}"
            university = University(
                name=name,
                slug=slug,
                country=country.code,
                city=rng.choice(country.cities),
                website=f"https://{slug}.example/",
            )
            campuses.append(Campus(university, country))
        University.objects.bulk_create([campus.university for campus in campuses])

        research = []
        for campus in campuses:
            names: set[str] = set()
            wanted = rng.randint(3, 8)
            while len(names) < wanted:
                names.add(f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}")
            for name in sorted(names):
                member = FacultyMember(
                    name=name,
                    title=rng.choice(FACULTY_TITLES),
                    university=campus.university,
                )
                campus.staff.append(member)
                research += [
                    FacultyMember.research_topics.through(facultymember=member, topic=topic)
                    for topic in self.pick_topics(rng.randint(1, 3))
                ]
        FacultyMember.objects.bulk_create([member for c in campuses for member in c.staff])
        FacultyMember.research_topics.through.objects.bulk_create(research)
        return campuses

    def pick_topics(self, number: int, favoured: list[str] = ()) -> list[Topic]:
        chosen = self.rng.sample(favoured, min(number, len(favoured)))
        others = [slug for slug in self.topic_slugs if slug not in chosen]
        chosen += self.rng.sample(others, max(0, number - len(chosen)))
        return [self.topics[slug] for slug in chosen]

    def money(self, eur: float, currency: str) -> Decimal:
        return nice(eur / float(self.rates[currency].rate_to_base))

    def add_program(self, rows: Rows, campus: Campus) -> None:
        rng = self.rng
        program = self.build_program(campus)
        rows.programs.append(program)

        favoured = SUBJECT_TOPICS[program.subject_area][: rng.randint(2, 5)]
        topics = self.pick_topics(rng.randint(4, 9), favoured)
        rows.program_topics += [Program.topics.through(program=program, topic=t) for t in topics]

        titles = set()
        for index in range(rng.randint(13, 17)):
            # Every programme topic gets a course, then the rest at random.
            topic = topics[index] if index < len(topics) else rng.choice(topics)
            title = rng.choice(COURSE_TITLES[topic.slug])
            if title in titles:
                title = f"Advanced {title}" if f"Advanced {title}" not in titles else f"{title} II"
            titles.add(title)
            course = Course(
                program=program,
                title=title,
                kind="required" if index < 6 else rng.choice(["required", "elective"]),
                credits=Decimal(str(rng.choice(campus.country.credits))),
            )
            rows.courses.append(course)
            also = rng.choice(topics) if rng.random() < 0.35 else topic
            rows.course_topics += [
                Course.topics.through(course=course, topic=t) for t in dict.fromkeys([topic, also])
            ]

        days = sorted(rng.sample(range(-60, 220), rng.randint(1, 3)))
        for number, day in enumerate(days, start=1):
            name = f"Round {number}" if len(days) > 1 else "Applications close"
            closes_on = self.today + timedelta(days=day)
            rows.deadlines.append(Deadline(program=program, name=name, closes_on=closes_on))
        next_year = self.today.year + 1
        for month in sorted(rng.sample([1, 2, 9, 10], rng.choice([1, 1, 2]))):
            starts_on = date(next_year, month, rng.choice([1, 15]))
            rows.start_terms.append(StartTerm(program=program, starts_on=starts_on))

        for partner in rng.sample(self.partners, rng.choice([0, 0, 1, 2, 3])):
            kind = rng.choice(Partnership.Kind.values)
            rows.partnerships.append(Partnership(program=program, partner=partner, kind=kind))
        if rng.random() < 0.3:
            for year in range(self.today.year - rng.randint(1, 2), self.today.year):
                salary = self.money(
                    rng.uniform(*campus.country.salary_eur), campus.country.currency
                )
                employers = ", ".join(partner.name for partner in rng.sample(self.partners, 3))
                rows.outcomes.append(
                    Outcome(
                        program=program,
                        year=year,
                        within_months=6,
                        employment_rate=Decimal(rng.randint(700, 985)) / 10,
                        median_salary=salary,
                        salary_currency_id=campus.country.currency,
                        top_employers=employers,
                        source_url=f"{program.official_url}outcomes/",
                        counted="graduates answering a survey six months after finishing",
                        reported_by="the university's graduate survey",
                    )
                )
        teachers = rng.sample(campus.staff, min(len(campus.staff), rng.randint(2, 4)))
        rows.teaching += [
            FacultyMember.programs.through(facultymember=member, program=program)
            for member in teachers
        ]

    def build_program(self, campus: Campus) -> Program:
        rng = self.rng
        university, country = campus.university, campus.country
        subject = rng.choices(list(SUBJECT_WEIGHTS), weights=SUBJECT_WEIGHTS.values())[0]
        degree = rng.choices(list(DEGREE_WEIGHTS), weights=DEGREE_WEIGHTS.values())[0]
        delivery = rng.choices(["on_campus", "online", "hybrid"], weights=[65, 20, 15])[0]
        online = delivery == "online"
        pace = rng.choices(
            ["full_time", "part_time", "either"], weights=[10, 70, 20] if online else [65, 15, 20]
        )[0]
        months = rng.choice([9, 10, 12, 12, 12, 16, 18, 24, 24, 24])
        if pace == "part_time":
            months *= 2

        stem = rng.choice(SUBJECT_TITLES[subject])
        title = f"{DEGREE_PREFIXES[degree]} {stem}" + (" (online)" if online else "")
        slug = base = slugify(title)
        while slug in campus.slugs:
            slug = f"{base}-{len(campus.slugs) + 1}"
        campus.slugs.add(slug)

        # Fees: the whole programme or per year; online programmes cost less and
        # rarely charge international students more.
        basis = rng.choice(["per_year", "total"])
        factor = months / 12 if basis == "total" else 1
        home = rng.uniform(*country.tuition_eur) * (0.6 if online else 1) * factor
        intl = None
        if country.intl_tuition_eur and not online:
            intl = max(home, rng.uniform(*country.intl_tuition_eur) * factor)
        tuition = self.money(home, country.currency)
        intl_tuition = self.money(intl, country.currency) if intl else None
        if intl_tuition == tuition:
            intl_tuition = None
        living = None if online else self.money(rng.uniform(*country.living_eur), country.currency)

        language_weights = [85] + [15] * (len(country.languages) - 1)
        courses_like = ", ".join(rng.sample(COURSE_TITLES[SUBJECT_TOPICS[subject][0]], 2))
        program = Program(
            university=university,
            title=title,
            slug=slug,
            degree_type=degree,
            subject_area=subject,
            status=Program.Status.PUBLISHED,
            delivery=delivery,
            pace=pace,
            duration_months=months,
            language=rng.choices(country.languages, weights=language_weights)[0],
            description=(
                f"A {months}-month {Program.Pace(pace).label.lower()} programme in "
                f"{stem} at {university.name}, taught "
                f"{'online' if online else 'in ' + university.city}, with courses such as "
                f"{courses_like.lower()}."
            ),
            has_thesis=rng.random() < 0.55,
            has_capstone=rng.random() < 0.4,
            placement=placement_of(rng.random()),
            tuition_amount=tuition,
            tuition_intl_amount=intl_tuition,
            tuition_currency=self.rates[country.currency],
            tuition_basis=basis,
            living_cost_monthly=living,
            living_cost_currency=self.rates[country.currency] if living is not None else None,
            required_background=rng.choice(BACKGROUNDS),
            min_ielts=rng.choice([None, Decimal("6.0"), Decimal("6.5"), Decimal("7.0")]),
            min_toefl=rng.choice([None, 79, 88, 90, 100, 105]),
            gre=rng.choices(["required", "optional", "not_accepted"], weights=[15, 50, 35])[0],
            work_experience_months=0 if pace == "full_time" else rng.choice([0, 0, 12, 24]),
            apply_url=f"{university.website}apply/",
            official_url=f"{university.website}programmes/{slug}/",
            last_verified=(
                self.today - timedelta(days=rng.randint(0, 700)) if rng.random() < 0.6 else None
            ),
        )
        program.compute_costs()
        return program


def placement_of(draw: float) -> str:
    """A placement for a uniform draw: most programmes publish none, some an optional
    one, fewer a required one, and a few say they have none."""
    if draw < 0.2:
        return "optional"
    if draw < 0.3:
        return "required"
    if draw < 0.4:
        return "none"
    return ""
