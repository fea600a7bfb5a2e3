"""Forms that validate what visitors send: how amounts are shown, the comparison's query
string, shortlist and compare-tray changes, and the personal-fit weights. Bad input
becomes a notice, never a server error. (The finder's filters are a FilterSet:
``programs.finder.filters``.)"""

from __future__ import annotations

import copy
from collections.abc import Mapping

from django import forms
from django.db.models import QuerySet
from django.forms.forms import DeclarativeFieldsMetaclass
from django.utils.choices import BaseChoiceIterator
from django.utils.functional import cached_property
from django.utils.http import urlencode

from . import fit, money
from .models import ExchangeRate, Program, Topic
from .selection import MAX_COMPARE

# However long a shared link is, only this many of its entries are looked at.
MAX_IDS_READ = 50
MAX_ID = 2**63 - 1


class SharedChoices(BaseChoiceIterator):
    """A long, fixed list of choices (every country, every language) that each request's
    copy of the filters and their form fields shares instead of copying."""

    def __init__(self, choices):
        self.choices = tuple(choices)

    def __iter__(self):
        return iter(self.choices)

    def __deepcopy__(self, memo):
        return self


class FirstFormTakes(dict):
    """A form class's fields, which the first form of the class takes as they are
    rather than copied; any other form of it copies them, as forms do."""

    taken = False

    def __deepcopy__(self, memo):
        if self.taken:
            return {name: copy.deepcopy(field, memo) for name, field in self.items()}
        self.taken = True
        return dict(self)


class OneFormMetaclass(DeclarativeFieldsMetaclass):
    def __new__(mcs, name, bases, attrs):
        new_class = super().__new__(mcs, name, bases, attrs)
        new_class.base_fields = FirstFormTakes(new_class.base_fields)
        return new_class


class OneForm(forms.Form, metaclass=OneFormMetaclass):
    """A form whose class is made for it alone, from fields made for it alone: what
    django-filter makes for each FilterSet, from that FilterSet's own copies of its
    filters' fields. Its fields are used as they are, not copied once more."""


class MultipleValuesField(forms.Field):
    """Every value of a repeated query parameter, as text, unvalidated."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value) -> list[str]:
        if not value:
            return []
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in value]


def plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


class DisplayForm(forms.Form):
    """How the finder shows amounts: in which currency, with living costs or not, and
    at home or international fees. These filter nothing, but the cost filter and the
    cost sort count costs the way the visitor asked."""

    currency = forms.ChoiceField(label="Currency", required=False)
    living = forms.BooleanField(label="Include living costs", required=False)
    fees = forms.ChoiceField(
        label="Fees you would pay",
        choices=[(status, label.capitalize()) for status, label in money.FEE_STATUSES.items()],
        required=False,
    )
    # Older links ask for international fees with a checkbox.
    intl = forms.BooleanField(label="International student fees", required=False)
    # The currency the cost limit was typed in, so that it keeps its meaning when the
    # display currency changes.
    cost_currency = forms.ChoiceField(label="Currency of the cost limit", required=False)

    def __init__(self, data, *, rates: dict[str, ExchangeRate], session: Mapping | None):
        super().__init__(data)
        self.rates = rates
        self.session = session
        self.fields["currency"].choices = [(code, code) for code in rates]
        self.fields["cost_currency"].choices = [(code, code) for code in rates]

    def _cleaned(self, name: str):
        self.is_valid()
        return self.cleaned_data.get(name)

    @cached_property
    def rate(self) -> ExchangeRate:
        """The display currency: the one asked for, else the visitor's, else the base."""
        return money.display_rate(self.rates, self.session, self._cleaned("currency"))

    @cached_property
    def cost_rate(self) -> ExchangeRate:
        """The currency a cost limit is in: the one it carries, else the currency the
        link asks for, else the base currency; never just the one a visitor chose
        before, so a shared link means the same to everyone."""
        code = self._cleaned("cost_currency") or self._cleaned("currency") or money.BASE_CURRENCY
        return self.rates[code]

    @cached_property
    def fee_status(self) -> str:
        """Home or international fees: as asked now, else as chosen before."""
        requested = self._cleaned("fees") or (money.INTERNATIONAL if self._cleaned("intl") else "")
        return money.fee_status(self.session, requested)

    @property
    def international(self) -> bool:
        return self.fee_status == money.INTERNATIONAL

    @property
    def fee_label(self) -> str:
        return money.FEE_STATUSES[self.fee_status]

    def remember(self, session) -> None:
        """Remember the currency and fee status asked for (see ``programs.money``)."""
        money.remember_currency(session, self.rate)
        money.remember_fee_status(session, self.fee_status)

    @property
    def query(self) -> str:
        """The settings that differ from the defaults, for links to other pages to
        carry (a visitor who only reads keeps them without a session)."""
        params = {}
        if self.rate.currency != money.BASE_CURRENCY:
            params["currency"] = self.rate.currency
        if self.international:
            params["fees"] = money.INTERNATIONAL
        return urlencode(params)

    @property
    def with_living(self) -> bool:
        return bool(self._cleaned("living"))


class CompareForm(forms.Form):
    """The comparison's shareable query string: ``?p=<id>&p=<id>&currency=USD&diff=1``.

    Every field is lenient: unknown, unpublished and repeated programmes are left out,
    more than six are cut to the first six, and an unknown currency falls back to the
    default, each with a notice, so the rest of the page still works.
    """

    p = MultipleValuesField(required=False)
    currency = forms.CharField(required=False)
    fees = forms.CharField(required=False)
    diff = forms.BooleanField(required=False, label="Only show differences")
    format = forms.CharField(required=False)

    def __init__(self, data, *, rates: dict[str, ExchangeRate], session: Mapping | None):
        super().__init__(data)
        self.rates = rates
        self.default_currency = money.display_rate(rates, session).currency
        self.default_fees = money.fee_status(session)
        self.notices: list[str] = []

    def clean_p(self) -> list[int]:
        raw = self.cleaned_data["p"]
        ids: list[int] = []
        unreadable = duplicates = 0
        for value in raw[:MAX_IDS_READ]:
            value = value.strip()
            if not value.isascii() or not value.isdigit() or not 0 < int(value) <= MAX_ID:
                unreadable += 1
            elif int(value) in ids:
                duplicates += 1
            else:
                ids.append(int(value))
        if len(raw) > MAX_IDS_READ:
            self.notices.append(
                f"The link lists {len(raw)} entries; only the first {MAX_IDS_READ} were read."
            )
        if unreadable:
            entries = plural(unreadable, "entry", "entries")
            self.notices.append(f"Left out {entries} that are not programme numbers.")
        if duplicates:
            repeated = plural(duplicates, "repeated programme", "repeated programmes")
            self.notices.append(f"Left out {repeated}.")
        return ids

    def clean_currency(self) -> str:
        code = self.cleaned_data["currency"]
        if code and code not in self.rates:
            self.notices.append(f"Unknown currency: amounts are shown in {self.default_currency}.")
        return code if code in self.rates else self.default_currency

    def clean_fees(self) -> str:
        status = self.cleaned_data["fees"]
        if status and status not in money.FEE_STATUSES:
            fallback = money.FEE_STATUSES[self.default_fees]
            self.notices.append(f"Unknown fee status: amounts are for {fallback}.")
        return status if status in money.FEE_STATUSES else self.default_fees

    def clean_format(self) -> str:
        return "csv" if self.cleaned_data["format"] == "csv" else "html"

    def _cleaned(self, name: str, default):
        self.is_valid()  # every field is lenient, so this only runs the cleaning once
        return self.cleaned_data.get(name, default)

    @property
    def ids(self) -> list[int]:
        return self._cleaned("p", [])

    @property
    def rate(self) -> ExchangeRate:
        return self.rates[self._cleaned("currency", self.default_currency)]

    @property
    def international(self) -> bool:
        return self._cleaned("fees", self.default_fees) == money.INTERNATIONAL

    @property
    def only_differences(self) -> bool:
        return bool(self._cleaned("diff", False))

    @property
    def wants_csv(self) -> bool:
        return self._cleaned("format", "html") == "csv"

    def resolve(self, published: QuerySet) -> list[int]:
        """The ids that are published programmes, in the link's order, at most six; and
        each one's ``revision`` in ``revisions``, for what is cached of them."""
        ids = self.ids
        found = published.filter(pk__in=ids).values_list("pk", "revision") if ids else []
        self.revisions: dict[int, int] = dict(found)
        available = set(self.revisions)
        unavailable = [pk for pk in ids if pk not in available]
        kept = [pk for pk in ids if pk in available]
        if unavailable:
            count = plural(len(unavailable), "programme that is", "programmes that are")
            self.notices.append(
                f"Left out {count} not in the catalogue (never published, or withdrawn)."
            )
        if len(kept) > MAX_COMPARE:
            self.notices.append(
                f"You can compare at most {MAX_COMPARE} programmes at once: showing the first "
                f"{MAX_COMPARE} of the {len(kept)} in the link."
            )
            kept = kept[:MAX_COMPARE]
        return kept

    def query(self, ids: list[int], *, csv: bool = False) -> str:
        """The query string of a comparison of ``ids`` with the same settings."""
        params: list[tuple[str, object]] = [("p", pk) for pk in ids]
        params.append(("currency", self.rate.currency))
        if self.international:
            params.append(("fees", money.INTERNATIONAL))
        if self.only_differences:
            params.append(("diff", 1))
        if csv:
            params.append(("format", "csv"))
        return urlencode(params)


class SelectionChangeForm(forms.Form):
    """Adding a programme to, or removing it from, the shortlist or the compare tray."""

    program = forms.ModelChoiceField(
        # With its university, which every message about the change names.
        queryset=Program.objects.published().select_related("university"),
        error_messages={"invalid_choice": "That programme is not in the catalogue any more."},
    )
    next = forms.CharField(required=False, max_length=2000)


WEIGHT_CHOICES = list(fit.WEIGHT_LABELS.items())


class FitForm(forms.Form):
    """How much each factor matters to the visitor (0 to 3), and the topics they want."""

    want = forms.ModelMultipleChoiceField(
        label="Topics you want",
        queryset=Topic.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for factor in fit.FACTORS:
            self.fields[f"w_{factor.key}"] = forms.TypedChoiceField(
                label=factor.question,
                choices=WEIGHT_CHOICES,
                coerce=int,
                required=False,
                empty_value=None,
                initial=fit.DEFAULT_WEIGHTS[factor.key],
            )

    def chosen(self) -> bool:
        """Whether the visitor has ranked: any weight or topic is in the query string,
        so the page shows the ranking first and folds the form away."""
        return any(name in self.data for name in self.fields)

    def weight_fields(self) -> list[tuple[forms.BoundField, int]]:
        """Each weight's field and the weight in use (the visitor's, or the default),
        but the topics' weight, which the page shows with the topics."""
        weights = fit.clean_weights(self.weights())
        return [
            (self[f"w_{factor.key}"], weights[factor.key])
            for factor in fit.FACTORS
            if factor.key != "topics"
        ]

    def topics_weight_field(self) -> tuple[forms.BoundField, int]:
        return self["w_topics"], fit.clean_weights(self.weights())["topics"]

    def weights(self) -> dict[str, int | None]:
        """Valid weights; invalid or missing ones are None, which means the default."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {factor.key: data.get(f"w_{factor.key}") for factor in fit.FACTORS}

    def wanted(self) -> dict[str, str]:
        """The chosen topics, slug to name."""
        self.is_valid()
        topics = getattr(self, "cleaned_data", {}).get("want") or []
        return {topic.slug: topic.name for topic in topics}

    def error_messages(self) -> list[tuple[str, str]]:
        return [
            (self.fields[name].label or name, errors[0]) for name, errors in self.errors.items()
        ]
