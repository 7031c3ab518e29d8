"""Measure every endpoint against the floor, interleaved, for one database and several sizes.

Run by tests/benchmarks/run.py in a process of its own per database (DATABASE_URL is read at
start-up). Writes one JSON file of results.
"""

import argparse
import json
import os
import statistics
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.benchmarks.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from directory.models import Mentor, MentorDirectoryPage  # noqa: E402
from tests.benchmarks.seed import RARE_WORD, seed  # noqa: E402


class QueryCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def endpoints(client):
    """(name, path, headers) for everything measured; the floor is added per size."""
    directory = MentorDirectoryPage.objects.get().url
    mentor = Mentor.objects.listed().order_by("pk").first()
    total = Mentor.objects.listed().count()
    deep_page = max(1, (total // 12) // 2)
    items = [
        ("directory", directory, {}),
        (
            "directory, two filters",
            directory + "?region=london&area=research-and-doctoral-thesis",
            {},
        ),
        ("directory, keyword search", f"{directory}?q={RARE_WORD}", {}),
        ("directory, deep page", f"{directory}?page={deep_page}", {}),
        ("mentor page", f"{directory}{mentor.slug}/", {}),
        ("API list", "/api/v1/mentors/", {}),
        ("API, filters and search", f"/api/v1/mentors/?region=london&q={RARE_WORD}", {}),
    ]
    found = []
    for name, path, headers in items:
        response = client.get(path, **headers)
        if response.status_code == 200:
            found.append((name, path, headers))
        else:
            print(f"  skipped {name}: {path} answered {response.status_code}", file=sys.stderr)
    api = client.get("/api/v1/mentors/")
    if api.status_code == 200 and api.get("ETag"):
        found.append(
            ("API, 304 Not Modified", "/api/v1/mentors/", {"HTTP_IF_NONE_MATCH": api["ETag"]})
        )
    cached = client.get(directory, HTTP_X_BENCH_CACHED="1")
    if cached.get("X-Cache") in ("hit", "miss"):
        found.append(("directory, cached", directory, {"HTTP_X_BENCH_CACHED": "1"}))
    return found


def measure(client, targets, rounds, warmup):
    counter = QueryCounter()
    samples = {name: [] for name, _, _ in targets}
    queries, sizes, statuses = {}, {}, {}
    for _ in range(warmup):
        for _name, path, headers in targets:
            client.get(path, **headers)
    with connection.execute_wrapper(counter):
        for _ in range(rounds):
            for name, path, headers in targets:
                counter.count = 0
                started = time.perf_counter()
                response = client.get(path, **headers)
                elapsed = time.perf_counter() - started
                samples[name].append(elapsed)
                queries[name] = counter.count
                sizes[name] = len(response.content)
                statuses[name] = response.status_code
    results = []
    for name, _, _ in targets:
        values = sorted(samples[name])
        p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
        results.append(
            {
                "endpoint": name,
                "median_ms": statistics.median(values) * 1000,
                "p95_ms": p95 * 1000,
                "rps": len(values) / sum(values),
                "queries": queries[name],
                "bytes": sizes[name],
                "status": statuses[name],
            }
        )
    floor = next(r for r in results if r["endpoint"] == "floor")
    for result in results:
        result["ratio"] = result["median_ms"] / floor["median_ms"]
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000,100000")
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    call_command("load_demo", no_mentors=True, no_user=True, stdout=open(os.devnull, "w"))
    client = Client()
    report = {"database": connection.vendor, "sizes": {}}
    for size in [int(s) for s in args.sizes.split(",")]:
        print(f"{connection.vendor}: seeding {size} mentors", file=sys.stderr)
        timings = seed(size)
        print(f"  seeded in {sum(timings.values()):.1f}s {timings}", file=sys.stderr)
        targets = endpoints(client)
        directory_bytes = len(client.get(targets[0][1]).content)
        targets.insert(0, ("floor", f"/__bench__/floor/?bytes={directory_bytes}", {}))
        results = measure(client, targets, args.rounds, args.warmup)
        report["sizes"][size] = {"seed_seconds": timings, "results": results}
        for r in results:
            print(
                f"  {r['endpoint']:<28} median {r['median_ms']:7.2f} ms  p95 {r['p95_ms']:7.2f}"
                f"  x{r['ratio']:5.2f}  {r['queries']} queries",
                file=sys.stderr,
            )
    with open(args.out, "w") as handle:
        json.dump(report, handle, indent=2)


if __name__ == "__main__":
    main()
