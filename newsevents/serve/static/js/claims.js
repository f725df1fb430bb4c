// Disputed claims: each disputed real event with its claims side by side.

import { getJson } from "./api.js";
import { actorLabel, claimantName, fill, h, loading, placeLabel } from "./dom.js";
import { eventHash } from "./state.js";

const CLAIM_FILTERS = ["source", "target", "type", "since", "until"];

function quoteText(claim) {
  const quote = claim.quote ?? claim.evidence;
  if (!quote) return "";
  return typeof quote === "string" ? quote : quote.text ?? quote.sentence ?? "";
}

function evidenceLink(claim, onEvidence) {
  if (!claim.mention_id) return null;
  if (!onEvidence) {
    return h("a", { class: "small", href: eventHash(claim.mention_id) }, "evidence in the article");
  }
  return h("button", { type: "button", class: "link small",
    onclick: () => onEvidence(claim.mention_id) }, "evidence in the article");
}

/** One claim: who, which way, when, in which outlet, and the quote; ``onEvidence(mentionId)``
 *  (on the event page) replaces the link to the event page. */
export function claimCard(claim, onEvidence) {
  const who = claimantName(claim.claimant) || claim.outlet || "(unknown claimant)";
  const outlet = claim.outlet && claim.outlet !== who ? `in ${claim.outlet}` : null;
  const when = claim.published || claim.date || null;
  return h("article", { class: `claim stance-${claim.stance}` },
    h("header", {},
      h("strong", { class: "claimant" }, who), " ",
      h("span", { class: `stance ${claim.stance}` }, claim.stance || "?")),
    h("p", { class: "muted small" }, [outlet, when].filter(Boolean).join(", ") || null),
    h("blockquote", {}, quoteText(claim)),
    evidenceLink(claim, onEvidence));
}

/** The heading of a real event: type, dyad, place, date, status and counts. */
export function eventHeading(e, tag = "h3", link = true) {
  const title = `${e.type}${e.mode ? ` (${e.mode})` : ""}: ${actorLabel(e.source)} → ${actorLabel(e.target)}`;
  const counts = [
    `${e.n_mentions ?? "?"} mention(s)`, `${e.n_articles ?? "?"} article(s)`,
    `${e.n_sources ?? "?"} source(s)`,
  ].join(", ");
  return h("header", { class: "event-head" },
    h(tag, {}, link ? h("a", { href: eventHash(e.id) }, title) : title),
    h("p", { class: "facts" },
      h("span", { class: `status ${e.status}` }, e.status || "-"), " ",
      `${e.date || "-"} · ${placeLabel(e.location)} · ${counts}`));
}

/** Render #/claims: disputed events (with the filter bar's dyad, type and dates). */
export async function claimsPage(view, params, onError) {
  const filters = { status: "disputed", limit: 100 };
  for (const key of CLAIM_FILTERS) if (params.get(key)) filters[key] = params.get(key);
  const list = h("div", { class: "claims-list" }, loading("disputed events"));
  fill(view, h("section", { class: "card" },
    h("h2", {}, "Disputed claims"),
    h("p", { class: "muted" }, "Real events that someone asserts or expects and someone else denies."),
    list));
  let data;
  try {
    data = await getJson("/api/claims", filters);
  } catch (error) {
    fill(list, h("p", { class: "muted" }, "Claims could not be loaded."));
    onError(error);
    return;
  }
  const events = data.events || [];
  fill(list, events.length ? events.map((e) => h("section", { class: "disputed-event", "data-id": e.id },
    eventHeading(e),
    h("div", { class: "claims-grid" }, (e.claims || []).map((c) => claimCard(c)))))
    : h("p", { class: "muted" }, "No disputed events for these filters."));
}
