"""CI's dependency audit: a known vulnerability fails the run; an audit that could look nothing
up says so instead of passing as clean."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / ".ci" / "audit_dependencies.py"
spec = importlib.util.spec_from_file_location("audit_dependencies", SCRIPT)
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)


def test_a_known_vulnerability_fails_the_run():
    report = {
        "dependencies": [
            {
                "name": "django",
                "version": "5.2.0",
                "vulns": [{"id": "PYSEC-0000-1", "fix_versions": ["5.2.1"]}],
            },
            {"name": "wagtail", "version": "8.0", "vulns": []},
        ]
    }
    code, message = audit.decide(report)
    assert code == 1
    assert "django 5.2.0: PYSEC-0000-1 (fixed in 5.2.1)" in message


def test_clean_dependencies_pass():
    report = {"dependencies": [{"name": "wagtail", "version": "8.0", "vulns": []}]}
    assert audit.decide(report) == (0, "No known vulnerabilities in 1 audited packages.")


def test_an_audit_that_looked_nothing_up_warns_and_is_not_called_clean():
    reason = "Dependency not found on PyPI and could not be audited: wagtail (8.0)"
    code, message = audit.decide({"dependencies": [{"name": "wagtail", "skip_reason": reason}]})
    assert code == 0
    assert message.startswith("WARNING: the dependency audit could not run")
    assert "No known vulnerabilities" not in message
