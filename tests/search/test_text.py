import pytest

from search.text import clean_query, excerpt, highlight, title_coverage, variants


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("  Weggeefwinkel   in Utrecht ", "Weggeefwinkel Utrecht"),
        ("& | ! : * ( ) ' \"", ""),
        ("coöperatie & !armoede", "coöperatie armoede"),
        ("'; DROP TABLE x; --", "DROP TABLE x"),
        ("auto's zo’n", "autos zon"),
        ("de het een", "de het een"),  # only stop words: keep them
        ("schulden Schulden SCHULDEN", "schulden"),
        ("a\x00b", "ab"),
    ],
)
def test_clean_query_keeps_only_words(typed, words):
    assert clean_query(typed)[1] == words


def test_clean_query_cuts_long_input():
    shown, words = clean_query("armoede " * 2000)
    assert len(shown) <= 200
    assert words == "armoede"
    assert len(clean_query(" ".join(f"woord{n}" for n in range(100)))[1].split()) == 12


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("coöperaties", ["coöperaties", "coöperatie"]),
        ("coöperatie", ["coöperatie", "coöperaties"]),
        ("schulden", ["schulden", "schuld"]),
        ("initiatieven", ["initiatieven", "initiatief"]),
        ("initiatief", ["initiatief", "initiatieven"]),
        ("winkel", ["winkel", "winkels"]),
        ("schuld", ["schuld", "schulden"]),
        ("wet", ["wet"]),
    ],
)
def test_variants(word, forms):
    assert variants(word) == forms


def test_highlight_escapes_before_marking():
    html = highlight("<b>Coöperatie</b> & zo", "cooperatie")
    assert html == "&lt;b&gt;<mark>Coöperatie</mark>&lt;/b&gt; &amp; zo"


def test_highlight_marks_stems_but_not_stop_words():
    assert highlight("Sociale coöperaties in de buurt", "coöperatie in") == (
        "Sociale <mark>coöperaties</mark> in de buurt"
    )


def test_excerpt_is_taken_around_the_first_match():
    text = "Begin. " + "woord " * 100 + "Hier gaat het over geldzorgen en meer. " + "x " * 100
    result = excerpt(["", text], "geldzorgen")
    assert "<mark>geldzorgen</mark>" in result
    assert result.startswith("… ") and result.endswith(" …")
    assert len(result) < 300


def test_excerpt_falls_back_to_the_first_text():
    assert excerpt(["<p>Een samenvatting</p>", "body"], "onbekend") == "Een samenvatting"


def test_title_coverage():
    assert title_coverage("Weggeefwinkel", "weggeefwinkel") == 1
    assert title_coverage("Weggeefwinkel Amersfoort", "weggeefwinkel") == 0.5
    assert title_coverage("Noodfonds", "weggeefwinkel") == 0
