// #/event/<id>: one real event, its claims, and each mention's sentence highlighted in
// the full text of its article.

import { getJson } from "./api.js";
import { claimantName, fill, h, loading, safeUrl } from "./dom.js";
import { claimCard, eventHeading } from "./claims.js";
import { highlighted, locate, locateTrigger } from "./highlight.js";

function articleLink(article) {
  const url = safeUrl(article && article.url);
  return url ? h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "original") : null;
}

function mentionMeta(m, article, context) {
  const info = { ...(m.article || {}), ...(article || {}) };
  const claimant = claimantName(m.claimant) || info.source || "the article";
  const claim = context.claims.find((c) => c.mention_id === m.id);
  const rows = [
    ["claimant", claimant], ["outlet", info.source || "-"], ["published", info.date || "-"],
    ["event date", `${m.date || "-"}${m.date_precision ? ` (${m.date_precision})` : ""}`],
    ["event status", context.status || m.status || "-"],
    ["stance", (claim && claim.stance) || "-"],
    ["polarity / modality", `${m.polarity} / ${m.modality}`],
  ];
  return h("dl", { class: "meta" }, rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
}

function scrollToMark(box) {
  const mark = box.querySelector("mark.evidence");
  if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
}

async function mentionCard(m, articles, context) {
  const card = h("article", { class: "mention card", "data-id": m.id });
  const textBox = h("div", { class: "article-text", tabindex: 0 }, loading("article"));
  let article = null;
  try {
    if (!articles.has(m.article_id)) {
      articles.set(m.article_id, getJson(`/api/articles/${encodeURIComponent(m.article_id)}`));
    }
    article = await articles.get(m.article_id);
  } catch (error) {
    fill(textBox, h("p", { class: "muted" }, `Article text unavailable (${error.message}).`));
  }
  const title = (article && article.title) || (m.article && m.article.title) || m.article_id;
  fill(card,
    h("h3", {}, title, " ", articleLink(article || m.article)),
    mentionMeta(m, article, context),
    textBox);
  if (article && typeof article.text === "string") {
    const range = locate(article.text, m.evidence);
    const trigger = locateTrigger(article.text, range, m.trigger);
    fill(textBox, highlighted(article.text, range, trigger));
    if (!range) {
      card.insertBefore(h("p", { class: "muted" }, "Sentence not found in the stored text: ",
        h("q", {}, m.evidence && m.evidence.sentence)), textBox);
    }
  }
  return card;
}

function showMention(mentionId) {
  const card = [...document.querySelectorAll("article.mention")]
    .find((node) => node.dataset.id === mentionId);
  if (!card) return;
  card.scrollIntoView({ block: "start" });
  card.classList.add("flash");
  setTimeout(() => card.classList.remove("flash"), 1200);
}

/** Render the event page of id into view. */
export async function eventPage(view, id, onError) {
  const back = h("button", { type: "button", class: "secondary back" }, "← Back");
  back.addEventListener("click", () => {
    if (window.history.length > 1) window.history.back();
    else window.location.hash = "#/";
  });
  fill(view, back, loading("event"));
  let data;
  try {
    data = await getJson(`/api/events/${encodeURIComponent(id)}`);
  } catch (error) {
    fill(view, back, h("p", { class: "muted" }, `Event ${id} could not be loaded.`));
    onError(error);
    return;
  }
  const mentions = data.mentions || [];
  const e = data.event || mentions[0] || { id };
  const claims = data.claims || [];
  const list = h("div", { class: "mentions" }, loading("evidence"));
  fill(view, back,
    h("section", { class: "card event-page", "data-id": e.id }, eventHeading(e, "h2", false),
      h("p", { class: "muted small" }, `event id ${e.id}`,
        e.first_seen ? `, first seen ${e.first_seen}` : "")),
    claims.length ? h("section", { class: "card" }, h("h2", {}, "Claims"),
      h("div", { class: "claims-grid" }, claims.map((c) => claimCard(c, showMention)))) : null,
    h("h2", { class: "section-title" }, `Evidence (${mentions.length} mention${mentions.length === 1 ? "" : "s"})`),
    list);
  const articles = new Map();
  const context = { claims, status: data.event ? data.event.status : null };
  const cards = await Promise.all(mentions.map((m) => mentionCard(m, articles, context)));
  fill(list, cards.length ? cards : h("p", { class: "muted" }, "No mentions."));
  for (const card of cards) scrollToMark(card.querySelector(".article-text"));
}
