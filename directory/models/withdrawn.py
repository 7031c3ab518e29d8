"""Who has left the directory, kept only as a keyed digest of their e-mail address.

Withdrawing erases the mentor's record, so nothing else would stop the next import of the
old sign-up export from listing them again. The digest cannot be turned back into the
address (it is keyed with SECRET_KEY), and it is only ever compared with an address we are
about to import. A new sign-up through the site is fresh consent and is not refused.
"""

from django.db import models
from django.utils.crypto import salted_hmac

SALT = "directory.withdrawn-address"


def digest_of(email):
    return salted_hmac(SALT, (email or "").strip().lower(), algorithm="sha256").hexdigest()


class WithdrawnAddress(models.Model):
    digest = models.CharField(max_length=64, unique=True)
    withdrawn_on = models.DateField(auto_now_add=True)

    class Meta:
        verbose_name = "withdrawn address"
        verbose_name_plural = "withdrawn addresses"

    def __str__(self):
        return f"Left the directory on {self.withdrawn_on:%d %B %Y}"

    @classmethod
    def remember(cls, email):
        if email:
            cls.objects.get_or_create(digest=digest_of(email))

    @classmethod
    def has_withdrawn(cls, email):
        return bool(email) and cls.objects.filter(digest=digest_of(email)).exists()
