"""The pages of `eventmill serve` in a real browser: Playwright driving Debian's chromium.

The tests wait on selectors and URLs, never on a JavaScript string: the pages' CSP forbids eval.
Set EVENTMILL_SCREENSHOTS=DIR to keep a screenshot of each page (the README's come from here).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from web_util import (  # noqa: F401 (fixtures)
    HOSTILE,
    browser,
    incidents_db,
    incidents_server,
    live_server,
    page,
    running,
    serve_in_thread,
    stored,
    web_db,
)

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("EVENTMILL_SCREENSHOTS")


def shoot(page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=False)


def ready(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-state=ready], body[data-state=error]")
    assert page.evaluate("document.body.dataset.state") == "ready", page.inner_text("#status")


def map_count(page) -> int:
    """Events on the map: single markers plus the counts written on the clusters."""
    return page.evaluate(
        """() => document.querySelectorAll('#map path.event-marker').length +
        [...document.querySelectorAll('#map .marker-cluster span')].reduce((s, n) => s + Number(n.textContent), 0)"""
    )


def api(page, url: str):
    return page.evaluate("async (u) => (await fetch(u)).json()", url)


def test_dashboard_loads_without_console_errors_and_maps_every_located_event(live_server, page):
    ready(page, live_server + "/")
    page.wait_for_selector("#map[data-outlines]")  # the country outlines arrive after the first paint
    assert page.errors == []
    located = api(page, "/api/points")["total"]
    assert located >= 3
    assert map_count(page) == located
    assert page.locator("#map path.country").count() > 200  # Natural Earth's outlines, shipped with the package
    total = api(page, "/api/events")["total"]
    assert page.locator("#events tbody tr").count() == min(total, 25)
    assert int(page.get_attribute("#timeline", "data-periods")) >= 3
    shoot(page, "dashboard")


def test_a_marker_shows_its_events_evidence(live_server, page):
    ready(page, live_server + "/")
    for _ in range(8):  # open clusters until single markers show
        if page.locator("#map path.event-marker").count():
            break
        page.locator("#map .marker-cluster").first.click()
    marker = page.locator("#map path.event-marker").first
    marker.dispatch_event("click")
    page.wait_for_selector(".leaflet-popup .popup-evidence q")
    href = page.get_attribute(".leaflet-popup a", "href")
    article_id, event_no = href.split("/articles/")[1].split("#event-")
    event = next(e for e in api(page, f"/api/articles/{article_id}")["events"] if e["event_no"] == int(event_no))
    assert page.inner_text(".leaflet-popup .popup-evidence q") == event["evidence"]["text"]
    assert page.errors == []


def test_type_filter_drives_map_timeline_and_table_together(live_server, page):
    ready(page, live_server + "/")
    stats = api(page, "/api/stats")
    kinds = [r["type"] for r in stats["by_type"]]
    assert len(kinds) >= 2
    for kind in kinds[:2]:
        page.select_option("#f-type", kind)
        page.wait_for_url(lambda url, kind=kind: f"type={kind}" in url)
        page.wait_for_selector("body[data-state=ready]")
        expected = api(page, f"/api/events?type={kind}&limit=1000")
        rows = page.locator("#events tbody tr")
        assert rows.count() == min(expected["total"], 25)
        assert set(rows.evaluate_all("rs => rs.map(r => r.dataset.type)")) == {kind}
        located = sum(1 for e in expected["events"] if e["place"] and e["place"]["latitude"] is not None)
        assert map_count(page) == located
        dated = {e["type"] for e in expected["events"] if e["date"]}
        assert set(filter(None, page.get_attribute("#timeline", "data-types").split(","))) == dated
    assert page.errors == []


def test_a_country_in_the_list_filters_everything_by_it(live_server, page):
    ready(page, live_server + "/")
    first = page.locator("#countries li.pick").first
    code = first.get_attribute("data-country")
    first.click()
    page.wait_for_url(lambda url: f"country={code}" in url)
    page.wait_for_selector("body[data-state=ready]")
    assert page.input_value("#f-country") == code
    places = page.locator("#events tbody tr td:nth-child(4)").all_inner_texts()
    assert places and set(places) == {code}
    assert map_count(page) == api(page, f"/api/points?country={code}")["total"]
    assert page.errors == []


def test_timeline_brush_sets_the_date_filter(live_server, page):
    ready(page, live_server + "/")
    box = page.locator("#timeline .u-over").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.4, y, steps=5)
    page.mouse.up()
    page.wait_for_url(lambda url: "since=" in url)
    page.wait_for_selector("body[data-state=ready]")
    since, until = page.input_value("#f-since"), page.input_value("#f-until")
    assert since and until and since <= until
    for row in page.locator("#events tbody tr td:first-child").all_inner_texts():
        assert since <= row <= until
    assert page.errors == []


def test_table_sorts_and_a_row_opens_the_event(live_server, page):
    ready(page, live_server + "/")
    page.click("#events th[data-sort=type]")
    page.wait_for_selector("#events th.sorted[data-sort=type]")
    types = page.locator("#events tbody tr").evaluate_all("rs => rs.map(r => r.dataset.type)")
    assert types == sorted(types)
    page.locator("#events tbody tr td:nth-child(3)").first.click()
    page.wait_for_url("**/articles/**#event-*")
    page.wait_for_selector("body[data-state=ready]")
    assert page.locator("#event-list li.picked").count() == 1
    assert page.errors == []


def test_article_page_highlights_the_evidence_of_every_event(live_server, page):
    events = None
    ready(page, live_server + "/")
    first = api(page, "/api/events?sort=location&limit=1000")["events"]
    article_id = max({e["article_id"] for e in first}, key=lambda a: sum(e["article_id"] == a for e in first))
    article = api(page, f"/api/articles/{article_id}")
    events = article["events"]
    assert len(events) >= 2
    ready(page, f"{live_server}/articles/{article_id}")
    for i, e in enumerate(events):
        marked = page.evaluate(
            """(i) => [...document.querySelectorAll('#text mark.evidence')]
                .filter(m => m.dataset.events.split(' ').includes(String(i))).map(m => m.textContent).join('')""",
            i,
        )
        assert marked == e["evidence"]["text"], (i, e["type"])
    assert page.locator("#event-list li").count() == len(events)
    # picking an event marks its trigger
    page.locator("#event-list li").first.click()
    trigger = page.locator("#text .role-trigger").all_inner_texts()
    assert "".join(trigger) == events[0]["trigger"]["text"]
    assert page.inner_text("#text") == article["text"].rstrip("\n") or article["text"].startswith(
        page.inner_text("#text")[:50]
    )
    assert page.errors == []
    shoot(page, "article")


def test_hostile_markup_shows_as_text_and_nothing_runs(live_server, page):
    ready(page, live_server + "/")
    page.fill("#f-q", "__pwned")
    page.click("#filters button[type=submit]")
    page.wait_for_url(lambda url: "q=__pwned" in url)
    page.wait_for_selector("body[data-state=ready]")
    assert page.locator("#events tbody tr").count() == 1
    assert "<script>window.__pwned = 1</script>" in page.inner_text("#events tbody")
    page.locator("#events tbody tr td:nth-child(2)").click()
    page.wait_for_url("**/articles/**")
    page.wait_for_selector("body[data-state=ready]")
    page.wait_for_timeout(300)
    assert page.inner_text("#title") == HOSTILE["title"]
    assert HOSTILE["outlet"] in page.inner_text("#meta")
    assert '<img src=x onerror="window.__pwned = 2">' in page.inner_text("#text")
    assert page.evaluate("window.__pwned") is None
    # no element came from the stored text: no script or img in the article, no javascript: link
    assert page.locator("#text script, #text img, #title img, #title b, #meta script").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.errors == []
    shoot(page, "hostile")


def test_incident_page_says_incidents_do_not_exist_yet(live_server, page):
    page.goto(live_server + "/incidents/abc")
    page.wait_for_selector("body[data-state=error]")
    assert "no incidents yet" in page.inner_text("#status")


def test_api_docs_page_lists_the_endpoints(live_server, page):
    page.goto(live_server + "/docs")
    page.wait_for_selector(".endpoint")
    assert page.locator(".endpoint h3").filter(has_text="/api/events").count() >= 3
    assert page.errors == []


def test_incident_page_shows_every_report_and_the_range_of_figures(incidents_server, incidents_db, page):
    ready(page, incidents_server + "/incidents/inc-1")
    assert page.locator("#reports tbody tr").count() == incidents_db[1]
    summary = page.inner_text("#summary")
    assert "6 (5–20)" in summary and "Jabhat al-Nusra" in summary
    shoot(page, "incident")
    page.locator("#reports tbody tr a").first.click()
    page.wait_for_url("**/articles/**#event-*")
    page.wait_for_selector("body[data-state=ready]")
    assert page.locator("#event-list li.picked a[href$='/incidents/inc-1']").count() == 1
    assert page.errors == []


def test_the_dashboard_loads_during_a_run_and_a_reload_shows_more(running, browser):
    proc, db, log_path = running
    errors: list[str] = []
    counts = []
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    for base in serve_in_thread(db):
        while True:
            done = proc.poll() is not None
            page.goto(base + "/")
            page.wait_for_selector("body[data-state=ready], body[data-state=error]", timeout=60_000)
            assert page.evaluate("document.body.dataset.state") == "ready", page.inner_text("#status")
            counts.append(int(page.inner_text("#status").split()[0]))  # "N events, M with a place."
            if done:
                break
    context.close()
    assert proc.returncode == 0, log_path.read_text()[-3000:]
    assert errors == []
    # the first load comes while the worker still loads its models: later reloads show more
    assert counts == sorted(counts) and counts[0] < counts[-1] == stored(db)[2], counts
