// World map of event places: Natural Earth country shapes (vendored world-atlas TopoJSON,
// decoded by the vendored topojson-client) in the Natural Earth I projection, drawn as SVG,
// with one circle per place sized by its events and coloured from cooperation to conflict.

import { h, s } from "./dom.js";

const W = 760;
const NORTH = 84;
const SOUTH = -58;
const ANTARCTICA = "010";

/** Natural Earth I projection of lon/lat degrees to unit coordinates (y grows north). */
export function naturalEarth(lon, lat) {
  const lambda = (lon * Math.PI) / 180;
  const phi = (lat * Math.PI) / 180;
  const phi2 = phi * phi;
  const phi4 = phi2 * phi2;
  return [
    lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4))),
    phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))),
  ];
}

const X_MAX = naturalEarth(180, 0)[0];
const Y_TOP = naturalEarth(0, NORTH)[1];
const Y_BOTTOM = naturalEarth(0, SOUTH)[1];
const K = W / (2 * X_MAX);
const H = Math.round((Y_TOP - Y_BOTTOM) * K);

/** Map pixel coordinates of lon/lat. */
export function project(lon, lat) {
  const [x, y] = naturalEarth(lon, Math.max(SOUTH - 10, Math.min(NORTH + 5, lat)));
  return [(x + X_MAX) * K, (Y_TOP - y) * K];
}

function ringPath(ring) {
  let d = "";
  let previous = null;
  for (const [lon, lat] of ring) {
    const [x, y] = project(lon, lat);
    const jump = previous !== null && Math.abs(lon - previous) > 180;
    d += `${d === "" || jump ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`;
    previous = lon;
  }
  return `${d}Z`;
}

function geometryPath(geometry) {
  if (!geometry) return "";
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon.map(ringPath).join("")).join("");
}

let worldPromise = null;

/** [{id, name, d}] country outlines, loaded once from the vendored TopoJSON. */
export function loadWorld() {
  if (!worldPromise) {
    worldPromise = fetch("/static/vendor/countries-110m.json")
      .then((response) => {
        if (!response.ok) throw new Error(`world map: HTTP ${response.status}`);
        return response.json();
      })
      .then((topo) => {
        const features = window.topojson.feature(topo, topo.objects.countries).features;
        return features.filter((f) => f.id !== ANTARCTICA).map((f) => ({
          id: f.id, name: (f.properties && f.properties.name) || "", d: geometryPath(f.geometry),
        }));
      });
  }
  return worldPromise;
}

function mix(a, b, t) {
  const channel = (i) => Math.round(a[i] + (b[i] - a[i]) * t);
  return `rgb(${channel(0)},${channel(1)},${channel(2)})`;
}

/** The fill of a place: blue for cooperation, red for conflict, grey for neither. */
export function placeColour(place) {
  const coop = place.n_cooperation || 0;
  const conflict = place.n_conflict || 0;
  if (coop + conflict === 0) return "rgb(128,128,128)";
  return mix([47, 109, 181], [200, 55, 45], conflict / (coop + conflict));
}

function placeClass(place) {
  const coop = place.n_cooperation || 0;
  const conflict = place.n_conflict || 0;
  if (coop > conflict) return "coop";
  return conflict > coop ? "conflict" : "mixed";
}

function placeTitle(p) {
  const where = p.country ? `${p.name} (${p.country})` : p.name;
  return `${where}: ${p.n_events} event${p.n_events === 1 ? "" : "s"}, ` +
    `${p.n_cooperation || 0} cooperation, ${p.n_conflict || 0} conflict` +
    (p.country ? ` (click: events involving ${p.country})` : "");
}

function circle(place, radius, onPick) {
  const [cx, cy] = project(place.lon, place.lat);
  const node = s("circle", {
    class: `place ${placeClass(place)}`, cx: cx.toFixed(1), cy: cy.toFixed(1),
    r: radius.toFixed(1), fill: placeColour(place), tabindex: 0, role: "button",
    "aria-label": placeTitle(place), "data-name": place.name, "data-count": place.n_events,
  }, s("title", {}, placeTitle(place)));
  node.addEventListener("click", () => onPick(place));
  node.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onPick(place);
    }
  });
  return node;
}

/** The viewBox [x, y, w, h] around points (map pixels), at least a third of the world. */
export function fitBox(points) {
  if (!points.length) return [0, 0, W, H];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const pad = 36;
  let w = Math.max(Math.max(...xs) - Math.min(...xs) + 2 * pad, W / 3);
  let h = Math.max(Math.max(...ys) - Math.min(...ys) + 2 * pad, H / 3);
  if (w / h > W / H) h = (w * H) / W;
  else w = (h * W) / H;
  if (w >= W || h >= H) return [0, 0, W, H];
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  const clamp = (v, max) => Math.min(Math.max(v, 0), max);
  return [clamp(cx - w / 2, W - w), clamp(cy - h / 2, H - h), w, h];
}

function zoomTo(svg, box) {
  svg.setAttribute("viewBox", box.map((v) => v.toFixed(1)).join(" "));
  const k = W / box[2];
  for (const c of svg.querySelectorAll("circle.place")) {
    c.setAttribute("r", (Number(c.dataset.r0) / k).toFixed(2));
  }
}

/** The map SVG with country outlines and place circles, plus a list of the top places;
 *  it starts zoomed to the places, and a button shows the whole world. */
export function worldMap(world, places, onPick, selected) {
  const located = places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const most = Math.max(1, ...located.map((p) => p.n_events || 0));
  const svg = s("svg", { class: "map", viewBox: `0 0 ${W} ${H}`, role: "img",
    "aria-label": `map of ${located.length} event places` });
  svg.append(s("rect", { class: "ocean", x: 0, y: 0, width: W, height: H }));
  const land = s("g", { class: "countries" });
  for (const c of world) land.append(s("path", { d: c.d }, s("title", {}, c.name)));
  svg.append(land);
  const dots = s("g", { class: "places" });
  const ordered = [...located].sort((a, b) => (b.n_events || 0) - (a.n_events || 0));
  for (const place of ordered) {
    const node = circle(place, 2.5 + 13.5 * Math.sqrt((place.n_events || 0) / most), onPick);
    node.dataset.r0 = node.getAttribute("r");
    if (selected && place.name === selected) node.classList.add("selected");
    dots.append(node);
  }
  svg.append(dots);
  const fitted = fitBox(located.map((p) => project(p.lon, p.lat)));
  let whole = false;
  const toggle = h("button", { type: "button", class: "secondary small", id: "map-zoom" });
  const show = () => {
    zoomTo(svg, whole ? [0, 0, W, H] : fitted);
    toggle.textContent = whole ? "Zoom to places" : "Whole world";
  };
  toggle.addEventListener("click", () => {
    whole = !whole;
    show();
  });
  show();
  toggle.hidden = fitted[2] >= W;
  const top = ordered.slice(0, 8).map((p) => h("li", {},
    h("button", { type: "button", class: "link", onclick: () => onPick(p) }, p.name),
    ` ${p.n_events}`));
  const note = located.length ? h("ol", { class: "top-places" }, top)
    : h("p", { class: "muted small" }, "No events with a known place for these filters.");
  return h("div", { class: "map-wrap" }, svg, h("div", { class: "map-foot" }, note, toggle));
}
