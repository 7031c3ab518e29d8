"""Audits the installed (pinned) dependencies with pip-audit; a known vulnerability fails CI.

pip-audit reports a dependency it could not look up as skipped, and still exits 0. Where the
advisory service cannot be reached (this build machine reaches PyPI's package index but not its
per-release JSON or OSV), every dependency is skipped: that is said loudly instead of passing as
"no known vulnerabilities".

    python .ci/audit_dependencies.py                  # freeze .venv, run pip-audit, decide

Run it with an interpreter that has pip-audit (its own venv, so that pip-audit's dependencies
are not audited as ours).
    python .ci/audit_dependencies.py --report FILE    # decide on a saved pip-audit JSON report
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

VENV_PYTHON = Path(".venv/bin/python")


def run_pip_audit():
    frozen = subprocess.run(
        [str(VENV_PYTHON), "-m", "pip", "freeze", "--exclude-editable"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    with tempfile.TemporaryDirectory() as folder:
        requirements = Path(folder, "requirements.txt")
        requirements.write_text(frozen)
        report = Path(folder, "audit.json")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip_audit",
                "-r",
                str(requirements),
                "--no-deps",
                "--disable-pip",
                "--progress-spinner",
                "off",
                "-f",
                "json",
                "-o",
                str(report),
            ],
            check=False,
        )
        return json.loads(report.read_text())


def decide(report):
    """(exit code, message) for a pip-audit JSON report."""
    dependencies = report.get("dependencies", [])
    vulnerable = [d for d in dependencies if d.get("vulns")]
    skipped = [d for d in dependencies if d.get("skip_reason")]
    if vulnerable:
        lines = [
            f"  {d['name']} {d.get('version', '')}: "
            + ", ".join(
                v["id"]
                + (f" (fixed in {', '.join(v['fix_versions'])})" if v.get("fix_versions") else "")
                for v in d["vulns"]
            )
            for d in vulnerable
        ]
        return 1, "Known vulnerabilities in pinned dependencies:\n" + "\n".join(lines)
    audited = len(dependencies) - len(skipped)
    if dependencies and not audited:
        return 0, (
            f"WARNING: the dependency audit could not run: none of {len(dependencies)} "
            "packages could be looked up (the advisory service is unreachable from this "
            f"machine). First reason: {skipped[0]['skip_reason']}"
        )
    message = f"No known vulnerabilities in {audited} audited packages."
    if skipped:
        message += f" Not audited ({len(skipped)}): " + ", ".join(d["name"] for d in skipped)
    return 0, message


def main(argv):
    if len(argv) == 2 and argv[0] == "--report":
        report = json.loads(Path(argv[1]).read_text())
    else:
        report = run_pip_audit()
    code, message = decide(report)
    print(message, file=sys.stderr if code else sys.stdout)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
