"""French departments answer to their own names ("la Gironde", "en Seine-Saint-Denis"), not only to
GeoNames' "Departement de la Gironde": a department said to hold a town picks the French namesake, and an
event placed only in a department is placed there (real gazetteer; fr)."""

import pytest

import eventmill
from eventmill.distance import km
from eventmill.stages.geocode import load_geocoder


@pytest.mark.parametrize(
    "name, point",
    [
        ("Gironde", (44.86, -0.57)),
        ("Seine-Saint-Denis", (48.91, 2.48)),
        ("Deux-Sèvres", (46.57, -0.33)),
        ("Hauts-de-Seine", (48.84, 2.24)),
        ("Bouches-du-Rhône", (43.5, 5.1)),
    ],
)
def test_a_department_is_found_by_its_own_name(name, point):
    place = load_geocoder().lookup(name, lang="fr", countries=("FR",))
    assert place is not None and place.precision == "admin2" and place.country == "FR", place
    assert km(place.lat, place.lon, *point) < 60


@pytest.mark.parametrize(
    "text, point, within",
    [
        (
            "Des inconnus ont incendié une voiture à Saint-Denis, en Seine-Saint-Denis, dans la nuit "
            "de samedi à dimanche.",
            (48.936, 2.357),  # not Saint-Denis de La Réunion
            25,
        ),
        ("Des agriculteurs en colère ont bloqué une route départementale dans la Drôme mardi.", (44.78, 5.16), 60),
    ],
)
def test_a_department_holds_the_event(text, point, within):
    doc = eventmill.extract(text, lang="fr", published="2024-03-14")
    ev = next(e for e in doc.events if not e.negated)
    assert ev.location is not None and ev.location.place is not None
    assert km(ev.location.place.lat, ev.location.place.lon, *point) <= within
