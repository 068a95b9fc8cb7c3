// Building the dashboard's own URLs (always encoded; ids and names come from the data).

export function href(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(name, value);
  }
  const text = query.toString();
  return `#${path}${text ? `?${text}` : ""}`;
}

export const eventHref = (id) => href(`/event/${encodeURIComponent(id)}`);
export const articleHref = (id) => href(`/article/${encodeURIComponent(id)}`);
export const actorHref = (id) => href(`/actor/${encodeURIComponent(id)}`);
export const storyHref = (id) => href(`/story/${encodeURIComponent(id)}`);

/** Where a click on an event party leads: its actor page, or the events naming it. */
export function partyHref(party) {
  if (!party) return null;
  return party.actor_id !== null && party.actor_id !== undefined
    ? actorHref(party.actor_id)
    : href("/events", { actor: party.name });
}

export const EVENT_FILTERS = ["type", "actor", "partner", "country", "since", "until", "bbox", "near", "min_confidence", "story"];

export function eventFilters(params) {
  return Object.fromEntries(EVENT_FILTERS.filter((name) => params[name]).map((name) => [name, params[name]]));
}
