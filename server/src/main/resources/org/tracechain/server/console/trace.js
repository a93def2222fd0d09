// SPDX-License-Identifier: Apache-2.0
// A lot's lineage, back and forward (GET /lots/{id}/trace, JSON), as a Cytoscape.js graph: lots as nodes,
// transformations as lot → lot edges, shipments as lot → receiving organisation edges. Zoom and pan with the mouse;
// a lot node opens the lot's page. The same lots are listed as links below the graph for keyboard and screen
// reader users. The downloads fetch with the bearer header and save a blob.
import {download, getJson, seg} from './api.js';
import {t} from './i18n.js';
import {h, select, show} from './dom.js';
import {problemText} from './messages-view.js';
import {lineage} from './lineage.js';

export async function tracePage(main, me, lotId) {
  show(main, h('p', {}, t('loading')));
  let back;
  let forward;
  try {
    [back, forward] = await Promise.all([getJson(`/lots/${seg(lotId)}/trace?direction=back`, {storeRead: true}),
      getJson(`/lots/${seg(lotId)}/trace?direction=forward`, {storeRead: true})]);
  } catch (e) {
    show(main, h('h1', {}, t('trace.title', lotId)), h('p', {role: 'alert', class: 'error'}, problemText(e)));
    return;
  }
  const graph = lineage(lotId, back, forward);
  const container = h('div', {id: 'graph', class: 'graph', role: 'img', 'aria-label': t('trace.graph')});
  const direction = () => document.getElementById('download-direction').value;
  const downloads = h('ul', {class: 'downloads'}, [
    ['download-svg', 'trace.svg', () => download(`/lots/${seg(lotId)}/trace?direction=${direction()}`,
        'image/svg+xml', `trace-${lotId}-${direction()}.svg`)],
    ['download-epcis', 'trace.epcis', () => download(`/lots/${seg(lotId)}/trace?direction=${direction()}`,
        'application/ld+json', `trace-${lotId}-${direction()}.jsonld`)],
    ['download-fsma', 'trace.fsma', () => download(`/lots/${seg(lotId)}/fsma?direction=${direction()}`, 'text/csv',
        `fsma-${lotId}-${direction()}.csv`)],
  ].map(([id, label, fetchFile]) => h('li', {}, h('button', {type: 'button', id, onclick: () =>
    fetchFile().catch(e => { document.getElementById('trace-outcome').textContent = problemText(e); })},
  t(label)))));
  show(main,
      h('h1', {}, t('trace.title', lotId)),
      h('p', {id: 'trace-counts'}, t('trace.counts', graph.lots.length, graph.transformations.length,
          graph.shipments.length, graph.eventCount)),
      back.truncated || forward.truncated ? h('p', {role: 'alert'}, t('trace.truncated')) : null,
      h('p', {id: 'trace-outcome', role: 'status'}),
      h('div', {class: 'graph-toolbar'}, h('button', {type: 'button', id: 'graph-fit'}, t('trace.fit'))),
      container,
      h('section', {'aria-labelledby': 'downloads-title'}, h('h2', {id: 'downloads-title'}, t('trace.downloads')),
          select('download-direction', t('trace.direction'), [['back', t('trace.back')],
            ['forward', t('trace.forward')]]),
          downloads),
      h('section', {'aria-labelledby': 'trace-list-title'}, h('h2', {id: 'trace-list-title'}, t('trace.list')),
          h('ul', {id: 'trace-lots'}, graph.lots.map(lot => h('li', {}, h('a', {href: `#/lots/${seg(lot.lotId)}`},
              lot.lotId), ` ${lot.productName} · ${lot.holderMspId} · ${lot.status} · `,
          t(graph.backIds.has(lot.lotId) ? 'trace.back' : 'trace.forward'))))));
  draw(container, graph, lotId);
}

function draw(container, graph, lotId) {
  const elements = [
    ...graph.lots.map(lot => ({data: {id: `lot:${lot.lotId}`, lotId: lot.lotId, kind: 'lot',
      label: `${lot.lotId}\n${lot.productName}`, root: lot.lotId === lotId ? 'yes' : 'no'}})),
    ...graph.parties.map(mspId => ({data: {id: `party:${mspId}`, kind: 'party', label: mspId}})),
    ...graph.transformations.map(edge => ({data: {id: `t:${edge.parent}>${edge.child}`, kind: 'transformation',
      source: `lot:${edge.parent}`, target: `lot:${edge.child}`}})),
    ...graph.shipments.map(ship => ({data: {id: `s:${ship.eventId}`, kind: 'shipment', label: ship.label,
      source: `lot:${ship.lotId}`, target: `party:${ship.toMspId}`}})),
  ];
  const cy = window.cytoscape({
    container,
    elements,
    wheelSensitivity: 0.3,
    layout: {name: 'breadthfirst', directed: true, spacingFactor: 1.2, padding: 20},
    style: [
      {selector: 'node', style: {'label': 'data(label)', 'text-wrap': 'wrap', 'font-size': 11,
        'text-valign': 'bottom', 'text-margin-y': 4, 'color': '#1b1b1b'}},
      {selector: 'node[kind = "lot"]', style: {'shape': 'round-rectangle', 'background-color': '#1d5e8c',
        'width': 34, 'height': 24}},
      {selector: 'node[root = "yes"]', style: {'background-color': '#b3261e', 'border-width': 3,
        'border-color': '#1b1b1b'}},
      {selector: 'node[kind = "party"]', style: {'shape': 'ellipse', 'background-color': '#6b6b6b',
        'width': 22, 'height': 22}},
      {selector: 'edge', style: {'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 2,
        'line-color': '#1d5e8c', 'target-arrow-color': '#1d5e8c'}},
      {selector: 'edge[kind = "shipment"]', style: {'line-style': 'dashed', 'line-color': '#6b6b6b',
        'target-arrow-color': '#6b6b6b', 'label': 'data(label)', 'font-size': 9, 'text-rotation': 'autorotate',
        'text-background-color': '#fafafa', 'text-background-opacity': 1}},
    ],
  });
  cy.on('tap', 'node[kind = "lot"]', event => {
    location.hash = `#/lots/${seg(event.target.data('lotId'))}`;
  });
  document.getElementById('graph-fit').addEventListener('click', () => cy.fit(undefined, 20));
  container.dataset.lots = String(cy.nodes('[kind = "lot"]').length);
  container.dataset.edges = String(cy.edges().length);
  window.tracechainConsole.graph = cy; // for the browser tests: the graph as Cytoscape holds it
}
