// Evidence highlighting: the mention's sentence (and its trigger word) marked inside the
// full article text, built from text nodes and <mark> elements only.

import { h } from "./dom.js";

/** UTF-16 index of code point index cp in text (Python offsets count code points). */
export function codePointIndex(text, cp) {
  let units = 0;
  let points = 0;
  while (points < cp && units < text.length) {
    const code = text.charCodeAt(units);
    units += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    points += 1;
  }
  return units;
}

function norm(text) {
  return String(text || "").replace(/\s+/g, " ").trim();
}

/** [start, end) of the evidence sentence in text as UTF-16 indexes, or null. */
export function locate(text, span) {
  if (!span) return null;
  const sentence = span.sentence ?? span.text ?? "";
  const candidates = [[span.start, span.end]];
  if (Number.isInteger(span.start) && Number.isInteger(span.end)) {
    candidates.push([codePointIndex(text, span.start), codePointIndex(text, span.end)]);
  }
  for (const [start, end] of candidates) {
    if (!Number.isInteger(start) || !Number.isInteger(end)) continue;
    if (start < 0 || end > text.length || start >= end) continue;
    if (!sentence || norm(text.slice(start, end)) === norm(sentence)) return [start, end];
  }
  const found = sentence ? text.indexOf(sentence) : -1;
  return found >= 0 ? [found, found + sentence.length] : null;
}

/** [start, end) of the trigger inside the sentence range, or null. */
export function locateTrigger(text, range, trigger) {
  if (!trigger || !range) return null;
  const [from, to] = range;
  const word = trigger.text || "";
  const fits = (a, b) => a >= from && b <= to && a < b && (!word || text.slice(a, b) === word);
  if (Number.isInteger(trigger.start) && Number.isInteger(trigger.end)) {
    if (fits(trigger.start, trigger.end)) return [trigger.start, trigger.end];
    if (fits(from + trigger.start, from + trigger.end)) {
      return [from + trigger.start, from + trigger.end];
    }
  }
  if (!word) return null;
  const found = text.slice(from, to).indexOf(word);
  return found >= 0 ? [from + found, from + found + word.length] : null;
}

/** Nodes of text with range in <mark class="evidence"> and trigger in <mark class="trigger">. */
export function highlighted(text, range, triggerRange) {
  if (!range) return [text];
  const [start, end] = range;
  const inner = [];
  if (triggerRange) {
    const [ts, te] = triggerRange;
    inner.push(text.slice(start, ts), h("mark", { class: "trigger" }, text.slice(ts, te)),
      text.slice(te, end));
  } else {
    inner.push(text.slice(start, end));
  }
  return [text.slice(0, start), h("mark", { class: "evidence" }, inner), text.slice(end)];
}
