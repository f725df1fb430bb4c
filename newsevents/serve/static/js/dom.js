// DOM helpers. Data is never parsed as HTML: text is set with text nodes and
// attributes with setAttribute, so article text and actor names cannot inject markup.

const SVG_NS = "http://www.w3.org/2000/svg";

function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.setAttribute("class", value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else el.setAttribute(key, value === true ? "" : String(value));
  }
}

function appendAll(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An HTML element: h("a", {href: "#/"}, "text", otherNode). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  return appendAll(el, children);
}

/** An SVG element: s("rect", {x: 1, y: 2, width: 3, height: 4}). */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  return appendAll(el, children);
}

/** Replace the children of el. */
export function fill(el, ...children) {
  el.replaceChildren();
  return appendAll(el, children);
}

/** An http(s) URL from data, or null (no javascript: or data: links from the database). */
export function safeUrl(value) {
  if (typeof value !== "string") return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** "IND/GOV Defence minister" for an actor dict, or "-". */
export function actorLabel(actor) {
  if (!actor) return "-";
  const text = actor.text || "";
  if (!actor.country && !actor.sector) return text || "(unnamed)";
  return `${actor.country || "-"}/${actor.sector || "-"} ${text}`.trim();
}

/** A claimant given as a string or an actor dict, or null. */
export function claimantName(claimant) {
  if (!claimant) return null;
  if (typeof claimant === "string") return claimant;
  return claimant.text || claimant.country || null;
}

/** A place dict as "Moscow (RUS)", or "-". */
export function placeLabel(location) {
  if (!location || !location.name) return "-";
  return location.country ? `${location.name} (${location.country})` : location.name;
}

/** Shorten text to n characters with an ellipsis. */
export function clip(text, n) {
  const flat = String(text || "").replace(/\s+/g, " ").trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

/** A "loading" placeholder paragraph. */
export function loading(what) {
  return h("p", { class: "muted loading" }, `Loading ${what}…`);
}
