"""The JSON API of `eventmill serve`, through FastAPI's test client over a database coded by `eventmill run`."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from web_util import HOSTILE, client, web_db  # noqa: F401 (fixtures)


def all_events(client):
    return client.get("/api/events", params={"limit": 1000}).json()


def test_events_answer_total_and_the_documented_fields(client, web_db):
    body = all_events(client)
    con = duckdb.connect(str(web_db), read_only=True)
    stored = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    con.close()
    assert body["total"] == stored == len(body["events"]) > 5
    e = body["events"][0]
    for key in (
        "article_id",
        "event_no",
        "incident_id",
        "type",
        "modes",
        "date",
        "place",
        "actors",
        "recipients",
        "figures",
        "attribution",
        "evidence",
    ):
        assert key in e
    assert e["evidence"]["text"] and e["evidence"]["end"] > e["evidence"]["start"]


def test_type_filter_returns_only_that_type(client):
    types = {e["type"] for e in all_events(client)["events"]}
    assert len(types) >= 2
    for t in types:
        body = client.get("/api/events", params={"type": t.lower(), "limit": 1000}).json()
        assert body["total"] >= 1 and {e["type"] for e in body["events"]} == {t}


def test_date_country_text_and_actor_filters_narrow_the_events(client):
    everything = all_events(client)["events"]
    dated = [e for e in everything if e["date"] and "2016-04-02" <= e["date"] <= "2016-04-04"]
    body = client.get("/api/events", params={"since": "2016-04-02", "until": "2016-04-04", "limit": 1000}).json()
    assert body["total"] == len(dated) >= 1
    located = [e for e in everything if e["place"] and e["place"]["country"] == "SY"]
    assert client.get("/api/events", params={"country": "sy"}).json()["total"] == len(located) >= 1
    word = "civils"
    with_word = [e for e in everything if word in e["evidence"]["text"].lower()]
    assert client.get("/api/events", params={"q": "CIVILS"}).json()["total"] == len(with_word) >= 1
    nusra = [e for e in everything if any("nusra" in (a["name"] or "").lower() for a in e["actors"][:1])]
    assert client.get("/api/events", params={"actor": "Nusra"}).json()["total"] >= len(nusra) >= 1


def test_bbox_keeps_only_events_inside_the_box(client):
    body = client.get("/api/events", params={"bbox": "36,35.5,38,37", "limit": 1000}).json()
    assert body["total"] >= 1
    for e in body["events"]:
        assert 36 <= e["place"]["longitude"] <= 38 and 35.5 <= e["place"]["latitude"] <= 37


def test_paging_and_sorting(client):
    first = client.get("/api/events", params={"limit": 2, "sort": "date"}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2, "sort": "date"}).json()
    assert len(first["events"]) == 2 and first["total"] == second["total"]
    keys = {(e["article_id"], e["event_no"]) for e in first["events"] + second["events"]}
    assert len(keys) == 4
    dates = [e["date"] for e in client.get("/api/events", params={"sort": "date", "desc": True}).json()["events"]]
    present = [d for d in dates if d]
    assert present == sorted(present, reverse=True)


@pytest.mark.parametrize(
    ("params", "status", "name"),
    [
        ({"limit": 10**9}, 422, "limit"),
        ({"limit": -1}, 422, "limit"),
        ({"offset": -5}, 422, "offset"),
        ({"since": "2016-13-40"}, 400, "since"),
        ({"since": "2016-05-01", "until": "2016-04-01"}, 400, "until"),
        ({"country": "SY' OR 1=1 --"}, 400, "country"),
        ({"type": "ASSAULT'); DROP TABLE events; --"}, 400, "type"),
        ({"bbox": "1,2,3"}, 400, "bbox"),
        ({"bbox": "0,95,1,96"}, 400, "bbox"),
        ({"min_geo_confidence": 2}, 400, "min_geo_confidence"),
        ({"sort": "type; DROP TABLE events"}, 400, "sort"),
        ({"incident": "x"}, 400, "incident"),
        ({"q": "x" * 500}, 422, "q"),
    ],
)
def test_bad_parameters_get_400_or_422_naming_the_parameter(client, params, status, name):
    response = client.get("/api/events", params=params)
    assert response.status_code == status, response.text
    body = response.json()
    if status == 400:
        assert body["parameter"] == name
    else:
        assert any(d["loc"][-1] == name for d in body["detail"])


@pytest.mark.parametrize(
    "value", ["x' OR '1'='1", "'; DROP TABLE events; --", "%", "%_%", "\\", "é' UNION SELECT * FROM articles --"]
)
def test_sql_in_a_text_filter_is_only_text(client, web_db, value):
    for name in ("q", "actor"):
        response = client.get("/api/events", params={name: value})
        assert response.status_code == 200 and response.json()["total"] == 0
    con = duckdb.connect(str(web_db), read_only=True)
    stored = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    con.close()
    assert stored == all_events(client)["total"]


def test_stats_count_by_type_country_and_period(client):
    stats = client.get("/api/stats").json()
    events = all_events(client)["events"]
    assert stats["total"] == len(events)
    assert sum(r["n"] for r in stats["by_type"]) == len(events)
    assert {r["type"] for r in stats["by_type"]} == {e["type"] for e in events}
    assert sum(r["n"] for r in stats["by_country"]) == len(events)
    assert stats["interval"] == "day"
    assert sum(r["n"] for r in stats["by_period"]) == len([e for e in events if e["date"]])
    weekly = client.get("/api/stats", params={"interval": "week"}).json()
    assert weekly["interval"] == "week" and sum(r["n"] for r in weekly["by_period"]) == sum(
        r["n"] for r in stats["by_period"]
    )
    assert client.get("/api/stats", params={"interval": "year; --"}).status_code == 400


def test_points_are_the_located_events(client):
    events = all_events(client)["events"]
    located = {(e["article_id"], e["event_no"]) for e in events if e["place"] and e["place"]["latitude"] is not None}
    body = client.get("/api/points").json()
    assert body["total"] == len(located) and not body["truncated"]
    assert {(p[3], p[4]) for p in body["points"]} == located


def test_csv_and_geojson_stream_the_same_filtered_events(client):
    t = all_events(client)["events"][0]["type"]
    response = client.get("/api/events.csv", params={"type": t})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows and all(r["tags"].startswith(f"plover={t}") for r in rows)
    gj = client.get("/api/events.geojson", params={"type": t})
    features = json.loads(gj.text)["features"]
    expected = client.get("/api/points", params={"type": t}).json()["total"]
    assert len(features) == expected and all(f["properties"]["type"] == t for f in features)
    assert gj.headers["x-total-count"] == str(client.get("/api/events", params={"type": t}).json()["total"])


def test_article_has_text_events_quotes_and_places_with_offsets(client):
    e = all_events(client)["events"][0]
    article = client.get(f"/api/articles/{e['article_id']}").json()
    text = article["text"]
    assert article["events"] and article["title"]
    for ev in article["events"]:
        span = ev["evidence"]
        assert text[span["start"] : span["end"]] == span["text"]
    for key in ("quotes", "places"):
        for m in article[key]:
            assert text[m["start_char"] : m["end_char"]] == m["text"]


def test_hostile_article_is_returned_as_stored(client):
    found = client.get("/api/events", params={"q": "__pwned", "limit": 10}).json()["events"]
    assert found
    article = client.get(f"/api/articles/{found[0]['article_id']}").json()
    assert article["text"] == HOSTILE["text"] and article["title"] == HOSTILE["title"]


def test_unknown_article_is_404(client):
    response = client.get("/api/articles/0000000000000000")
    assert response.status_code == 404 and "no article" in response.json()["detail"]


def test_incidents_answer_a_clear_404_until_the_table_exists(client):
    for url in ("/api/incidents", "/api/incidents/abc"):
        response = client.get(url)
        assert response.status_code == 404
        assert "no incidents yet" in response.json()["detail"]


def test_every_response_has_the_security_headers(client):
    for url in ("/", "/api/meta", "/api/events", "/articles/x", "/static/app.css", "/api/incidents"):
        headers = client.get(url).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"


def test_docs_and_openapi_describe_the_api_without_a_cdn(client):
    spec = client.get("/openapi.json").json()
    assert {
        "/api/events",
        "/api/events.csv",
        "/api/events.geojson",
        "/api/stats",
        "/api/articles/{article_id}",
        "/api/incidents",
        "/api/incidents/{incident_id}",
    } <= set(spec["paths"])
    docs = client.get("/docs").text
    assert "http" not in docs.replace("http-equiv", "")


def test_pages_load_only_local_scripts_and_styles(client):
    import re

    for url in ("/", "/articles/x", "/incidents/x", "/docs"):
        html = client.get(url).text
        refs = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert refs and all(r.startswith(("/", "#", "data:")) for r in refs), refs
        assert "<script>" not in html and "style=" not in html


def test_min_geo_confidence_keeps_only_places_at_least_that_sure(client):
    located = [e for e in all_events(client)["events"] if e["place"] and e["place"]["confidence"] is not None]
    assert located
    cut = sorted(e["place"]["confidence"] for e in located)[len(located) // 2]
    body = client.get("/api/events", params={"min_geo_confidence": cut, "limit": 1000}).json()
    assert body["total"] == sum(e["place"]["confidence"] >= cut for e in located) >= 1
    assert all(e["place"]["confidence"] >= cut for e in body["events"])


@pytest.mark.parametrize("name", ["q", "actor"])
def test_text_filters_page_and_count_like_the_others(client, name):
    value = "civils" if name == "q" else "a"
    whole = client.get("/api/events", params={name: value, "limit": 1000}).json()
    assert whole["total"] == len(whole["events"]) >= 2
    pages = [client.get("/api/events", params={name: value, "limit": 1, "offset": i}).json() for i in range(2)]
    assert [p["events"][0]["event_no"] for p in pages] == [e["event_no"] for e in whole["events"][:2]]
    assert [p["events"][0]["article_id"] for p in pages] == [e["article_id"] for e in whole["events"][:2]]
    beyond = client.get("/api/events", params={name: value, "offset": 10_000}).json()
    assert beyond["total"] == whole["total"] and beyond["events"] == []


def test_points_limit_says_when_the_map_is_a_part(client):
    body = client.get("/api/points", params={"limit": 1}).json()
    assert len(body["points"]) == 1 and body["truncated"] and body["total"] > 1
    assert client.get("/api/points", params={"limit": 10**9}).status_code == 422
