"""Protection shared by every public form: a honeypot field, a minimum fill time (a signed
timestamp rendered with the form), a rate limit per client address kept in the cache (Redis
when REDIS_URL is set, so it holds across processes), and length limits on every text field.
CSRF comes from Django's middleware.

Use: subclass ProtectedForm; before handling a post, answer `rate_limited(request, "scope")`
with `too_many(response)` (a 429 with Retry-After); after an accepted post, call
`record_submission(request, "scope")`. Only accepted submissions count, so someone who
corrects a few mistakes is not locked out.
"""

import math
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache

from .forms.plain_text import PlainTextMixin

MIN_FILL_SECONDS = getattr(settings, "FORM_MIN_FILL_SECONDS", 3)
MAX_FORM_AGE_SECONDS = 24 * 3600
RATE_LIMIT = getattr(settings, "FORM_RATE_LIMIT", 5)  # submissions…
RATE_WINDOW_SECONDS = getattr(settings, "FORM_RATE_WINDOW_SECONDS", 3600)  # …per window
SALT = "directory.abuse.started"

TOO_FAST = "That was very quick. Please check your answers and send the form again."
HONEYPOT = "This form could not be sent. Please try again."
STALE = "This form has expired. Please send it again."
RATE_LIMITED = "Too many forms have been sent from your connection. Please try again later."


def started_token(now=None):
    return signing.dumps(int(now if now is not None else time.time()), salt=SALT)


class ProtectedForm(PlainTextMixin, forms.Form):
    """A form with a honeypot ('website', hidden from people) and a signed start time."""

    website = forms.CharField(label="Leave this field empty", required=False, max_length=200)
    started = forms.CharField(widget=forms.HiddenInput, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["started"].initial = started_token()
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    @property
    def abuse_error(self):
        return getattr(self, "_abuse_error", "")

    @property
    def has_field_errors(self):
        return any(name != forms.forms.NON_FIELD_ERRORS for name in self.errors)

    def shown_again(self, fresh):
        """The form to show after an abuse refusal. If the answers also have field errors,
        this bound form, so those errors show beside the refusal (otherwise "That was very
        quick" hid them), with a new start time; else `fresh`, the answers kept as initial."""
        if not self.has_field_errors:
            return fresh()
        self.data = self.data.copy()
        self.data[self.add_prefix("started")] = started_token()
        self.data[self.add_prefix("website")] = ""
        return self

    def clean(self):
        cleaned = super().clean()
        if self.data.get(self.add_prefix("website")):
            self._abuse_error = HONEYPOT
        else:
            try:
                started = signing.loads(self.data.get(self.add_prefix("started"), ""), salt=SALT)
            except signing.BadSignature:
                self._abuse_error = STALE
            else:
                age = time.time() - started
                if age < MIN_FILL_SECONDS:
                    self._abuse_error = TOO_FAST
                elif age > MAX_FORM_AGE_SECONDS:
                    self._abuse_error = STALE
        if self.abuse_error:
            raise forms.ValidationError(self.abuse_error, code="abuse")
        # A fresh start time for the re-rendered form, so fixing errors is not "too quick".
        return cleaned


def client_address(request):
    """The client's address. Behind a proxy, set TRUSTED_PROXY_HEADER (e.g. HTTP_X_REAL_IP)."""
    header = getattr(settings, "TRUSTED_PROXY_HEADER", "")
    if header and request.META.get(header):
        return request.META[header].split(",")[0].strip()[:64]
    return request.META.get("REMOTE_ADDR", "unknown")[:64]


def _key(request, scope, window):
    bucket = int(time.time() // window)
    return f"ratelimit:{scope}:{client_address(request)}:{bucket}"


def rate_limited(request, scope, limit=None, window=None):
    """True when the address has already sent the limit of accepted forms in this window."""
    window = window or RATE_WINDOW_SECONDS
    return (cache.get(_key(request, scope, window)) or 0) >= (limit or RATE_LIMIT)


def record_submission(request, scope, window=None):
    """Count one accepted submission from this address."""
    window = window or RATE_WINDOW_SECONDS
    key = _key(request, scope, window)
    if cache.add(key, 1, timeout=window):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window)


def too_many(response, window=None):
    """The 429 response, told when to try again: the end of the current window."""
    window = window or RATE_WINDOW_SECONDS
    response.status_code = 429
    response["Retry-After"] = str(max(1, math.ceil(window - time.time() % window)))
    return response


def kept_answers(data, form_class):
    """A refused form's answers, to fill a fresh copy of it (never the anti-abuse fields);
    every ticked box of a multiple choice is kept."""
    multiple = {
        name
        for name, field in form_class.base_fields.items()
        if isinstance(field, forms.MultipleChoiceField)
        or isinstance(field.widget, forms.CheckboxSelectMultiple)
    }
    skip = {"started", "website", "csrfmiddlewaretoken"}
    return {
        key: data.getlist(key) if key in multiple else data.get(key, "")[:3000]
        for key in data
        if key not in skip
    }


def answer_post(request, scope, form_class, show, on_valid, **form_kwargs):
    """What every public form does with a POST: a full rate limit is a 429; errors come back
    with a 400 (after an abuse refusal, the answers return in a fresh form to send again); an
    accepted form is counted, then handed to `on_valid`.

    `show(form, status, problem)` renders the form's page."""
    if rate_limited(request, scope):
        return too_many(show(form_class(**form_kwargs), 429, RATE_LIMITED))
    form = form_class(request.POST, request.FILES, **form_kwargs)
    if not form.is_valid():
        if form.abuse_error:
            fresh = lambda: form_class(  # noqa: E731
                initial=kept_answers(request.POST, form_class), **form_kwargs
            )
            return show(form.shown_again(fresh), 400, form.abuse_error)
        return show(form, 400, "")
    record_submission(request, scope)
    return on_valid(form)
