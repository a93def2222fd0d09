// SPDX-License-Identifier: Apache-2.0
// The trace graph in Cytoscape.js (WebJar): draws what trace-view.js decided at the positions it computed (preset
// layout), and redraws in one batch when a level or group is expanded or a page arrives. Zoom and pan with the mouse
// or, with the graph focused, the keyboard (+, -, arrows, 0 to fit). A lot node opens the lot's page; a collapsed
// level or group node expands (or, for a level with nothing loaded yet, loads it).
import {seg} from './api.js';

const STYLE = [
  {selector: 'node', style: {'label': 'data(label)', 'text-wrap': 'wrap', 'font-size': 11, 'text-valign': 'bottom',
    'text-margin-y': 4, 'color': '#1b1b1b', 'min-zoomed-font-size': 7}},
  {selector: 'node[kind = "lot"]', style: {'shape': 'round-rectangle', 'background-color': '#1d5e8c', 'width': 34,
    'height': 24}},
  {selector: 'node[more = "yes"]', style: {'border-width': 3, 'border-style': 'dashed', 'border-color': '#8a5a00'}},
  {selector: 'node[root = "yes"]', style: {'background-color': '#b3261e', 'border-width': 3, 'border-style': 'solid',
    'border-color': '#1b1b1b'}},
  {selector: 'node[kind = "level"], node[kind = "group"]', style: {'shape': 'round-rectangle', 'width': 96,
    'height': 40, 'background-color': '#e3edf5', 'border-width': 2, 'border-color': '#1d5e8c', 'text-valign': 'center',
    'text-margin-y': 0, 'font-size': 10, 'text-max-width': 92}},
  {selector: 'node[kind = "level"]', style: {'width': 130, 'height': 46, 'text-max-width': 126,
    'border-style': 'double', 'border-width': 4}},
  {selector: 'node[kind = "party"]', style: {'shape': 'ellipse', 'background-color': '#6b6b6b', 'width': 22,
    'height': 22}},
  {selector: 'edge', style: {'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 2,
    'line-color': '#1d5e8c', 'target-arrow-color': '#1d5e8c'}},
  {selector: 'edge[kind = "summary"]', style: {'width': 3, 'label': 'data(label)', 'font-size': 9,
    'text-background-color': '#fafafa', 'text-background-opacity': 1}},
  {selector: 'edge[kind = "shipment"]', style: {'line-style': 'dashed', 'line-color': '#6b6b6b',
    'target-arrow-color': '#6b6b6b', 'label': 'data(label)', 'font-size': 9, 'text-rotation': 'autorotate',
    'text-background-color': '#fafafa', 'text-background-opacity': 1}},
];

/**
 * @param container the graph's element
 * @param model trace-view.js's visual
 * @param onCollapsed called with a level or group node's data when it is tapped
 * @param onMore called with a lot id when a lot whose further lineage is not loaded is long-pressed (or
 *     right-clicked)
 * @return {update(model), cy}
 */
export function traceGraph(container, model, onCollapsed, onMore) {
  const cy = window.cytoscape({container, elements: elements(model), layout: {name: 'preset', padding: 20},
    style: STYLE, wheelSensitivity: 0.3, minZoom: 0.02, maxZoom: 4,
    // While panning or zooming, move a picture of the graph instead of redrawing every element.
    textureOnViewport: true, hideEdgesOnViewport: true});
  cy.on('tap', 'node[kind = "lot"]', event => {
    location.hash = `#/lots/${seg(event.target.data('lotId'))}`;
  });
  cy.on('tap', 'node[kind = "level"], node[kind = "group"]', event => onCollapsed(event.target.data()));
  cy.on('cxttap', 'node[more = "yes"]', event => onMore(event.target.data('lotId')));
  keyboard(container, cy);
  const update = next => {
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements(next));
    });
    cy.fit(undefined, 20);
    mark(container, cy);
  };
  cy.fit(undefined, 20);
  mark(container, cy);
  return {update, cy};
}

function elements(model) {
  return [
    ...model.nodes.map(data => ({data, position: {...model.positions.get(data.id)}})),
    ...model.edges.map(data => ({data})),
  ];
}

/** What is drawn, on the element: for the browser tests, and a hook for styling. */
function mark(container, cy) {
  container.dataset.lots = String(cy.nodes('[kind = "lot"]').length);
  container.dataset.collapsed = String(cy.nodes('[kind = "level"], [kind = "group"]').length);
  container.dataset.edges = String(cy.edges().length);
  container.dataset.draws = String(Number(container.dataset.draws || 0) + 1);
}

function keyboard(container, cy) {
  const centre = () => ({x: container.clientWidth / 2, y: container.clientHeight / 2});
  const keys = {
    '+': () => cy.zoom({level: cy.zoom() * 1.25, renderedPosition: centre()}),
    '=': () => cy.zoom({level: cy.zoom() * 1.25, renderedPosition: centre()}),
    '-': () => cy.zoom({level: cy.zoom() / 1.25, renderedPosition: centre()}),
    '0': () => cy.fit(undefined, 20),
    'ArrowLeft': () => cy.panBy({x: 60, y: 0}),
    'ArrowRight': () => cy.panBy({x: -60, y: 0}),
    'ArrowUp': () => cy.panBy({x: 0, y: 60}),
    'ArrowDown': () => cy.panBy({x: 0, y: -60}),
  };
  container.addEventListener('keydown', event => {
    const action = keys[event.key];
    if (action && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      action();
    }
  });
}
