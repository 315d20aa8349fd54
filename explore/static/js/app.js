// The explorer: one page that shows the view its URL names. Links between
// views change the URL with the History API, so that every view can be
// shared and bookmarked and the back button works.
import { h, url } from './dom.js';
import { get, APIError } from './api.js';
import { predicateText, relationHeading, plural, typeBadge, factBadges, entityLink, docLink, day, sentenceNode } from './words.js';
import { graphPage } from './graph.js';
import { consolePage } from './console.js';

const main = document.getElementById('main');

// A page returns the node to show for the URL's query; it may be async.
const routes = {
  '/': homePage,
  '/search': searchPage,
  '/entity': entityPage,
  '/document': documentPage,
  '/graph': graphPage,
  '/agreement': agreementPage,
  '/conflicts': conflictsPage,
  '/console': consolePage,
};

let renderCount = 0;

// render shows the view of the current URL.
async function render(focus) {
  const n = ++renderCount;
  shown = location.pathname + location.search;
  const page = routes[location.pathname];
  for (const a of document.querySelectorAll('nav a')) {
    if (a.getAttribute('href') === location.pathname) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  main.setAttribute('aria-busy', 'true');
  const status = h('p', { class: 'status', role: 'status' }, 'Loading…');
  main.replaceChildren(status);
  let node;
  try {
    if (!page) throw new APIError(404, 'There is no page ' + location.pathname + '.');
    node = await page(new URLSearchParams(location.search), (msg) => { status.textContent = msg; });
  } catch (err) {
    node = errorNode(err);
  }
  if (n !== renderCount) return; // a later navigation won
  main.replaceChildren(node);
  main.removeAttribute('aria-busy');
  const h1 = main.querySelector('h1');
  document.title = (h1 ? h1.textContent + ' – ' : '') + 'newsgraph';
  if (location.hash) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
      return;
    }
  }
  if (focus) main.focus({ preventScroll: true });
  if (node.onshow) node.onshow();
}

function errorNode(err) {
  const msg = err instanceof APIError ? err.message : 'Something went wrong: ' + err.message;
  return h('div', null, h('h1', null, err.status === 404 ? 'Not found' : 'Error'), h('p', { class: 'error', role: 'alert' }, msg));
}

// navigate shows the view of href, adding it to the history.
export function navigate(href, replace) {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.scrollTo(0, 0);
  render(true);
}

document.addEventListener('click', (e) => {
  const a = e.target.closest('a[href]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if (a.origin !== location.origin || a.hasAttribute('download') || a.target || !routes[a.pathname]) return;
  if (a.pathname === location.pathname && a.search === location.search && a.hash) return; // an anchor on this page
  e.preventDefault();
  navigate(a.pathname + a.search + a.hash);
});
// The page shown: a change of the hash alone (the skip link, a sentence
// of a document) moves within it and shows nothing new.
let shown = '';
window.addEventListener('popstate', () => {
  if (location.pathname + location.search === shown) return;
  render(true);
});

// ---------------------------------------------------------------------
// The search box: suggestions as you type, a listbox driven by the keys.

const input = document.getElementById('q');
const list = document.getElementById('suggestions');
let suggestions = [];
let active = -1;
let typed = 0;

function closeSuggestions() {
  list.hidden = true;
  list.replaceChildren();
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  active = -1;
}

function showSuggestions(results) {
  suggestions = results;
  active = -1;
  list.replaceChildren(...results.map((r, i) => h('li', {
    id: 'sugg-' + i, role: 'option', 'aria-selected': 'false',
    onmousedown: (e) => { e.preventDefault(); pick(i); },
  }, h('span', null, r.name), r.match ? h('span', { class: 'muted' }, '(' + r.match + ')') : null, typeBadge(r.type),
  h('span', { class: 'meta' }, plural(r.documents, 'document')))));
  list.hidden = results.length === 0;
  input.setAttribute('aria-expanded', String(results.length > 0));
}

function setActive(i) {
  const items = list.querySelectorAll('li');
  if (items.length === 0) return;
  active = (i + items.length) % items.length;
  items.forEach((li, j) => li.setAttribute('aria-selected', String(j === active)));
  input.setAttribute('aria-activedescendant', 'sugg-' + active);
  items[active].scrollIntoView({ block: 'nearest' });
}

function pick(i) {
  const r = suggestions[i];
  closeSuggestions();
  input.value = '';
  navigate('/entity?id=' + encodeURIComponent(r.id));
}

input.addEventListener('input', async () => {
  const q = input.value.trim();
  const n = ++typed;
  if (!q) { closeSuggestions(); return; }
  try {
    const res = await get('search', { q, limit: 8 });
    if (n === typed) showSuggestions(res.results);
  } catch {
    if (n === typed) closeSuggestions();
  }
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden && suggestions.length) showSuggestions(suggestions); setActive(active + 1); }
  else if (e.key === 'ArrowUp') { e.preventDefault(); setActive(active - 1); }
  else if (e.key === 'Escape') { closeSuggestions(); }
  else if (e.key === 'Enter' && active >= 0 && !list.hidden) { e.preventDefault(); pick(active); }
});
input.addEventListener('blur', () => setTimeout(closeSuggestions, 150));
input.form.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = input.value.trim();
  if (!q) return;
  closeSuggestions();
  navigate(url('/search', { q }));
});

// ---------------------------------------------------------------------
// Pages.

async function homePage(params, wait) {
  const o = await get('overview', null, wait);
  document.getElementById('counts').textContent =
    `${plural(o.documents, 'document')} · ${plural(o.entities, 'entity', 'entities')} · ${plural(o.relations, 'fact')}`;
  return h('div', null,
    h('h1', null, 'What the archive knows'),
    h('p', { class: 'lead' }, 'Search a name above, or start from the entities mentioned most.'),
    h('ul', { class: 'stats' },
      h('li', null, h('b', null, o.documents.toLocaleString('en')), 'documents'),
      h('li', null, h('b', null, o.entities.toLocaleString('en')), 'entities'),
      h('li', null, h('b', null, o.relations.toLocaleString('en')), 'facts'),
      h('li', null, h('b', null, o.facts.toLocaleString('en')), 'evidence sentences'),
      h('li', null, h('b', null, o.quotations.toLocaleString('en')), 'quotations'),
      h('li', null, h('b', null, h('a', { href: '/agreement' }, o.agreed.toLocaleString('en'))), 'facts from 2+ documents'),
      h('li', null, h('b', null, h('a', { href: '/conflicts' }, o.conflicts.toLocaleString('en'))), 'conflicting reports')),
    o.dates.first ? h('p', { class: 'muted' }, `Published from ${o.dates.first} to ${o.dates.last}.`) : null,
    h('h2', null, 'Mentioned most'),
    h('ul', { class: 'cards' }, o.top_entities.map((e) => h('li', null, entityLink(e), ' ', typeBadge(e.type),
      h('div', { class: 'count' }, plural(e.mentions, 'mention'), ' in ', plural(e.documents, 'document'))))),
    h('h2', null, 'Relations'),
    h('ul', { class: 'tags' }, o.predicates.slice(0, 40).map((p) =>
      h('li', null, h('a', { href: url('/graph', { predicates: p.name }) }, predicateText(p.name)), ' ', h('span', { class: 'count' }, p.count)))));
}

async function searchPage(params, wait) {
  const q = params.get('q') || '';
  input.value = q;
  const res = await get('search', { q, limit: 50 }, wait);
  return h('div', null,
    h('h1', null, `Names matching “${q}”`),
    res.results.length === 0 ? h('p', null, 'No entity has such a name.') : null,
    h('ul', { class: 'plain' }, res.results.map((r) => h('li', null, entityLink(r), r.match ? h('span', { class: 'muted' }, ` (${r.match})`) : null, ' ', typeBadge(r.type), ' ',
      h('span', { class: 'count' }, `${plural(r.mentions, 'mention')} in ${plural(r.documents, 'document')}`)))),
    res.truncated ? h('p', { class: 'muted' }, `The first ${res.results.length} of ${res.total}.`) : null);
}

async function entityPage(params, wait) {
  const id = params.get('id') || '';
  const e = await get('entity', { id }, wait);
  const graphLink = url('/graph', { id: e.id });
  return h('article', null,
    h('h1', null, e.name, ' ', typeBadge(e.type)),
    h('dl', { class: 'kv' },
      e.names.length > 1 || e.aliases.length ? [h('dt', null, 'Also called'), h('dd', null, [...e.names, ...e.aliases].filter((n) => n !== e.name).join(' · '))] : null,
      e.roles.length ? [h('dt', null, 'Roles'), h('dd', null, e.roles.join(' · '))] : null,
      h('dt', null, 'Mentioned'), h('dd', null, `${plural(e.mentions, 'time')} in ${plural(e.documents_page.total, 'document')}`),
      h('dt', null, 'Identifier'), h('dd', null, h('code', null, e.iri))),
    h('div', { class: 'actions' },
      h('a', { class: 'button', href: graphLink }, 'Show in the graph'),
      e.conflicts ? h('a', { class: 'button', href: url('/conflicts', { id: e.id }) }, plural(e.conflicts, 'conflicting report')) : null),
    h('section', { 'aria-labelledby': 'facts-h' },
      h('h2', { id: 'facts-h' }, 'Facts ', h('span', { class: 'count' }, `(${e.relations_page.total})`)),
      e.relations.length === 0 ? h('p', { class: 'muted' }, 'No fact names it.') : null,
      e.relations.map((g) => relationGroup(e, g)),
      e.relations_page.truncated ? h('p', { class: 'muted' }, `Facts with the most documents shown; ${e.relations_page.total} in all.`) : null),
    e.quotations.length ? h('section', { 'aria-labelledby': 'quotes-h' },
      h('h2', { id: 'quotes-h' }, 'Quotations ', h('span', { class: 'count' }, `(${e.quotations_page.total})`)),
      h('ul', { class: 'plain' }, e.quotations.map((q) => h('li', null,
        h('q', null, q.text), ' ',
        h('span', { class: 'count' }, q.document ? [day(q.document.published), ' ', docLink(q.document, q.sentence.start)] : ''))))) : null,
    h('section', { 'aria-labelledby': 'docs-h' },
      h('h2', { id: 'docs-h' }, 'Documents ', h('span', { class: 'count' }, `(${e.documents_page.total})`)),
      h('ul', { class: 'plain' }, e.documents.map((d) => h('li', null, day(d.published) ? h('span', { class: 'count' }, day(d.published) + ' ') : null, docLink(d))))));
}

// relationGroup shows an entity's facts with one predicate in one
// direction, each with a button that shows its evidence.
function relationGroup(e, g) {
  return h('section', { class: 'group' },
    h('h3', null, relationHeading(g.predicate, g.direction), ...factBadges(g.negated, null)),
    h('ul', { class: 'plain' }, g.edges.map((ed) => {
      const other = g.direction === 'out' ? ed.object : ed.subject;
      return factItem(ed, h('span', { class: 'other' }, entityLink(other)), typeBadge(other.type));
    })));
}

// factItem is one fact with its counts, its badges and its evidence,
// shown when asked for.
function factItem(ed, ...label) {
  const li = h('li', { class: 'fact' });
  const box = h('div', { class: 'evidence', hidden: true });
  const btn = h('button', { type: 'button', 'aria-expanded': 'false', class: 'evidence-button' },
    `Evidence (${plural(ed.weight, 'sentence')})`);
  btn.addEventListener('click', async () => {
    const open = btn.getAttribute('aria-expanded') === 'true';
    btn.setAttribute('aria-expanded', String(!open));
    box.hidden = open;
    if (open || box.dataset.loaded) return;
    box.replaceChildren(h('p', { class: 'status' }, 'Loading…'));
    try {
      box.replaceChildren(await evidenceList(ed));
      box.dataset.loaded = '1';
    } catch (err) {
      box.replaceChildren(h('p', { class: 'error' }, err.message));
    }
  });
  li.append(...label, ...factBadges(ed.negated, ed.modality),
    h('span', { class: 'count' }, `${plural(ed.documents, 'document')}, weight ${ed.weight}`), btn, box);
  return li;
}

// evidenceList returns the sentences that state edge ed, a page at a time.
async function evidenceList(ed, offset = 0) {
  const ev = await get('evidence', { s: ed.subject.id, p: ed.predicate, o: ed.object.id, offset, limit: 20 });
  const ul = h('ul', { class: 'plain' }, ev.items.map((it) => h('li', null,
    h('blockquote', null, sentenceNode(it.sentence)),
    h('div', { class: 'count' },
      it.document ? [day(it.document.published), ' ', docLink(it.document, it.sentence.start)] : 'unknown document',
      it.raw ? ` · “${it.raw}”` : '', it.modality ? ` · ${it.modality}` : '',
      it.confidence ? ` · confidence ${it.confidence.toFixed(2)}` : ''))));
  const out = h('div', null, ul);
  if (ev.truncated) {
    const more = h('button', { type: 'button' }, 'More');
    more.addEventListener('click', async () => {
      more.disabled = true;
      const next = await evidenceList(ed, ev.offset + ev.items.length);
      more.replaceWith(next);
    });
    out.append(more);
  }
  return out;
}

async function documentPage(params, wait) {
  const id = params.get('id') || '';
  const d = await get('document', { id }, wait);
  const text = h('div', { class: 'doctext', id: 'doctext' });
  let sentence = null;
  let sentenceStart = null;
  for (const seg of d.segments) {
    if (seg.s !== sentenceStart) {
      sentenceStart = seg.s;
      sentence = seg.s >= 0 ? h('span', { class: 'sentence stated', id: 's-' + seg.s, tabindex: '-1' }) : null;
      if (sentence) text.append(sentence);
    }
    // Blank lines between paragraphs: one is enough.
    const t = seg.t.replace(/\n{3,}/g, '\n\n');
    const node = seg.e ? h('a', { class: 'mention type-' + (typeOf(d, seg.e)), href: '/entity?id=' + encodeURIComponent(seg.e) }, t) : t;
    (seg.s >= 0 ? sentence : text).append(node);
  }
  return h('article', { class: 'layout-doc' },
    h('div', null,
      h('h1', null, d.title || d.id),
      h('p', { class: 'muted' }, day(d.published) || 'No date',
        // Only web addresses become links: a URL read from an archive may be anything.
        /^https?:\/\//i.test(d.url || '') ? [' · ', h('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank' }, 'original article')] : null),
      d.text_source === 'evidence' ? h('p', { class: 'notice' }, 'The store keeps no text of this document (it was imported, or built by an older newsgraph): these are the sentences that state its facts.') : null,
      d.truncated ? h('p', { class: 'notice' }, 'The text is long: its first megabyte is shown.') : null,
      text),
    h('aside', null,
      h('h2', null, 'Entities'),
      h('ul', { class: 'tags' }, d.entities.map((e) => h('li', null, entityLink(e), e.mentions ? h('span', { class: 'count' }, ' ' + e.mentions) : null))),
      h('h2', null, 'Facts ', h('span', { class: 'count' }, `(${d.facts.length})`)),
      h('ul', { class: 'plain' }, d.facts.map((f) => h('li', null,
        entityLink(f.subject), ' ', h('b', null, predicateText(f.predicate)), ' ', entityLink(f.object), ' ',
        ...factBadges(f.negated, f.modality ? [f.modality] : null), ' ',
        h('a', { href: '#s-' + f.sentence.start, class: 'count', onclick: (ev) => showSentence(ev, f.sentence.start) }, 'sentence'))))));
}

function typeOf(d, id) {
  const e = d.entities.find((x) => x.id === id);
  return e ? e.type : 'Thing';
}

// showSentence scrolls to a sentence of the document and marks it.
function showSentence(ev, start) {
  const el = document.getElementById('s-' + start);
  if (!el) return;
  ev.preventDefault();
  history.replaceState(null, '', location.pathname + location.search + '#s-' + start);
  for (const c of document.querySelectorAll('.sentence.current')) c.classList.remove('current');
  el.classList.add('current');
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
}

async function agreementPage(params, wait) {
  const offset = Number(params.get('offset')) || 0;
  const res = await get('facts', { offset, limit: 50 }, wait);
  return h('div', null,
    h('h1', null, 'Where sources agree'),
    h('p', { class: 'lead' }, 'The facts reported by the most documents.'),
    res.total === 0 ? h('p', null, 'No fact is reported by two documents or more.') : null,
    h('ul', { class: 'plain' }, res.items.map((ed) => factItem(ed, entityLink(ed.subject), ' ', h('b', null, predicateText(ed.predicate)), ' ', entityLink(ed.object)))),
    pager('/agreement', {}, res));
}

async function conflictsPage(params, wait) {
  const offset = Number(params.get('offset')) || 0;
  const id = params.get('id') || '';
  const res = await get('conflicts', { id, offset, limit: 50 }, wait);
  return h('div', null,
    h('h1', null, 'Conflicting reports'),
    h('p', { class: 'lead' }, 'The same subject and object with opposed facts in different documents: accepted and rejected, supported and opposed, a fact and its negation.'),
    res.total === 0 ? h('p', null, 'No documents contradict each other.') : null,
    res.items.map((c) => h('section', { class: 'conflict' },
      h('h2', null, entityLink(c.subject), ' and ', entityLink(c.object)),
      h('p', { class: 'count' }, plural(c.documents, 'document')),
      h('div', { class: 'sides' }, c.sides.map((s) => h('div', { class: 'side-box' },
        h('h3', null, c.subject.name, ' ', h('b', null, predicateText(s.predicate)), ' ', c.object.name, ' ', ...factBadges(s.negated, s.modality)),
        h('ul', { class: 'plain' }, s.documents.map((d) => h('li', null, day(d.published) ? h('span', { class: 'count' }, day(d.published) + ' ') : null, docLink(d)))),
        h('ul', { class: 'plain' }, factItem({ subject: c.subject, object: c.object, predicate: s.predicate, negated: s.negated, modality: [], weight: s.weight, documents: s.documents.length }))))))),
    pager('/conflicts', { id }, res));
}

function pager(path, params, res) {
  if (res.total <= res.items.length) return null;
  const prev = res.offset > 0 ? h('a', { href: url(path, { ...params, offset: Math.max(0, res.offset - 50) }) }, 'Previous') : null;
  const next = res.truncated ? h('a', { href: url(path, { ...params, offset: res.offset + res.items.length }) }, 'Next') : null;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' }, prev, h('span', { class: 'count' }, `${res.offset + 1}–${res.offset + res.items.length} of ${res.total}`), next);
}

// The counts in the footer, once.
get('overview').then((o) => {
  document.getElementById('counts').textContent =
    `${plural(o.documents, 'document')} · ${plural(o.entities, 'entity', 'entities')} · ${plural(o.relations, 'fact')}`;
}, () => {});

render(false);
