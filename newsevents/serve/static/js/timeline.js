// Dyad timeline: per period, cooperation stacked above the axis and conflict below it,
// and the mean score (-10..10) in a band underneath. Drawn as plain SVG.

import { h, s } from "./dom.js";

const QUADS = [
  { key: "verbal_coop", label: "verbal cooperation", side: 1 },
  { key: "material_coop", label: "material cooperation", side: 1 },
  { key: "verbal_conflict", label: "verbal conflict", side: -1 },
  { key: "material_conflict", label: "material conflict", side: -1 },
];
const W = 760;
const LEFT = 44;
const RIGHT = 12;
const TOP = 14;
const BARS_H = 200;
const GAP = 34;
const SCORE_H = 70;
const HIT_H = BARS_H + GAP + SCORE_H;
const H = TOP + HIT_H + 22;
const MIN_BAND = 6;
/** Room for one x-axis label ("2021-09-14" in 10px type). */
const LABEL_W = 64;

function addDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last day of the period that starts on iso. */
export function periodEnd(iso, by) {
  if (by === "week") return addDays(iso, 6);
  if (by === "month") {
    const d = new Date(`${iso}T00:00:00Z`);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  }
  return iso;
}

function periodTitle(p) {
  const lines = [`${p.period}: ${p.events} event${p.events === 1 ? "" : "s"}`];
  for (const q of QUADS) if (p[q.key]) lines.push(`${p[q.key]} ${q.label}`);
  if (p.score_mean !== null && p.score_mean !== undefined) lines.push(`mean score ${p.score_mean}`);
  for (const e of p.top || []) {
    lines.push(`• ${e.type} ${e.source || "-"}→${e.target || "-"} ×${e.n_mentions} (${e.status})`);
  }
  return lines.join("\n");
}

function scales(periods) {
  const up = Math.max(0, ...periods.map((p) => p.verbal_coop + p.material_coop));
  const down = Math.max(0, ...periods.map((p) => p.verbal_conflict + p.material_conflict));
  const total = Math.max(1, up + down);
  const upH = up + down === 0 ? BARS_H / 2 : (BARS_H * up) / total;
  const perUnit = BARS_H / total;
  return { up, down, axisY: TOP + upH, perUnit };
}

/** Horizontal layout: each period gets a band of at least MIN_BAND units; many periods
 * make the chart wider than W (drawn 1:1 in pixels and scrolled) rather than thinner. */
function layout(count) {
  const plot = Math.max(W - LEFT - RIGHT, count * MIN_BAND);
  const band = plot / count;
  const width = Math.min(56, Math.max(1, band * (count > 40 ? 0.9 : 0.7)));
  return { band, width, total: LEFT + plot + RIGHT, wide: plot > W - LEFT - RIGHT };
}

function pickOnEnter(group, p, onPick) {
  group.addEventListener("click", () => onPick(p));
  group.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onPick(p);
    }
  });
}

/** Arrow keys, Home and End move the focus between periods (one tab stop for all). */
function roveFocus(svg) {
  svg.addEventListener("keydown", (event) => {
    const groups = [...svg.querySelectorAll("g.period")];
    const at = groups.indexOf(document.activeElement);
    const moves = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: groups.length - 1 };
    if (at < 0 || !(event.key in moves)) return;
    event.preventDefault();
    const next = groups[Math.max(0, Math.min(groups.length - 1, moves[event.key]))];
    groups[at].setAttribute("tabindex", "-1");
    next.setAttribute("tabindex", "0");
    next.focus();
  });
}

function bars(p, x, lay, sc, onPick) {
  const label = periodTitle(p).replace(/\n/g, "; ");
  const group = s("g", { class: "period", "data-period": p.period, tabindex: -1, role: "button",
    "aria-label": `${label}; zoom to this period` });
  group.append(s("title", {}, `${periodTitle(p)}\n(click to zoom to this period)`));
  // The whole band, bars and score alike: thin or empty periods stay easy to hit.
  group.append(s("rect", { class: "hit", x, y: TOP, width: lay.band, height: HIT_H }));
  const barX = x + (lay.band - lay.width) / 2;
  let above = sc.axisY;
  let below = sc.axisY;
  for (const [i, q] of QUADS.entries()) {
    const height = (p[q.key] || 0) * sc.perUnit;
    if (height <= 0) continue;
    const y = q.side > 0 ? (above -= height) : below;
    if (q.side < 0) below += height;
    group.append(s("rect", { class: `bar q${i + 1}`, x: barX, y, width: lay.width, height,
      "data-quad": q.key, "data-count": p[q.key] }));
  }
  pickOnEnter(group, p, onPick);
  return group;
}

/** Axes and labels, drawn over the periods but never catching the pointer (see app.css). */
function axes(svg, sc, periods, lay) {
  const right = lay.total - RIGHT;
  const deco = s("g", { class: "deco", "aria-hidden": "true" });
  deco.append(s("line", { class: "axis", x1: LEFT, x2: right, y1: sc.axisY, y2: sc.axisY }));
  deco.append(s("text", { class: "tick", x: LEFT - 6, y: TOP + 4, "text-anchor": "end" }, `${sc.up}`));
  deco.append(s("text", { class: "tick", x: LEFT - 6, y: sc.axisY + 4, "text-anchor": "end" }, "0"));
  deco.append(s("text", { class: "tick", x: LEFT - 6, y: TOP + BARS_H, "text-anchor": "end" },
    sc.down ? `${sc.down}` : ""));
  deco.append(s("text", { class: "band-label", x: LEFT + 4, y: TOP + 8 }, "cooperation ↑"));
  deco.append(s("text", { class: "band-label", x: LEFT + 4, y: TOP + BARS_H - 2 }, "conflict ↓"));
  const step = Math.max(1, Math.ceil(LABEL_W / lay.band));
  const y = TOP + HIT_H + 16;
  periods.forEach((p, i) => {
    if (i % step) return;
    deco.append(s("text", { class: "tick", x: LEFT + lay.band * (i + 0.5), y, "text-anchor": "middle" },
      p.period));
  });
  svg.append(deco);
}

function scoreTicks(deco, yOf) {
  for (const [label, score] of [["+10", 10], ["0", 0], ["−10", -10]]) {
    deco.append(s("text", { class: "tick", x: LEFT - 6, y: yOf(score) + 4, "text-anchor": "end" }, label));
  }
}

/** The mean-score band: its background under the periods, the line and dots over them. */
function scoreBand(svg, periods, lay) {
  const top = TOP + BARS_H + GAP;
  const yOf = (score) => top + ((10 - score) / 20) * SCORE_H;
  const right = lay.total - RIGHT;
  svg.append(s("rect", { class: "score-band", x: LEFT, y: top, width: right - LEFT, height: SCORE_H }));
  const deco = s("g", { class: "deco", "aria-hidden": "true" });
  deco.append(s("line", { class: "zero", x1: LEFT, x2: right, y1: yOf(0), y2: yOf(0) }));
  scoreTicks(deco, yOf);
  deco.append(s("text", { class: "band-label", x: LEFT + 4, y: top - 6 }, "mean score"));
  let path = "";
  const dots = [];
  periods.forEach((p, i) => {
    if (p.score_mean === null || p.score_mean === undefined) return;
    const x = LEFT + lay.band * (i + 0.5);
    const y = yOf(p.score_mean);
    const joined = i > 0 && periods[i - 1].score_mean !== null && periods[i - 1].score_mean !== undefined;
    path += `${joined ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`;
    dots.push(s("circle", { class: `score ${p.score_mean < 0 ? "neg" : "pos"}`, cx: x, cy: y,
      r: Math.min(3, Math.max(1.2, lay.band / 3)) }));
  });
  if (path) deco.append(s("path", { class: "score-line", d: path }));
  deco.append(...dots);
  return deco;
}

function legend() {
  return h("ul", { class: "legend" },
    QUADS.map((q, i) => h("li", {}, h("span", { class: `swatch q${i + 1}` }), q.label)));
}

/** An SVG chart of a timeline_dict, or a note when it has no periods. */
export function timelineChart(data, onPick) {
  const periods = data.periods || [];
  const left = data.left_out || {};
  const note = h("p", { class: "muted small" },
    `${periods.reduce((n, p) => n + p.events, 0)} events in ${periods.length} period(s); left out: `,
    `${left.not_happened || 0} only expected, possible or denied, `,
    `${left.too_coarse || 0} dated less precisely than a ${data.by}.`,
    periods.length > 300 ? ` ${periods.length} periods are hard to read: narrow Since/Until or use a longer period.` : null);
  if (!periods.length) {
    return h("div", { class: "timeline empty" },
      h("p", { class: "muted" }, `No events between ${data.a} and ${data.b} for these filters.`), note);
  }
  const sc = scales(periods);
  const lay = layout(periods.length);
  const svg = s("svg", { class: `timeline-chart${lay.wide ? " wide" : ""}`,
    viewBox: `0 0 ${lay.total} ${H}`, width: lay.wide ? lay.total : null, height: lay.wide ? H : null,
    role: "group", "aria-label": `${data.a}–${data.b} events by ${data.by}; arrow keys move between periods` });
  const scoreDeco = scoreBand(svg, periods, lay);
  periods.forEach((p, i) => svg.append(bars(p, LEFT + lay.band * i, lay, sc, onPick)));
  svg.append(scoreDeco);
  axes(svg, sc, periods, lay);
  const busiest = periods.reduce((a, p) => (p.events > a.events ? p : a), periods[0]);
  svg.querySelectorAll("g.period")[periods.indexOf(busiest)].setAttribute("tabindex", "0");
  roveFocus(svg);
  return h("div", { class: "timeline" }, h("div", { class: "timeline-scroll" }, svg), legend(), note);
}
