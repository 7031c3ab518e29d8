"""Production settings refuse to start with an unsafe configuration."""

import importlib
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

GOOD_KEY = "k3J9-a-long-random-value-for-tests-only-x7Qp2mZr8vL0"


def load_production(monkeypatch, **env):
    """Import cms.settings.production afresh with this environment; return the module."""
    for name in ("DEBUG", "SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    import cms.settings

    monkeypatch.setattr(cms.settings, "base", cms.settings.base)
    monkeypatch.delitem(sys.modules, "cms.settings.base")
    monkeypatch.delitem(sys.modules, "cms.settings.production", raising=False)
    return importlib.import_module("cms.settings.production")


def test_a_safe_configuration_loads(monkeypatch):
    production = load_production(monkeypatch, SECRET_KEY=GOOD_KEY)
    assert production.DEBUG is False
    assert production.SESSION_COOKIE_SECURE is True


@pytest.mark.parametrize(
    "env, message",
    [
        ({"SECRET_KEY": GOOD_KEY, "DEBUG": "1"}, "DEBUG"),
        ({}, "SECRET_KEY"),
        ({"SECRET_KEY": "short"}, "SECRET_KEY"),
        ({"SECRET_KEY": "dev-" + "x" * 50}, "SECRET_KEY"),
    ],
    ids=["debug-on", "no-key", "short-key", "dev-key"],
)
def test_an_unsafe_configuration_is_refused(monkeypatch, env, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        load_production(monkeypatch, **env)
