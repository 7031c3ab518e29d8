"""make bench: measure on SQLite and PostgreSQL, then write a Markdown table and an SVG chart.

    python -m tests.benchmarks.run [--sizes 100,1000,100000] [--databases sqlite,postgres]
                                   [--rounds 60] [--http]

Results go to tests/benchmarks/output/ (ignored by git).
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.report import write_chart, write_markdown

OUTPUT = Path(__file__).parent / "output"
PG_ADMIN = os.environ.get("BENCH_PG_ADMIN_URL", "postgres://root@127.0.0.1:5432/test")
PG_BENCH = os.environ.get("BENCH_PG_URL", "postgres://root@127.0.0.1:5432/mentoring_bench")


def recreate_postgres_database():
    import psycopg

    name = PG_BENCH.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN.replace("postgres://", "postgresql://"), autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}"')
        c.execute(f'CREATE DATABASE "{name}"')


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000,100000")
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--http", action="store_true", help="also run the gunicorn load test")
    parser.add_argument(
        "--report",
        action="store_true",
        help="measure nothing: rewrite the table and chart from the last results of each "
        "database (and of the HTTP run), e.g. after running the databases separately",
    )
    args = parser.parse_args()

    OUTPUT.mkdir(parents=True, exist_ok=True)
    if args.report:
        reports = [
            json.loads((OUTPUT / f"{database}.json").read_text())
            for database in args.databases.split(",")
            if (OUTPUT / f"{database}.json").exists()
        ]
        http_file = OUTPUT / "http.json"
        http = json.loads(http_file.read_text()) if http_file.exists() else None
        write_report(reports, http, args.rounds)
        return

    reports = []
    for database in args.databases.split(","):
        if database == "sqlite":
            db_file = OUTPUT / "bench.sqlite3"
            db_file.unlink(missing_ok=True)
            url = f"sqlite:///{db_file}"
        else:
            recreate_postgres_database()
            url = PG_BENCH
        out = OUTPUT / f"{database}.json"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.benchmarks.measure",
                "--sizes",
                args.sizes,
                "--rounds",
                str(args.rounds),
                "--out",
                str(out),
            ],
            env={**os.environ, "DATABASE_URL": url},
            check=True,
        )
        reports.append(json.loads(out.read_text()))

    http = None
    if args.http:
        from tests.benchmarks.http_load import run_load

        http = run_load(PG_BENCH)
        if http is not None:
            (OUTPUT / "http.json").write_text(json.dumps(http, indent=2))
    write_report(reports, http, args.rounds)


def write_report(reports, http, rounds):
    meta = {
        "when": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": machine(),
        "rounds": rounds,
    }
    markdown = write_markdown(OUTPUT / "results.md", reports, meta, http)
    write_chart(OUTPUT / "ratios.svg", reports)
    print(markdown)
    print(f"\nWritten: {OUTPUT / 'results.md'} and {OUTPUT / 'ratios.svg'}")


if __name__ == "__main__":
    main()
