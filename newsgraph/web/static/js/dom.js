// DOM helpers. Text always goes in as text nodes (never innerHTML): article text is untrusted.

const SVG_NS = "http://www.w3.org/2000/svg";

function setAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2), value);
    } else if (name === "style") {
      element.style.cssText = value; // CSSOM, which the page's CSP allows (style attributes it does not)
    } else if (name === "dataset") {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
}

function appendChildren(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Append children to an existing element (null/false skipped, strings as text). */
export function fill(element, ...children) {
  appendChildren(element, children);
  return element;
}

/** An HTML element: h("a", {href: "#/"}, "text", otherNode). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  appendChildren(element, children);
  return element;
}

/** An SVG element, same signature as h(). */
export function s(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  setAttributes(element, attributes);
  appendChildren(element, children);
  return element;
}

/** A link only for http(s) URLs; anything else (javascript:, data:) stays plain text. */
export function externalLink(url, label) {
  if (typeof url === "string" && /^https?:\/\//i.test(url)) {
    return h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, label || url);
  }
  return url ? h("span", {}, url) : null;
}

/**
 * Nodes for text[from:to] with the given spans ({start, end, className, title, href}) wrapped in
 * <mark> (or <a>, given an href); of overlapping spans only the shortest is marked.
 */
export function markedText(text, from, to, spans) {
  // Shortest spans win where spans overlap: a trigger or a name says more than a whole clause.
  const chosen = [];
  const candidates = spans.filter((span) => span.start >= from && span.end <= to && span.end > span.start);
  candidates.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  for (const span of candidates) {
    if (chosen.every((other) => span.end <= other.start || span.start >= other.end)) chosen.push(span);
  }
  chosen.sort((a, b) => a.start - b.start);
  const nodes = [];
  let cursor = from;
  for (const span of chosen) {
    if (span.start > cursor) nodes.push(text.slice(cursor, span.start));
    const label = text.slice(span.start, span.end);
    const attributes = { class: span.className, title: span.title, dataset: span.dataset };
    nodes.push(span.href ? h("a", { ...attributes, href: span.href }, label) : h("mark", attributes, label));
    cursor = span.end;
  }
  if (cursor < to) nodes.push(text.slice(cursor, to));
  return nodes;
}

/** "Snippet with [matched] words" → nodes with <mark> around the bracketed words. */
export function snippetNodes(snippet) {
  return snippet.split(/(\[[^\]]*\])/).map((part) =>
    part.startsWith("[") && part.endsWith("]") ? h("mark", {}, part.slice(1, -1)) : part,
  );
}

export function formatNumber(value) {
  return value === null || value === undefined ? "–" : Number(value).toLocaleString("en");
}

/** A chart legend: one swatch per [colour, label] pair, plus optional notes in grey. */
export function legend(entries, ...notes) {
  return h(
    "div",
    { class: "legend" },
    entries.map(([colour, label]) => h("span", { class: "legend-item" }, h("i", { style: `background:${colour}` }), label)),
    notes.map((note) => h("span", { class: "legend-item muted" }, note)),
  );
}

const QUOTE_MARKS = /^[\s"“”„'‘’«»]+|[\s"“”„'‘’«»]+$/g;

/** A quotation as a <q> element, without the marks the text already carries (<q> adds its own). */
export function quotation(text) {
  return h("q", {}, text.replace(QUOTE_MARKS, ""));
}
