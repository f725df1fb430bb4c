// The filter bar: its values come from the hash and Apply writes them back to it.

import { h, fill } from "./dom.js";
import { FILTER_KEYS, navigate, parseHash } from "./state.js";

/** The 16 PLOVER event types (newsevents/extract/data/plover_types.tsv). */
export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];

const COUNTRY_FIELDS = ["source", "target", "country"];

function formValues(form) {
  const values = {};
  for (const key of FILTER_KEYS) {
    const field = form.elements.namedItem(key);
    if (!field || field.closest("[hidden]") || !field.offsetParent) continue;
    let value = field.value.trim();
    if (COUNTRY_FIELDS.includes(key)) value = value.toUpperCase();
    if (value) values[key] = value;
  }
  return values;
}

/** Set the form's fields from the hash params. */
export function syncForm(form, params) {
  for (const key of FILTER_KEYS) {
    const field = form.elements.namedItem(key);
    if (field) field.value = params.get(key) || "";
  }
  const chip = document.getElementById("place-filter");
  const place = params.get("place");
  chip.hidden = !place;
  if (place) {
    const remove = h("button", { type: "button", class: "chip-x", "aria-label": "remove place filter" }, "×");
    remove.addEventListener("click", () => {
      const { route, params: current } = parseHash(window.location.hash);
      const next = Object.fromEntries(current.entries());
      delete next.place;
      navigate(route === "claims" ? "claims" : "", next);
    });
    fill(chip, `Place: ${place} `, remove);
  }
}

function apply(form, extra) {
  if (!form.reportValidity()) return;
  const { route, params } = parseHash(window.location.hash);
  const next = { ...formValues(form), ...extra };
  if (params.get("place") && !("place" in extra)) next.place = params.get("place");
  if (params.get("by")) next.by = params.get("by");
  navigate(route === "claims" ? "claims" : "", next);
}

/** Wire up the form: type options, Apply, Clear, and the optional text filter. */
export function initFilters(form, supported) {
  const types = form.elements.namedItem("type");
  for (const type of PLOVER_TYPES) types.append(h("option", { value: type }, type));
  document.getElementById("text-filter").hidden = !supported.has("q");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply(form, {});
  });
  document.getElementById("clear-filters").addEventListener("click", () => {
    form.reset();
    const { route } = parseHash(window.location.hash);
    navigate(route === "claims" ? "claims" : "", {});
  });
}

/** Offer the countries of the most active dyads as suggestions. */
export function fillCountries(dyads) {
  const codes = new Set();
  for (const d of dyads) {
    if (d.source_country) codes.add(d.source_country);
    if (d.target_country) codes.add(d.target_country);
  }
  fill(document.getElementById("countries"),
    [...codes].sort().map((code) => h("option", { value: code })));
}
