"""The shortlist and the compare tray: kept in the server-side session, changed by POST
forms with CSRF that work without JavaScript and are enhanced by htmx."""

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from tests.factories import ProgramFactory

pytestmark = pytest.mark.django_db

LIST = reverse("programs:list")
SHORTLIST = reverse("programs:shortlist")
SAVE = reverse("programs:shortlist_add")
UNSAVE = reverse("programs:shortlist_remove")
COMPARE_ADD = reverse("programs:compare_add")
COMPARE_REMOVE = reverse("programs:compare_remove")
COMPARE_CLEAR = reverse("programs:compare_clear")
HTMX = {"HX-Request": "true", "HX-Current-URL": "http://testserver/programs/"}


def header_count(client) -> str:
    html = client.get(reverse("home")).content.decode()
    return html.split('id="shortlist-count" class="nav__count">', 1)[1].split("<", 1)[0]


def shortlist_titles(client) -> list[str]:
    return [program.title for program in client.get(SHORTLIST).context["programs"]]


def test_saving_without_javascript_goes_back_with_a_message(client, catalogue):
    cmu = catalogue["cmu"]
    response = client.post(SAVE, {"program": cmu.pk, "next": "/programs/?country=US"}, follow=True)

    assert response.redirect_chain == [("/programs/?country=US", 302)]
    assert (
        "Saved MS in Machine Learning, Carnegie Mellon University to your shortlist."
        in response.content.decode()
    )
    assert shortlist_titles(client) == ["MS in Machine Learning"]
    assert header_count(client) == "1"


def test_the_card_button_turns_into_remove_once_saved(client, catalogue):
    client.post(SAVE, {"program": catalogue["eth"].pk})
    html = client.get(LIST).content.decode()

    assert html.count('Save to shortlist<span class="visually-hidden">: ') == 3
    assert (
        'Remove from shortlist<span class="visually-hidden">: MSc Data Science, ETH Zurich<'
        in html
    )
    assert 'form="selection-form"' in html and 'id="selection-form"' in html


def test_removing_from_the_shortlist(client, catalogue):
    for key in ("cmu", "eth"):
        client.post(SAVE, {"program": catalogue[key].pk})

    response = client.post(
        UNSAVE, {"program": catalogue["cmu"].pk, "next": SHORTLIST}, follow=True
    )

    assert (
        "Removed MS in Machine Learning, Carnegie Mellon University from your shortlist."
        in response.content.decode()
    )
    assert shortlist_titles(client) == ["MSc Data Science"]
    assert header_count(client) == "1"


def test_saving_twice_keeps_one_entry(client, catalogue):
    client.post(SAVE, {"program": catalogue["cmu"].pk})
    response = client.post(SAVE, {"program": catalogue["cmu"].pk}, follow=True)

    assert "already on your shortlist" in response.content.decode()
    assert header_count(client) == "1"


def test_a_post_without_a_csrf_token_is_refused(catalogue):
    browser = Client(enforce_csrf_checks=True)

    response = browser.post(SAVE, {"program": catalogue["cmu"].pk})

    assert response.status_code == 403
    assert header_count(browser) == "0"


def test_the_page_form_carries_the_csrf_token_that_makes_the_post_work(catalogue):
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(LIST)
    token = page.cookies["csrftoken"].value
    html = page.content.decode()

    assert 'name="csrfmiddlewaretoken"' in html.split('id="selection-form"', 1)[1]
    response = browser.post(SAVE, {"program": catalogue["cmu"].pk, "csrfmiddlewaretoken": token})

    assert response.status_code == 302
    assert header_count(browser) == "1"


def test_changes_need_a_post(client, catalogue):
    assert client.get(SAVE, {"program": catalogue["cmu"].pk}).status_code == 405
    assert header_count(client) == "0"


def test_the_shortlist_survives_a_browser_restart(client, catalogue):
    client.post(SAVE, {"program": catalogue["ucl"].pk})
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]

    # A new browser process that kept only the long-lived cookie.
    restarted = Client()
    restarted.cookies[settings.SESSION_COOKIE_NAME] = cookie.value

    assert cookie["max-age"] == 60 * 60 * 24 * 180
    assert Session.objects.filter(session_key=cookie.value).exists()  # kept on the server
    assert shortlist_titles(restarted) == ["MSc Machine Learning Online"]


@pytest.mark.parametrize("program", ["", "abc", "-1", "987654", "1.5", "\x00"])
def test_unknown_programmes_get_a_message_not_an_error(client, catalogue, program):
    response = client.post(SAVE, {"program": program}, follow=True)

    assert response.status_code == 200
    assert header_count(client) == "0"


def test_unpublished_programmes_cannot_be_saved(client, catalogue):
    draft = catalogue["ucl"].university.programs.get(slug="draft")

    response = client.post(SAVE, {"program": draft.pk}, follow=True)

    assert "not in the catalogue any more" in response.content.decode()
    assert header_count(client) == "0"


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "javascript:alert(1)", "x" * 3000]
)
def test_going_back_never_leaves_the_site(client, catalogue, next_url):
    response = client.post(SAVE, {"program": catalogue["cmu"].pk, "next": next_url})

    assert response.status_code == 302
    assert response["Location"] == LIST


def test_a_withdrawn_programme_leaves_the_shortlist_with_a_note(client, catalogue):
    for key in ("cmu", "eth"):
        client.post(SAVE, {"program": catalogue[key].pk})
    catalogue["cmu"].status = "archived"
    catalogue["cmu"].save()

    html = client.get(SHORTLIST).content.decode()

    assert "1 saved programme is no longer in the catalogue" in html
    assert shortlist_titles(client) == ["MSc Data Science"]
    assert header_count(client) == "1"


def test_the_shortlist_page_links_to_comparing_its_programmes(client, catalogue):
    for key in ("cmu", "eth", "ucl"):
        client.post(SAVE, {"program": catalogue[key].pk})

    html = client.get(SHORTLIST).content.decode()
    cmu, eth, ucl = (catalogue[key].pk for key in ("cmu", "eth", "ucl"))

    assert f'href="/programs/compare/?p={cmu}&amp;p={eth}&amp;p={ucl}&amp;currency=EUR"' in html
    assert "Compare all 3" in html
    # ticking some and comparing them is a plain GET form to the comparison
    assert f'action="{reverse("programs:compare")}"' in html
    assert f'name="p" value="{eth}"' in html


def test_an_empty_shortlist_says_how_to_fill_it(client, catalogue):
    html = client.get(SHORTLIST).content.decode()

    assert "Your shortlist is empty" in html


def test_the_shortlist_page_query_count_does_not_grow(
    client, catalogue, django_assert_max_num_queries
):
    client.post(SAVE, {"program": catalogue["cmu"].pk})
    with django_assert_max_num_queries(4) as one:
        client.get(SHORTLIST)
    for number in range(12):
        client.post(SAVE, {"program": ProgramFactory(title=f"Saved {number}").pk})
    with django_assert_max_num_queries(4) as many:
        response = client.get(SHORTLIST)

    assert len(response.context["programs"]) == 13
    assert len(many.captured_queries) == len(one.captured_queries)


def test_the_header_count_costs_no_query_beyond_the_session(
    client, catalogue, django_assert_num_queries
):
    client.post(SAVE, {"program": catalogue["cmu"].pk})

    with django_assert_num_queries(1):  # loading the session
        html = client.get(reverse("home")).content.decode()

    assert 'id="shortlist-count" class="nav__count">1<' in html


# The compare tray -----------------------------------------------------------


def test_the_compare_tray_fills_from_the_results(client, catalogue):
    for key in ("cmu", "eth"):
        response = client.post(COMPARE_ADD, {"program": catalogue[key].pk, "next": LIST})
    html = client.get(LIST).content.decode()
    tray = html.split('id="compare-tray"', 1)[1].split("</section>", 1)[0]

    assert response["Location"] == LIST
    assert "MS in Machine Learning" in tray and "MSc Data Science" in tray
    assert "Compare 2 programmes" in tray
    assert (
        'Remove from comparison<span class="visually-hidden">: MS in Machine Learning, Carnegie Mellon University<'
        in html
    )


def test_the_tray_asks_for_a_second_programme(client, catalogue):
    client.post(COMPARE_ADD, {"program": catalogue["cmu"].pk})
    html = client.get(LIST).content.decode()

    assert "Add at least one more programme to compare." in html


def test_a_seventh_programme_is_refused_with_a_clear_message(client, catalogue):
    programs = [*catalogue.values(), *(ProgramFactory(title=f"More {n}") for n in range(3))]
    for program in programs[:6]:
        client.post(COMPARE_ADD, {"program": program.pk})

    response = client.post(COMPARE_ADD, {"program": programs[6].pk}, follow=True)
    html = response.content.decode()

    assert "You can compare at most 6 programmes at once." in html
    assert "(6 of 6)" in html
    assert programs[6].title not in html.split('id="compare-tray"', 1)[1]


def test_removing_and_clearing_the_tray(client, catalogue):
    for key in ("cmu", "eth", "ucl"):
        client.post(COMPARE_ADD, {"program": catalogue[key].pk})

    client.post(COMPARE_REMOVE, {"program": catalogue["eth"].pk})
    tray = client.get(LIST).context["selection"].tray
    client.post(COMPARE_CLEAR)
    emptied = client.get(LIST).content.decode()

    assert [program.title for program in tray] == ["MS in Machine Learning",
                                                   "MSc Machine Learning Online"]  # fmt: skip
    assert (
        'id="compare-tray" class="tray" aria-labelledby="compare-tray-heading" hidden' in emptied
    )


def test_the_tray_and_its_messages_name_each_programmes_university(client, catalogue):
    response = client.post(COMPARE_ADD, {"program": catalogue["ucl"].pk}, follow=True)
    html = response.content.decode()
    tray = html.split('id="compare-tray"', 1)[1].split("</section>", 1)[0]

    assert (
        "Added MSc Machine Learning Online, University College London to your comparison" in html
    )
    assert "MSc Machine Learning Online" in tray and "University College London" in tray


def test_the_programme_page_offers_compare_and_shortlist(client, catalogue):
    html = client.get(catalogue["tum"].get_absolute_url()).content.decode()
    actions = html.split('id="program-actions"', 1)[1].split("</header>", 1)[0]

    assert "Add to comparison" in actions and "Save to shortlist" in actions
    assert 'id="selection-form"' in html


def test_compare_buttons_work_from_the_shortlist_page(client, catalogue):
    client.post(SAVE, {"program": catalogue["cmu"].pk})

    html = client.get(SHORTLIST).content.decode()

    assert f'formaction="{COMPARE_ADD}" name="program" value="{catalogue["cmu"].pk}"' in html


# With htmx ------------------------------------------------------------------


def test_with_htmx_the_changed_parts_are_swapped_in_place(client, catalogue):
    response = client.post(SAVE, {"program": catalogue["cmu"].pk}, headers=HTMX)
    html = response.content.decode()

    assert response.status_code == 200
    assert 'id="shortlist-count" class="nav__count" hx-swap-oob="true">1<' in html
    assert 'id="selection-status" hx-swap-oob="innerHTML"' in html
    assert "Saved MS in Machine Learning, Carnegie Mellon University to your shortlist." in html
    assert f'id="actions-{catalogue["cmu"].pk}" hx-swap-oob="true"' in html
    assert "Remove from shortlist" in html
    # the message is shown in place, not left waiting for the next page
    assert "Saved MS in Machine Learning" not in client.get(LIST).content.decode()


def test_with_htmx_the_tray_is_swapped_too(client, catalogue):
    client.post(COMPARE_ADD, {"program": catalogue["cmu"].pk}, headers=HTMX)
    html = client.post(
        COMPARE_ADD, {"program": catalogue["eth"].pk}, headers=HTMX
    ).content.decode()

    assert 'id="compare-tray"' in html and "Compare 2 programmes" in html


def test_with_htmx_on_the_shortlist_page_the_list_is_redrawn(client, catalogue):
    for key in ("cmu", "eth"):
        client.post(SAVE, {"program": catalogue[key].pk})
    headers = {**HTMX, "HX-Current-URL": "http://testserver" + SHORTLIST}

    html = client.post(UNSAVE, {"program": catalogue["cmu"].pk}, headers=headers).content.decode()
    listing = html.split('id="shortlist"', 1)[1]

    assert "1 saved programme" in listing
    assert "MSc Data Science" in listing and "MS in Machine Learning<" not in listing


@pytest.mark.parametrize("next_url", ["not-a-url", "https://evil.example/", "//evil.example/"])
def test_a_bad_return_address_falls_back_to_the_programme_list(client, catalogue, next_url):
    response = client.post(
        reverse("programs:shortlist_add"), {"program": catalogue["cmu"].pk, "next": next_url}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("programs:list")
