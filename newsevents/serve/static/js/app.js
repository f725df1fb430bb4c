// newsevents dashboard: a hash router over three views (overview, event, disputed claims).

import { apiParams, getJson } from "./api.js";
import { claimsPage } from "./claims.js";
import { fill, h, loading } from "./dom.js";
import { eventPage } from "./event.js";
import { fillCountries, initFilters, syncForm } from "./filters.js";
import { loadWorld, worldMap } from "./map.js";
import { filtersOf, navigate, parseHash, withChanges } from "./state.js";
import { eventTable, exportLinks } from "./table.js";
import { periodEnd, timelineChart } from "./timeline.js";

const GRANULARITIES = ["day", "week", "month"];
let generation = 0;
// Optional filters ("q": text, "place") are used only where the server's OpenAPI lists them.
let supported = new Set();
let placesTakes = new Set();

function showError(error, gen) {
  if (gen !== generation) return;
  const box = document.getElementById("error");
  const code = error && error.code ? `${error.code}: ` : "";
  fill(box, `${code}${(error && error.message) || error}`);
  box.hidden = false;
}

function clearError() {
  const box = document.getElementById("error");
  box.hidden = true;
  box.replaceChildren();
}

/** The API filters of params: only the ones this server understands. */
function apiFilters(params) {
  const filters = filtersOf(params);
  for (const key of ["q", "place"]) if (!supported.has(key)) delete filters[key];
  return filters;
}

function pairOf(params, filters, dyads) {
  if (params.get("a") && params.get("b")) return [params.get("a"), params.get("b")];
  if (filters.source && filters.target) return [filters.source, filters.target];
  const one = filters.country || filters.source || filters.target;
  const has = (d) => !one || d.source_country === one || d.target_country === one;
  const dyad = dyads.find((d) => d.source_country && d.target_country && has(d));
  return dyad ? [dyad.source_country, dyad.target_country] : null;
}

function pairSelect(params, pair, dyads) {
  const select = h("select", { id: "pair", "aria-label": "country pair" });
  const seen = new Set();
  const add = (a, b, label) => {
    const key = `${a}|${b}`;
    const either = [a, b].sort().join("|");
    if (seen.has(either)) return;
    seen.add(either);
    select.append(h("option", { value: key, selected: pair && key === `${pair[0]}|${pair[1]}` }, label));
  };
  if (pair) add(pair[0], pair[1], `${pair[0]}–${pair[1]}`);
  for (const d of dyads) {
    if (d.source_country && d.target_country) {
      add(d.source_country, d.target_country,
        `${d.source_country}–${d.target_country} (${d.n_events})`);
    }
  }
  select.addEventListener("change", () => {
    const [a, b] = select.value.split("|");
    navigate("", withChanges(params, { a, b }));
  });
  return select;
}

function bySelect(params) {
  const by = params.get("by") || "month";
  const select = h("select", { id: "by", "aria-label": "period" },
    GRANULARITIES.map((g) => h("option", { value: g, selected: g === by }, `by ${g}`)));
  select.addEventListener("change", () => navigate("", withChanges(params, { by: select.value })));
  return select;
}

async function timelinePanel(panel, params, filters, gen) {
  const dyads = (await getJson("/api/dyads", {
    limit: 30, since: filters.since, until: filters.until, type: filters.type,
  })).dyads || [];
  if (gen === generation) fillCountries(dyads);
  const pair = pairOf(params, filters, dyads);
  const controls = panel.querySelector(".controls");
  const body = panel.querySelector(".body");
  fill(controls, pairSelect(params, pair, dyads), " ", bySelect(params));
  if (!pair) {
    fill(body, h("p", { class: "muted" }, "No country pairs with events yet."));
    return;
  }
  const by = params.get("by") || "month";
  const data = await getJson("/api/timeline", {
    a: pair[0], b: pair[1], by, directed: false, top: 3, since: filters.since, until: filters.until,
  });
  fill(body, timelineChart(data, (p) => navigate("", withChanges(params, {
    a: pair[0], b: pair[1], since: p.start, until: periodEnd(p.start, by),
  }))));
}

async function mapPanel(panel, params, filters) {
  const own = Object.fromEntries(Object.entries(filters)
    .filter(([key]) => !["q", "place"].includes(key) || placesTakes.has(key)));
  const [world, data] = await Promise.all([loadWorld(), getJson("/api/places", own)]);
  const pick = (place) => {
    if (supported.has("place")) navigate("", withChanges(params, { place: place.name }));
    else if (place.country) navigate("", withChanges(params, { country: place.country }));
  };
  fill(panel.querySelector(".body"), worldMap(world, data.places || [], pick, params.get("place")));
}

function card(id, title, controls) {
  return h("section", { class: "card", id },
    h("div", { class: "card-head" }, h("h2", {}, title), h("div", { class: "controls" }, controls)),
    h("div", { class: "body" }, loading(title.toLowerCase())));
}

function overview(view, params, gen) {
  const filters = apiFilters(params);
  const timeline = card("timeline", "Dyad timeline");
  const map = card("map", "Event places");
  const table = card("events", "Events", exportLinks(filters));
  fill(view, h("div", { class: "grid" }, timeline, map), table);
  const fail = (error) => showError(error, gen);
  timelinePanel(timeline, params, filters, gen).catch((error) => {
    fill(timeline.querySelector(".body"), h("p", { class: "muted" }, "Timeline unavailable."));
    fail(error);
  });
  mapPanel(map, params, filters).catch((error) => {
    fill(map.querySelector(".body"), h("p", { class: "muted" }, "Map unavailable."));
    fail(error);
  });
  eventTable(table.querySelector(".body"), filters, fail);
}

function markNav(route) {
  document.getElementById("nav-overview").classList.toggle("active", route === "overview");
  document.getElementById("nav-claims").classList.toggle("active", route === "claims");
}

function render() {
  generation += 1;
  const gen = generation;
  clearError();
  const { route, id, params } = parseHash(window.location.hash);
  const form = document.getElementById("filters");
  syncForm(form, params);
  markNav(route);
  const view = document.getElementById("view");
  const fail = (error) => showError(error, gen);
  document.body.dataset.route = route;
  if (route === "event" && id) eventPage(view, id, fail);
  else if (route === "claims") claimsPage(view, params, fail);
  else overview(view, params, gen);
}

async function showStats() {
  const stats = await getJson("/api/stats");
  const range = stats.first_date ? ` · ${stats.first_date} to ${stats.last_date}` : "";
  fill(document.getElementById("stats"),
    `${stats.articles} articles · ${stats.mentions} mentions · ${stats.events} events${range}`);
}

async function start() {
  [supported, placesTakes] = await Promise.all([apiParams("/api/events"),
    apiParams("/api/places")]);
  initFilters(document.getElementById("filters"), supported);
  window.addEventListener("hashchange", render);
  render();
  showStats().catch((error) => showError(error, generation));
}

start();
