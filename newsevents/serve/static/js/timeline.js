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
const H = TOP + BARS_H + GAP + SCORE_H + 22;

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

function bars(p, x, width, sc, onPick) {
  const group = s("g", { class: "period", "data-period": p.period, tabindex: 0, role: "button",
    "aria-label": periodTitle(p).replace(/\n/g, "; ") });
  group.append(s("title", {}, `${periodTitle(p)}\n(click to zoom to this period)`));
  group.append(s("rect", { class: "hit", x, y: TOP, width, height: BARS_H }));
  let above = sc.axisY;
  let below = sc.axisY;
  for (const [i, q] of QUADS.entries()) {
    const height = (p[q.key] || 0) * sc.perUnit;
    if (height <= 0) continue;
    const y = q.side > 0 ? (above -= height) : below;
    if (q.side < 0) below += height;
    group.append(s("rect", { class: `bar q${i + 1}`, x, y, width, height,
      "data-quad": q.key, "data-count": p[q.key] }));
  }
  group.addEventListener("click", () => onPick(p));
  group.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onPick(p);
    }
  });
  return group;
}

function axes(svg, sc, periods, band) {
  const right = W - RIGHT;
  svg.append(s("line", { class: "axis", x1: LEFT, x2: right, y1: sc.axisY, y2: sc.axisY }));
  svg.append(s("text", { class: "tick", x: LEFT - 6, y: TOP + 4, "text-anchor": "end" }, `${sc.up}`));
  svg.append(s("text", { class: "tick", x: LEFT - 6, y: sc.axisY + 4, "text-anchor": "end" }, "0"));
  svg.append(s("text", { class: "tick", x: LEFT - 6, y: TOP + BARS_H, "text-anchor": "end" },
    sc.down ? `${sc.down}` : ""));
  svg.append(s("text", { class: "band-label", x: LEFT + 4, y: TOP + 8 }, "cooperation ↑"));
  svg.append(s("text", { class: "band-label", x: LEFT + 4, y: TOP + BARS_H - 2 }, "conflict ↓"));
  const step = Math.max(1, Math.ceil(periods.length / 10));
  const y = TOP + BARS_H + GAP + SCORE_H + 16;
  periods.forEach((p, i) => {
    if (i % step) return;
    svg.append(s("text", { class: "tick", x: LEFT + band * (i + 0.5), y, "text-anchor": "middle" },
      p.period));
  });
}

function scoreBand(svg, periods, band) {
  const top = TOP + BARS_H + GAP;
  const yOf = (score) => top + ((10 - score) / 20) * SCORE_H;
  const right = W - RIGHT;
  svg.append(s("rect", { class: "score-band", x: LEFT, y: top, width: right - LEFT, height: SCORE_H }));
  svg.append(s("line", { class: "zero", x1: LEFT, x2: right, y1: yOf(0), y2: yOf(0) }));
  for (const [label, score] of [["+10", 10], ["0", 0], ["−10", -10]]) {
    svg.append(s("text", { class: "tick", x: LEFT - 6, y: yOf(score) + 4, "text-anchor": "end" }, label));
  }
  svg.append(s("text", { class: "band-label", x: LEFT + 4, y: top - 6 }, "mean score"));
  let path = "";
  const dots = [];
  periods.forEach((p, i) => {
    if (p.score_mean === null || p.score_mean === undefined) return;
    const x = LEFT + band * (i + 0.5);
    const y = yOf(p.score_mean);
    const joined = i > 0 && periods[i - 1].score_mean !== null && periods[i - 1].score_mean !== undefined;
    path += `${joined ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`;
    dots.push(s("circle", { class: `score ${p.score_mean < 0 ? "neg" : "pos"}`, cx: x, cy: y, r: 3 },
      s("title", {}, `${p.period}: mean score ${p.score_mean}`)));
  });
  if (path) svg.append(s("path", { class: "score-line", d: path }));
  svg.append(...dots);
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
  const band = (W - LEFT - RIGHT) / periods.length;
  const width = Math.min(56, Math.max(1, band * (periods.length > 40 ? 0.9 : 0.7)));
  const svg = s("svg", { class: "timeline-chart", viewBox: `0 0 ${W} ${H}`, role: "img",
    "aria-label": `${data.a}–${data.b} events by ${data.by}` });
  scoreBand(svg, periods, band);
  periods.forEach((p, i) => {
    svg.append(bars(p, LEFT + band * i + (band - width) / 2, width, sc, onPick));
  });
  axes(svg, sc, periods, band);
  return h("div", { class: "timeline" }, svg, legend(), note);
}
