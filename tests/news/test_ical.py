"""The .ics download: valid iCalendar, checked by reading it back line by line (RFC 5545) and
with the icalendar package's parser."""

import re
from datetime import UTC, datetime
from types import SimpleNamespace

import icalendar
import pytest

from news import ical

from .factories import EventPageFactory, amsterdam


def unfold(data):
    """The content lines of an iCalendar file: CRLF + one space or tab continues a line."""
    assert data.endswith("\r\n")
    assert "\n" not in data.replace("\r\n", "")  # no bare newlines
    return re.sub(r"\r\n[ \t]", "", data).split("\r\n")[:-1]


def unescape(value):
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)


def properties(data):
    result = {}
    for line in unfold(data):
        name, _, value = line.partition(":")
        result.setdefault(name, []).append(value)
    return result


def test_escaping_and_folding():
    """Text values are escaped (backslash, semicolon, comma, newline) and long lines are folded
    at 75 octets without splitting a UTF-8 character."""
    meeting = SimpleNamespace(
        start=datetime(2030, 7, 1, 8, 0, tzinfo=UTC),
        end=datetime(2030, 7, 1, 9, 0, tzinfo=UTC),
        title="a,b;c\\d\ne",
        ics_location="",
        ics_description="é" * 100,  # two octets each: a fold must not split a character
    )
    data = ical.calendar([ical.event(meeting, uid="1@example.org", url="https://example.org/")])
    assert "SUMMARY:a\\,b\\;c\\\\d\\ne\r\n" in data
    parts = data.split("\r\n")
    description = parts.index(next(part for part in parts if part.startswith("DESCRIPTION:")))
    folded = []
    for part in parts[description:]:
        if folded and not part.startswith(" "):
            break
        folded.append(part)
    assert len(folded) > 1
    assert all(len(part.encode()) <= 75 for part in folded)
    assert all(part.startswith(" ") for part in folded[1:])
    assert "".join(part.removeprefix(" ") for part in folded) == "DESCRIPTION:" + "é" * 100


@pytest.mark.django_db
def test_meeting_ics(client, agenda):
    event = EventPageFactory(
        parent=agenda,
        slug="groeien-in-kracht",
        title="Groeien in kracht; workshops, lunch en \\ meer",
        start=amsterdam(2030, 7, 1, 10, 0),
        end=amsterdam(2030, 7, 1, 16, 30),
        venue="Pauluskerk",
        address="Mauritsweg 20",
        place="Rotterdam",
        introduction="Eerste regel.\nTweede regel, met een komma. " + "Lange tekst " * 20,
        registration="Aanmelden vóór 1 juni",
    )
    response = client.get(event.url + "ics/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="groeien-in-kracht.ics"' in response["Content-Disposition"]
    data = response.content.decode()
    assert all(len(line.encode()) <= 75 for line in data.split("\r\n"))
    assert "\r\n " in data  # the long description was folded

    props = properties(data)
    assert props["BEGIN"] == ["VCALENDAR", "VEVENT"]
    assert props["END"] == ["VEVENT", "VCALENDAR"]
    assert props["VERSION"] == ["2.0"]
    assert props["PRODID"]
    assert props["UID"] == [f"{event.translation_key}@testserver"]
    assert re.fullmatch(r"\d{8}T\d{6}Z", props["DTSTAMP"][0])
    assert props["DTSTART"] == ["20300701T080000Z"]  # 10:00 summer time
    assert props["DTEND"] == ["20300701T143000Z"]
    assert props["SUMMARY"] == ["Groeien in kracht\\; workshops\\, lunch en \\\\ meer"]
    assert unescape(props["SUMMARY"][0]) == event.title
    assert unescape(props["LOCATION"][0]) == "Pauluskerk, Mauritsweg 20, Rotterdam"
    assert props["URL"] == [f"http://testserver{event.url}"]
    description = unescape(props["DESCRIPTION"][0])
    assert description.startswith("Eerste regel.\nTweede regel, met een komma.")
    assert "Aanmelden: Aanmelden vóór 1 juni" in description


@pytest.mark.django_db
def test_winter_time_and_online_meeting(client, agenda):
    event = EventPageFactory(
        parent=agenda,
        start=amsterdam(2030, 1, 15, 19, 30),
        end=amsterdam(2030, 1, 15, 21, 0),
        place="",
        online_url="https://video.example.org/talk",
    )
    props = properties(client.get(event.url + "ics/").content.decode())
    assert props["DTSTART"] == ["20300115T183000Z"]
    assert props["LOCATION"] == ["https://video.example.org/talk"]
    assert event.start == datetime(2030, 1, 15, 18, 30, tzinfo=UTC)


@pytest.mark.django_db
def test_agenda_ics_has_every_upcoming_meeting(client, agenda):
    props = properties(client.get(agenda.url + "ics/").content.decode())
    upcoming = agenda.upcoming_events()
    assert len(props["UID"]) == upcoming.count() == 4
    assert len(set(props["UID"])) == 4
    assert props["SUMMARY"][0] == "Social Talk: kinderen in armoede"


@pytest.mark.django_db
def test_the_icalendar_parser_reads_the_meeting_back(client, agenda):
    event = EventPageFactory(
        parent=agenda,
        slug="buurtcafe",
        title="Buurtcafé; koffie, thee en \\ taart",
        start=amsterdam(2030, 3, 5, 14, 0),
        end=amsterdam(2030, 3, 5, 16, 0),
        venue="Wijkcentrum De Brug",
        address="Kerkstraat 1",
        place="Utrecht",
        introduction="Eerste regel.\nTweede regel.",
    )
    calendar = icalendar.Calendar.from_ical(client.get(event.url + "ics/").content)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["UID"]) == f"{event.translation_key}@testserver"
    assert str(vevent["SUMMARY"]) == event.title
    assert vevent.decoded("DTSTART") == datetime(2030, 3, 5, 13, 0, tzinfo=UTC)
    assert vevent.decoded("DTEND") == datetime(2030, 3, 5, 15, 0, tzinfo=UTC)
    assert vevent.decoded("DTSTAMP").tzinfo is not None
    assert str(vevent["LOCATION"]) == "Wijkcentrum De Brug, Kerkstraat 1, Utrecht"
    assert str(vevent["DESCRIPTION"]).startswith("Eerste regel.\nTweede regel.")
    assert str(vevent["URL"]) == f"http://testserver{event.url}"
    # The agenda's calendar is named after the agenda.
    agenda_calendar = icalendar.Calendar.from_ical(client.get(agenda.url + "ics/").content)
    assert agenda_calendar.calendar_name == agenda.title
    assert event.title in [str(vevent["SUMMARY"]) for vevent in agenda_calendar.walk("VEVENT")]
