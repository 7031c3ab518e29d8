"""Without Redis, the processes of `make run` (web server, task worker, a manage.py import)
share one cache, so a change made in one of them is seen by the others at once."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

READ = "from cms import content_version; print(content_version.current().token)"
BUMP = "from cms import content_version; content_version.bump()"


def in_a_new_process(code, cache_dir, settings="cms.settings.dev"):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": settings, "CACHE_DIR": str(cache_dir)}
    env.pop("REDIS_URL", None)
    script = f"import django; django.setup(); {code}"
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_change_in_one_process_is_seen_by_the_next(tmp_path):
    before = in_a_new_process(READ, tmp_path)
    assert in_a_new_process(READ, tmp_path) == before  # kept, not made anew per process
    in_a_new_process(BUMP, tmp_path)  # e.g. `manage.py import_mentors --publish`
    assert in_a_new_process(READ, tmp_path) != before
