"""The log of key-fact changes in the admin: editors read what followers of a search
were told, and delete an entry a slip of the keyboard made (a fee typed wrong and put
right makes two); entries are written by saves, never by hand."""

from django.contrib import admin
from django.http import HttpRequest

from .models import KeyFactChange


@admin.register(KeyFactChange)
class KeyFactChangeAdmin(admin.ModelAdmin):
    list_display = ["changed_at", "program", "summary"]
    list_filter = ["kind"]
    list_select_related = ["program__university"]
    search_fields = ["program__title", "program__university__name", "fact"]
    date_hierarchy = "changed_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False
