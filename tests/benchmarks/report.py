"""The benchmark's Markdown table and SVG chart (no plotting library needed for bars)."""

from html import escape


def write_markdown(path, reports, meta, http=None):
    lines = [
        "# Benchmark results",
        "",
        f"{meta['when']} on {meta['machine']}; {meta['rounds']} interleaved rounds after a "
        "warm-up; latency measured in-process through the full middleware stack. Ratio = "
        "median / the floor's median (a bare view answering the same bytes).",
        "",
    ]
    for report in reports:
        for size, data in report["sizes"].items():
            lines += [
                f"## {report['database']}, {int(size):,} mentors",
                "",
                "| endpoint | median ms | p95 ms | req/s | queries | bytes | × floor |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
            ]
            for r in data["results"]:
                lines.append(
                    f"| {r['endpoint']} | {r['median_ms']:.2f} | {r['p95_ms']:.2f} | "
                    f"{r['rps']:.0f} | {r['queries']} | {r['bytes']:,} | {r['ratio']:.2f} |"
                )
            lines.append("")
    if http:
        lines += [
            "## HTTP load (gunicorn, 2 workers, PostgreSQL, loopback)",
            "",
            "| target | req/s | p50 ms | p90 ms | p99 ms | errors | max worker RSS MB |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in http:
            lines.append(
                f"| {row['target']} | {row['rps']:.0f} | {row['p50']:.1f} | {row['p90']:.1f} | "
                f"{row['p99']:.1f} | {row['errors']} | {row['rss_mb']:.0f} |"
            )
        lines.append("")
    text = "\n".join(lines)
    path.write_text(text)
    return text


def write_chart(path, reports):
    """Horizontal bars of the ratio to the floor, one group per database and size."""
    rows = []
    for report in reports:
        for size, data in report["sizes"].items():
            for r in data["results"]:
                if r["endpoint"] != "floor":
                    rows.append(
                        (f"{report['database']} {int(size):,}: {r['endpoint']}", r["ratio"])
                    )
    width, bar_area, row_h = 900, 420, 18
    top = 30
    height = top + row_h * len(rows) + 20
    longest = max((ratio for _, ratio in rows), default=1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        'font-family="sans-serif" font-size="11">',
        '<text x="10" y="18" font-size="14">Median latency as a multiple of the floor</text>',
    ]
    for i, (label, ratio) in enumerate(rows):
        y = top + i * row_h
        bar = bar_area * ratio / longest
        parts.append(f'<text x="10" y="{y + 12}">{escape(label)}</text>')
        parts.append(
            f'<rect x="{width - bar_area - 60}" y="{y + 2}" width="{bar:.1f}" height="12" '
            'fill="#1f4e79"/>'
        )
        parts.append(f'<text x="{width - 55}" y="{y + 12}">×{ratio:.1f}</text>')
    parts.append("</svg>")
    path.write_text("\n".join(parts))
