"""Charts as SVG drawn on the server: no JavaScript, no chart library, nothing loaded from
elsewhere. Each chart is an image with a title and a description for screen readers and comes
with a data table holding the same numbers (see templates/directory/dashboard/chart.html).

These functions only compute geometry; the template escapes every label.
"""

from django.utils.text import Truncator, slugify

WIDTH = 640
BAR_HEIGHT = 22
BAR_GAP = 8
LABEL_WIDTH = 250
VALUE_ROOM = 50


def bar_chart(title, description, rows, label_heading="", value_heading="Count"):
    """Horizontal bars for categories: rows is [(label, value)]."""
    largest = max((value for _, value in rows), default=0) or 1
    room = WIDTH - LABEL_WIDTH - VALUE_ROOM
    bars = []
    for index, (label, value) in enumerate(rows):
        y = 10 + index * (BAR_HEIGHT + BAR_GAP)
        length = round(room * value / largest, 1)
        bars.append(
            {
                "label": str(label),
                "short_label": Truncator(str(label)).chars(34),
                "value": value,
                "y": y,
                "text_y": y + BAR_HEIGHT * 0.7,
                "length": length,
                "value_x": LABEL_WIDTH + length + 6,
            }
        )
    return {
        "kind": "bar",
        "id": slugify(title),
        "title": title,
        "description": description,
        "width": WIDTH,
        "height": 20 + len(rows) * (BAR_HEIGHT + BAR_GAP),
        "label_width": LABEL_WIDTH,
        "label_x": LABEL_WIDTH - 8,
        "bar_height": BAR_HEIGHT,
        "bars": bars,
        "rows": [(str(label), value) for label, value in rows],
        "label_heading": label_heading,
        "value_heading": value_heading,
    }


def weekly_chart(title, description, rows, value_heading="Count"):
    """Columns, one per week: rows is [(monday, value)]."""
    height, left, bottom, top = 220, 44, 28, 14
    plot_height = height - bottom - top
    largest = max((value for _, value in rows), default=0)
    scale = largest or 1
    step = (WIDTH - left - 10) / max(len(rows), 1)
    columns = []
    for index, (monday, value) in enumerate(rows):
        column_height = round(plot_height * value / scale, 1)
        columns.append(
            {
                "label": f"Week of {monday:%-d %b %Y}",
                "value": value,
                "x": round(left + index * step + step * 0.15, 1),
                "width": round(step * 0.7, 1),
                "y": round(top + plot_height - column_height, 1),
                "height": column_height,
            }
        )
    first, last = (rows[0][0], rows[-1][0]) if rows else (None, None)
    return {
        "kind": "weekly",
        "id": slugify(title),
        "title": title,
        "description": description,
        "width": WIDTH,
        "height": height,
        "left": left,
        "axis_y": top + plot_height,
        "top": top,
        "largest": largest,
        "first_label": f"{first:%-d %b}" if first else "",
        "last_label": f"{last:%-d %b}" if last else "",
        "last_x": WIDTH - 10,
        "label_y": height - 8,
        "columns": columns,
        "rows": [(column["label"], column["value"]) for column in columns],
        "label_heading": "Week",
        "value_heading": value_heading,
    }
