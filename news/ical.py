"""iCalendar (RFC 5545) files for meetings, written with the icalendar package: one VEVENT
per meeting, times in UTC. The package escapes text values, ends lines in CRLF and folds them
at 75 octets."""

from datetime import UTC

from icalendar import Calendar, Event

from django.utils import timezone

PRODID = "-//Sociale Alliantie//Kennisbank//NL"


def event(meeting, uid, url, stamp=None):
    """One VEVENT. `meeting` is an EventPage (start, end, title, ics_location,
    ics_description)."""
    vevent = Event()
    vevent.add("uid", uid)
    vevent.add("dtstamp", (stamp or timezone.now()).astimezone(UTC))
    vevent.add("dtstart", meeting.start.astimezone(UTC))
    vevent.add("dtend", meeting.end.astimezone(UTC))
    vevent.add("summary", meeting.title)
    if meeting.ics_location:
        vevent.add("location", meeting.ics_location)
    if meeting.ics_description:
        vevent.add("description", meeting.ics_description)
    vevent.add("url", url)
    return vevent


def calendar(events, name=""):
    """A whole iCalendar file from VEVENTs, as a string with CRLF endings."""
    vcalendar = Calendar()
    vcalendar.add("prodid", PRODID)
    vcalendar.add("version", "2.0")
    vcalendar.add("calscale", "GREGORIAN")
    vcalendar.add("method", "PUBLISH")
    if name:
        vcalendar.calendar_name = name  # NAME (RFC 7986) and X-WR-CALNAME
    for vevent in events:
        vcalendar.add_component(vevent)
    return vcalendar.to_ical().decode()
