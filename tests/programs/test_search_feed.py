"""Following a search: an Atom feed per list URL of programmes that are new or whose
key facts changed, and the page that explains it."""

from datetime import date
from decimal import Decimal
from xml.etree import ElementTree

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.urls import reverse

from core.editors import EDITORS_GROUP
from programs.models import FactSource, KeyFactChange
from tests.factories import DeadlineFactory, ProgramFactory, StartTermFactory
from tests.programs.test_admin import change_form_data, form_data

pytestmark = pytest.mark.django_db

FEED = reverse("programs:feed")
FOLLOW = reverse("programs:follow")
ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response) -> list[str]:
    """The titles of the feed's entries, newest first, as a feed reader lists them."""
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    return [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]


def contents(response) -> list[str]:
    root = ElementTree.fromstring(response.content)
    return [entry.findtext(f"{ATOM}summary") for entry in root.iter(f"{ATOM}entry")]


@pytest.fixture
def editor(client):
    user = User.objects.create_user("editor", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    client.force_login(user)
    return client


def edit_in_admin(client, program, **changes) -> None:
    url = reverse("admin:programs_program_change", args=[program.pk])
    page = client.get(url)
    data = change_form_data(page)
    for inline in page.context["inline_admin_formsets"]:
        for form in inline.formset.forms:
            data |= {form.add_prefix(name): value for name, value in form_data(form).items()}
    data |= changes
    response = client.post(url, data)
    assert response.status_code == 302, [
        inline.formset.errors for inline in response.context["inline_admin_formsets"]
    ]


def test_a_filtered_feed_gains_an_entry_when_an_editor_changes_a_matching_fee(
    client, editor, catalogue
):
    online = catalogue["ucl"]  # the only online programme
    FactSource.objects.create(
        program=online,
        fact="tuition",
        source_url="https://ucl.example/fees",
        intake=date(2027, 9, 1),
    )
    url = f"{FEED}?delivery=online"
    before = entries(client.get(url))

    edit_in_admin(editor, online, tuition_intl_amount="33500")
    edit_in_admin(editor, catalogue["eth"], tuition_amount="1800")  # on campus: not followed
    after = entries(client.get(url))

    assert len(after) == len(before) + 1
    assert after[0] == (
        "MSc Machine Learning Online, University College London: "
        "International tuition: not published → GBP 33,500 whole programme"
    )
    assert not any("Data Science" in title for title in after)
    assert "Source: https://ucl.example/fees (for 2027/28 entry)" in contents(client.get(url))[0]


def test_a_search_feed_names_new_programmes_and_new_deadlines(client, catalogue):
    new = ProgramFactory(title="MSc Applied AI", delivery="online")
    intake = StartTermFactory(program=new, starts_on=date(2027, 9, 27))
    DeadlineFactory(program=new, intake=intake, closes_on=date(2027, 1, 15))

    titles = entries(client.get(f"{FEED}?delivery=online"))

    assert titles[:2] == [
        f"MSc Applied AI, {new.university.name}: New deadline: 15 Jan 2027 for 2027/28 entry",
        f"MSc Applied AI, {new.university.name}: New programme",
    ]


def test_a_moved_deadline_says_from_what_to_what(client, catalogue):
    program = ProgramFactory(title="MSc Applied AI")
    deadline = DeadlineFactory(program=program, closes_on=date(2027, 1, 15))
    deadline.closes_on = date(2027, 1, 22)
    deadline.save()

    latest = entries(client.get(FEED))[0]

    assert latest.endswith(f"Deadline for {deadline.intake}: 15 Jan 2027 → 22 Jan 2027")


def test_a_withdrawn_deadline_says_so(client, catalogue):
    program = ProgramFactory(title="MSc Applied AI")
    alone = DeadlineFactory(program=program, closes_on=date(2027, 1, 15))
    alone.delete()
    with_intake = DeadlineFactory(program=program, closes_on=date(2027, 3, 1))
    intake_name = str(with_intake.intake)
    with_intake.intake.delete()
    connection.check_constraints()  # the entry does not point at the intake that went
    unsourced = DeadlineFactory(program=program, closes_on=date(2027, 5, 1))
    unsourced.intake.source_url = ""
    unsourced.intake.save()

    withdrawn = [title for title in entries(client.get(FEED)) if "withdrawn" in title]

    assert [title.split(": ", 1)[1] for title in withdrawn] == [
        f"Deadline for {unsourced.intake}: 1 May 2027 → withdrawn",
        f"Deadline for {intake_name}: 1 Mar 2027 → withdrawn",
        f"Deadline for {alone.intake}: 15 Jan 2027 → withdrawn",
    ]


def test_a_deleted_programme_leaves_no_withdrawn_deadlines_behind(client, catalogue):
    program = ProgramFactory(title="MSc Going Away")
    DeadlineFactory(program=program, closes_on=date(2027, 1, 15))
    program.delete()
    connection.check_constraints()

    assert not any("Going Away" in title for title in entries(client.get(FEED)))


def test_unpublished_dates_and_drafts_stay_out_of_the_feed(client, catalogue):
    draft = ProgramFactory(title="MSc Secret", status="draft")
    draft.tuition_amount = Decimal("1")
    draft.save()
    program = ProgramFactory(title="MSc Applied AI")
    unsourced = StartTermFactory(program=program, starts_on=date(2027, 9, 27), source_url="")
    DeadlineFactory(program=program, intake=unsourced, closes_on=date(2027, 1, 15))

    titles = entries(client.get(FEED))

    assert not any("Secret" in title for title in titles)
    assert not any("MSc Applied AI" in title and "deadline" in title for title in titles)

    unsourced.source_url = "https://university.example/dates"
    unsourced.save()
    assert "New deadline: 15 Jan 2027 for 2027/28 entry" in entries(client.get(FEED))[0]


def test_publishing_a_draft_makes_it_new(client, catalogue):
    draft = ProgramFactory(title="MSc Soon", status="draft")
    draft.status = "published"
    draft.save()

    assert entries(client.get(FEED))[0] == f"MSc Soon, {draft.university.name}: New programme"


def test_invalid_filters_answer_400_with_a_clear_message(client, catalogue):
    response = client.get(f"{FEED}?max_cost=lots")

    assert response.status_code == 400
    text = response.content.decode()
    assert "cannot be followed" in text
    assert "Enter a number" in text


def test_the_feed_keeps_to_the_search_and_leaves_out_the_page(client, catalogue):
    root = ElementTree.fromstring(client.get(f"{FEED}?delivery=online&page=3&sort=cost").content)
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}

    assert links["alternate"] == "http://testserver/programs/?delivery=online"
    assert "Format: Online" in root.findtext(f"{ATOM}title")


def test_the_list_links_its_feed_and_explains_it(client, catalogue):
    html = client.get("/programs/?delivery=online&page=1").content.decode()

    assert (
        '<link rel="alternate" type="application/atom+xml" '
        'title="New and changed programmes for this search" '
        'href="/programs/feed/?delivery=online">'
    ) in html
    assert 'href="/programs/follow/?delivery=online">Follow this search</a>' in html


def test_the_follow_page_explains_and_shows_the_latest(client, catalogue):
    response = client.get(f"{FOLLOW}?delivery=online")
    html = response.content.decode()

    assert response.status_code == 200
    assert 'value="http://testserver/programs/feed/?delivery=online"' in html
    assert "MSc Machine Learning Online" in html  # its "New programme" entry
    assert "MSc Data Science" not in html


def test_the_follow_page_says_what_is_wrong_with_a_bad_search(client, catalogue):
    response = client.get(f"{FOLLOW}?max_cost=lots")

    assert response.status_code == 400
    assert "cannot be followed until these filters are put right" in response.content.decode()


def test_the_feed_query_count_does_not_grow(client, catalogue, django_assert_max_num_queries):
    client.get(FEED)  # what the finder caches per catalogue version
    with django_assert_max_num_queries(8) as few:
        client.get(FEED)
    for number in range(15):
        program = ProgramFactory(title=f"Extra {number}")
        program.tuition_amount = Decimal("30000")
        program.save()
    client.get(FEED)
    with django_assert_max_num_queries(8) as many:
        client.get(FEED)

    assert KeyFactChange.objects.count() > 30
    assert len(many.captured_queries) == len(few.captured_queries)


def test_a_text_search_can_be_followed(client, catalogue):
    catalogue["cmu"].tuition_amount = Decimal("65000")
    catalogue["cmu"].save()

    titles = entries(client.get(f"{FEED}?q=machine+learning&country=US"))

    assert titles[0] == (
        "MS in Machine Learning, Carnegie Mellon University: "
        "Tuition: USD 60,000 per year → USD 65,000 per year"
    )
    assert all("Carnegie Mellon" in title for title in titles)


def test_a_search_typed_with_a_control_character_still_has_a_feed(client, catalogue):
    response = client.get(FEED, {"q": "machine\x01 learning"})

    root = ElementTree.fromstring(response.content)  # well-formed XML
    assert "machine learning" in root.findtext(f"{ATOM}title")


def test_an_editor_can_delete_a_mistaken_entry_but_not_write_one(client, editor, catalogue):
    program = catalogue["eth"]
    program.tuition_amount = Decimal("15000")  # a zero too many
    program.save()
    mistake = KeyFactChange.objects.get(program=program, fact="Tuition")
    listing = editor.get(reverse("admin:programs_keyfactchange_changelist"))

    assert "Tuition: EUR 1,500 per year → EUR 15,000 per year" in listing.content.decode()
    assert editor.get(reverse("admin:programs_keyfactchange_add")).status_code == 403
    delete = reverse("admin:programs_keyfactchange_delete", args=[mistake.pk])
    assert editor.post(delete, {"post": "yes"}).status_code == 302
    assert not any("EUR 15,000" in title for title in entries(client.get(FEED)))
