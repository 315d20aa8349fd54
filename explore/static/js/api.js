// The explorer's JSON API (/api/v1/) and Gizmo (/api/v2/query).
import { url } from './dom.js';

// An APIError is an answer other than 200, with the server's message and
// the parameter it names.
export class APIError extends Error {
  constructor(status, message, parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// get fetches /api/v1/<name> with params. While the server reads the graph
// (503 with Retry-After) it waits and asks again, up to two minutes;
// onWait is told how long it has waited.
export async function get(name, params, onWait) {
  const started = Date.now();
  for (;;) {
    const resp = await fetch(url('/api/v1/' + name, params), { headers: { Accept: 'application/json' } });
    let body;
    try {
      body = await resp.json();
    } catch {
      throw new APIError(resp.status, `the server answered ${resp.status} without JSON`);
    }
    if (resp.ok) return body;
    const retry = Number(resp.headers.get('Retry-After'));
    if (resp.status === 503 && retry > 0 && Date.now() - started < 120000) {
      if (onWait) onWait(body.error);
      await sleep(retry * 1000);
      continue;
    }
    throw new APIError(resp.status, body.error || `the server answered ${resp.status}`, body.parameter);
  }
}

// gizmo runs a Gizmo query and returns its results; a query that fails
// throws an APIError with the server's message.
export async function gizmo(query) {
  const resp = await fetch('/api/v2/query?lang=gizmo', {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain; charset=utf-8', Accept: 'application/json' },
    body: query,
  });
  let body;
  try {
    body = await resp.json();
  } catch {
    throw new APIError(resp.status, `the server answered ${resp.status} without JSON`);
  }
  if (!resp.ok || body.error) throw new APIError(resp.status, body.error || `the server answered ${resp.status}`);
  return body.result || [];
}
