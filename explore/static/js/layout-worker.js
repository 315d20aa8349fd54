// Lays out a large graph away from the page, so that the page stays
// responsive meanwhile: the message holds the elements and the layout's
// options; the answer holds each node's position ({id: {x, y}}), or an
// error.
//
// A large view is often many small components around one large one (the
// best-connected entities of an archive). Each component is laid out on
// its own: force-directed (fcose) for those of up to 300 nodes, its
// spectral draft for larger ones (fcose's force-directed phase runs at
// least five rounds a node: 30 s for 3,000 nodes, measured), pairs and
// triples by hand; then the components are packed in rows, the largest
// first.
importScripts('/static/vendor/cytoscape.min.js', '/static/vendor/layout-base.js', '/static/vendor/cose-base.js', '/static/vendor/cytoscape-fcose.js');

function layOut(cy, opts) {
  const comps = cy.elements().components().sort((a, b) => b.nodes().length - a.nodes().length);
  const boxes = [];
  for (const c of comps) {
    const nodes = c.nodes();
    const n = nodes.length;
    if (n <= 3) {
      nodes.forEach((node, i) => node.position(n === 1 ? { x: 0, y: 0 } : { x: 45 * Math.cos((2 * Math.PI * i) / n), y: 45 * Math.sin((2 * Math.PI * i) / n) }));
    } else {
      c.layout({ ...opts, quality: n > 300 ? 'draft' : 'default', fit: false, packComponents: false }).run();
    }
    boxes.push({ c, bb: c.boundingBox() });
  }
  // Rows about as wide as the whole is high.
  const gap = 40;
  const area = boxes.reduce((s, b) => s + (b.bb.w + gap) * (b.bb.h + gap), 0);
  const width = Math.max(Math.sqrt(area) * 1.3, boxes.length ? boxes[0].bb.w : 0);
  let x = 0, y = 0, rowH = 0;
  for (const { c, bb } of boxes) {
    if (x > 0 && x + bb.w > width) { x = 0; y += rowH + gap; rowH = 0; }
    const dx = x - bb.x1, dy = y - bb.y1;
    c.nodes().positions((node) => ({ x: node.position('x') + dx, y: node.position('y') + dy }));
    x += bb.w + gap;
    rowH = Math.max(rowH, bb.h);
  }
}

self.onmessage = (e) => {
  try {
    const cy = self.cytoscape({
      headless: true,
      elements: e.data.elements,
      // The node sizes of the page's style, which the layout keeps apart.
      style: [{ selector: 'node', style: { width: 'mapData(docs, 1, 30, 18, 46)', height: 'mapData(docs, 1, 30, 18, 46)' } }],
    });
    layOut(cy, e.data.layout);
    const positions = {};
    cy.nodes().forEach((n) => { positions[n.id()] = n.position(); });
    self.postMessage({ positions });
  } catch (err) {
    self.postMessage({ error: String(err && err.message ? err.message : err) });
  }
};
