"""The small parsers behind the import, one behaviour each."""

import datetime

import pytest

from directory.importer import (
    UK,
    parse_capacity,
    parse_profile_url,
    parse_timestamp,
    parse_year,
    split_choices,
)
from directory.models.mentor import normalise_hcpc
from directory.vocabularies import AREAS


def test_options_containing_commas_are_matched_longest_first():
    answer = (
        "Independent practice, Getting into the profession, including applying for training, "
        "Publishing journal articles"
    )
    known, unknown = split_choices(answer, AREAS)
    assert known == [
        "Independent practice",
        "Getting into the profession, including applying for training",
        "Publishing journal articles",
    ]
    assert unknown == []


def test_unknown_options_are_returned_separately():
    known, unknown = split_choices("Autism, Knitting", ["Autism"])
    assert known == ["Autism"]
    assert unknown == ["Knitting"]


@pytest.mark.parametrize(
    "raw, expected",
    [("1", 1), ("1-2", 2), ("Up to 3", 3), ("three", 3), ("", None), ("lots", None), ("99", 10)],
)
def test_capacity(raw, expected):
    assert parse_capacity(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("pyl 012345", "PYL012345"),
        ("PYL-12345", "PYL12345"),
        ("12345", "PYL12345"),
        ("PYL1234567", ""),
        ("1234", ""),
        ("ABC12345", ""),
        ("", ""),
    ],
)
def test_hcpc_normalisation(raw, expected):
    assert normalise_hcpc(raw) == expected


@pytest.mark.parametrize(
    "raw, url",
    [
        ("https://example.org/me", "https://example.org/me"),
        ("linkedin.com/in/someone", "https://linkedin.com/in/someone"),
        ("javascript:alert(1)", ""),
        ("@handle", ""),
        ("data:text/html,hi", ""),
    ],
)
def test_profile_links(raw, url):
    assert parse_profile_url(raw)[0] == url


def test_years():
    assert parse_year("2015/16") == 2015
    assert parse_year("") is None
    assert parse_year("2999") is None


@pytest.mark.parametrize(
    "answer, expected",
    [
        ("31/01/2026 14:05:00", datetime.datetime(2026, 1, 31, 14, 5, tzinfo=UK)),
        ("2026-01-31T14:05:00", datetime.datetime(2026, 1, 31, 14, 5, tzinfo=UK)),
        ("2026-01-31 14:05:00+00:00", datetime.datetime(2026, 1, 31, 14, 5, tzinfo=datetime.UTC)),
        ("yesterday", None),
        ("", None),
    ],
)
def test_timestamps_in_the_form_tools_format_or_iso(answer, expected):
    assert parse_timestamp(answer) == expected
