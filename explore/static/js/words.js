// How the pages say things: predicates, directions, counts, dates.
import { h } from './dom.js';

// predicateText returns a stored predicate as words: "not_accepted" →
// "did not accept" is beyond a word list, so "not accepted"; "pull_out_of"
// → "pull out of".
export function predicateText(p) {
  const neg = p.startsWith('not_') && p.length > 4;
  const base = (neg ? p.slice(4) : p).replaceAll('_', ' ');
  return neg ? 'not ' + base : base;
}

// relationHeading names a group of an entity's facts: "met" for its own,
// "met by" (the predicate, then "by") for those of which it is the object.
export function relationHeading(pred, direction) {
  const words = predicateText(pred);
  return direction === 'out' ? words : words + ' (by)';
}

export function plural(n, one, many) {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many || one + 's'}`;
}

// typeBadge returns the badge of an entity type.
export function typeBadge(type) {
  return h('span', { class: 'type type-' + type }, type);
}

// factBadges returns the badges of a negated fact and of its modalities.
export function factBadges(negated, modality) {
  const out = [];
  if (negated) out.push(h('span', { class: 'badge neg', title: 'stated as not true' }, 'negated'));
  for (const m of modality || []) out.push(h('span', { class: 'badge mod', title: 'how firmly it is stated' }, m));
  return out;
}

export function entityLink(e) {
  return h('a', { href: '/entity?id=' + encodeURIComponent(e.id) }, e.name);
}

export function docLink(d, anchor) {
  const href = '/document?id=' + encodeURIComponent(d.id) + (anchor !== undefined && anchor >= 0 ? '#s-' + anchor : '');
  return h('a', { href }, d.title || d.id);
}

export function day(published) {
  return published ? published.slice(0, 10) : '';
}

// sentenceNode returns an evidence sentence with the fact's words marked.
export function sentenceNode(s) {
  return h('span', { class: 'sentence-text' }, s.before, s.words ? h('mark', null, s.words) : null, s.after);
}
