from django import template

from library.links import entry_url

register = template.Library()


@register.simple_tag
def library_entry_url(document):
    """`{% library_entry_url document as url %}`: the document's entry in the library, or ''.
    No query per document: the library's address is cached."""
    return entry_url(document)
