/* The dashboard: one filter bar drives the map, the timeline and the table (all from the JSON API). */
"use strict";

(() => {
  const { el, getJSON, status, colour, typeIndex, who, figure } = EM;
  const FIELDS = ["type", "country", "since", "until", "actor", "q"];
  const PAGE = 25;
  const form = document.getElementById("filters");
  const table = { offset: 0, sort: "date", desc: false, total: 0 };
  let map, cluster, plot = null;

  function filterParams() {
    const params = new URLSearchParams();
    for (const name of FIELDS) {
      const value = form.elements[name].value.trim();
      if (value) params.set(name, value);
    }
    return params;
  }

  function readLocation() {
    const params = new URLSearchParams(location.search);
    for (const name of FIELDS) if (params.has(name)) form.elements[name].value = params.get(name);
  }

  function initMap() {
    // no zoom animations: the map settles at once, so what it shows is what the filters asked for
    map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomAnimation: false, fadeAnimation: false });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth");
    map.setView([30, 20], 2);
    cluster = L.markerClusterGroup({
      maxClusterRadius: 40,
      showCoverageOnHover: false,
      chunkedLoading: true,
      animate: false,
      iconCreateFunction: (c) => {
        // the cluster takes the colour of its most frequent type
        const counts = new Map();
        for (const m of c.getAllChildMarkers()) counts.set(m.options.eventType, (counts.get(m.options.eventType) || 0) + 1);
        let top = null;
        for (const [t, n] of counts) if (top === null || n > counts.get(top)) top = t;
        const n = c.getChildCount();
        return L.divIcon({
          html: `<div><span>${Number(n)}</span></div>`,
          className: `marker-cluster event-cluster type-${typeIndex(top)}`,
          iconSize: L.point(40, 40),
        });
      },
    });
    map.addLayer(cluster);
    getJSON("/static/vendor/countries-50m.json").then((topo) => {
      const land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, {
        interactive: false,
        style: { color: "#9a9a9a", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1, className: "country" },
      }).addTo(map).bringToBack();
      document.getElementById("map").dataset.outlines = String(land.features.length);
    });
  }

  const articles = new Map();  // article ID -> its /api/articles answer (a promise), for the popups
  const popups = new WeakMap();  // marker -> its popup's content, built once

  /* a marker's popup: type and link at once, then the place and the evidence once its article arrives
     (the popup then grows, and is laid out and panned into view again) */
  function popup(marker, p) {
    if (!popups.has(marker)) popups.set(marker, buildPopup(marker, p));
    return popups.get(marker);
  }

  function buildPopup(marker, p) {
    const [lat, lon, type, articleId, eventNo] = p;
    const detail = el("div", { className: "popup-evidence small" }, "…");
    const box = el("div", { className: "popup" },
      el("strong", {}, type), " ",
      el("a", { href: `/articles/${encodeURIComponent(articleId)}#event-${eventNo}` }, "open the article"),
      detail,
      el("div", { className: "small" }, `${lat.toFixed(3)}, ${lon.toFixed(3)}`));
    if (!articles.has(articleId)) articles.set(articleId, getJSON(`/api/articles/${encodeURIComponent(articleId)}`));
    articles.get(articleId).then((article) => {
      const event = article.events.find((e) => e.event_no === eventNo);
      const place = event && event.place ? event.place.name : null;
      const evidence = event && event.evidence ? event.evidence.text : null;
      detail.replaceChildren(
        place ? el("div", {}, place) : "",
        evidence ? el("q", { className: "evidence" }, evidence) : "");
      if (marker.isPopupOpen()) marker.getPopup().update();
    }).catch((err) => {
      articles.delete(articleId);
      detail.textContent = `the evidence could not be read: ${err.message}`;
    });
    return box;
  }

  /* resolves once every marker is on the map (the cluster layer adds them in chunks) */
  function drawMap(data) {
    cluster.clearLayers();
    let done;
    const drawn = new Promise((resolve) => { done = resolve; });
    cluster.options.chunkProgress = (processed, total) => { if (processed >= total) done(); };
    const markers = data.points.map((p) => {
      const c = colour(p[2]);
      const m = L.circleMarker([p[0], p[1]], {
        radius: 7, color: "#333", weight: 1, fillColor: c, fillOpacity: 0.9, className: "event-marker", eventType: p[2],
      });
      m.bindPopup(() => popup(m, p));
      return m;
    });
    cluster.addLayers(markers);
    const box = document.getElementById("map");
    box.dataset.located = String(data.total);
    box.dataset.shown = String(data.points.length);
    if (markers.length) map.fitBounds(L.latLngBounds(markers.map((m) => m.getLatLng())).pad(0.3), { maxZoom: 8 });
    else done();
    return drawn;
  }

  function drawTimeline(stats) {
    const box = document.getElementById("timeline");
    if (plot) { plot.destroy(); plot = null; }
    box.replaceChildren();
    box.dataset.interval = stats.interval;
    const periods = [...new Set(stats.by_period.map((r) => r.period))].sort();
    box.dataset.periods = String(periods.length);
    box.dataset.types = [...new Set(stats.by_period.map((r) => r.type))].sort().join(",");
    if (!periods.length) {
      box.append(el("p", { className: "empty" }, stats.total
        ? `None of these ${stats.total} events has a date: an event takes the date its article gives it, else the article's publication date.`
        : "No dated events match these filters."));
      return;
    }
    const types = stats.by_type.map((r) => r.type).filter((t) => stats.by_period.some((r) => r.type === t));
    const index = new Map(periods.map((p, i) => [p, i]));
    const counts = types.map(() => periods.map(() => 0));
    for (const r of stats.by_period) counts[types.indexOf(r.type)][index.get(r.period)] = r.n;
    // stacked bars: series i is the sum of types i..n, drawn first to last so each covers the one below
    const stacked = types.map((t, i) => periods.map((_, j) => counts.slice(i).reduce((s, c) => s + c[j], 0)));
    const xs = periods.map((p) => Date.parse(p + "T00:00:00Z") / 1000);
    const step = stats.interval === "week" ? 7 * 86400 : 86400;
    const bars = uPlot.paths.bars({ size: [0.9, 60], align: 1 });
    const opts = {
      width: box.clientWidth || 600,
      height: 180,
      scales: { x: { time: true, range: (u, min, max) => [min, max + step] } },
      axes: [{}, { size: 48, values: (u, ticks) => ticks.map((v) => (v >= 10000 ? `${v / 1000}k` : v)) }],
      legend: { live: false },
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      series: [{}].concat(types.map((t) => ({
        label: t, fill: colour(t), stroke: colour(t), width: 0, paths: bars, points: { show: false },
      }))),
      hooks: {
        setSelect: [(u) => {
          if (u.select.width < 3) return;
          const from = u.posToVal(u.select.left, "x");
          const to = u.posToVal(u.select.left + u.select.width, "x");
          form.elements.since.value = new Date(from * 1000).toISOString().slice(0, 10);
          form.elements.until.value = new Date(to * 1000).toISOString().slice(0, 10);
          u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
          apply();
        }],
      },
    };
    plot = new uPlot(opts, [xs, ...stacked], box);
  }

  function drawCountries(stats) {
    const top = stats.by_country.slice(0, 10);
    const most = Math.max(1, ...top.map((r) => r.n));
    document.getElementById("countries").replaceChildren(...top.map((r) => {
      const item = el("li", { dataset: { country: r.country || "" } },
        el("span", { className: "name" }, r.country || "no place"),
        el("meter", { min: 0, max: most, value: r.n }), el("span", { className: "n" }, String(r.n)));
      if (r.country) {
        item.classList.add("pick");
        item.addEventListener("click", () => { form.elements.country.value = r.country; apply(); });
      }
      return item;
    }));
  }

  function cell(text, className) { return el("td", { className }, text ?? ""); }

  function drawTable(page) {
    table.total = page.total;
    const body = document.querySelector("#events tbody");
    body.replaceChildren(...page.events.map((e) => {
      const href = `/articles/${encodeURIComponent(e.article_id)}#event-${e.event_no}`;
      const row = el("tr", { tabindex: 0, dataset: { href, type: e.type } },
        cell(e.date), el("td", {}, el("span", { className: `swatch type-${typeIndex(e.type)}` }), e.type),
        cell(e.place && e.place.name), cell(e.place && e.place.country), cell(who(e.actors[0])),
        cell(who(e.recipients[0])), cell(figure(e.figures.dead), "num"),
        el("td", { className: "evidence" }, el("a", { href }, e.evidence ? e.evidence.text : "")));
      row.addEventListener("click", (ev) => { if (!ev.target.closest("a")) location.assign(href); });
      row.addEventListener("keydown", (ev) => { if (ev.key === "Enter") location.assign(href); });
      return row;
    }));
    const last = Math.min(table.offset + PAGE, page.total);
    document.getElementById("page").textContent =
      page.total ? `${table.offset + 1}–${last} of ${page.total}` : "no events match";
    document.getElementById("prev").disabled = table.offset === 0;
    document.getElementById("next").disabled = last >= page.total;
    for (const th of document.querySelectorAll("#events th[data-sort]")) {
      th.classList.toggle("sorted", th.dataset.sort === table.sort);
      th.classList.toggle("desc", th.dataset.sort === table.sort && table.desc);
    }
  }

  async function loadTable() {
    const params = filterParams();
    params.set("limit", PAGE);
    params.set("offset", table.offset);
    params.set("sort", table.sort);
    if (table.desc) params.set("desc", "true");
    drawTable(await getJSON(`/api/events?${params}`));
  }

  async function refresh() {
    const params = filterParams();
    document.body.dataset.state = "loading";
    status("Loading…");
    try {
      const [points, stats] = await Promise.all([getJSON(`/api/points?${params}`), getJSON(`/api/stats?${params}`)]);
      const mapped = drawMap(points);
      drawTimeline(stats);
      drawCountries(stats);
      await loadTable();
      await mapped;
      const more = points.truncated ? ` (the map shows ${points.points.length} of them; narrow the filters to see all)` : "";
      status(`${stats.total} events, ${points.total} with a place${more}.`);
      document.body.dataset.state = "ready";
    } catch (err) {
      status(err.message, true);
      document.body.dataset.state = "error";
    }
  }

  function apply() {
    table.offset = 0;
    const params = filterParams();
    history.replaceState(null, "", params.toString() ? `?${params}` : location.pathname);
    return refresh();
  }

  form.addEventListener("submit", (ev) => { ev.preventDefault(); apply(); });
  form.elements.type.addEventListener("change", apply);
  document.getElementById("f-reset").addEventListener("click", () => { form.reset(); apply(); });
  document.getElementById("prev").addEventListener("click", () => { table.offset = Math.max(0, table.offset - PAGE); loadTable(); });
  document.getElementById("next").addEventListener("click", () => { table.offset += PAGE; loadTable(); });
  for (const th of document.querySelectorAll("#events th[data-sort]")) {
    th.addEventListener("click", () => {
      table.desc = table.sort === th.dataset.sort ? !table.desc : false;
      table.sort = th.dataset.sort;
      table.offset = 0;
      loadTable();
    });
  }

  getJSON("/api/meta").then((meta) => {
    EM.setTypes(meta.types);
    form.elements.type.append(...meta.types.map((t) => el("option", { value: t }, t)));
    readLocation();
    initMap();
    refresh();
  }).catch((err) => { status(err.message, true); document.body.dataset.state = "error"; });
})();
