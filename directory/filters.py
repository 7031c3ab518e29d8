"""The directory's filters, one definition for the "Find a mentor" page and the API so that the
same query string always means the same mentors."""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef

from .models import Area, LivedExperienceTag, MeetingFormat, MenteeGroup, Mentor, Region, Specialism
from .models.mentor import AcceptingStatus
from .prefetch import values_by_slug
from .search import CONTROL_CHARACTERS, MAX_QUERY_LENGTH, clean_query, search_mentors


class SearchQueryField(forms.CharField):
    """Keywords with query syntax reduced to plain words; control characters are refused."""

    def prepare_value(self, value):
        # Never echo a NUL or other control character back into the page.
        return CONTROL_CHARACTERS.sub("", value) if isinstance(value, str) else value

    def to_python(self, value):
        raw = super().to_python(value)
        if CONTROL_CHARACTERS.search(raw or ""):
            raise forms.ValidationError(
                "Keywords cannot contain control characters (such as a NUL byte).",
                code="control_characters",
            )
        cleaned = clean_query(raw)
        if raw and not cleaned:
            # Searching for nothing but punctuation must not quietly list everyone.
            raise forms.ValidationError("Enter words or numbers to search for.", code="no_words")
        return cleaned


class SearchQueryFilter(django_filters.CharFilter):
    field_class = SearchQueryField


class CachedChoiceIterator(django_filters.fields.ModelChoiceIterator):
    """The choices from the vocabulary kept per content version, not from a query."""

    def _values(self):
        return list(values_by_slug(self.queryset).values())

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self._values():
            yield self.choice(obj)

    def __len__(self):
        return len(self._values()) + (1 if self.field.empty_label is not None else 0)

    def __bool__(self):
        return self.field.empty_label is not None or bool(self._values())


class CachedSlugField(django_filters.fields.ModelMultipleChoiceField):
    """Checks slugs against the vocabulary kept per content version, not with a query."""

    def clean(self, value):
        # Django answers "nothing chosen" with queryset.none(), and every later `if value`
        # compiles SQL only to find it empty: a plain empty list costs nothing.
        if not value and not self.required:
            return []
        return super().clean(value)

    iterator = CachedChoiceIterator

    def _check_values(self, value):
        try:
            value = frozenset(value)
        except TypeError:
            raise forms.ValidationError(
                self.error_messages["invalid_list"], code="invalid_list"
            ) from None
        by_slug = values_by_slug(self.queryset)
        for slug in value:
            self.validate_no_null_characters(slug)
            if str(slug) not in by_slug:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": slug},
                )
        return [by_slug[str(slug)] for slug in value]


class CachedSlugFilter(django_filters.ModelMultipleChoiceFilter):
    """Any of the chosen values, as a semi-join (EXISTS) on the link table: no DISTINCT over
    whole rows, so the list keeps its index order however many mentors match."""

    field_class = CachedSlugField

    def filter(self, qs, value):
        if not value:
            return qs
        field = Mentor._meta.get_field(self.field_name.split("__")[0])
        ids = [item.pk for item in value]
        if not field.many_to_many:
            return qs.filter(**{f"{field.attname}__in": ids})
        through = field.remote_field.through
        target = next(
            f.attname
            for f in through._meta.fields
            if f.is_relation and f.related_model is field.related_model
        )
        links = through.objects.filter(mentor_id=OuterRef("pk"), **{f"{target}__in": ids})
        return qs.filter(Exists(links))


def _taxonomy_filter(model, field_name, label, queryset=None):
    # Several values of one filter mean "any of"; values are slugs so URLs survive renames.
    return CachedSlugFilter(
        field_name=f"{field_name}__slug",
        to_field_name="slug",
        queryset=model.objects.all() if queryset is None else queryset,
        label=label,
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )


class MentorFilter(django_filters.FilterSet):
    q = SearchQueryFilter(
        method="filter_q",
        label="Keywords",
        max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    area = _taxonomy_filter(Area, "areas", "Area of mentoring")
    specialism = _taxonomy_filter(Specialism, "specialisms", "Specialist interest")
    region = _taxonomy_filter(Region, "region", "Region")
    # Groups closed in the current phase are not offered, and asking for one is an error.
    mentee_group = _taxonomy_filter(
        MenteeGroup, "mentee_groups", "Who they mentor", MenteeGroup.objects.open()
    )
    format = _taxonomy_filter(MeetingFormat, "formats", "How you can meet")
    lived_experience = _taxonomy_filter(
        LivedExperienceTag, "lived_experience_tags", "Lived experience"
    )
    accepting = django_filters.MultipleChoiceFilter(
        field_name="accepting",
        choices=AcceptingStatus.choices,
        label="Availability",
        widget=forms.CheckboxSelectMultiple,
    )

    # The order in which filters are shown and documented.
    TAXONOMY_PARAMS = ("area", "specialism", "region", "mentee_group", "format", "lived_experience")

    class Meta:
        model = Mentor
        fields = []

    def filter_q(self, queryset, name, value):
        return search_mentors(queryset, value)

    def filter_queryset(self, queryset):
        # Keyword search goes last so that relevance ordering is applied to the narrowed set.
        cleaned = dict(self.form.cleaned_data)
        q = cleaned.pop("q", "")
        for name, value in cleaned.items():
            queryset = self.filters[name].filter(queryset, value)
        if q:
            queryset = self.filter_q(queryset, "q", q)
        # Lived-experience tags are only public where the mentor consented to show them.
        if cleaned.get("lived_experience"):
            queryset = queryset.filter(lived_experience_consent=True)
        return queryset

    def error_messages(self):
        """Plain-language messages naming each bad parameter."""
        messages = []
        for name, errors in self.form.errors.items():
            label = self.filters[name].label if name in self.filters else name
            for error in errors:
                messages.append(f"{label}: {error}")
        return messages
