// The event filter form shared by the timeline, map and network views; applying it rewrites
// the URL, so a filtered view can be shared.

import { h } from "../dom.js";
import { href } from "../routes.js";

const FIELDS = [
  ["type", "Type", "ASSAULT, CONSULT, Protests…"],
  ["actor", "Actor", "RUS, an actor id or a name"],
  ["country", "Country", "ISO-3, e.g. UKR"],
  ["since", "From", "YYYY-MM-DD"],
  ["until", "To", "YYYY-MM-DD"],
  // The API hides events below 0.5 unless told otherwise: the first screen is the precise part.
  ["min_confidence", "Min. confidence", "0.5 (0 shows all)"],
];

export function filterForm(path, params, extra = {}) {
  const inputs = FIELDS.map(([name, label, placeholder]) =>
    h("label", {}, label, h("input", { name, value: params[name] || "", placeholder, maxlength: 200 })),
  );
  const form = h(
    "form",
    { class: "filters", "aria-label": "Filter events" },
    inputs,
    h("button", { type: "submit" }, "Apply"),
    h("a", { class: "button-link", href: href(path, extra) }, "Clear"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = { ...extra };
    for (const input of form.querySelectorAll("input")) values[input.name] = input.value.trim();
    window.location.hash = href(path, values);
  });
  return form;
}
