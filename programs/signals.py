"""Keep each programme's search document, and what is cached about the catalogue, in
step with what editors change.

``CATALOGUE_MODELS`` and ``CATALOGUE_LINKS`` list everything the finder, a programme's
page and the comparison show or search; a save or delete of any of them bumps the
catalogue version (``caching``) and rebuilds the search documents of the programmes it
touches. ``connect()`` wires the receivers once, from ``ProgramsConfig.ready()``. The
admin's rows of who teaches send no signal and call ``teaching_changed`` instead.

Loading fixtures (``restore``) saves rows raw: search documents come back as they were
backed up, so they are not rebuilt, but the version is still bumped. Bulk loaders
that write behind the ORM's back (``seed_demo``, ``generate_programs``) call
``Program.objects.refresh_search_documents()`` and ``bump_catalogue_version()`` once
when they finish.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Model, Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from . import warming
from .caching import bump_catalogue_version
from .models import (
    Course,
    Deadline,
    ExchangeRate,
    FactSource,
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

CATALOGUE_MODELS = [
    Program,
    University,
    Topic,
    StartTerm,
    Deadline,
    Course,
    FacultyMember,
    ExchangeRate,  # a new rate re-prices every programme in its currency
    Outcome,  # the finder filters on the roles and the further study they publish
    # What only a programme's page and the comparison show, kept drawn per ``shared``:
    FactSource,
    Partnership,
    IndustryPartner,
    Role,
]
CATALOGUE_LINKS = [
    Program.topics.through,
    Course.topics.through,
    FacultyMember.programs.through,
    FacultyMember.research_topics.through,
    Outcome.roles.through,
]


class Batch:
    """What a run of saves inside ``batched()`` changed."""

    def __init__(self) -> None:
        self.program_ids: set[int] = set()
        self.catalogue_changed = False

    def discard(self) -> None:
        """Nothing to do after all: the saves were rolled back (a dry run, say)."""
        self.program_ids.clear()
        self.catalogue_changed = False


_batch: ContextVar[Batch | None] = ContextVar("catalogue_batch", default=None)


@contextmanager
def batched() -> Iterator[Batch]:
    """Many saves in a row (a spreadsheet import): each programme's search document is
    rebuilt, and the catalogue version bumped, once at the end rather than per save.
    Meant to run inside the transaction that makes the saves."""
    batch = Batch()
    token = _batch.set(batch)
    try:
        yield batch
    finally:
        _batch.reset(token)
    ids = sorted(batch.program_ids)
    for start in range(0, len(ids), 1000):
        refresh(pk__in=ids[start : start + 1000])
    if batch.catalogue_changed:
        bump_catalogue_version()
        warming.schedule()


def refresh(**lookup) -> None:
    programs = Program.objects.filter(**lookup)
    if (batch := _batch.get()) is not None:
        batch.program_ids.update(
            [lookup["pk"]] if list(lookup) == ["pk"] else programs.values_list("pk", flat=True)
        )
        return
    programs.refresh_search_documents()


def programs_searchable_by(instance: Model) -> dict:
    """The lookup for the programmes whose search document holds ``instance``'s text."""
    if isinstance(instance, Program):
        return {"pk": instance.pk}
    if isinstance(instance, University):
        return {"university": instance}
    if isinstance(instance, Course):
        return {"pk": instance.program_id}
    if isinstance(instance, FacultyMember):
        return {"faculty": instance}
    return {}


def catalogue_changed(sender, action: str = "post_", raw: bool = False, **kwargs) -> None:
    """Whatever was cached about the catalogue as a whole is out of date; when only an
    existing programme's own row changed (its save bumped its ``revision``), what is
    cached per programme stays. The bump is part of the editor's transaction: other requests see
    it when the change commits, and the commonest lists are worked out again then
    (``warming``)."""
    if not action.startswith("post_"):
        return
    if (batch := _batch.get()) is not None:
        batch.catalogue_changed = True
    else:
        edited = sender is Program and not raw and kwargs.get("created") is False
        bump_catalogue_version(program=kwargs["instance"].pk if edited else None)
        warming.schedule()


def saved(sender, instance: Model, raw: bool = False, **kwargs) -> None:
    if raw:
        return
    if isinstance(instance, Topic):
        refresh_topic(instance)
    elif lookup := programs_searchable_by(instance):
        refresh(**lookup)


def refresh_topic(topic: Topic) -> None:
    """Programmes list their topics, and their faculty's research topics, by name."""
    refresh(topics=topic)
    refresh(faculty__research_topics=topic)


def deleting(sender, instance: Model, **kwargs) -> None:
    """Note which programmes mention what is about to go: the links go with it."""
    if isinstance(instance, Topic):
        programs = (
            Program.objects.filter(Q(topics=instance) | Q(faculty__research_topics=instance))
            .values_list("pk", flat=True)
            .distinct()
            .order_by()
        )
    elif isinstance(instance, FacultyMember):
        programs = instance.programs.values_list("pk", flat=True)
    else:
        return
    instance.former_program_ids = list(programs)


def deleted(sender, instance: Model, **kwargs) -> None:
    if isinstance(instance, Course):
        refresh(pk=instance.program_id)
    elif hasattr(instance, "former_program_ids"):
        refresh(pk__in=instance.former_program_ids)


def relations_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if not action.startswith("post_"):
        return
    if isinstance(instance, Topic):
        if sender is Program.topics.through and pk_set:
            refresh(pk__in=pk_set)  # programmes the topic was just removed from
        refresh_topic(instance)
        return
    refresh(**programs_searchable_by(instance))
    if sender is FacultyMember.programs.through and isinstance(instance, FacultyMember) and pk_set:
        refresh(pk__in=pk_set)  # programmes the member was just removed from


def teaching_changed(program: Program) -> None:
    """Who teaches in ``program`` was changed row by row (the admin's faculty rows):
    Django sends no signal for the rows of a link's own table, so the search document
    and the catalogue version are brought up to date here."""
    refresh(pk=program.pk)
    catalogue_changed(FacultyMember.programs.through)


def connect() -> None:
    for model in CATALOGUE_MODELS:
        uid = f"catalogue:{model._meta.label}"
        post_save.connect(saved, sender=model, dispatch_uid=f"{uid}:search-saved")
        pre_delete.connect(deleting, sender=model, dispatch_uid=f"{uid}:search-deleting")
        post_delete.connect(deleted, sender=model, dispatch_uid=f"{uid}:search-deleted")
        post_save.connect(catalogue_changed, sender=model, dispatch_uid=f"{uid}:saved")
        post_delete.connect(catalogue_changed, sender=model, dispatch_uid=f"{uid}:deleted")
    for link in CATALOGUE_LINKS:
        uid = f"catalogue:{link._meta.label}"
        m2m_changed.connect(relations_changed, sender=link, dispatch_uid=f"{uid}:search")
        m2m_changed.connect(catalogue_changed, sender=link, dispatch_uid=f"{uid}:changed")
