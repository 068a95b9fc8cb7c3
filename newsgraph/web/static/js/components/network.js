// The actor network: nodes are actors, edges count the events between two actors (either
// direction), coloured by whether cooperation or conflict dominates. Laid out by a small
// deterministic force simulation, so the same data always draws the same picture.

import { STANCE_COLOURS } from "../colours.js";
import { h, legend, s } from "../dom.js";
import { partyHref } from "../routes.js";

const WIDTH = 960;
const HEIGHT = 600;

// A stored actor by its id; an unresolved party by its name, country and kind together
// (Russian and Ukrainian "soldiers" are two nodes), as the API groups relations.
const nodeKey = (party) =>
  party.actor_id !== null && party.actor_id !== undefined
    ? `id:${party.actor_id}`
    : `party:${party.name}|${party.country || ""}|${party.kind || ""}`;

/** Nodes and undirected edges from the API's directed relations. */
export function buildGraph(relations) {
  const nodes = new Map();
  const edges = new Map();
  for (const relation of relations) {
    const ends = [relation.source, relation.target].map((party) => {
      const key = nodeKey(party);
      if (!nodes.has(key)) nodes.set(key, { key, party, events: 0 });
      const node = nodes.get(key);
      node.events += relation.cooperation + relation.conflict;
      return key;
    });
    const edgeKey = [...ends].sort().join("|");
    if (!edges.has(edgeKey)) edges.set(edgeKey, { source: ends[0], target: ends[1], cooperation: 0, conflict: 0 });
    const edge = edges.get(edgeKey);
    edge.cooperation += relation.cooperation;
    edge.conflict += relation.conflict;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
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

export function networkChart(relations) {
  const { nodes, edges } = buildGraph(relations);
  const placed = layout(nodes, edges);
  const at = new Map(placed.map((node) => [node.key, node]));
  const svg = s("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: "network",
    role: "img",
    "aria-label": `Network of ${nodes.length} actors and ${edges.length} links`,
    dataset: { nodes: String(nodes.length), edges: String(edges.length) },
  });
  const lines = s("g", { class: "edges" });
  for (const edge of edges) {
    const [a, b] = [at.get(edge.source), at.get(edge.target)];
    const total = edge.cooperation + edge.conflict;
    lines.append(
      s(
        "line",
        {
          x1: a.x, y1: a.y, x2: b.x, y2: b.y,
          stroke: STANCE_COLOURS[stanceOf(edge)],
          "stroke-width": 1 + Math.log2(total),
          dataset: { stance: stanceOf(edge), events: String(total) },
        },
        s("title", {}, `${a.party.name} – ${b.party.name}: ${edge.cooperation} cooperation, ${edge.conflict} conflict`),
      ),
    );
  }
  svg.append(lines);
  const circles = s("g", { class: "nodes" });
  for (const node of placed) {
    const radius = 5 + 2 * Math.sqrt(node.events);
    circles.append(
      s(
        "a",
        { href: partyHref(node.party), class: "node", dataset: { actor: node.party.name } },
        s("circle", { cx: node.x, cy: node.y, r: radius }),
        s("text", { x: node.x + radius + 3, y: node.y + 4 }, node.party.name),
        s("title", {}, `${node.party.name}${node.party.country ? ` (${node.party.country})` : ""}: ${node.events} events`),
      ),
    );
  }
  svg.append(circles);
  const labels = { cooperation: "mostly cooperation", conflict: "mostly conflict", mixed: "as much of each" };
  const key = legend(Object.entries(STANCE_COLOURS).map(([stance, colour]) => [colour, labels[stance]]));
  return h("figure", { class: "chart" }, svg, key);
}
