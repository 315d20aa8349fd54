// The graph view: the neighbourhood of an entity (or the best-connected
// entities), drawn with Cytoscape.js, with the filters of `newsgraph
// export`, grown by clicking nodes, and exported as what it shows.
import { h, url } from './dom.js';
import { get } from './api.js';
import { predicateText, plural, typeBadge, factBadges, entityLink, docLink, day, sentenceNode } from './words.js';
import { navigate } from './app.js';

// The libraries, loaded when a graph is first drawn: most pages need
// none of them.
const vendor = ['/static/vendor/cytoscape.min.js', '/static/vendor/layout-base.js', '/static/vendor/cose-base.js', '/static/vendor/cytoscape-fcose.js'];
let loaded = null;

export function loadCytoscape() {
  if (!loaded) {
    loaded = vendor.reduce((p, src) => p.then(() => new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(new Error('could not load ' + src));
      document.head.append(s);
    })), Promise.resolve());
  }
  return loaded;
}

// Colours and shapes by type, as in the DOT export.
export const typeStyle = {
  Person: { color: '#a6cee3', border: '#3f88b5', shape: 'ellipse' },
  Organization: { color: '#b2df8a', border: '#5f9e2f', shape: 'round-rectangle' },
  Place: { color: '#fdbf6f', border: '#d68a1a', shape: 'round-triangle' },
  Event: { color: '#fb9a99', border: '#d0504d', shape: 'round-diamond' },
  Quotation: { color: '#ffffb3', border: '#b8a900', shape: 'round-tag' },
  Thing: { color: '#dddddd', border: '#888888', shape: 'ellipse' },
};

// graphStyle is the Cytoscape style sheet; maxWeight scales edge widths.
export function graphStyle(maxWeight) {
  const s = [
    { selector: 'node', style: {
      label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 140,
      'text-outline-color': '#ffffff', 'text-outline-width': 2, color: '#1d2430', 'min-zoomed-font-size': 7,
      width: 'mapData(docs, 1, 30, 18, 46)', height: 'mapData(docs, 1, 30, 18, 46)', 'border-width': 1.5,
    } },
    { selector: 'node[hops = 0]', style: { 'border-width': 4, 'font-weight': 'bold' } },
    { selector: 'node:selected', style: { 'border-color': '#f0a000', 'border-width': 5 } },
    { selector: 'edge', style: {
      width: `mapData(weight, 1, ${Math.max(2, maxWeight)}, 1.2, 8)`, 'line-color': '#8a96a6', 'target-arrow-color': '#8a96a6',
      'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.9, label: 'data(label)', 'font-size': 9,
      color: '#45505e', 'text-rotation': 'autorotate', 'text-outline-color': '#ffffff', 'text-outline-width': 2, 'min-zoomed-font-size': 9,
    } },
    { selector: 'edge[?negated]', style: { 'line-color': '#d7301f', 'target-arrow-color': '#d7301f', 'line-style': 'dashed', color: '#b3261e' } },
    { selector: 'edge[?modal]', style: { 'line-style': 'dotted' } },
    { selector: 'edge:selected', style: { 'line-color': '#f0a000', 'target-arrow-color': '#f0a000' } },
  ];
  for (const [t, st] of Object.entries(typeStyle)) {
    s.push({ selector: `node[type = "${t}"]`, style: { 'background-color': st.color, 'border-color': st.border, shape: st.shape } });
  }
  return s;
}

// elements turns a view of the API into Cytoscape elements.
export function elements(g) {
  const nodes = g.nodes.map((n) => ({ group: 'nodes', data: { id: n.id, label: n.name, type: n.type, docs: n.documents, hops: n.hops } }));
  const edges = g.edges.map((e) => ({ group: 'edges', data: {
    id: e.id, source: e.source, target: e.target, label: predicateText(e.predicate), predicate: e.predicate,
    weight: e.weight, docs: e.documents, negated: e.negated, modal: (e.modality || []).length > 0,
  } }));
  return [...nodes, ...edges];
}

// layout returns the layout for n nodes: force-directed (fcose, whose
// spectral start keeps a few thousand nodes to a second or two) up to
// 5,000; rings by distance from the centre, or a grid, beyond.
export function layout(n, hasCenter) {
  if (n > 5000) return hasCenter ? { name: 'concentric', concentric: (node) => 10 - Math.max(0, node.data('hops')), levelWidth: () => 1, animate: false } : { name: 'grid', animate: false };
  // From workerNodes on, the worker lays out each component on its own.
  return { name: 'fcose', quality: 'default', animate: false, randomize: true, nodeRepulsion: 6000, idealEdgeLength: 90,
    packComponents: true, padding: 30 };
}

// workerNodes is the size of a graph from which the layout runs in a
// worker, so that the page answers while it runs.
const workerNodes = 300;

// place draws the view: its layout computed on the page for small graphs,
// in a worker for large ones (the page shows the nodes once placed).
export async function place(container, g, style, opts, onStatus) {
  const els = elements(g);
  const lay = layout(g.nodes.length, !!g.center);
  let positions = null;
  if (g.nodes.length >= workerNodes && lay.name === 'fcose') {
    onStatus(`Placing ${plural(g.nodes.length, 'entity', 'entities')}…`);
    positions = await new Promise((resolve, reject) => {
      const w = new Worker('/static/js/layout-worker.js');
      w.onmessage = (e) => { w.terminate(); if (e.data.error) reject(new Error(e.data.error)); else resolve(e.data.positions); };
      w.onerror = (e) => { w.terminate(); reject(new Error(e.message)); };
      w.postMessage({ elements: els, layout: lay });
    });
  }
  if (positions) separate(els, positions);
  return window.cytoscape({
    container, elements: els, style, minZoom: 0.05, maxZoom: 2.5, pixelRatio: 1, ...opts,
    layout: positions ? { name: 'preset', positions: (n) => positions[n.id()], fit: true, padding: 30 } : lay,
  });
}

// nodeSize is a node's drawn width for its count of documents (the
// style's mapData(docs, 1, 30, 18, 46)).
function nodeSize(docs) {
  const d = Math.min(30, Math.max(1, docs || 1));
  return 18 + (d - 1) * 28 / 29;
}

// separate moves apart the ends of an edge that a layout left overlapping:
// an edge between overlapping nodes has no endpoints to draw (Cytoscape
// warns and skips it), so the target is pushed out along the line between
// them, or to the right when they coincide.
function separate(els, positions) {
  const size = {};
  for (const el of els) if (el.group === 'nodes') size[el.data.id] = nodeSize(el.data.docs);
  for (const el of els) {
    if (el.group !== 'edges' || el.data.source === el.data.target) continue;
    const a = positions[el.data.source], b = positions[el.data.target];
    if (!a || !b) continue;
    const need = (size[el.data.source] + size[el.data.target]) / 2 + 4;
    let dx = b.x - a.x, dy = b.y - a.y;
    const d = Math.hypot(dx, dy);
    if (d >= need) continue;
    if (d < 1e-6) { dx = 1; dy = 0; } else { dx /= d; dy /= d; }
    positions[el.data.target] = { x: a.x + dx * need, y: a.y + dy * need };
  }
}

const filterKeys = ['id', 'hops', 'min_docs', 'since', 'until', 'limit'];
const listKeys = ['expand', 'predicates', 'types'];

// viewParams returns the view's parameters from the URL: lists as arrays.
function viewParams(params) {
  const v = {};
  for (const k of filterKeys) {
    const x = params.get(k);
    if (x !== null && x !== '') v[k] = x;
  }
  for (const k of listKeys) {
    const xs = params.getAll(k).filter(Boolean);
    if (xs.length) v[k] = xs;
  }
  return v;
}

// defaultTypes are the types a view shows when the URL names none:
// quotations crowd a drawing, and their page is their speaker's.
const defaultTypes = ['Person', 'Organization', 'Place', 'Event', 'Thing'];

export async function graphPage(params, wait) {
  const v = viewParams(params);
  const shown = { ...v, types: v.types || defaultTypes };
  const [overview, g] = await Promise.all([get('overview', null, wait), get('neighbourhood', shown, wait), loadCytoscape()]);
  const center = g.nodes.find((n) => n.id === g.center);
  const side = h('aside', { class: 'side', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Click a node to grow the graph from it, an edge to read its evidence.'));
  const canvas = h('div', { id: 'cy', role: 'img', 'aria-label': `Graph of ${g.nodes.length} entities and ${g.edges.length} facts; the table below lists them` });
  const expanded = new Set(v.expand || []);
  const go = (next) => navigate(url('/graph', next));
  const grow = (id) => {
    if (!v.id) { go({ ...v, id, expand: [] }); return; }
    if (id === v.id || expanded.has(id)) return;
    go({ ...v, expand: [...expanded, id] });
  };

  const page = h('div', { class: 'graph-page' },
    h('h1', null, center ? ['Around ', center.name] : 'The best-connected entities'),
    h('p', { class: 'status', role: 'status', id: 'graph-status' },
      `${plural(g.nodes.length, 'entity', 'entities')} and ${plural(g.edges.length, 'fact')}`,
      g.truncated ? ` (the ${g.nodes.length} most connected of ${g.total}: filter, or raise the limit)` : '', '.'),
    h('div', { class: 'graph-wrap' }, canvas,
      h('div', { class: 'side-col' }, side, h('details', { class: 'filter-box', open: true }, h('summary', null, 'Filters'), filterForm(overview, shown, go)))),
    exportBar(shown, () => cy),
    legend(),
    nodeTable(g, v, grow));

  let cy = null;
  page.onshow = async () => {
    const t0 = performance.now();
    const status = page.querySelector('#graph-status');
    const said = status.textContent;
    try {
      cy = await place(canvas, g, graphStyle(Math.max(1, ...g.edges.map((e) => e.weight))),
        { hideEdgesOnViewport: g.edges.length > 3000, textureOnViewport: g.nodes.length > 1500 }, (msg) => { status.textContent = msg; });
    } catch (err) {
      status.textContent = 'The graph could not be drawn: ' + err.message;
      return;
    }
    status.textContent = said;
    if (!canvas.isConnected) return; // the user went on meanwhile
    canvas.cy = cy; // for tests and the console of a curious user
    canvas.dataset.ms = String(Math.round(performance.now() - t0)); // drawing and layout
    canvas.dataset.nodes = String(cy.nodes().length);
    canvas.dataset.edges = String(cy.edges().length);
    cy.on('tap', 'node', (evt) => {
      const n = evt.target;
      showNode(side, n.data(), v, grow);
      grow(n.id());
    });
    cy.on('tap', 'edge', (evt) => showEdge(side, g.edges.find((e) => e.id === evt.target.id())));
  };
  return page;
}

function filterForm(overview, v, go) {
  const preds = new Set(v.predicates || []);
  const types = new Set(v.types || []);
  const predSelect = h('select', { name: 'predicates', multiple: true, 'aria-describedby': 'pred-help' },
    overview.predicates.map((p) => h('option', { value: p.name, selected: preds.has(p.name) }, `${predicateText(p.name)} (${p.count})`)));
  const hops = h('select', { name: 'hops' }, [1, 2].map((n) => h('option', { value: n, selected: String(n) === (v.hops || '1') }, n)));
  const minDocs = h('input', { name: 'min_docs', type: 'number', min: 0, value: v.min_docs || '' });
  const since = h('input', { name: 'since', type: 'date', value: v.since || '', min: overview.dates.first || null, max: overview.dates.last || null });
  const until = h('input', { name: 'until', type: 'date', value: v.until || '', min: overview.dates.first || null, max: overview.dates.last || null });
  const limit = h('input', { name: 'limit', type: 'number', min: 1, max: 5000, value: v.limit || 300 });
  const typeBoxes = Object.keys(typeStyle).map((t) => h('label', null, h('input', { type: 'checkbox', name: 'types', value: t, checked: types.has(t) }), t));
  const form = h('form', { class: 'filters', 'aria-label': 'Filters' },
    h('label', null, 'Relations', predSelect, h('span', { id: 'pred-help', class: 'visually-hidden' }, 'none selected: all relations')),
    h('fieldset', null, h('legend', null, 'Entity types (none: all)'), typeBoxes),
    v.id ? h('label', null, 'Hops', hops) : null,
    h('label', null, 'At least … documents', minDocs),
    h('label', null, 'Published from', since),
    h('label', null, 'to', until),
    h('label', null, 'At most … nodes', limit),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Apply'),
      h('button', { type: 'button', onclick: () => go({ id: v.id }) }, 'Clear')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go({
      id: v.id, expand: v.expand, hops: v.id ? hops.value : '',
      predicates: [...predSelect.selectedOptions].map((o) => o.value),
      types: typeBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value),
      min_docs: minDocs.value, since: since.value, until: until.value, limit: limit.value === '300' ? '' : limit.value,
    });
  });
  return form;
}

function legend() {
  return h('ul', { class: 'legend', 'aria-label': 'Legend' },
    Object.keys(typeStyle).map((t) => h('li', null, typeBadge(t))),
    h('li', { class: 'count' }, 'red dashed: negated · dotted: planned, expected, reported or possible · width: evidence sentences'));
}

function exportBar(v, getCy) {
  const link = (format, label) => h('a', { class: 'button', href: url('/api/v1/export', { ...v, format }), download: '' }, label);
  const name = 'newsgraph-' + (v.id || 'graph');
  return h('div', { class: 'actions', role: 'group', 'aria-label': 'Export this view' },
    h('span', { class: 'count' }, 'Export this view:'),
    link('graphml', 'GraphML'), link('jsonld', 'JSON-LD'), link('csv', 'CSV'),
    h('button', { type: 'button', class: 'export-png', onclick: () => getCy() && download(getCy().png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }), name + '.png') }, 'PNG'),
    h('button', { type: 'button', class: 'export-svg', onclick: () => getCy() && download(new Blob([toSVG(getCy())], { type: 'image/svg+xml' }), name + '.svg') }, 'SVG'));
}

// download saves blob as a file named name.
export function download(blob, name) {
  const a = h('a', { href: URL.createObjectURL(blob), download: name, hidden: true });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

function showNode(side, d, v, grow) {
  side.replaceChildren(
    h('h2', null, d.label), typeBadge(d.type),
    h('p', { class: 'count' }, plural(d.docs, 'document')),
    h('div', { class: 'actions' },
      h('a', { class: 'button', href: '/entity?id=' + encodeURIComponent(d.id) }, 'Open its page'),
      h('a', { class: 'button', href: url('/graph', { id: d.id }) }, 'Centre the graph on it')));
}

async function showEdge(side, e) {
  if (!e) return;
  side.replaceChildren(h('h2', null, predicateText(e.predicate)), ...factBadges(e.negated, e.modality),
    h('p', { class: 'count' }, `${plural(e.documents, 'document')}, weight ${e.weight}`), h('p', { class: 'status' }, 'Loading…'));
  const ev = await get('evidence', { s: e.source, p: e.predicate, o: e.target, limit: 20 });
  side.replaceChildren(
    h('h2', null, entityLink(ev.subject), ' ', predicateText(ev.predicate), ' ', entityLink(ev.object)), ...factBadges(ev.negated, ev.modality),
    h('p', { class: 'count' }, `${plural(ev.documents, 'document')}, weight ${ev.weight}`),
    h('ul', { class: 'plain' }, ev.items.map((it) => h('li', null, h('blockquote', null, sentenceNode(it.sentence)),
      h('div', { class: 'count' }, it.document ? [day(it.document.published), ' ', docLink(it.document, it.sentence.start)] : '')))),
    ev.truncated ? h('p', { class: 'count' }, `and ${ev.total - ev.items.length} more`) : null);
}

// nodeTable lists the view's entities, for keyboards and screen readers:
// each can be opened or grown from.
function nodeTable(g, v, grow) {
  const rows = g.nodes.map((n) => h('tr', null,
    h('td', null, entityLink(n)), h('td', null, typeBadge(n.type)), h('td', null, n.documents),
    h('td', null, n.hops >= 0 ? n.hops : ''),
    h('td', null, h('button', { type: 'button', class: 'grow', 'data-id': n.id, onclick: () => grow(n.id), 'aria-label': 'Grow the graph from ' + n.name }, 'Grow'))));
  return h('details', { class: 'node-table' }, h('summary', null, `The ${plural(g.nodes.length, 'entity', 'entities')} of this view`),
    h('div', { class: 'table-wrap' }, h('table', null,
      h('thead', null, h('tr', null, h('th', null, 'Entity'), h('th', null, 'Type'), h('th', null, 'Documents'), h('th', null, 'Hops'), h('th', null, ''))),
      h('tbody', null, rows))));
}

// toSVG draws the graph as Cytoscape shows it, as SVG: lines for edges
// (red and dashed when negated), shapes coloured by type, labels.
export function toSVG(cy) {
  const bb = cy.elements().boundingBox({ includeLabels: true });
  const pad = 20;
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${bb.x1 - pad} ${bb.y1 - pad} ${bb.w + 2 * pad} ${bb.h + 2 * pad}" font-family="sans-serif">`,
    '<defs><marker id="a" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="context-stroke"/></marker></defs>',
    `<rect x="${bb.x1 - pad}" y="${bb.y1 - pad}" width="${bb.w + 2 * pad}" height="${bb.h + 2 * pad}" fill="#ffffff"/>`];
  cy.edges().forEach((e) => {
    const s = e.sourceEndpoint(), t = e.targetEndpoint();
    const neg = e.data('negated');
    const color = neg ? '#d7301f' : '#8a96a6';
    const dash = neg ? ' stroke-dasharray="6 4"' : e.data('modal') ? ' stroke-dasharray="2 3"' : '';
    out.push(`<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="${color}" stroke-width="${parseFloat(e.style('width'))}"${dash} marker-end="url(#a)"><title>${esc(e.data('label'))}</title></line>`);
    const m = e.midpoint();
    out.push(`<text x="${m.x}" y="${m.y}" font-size="9" fill="#45505e" text-anchor="middle" stroke="#ffffff" stroke-width="2" paint-order="stroke">${esc(e.data('label'))}</text>`);
  });
  cy.nodes().forEach((n) => {
    const p = n.position(), w = n.width(), ht = n.height();
    const st = typeStyle[n.data('type')] || typeStyle.Thing;
    const fill = `fill="${st.color}" stroke="${st.border}" stroke-width="${n.data('hops') === 0 ? 4 : 1.5}"`;
    if (st.shape === 'ellipse') out.push(`<ellipse cx="${p.x}" cy="${p.y}" rx="${w / 2}" ry="${ht / 2}" ${fill}/>`);
    else if (st.shape === 'round-rectangle' || st.shape === 'round-tag') out.push(`<rect x="${p.x - w / 2}" y="${p.y - ht / 2}" width="${w}" height="${ht}" rx="4" ${fill}/>`);
    else if (st.shape === 'round-diamond') out.push(`<polygon points="${p.x},${p.y - ht / 2} ${p.x + w / 2},${p.y} ${p.x},${p.y + ht / 2} ${p.x - w / 2},${p.y}" ${fill}/>`);
    else out.push(`<polygon points="${p.x},${p.y - ht / 2} ${p.x + w / 2},${p.y + ht / 2} ${p.x - w / 2},${p.y + ht / 2}" ${fill}/>`);
    out.push(`<text x="${p.x}" y="${p.y + ht / 2 + 12}" font-size="11" text-anchor="middle" fill="#1d2430" stroke="#ffffff" stroke-width="2" paint-order="stroke">${esc(n.data('label'))}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}
