/* One incident: every report of it, the range of its figures, and its sources. */
"use strict";

(() => {
  const { el, getJSON, status, figure } = EM;
  const id = decodeURIComponent(location.pathname.split("/").pop());
  const api = `/api/incidents/${encodeURIComponent(id)}`;
  document.getElementById("json-twin").setAttribute("href", api);

  function plural(n, word) { return `${n} ${word}${n === 1 ? "" : "s"}`; }

  function range(i, name) {
    const [lo, best, hi] = [i[`${name}_low`], i[`${name}_best`], i[`${name}_high`]];
    if (lo === null && best === null && hi === null) return "";
    return lo === hi ? String(best ?? lo) : `${best ?? "?"} (${lo ?? "?"}–${hi ?? "?"})`;
  }

  getJSON(api).then((i) => {
    document.getElementById("title").textContent = `${i.type} · ${[i.location, i.admin1, i.country].filter(Boolean).join(", ")}`;
    const rows = [
      ["date", [i.event_date, i.date_low && i.date_high && i.date_low !== i.date_high ? `(${i.date_low} – ${i.date_high})` : ""].filter(Boolean).join(" ")],
      ["family", i.family],
      ["actors", Array.isArray(i.actors) ? i.actors.join("; ") : i.actors],
      ["recipients", Array.isArray(i.recipients) ? i.recipients.join("; ") : i.recipients],
      ["dead", range(i, "dead")],
      ["injured", range(i, "injured")],
      ["reports", `${plural(i.n_events, "event")} in ${plural(i.n_articles, "article")} from ${plural(i.n_outlets, "outlet")}`],
      ["languages", Array.isArray(i.languages) ? i.languages.join(", ") : i.languages],
      ["first seen", i.first_seen],
      ["last seen", i.last_seen],
    ];
    document.querySelector("#summary tbody").replaceChildren(...rows.filter(([, v]) => v).map(([k, v]) =>
      el("tr", {}, el("th", {}, k), el("td", {}, String(v)))));
    document.querySelector("#reports tbody").replaceChildren(...i.events.map((e) =>
      el("tr", {},
        el("td", {}, e.date || ""), el("td", {}, e.article.outlet || ""),
        el("td", {}, el("a", { href: `/articles/${encodeURIComponent(e.article_id)}#event-${e.event_no}` }, e.article.title || e.article_id)),
        el("td", { className: "num" }, figure(e.figures.dead)), el("td", { className: "num" }, figure(e.figures.injured)),
        el("td", { className: "evidence" }, e.evidence ? e.evidence.text : ""))));
    document.body.dataset.state = "ready";
  }).catch((err) => { status(err.message, true); document.body.dataset.state = "error"; });
})();
