"""What lets a visitor follow the catalogue without an account: the private link to
their shortlist's calendar, and the log of key-fact changes that a search's feed reads."""

from __future__ import annotations

import secrets

from django.db import models

from .details import StartTerm


def new_token() -> str:
    return secrets.token_urlsafe(24)


class ShortlistCalendar(models.Model):
    """An unguessable name for one visitor's shortlist, so a calendar app can follow it
    without the session key ever leaving the visitor's browser."""

    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    session_key = models.CharField(max_length=40, db_index=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"Shortlist calendar {self.token[:6]}…"


class KeyFactChange(models.Model):
    """One change to a fact a student acts on (a fee, a deadline, the format), or a
    programme newly published: written when editors save, never edited afterwards."""

    class Kind(models.TextChoices):
        NEW = "new", "New programme"
        CHANGED = "changed", "Changed"
        DEADLINE = "deadline", "New deadline"

    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="key_fact_changes"
    )
    kind = models.CharField(max_length=10, choices=Kind)
    fact = models.CharField(max_length=50, blank=True, help_text="e.g. Tuition")
    before = models.CharField(max_length=200, blank=True)
    after = models.CharField(max_length=200, blank=True)
    # Where the new value comes from: the group of facts (``FactSource.Fact``) or, for a
    # date, the intake.
    source_fact = models.CharField(max_length=12, blank=True)
    intake = models.ForeignKey(
        StartTerm, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        indexes = [models.Index(fields=["changed_at", "program"], name="keyfactchange_when_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=["new", "changed", "deadline"]),
                name="keyfactchange_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.summary

    @property
    def summary(self) -> str:
        """What changed, in a student's words."""
        if self.kind == self.Kind.NEW:
            return "New programme"
        if self.kind == self.Kind.DEADLINE:
            return f"New deadline: {self.after}"
        return f"{self.fact}: {self.before} → {self.after}"
