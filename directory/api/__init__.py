"""Read-only JSON API v1 for other sites: listed mentors and the taxonomies, under /api/v1/."""
