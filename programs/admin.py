"""The catalogue in the admin: programmes with their inlines, import and export, bulk
actions, freshness, and a check that stops an editor overwriting another's changes."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import router, transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from import_export.admin import ImportExportMixin
from import_export.forms import ImportForm
from simple_history.admin import SimpleHistoryAdmin

from core.admin import ChangeReasonMixin, SpreadsheetAdminMixin

from .models import (
    STALE_AFTER_DAYS,
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
from .resources import ProgramResource


@admin.register(ExchangeRate)
class ExchangeRateAdmin(SimpleHistoryAdmin):
    list_display = ["currency", "name", "rate_to_base", "as_of"]
    search_fields = ["currency", "name"]
    ordering = ["currency"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(University)
class UniversityAdmin(SimpleHistoryAdmin):
    list_display = ["name", "country", "city"]
    list_filter = ["country"]
    search_fields = ["name", "city", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(IndustryPartner)
class IndustryPartnerAdmin(admin.ModelAdmin):
    list_display = ["name", "website"]
    search_fields = ["name"]


@admin.register(FacultyMember)
class FacultyMemberAdmin(SimpleHistoryAdmin):
    list_display = ["name", "title", "university"]
    list_filter = ["university__country"]
    list_select_related = ["university"]
    search_fields = ["name", "research_topics__name"]
    autocomplete_fields = ["university", "research_topics", "programs"]


class StartTermInline(admin.TabularInline):
    model = StartTerm
    extra = 0


class DeadlineInline(admin.TabularInline):
    model = Deadline
    extra = 0


class CourseInline(admin.TabularInline):
    model = Course
    extra = 0
    autocomplete_fields = ["topics"]


class PartnershipInline(admin.TabularInline):
    model = Partnership
    extra = 0
    autocomplete_fields = ["partner"]


class OutcomeInline(admin.StackedInline):
    model = Outcome
    extra = 0


class FacultyInline(admin.TabularInline):
    model = FacultyMember.programs.through
    extra = 0
    autocomplete_fields = ["facultymember"]
    verbose_name = "faculty member"
    verbose_name_plural = "faculty"


class FreshnessFilter(admin.SimpleListFilter):
    title = "freshness"
    parameter_name = "freshness"

    def lookups(self, request, model_admin):
        return [("stale", "Stale or never verified"), ("fresh", "Verified recently")]

    def queryset(self, request, queryset):
        if self.value() == "stale":
            return queryset.stale()
        if self.value() == "fresh":
            return queryset.exclude(pk__in=queryset.stale().values("pk"))
        return queryset


MAX_IMPORT_BYTES = 5 * 1024 * 1024


class ProgramImportForm(ImportForm):
    """The spreadsheet upload, refused with a clear message when it is too large."""

    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise ValidationError(
                f"This file is {upload.size / 1024 / 1024:.1f} MB; imports are limited to "
                f"{MAX_IMPORT_BYTES // 1024 // 1024} MB. Split it into smaller files."
            )
        return upload


def changes_since(program: Program, seen_revision: int) -> tuple[object, list[str]]:
    """Who last saved the programme, and each field changed since ``seen_revision``."""
    latest = program.history.order_by("-history_id").first()
    seen = program.history.filter(revision=seen_revision).order_by("-history_id").first()
    if latest is None or seen is None:
        return (latest, [])
    changes = [
        f"{Program._meta.get_field(change.field).verbose_name}: "
        f"“{change.old if change.old not in (None, '') else '(empty)'}” → "
        f"“{change.new if change.new not in (None, '') else '(empty)'}”"
        for change in latest.diff_against(seen, excluded_fields=["revision"]).changes
    ]
    return (latest, changes)


class ProgramAdminForm(forms.ModelForm):
    """Refuses to overwrite changes another editor saved after this form was opened."""

    seen_revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Program
        fields = "__all__"  # noqa: DJ007 (the admin's fieldsets choose what is shown)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # The stored revision, not the instance's: a history revert form holds an old copy.
            stored = Program.objects.filter(pk=self.instance.pk).values_list("revision", flat=True)
            self.fields["seen_revision"].initial = stored.first()

    def clean(self):
        cleaned = super().clean()
        seen = cleaned.get("seen_revision")
        if not self.instance.pk or seen is None:
            return cleaned
        # The check and the save are one step: the admin validates and saves in one
        # transaction (see ProgramAdmin), and this locks the row until it commits, so a
        # second editor saving at the same moment waits here, then sees the new revision.
        # (SQLite takes its write lock when that transaction begins, to the same effect.)
        current = (
            Program.objects.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("revision", flat=True)
            .first()
        )
        if current is not None and current != seen:
            latest, changes = changes_since(self.instance, seen)
            who = getattr(latest, "history_user", None) or "another editor"
            when = latest.history_date.strftime("%d %b %Y %H:%M") if latest else "meanwhile"
            # Let a second save go through knowingly, with the editor's input intact.
            self.data = self.data.copy()
            self.data["seen_revision"] = current
            raise ValidationError(
                "This programme was changed by %(who)s on %(when)s, after you opened it. "
                "Your changes are not saved yet. What they changed: %(changes)s. "
                "Check the fields below and save again to keep your version.",
                code="edit_conflict",
                params={
                    "who": who,
                    "when": when,
                    "changes": "; ".join(changes) or "related details",
                },
            )
        return cleaned


@admin.register(Program)
class ProgramAdmin(
    ChangeReasonMixin, SpreadsheetAdminMixin, ImportExportMixin, SimpleHistoryAdmin
):
    form = ProgramAdminForm
    import_form_class = ProgramImportForm
    resource_classes = [ProgramResource]
    list_display = [
        "title",
        "university",
        "status",
        "country",
        "delivery",
        "pace",
        "total_cost",
        "last_verified",
        "freshness",
    ]
    list_filter = [
        "status",
        FreshnessFilter,
        "delivery",
        "pace",
        "degree_type",
        "subject_area",
        "university__country",
    ]
    list_select_related = ["university"]
    search_fields = ["title", "university__name", "university__city", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["university", "topics", "tuition_currency", "living_cost_currency"]
    readonly_fields = ["created", "updated"]
    actions = ["publish", "unpublish", "mark_verified_today"]
    save_on_top = True
    inlines = [
        StartTermInline,
        DeadlineInline,
        CourseInline,
        FacultyInline,
        PartnershipInline,
        OutcomeInline,
    ]
    fieldsets = [
        (
            None,
            {"fields": ["university", "title", "slug", "status", "description", "seen_revision"]},
        ),
        (
            "Programme",
            {
                "fields": [
                    ("degree_type", "subject_area"),
                    ("delivery", "pace"),
                    ("duration_months", "language"),
                    ("has_thesis", "has_capstone", "has_internship"),
                    "topics",
                ]
            },
        ),
        (
            "Money",
            {
                "fields": [
                    ("tuition_amount", "tuition_intl_amount"),
                    ("tuition_currency", "tuition_basis"),
                    ("living_cost_monthly", "living_cost_currency"),
                ]
            },
        ),
        (
            "Entry requirements",
            {
                "fields": [
                    "required_background",
                    ("min_ielts", "min_toefl"),
                    ("gre", "work_experience_months"),
                ]
            },
        ),
        (
            "Source and freshness",
            {"fields": ["official_url", "apply_url", "last_verified", "editor_notes"]},
        ),
        ("Record", {"fields": [("created", "updated")], "classes": ["collapse"]}),
    ]

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """Reverting to an earlier version is checked and saved in one transaction, as
        the change page is (Django's admin makes that one atomic itself)."""
        with transaction.atomic(using=router.db_for_write(Program)):
            return super().history_form_view(request, object_id, version_id, extra_context)

    @admin.display(description="country", ordering="university__country")
    def country(self, program: Program) -> str:
        return program.university.country.name

    @admin.display(description="total tuition (EUR)", ordering="tuition_total_base")
    def total_cost(self, program: Program) -> str:
        if program.tuition_total_base is None:
            return "unknown"
        return f"{program.tuition_total_base:,.0f}"

    @admin.display(description="freshness", boolean=False)
    def freshness(self, program: Program) -> str:
        if program.last_verified is None:
            return "⚠ never verified"
        if program.is_stale:
            return f"⚠ over {STALE_AFTER_DAYS // 30} months old"
        return "✓ fresh"

    @admin.action(description="Publish selected programmes", permissions=["change"])
    def publish(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._set(request, queryset, "published", status=Program.Status.PUBLISHED)

    @admin.action(description="Unpublish selected programmes", permissions=["change"])
    def unpublish(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._set(request, queryset, "unpublished", status=Program.Status.DRAFT)

    @admin.action(description="Mark selected programmes as verified today", permissions=["change"])
    def mark_verified_today(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._set(request, queryset, "marked verified today", last_verified=timezone.localdate())

    def _set(self, request: HttpRequest, queryset: QuerySet, verb: str, **values) -> None:
        queryset = queryset.select_related("tuition_currency", "living_cost_currency")
        changed = self.save_each(queryset, f"Bulk action: {verb}", **values)
        self.message_user(request, f"{len(changed)} programme(s) {verb}.", messages.SUCCESS)
