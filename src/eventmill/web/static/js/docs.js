/* The API reference, read from the app's own OpenAPI description (no Swagger UI from a CDN). */
"use strict";

(() => {
  const { el, getJSON } = EM;
  getJSON("/openapi.json").then((spec) => {
    const box = document.getElementById("endpoints");
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const params = (op.parameters || []).map((p) =>
          el("tr", {}, el("td", {}, el("code", {}, p.name)), el("td", {}, p.in + (p.required ? ", required" : "")),
            el("td", {}, p.description || (p.schema && p.schema.description) || "")));
        const example = path.includes("{") ? el("code", {}, path) : el("a", { href: path }, el("code", {}, path));
        box.append(el("section", { className: "endpoint" },
          el("h3", {}, `${method.toUpperCase()} `, example),
          el("p", {}, op.summary || ""),
          params.length ? el("table", { className: "params" }, el("tbody", {}, params)) : null));
      }
    }
  });
})();
