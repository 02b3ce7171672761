"""Small PDF documents for the demo (a title and paragraphs on A4), written without libraries."""

import textwrap
from io import BytesIO

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.search import index

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
LINE_HEIGHT = 15
WRAP = 88


def _escape(text):
    # Standard PDF fonts use Latin-1 (WinAnsi) text; anything else becomes '?'.
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return text.encode("cp1252", errors="replace").decode("latin-1")


def make_pdf(title, paragraphs):
    """A simple, valid PDF: the title in bold, then wrapped paragraphs, over as many pages as
    needed."""
    lines = [("F2", 16, title), ("F1", 11, "")]
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, WRAP) or [""]:
            lines.append(("F1", 11, line))
        lines.append(("F1", 11, ""))
    per_page = (PAGE_HEIGHT - 2 * MARGIN) // LINE_HEIGHT
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]

    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    page_tree = add(None)
    regular = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    bold = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    page_ids = []
    for page_lines in pages:
        y = PAGE_HEIGHT - MARGIN
        stream = ["BT"]
        for font, size, text in page_lines:
            stream.append(f"/{font} {size} Tf 1 0 0 1 {MARGIN} {y} Tm ({_escape(text)}) Tj")
            y -= LINE_HEIGHT + (6 if font == "F2" else 0)
        stream.append("ET")
        content = "\n".join(stream).encode("latin-1")
        content_id = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        page_ids.append(
            add(
                (
                    f"<< /Type /Page /Parent {page_tree} 0 R "
                    f"/MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                    f"/Resources << /Font << /F1 {regular} 0 R /F2 {bold} 0 R >> >> "
                    f"/Contents {content_id} 0 R >>"
                ).encode()
            )
        )
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {page_tree} 0 R >>".encode()
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    objects[page_tree - 1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()

    out = BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n"
    out.write(trailer.encode() + b"%%EOF\n")
    return out.getvalue()


def get_or_create_pdf_document(title, filename, paragraphs, collection=None, themes=(), **fields):
    """The document with this title, created as a generated PDF if missing.

    `fields` are the document model's own fields (the library's description, kind, date,
    language) and `themes` its themes; an existing document is returned untouched."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    document = Document(
        title=title, collection=collection or Collection.get_first_root_node(), **fields
    )
    content = make_pdf(title, paragraphs)
    document.file.save(filename, ContentFile(content), save=False)
    document.file_size = len(content)  # as an upload through the admin records it
    document.save()
    if themes:
        document.themes.set(themes)
        index.insert_or_update_object(document)  # with its themes' names
    return document
