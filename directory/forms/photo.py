"""Validating an uploaded photo before anything is stored: type, file size and pixel count.
The pixel count is read from the header, so a small file that decodes to a huge image (a
"decompression bomb") is refused without being decoded."""

import warnings

from django import forms
from django.conf import settings
from PIL import Image

MAX_BYTES = getattr(settings, "MENTOR_PHOTO_MAX_BYTES", 5 * 1024 * 1024)
MAX_PIXELS = getattr(settings, "MENTOR_PHOTO_MAX_PIXELS", 4000 * 4000)
FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}


def validate_photo(upload):
    if upload.size > MAX_BYTES:
        raise forms.ValidationError(
            f"The photo is too large: choose one under {MAX_BYTES // (1024 * 1024)} MB."
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            upload.seek(0)
            with Image.open(upload) as image:
                image_format, (width, height) = image.format, image.size
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as error:
        raise forms.ValidationError(
            "The photo has too many pixels: choose a smaller one."
        ) from error
    except Exception as error:
        raise forms.ValidationError(
            "This file is not a photo we can use: upload a JPEG, PNG or WebP."
        ) from error
    finally:
        upload.seek(0)
    if image_format not in FORMATS:
        raise forms.ValidationError("Upload the photo as a JPEG, PNG or WebP file.")
    if width * height > MAX_PIXELS:
        raise forms.ValidationError("The photo has too many pixels: choose a smaller one.")
    return upload
