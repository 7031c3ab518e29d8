"""The vocabularies mentors are described and filtered by. Editors add, rename and reorder them
as snippets; the slug is what URLs and the API use, so it stays stable when a name changes."""

from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Taxonomy(index.Indexed, models.Model):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True, blank=True)
    sort_order = models.PositiveIntegerField(default=0, db_index=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:120]
        super().save(*args, **kwargs)
        self.refresh_search_documents()

    def refresh_search_documents(self):
        """Mentors are found by the names of their areas, specialisms and region."""
        from .. import search_vector
        from .mentor import Mentor

        field = {Area: "areas", Specialism: "specialisms", Region: "region"}.get(type(self))
        if field is None:
            return
        if not search_vector.enabled():
            # SQLite: Wagtail's index holds a copy of the name in each mentor's entry.
            from wagtail.search.backends import get_search_backend

            mentors = list(Mentor.get_indexed_objects().filter(**{field: self}).distinct())
            if mentors:
                get_search_backend().add_bulk(Mentor, mentors)
            return
        if field == "region":
            search_vector.refresh_region(self.pk)
            return
        through = Mentor._meta.get_field(field).remote_field.through
        column = through._meta.get_field(type(self)._meta.model_name).column
        search_vector.refresh_taxonomy(through._meta.db_table, column, self.pk)


class Area(Taxonomy):
    """What a mentor offers mentoring on (leadership, research, getting into training…)."""

    class Meta(Taxonomy.Meta):
        verbose_name = "area of mentoring"
        verbose_name_plural = "areas of mentoring"


class Specialism(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = "specialist interest"
        verbose_name_plural = "specialist interests"


class Region(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = "region"


class MenteeGroupQuerySet(models.QuerySet):
    def open(self):
        """The groups open in the current phase (the default site's phase settings)."""
        return self.filter(open_in_phases__site__is_default_site=True)


class MenteeGroup(Taxonomy):
    """Who a mentor will mentor: aspiring, trainee or qualified EPs."""

    objects = MenteeGroupQuerySet.as_manager()

    class Meta(Taxonomy.Meta):
        verbose_name = "mentee group"

    @property
    def one_person(self):
        """The group's name for one of its members, for a sentence: "Qualified EPs" becomes
        "qualified EP". Only a plural acronym at the end ("EPs") is made singular; any other
        name is kept as the editor wrote it, lower-cased unless it starts with an acronym."""
        words = self.name.split()
        if not words:
            return ""
        last = words[-1]
        if len(last) > 2 and last.endswith("s") and last[:-1].isupper():
            words[-1] = last[:-1]
        if not words[0][:2].isupper():
            words[0] = words[0].lower()
        return " ".join(words)


class MeetingFormat(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = "meeting format"


class LivedExperienceTag(Taxonomy):
    """Optional identity or lived-experience tags, shown only where the mentor consented."""

    class Meta(Taxonomy.Meta):
        verbose_name = "lived-experience tag"
