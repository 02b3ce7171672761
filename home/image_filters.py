"""Image filter specs parsed once per process instead of once per image tag.

Wagtail builds a new `Filter` for every `{% picture %}`/`{% image %}` and every rendition it
looks up, and each one parses its spec ("fill-600x400|format-webp") into operation objects,
checking every operation's arguments with `inspect.getcallargs`. A page of twelve cards with
two formats at two widths parsed 48 specs per render: about a tenth of an uncached method
page's time here. The operations only hold their parsed arguments (their `run()` changes
nothing on them), so one list per spec serves every `Filter`.
"""

from wagtail.images.models import Filter

_parsed = {}


def install():
    parse = Filter.operations.func
    if getattr(parse, "_kennisbank_memo", False):
        return

    def operations(self):
        found = _parsed.get(self.spec)
        if found is None:
            found = _parsed[self.spec] = parse(self)
        return found

    operations._kennisbank_memo = True
    Filter.operations.func = operations
