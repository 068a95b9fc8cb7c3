// Zoom and pan for an SVG chart whose viewBox is the camera: the wheel zooms about the pointer,
// a drag pans, and buttons zoom in, out and back. The map and the network share it, so both
// answer the same gestures.

import { h } from "../dom.js";

const DRAG_SLOP = 4; // screen pixels a press may move and still count as a click

/**
 * Attach zoom and pan to `svg`, starting at `home` ([x, y, width, height] in drawing units).
 * `onChange(view)` runs (once per animation frame) after every move, so a chart can redraw what
 * depends on the zoom. Returns the controls to place next to the chart and a `zoomTo(view)`.
 */
export function panZoom(svg, home, { minWidth = home[2] / 64, maxWidth = home[2], onChange = () => {} } = {}) {
  const aspect = home[3] / home[2];
  let view = [...home];
  let pending = false;

  function place(next) {
    const width = Math.min(Math.max(next[2], minWidth), maxWidth);
    const centreX = next[0] + next[2] / 2;
    const centreY = next[1] + next[3] / 2;
    view = [centreX - width / 2, centreY - (width * aspect) / 2, width, width * aspect];
    svg.setAttribute("viewBox", view.map((value) => value.toFixed(2)).join(" "));
    svg.dataset.zoom = (home[2] / width).toFixed(2);
  }

  function apply(next) {
    place(next);
    if (!pending) {
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        onChange(view);
      });
    }
  }

  /** The drawing point under a client (screen) position. */
  function pointAt(clientX, clientY) {
    const box = svg.getBoundingClientRect();
    return [view[0] + ((clientX - box.left) / box.width) * view[2], view[1] + ((clientY - box.top) / box.height) * view[3]];
  }

  function zoomAbout([x, y], factor) {
    const width = Math.min(Math.max(view[2] / factor, minWidth), maxWidth);
    const ratio = width / view[2];
    apply([x - (x - view[0]) * ratio, y - (y - view[1]) * ratio, width, width * aspect]);
  }

  svg.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      zoomAbout(pointAt(event.clientX, event.clientY), Math.exp(-event.deltaY * 0.002));
    },
    { passive: false },
  );

  let drag = null;
  svg.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, view: [...view], moved: false };
  });
  svg.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_SLOP) return;
    if (!drag.moved) svg.setPointerCapture(event.pointerId);
    drag.moved = true;
    const box = svg.getBoundingClientRect();
    const [x, y, width, height] = drag.view;
    apply([x - (dx / box.width) * width, y - (dy / box.height) * height, width, height]);
  });
  const release = () => {
    if (drag && drag.moved) {
      // The click that ends a drag must not follow the link under the pointer; a drag that ends
      // off the chart fires no click, so the guard is gone before the next real one.
      const swallow = (event) => { event.preventDefault(); event.stopPropagation(); };
      svg.addEventListener("click", swallow, { capture: true, once: true });
      setTimeout(() => svg.removeEventListener("click", swallow, { capture: true }), 0);
    }
    drag = null;
  };
  svg.addEventListener("pointerup", release);
  svg.addEventListener("pointercancel", () => { drag = null; });

  const centre = () => [view[0] + view[2] / 2, view[1] + view[3] / 2];
  const controls = h(
    "div",
    { class: "zoom-controls", role: "group", "aria-label": "Zoom" },
    h("button", { type: "button", title: "Zoom in", dataset: { zoom: "in" }, onclick: () => zoomAbout(centre(), 2) }, "+"),
    h("button", { type: "button", title: "Zoom out", dataset: { zoom: "out" }, onclick: () => zoomAbout(centre(), 0.5) }, "−"),
    h("button", { type: "button", title: "Whole view", dataset: { zoom: "home" }, onclick: () => apply(home) }, "⟲"),
    h("span", { class: "muted" }, " wheel to zoom, drag to pan"),
  );
  // The first view is placed, not a move: the chart draws it itself, so nothing it drew is
  // replaced a frame later (a reader holding those elements would hold stale ones).
  place(home);
  return { controls, zoomTo: apply, view: () => view };
}
