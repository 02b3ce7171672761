"""Cells of downloaded spreadsheets never run as formulas (home.exports)."""

import pytest

from home.exports import spreadsheet_text


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (
            '=HYPERLINK("https://aanvaller.example/","klik")',
            '\'=HYPERLINK("https://aanvaller.example/","klik")',
        ),
        ("+31 6 1234 5678", "'+31 6 1234 5678"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Buurtkamer = ontmoeting", "Buurtkamer = ontmoeting"),
        ("jan@example.org", "jan@example.org"),
        ("", ""),
        (None, ""),
        (2019, "2019"),
        (-5, "'-5"),
    ],
)
def test_formula_cells_become_text(value, cell):
    assert spreadsheet_text(value) == cell
