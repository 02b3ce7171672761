# The local-group fixtures (editor, members, initiatives, form data) are shared.
from tests.localgroups.conftest import (  # noqa: F401
    editor,
    initiative_a,
    initiative_b,
    member_a,
    member_b,
    method,
    method_index,
)
