// The event table: one page of /api/events at a time (cursor pagination), each row a link
// to its event page, and CSV / Parquet downloads of the current filter.

import { getJson, query } from "./api.js";
import { actorLabel, claimantName, clip, fill, h, loading, placeLabel } from "./dom.js";
import { eventHash } from "./state.js";

export const PAGE_SIZE = 25;
/** Rows in an export: the API's largest page. */
export const EXPORT_LIMIT = 1000;

const COLUMNS = ["date", "type", "source", "target", "place", "status", "claimant", "evidence"];

function row(e) {
  const href = eventHash(e.id);
  const tr = h("tr", { class: "event-row", "data-id": e.id, tabindex: 0 },
    h("td", { class: "nowrap" }, h("a", { href }, e.date || "-")),
    h("td", {}, e.mode ? `${e.type} (${e.mode})` : e.type),
    h("td", {}, actorLabel(e.source)),
    h("td", {}, actorLabel(e.target)),
    h("td", {}, placeLabel(e.location)),
    h("td", {}, h("span", { class: `status ${e.status}` }, e.status || "-")),
    h("td", {}, claimantName(e.claimant) || "-"),
    h("td", { class: "evidence" }, clip(e.evidence && e.evidence.sentence, 140)));
  tr.addEventListener("click", (event) => {
    if (event.target.closest("a")) return;
    window.location.hash = href;
  });
  tr.addEventListener("keydown", (event) => {
    if (event.key === "Enter") window.location.hash = href;
  });
  return tr;
}

/** The CSV and Parquet download links of the current filter. */
export function exportLinks(filters) {
  const link = (format, label) => h("a", {
    class: "button secondary", id: `export-${format}`, download: `events.${format}`,
    title: `download the events of these filters as ${format} (at most ${EXPORT_LIMIT} rows)`,
    href: `/api/events${query({ ...filters, limit: EXPORT_LIMIT, format })}`,
  }, label);
  return h("span", { class: "exports" }, link("csv", "Export CSV"), " ",
    link("parquet", "Export Parquet"));
}

/** Mount the paginated table of filters into container. */
export function eventTable(container, filters, onError) {
  const cursors = [null];
  const body = h("div", { class: "table-body" });
  const pager = h("div", { class: "pager" });
  fill(container, body, pager);

  async function show(page) {
    fill(body, loading("events"));
    let data;
    try {
      data = await getJson("/api/events", { ...filters, limit: PAGE_SIZE, cursor: cursors[page] });
    } catch (error) {
      fill(body, h("p", { class: "muted" }, "Events could not be loaded."));
      onError(error);
      return;
    }
    const events = data.events || [];
    if (data.next_cursor) cursors[page + 1] = data.next_cursor;
    fill(body, events.length
      ? h("table", { class: "events" },
        h("thead", {}, h("tr", {}, COLUMNS.map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", {}, events.map(row)))
      : h("p", { class: "muted" }, "No events match these filters."));
    const prev = h("button", { type: "button", class: "secondary", disabled: page === 0 },
      "← Previous");
    const next = h("button", { type: "button", class: "secondary", id: "next-page",
      disabled: !data.next_cursor }, "Next →");
    prev.addEventListener("click", () => show(page - 1));
    next.addEventListener("click", () => show(page + 1));
    const first = page * PAGE_SIZE + (events.length ? 1 : 0);
    fill(pager, prev, h("span", { class: "muted" },
      ` rows ${first}–${page * PAGE_SIZE + events.length} `), next);
  }

  show(0);
}
