// The actor network: nodes are actors, edges count the events between two actors (either
// direction), coloured by whether cooperation or conflict dominates. Laid out by a small
// deterministic force simulation, so the same data always draws the same picture. Only the
// strongest links are drawn (a slider sets how many); labels that would overlap a bigger node's
// label are left to the tooltip; the drawing zooms and pans; an edge lists its events.

import { STANCE_COLOURS } from "../colours.js";
import { h, legend, s } from "../dom.js";
import { href, partyHref } from "../routes.js";
import { panZoom } from "./panzoom.js";

const WIDTH = 960;
const HEIGHT = 600;
const LABEL_FONT = 11; // pixels, as in style.css
const CHARACTER_WIDTH = 6.2; // an average character of the label font, for overlap checks

/** A name as one party whatever its number or case: "Republicans" and "Republican", "Muslims" and "Muslim". */
export function nameKey(name) {
  const folded = name.trim().toLowerCase();
  if (/[^s]s$/.test(folded) && folded.length > 4 && !/(ss|us|is|ics)$/.test(folded)) return folded.slice(0, -1);
  return folded;
}

/**
 * Each party's node key: a stored actor by its id; an unresolved party by its name (singular,
 * any case), country and kind, joined to the stored actor of the same name and country when
 * there is one (an unresolved "Russia" is the resolved Russia).
 */
function nodeKeys(relations) {
  const parties = relations.flatMap((relation) => [relation.source, relation.target]);
  const resolved = new Map();
  for (const party of parties) {
    if (party.actor_id === null || party.actor_id === undefined) continue;
    const name = nameKey(party.name);
    if (!resolved.has(name)) resolved.set(name, []);
    if (!resolved.get(name).some((other) => other.actor_id === party.actor_id)) resolved.get(name).push(party);
  }
  return (party) => {
    if (party.actor_id !== null && party.actor_id !== undefined) return `id:${party.actor_id}`;
    const matches = (resolved.get(nameKey(party.name)) || []).filter((actor) => !party.country || !actor.country || actor.country === party.country);
    if (matches.length === 1) return `id:${matches[0].actor_id}`;
    return `party:${nameKey(party.name)}|${party.country || ""}|${party.kind || ""}`;
  };
}

/** Nodes and undirected edges from the API's directed relations, strongest edges first. */
export function buildGraph(relations) {
  const keyOf = nodeKeys(relations);
  const nodes = new Map();
  const edges = new Map();
  for (const relation of relations) {
    const ends = [relation.source, relation.target].map((party) => {
      const key = keyOf(party);
      if (!nodes.has(key)) nodes.set(key, { key, party, events: 0 });
      const node = nodes.get(key);
      if (party.actor_id !== null && party.actor_id !== undefined) node.party = party; // the stored actor names the node
      node.events += relation.cooperation + relation.conflict;
      return key;
    });
    if (ends[0] === ends[1]) continue; // "Republicans" acting on "Republican"
    const edgeKey = [...ends].sort().join("|");
    if (!edges.has(edgeKey)) edges.set(edgeKey, { source: ends[0], target: ends[1], cooperation: 0, conflict: 0 });
    const edge = edges.get(edgeKey);
    edge.cooperation += relation.cooperation;
    edge.conflict += relation.conflict;
  }
  const ranked = [...edges.values()].sort((a, b) => b.cooperation + b.conflict - (a.cooperation + a.conflict) || (a.source + a.target).localeCompare(b.source + b.target));
  return { nodes: [...nodes.values()], edges: ranked };
}

export function stanceOf(edge) {
  if (edge.cooperation > edge.conflict) return "cooperation";
  if (edge.conflict > edge.cooperation) return "conflict";
  return "mixed";
}

function layout(nodes, edges) {
  const count = nodes.length;
  const index = new Map(nodes.map((node, position) => [node.key, position]));
  const xs = nodes.map((_, position) => WIDTH / 2 + 250 * Math.cos((2 * Math.PI * position) / count));
  const ys = nodes.map((_, position) => HEIGHT / 2 + 220 * Math.sin((2 * Math.PI * position) / count));
  const ideal = Math.sqrt((WIDTH * HEIGHT) / Math.max(count, 1)) * 0.6;
  for (let step = 0, heat = 60; step < 300; step += 1, heat *= 0.985) {
    const dx = new Float64Array(count);
    const dy = new Float64Array(count);
    for (let a = 0; a < count; a += 1) {
      for (let b = a + 1; b < count; b += 1) {
        const ex = xs[a] - xs[b] || 0.01;
        const ey = ys[a] - ys[b] || 0.01;
        const distance = Math.max(Math.hypot(ex, ey), 1);
        // Repulsion reaches a few ideal lengths only, so gravity keeps separate pairs and small
        // groups near the rest instead of pushing them to the corners.
        if (distance > 3 * ideal) continue;
        const push = (ideal * ideal) / distance;
        dx[a] += (ex / distance) * push; dy[a] += (ey / distance) * push;
        dx[b] -= (ex / distance) * push; dy[b] -= (ey / distance) * push;
      }
    }
    for (const edge of edges) {
      const a = index.get(edge.source);
      const b = index.get(edge.target);
      const ex = xs[a] - xs[b];
      const ey = ys[a] - ys[b];
      const distance = Math.max(Math.hypot(ex, ey), 1);
      const pull = (distance * distance) / ideal;
      dx[a] -= (ex / distance) * pull; dy[a] -= (ey / distance) * pull;
      dx[b] += (ex / distance) * pull; dy[b] += (ey / distance) * pull;
    }
    for (let a = 0; a < count; a += 1) {
      dx[a] += (WIDTH / 2 - xs[a]) * 0.05; // gravity keeps separate components near each other
      dy[a] += (HEIGHT / 2 - ys[a]) * 0.05;
      const length = Math.max(Math.hypot(dx[a], dy[a]), 0.01);
      xs[a] += (dx[a] / length) * Math.min(length, heat);
      ys[a] += (dy[a] / length) * Math.min(length, heat);
    }
  }
  // Fit the drawing into the frame (room on the right for labels).
  const [left, right] = [Math.min(...xs), Math.max(...xs)];
  const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
  const scaleX = (WIDTH - 200) / Math.max(right - left, 1);
  const scaleY = (HEIGHT - 60) / Math.max(bottom - top, 1);
  for (let a = 0; a < count; a += 1) {
    xs[a] = count === 1 ? WIDTH / 2 : 40 + (xs[a] - left) * scaleX;
    ys[a] = count === 1 ? HEIGHT / 2 : 30 + (ys[a] - top) * scaleY;
  }
  return nodes.map((node, position) => ({ ...node, x: xs[position], y: ys[position] }));
}

/** Where a party leads in a filter: its stored id, else its name. */
const partyRef = (party) => (party.actor_id !== null && party.actor_id !== undefined ? String(party.actor_id) : party.name);

const nodeRadius = (node) => Math.min(5 + 1.5 * Math.sqrt(node.events), 22);
const ALWAYS_LABELLED = 8; // the biggest nodes keep a label even where every side is crowded

/** The box a label of `width` pixels takes on one side of a node: right, left, above, below. */
function labelBoxes(node, width) {
  const radius = nodeRadius(node);
  return [
    { anchor: "start", x: node.x + radius + 3, y: node.y + 4, box: [node.x + radius + 2, node.y - LABEL_FONT + 2, node.x + radius + 4 + width, node.y + 5] },
    { anchor: "end", x: node.x - radius - 3, y: node.y + 4, box: [node.x - radius - 4 - width, node.y - LABEL_FONT + 2, node.x - radius - 2, node.y + 5] },
    { anchor: "middle", x: node.x, y: node.y - radius - 4, box: [node.x - width / 2 - 1, node.y - radius - LABEL_FONT - 4, node.x + width / 2 + 1, node.y - radius - 1] },
    { anchor: "middle", x: node.x, y: node.y + radius + LABEL_FONT, box: [node.x - width / 2 - 1, node.y + radius + 1, node.x + width / 2 + 1, node.y + radius + LABEL_FONT + 3] },
  ];
}

/**
 * Where each node's label goes: biggest nodes first, on the first side where it overlaps no
 * label already placed and no other node's circle; a node with no such side gets its label on
 * hover only (the biggest few take the right side against circles, never against labels).
 */
function placeLabels(placed) {
  const overlaps = (box, other) => box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3];
  const circles = placed.map((node) => {
    const radius = nodeRadius(node);
    return [node.key, [node.x - radius, node.y - radius, node.x + radius, node.y + radius]];
  });
  const boxes = [];
  const places = new Map();
  [...placed].sort((a, b) => b.events - a.events).forEach((node, rank) => {
    const sides = labelBoxes(node, node.party.name.length * CHARACTER_WIDTH);
    const free = sides.filter((side) => !boxes.some((other) => overlaps(side.box, other)));
    const clear = free.find((side) => !circles.some(([key, circle]) => key !== node.key && overlaps(side.box, circle)));
    const chosen = clear || (rank < ALWAYS_LABELLED ? free[0] : undefined);
    if (!chosen) return;
    boxes.push(chosen.box);
    places.set(node.key, chosen);
  });
  return places;
}

/**
 * The network of the `maxEdges` strongest links among `relations` (all of them when omitted).
 * `filters` are the view's event filters, kept in each edge's link to its events.
 */
export function networkChart(relations, { maxEdges = Infinity, filters = {} } = {}) {
  const graph = buildGraph(relations);
  const edges = graph.edges.slice(0, maxEdges);
  const used = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  const nodes = graph.nodes.filter((node) => used.has(node.key));
  const placed = layout(nodes, edges);
  const at = new Map(placed.map((node) => [node.key, node]));
  const svg = s("svg", {
    class: "network",
    role: "img",
    "aria-label": `Network of ${nodes.length} actors and ${edges.length} links`,
    dataset: { nodes: String(nodes.length), edges: String(edges.length), allEdges: String(graph.edges.length) },
  });
  const lines = s("g", { class: "edges" });
  for (const edge of edges) {
    const [a, b] = [at.get(edge.source), at.get(edge.target)];
    const total = edge.cooperation + edge.conflict;
    const title = `${a.party.name} – ${b.party.name}: ${edge.cooperation} cooperation, ${edge.conflict} conflict (click for the events)`;
    lines.append(
      s(
        "a",
        { href: href("/events", { ...filters, actor: partyRef(a.party), partner: partyRef(b.party) }), class: "edge", dataset: { stance: stanceOf(edge), events: String(total) } },
        s("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "hit" }), // a wide invisible line to click
        s("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: STANCE_COLOURS[stanceOf(edge)], "stroke-width": 1 + Math.log2(total) }),
        s("title", {}, title),
      ),
    );
  }
  svg.append(lines);
  const labels = placeLabels(placed);
  const circles = s("g", { class: "nodes" });
  // Unlabelled nodes first, so no circle is drawn over a label.
  const order = [...placed].sort((a, b) => Number(labels.has(a.key)) - Number(labels.has(b.key)));
  for (const node of order) {
    const radius = nodeRadius(node);
    const label = labels.get(node.key) || { anchor: "start", x: node.x + radius + 3, y: node.y + 4 };
    circles.append(
      s(
        "a",
        { href: partyHref(node.party), class: "node", dataset: { actor: node.party.name, labelled: String(labels.has(node.key)) } },
        s("circle", { cx: node.x, cy: node.y, r: radius }),
        s("text", { x: label.x, y: label.y, "text-anchor": label.anchor, class: labels.has(node.key) ? null : "on-hover" }, node.party.name),
        s("title", {}, `${node.party.name}${node.party.country ? ` (${node.party.country})` : ""}: ${node.events} events`),
      ),
    );
  }
  svg.append(circles);
  const camera = panZoom(svg, [0, 0, WIDTH, HEIGHT], { minWidth: WIDTH / 16 });
  const stances = { cooperation: "mostly cooperation", conflict: "mostly conflict", mixed: "as much of each" };
  const key = legend(
    Object.entries(STANCE_COLOURS).map(([stance, colour]) => [colour, stances[stance]]),
    "line width: events; click a line for its events, a node for its actor",
  );
  return h("figure", { class: "chart" }, camera.controls, svg, key);
}
