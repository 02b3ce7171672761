"""iCalendar (RFC 5545) files for meetings: one VEVENT per meeting.

Small enough to write out: text values are escaped (backslash, semicolon, comma, newline),
times are written in UTC (`Z`), lines end in CRLF and are folded at 75 octets without
splitting a UTF-8 character.
"""

from datetime import UTC

from django.utils import timezone

LINE_LIMIT = 75  # octets, excluding the CRLF


def escape_text(value):
    """A TEXT value: backslash first, then the separators; newlines become `\\n`."""
    value = str(value).replace("\r\n", "\n").replace("\r", "\n")
    for char, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        value = value.replace(char, escaped)
    return value


def fold(line):
    """Split a content line into lines of at most 75 octets; continuations start with a space."""
    parts = []
    current = b""
    limit = LINE_LIMIT
    for char in line:
        encoded = char.encode()
        if len(current) + len(encoded) > limit:
            parts.append(current)
            current = b" "
            limit = LINE_LIMIT  # the leading space counts
        current += encoded
    parts.append(current)
    return b"\r\n".join(parts).decode()


def utc(value):
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def event_lines(event, uid, url, stamp=None):
    """The lines of one VEVENT. `event` is an EventPage (start, end, title, ics_location,
    ics_description)."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{utc(stamp or timezone.now())}",
        f"DTSTART:{utc(event.start)}",
        f"DTEND:{utc(event.end)}",
        f"SUMMARY:{escape_text(event.title)}",
    ]
    if event.ics_location:
        lines.append(f"LOCATION:{escape_text(event.ics_location)}")
    if event.ics_description:
        lines.append(f"DESCRIPTION:{escape_text(event.ics_description)}")
    lines += [f"URL:{url}", "END:VEVENT"]
    return lines


def calendar(vevents, name=""):
    """A whole iCalendar file from lists of VEVENT lines, as a string with CRLF endings."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Sociale Alliantie//Kennisbank//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    for vevent in vevents:
        lines += vevent
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
