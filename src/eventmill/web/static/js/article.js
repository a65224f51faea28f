/* An article with every event's evidence highlighted; an event's trigger, actors, place, date and
   figures are marked when it is picked (hover or click on its evidence or its card). */
"use strict";

(() => {
  const { el, getJSON, status, who, figure } = EM;
  const id = decodeURIComponent(location.pathname.split("/").pop());
  const api = `/api/articles/${encodeURIComponent(id)}`;
  document.getElementById("json-twin").setAttribute("href", api);

  /* the marked spans of one event: [start, end, role] */
  function roles(e) {
    const out = [];
    const add = (m, role) => { if (m && Number.isInteger(m.start) && Number.isInteger(m.end)) out.push([m.start, m.end, role]); };
    add(e.trigger, "trigger");
    for (const m of e.actors) add(m, "actor");
    for (const m of e.recipients) add(m, "recipient");
    add(e.place, "place");
    add(e.date_span, "date");
    for (const f of Object.values(e.figures)) add(f, "figure");
    add(e.attribution, "source");
    return out;
  }

  /* cut the text at every span boundary; each piece knows which events' evidence and roles cover it */
  function render(text, events) {
    const spans = [];
    events.forEach((e, i) => {
      if (e.evidence) spans.push([e.evidence.start, e.evidence.end, "evidence", i]);
      for (const [s, t, role] of roles(e)) spans.push([s, t, role, i]);
    });
    const cuts = new Set([0, text.length]);
    for (const [s, t] of spans) { cuts.add(Math.max(0, Math.min(s, text.length))); cuts.add(Math.max(0, Math.min(t, text.length))); }
    const points = [...cuts].sort((a, b) => a - b);
    const box = document.getElementById("text");
    const pieces = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const [a, b] = [points[k], points[k + 1]];
      if (a === b) continue;
      const piece = text.slice(a, b);
      const over = spans.filter(([s, t]) => s <= a && b <= t);
      if (!over.length) { pieces.push(document.createTextNode(piece)); continue; }
      const ev = [...new Set(over.filter((s) => s[2] === "evidence").map((s) => s[3]))];
      const marks = over.filter((s) => s[2] !== "evidence").map((s) => `${s[2]}:${s[3]}`);
      const node = el(ev.length ? "mark" : "span", {
        className: ev.length ? "evidence" : "outside",
        dataset: { events: ev.join(" "), roles: marks.join(" ") },
      }, piece);
      node.addEventListener("mouseenter", () => { if (ev.length) pick(ev[0], false); });
      node.addEventListener("click", () => { if (ev.length) pick(ev[0], true); });
      pieces.push(node);
    }
    box.replaceChildren(...pieces);
  }

  function pick(i, scroll) {
    for (const n of document.querySelectorAll("#text .picked, #text .role, #event-list .picked")) {
      n.classList.remove("picked", "role", "role-trigger", "role-actor", "role-recipient", "role-place", "role-date", "role-figure", "role-source");
    }
    for (const n of document.querySelectorAll("#text [data-events]")) {
      if (n.dataset.events.split(" ").includes(String(i))) n.classList.add("picked");
    }
    for (const n of document.querySelectorAll("#text [data-roles]")) {
      for (const r of n.dataset.roles.split(" ")) {
        const [role, j] = r.split(":");
        if (j === String(i)) n.classList.add("role", `role-${role}`);
      }
    }
    const card = document.getElementById(`event-${i}`);
    if (card) {
      card.classList.add("picked");
      if (scroll) card.scrollIntoView({ block: "nearest" });
    }
  }

  function fact(name, value) {
    return value ? el("div", { className: "fact" }, el("span", { className: "k" }, name), " ", el("span", {}, value)) : null;
  }

  function card(e, i) {
    const place = e.place ? [e.place.name, e.place.admin1, e.place.country].filter(Boolean).join(", ") : "";
    const figures = Object.entries(e.figures).filter(([, f]) => f).map(([k, f]) => `${k} ${figure(f)}`).join("; ");
    const flags = ["negated", "hypothetical", "future"].filter((k) => e[k]).join(", ");
    const node = el("li", { id: `event-${i}`, className: "card", tabindex: 0, dataset: { eventNo: e.event_no, type: e.type } },
      el("div", { className: "card-head" }, el("span", { className: `swatch type-${EM.typeIndex(e.type)}` }),
        el("strong", {}, e.type), e.modes.length ? ` (${e.modes.join(", ")})` : "", flags ? ` · ${flags}` : ""),
      fact("trigger", e.trigger && e.trigger.text),
      fact("actors", e.actors.map(who).join("; ")),
      fact("recipients", e.recipients.map(who).join("; ")),
      fact("place", place),
      fact("date", [e.date, e.date_text && `“${e.date_text}”`].filter(Boolean).join(" ")),
      fact("figures", figures),
      fact("says", who(e.attribution)),
      e.incident_id ? el("div", { className: "fact" }, el("a", { href: `/incidents/${encodeURIComponent(e.incident_id)}` }, "incident")) : null);
    node.addEventListener("mouseenter", () => pick(i, false));
    node.addEventListener("click", () => pick(i, false));
    return node;
  }

  getJSON("/api/meta").then((meta) => { EM.setTypes(meta.types); return getJSON(api); }).then((a) => {
    document.title = `${a.title || a.id} · eventmill`;
    document.getElementById("title").textContent = a.title || `Article ${a.id}`;
    const link = a.url && EM.safeUrl(a.url) ? el("a", { href: a.url, rel: "noopener noreferrer nofollow" }, a.url) : null;
    document.getElementById("meta").replaceChildren(
      ...[a.outlet, a.published, a.lang && `language ${a.lang}`, `${a.events.length} event${a.events.length === 1 ? "" : "s"}`].filter(Boolean).join(" · "),
      link ? " · " : "", link || "");
    const events = a.events;
    render(a.text || "", events);
    document.getElementById("event-list").replaceChildren(...events.map(card));
    document.getElementById("quote-list").replaceChildren(...a.quotes.map((q) =>
      el("li", { className: "card" }, el("q", {}, q.text), " ", el("span", { className: "k" }, "— "),
        el("span", {}, q.speaker || q.speaker_text || "unknown speaker"), q.verb ? el("span", { className: "small" }, ` (${q.verb})`) : null)));
    document.getElementById("place-list").replaceChildren(...a.places.map((p) =>
      el("li", {}, el("span", {}, p.text), p.name && p.name !== p.text ? ` → ${p.name}` : "", p.country ? ` (${p.country})` : "")));
    const hash = /^#event-(\d+)$/.exec(location.hash);
    if (hash) {
      const i = events.findIndex((e) => String(e.event_no) === hash[1]);
      if (i >= 0) pick(i, true);
    }
    document.body.dataset.state = "ready";
  }).catch((err) => { status(err.message, true); document.body.dataset.state = "error"; });
})();
