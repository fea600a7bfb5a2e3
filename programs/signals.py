"""Keep each programme's search document, and what is cached about the catalogue, in
step with what editors change.

Bulk loaders (seed_demo, generate_programs, restore) bypass these signals and call
``Program.objects.refresh_search_documents()`` and ``bump_catalogue_version()`` once at
the end instead.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from .caching import bump_catalogue_version
from .models import (
    Course,
    Deadline,
    ExchangeRate,
    FacultyMember,
    Program,
    StartTerm,
    Topic,
    University,
)


def refresh(**lookup) -> None:
    Program.objects.filter(**lookup).refresh_search_documents()


@receiver(post_save, sender=Program)
def program_saved(sender, instance: Program, raw: bool = False, **kwargs) -> None:
    if not raw:
        refresh(pk=instance.pk)


@receiver(post_save, sender=University)
def university_saved(sender, instance: University, raw: bool = False, **kwargs) -> None:
    if not raw:
        refresh(university=instance)


@receiver(post_save, sender=Topic)
def topic_saved(sender, instance: Topic, raw: bool = False, **kwargs) -> None:
    if not raw:
        refresh(topics=instance)


@receiver([post_save, post_delete], sender=Course)
def course_changed(sender, instance: Course, raw: bool = False, **kwargs) -> None:
    if not raw:
        refresh(pk=instance.program_id)


@receiver(post_save, sender=FacultyMember)
def faculty_saved(sender, instance: FacultyMember, raw: bool = False, **kwargs) -> None:
    if not raw:
        refresh(faculty=instance)


@receiver(m2m_changed, sender=Program.topics.through)
@receiver(m2m_changed, sender=Course.topics.through)
@receiver(m2m_changed, sender=FacultyMember.programs.through)
@receiver(m2m_changed, sender=FacultyMember.research_topics.through)
def relations_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if not action.startswith("post_"):
        return
    if isinstance(instance, Program):
        refresh(pk=instance.pk)
    elif isinstance(instance, Course):
        refresh(pk=instance.program_id)
    elif isinstance(instance, FacultyMember):
        refresh(faculty=instance)
        if sender is FacultyMember.programs.through and pk_set:
            refresh(pk__in=pk_set)  # programmes the member was just removed from
    elif isinstance(instance, Topic):
        if sender is Program.topics.through and pk_set:
            refresh(pk__in=pk_set)  # programmes the topic was just removed from
        refresh(topics=instance)
        refresh(courses__topics=instance)
        refresh(faculty__research_topics=instance)


@receiver(pre_delete, sender=FacultyMember)
def faculty_deleting(sender, instance: FacultyMember, **kwargs) -> None:
    instance.former_program_ids = list(instance.programs.values_list("pk", flat=True))


@receiver(post_delete, sender=FacultyMember)
def faculty_deleted(sender, instance: FacultyMember, **kwargs) -> None:
    refresh(pk__in=getattr(instance, "former_program_ids", []))


# Everything the finder shows or searches: counts, result pages and search all follow.
@receiver([post_save, post_delete], sender=Program)
@receiver([post_save, post_delete], sender=University)
@receiver([post_save, post_delete], sender=Topic)
@receiver([post_save, post_delete], sender=StartTerm)
@receiver([post_save, post_delete], sender=Deadline)
@receiver([post_save, post_delete], sender=Course)
@receiver([post_save, post_delete], sender=FacultyMember)
@receiver([post_save, post_delete], sender=ExchangeRate)  # re-prices every programme
@receiver(m2m_changed, sender=Program.topics.through)
@receiver(m2m_changed, sender=Course.topics.through)
@receiver(m2m_changed, sender=FacultyMember.programs.through)
@receiver(m2m_changed, sender=FacultyMember.research_topics.through)
def catalogue_changed(sender, action: str = "post_", **kwargs) -> None:
    """Whatever was cached about the catalogue as a whole is out of date. The bump is
    part of the editor's transaction: other requests see it when the change commits."""
    if action.startswith("post_"):
        bump_catalogue_version()
