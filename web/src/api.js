// Thin client for the Entente HTTP API (see src/server/api.h for the shapes).

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error ? `${body.error}${body.parameter ? ` (${body.parameter})` : ""}` : `HTTP ${status}`);
    this.status = status;
    this.parameter = body && body.parameter;
  }
}

// GET path with query parameters (empty values are left out); resolves to JSON.
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

// A span given as {begin,end}, [begin,end] or {start,end}; null when absent or empty.
export function spanOf(value) {
  if (!value) return null;
  if (Array.isArray(value) && value.length === 2) return { begin: +value[0], end: +value[1] };
  if (value.span) return spanOf(value.span);
  const begin = value.begin ?? value.start;
  const end = value.end;
  if (begin === undefined || end === undefined || end <= begin) return null;
  return { begin: +begin, end: +end };
}
