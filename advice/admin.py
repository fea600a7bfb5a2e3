from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminSplitDateTime
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from simple_history.admin import SimpleHistoryAdmin

from core.admin import ChangeReasonMixin

from .models import Article, Tag


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Article)
class ArticleAdmin(ChangeReasonMixin, SimpleHistoryAdmin):
    list_display = ["title", "category", "status", "publish_date", "visibility", "updated_at"]
    list_filter = ["status", "category", "tags", "publish_date"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["tags", "related_topics", "related_programs"]
    date_hierarchy = "publish_date"
    readonly_fields = ["preview_link", "reading_minutes", "created_at", "updated_at"]
    actions = ["publish", "unpublish"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "author", "summary", "body", "tags"]}),
        ("Related", {"fields": ["related_topics", "related_programs"]}),
        ("Publishing", {"fields": ["status", "publish_date", "preview_link"]}),
        ("Search engines", {"fields": ["meta_description"]}),
        ("Details", {"fields": ["reading_minutes", "created_at", "updated_at"]}),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        """The publish date's two boxes named for screen readers: the admin writes "Date:"
        and "Time:" beside them, in no label."""
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and isinstance(formfield.widget, AdminSplitDateTime):
            name = capfirst(db_field.verbose_name)
            date, time = formfield.widget.widgets
            date.attrs["aria-label"] = f"{name}: date"
            time.attrs["aria-label"] = f"{name}: time"
        return formfield

    def view_on_site(self, obj: Article) -> str:
        """The admin's "View on site" opens the preview, which works before publishing."""
        return reverse("advice:preview", kwargs={"pk": obj.pk})

    @admin.display(description="Visible to the public")
    def visibility(self, obj: Article) -> str:
        if obj.is_published:
            return "Live"
        if obj.is_scheduled:
            return f"Scheduled for {obj.publish_date:%d %b %Y %H:%M}"
        return "No (draft)"

    @admin.display(description="Preview")
    def preview_link(self, obj: Article) -> str:
        if obj.pk is None:
            return "Save the article to preview it."
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">Preview the article as readers '
            "will see it</a> (shows the last saved version)",
            reverse("advice:preview", kwargs={"pk": obj.pk}),
        )

    @admin.action(description="Publish the selected articles")
    def publish(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        changed = self.save_each(
            queryset.exclude(status=Article.Status.PUBLISHED),
            "Published from the list",
            status=Article.Status.PUBLISHED,
        )
        scheduled = [article for article in changed if article.is_scheduled]
        self.message_user(request, f"Published {len(changed)} article(s).", messages.SUCCESS)
        if scheduled:
            self.message_user(
                request,
                f"{len(scheduled)} of them have a future publish date and will go live then.",
                messages.WARNING,
            )

    @admin.action(description="Unpublish the selected articles (back to draft)")
    def unpublish(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        changed = self.save_each(
            queryset.exclude(status=Article.Status.DRAFT),
            "Unpublished from the list",
            status=Article.Status.DRAFT,
        )
        self.message_user(request, f"Unpublished {len(changed)} article(s).", messages.SUCCESS)
