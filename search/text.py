"""Query cleaning, excerpts and highlighting for search results.

The search backend receives only words: letters and digits. Operators, quotes, brackets and SQL
fragments are meaningless to visitors and differ per database (PostgreSQL's tsquery, SQLite's
FTS5 syntax), so they are removed before searching rather than escaped for each backend.
"""

import html
import re
import unicodedata

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from wagtail.search.query import And, Or, PlainText

MAX_QUERY_LENGTH = 200  # characters kept of what the visitor typed
MAX_TERMS = 12  # words searched for
EXCERPT_LENGTH = 220  # characters

# Small words that say nothing about what is wanted. PostgreSQL's Dutch configuration drops
# them itself; SQLite would require every one of them to be present.
STOP_WORDS = set(
    "aan als bij dat de die door een en er hét het hoe in is je met naar of om op over te "
    "u uit van voor wat we zijn a an and at by for how in is of on or the to with".split()
)

WORD = re.compile(r"\w+")
APOSTROPHES = re.compile(r"(?<=\w)['’](?=\w)")  # auto's, zo'n: one word


def clean_query(raw):
    """What the visitor typed (cut, printable: shown back in the form) and the words to search
    for (a string of at most MAX_TERMS distinct words, possibly empty)."""
    shown = " ".join("".join(c for c in raw[:MAX_QUERY_LENGTH] if c.isprintable()).split())
    words = []
    for word in WORD.findall(APOSTROPHES.sub("", shown)):
        word = word.strip("_")
        if word and word.casefold() not in {w.casefold() for w in words}:
            words.append(word)
    meaningful = [word for word in words if word.casefold() not in STOP_WORDS]
    return shown, " ".join((meaningful or words)[:MAX_TERMS])


def variants(word):
    """The word and its likely singular or plural forms. PostgreSQL's Dutch stemmer strips
    '-en' but leaves '-s' after a vowel ('coöperaties' stays apart from 'coöperatie'), and
    SQLite does not stem at all; searching for these forms as alternatives covers both."""
    forms = [word]
    lower = word.casefold()
    if len(lower) >= 5 and lower.endswith("s"):
        forms.append(word[:-1])  # coöperaties, cafés
    elif len(lower) >= 6 and lower.endswith("en"):
        stem = word[:-2]  # schulden, methodieken
        if stem[-1:] == "v":
            stem = stem[:-1] + "f"  # initiatieven
        elif stem[-1:] == "z":
            stem = stem[:-1] + "s"  # huizen
        elif len(stem) > 3 and stem[-1] == stem[-2]:
            stem = stem[:-1]  # winkels is -s; bedden, pannen
        forms.append(stem)
    elif len(lower) >= 4:
        takes_s = lower[-1] in "aeiouéë" or lower[-2:] in ("el", "em", "er", "je")
        if lower.endswith("f"):
            forms.append(word[:-1] + "ven")  # initiatief
        else:
            forms.append(word + ("s" if takes_s else "en"))  # coöperatie, winkel, schuld
    return forms


def search_query(words, operator="and"):
    """The query for Wagtail's search: every word (or, with operator 'or', any word), each
    in any of its forms."""
    alternatives = []
    for word in words.split():
        forms = variants(word)
        alternatives.append(
            PlainText(forms[0]) if len(forms) == 1 else Or([PlainText(form) for form in forms])
        )
    if len(alternatives) == 1:
        return alternatives[0]
    return And(alternatives) if operator == "and" else Or(alternatives)


def fold(text):
    """Lower case without accents: 'Coöperatie' -> 'cooperatie'."""
    if text.isascii():  # most text, and the long index text of every result: no accents
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _stems(query):
    """Word beginnings to highlight: roughly what Dutch stemming keeps ('coöperaties' ->
    'cooperatie', 'geldzorgen' -> 'geldzorg')."""
    stems = set()
    for term in WORD.findall(fold(query)):
        if len(term) > 4:
            term = term[: max(4, len(term) - 2)]
        if len(term) > 1 and term not in STOP_WORDS:
            stems.add(term)
    return stems


def _matches(word, stems):
    folded = fold(word)
    return any(folded.startswith(stem) for stem in stems)


def title_coverage(title, query):
    """The share of the title's words that match the query: 1.0 for the page 'Weggeefwinkel'
    on 'weggeefwinkel', 0.5 for 'Weggeefwinkel Amersfoort'."""
    stems = _stems(query)
    words = [w for w in WORD.findall(title) if fold(w) not in STOP_WORDS]
    if not words:
        return 0.0
    return sum(1 for word in words if _matches(word, stems)) / len(words)


def plain(text):
    """Text without HTML tags and entities, on one line."""
    text = text or ""
    if "<" in text:  # strip_tags parses HTML: slow on the long plain text of an index entry
        text = strip_tags(text)
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


def highlight(text, query):
    """The text, escaped, with the words that match the query in <mark>."""
    stems = _stems(query)
    parts = []
    position = 0
    for match in WORD.finditer(text):
        if _matches(match.group(), stems):
            parts.append(escape(text[position : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above


def excerpt(texts, query, length=EXCERPT_LENGTH):
    """A highlighted passage of about `length` characters from the first text that contains a
    word of the query, or the start of the first non-empty text."""
    stems = _stems(query)
    texts = [plain(text) for text in texts if text]
    for text in texts:
        found = _first_match(text, stems)
        if found is None:
            continue
        start = 0
        if found.start() > length // 3:
            # Begin at a word a little before the match.
            start = text.rfind(" ", 0, found.start() - length // 4) + 1
        return highlight(_cut(text, start, length), query)
    if texts:
        return highlight(_cut(texts[0], 0, length), query)
    return ""


def _first_match(text, stems):
    """The first word of the text that matches, or None. Folding word by word is slow on the
    long text of an index entry, so the text is folded once to find where to begin (or that
    nothing matches)."""
    folded = fold(text)
    found = [position for position in map(folded.find, stems) if position >= 0]
    if not found:
        return None
    # Folding keeps the length of most texts; then the first place a stem occurs is where
    # the first matching word can begin at the earliest.
    start = text.rfind(" ", 0, min(found)) + 1 if len(folded) == len(text) else 0
    return next((m for m in WORD.finditer(text, start) if _matches(m.group(), stems)), None)


def _cut(text, start, length):
    end = start + length
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
        piece = text[start:end].rstrip(" ,.;:") + " …"
    else:
        piece = text[start:]
    return ("… " if start else "") + piece
