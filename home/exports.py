"""Cells for the CSV and XLSX files that editors and visitors download (registrations, open data,
subscribers).

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula, and one that starts
with a tab or carriage return after trimming it, so a name typed into a public form as
`=HYPERLINK("https://…")` would become a live link or worse in an editor's spreadsheet (CSV or
formula injection, OWASP). Such text gets a leading `'`: spreadsheets show it as text, and the
value stays readable.
"""

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value):
    """`value` as the text of one cell, with a leading quote where a spreadsheet would
    otherwise run it as a formula. None is an empty cell."""
    value = "" if value is None else str(value)
    return f"'{value}" if value.startswith(FORMULA_START) else value
