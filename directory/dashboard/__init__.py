"""The pilot dashboard: figures, server-rendered SVG charts, the admin report and panel."""
