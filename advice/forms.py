from decimal import Decimal

from django import forms

from . import guide
from .models import Tag

YES_NO = [("yes", "Yes"), ("no", "No")]
DEFAULT_CURRENCY = "EUR"


def _yes(value: str) -> bool:
    return value == "yes"


class ArticleSearchForm(forms.Form):
    q = forms.CharField(
        label="Search advice",
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={"type": "search", "class": "search__input", "placeholder": "e.g. online, PhD"}
        ),
    )
    tag = forms.ModelChoiceField(
        queryset=Tag.objects.all(),
        to_field_name="slug",
        required=False,
        error_messages={"invalid_choice": "There is no such tag: showing all articles."},
    )


class GuideForm(forms.Form):
    """What the guide asks. Sent with GET so that an answer has a shareable address."""

    goal = forms.TypedChoiceField(
        label="What kind of role do you want?",
        choices=[
            (guide.Goal.APPLIED, "Applied: building models and products (ML engineer, data "
             "scientist, NLP or computer-vision engineer)"),
            (guide.Goal.RESEARCH, "Research: inventing new methods and publishing papers "
             "(research scientist)"),
        ],
        coerce=guide.Goal,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the kind of role you want."},
    )  # fmt: skip
    quantitative_degree = forms.TypedChoiceField(
        label="Do you have a degree in a quantitative subject?",
        help_text="For example mathematics, statistics, physics, computer science or engineering.",
        choices=YES_NO,
        coerce=_yes,
        widget=forms.RadioSelect,
        error_messages={"required": "Say whether you have a quantitative degree."},
    )
    coding = forms.TypedChoiceField(
        label="How much programming have you done?",
        choices=[
            (guide.Coding.NONE, "None, or very little"),
            (guide.Coding.SOME, "Some: scripts, a course or two"),
            (guide.Coding.CONFIDENT, "I write code regularly, at work or on projects"),
        ],
        coerce=guide.Coding,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how much programming you have done."},
    )
    budget = forms.DecimalField(
        label="Your budget for study, in total",
        help_text="Tuition plus, if you would stop working, living costs. A whole number.",
        min_value=Decimal(0),
        max_value=Decimal(10_000_000),
        max_digits=10,
        decimal_places=0,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "step": "1"}),
        error_messages={
            "required": "Enter your budget, or 0 if you have none.",
            "invalid": "Enter the budget as a whole number, for example 25000.",
            "min_value": "The budget cannot be negative.",
            "max_decimal_places": "Enter the budget as a whole number, for example 25000.",
        },
    )
    currency = forms.ChoiceField(
        label="Currency",
        choices=[(code, code) for code in guide.CURRENCIES],
        required=False,
        initial=DEFAULT_CURRENCY,
        error_messages={"invalid_choice": "Choose one of the currencies in the list."},
    )
    fees = forms.ChoiceField(
        label="Which fees would you pay?",
        help_text="Universities often charge students from abroad more. The programme search "
        "shows the fees you choose here.",
        choices=[("home", "Home or EU fees"), ("intl", "International fees")],
        widget=forms.RadioSelect,
        required=False,
        initial="home",
        error_messages={"invalid_choice": "Choose home or international fees."},
    )
    months_available = forms.TypedChoiceField(
        label="How long could you give to a programme?",
        choices=[
            ("", "Choose…"),
            (6, "Less than a year"),
            (12, "Up to 1 year"),
            (18, "Up to 18 months"),
            (24, "Up to 2 years"),
            (36, "Up to 3 years"),
        ],
        coerce=int,
        error_messages={"required": "Choose how long you could study for."},
    )
    must_keep_working = forms.TypedChoiceField(
        label="Do you need to keep working while you study?",
        choices=YES_NO,
        coerce=_yes,
        widget=forms.RadioSelect,
        error_messages={"required": "Say whether you need to keep working."},
    )
    timeline = forms.TypedChoiceField(
        label="When do you want to be in a new role?",
        choices=[
            (guide.Timeline.WITHIN_SIX_MONTHS, "Within six months"),
            (guide.Timeline.WITHIN_TWO_YEARS, "Within two years"),
            (guide.Timeline.NO_RUSH, "No rush"),
        ],
        coerce=guide.Timeline,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose when you want to be in a new role."},
    )

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean_currency(self) -> str:
        # The select always shows a currency; a link that leaves it out means the default.
        return self.cleaned_data["currency"] or DEFAULT_CURRENCY

    def clean_fees(self) -> str:
        # A link from before the guide asked means home fees, as the radio shows.
        return self.cleaned_data["fees"] or "home"

    def answers(self) -> guide.Answers:
        """The validated answers, for ``guide.recommend``."""
        return guide.Answers(**self.cleaned_data)
