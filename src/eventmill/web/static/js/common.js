/* Shared helpers of the eventmill pages. Stored text (articles, titles, actors, outlets) is hostile:
   it only ever enters the page through text nodes (el() below), never through innerHTML. */
"use strict";

const EM = (() => {
  // one colour per PLOVER type, by its position in /api/meta's list (16 types; wraps past that)
  const PALETTE = [
    "#1f77b4", "#17becf", "#2ca02c", "#98df8a", "#bcbd22", "#8c564b", "#c49c94", "#9467bd",
    "#e377c2", "#7f7f7f", "#ff7f0e", "#ffbb78", "#f7b6d2", "#aec7e8", "#ff9896", "#d62728",
  ];
  let TYPES = [];

  function setTypes(types) { TYPES = types; }
  function typeIndex(type) { const i = TYPES.indexOf(type); return i < 0 ? -1 : i % PALETTE.length; }
  function colour(type) { const i = typeIndex(type); return i < 0 ? "#555" : PALETTE[i]; }

  /* el("a", {href: "/x", className: "y"}, "text", child): attributes set one by one, children as text */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "className") node.className = v;
      else if (k === "dataset") Object.assign(node.dataset, v);
      else if (k === "href") { const safe = safeUrl(v); if (safe) node.setAttribute("href", safe); }
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  /* only http(s) and same-site links: a stored URL of javascript:... becomes no link at all */
  function safeUrl(url) {
    try {
      const u = new URL(String(url), location.href);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const err = new Error((body && body.detail && String(body.detail)) || `${response.status} ${response.statusText}`);
      err.status = response.status;
      throw err;
    }
    return body;
  }

  function status(text, isError) {
    const node = document.getElementById("status");
    if (!node) return;
    node.textContent = text || "";
    node.classList.toggle("error", !!isError);
  }

  function who(m) { return m ? (m.name || m.text || "") : ""; }

  function figure(f) {
    if (!f) return "";
    if (f.low !== null && f.high !== null && f.low !== f.high) return `${f.best ?? f.low} (${f.low}–${f.high})`;
    return String(f.best ?? f.low ?? "");
  }

  return { setTypes, typeIndex, colour, el, safeUrl, getJSON, status, who, figure };
})();
