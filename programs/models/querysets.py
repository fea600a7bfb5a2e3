"""Reusable ways to ask for programmes: published ones, what a page needs loaded,
search, and keeping the stored search text and base-currency costs in step."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connections, models
from django.db.models import Q
from django.utils import timezone
from django_countries import countries

from programs import search

from .details import Course, Deadline, FacultyMember, Outcome, Partnership
from .sources import STALE_AFTER_DAYS


class ProgramQuerySet(models.QuerySet):
    def published(self) -> ProgramQuerySet:
        return self.filter(status=self.model.Status.PUBLISHED)

    def stale(self, today: date | None = None) -> ProgramQuerySet:
        """Never verified, or verified longer ago than editors promise."""
        cutoff = (today or timezone.localdate()) - timedelta(days=STALE_AFTER_DAYS)
        return self.filter(Q(last_verified__isnull=True) | Q(last_verified__lt=cutoff))

    def for_listing(self) -> ProgramQuerySet:
        """What a programme card needs, in a fixed number of queries."""
        return (
            self.select_related("university", "tuition_currency", "living_cost_currency")
            .prefetch_related("topics")
            .with_next_deadline()
        )

    def for_detail(self) -> ProgramQuerySet:
        """Everything a programme's facts are shown with, on its page and side by side
        in a comparison, in a fixed number of queries."""
        return self.for_listing().prefetch_related(
            "courses__topics",
            "faculty__research_topics",
            "start_terms",
            "sources",
            models.Prefetch(
                "partnerships", queryset=Partnership.objects.select_related("partner")
            ),
            models.Prefetch(
                "outcomes",
                queryset=Outcome.objects.select_related("salary_currency").with_role_names(),
            ),
        )

    def in_order(self, ids: list[int]) -> list[models.Model]:
        """The programmes with these ids that this queryset holds, in the order given."""
        found = self.in_bulk(ids) if ids else {}
        return [found[pk] for pk in ids if pk in found]

    def related_ids(self, program: models.Model, limit: int = 4) -> list[int]:
        """Programmes in the same subject, best first: those taught the same way (format,
        and a pace the student could keep) before the others, then the most shared topics,
        then by title.

        Only the programmes taught alike have their shared topics counted (one indexed
        look-up each), unless fewer than ``limit`` are and the others are shown too; the
        ranking still reads every programme in the subject: cache it (``caching``)."""
        Pace = self.model.Pace
        topic_ids = [topic.pk for topic in program.topics.all()]
        others = self.exclude(pk=program.pk).filter(subject_area=program.subject_area)
        if program.pace == Pace.EITHER:
            alike = Q(delivery=program.delivery)
            same_pace = models.Value(1)  # whoever can study at either pace can take any
        else:
            pace = Q(pace__in=[program.pace, Pace.EITHER])
            alike = Q(delivery=program.delivery) & pace
            same_pace = models.Case(models.When(pace, then=1), default=0)
        if topic_ids:
            sharing = self.model.topics.through.objects.filter(
                program=models.OuterRef("pk"), topic__in=topic_ids
            )
            count = models.Subquery(sharing.values(n=models.Func("topic", function="COUNT")))
            few_alike = ~models.Exists(others.filter(alike)[limit - 1 :])
            shared = models.Case(models.When(alike | few_alike, then=count), default=0)
        else:
            shared = models.Value(0)
        ranked = others.annotate(
            shared=shared,
            same_format=models.Case(models.When(delivery=program.delivery, then=1), default=0),
            same_pace=same_pace,
        ).order_by("-same_format", "-same_pace", "-shared", "title", "pk")
        return list(ranked.values_list("pk", flat=True)[:limit])

    def with_next_deadline(self, today: date | None = None) -> ProgramQuerySet:
        upcoming = (
            Deadline.objects.published()
            .filter(program=models.OuterRef("pk"), closes_on__gte=today or timezone.localdate())
            .order_by("closes_on")
        )
        return self.annotate(next_deadline=models.Subquery(upcoming.values("closes_on")[:1]))

    def search(self, text: str, *, indexed: bool = True) -> ProgramQuerySet:
        """Full-text search over the programme's search document.

        Every word must match the start of a word in the document, or one of the
        phrases it stands for (``search.SYNONYMS``). PostgreSQL uses its text search (a
        GIN-indexed tsvector, ranked); SQLite an FTS5 index of the same normalised words
        (``programs.search``), other databases LIKE, so the same words give the same
        results on all of them. Without ``indexed``, for a few programmes already
        chosen by id, SQLite reads their documents too: its index would find every
        programme the words match first.
        """
        terms = search.search_terms(text)
        if not terms:
            return self.annotate(rank=models.Value(0))
        groups = search.expand(terms)
        # Ranked first by how many of the words the title holds, on every database.
        words = dict.fromkeys(word for group in groups for alt in group for word in alt)
        title_hits = sum(
            (models.Case(models.When(title__icontains=word, then=1), default=0) for word in words),
            start=models.Value(0),
        )
        if connections[self.db].vendor == "postgresql":
            # Then by PostgreSQL's own rank (how often they occur), always below 1.
            query = SearchQuery(search.tsquery(groups), search_type="raw", config="simple")
            return self.filter(search_vector=query).annotate(
                rank=title_hits + SearchRank(models.F("search_vector"), query)
            )
        if connections[self.db].vendor == "sqlite" and indexed:
            programs = self.filter(pk__in=search.matching_ids(groups))
        else:
            programs = self
            for group in groups:
                matches = Q()
                for alternative in group:
                    matches |= Q(
                        *(Q(search_document__contains=f" {word}") for word in alternative)
                    )
                programs = programs.filter(matches)
        return programs.annotate(rank=title_hits)

    def refresh_search_documents(self) -> None:
        """Rebuild the text that search runs on: title, university, place, topics,
        course titles, faculty and their research topics. A few bulk queries per
        thousand programmes."""
        model = self.model
        ids = list(self.values_list("pk", flat=True))
        for start in range(0, len(ids), 1000):
            chunk = ids[start : start + 1000]
            words: dict[int, list[str]] = defaultdict(list)
            for pk, *fields in model.objects.filter(pk__in=chunk).values_list(
                "pk", "title", "university__name", "university__city", "university__country"
            ):
                *text, country = fields
                words[pk] += [*text, countries.name(country)]
            related = [
                model.topics.through.objects.values_list("program_id", "topic__name"),
                Course.objects.values_list("program_id", "title"),
                FacultyMember.programs.through.objects.values_list(
                    "program_id", "facultymember__name"
                ),
                FacultyMember.programs.through.objects.values_list(
                    "program_id", "facultymember__research_topics__name"
                ),
            ]
            for rows in related:
                for pk, text in rows.filter(program_id__in=chunk):
                    if text:
                        words[pk].append(text)
            programs = [
                model(pk=pk, search_document=search.search_document(texts))
                for pk, texts in words.items()
            ]
            model.objects.bulk_update(programs, ["search_document"], batch_size=500)
            if connections[self.db].vendor == "postgresql":
                model.objects.filter(pk__in=chunk).update(search_vector=search.SEARCH_VECTOR)

    def refresh_costs(self, currency: str | None = None) -> int:
        """Recompute the stored base-currency costs, e.g. after an exchange rate changed."""
        model = self.model
        programs = self.select_related("tuition_currency", "living_cost_currency")
        if currency:
            programs = programs.filter(
                Q(tuition_currency=currency) | Q(living_cost_currency=currency)
            )
        changed = []
        for program in programs.iterator(chunk_size=2000):
            program.compute_costs()
            changed.append(program)
        model.objects.bulk_update(changed, model.COST_FIELDS, batch_size=1000)
        return len(changed)
