"""The header every page shares: the pilot's name once, a menu of the pages editors mark
"show in menus" (the pilot's pages sit one level down, in its section), and an icon."""

import re

import pytest
from django.contrib.staticfiles import finders
from wagtail.models import Page

pytestmark = pytest.mark.usefixtures("demo_pages", "db")


def menu(html):
    nav = html.split('<nav aria-label="Main">')[1].split("</nav>")[0]
    return re.findall(r">([^<]+)</a>", nav)


def test_the_menu_lists_the_pilots_pages_not_the_pilots_name_again(client):
    html = client.get("/").content.decode()
    # In the section's reading order, which editors set by ordering its pages.
    assert menu(html) == ["About the pilot", "Find a mentor", "Become a mentor", "Resources"]


def test_an_editor_decides_what_is_in_the_menu(client):
    about = Page.objects.get(slug="about").specific
    about.show_in_menus = False
    about.save_revision().publish()
    assert "About the pilot" not in menu(client.get("/").content.decode())


def test_the_home_page_title_names_the_pilot_once_and_other_pages_add_it(client):
    home = client.get("/").content.decode()
    assert "<title>Mentoring Directory (pilot)</title>" in home
    about = client.get(Page.objects.get(slug="about").url).content.decode()
    assert "<title>About the pilot – Mentoring Directory (pilot)</title>" in about


def test_every_page_has_an_icon(client):
    html = client.get("/").content.decode()
    (href,) = re.findall(r'<link rel="icon" href="([^"]+)"', html)
    assert finders.find(href.removeprefix("/static/"))
