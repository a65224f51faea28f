"""An event's place among the other places of its sentence (syr28): not where a participant is posted, comes from or
goes ("forces stationed in Jourin", "militants who fled Mosul", "a convoy heading to Kidal"), nor where what hit was
fired from ("artillery fire from Jourin hit ..."), nor the province of a city quarter ("the Al-Salmani district
of Benghazi"); and bases and border crossings named for a town, or curated where no
town bears their name ("the Shayrat air base", "the Nasib crossing", "the Ain al-Asad air base")."""

import pytest

import eventmill
from eventmill.distance import km

WITHIN_KM = 25

CASES = [
    # (lang, text, trigger or "", lat, lon): the event's place
    (
        "en",
        "Shells fired by regime forces stationed in Jourin hit the town of Qalaat al-Madiq in the western countryside"
        " of Hama on Wednesday, wounding four civilians, activists said.",
        "",
        35.415,
        36.391,
    ),
    (
        "en",
        "The army, which recaptured Saraqeb from rebels last month, shelled the town of Kafr Nabl on Wednesday,"
        " killing a woman, the monitor said.",
        "shelled",
        35.614,
        36.564,
    ),
    (
        "en",
        "Militants who fled Mosul in 2017 attacked a village checkpoint south of Tal Afar on Monday, killing two"
        " members of the Popular Mobilisation Forces.",
        "",
        36.379,
        42.448,
    ),
    (
        "en",
        "A bomb exploded among pilgrims walking from Baghdad to Karbala in Iskandariya on Monday, killing five people.",
        "",
        32.887,
        44.346,
    ),
    (
        "en",
        "Artillery fire from Jourin hit a school in Qalaat al-Madiq, in Syria's Hama province, on Friday, wounding"
        " three children, a local official said.",
        "",
        35.415,
        36.391,
    ),
    ("en", "A car bomb parked near a market in Afrin exploded on Tuesday, killing nine people.", "", 36.512, 36.87),
    (
        "en",
        "Several rockets and ballistic missiles struck the Ain al-Asad air base in Iraq's western Anbar province on"
        " Saturday, the U.S. military said.",
        "",
        33.8,
        42.44,
    ),
    ("en", "Israeli missiles struck the Shayrat air base in the province of Homs on Thursday.", "", 34.494, 36.947),
    (
        "en",
        "A car bomb exploded near the Bab al-Hawa crossing on the Turkish border on Tuesday, killing eight people.",
        "",
        36.234,
        36.67,
    ),
    (
        "en",
        "Armed groups clashed at the Ras Jedir border crossing between Libya and Tunisia on Tuesday.",
        "",
        33.148,
        11.568,
    ),
    ("en", "Unidentified warplanes struck al-Watiya air base southwest of Tripoli on Monday.", "", 32.476, 11.768),
    ("en", "Insurgents fired four rockets at Kandahar Airfield on Monday night.", "", 31.613, 65.71),
    (
        "en",
        "Drones attacked the al-Tanf garrison near Syria's borders with Jordan and Iraq on Sunday, a U.S. official said.",
        "",
        33.488,
        38.657,
    ),
    # "the X district of Y": a quarter of the city Y, not a district of the province Y ("Zurmat district of Paktia")
    (
        "en",
        "Forces loyal to Khalifa Haftar clashed on Friday with fighters in the Al-Salmani district of Benghazi, killing"
        " at least six people.",
        "",
        32.115,
        20.069,
    ),
    (
        "en",
        "Taliban fighters attacked a checkpoint in the Chahar Dara district of Kunduz on Friday.",
        "",
        36.666,
        68.591,
    ),
    (
        "en",
        "A Malian army convoy heading to Gao was ambushed near Ansongo on Tuesday, the army said.",
        "",
        15.66,
        0.502,
    ),
]


def place_of(lang, text, trigger):
    doc = eventmill.extract(text, lang=lang, published="2024-05-02")
    events = [e for e in doc.events if not e.negated]
    ev = next((e for e in events if e.trigger.text == trigger), None) if trigger else None
    ev = ev or (events[0] if events else None)
    return ev.location.place if ev is not None and ev.location is not None else None


@pytest.mark.parametrize(("lang", "text", "trigger", "lat", "lon"), CASES, ids=[c[1][:40] for c in CASES])
def test_the_event_is_placed_at_its_own_site(lang, text, trigger, lat, lon):
    where = place_of(lang, text, trigger)
    assert where is not None, text
    assert km(where.lat, where.lon, lat, lon) <= WITHIN_KM, (where.name, where.country, where.precision)
