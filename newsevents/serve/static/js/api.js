// The JSON API client (see api_contract: /api/events, /api/timeline, /api/places, ...).

/** An API error with the server's NE code. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Query string of the non-empty entries of params (an object or entries). */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value === null || value === undefined || value === "") continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** GET path + params as JSON; throws ApiError with the server's code and message. */
export async function getJson(path, params, signal) {
  const response = await fetch(path + query(params), {
    headers: { Accept: "application/json" },
    signal,
  });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const error = (body && body.error) || {};
    throw new ApiError(response.status, error.code || `HTTP ${response.status}`,
      error.message || response.statusText || "request failed");
  }
  return body;
}

let specPromise = null;

/** Names of the query parameters of GET path in the server's OpenAPI document. */
export async function apiParams(path) {
  if (!specPromise) specPromise = getJson("/openapi.json").catch(() => null);
  const spec = await specPromise;
  const operation = spec && spec.paths && spec.paths[path] && spec.paths[path].get;
  const params = (operation && operation.parameters) || [];
  return new Set(params.filter((p) => p.in === "query").map((p) => p.name));
}
