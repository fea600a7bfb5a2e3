"""What the API reads from a query string besides the finder's own parameters."""

from django import forms

MAX_PAGE_SIZE = 100
PAGE_SIZE = 20


class PagingForm(forms.Form):
    """Which page of results, and how many on a page."""

    page = forms.IntegerField(label="Page number, from 1", min_value=1, required=False)
    page_size = forms.IntegerField(
        label=f"Results per page, {PAGE_SIZE} unless asked, at most {MAX_PAGE_SIZE}",
        min_value=1,
        max_value=MAX_PAGE_SIZE,
        required=False,
    )

    def __init__(self, data):
        super().__init__(data)
        self.is_valid()

    @property
    def number(self) -> int:
        return self.cleaned_data.get("page") or 1

    @property
    def size(self) -> int:
        return self.cleaned_data.get("page_size") or PAGE_SIZE


def errors_of(*forms_: forms.Form) -> dict[str, list[str]]:
    """Each invalid parameter of these forms, with what was wrong."""
    return {name: list(errors) for form in forms_ for name, errors in form.errors.items()}
