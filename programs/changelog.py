"""The log of what changed in the facts a student acts on, written as editors save.

A programme newly published, a changed fee, length or format (the programme's
``key_facts()``, the same facts the shortlist's "changed since you saved it" compares),
and a published deadline that is new, moved or withdrawn (deleted, with its intake or
on its own, or its intake's source taken away) each add one ``KeyFactChange``. The feed
of a search (``feeds.py``) reads this log, so it never has to work out from history
what changed. Saves that write behind the ORM's back (bulk loaders, raw SQL) are not
logged; spreadsheet imports save each row and are.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.db.models.signals import post_save, pre_delete, pre_save

from .models import Deadline, FactSource, KeyFactChange, Program, StartTerm

# The programme's own key facts (the next deadline is logged by the deadlines), and the
# group of facts whose source says where each comes from.
PROGRAM_FACTS = {
    "Tuition": FactSource.Fact.TUITION,
    "International tuition": FactSource.Fact.TUITION,
    "Duration": FactSource.Fact.DURATION,
    "Format": FactSource.Fact.DURATION,
}
FACT_FIELDS = [
    "status",
    "tuition_amount",
    "tuition_intl_amount",
    "intl_fee_same",
    "tuition_currency_id",
    "tuition_basis",
    "duration_months",
    "delivery",
    "pace",
]


def program_facts(program: Program) -> dict[str, str]:
    facts = program.key_facts()
    return {label: facts[label] for label in PROGRAM_FACTS}


def program_saving(sender, instance: Program, raw: bool = False, **kwargs) -> None:
    """Note the programme's facts as they were before this save."""
    before = None
    if not raw and instance.pk is not None and not instance._state.adding:
        before = Program.objects.filter(pk=instance.pk).values(*FACT_FIELDS).first()
    instance._facts_before = before


def program_saved(sender, instance: Program, created: bool, raw: bool = False, **kwargs) -> None:
    if raw or instance.status != Program.Status.PUBLISHED:
        return
    before = getattr(instance, "_facts_before", None)
    if before is None or before["status"] != Program.Status.PUBLISHED:
        KeyFactChange.objects.create(program=instance, kind=KeyFactChange.Kind.NEW)
        return
    was = program_facts(Program(**before))
    now = program_facts(instance)
    KeyFactChange.objects.bulk_create(
        KeyFactChange(
            program=instance,
            kind=KeyFactChange.Kind.CHANGED,
            fact=label,
            before=was[label],
            after=now[label],
            source_fact=PROGRAM_FACTS[label],
        )
        for label in PROGRAM_FACTS
        if was[label] != now[label]
    )


def day(value) -> str:
    return f"{value:%-d %b %Y}"


def deadline_saving(sender, instance: Deadline, raw: bool = False, **kwargs) -> None:
    before = None
    if not raw and instance.pk is not None and not instance._state.adding:
        before = Deadline.objects.filter(pk=instance.pk).values("closes_on", "intake_id").first()
    instance._date_before = before


def deadline_saved(sender, instance: Deadline, raw: bool = False, **kwargs) -> None:
    """A published deadline that is new, moved or moved to another intake."""
    before = getattr(instance, "_date_before", None)
    if raw or not is_published(instance) or not program_is_published(instance.program_id):
        return
    if before and (before["closes_on"], before["intake_id"]) == (
        instance.closes_on,
        instance.intake_id,
    ):
        return
    if before and before["intake_id"] == instance.intake_id:
        log_deadline(instance, moved_from=before["closes_on"])
    else:
        log_deadline(instance)


def intake_saving(sender, instance: StartTerm, raw: bool = False, **kwargs) -> None:
    was_sourced = False
    if not raw and instance.pk is not None and not instance._state.adding:
        was_sourced = StartTerm.objects.filter(pk=instance.pk).exclude(source_url="").exists()
    instance._was_sourced = was_sourced


def intake_saved(sender, instance: StartTerm, raw: bool = False, **kwargs) -> None:
    """An intake whose dates are sourced for the first time publishes its deadlines;
    one whose source is taken away withdraws them."""
    was_sourced = getattr(instance, "_was_sourced", None)
    if raw or was_sourced is None or was_sourced == instance.is_sourced:
        return
    if not program_is_published(instance.program_id):
        return
    for deadline in instance.deadlines.all():
        deadline.intake = instance
        if instance.is_sourced:
            log_deadline(deadline)
        else:
            log_withdrawn(deadline, instance)


def deadline_deleting(sender, instance: Deadline, origin=None, **kwargs) -> None:
    """A published deadline about to be deleted, on its own or with its intake (not
    with its programme, which leaves every list). Logged before the delete, while its
    intake is still there to name."""
    deleting = origin.model if isinstance(origin, QuerySet) else type(origin)
    if deleting not in (Deadline, StartTerm):
        return
    intake = StartTerm.objects.filter(pk=instance.intake_id).first()
    if intake is None or not intake.is_sourced or not program_is_published(instance.program_id):
        return
    log_withdrawn(instance, intake, keep_intake=deleting is Deadline)


def is_published(deadline: Deadline) -> bool:
    return deadline.intake_id is not None and deadline.intake.is_sourced


def program_is_published(program_id: int) -> bool:
    return Program.objects.published().filter(pk=program_id).exists()


def log_deadline(deadline: Deadline, moved_from=None) -> None:
    named = "" if deadline.name == "Applications close" else f" ({deadline.name})"
    common = {"program_id": deadline.program_id, "intake": deadline.intake}
    if moved_from is None:
        KeyFactChange.objects.create(
            kind=KeyFactChange.Kind.DEADLINE,
            fact="Deadline",
            after=f"{day(deadline.closes_on)} for {deadline.intake}{named}",
            **common,
        )
    else:
        KeyFactChange.objects.create(
            kind=KeyFactChange.Kind.CHANGED,
            fact=f"Deadline for {deadline.intake}{named}",
            before=day(moved_from),
            after=day(deadline.closes_on),
            **common,
        )


def log_withdrawn(deadline: Deadline, intake: StartTerm, keep_intake: bool = True) -> None:
    """A deadline no longer published; the entry names its intake in words, and links
    to it only while the intake itself stays."""
    named = "" if deadline.name == "Applications close" else f" ({deadline.name})"
    KeyFactChange.objects.create(
        program_id=deadline.program_id,
        intake=intake if keep_intake else None,
        kind=KeyFactChange.Kind.CHANGED,
        fact=f"Deadline for {intake}{named}",
        before=day(deadline.closes_on),
        after="withdrawn",
    )


def connect() -> None:
    receivers = [
        (Program, program_saving, program_saved),
        (Deadline, deadline_saving, deadline_saved),
        (StartTerm, intake_saving, intake_saved),
    ]
    for model, saving, saved in receivers:
        uid = f"key-facts:{model._meta.label}"
        pre_save.connect(saving, sender=model, dispatch_uid=f"{uid}:saving")
        post_save.connect(saved, sender=model, dispatch_uid=f"{uid}:saved")
    pre_delete.connect(
        deadline_deleting, sender=Deadline, dispatch_uid="key-facts:deadline-deleting"
    )
