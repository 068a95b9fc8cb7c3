// The event timeline: stacked bars per period and type, with a brush (drag across bars, or
// click one) that calls back with the chosen date range.

import { colourOf } from "../colours.js";
import { h, legend, s } from "../dom.js";

const WIDTH = 960;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 12, bottom: 42, left: 40 };

/** The last day of the period starting on `start` (ISO date strings, UTC). */
export function periodEnd(start, interval) {
  const date = new Date(`${start}T00:00:00Z`);
  if (interval === "week") date.setUTCDate(date.getUTCDate() + 6);
  if (interval === "month") date.setUTCMonth(date.getUTCMonth() + 1, 0);
  if (interval === "year") date.setUTCFullYear(date.getUTCFullYear(), 11, 31);
  return date.toISOString().slice(0, 10);
}

/** Bucket width for a span of dates, so a timeline has a readable number of bars. */
export function intervalFor(first, last) {
  if (!first || !last) return "day";
  const days = (new Date(last) - new Date(first)) / 86400000;
  if (days > 365 * 4) return "year";
  if (days > 400) return "month";
  if (days > 90) return "week";
  return "day";
}

/** The first day of the period after `start`. */
function nextPeriod(start, interval) {
  const date = new Date(`${periodEnd(start, interval)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Every period from the first to the last with events, empty ones included, so the x axis is
 * time (gaps show as gaps); very long spans keep only the periods that have events. */
function continuousPeriods(present, interval) {
  if (!present.length) return [];
  const periods = [present[0]];
  while (periods[periods.length - 1] < present[present.length - 1] && periods.length < 1000) {
    periods.push(nextPeriod(periods[periods.length - 1], interval));
  }
  return periods.length < 1000 ? periods : present;
}

export function timelineChart(timeline, { since, until, onBrush }) {
  const present = [...new Set(timeline.buckets.map((bucket) => bucket.period))].sort();
  const periods = continuousPeriods(present, timeline.interval);
  const keys = [...new Set(timeline.buckets.map((bucket) => bucket.key))].sort();
  const total = timeline.buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  const stacks = new Map(periods.map((period) => [period, []]));
  for (const bucket of timeline.buckets) stacks.get(bucket.period)?.push(bucket);
  const tallest = Math.max(1, ...[...stacks.values()].map((stack) => stack.reduce((sum, b) => sum + b.count, 0)));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const band = plotWidth / Math.max(periods.length, 1);
  const y = (count) => (count / tallest) * plotHeight;

  const svg = s("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: "timeline",
    role: "img",
    "aria-label": `Timeline of ${total} dated events`,
    dataset: { events: String(total), periods: String(periods.length) },
  });
  const ticks = [0, Math.ceil(tallest / 2), tallest].filter((value, index, all) => all.indexOf(value) === index);
  for (const tick of ticks) {
    const ty = MARGIN.top + plotHeight - y(tick);
    svg.append(
      s("line", { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: ty, y2: ty, class: "grid" }),
      s("text", { x: MARGIN.left - 6, y: ty + 4, class: "axis", "text-anchor": "end" }, String(tick)),
    );
  }
  const labelEvery = Math.max(1, Math.ceil(periods.length / 12));
  periods.forEach((period, index) => {
    const x = MARGIN.left + index * band;
    const selected = since && until && period >= since.slice(0, period.length) && period <= until;
    let stacked = 0;
    for (const bucket of stacks.get(period)) {
      const barHeight = y(bucket.count);
      svg.append(
        s(
          "rect",
          {
            x: x + band * 0.1,
            width: Math.max(band * 0.8, 1),
            y: MARGIN.top + plotHeight - stacked - barHeight,
            height: barHeight,
            fill: colourOf(bucket.key),
            class: selected ? "bar selected" : "bar",
            dataset: { period, key: bucket.key, count: String(bucket.count) },
          },
          s("title", {}, `${period}: ${bucket.count} ${bucket.key}`),
        ),
      );
      stacked += barHeight;
    }
    if (index % labelEvery === 0) {
      svg.append(s("text", { x: x + band / 2, y: HEIGHT - MARGIN.bottom + 16, class: "axis", "text-anchor": "middle" }, period));
    }
  });

  // The brush: press, drag across periods, release; a click without a drag picks one period.
  const brush = s("rect", { class: "brush", y: MARGIN.top, height: plotHeight, width: 0, x: 0 });
  svg.append(brush);
  let anchor = null;
  const periodAt = (event) => {
    const box = svg.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * WIDTH;
    const index = Math.floor((x - MARGIN.left) / band);
    return Math.min(Math.max(index, 0), periods.length - 1);
  };
  svg.addEventListener("pointerdown", (event) => {
    if (!periods.length) return;
    anchor = periodAt(event);
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener("pointermove", (event) => {
    if (anchor === null) return;
    const [low, high] = [anchor, periodAt(event)].sort((a, b) => a - b);
    brush.setAttribute("x", MARGIN.left + low * band);
    brush.setAttribute("width", (high - low + 1) * band);
  });
  svg.addEventListener("pointerup", (event) => {
    if (anchor === null) return;
    const [low, high] = [anchor, periodAt(event)].sort((a, b) => a - b);
    anchor = null;
    onBrush(periods[low], periodEnd(periods[high], timeline.interval));
  });

  return h("figure", { class: "chart" }, svg, legend(keys.map((key) => [colourOf(key), key])));
}
