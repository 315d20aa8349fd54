// The Gizmo console: a query editor with the README's examples, results as
// a table and, when they name entities, as a graph. Queries go to Cayley's
// /api/v2/query with the server's timeout and limit.
import { h, url } from './dom.js';
import { get, gizmo } from './api.js';
import { navigate } from './app.js';
import { loadCytoscape, graphStyle, place, download, toSVG } from './graph.js';

// The IRI prefixes of newsgraph's queries (graph.Prefixes).
const prefixes = [
  ['entity', 'https://w3id.org/newsgraph/entity/'], ['quote', 'https://w3id.org/newsgraph/quote/'],
  ['doc', 'https://w3id.org/newsgraph/doc/'], ['ng', 'https://w3id.org/newsgraph/vocab#'],
  ['schema', 'http://schema.org/'], ['prov', 'http://www.w3.org/ns/prov#'],
  ['rdf', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'], ['rdfs', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['xsd', 'http://www.w3.org/2001/XMLSchema#'],
];

// compact writes "<https://w3id.org/newsgraph/entity/x>" as "<entity:x>".
function compact(v) {
  if (typeof v !== 'string' || !v.startsWith('<') || !v.endsWith('>')) return v;
  const iri = v.slice(1, -1);
  for (const [p, ns] of prefixes) if (iri.startsWith(ns) && iri.length > ns.length) return `<${p}:${iri.slice(ns.length)}>`;
  return v;
}

// entityIDs returns the entity IDs of the IRIs in the results, as the API
// names them.
function entityIDs(results) {
  const ids = new Set();
  const visit = (v) => {
    if (typeof v === 'string' && v.startsWith('<') && v.endsWith('>')) {
      const iri = v.slice(1, -1);
      const ns = 'https://w3id.org/newsgraph/entity/';
      ids.add(iri.startsWith(ns) ? iri.slice(ns.length) : iri);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  results.forEach(visit);
  return [...ids];
}

let examples = null;

export async function consolePage(params) {
  if (!examples) {
    const resp = await fetch('/static/gizmo-examples.json');
    examples = await resp.json();
  }
  const editor = h('textarea', { id: 'gizmo', spellcheck: 'false', 'aria-label': 'Gizmo query', 'aria-describedby': 'gizmo-help' });
  editor.value = params.get('q') || examples[0].query;
  const pick = h('select', { 'aria-label': 'Examples' }, h('option', { value: '' }, 'Examples from the README…'),
    examples.map((x, i) => h('option', { value: i }, x.title)));
  pick.addEventListener('change', () => {
    if (pick.value !== '') editor.value = examples[Number(pick.value)].query;
    editor.focus();
  });
  const out = h('div', { id: 'gizmo-out', 'aria-live': 'polite' });
  const run = async () => {
    const q = editor.value;
    if (q !== (params.get('q') || '')) history.replaceState(null, '', url('/console', { q }));
    out.replaceChildren(h('p', { class: 'status' }, 'Running…'));
    try {
      const results = await gizmo(q);
      out.replaceChildren(await resultsNode(results));
    } catch (err) {
      out.replaceChildren(h('p', { class: 'error', role: 'alert' }, err.message));
    }
  };
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });
  const page = h('div', { class: 'console' },
    h('h1', null, 'Gizmo console'),
    h('p', { class: 'lead', id: 'gizmo-help' }, 'Cayley’s JavaScript query language, with <entity:…>, <ng:…> and the other prefixes of the README. Ctrl+Enter runs the query; it has the server’s time and result limits.'),
    h('div', { class: 'actions' }, pick), editor,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', id: 'gizmo-run', onclick: run }, 'Run')),
    out);
  if (params.get('q')) page.onshow = run;
  return page;
}

// resultsNode shows results as a table (one column per tag, or one for
// plain values) and, when they name entities the explorer knows, as a
// graph of those entities and the facts between them.
async function resultsNode(results) {
  const rows = results.map((r) => (r && typeof r === 'object' && !Array.isArray(r) ? r : { result: r }));
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v) => {
    const c = compact(v);
    if (typeof c === 'string' && c.startsWith('<entity:')) {
      return h('a', { href: '/entity?id=' + encodeURIComponent(c.slice(8, -1)) }, c);
    }
    return typeof c === 'object' ? JSON.stringify(c) : String(c);
  };
  const node = h('div', null,
    h('p', { class: 'count', role: 'status' }, `${results.length} result${results.length === 1 ? '' : 's'}`),
    h('div', { class: 'table-wrap' }, h('table', { id: 'gizmo-table' },
      h('thead', null, h('tr', null, cols.map((c) => h('th', null, c)))),
      h('tbody', null, rows.map((r) => h('tr', null, cols.map((c) => h('td', null, c in r ? cell(r[c]) : ''))))))));
  const ids = entityIDs(results).slice(0, 500);
  if (ids.length === 0) return node;
  const g = await get('subgraph', { id: ids });
  if (g.nodes.length === 0) return node;
  await loadCytoscape();
  const canvas = h('div', { id: 'console-graph', role: 'img', 'aria-label': `Graph of the ${g.nodes.length} entities of the results` });
  const svg = h('button', { type: 'button' }, 'SVG');
  const png = h('button', { type: 'button' }, 'PNG');
  node.append(h('h2', null, 'As a graph'), h('div', { class: 'actions' }, h('span', { class: 'count' }, 'Export:'), png, svg), canvas);
  // Draw once the canvas is in the page.
  requestAnimationFrame(async () => {
    const cy = await place(canvas, g, graphStyle(Math.max(1, ...g.edges.map((e) => e.weight))), {}, () => {});
    canvas.cy = cy;
    canvas.dataset.nodes = String(cy.nodes().length);
    cy.on('tap', 'node', (evt) => navigate('/entity?id=' + encodeURIComponent(evt.target.id())));
    png.onclick = () => download(cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }), 'gizmo.png');
    svg.onclick = () => download(new Blob([toSVG(cy)], { type: 'image/svg+xml' }), 'gizmo.svg');
  });
  return node;
}
