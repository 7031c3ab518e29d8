"""Friendly error pages that give nothing away."""

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("demo_pages")
def test_a_missing_page_is_a_friendly_404_with_the_site_around_it(client):
    response = client.get("/pilot/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "Page not found" in html
    assert 'href="mailto:mentoring-pilot@example.org"' in html
    assert 'class="site-header"' in html


def test_the_500_page_renders_without_touching_the_database(django_assert_num_queries):
    # The database may be what broke, so the page uses no settings, menus or context.
    with django_assert_num_queries(0):
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html and html.count("<h1") == 1
    assert "Traceback" not in html
