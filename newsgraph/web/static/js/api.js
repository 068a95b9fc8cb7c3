// The JSON API client: one fetch per call, errors carry the server's message.

export class ApiError extends Error {}

export async function api(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(name, value);
  }
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(body.detail || `${response.status} ${response.statusText}`);
  return body;
}

/** Every item of a paged list, following cursors, up to `max` items. */
export async function allItems(path, params = {}, max = 2000) {
  const items = [];
  let cursor = null;
  do {
    const page = await api(path, { ...params, limit: Math.min(500, max - items.length), cursor });
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor && items.length < max);
  return { items, truncated: Boolean(cursor) };
}
