// SPDX-License-Identifier: Apache-2.0
// What the trace graph draws of a lineage loaded so far (trace-model.js): one row per level, back levels above the
// lot traced, forward levels below. A level holding more loaded lots than LEVEL_LIMIT is one collapsed node
// ("Forward level 2 · 9,800 lots") until expanded; an expanded level draws its lots grouped by the lot they hang
// from, a group of more than GROUP_LIMIT being one node until expanded. So the graph holds a few hundred elements
// at most, whatever the lineage's size, and its positions are computed here (Cytoscape's preset layout): no force
// layout runs over thousands of nodes.
import {t} from './i18n.js';
import {shipments} from './trace-model.js';

export const LEVEL_LIMIT = 30;
export const GROUP_LIMIT = 12;
/** Lots of one group drawn at most: a larger group is cut into parts of this many. */
const CHUNK = 100;
const WRAP = 20;
const X_GAP = 120;
const SUB_ROW_GAP = 80;
const ROW_GAP = 140;

const number = value => new Intl.NumberFormat(document.documentElement.lang).format(value);

/**
 * @param trace the lineage loaded so far
 * @param expanded keys of the levels ("forward:2") and groups ("forward:M7:0") the user expanded
 * @return {nodes, edges, rows, positions, frontierParents}: Cytoscape elements' data and positions, the level rows
 *     (for the text alternative) and the lots whose further lineage is not loaded yet (→ their direction)
 */
export function visual(trace, expanded) {
  const nodes = [];
  const lotNode = new Map();
  const rows = [];
  const rootLot = trace.forward.lots.get(trace.root) || trace.back.lots.get(trace.root);
  const addLot = (lot, row) => {
    const id = `lot:${lot.lotId}`;
    nodes.push({id, kind: 'lot', lotId: lot.lotId, label: `${lot.lotId}\n${lot.productName}`,
      root: lot.lotId === trace.root ? 'yes' : 'no'});
    lotNode.set(lot.lotId, id);
    row.ids.push(id);
  };
  const frontierParents = new Map();
  for (const dir of ['back', 'forward']) {
    const d = trace[dir];
    for (const edge of d.edges.values()) {
      const [from, to] = dir === 'back' ? [edge.child, edge.parent] : [edge.parent, edge.child];
      if (d.frontier.has(to) && d.lots.has(from)) {
        frontierParents.set(from, dir);
      }
    }
  }
  if (rootLot) {
    const row = {dir: 'root', depth: 0, ids: [], loaded: 1, total: 1, shown: 'lots'};
    addLot(rootLot, row);
    rows.push(row);
  }
  for (const dir of ['back', 'forward']) {
    const d = trace[dir];
    const deepest = Math.max(d.byDepth.length, d.levels ? d.levels.length : 0);
    for (let depth = 1; depth < deepest; depth++) {
      const ids = d.byDepth[depth] || [];
      const total = d.levels ? d.levels[depth] ?? ids.length : null;
      if (ids.length === 0 && !total) {
        continue;
      }
      const key = `${dir}:${depth}`;
      const row = {dir, depth, key, ids: [], loaded: ids.length, total, shown: 'lots'};
      if (ids.length === 0 || (ids.length > LEVEL_LIMIT && !expanded.has(key))) {
        const id = `level:${key}`;
        row.shown = 'level';
        nodes.push({id, kind: 'level', key, dir, depth, loaded: ids.length,
          label: t('trace.levelNode', t(`trace.dir.${dir}`), depth, number(total ?? ids.length),
              number(ids.length))});
        ids.forEach(lotId => lotNode.set(lotId, id));
        row.ids.push(id);
      } else {
        drawLevel(d, dir, ids, expanded, row, nodes, lotNode, addLot);
      }
      rows.push(row);
    }
  }
  rows.sort((a, b) => sign(a) * a.depth - sign(b) * b.depth);
  const edges = linkNodes(trace, lotNode);
  const drawnLots = new Set([...lotNode.entries()].filter(([, id]) => id.startsWith('lot:')).map(([lotId]) => lotId));
  const events = new Map([...trace.back.events, ...trace.forward.events]);
  const parties = new Set();
  for (const ship of shipments(events, drawnLots)) {
    parties.add(ship.toMspId);
    edges.push({id: `s:${ship.eventId}`, kind: 'shipment', label: ship.label, source: `lot:${ship.lotId}`,
      target: `party:${ship.toMspId}`});
  }
  const partyRow = {dir: 'parties', depth: 0, ids: []};
  parties.forEach(mspId => {
    nodes.push({id: `party:${mspId}`, kind: 'party', label: mspId});
    partyRow.ids.push(`party:${mspId}`);
  });
  const positions = place([...rows, partyRow]);
  nodes.forEach(node => {
    node.more = node.kind === 'lot' && frontierParents.has(node.lotId) ? 'yes' : 'no';
  });
  return {nodes, edges, rows, positions, frontierParents};
}

function sign(row) {
  return row.dir === 'back' ? -1 : 1;
}

/** An expanded (or small) level: its lots grouped by the lot they hang from, large groups as one node each. */
function drawLevel(d, dir, ids, expanded, row, nodes, lotNode, addLot) {
  const byParent = new Map();
  for (const lotId of ids) {
    const parent = d.parentOf.get(lotId) || '';
    if (!byParent.has(parent)) {
      byParent.set(parent, []);
    }
    byParent.get(parent).push(lotId);
  }
  const parts = [];
  for (const [parent, members] of byParent) {
    for (let i = 0; i < members.length; i += CHUNK) {
      parts.push({parent, part: i / CHUNK, members: members.slice(i, i + CHUNK)});
    }
  }
  // (A group's lot is "from", not "parent": Cytoscape reads data.parent as a compound node's parent.)
  for (const {parent, part, members} of parts) {
    const key = `${dir}:${parent}:${part}`;
    if (parts.length === 1 || members.length <= GROUP_LIMIT || expanded.has(key)) {
      members.forEach(lotId => addLot(d.lots.get(lotId), row));
    } else {
      const id = `group:${key}`;
      nodes.push({id, kind: 'group', key, dir, from: parent, count: members.length,
        label: t('trace.groupNode', parent, number(members.length))});
      members.forEach(lotId => lotNode.set(lotId, id));
      row.ids.push(id);
    }
  }
}

/** Transformations between drawn nodes: lot → lot as they are, to or from a collapsed node once, with a count. */
function linkNodes(trace, lotNode) {
  const links = new Map();
  for (const dir of ['back', 'forward']) {
    for (const edge of trace[dir].edges.values()) {
      const source = lotNode.get(edge.parent);
      const target = lotNode.get(edge.child);
      if (!source || !target || source === target) {
        continue;
      }
      const id = `t:${source}>${target}`;
      const link = links.get(id) || {id, source, target, count: 0,
        kind: source.startsWith('lot:') && target.startsWith('lot:') ? 'transformation' : 'summary'};
      link.count++;
      links.set(id, link);
    }
  }
  return [...links.values()].map(link => link.kind === 'summary' ? {...link, label: number(link.count)} : link);
}

/** Rows from top to bottom, each centred and wrapped after WRAP nodes. */
function place(rows) {
  const positions = new Map();
  let y = 0;
  for (const row of rows) {
    if (row.ids.length === 0) {
      continue;
    }
    const lines = Math.ceil(row.ids.length / WRAP);
    row.ids.forEach((id, i) => {
      const line = Math.floor(i / WRAP);
      const inLine = line < lines - 1 ? WRAP : row.ids.length - line * WRAP;
      positions.set(id, {x: (i % WRAP - (inLine - 1) / 2) * X_GAP, y: y + line * SUB_ROW_GAP});
    });
    y += (lines - 1) * SUB_ROW_GAP + ROW_GAP;
  }
  return positions;
}
