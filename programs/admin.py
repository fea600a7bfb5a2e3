"""The catalogue in the admin: programmes with their inlines, import and export, bulk
actions, freshness, and a check that stops an editor overwriting another's changes."""

from urllib.parse import urlsplit

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import router, transaction
from django.db.models import F, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import capfirst
from django_countries.filters import CountryFilter
from import_export.admin import ImportExportMixin
from simple_history.admin import SimpleHistoryAdmin

from core.admin import ChangeReasonMixin, ExportForm, SpreadsheetAdminMixin

from . import (
    admin_changes,  # noqa: F401  (registers the log of key-fact changes)
    signals,
)
from .admin_careers import AFTER_THE_DEGREE, CAREER_WIDGETS, LIST_FILTERS, OutcomeInline
from .models import (
    STALE_AFTER_DAYS,
    Course,
    Deadline,
    ExchangeRate,
    FactSource,
    FacultyMember,
    IndustryPartner,
    Partnership,
    Program,
    StartTerm,
    Teaching,
    Topic,
    University,
    stale_condition,
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
    list_filter = [("country", CountryFilter)]
    search_fields = ["name", "city", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(IndustryPartner)
class IndustryPartnerAdmin(admin.ModelAdmin):
    list_display = ["name", "website"]
    search_fields = ["name"]


@admin.register(FacultyMember)
class FacultyMemberAdmin(SimpleHistoryAdmin):
    list_display = ["name", "title", "university"]
    list_filter = [("university__country", CountryFilter)]
    list_select_related = ["university"]
    search_fields = ["name", "research_topics__name"]
    autocomplete_fields = ["university", "research_topics", "programs"]


class NamedFieldsInline(admin.TabularInline):
    """A table of rows whose inputs each carry their column's name, for screen readers:
    Django's tabular inline labels only the column heading."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None:
            formfield.widget.attrs.setdefault("aria-label", capfirst(db_field.verbose_name))
        return formfield


class FactSourceInline(NamedFieldsInline):
    model = FactSource
    extra = 0
    fields = ["fact", "source_url", "intake", "checked_on", "checked_by"]
    readonly_fields = ["checked_by"]
    verbose_name = "source"
    verbose_name_plural = "sources: where each group of facts comes from"


class StartTermInline(NamedFieldsInline):
    model = StartTerm
    extra = 0
    fields = ["starts_on", "source_url", "checked_on", "checked_by"]
    readonly_fields = ["checked_by"]
    verbose_name_plural = "intakes: their dates count only with a source"


class DeadlineInline(NamedFieldsInline):
    model = Deadline
    extra = 0
    fields = ["intake", "name", "closes_on", "note"]

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        intakes = formset.form.base_fields["intake"]
        # Only this programme's intakes (saved ones: add a new intake, save, then pick it).
        intakes.queryset = (
            StartTerm.objects.filter(program=obj) if obj else StartTerm.objects.none()
        )
        intakes.required = True
        return formset


class CourseInline(admin.TabularInline):
    model = Course
    extra = 0
    autocomplete_fields = ["topics"]


class PartnershipInline(admin.TabularInline):
    model = Partnership
    extra = 0
    autocomplete_fields = ["partner"]


class TeachingForm(forms.ModelForm):
    class Meta:
        model = Teaching
        fields = ["facultymember"]
        labels = {"facultymember": "Faculty member"}


class FacultyInline(admin.TabularInline):
    """Who teaches in the programme, each row named after the person."""

    model = Teaching
    form = TeachingForm
    extra = 0
    autocomplete_fields = ["facultymember"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("facultymember")


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
        widgets = CAREER_WIDGETS

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
    resource_classes = [ProgramResource]
    export_form_class = ExportForm
    # Six columns that fit beside the filters at 1280 px: what it is, where, whether
    # visitors see it, how it is taught, what it costs and whether its facts are fresh.
    list_display = ["title", "where", "status", "format", "total_cost", "freshness"]
    list_filter = [
        "status",
        FreshnessFilter,
        "delivery",
        "pace",
        "degree_type",
        "subject_area",
        ("university__country", CountryFilter),
        *LIST_FILTERS,
    ]
    list_select_related = ["university"]
    search_fields = ["title", "university__name", "university__city", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["university", "topics", "tuition_currency", "living_cost_currency"]
    readonly_fields = ["created", "updated"]
    actions = ["publish", "unpublish", "mark_verified_today"]
    save_on_top = True
    inlines = [
        FactSourceInline,
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
                    ("has_thesis", "has_capstone"),
                    "topics",
                ]
            },
        ),
        (
            "Money",
            {
                "fields": [
                    ("tuition_amount", "tuition_intl_amount"),
                    "intl_fee_same",
                    ("tuition_currency", "tuition_basis"),
                    ("living_cost_monthly", "living_cost_currency"),
                ]
            },
        ),
        AFTER_THE_DEGREE,
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

    @admin.display(description="university", ordering="university__name")
    def where(self, program: Program) -> str:
        return f"{program.university.name} · {program.university.country.name}"

    @admin.display(description="format", ordering="delivery")
    def format(self, program: Program) -> str:
        return (
            f"{program.get_delivery_display()}, {program.get_pace_display().lower()}, "
            f"{program.duration_months} months"
        )

    @admin.display(description="total tuition (EUR)", ordering="tuition_total_base")
    def total_cost(self, program: Program) -> str:
        if program.tuition_total_base is None:
            return "unknown"
        return f"{program.tuition_total_base:,.0f}"

    @admin.display(description="last verified", ordering="last_verified")
    def freshness(self, program: Program) -> str:
        if program.last_verified is None:
            return "⚠ never"
        verified = f"{program.last_verified:%-d %b %Y}"
        return (
            f"⚠ {verified}, over {STALE_AFTER_DAYS // 30} months ago"
            if program.is_stale
            else f"✓ {verified}"
        )

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

    def save_formset(self, request, form, formset, change):
        """A source whose check date an editor changes was checked by that editor. Rows
        of who teaches send no signal of their own (``signals.teaching_changed``)."""
        for inline_form in formset.forms:
            instance = inline_form.instance
            if "checked_on" in inline_form.changed_data and hasattr(instance, "checked_by"):
                instance.checked_by = request.user
        super().save_formset(request, form, formset, change)
        if formset.model is Teaching and formset.has_changed():
            signals.teaching_changed(form.instance)


class StaleFilter(admin.SimpleListFilter):
    """Facts to re-check: for an intake that has started or that the source does not
    name, never checked, or checked more than a year ago."""

    title = "freshness"
    parameter_name = "freshness"
    intake_field: str | None = None

    def lookups(self, request, model_admin):
        return [("stale", "To re-check"), ("fresh", "Checked and current")]

    def condition(self, today):
        return stale_condition(self.intake_field, today)

    def queryset(self, request, queryset):
        stale = self.condition(timezone.localdate())
        if self.value() == "stale":
            return queryset.filter(stale)
        if self.value() == "fresh":
            return queryset.exclude(stale)
        return queryset


class CheckedTodayMixin(ChangeReasonMixin):
    """The re-check lists: oldest check first, each with its source, and a one-click
    "checked today, still true"."""

    actions = ["checked_today"]
    search_fields = ["program__title", "program__university__name", "source_url"]
    list_select_related = ["program__university", "checked_by"]
    ordering = [F("checked_on").asc(nulls_first=True), "program__title"]

    @admin.display(description="source")
    def source_link(self, obj) -> str:
        if not obj.source_url:
            return "not sourced"
        host = urlsplit(obj.source_url).hostname or obj.source_url
        return format_html(
            '<a href="{}" rel="noopener" target="_blank">{}</a>', obj.source_url, host
        )

    @admin.display(description="speaks for")
    def speaks_for(self, obj) -> str:
        return obj.speaks_for_label

    @admin.display(description="to re-check", boolean=True)
    def to_recheck(self, obj) -> bool:
        return obj.is_stale()

    @admin.action(description="Checked today at the source: still true", permissions=["change"])
    def checked_today(self, request: HttpRequest, queryset: QuerySet) -> None:
        changed = self.save_each(
            queryset,
            "Checked at the source: still true",
            checked_on=timezone.localdate(),
            checked_by=request.user,
        )
        self.message_user(
            request, f"{len(changed)} fact(s) marked as checked today.", messages.SUCCESS
        )


class FactStaleFilter(StaleFilter):
    def condition(self, today):
        return FactSource.stale(today)


class IntakeStaleFilter(StaleFilter):
    intake_field = "starts_on"


@admin.register(FactSource)
class FactSourceAdmin(CheckedTodayMixin, SimpleHistoryAdmin):
    list_display = [
        "program",
        "fact",
        "speaks_for",
        "source_link",
        "checked_on",
        "checked_by",
        "to_recheck",
    ]
    list_filter = [FactStaleFilter, "fact"]
    autocomplete_fields = ["program"]
    readonly_fields = ["checked_by"]


@admin.register(StartTerm)
class IntakeAdmin(CheckedTodayMixin, SimpleHistoryAdmin):
    list_display = [
        "program",
        "__str__",
        "starts_on",
        "source_link",
        "checked_on",
        "checked_by",
        "to_recheck",
    ]
    list_filter = [IntakeStaleFilter]
    autocomplete_fields = ["program"]
    readonly_fields = ["checked_by"]
