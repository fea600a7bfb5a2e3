"""After the degree in the admin: the programme form's fieldset, the outcomes inline
with who counted what, list filters for the values in use, the roles, and the
destinations' own list, where they are imported and exported as spreadsheets."""

from django import forms
from django.contrib import admin
from import_export.admin import ImportExportMixin
from simple_history.admin import SimpleHistoryAdmin

from core.admin import ChangeReasonMixin, ExportForm, SpreadsheetAdminMixin

from .models import Outcome, Program, Role
from .models.careers import NOT_PUBLISHED, UNSAID_FLAGS
from .outcome_resource import OutcomeResource

AFTER_THE_DEGREE = (
    "After the degree",
    {
        "fields": [
            ("placement", "placement_months", "placement_paid"),
            "sponsored_project",
            ("careers_service", "employer_events", "alumni_network"),
            ("support_after_graduating", "support_after_months"),
        ],
        "description": "Leave what the programme's pages do not say as “Not published”: "
        "it is shown as not published, never as “No”. Add the pages under Sources "
        "(“Placements and industry projects”, “Careers support”).",
    },
)


class NotPublishedSelect(forms.NullBooleanSelect):
    """Yes, No, or Not published (rather than Django's "Unknown")."""

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.choices = [("unknown", NOT_PUBLISHED), ("true", "Yes"), ("false", "No")]


CAREER_WIDGETS = dict.fromkeys(UNSAID_FLAGS, NotPublishedSelect)


class InUseFilter(admin.SimpleListFilter):
    """Filter on a field by the values programmes have, named as the form names them;
    a field nobody has filled in offers nothing."""

    field = ""

    UNPUBLISHED = "unpublished"  # empty or NULL, which a query string cannot tell apart

    def lookups(self, request, model_admin):
        field = Program._meta.get_field(self.field)
        used = (
            model_admin.get_queryset(request)
            .order_by()
            .values_list(self.field, flat=True)
            .distinct()
        )
        labels = {True: "Yes", False: "No", **dict(field.flatchoices), None: NOT_PUBLISHED}
        values = {
            self.UNPUBLISHED if value in (None, "") else str(value): labels.get(value, value)
            for value in used
        }
        if set(values) <= {self.UNPUBLISHED}:
            return []
        return sorted(values.items(), key=lambda item: item[1])

    def queryset(self, request, queryset):
        value = self.value()
        field = Program._meta.get_field(self.field)
        if value is None:
            return queryset
        if value == self.UNPUBLISHED:
            return queryset.filter(
                **({f"{self.field}__isnull": True} if field.null else {self.field: ""})
            )
        if field.get_internal_type() == "BooleanField":
            return queryset.filter(**{self.field: value == "True"})
        return queryset.filter(**{self.field: value})


class PlacementFilter(InUseFilter):
    title = "placement"
    parameter_name = "placement"
    field = "placement"


class SponsoredFilter(InUseFilter):
    title = "industry-sponsored project"
    parameter_name = "sponsored"
    field = "sponsored_project"


class SupportAfterFilter(InUseFilter):
    title = "careers support after graduating"
    parameter_name = "support_after"
    field = "support_after_graduating"


LIST_FILTERS = [PlacementFilter, SponsoredFilter, SupportAfterFilter]


OUTCOME_FIELDS = [
    ("year", "within_months", "cohort_size"),
    ("employment_rate", "further_study_rate"),
    ("median_salary", "salary_currency"),
    "roles",
    "top_employers",
    ("counted", "reported_by"),
    ("source_url", "checked_on", "checked_by"),
]


class RolesAsCheckboxes:
    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "roles":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class OutcomeInline(RolesAsCheckboxes, admin.StackedInline):
    """Each year's destinations with what they count, by whom and within how long."""

    model = Outcome
    extra = 0
    fields = OUTCOME_FIELDS
    readonly_fields = ["checked_by"]


@admin.register(Outcome)
class OutcomeAdmin(
    RolesAsCheckboxes,
    ChangeReasonMixin,
    SpreadsheetAdminMixin,
    ImportExportMixin,
    SimpleHistoryAdmin,
):
    """Destinations of every programme, one graduating year a row: where spreadsheets
    of them are imported (with the same checks as the programme's form) and exported."""

    resource_classes = [OutcomeResource]
    export_form_class = ExportForm
    list_display = ["program", "year", "employment_rate", "further_study_rate", "reported_by"]
    list_filter = ["year"]
    list_select_related = ["program__university"]
    search_fields = ["program__title", "program__university__name", "reported_by"]
    autocomplete_fields = ["program", "salary_currency"]
    fields = ["program", *OUTCOME_FIELDS]
    readonly_fields = ["checked_by"]

    def save_model(self, request, obj, form, change):
        if "checked_on" in form.changed_data:
            obj.checked_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
