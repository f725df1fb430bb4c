// The URL hash is the whole state, so every view can be shared as a link:
//   #/?source=IND&target=CHN&since=2020-01-01      overview (timeline, map, table)
//   #/claims?status=disputed&source=IND            disputed claims
//   #/event/<id>                                   one event with its evidence

/** Filters sent to the API, in the order of the filter bar. */
export const FILTER_KEYS = [
  "source", "target", "country", "type", "since", "until", "status", "polarity", "q", "place",
];

/** View settings kept in the hash but not sent as event filters. */
export const VIEW_KEYS = ["a", "b", "by"];

/** {route, id, params} of a hash such as "#/event/ev%3A12?x=1". */
export function parseHash(hash) {
  const text = (hash || "").replace(/^#\/?/, "");
  const mark = text.indexOf("?");
  const path = mark < 0 ? text : text.slice(0, mark);
  const params = new URLSearchParams(mark < 0 ? "" : text.slice(mark + 1));
  const [route, ...rest] = path.split("/");
  let id = null;
  if (rest.length) {
    try {
      id = decodeURIComponent(rest.join("/"));
    } catch {
      id = rest.join("/");
    }
  }
  return { route: route || "overview", id, params };
}

/** The filters of params as a plain object (only the non-empty ones). */
export function filtersOf(params) {
  const filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** The hash of a route ("" for the overview, "claims", "event/<id>") with params. */
export function hashFor(route, params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return `#/${route}${query ? `?${query}` : ""}`;
}

/** Hash of the event page of id. */
export function eventHash(id) {
  return `#/event/${encodeURIComponent(id)}`;
}

/** The current params as an object, with changes applied (null removes a key). */
export function withChanges(params, changes) {
  const next = Object.fromEntries(params.entries());
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") delete next[key];
    else next[key] = value;
  }
  return next;
}

/** Go to route with params (a hashchange event renders it). */
export function navigate(route, params) {
  const hash = hashFor(route, params);
  if (hash !== window.location.hash) window.location.hash = hash;
}
