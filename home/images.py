"""Image uploads that cannot crash or exhaust the server.

Wagtail's image field lets some broken files through to a 500 (a truncated PNG raises an
OSError it does not catch) and counts the frames of an animated GIF as one. This form base
(`WAGTAILIMAGES_IMAGE_FORM_BASE`) adds the missing checks with Pillow before Wagtail's own.
"""

from PIL import Image as PILImage

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class SafeImageField(WagtailImageField):
    def to_python(self, data):
        file = data
        if file is not None and hasattr(file, "seek"):
            self.check_with_pillow(file)
        return super().to_python(data)

    def check_with_pillow(self, file):
        max_pixels = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None)
        try:
            file.seek(0)
            with PILImage.open(file) as image:
                width, height = image.size
                frames = getattr(image, "n_frames", 1)
                if max_pixels and width * height * frames > max_pixels:
                    raise ValidationError(
                        _(
                            "Deze afbeelding heeft te veel pixels (%(pixels)s, met alle beelden "
                            "van een animatie samen). Het maximum is %(max)s."
                        )
                        % {"pixels": f"{width * height * frames:,}", "max": f"{max_pixels:,}"},
                        code="file_too_many_pixels",
                    )
                image.verify()  # checks the structure and checksums without decoding
            file.seek(0)
            with PILImage.open(file) as image:
                image.load()  # a truncated file fails here
        except ValidationError:
            raise
        except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError):
            # Not an image Pillow can read: Wagtail's own check gives the usual message, or
            # this one when Pillow recognised the format but the data is damaged.
            if _looks_like_image(file):
                raise ValidationError(
                    _(
                        "Dit bestand is beschadigd of onvolledig. Sla de foto opnieuw op en "
                        "probeer het nog eens."
                    ),
                    code="invalid_image",
                ) from None
        except Exception:  # noqa: BLE001, S110 - left to Wagtail's check below
            pass
        finally:
            file.seek(0)


def _looks_like_image(file):
    file.seek(0)
    head = file.read(16)
    file.seek(0)
    return head.startswith((b"\x89PNG", b"\xff\xd8", b"GIF8", b"RIFF")) or b"ftypavif" in head


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            old = self.fields["file"]
            field = SafeImageField(label=old.label, required=old.required, help_text=old.help_text)
            field.widget = old.widget
            self.fields["file"] = field
