// The page's only door to the server: same-origin JSON, errors as ProblemDetails.

/** A failed call: the HTTP status and, when the server sent one, its ProblemDetails body. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem ?? null;
  }

  /** 404: the record is unknown, or the endpoint has not been deployed on this server yet. */
  get notFound() { return this.status === 404; }
}

/** Builds "/api/x?a=1" from a path and a parameter object, leaving out empty values. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && String(value) !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export async function getJson(path, params = {}, signal = undefined) {
  let response;
  try {
    response = await fetch(apiUrl(path, params), { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, { title: 'Không kết nối được máy chủ', detail: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.' });
  }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* a bare status is still an answer */ }
    throw new ApiError(response.status, problem);
  }
  return response.json();
}

const cache = new Map();

/** For small, slow-changing lists (the metric taxonomy): one request per page load, a 404 included. */
export function getJsonOnce(path) {
  if (!cache.has(path)) {
    const pending = getJson(path);
    // A transient failure is retried on the next view; "not deployed" is not asked again until a reload.
    pending.catch(error => { if (!error?.notFound) cache.delete(path); });
    cache.set(path, pending);
  }
  return cache.get(path);
}

/** Lists come bare or wrapped ({ items }, { metrics }, { rows } …); the page accepts either. */
export function listOf(body, ...names) {
  if (Array.isArray(body)) return body;
  for (const name of names) {
    if (Array.isArray(body?.[name])) return body[name];
  }
  return [];
}
