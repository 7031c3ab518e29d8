"""import_mentors on the real sign-up export and on broken files."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Revision

from directory.models import Mentor

pytestmark = pytest.mark.django_db

REJECTED = {
    "Hannah O'Neill",  # registration not confirmed
    "Mei-Ling Chow",  # seven-digit HCPC number
    "Priya Ramaswamy",  # no consent to publish
    "Samuel Whitcombe",  # invalid e-mail
    "Nadia Haddad",  # terms not agreed
    "Oluwaseun Adeyemi",  # no HCPC number
}


def run_import(path, **options):
    out = io.StringIO()
    call_command("import_mentors", str(path), stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def imported(site, sample_csv):
    return run_import(sample_csv, publish=True)


def test_sample_lists_22_mentors_and_reports_6_rows(imported):
    assert Mentor.objects.listed().count() == 22
    reported = [line for line in imported.splitlines() if "not listed" in line]
    assert len(reported) == 6
    assert "Row 11: not listed (Hannah O'Neill)" in imported
    assert "Row 13: not listed (Mei-Ling Chow): HCPC number 'PYL1234567' is not valid" in imported
    assert not Mentor.objects.filter(name__in=REJECTED).exists()


def test_later_submission_wins(imported):
    daniel = Mentor.objects.get(email="d.achterberg@example.net")
    assert daniel.capacity == 1
    assert "Updated: I can now take one mentee" in daniel.bio
    assert Mentor.objects.filter(name="Daniel Achterberg").count() == 1


def test_hcpc_numbers_are_normalised(imported):
    assert Mentor.objects.get(name="Amara Okafor").hcpc_number == "PYL010000"
    assert Mentor.objects.get(name="Jordan Blake").hcpc_number == "PYL34567"
    assert Mentor.objects.get(name="Fiona MacLeod").hcpc_number == "PYL031959"


def test_unsafe_links_are_dropped_and_bare_domains_get_https(imported):
    assert Mentor.objects.get(name="Fiona MacLeod").profile_url == ""
    assert "javascript:alert(document.cookie)' dropped" in imported
    assert Mentor.objects.get(name="Kwame Mensah-Bonsu").profile_url == ""
    assert (
        Mentor.objects.get(name="Aoife Gallagher").profile_url == "https://linkedin.com/in/aoifeep"
    )


def test_markup_is_kept_as_text(imported, client):
    kwame = Mentor.objects.get(name="Kwame Mensah-Bonsu")
    assert "&lt;script&gt;" in kwame.bio
    response = client.get(kwame.get_url())
    assert response.status_code == 200
    assert b"<script>alert" not in response.content
    assert b"&lt;script&gt;alert" in response.content


def test_free_text_numbers_and_choices(imported):
    assert Mentor.objects.get(name="Chidi Eze").capacity == 3  # "three"
    assert Mentor.objects.get(name="Amara Okafor").capacity == 3  # "Up to 3"
    assert Mentor.objects.get(name="Rajinder Kaur Sandhu").capacity == 2  # "1-2"
    sian = Mentor.objects.get(name="Siân Llewelyn")
    assert [a.name for a in sian.areas.all()] == [
        "Getting into the profession, including applying for training"
    ]
    assert sian.region.name == "Wales"
    assert Mentor.objects.get(name="Jordan Blake").region.name == "London"
    assert Mentor.objects.get(name="Amara Okafor").year_qualified == 2015
    assert Mentor.objects.get(email="aoife.g@example.ie").name == "Aoife Gallagher"


def test_lived_experience_statement_is_kept_with_consent(imported):
    amara = Mentor.objects.get(name="Amara Okafor")
    assert amara.lived_experience_statement.startswith("I came to EP training later")
    assert amara.lived_experience_consent
    assert not Mentor.objects.get(name="Yusuf Abdi").lived_experience_consent


def test_second_run_changes_nothing(imported, sample_csv):
    revisions = Revision.objects.count()
    ids = set(Mentor.objects.values_list("pk", flat=True))
    output = run_import(sample_csv, publish=True)
    assert "0 created, 0 updated, 22 unchanged, 6 rows reported" in output
    assert set(Mentor.objects.values_list("pk", flat=True)) == ids
    assert Revision.objects.count() == revisions


def test_dry_run_writes_nothing(site, sample_csv):
    output = run_import(sample_csv, dry_run=True, publish=True)
    assert "Dry run, nothing written: 22 created" in output
    assert Mentor.objects.count() == 0


def test_without_publish_mentors_wait_as_drafts(site, sample_csv):
    run_import(sample_csv)
    assert Mentor.objects.count() == 22
    assert Mentor.objects.listed().count() == 0
    assert all(m.latest_revision_id for m in Mentor.objects.all())


def test_search_index_is_current_after_import(imported):
    results = Mentor.objects.listed().search("belonging")
    assert [m.name for m in results] == ["Zoë Fairbrother"]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"PK\x03\x04rest-of-a-zip", "Excel workbook"),
        (b"Timestamp,Email address\n\xff\xfe\x00bad", "not valid UTF-8"),
        (b"Timestamp,Email address,Full name\r\n01/01/2024 10:00:00,a@b.org,A\r\n", "Missing"),
        (b"", "empty"),
    ],
)
def test_broken_files_stop_with_one_message_and_write_nothing(site, tmp_path, content, message):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run_import(path, publish=True)
    assert Mentor.objects.count() == 0


def test_lf_line_ends_without_bom_import_the_same(site, sample_csv, tmp_path):
    text = sample_csv.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    path = tmp_path / "lf.csv"
    path.write_text(text, encoding="utf-8")
    run_import(path, publish=True)
    assert Mentor.objects.listed().count() == 22


def test_missing_file_is_a_clear_error(site):
    with pytest.raises(CommandError, match="No file"):
        run_import("/nonexistent/export.csv")
