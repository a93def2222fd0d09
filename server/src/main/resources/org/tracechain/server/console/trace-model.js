// SPDX-License-Identifier: Apache-2.0
// A lineage as the trace page holds it while it arrives page by page (GET /lots/{id}/trace?maxLots=…&from=…): per
// direction the lots, edges and events loaded so far, the frontier still to load, each loaded lot's level (its
// distance from the lot traced) and the lots per level of the whole lineage (GET …/trace/levels). Pages overlap
// where a lineage is a DAG, so everything is keyed. No DOM here: trace-view.js decides what is drawn.

/** Characters of one `from` list: the API takes 4,096 per query value; ids are at most 128. */
const FROM_BUDGET = 3500;
/** Lots one `from` list names: the API's limit. */
const FROM_LOTS = 100;

export function createTrace(root) {
  return {root, back: direction('back'), forward: direction('forward')};
}

function direction(name) {
  return {name, lots: new Map(), edges: new Map(), events: new Map(), frontier: new Set(), depth: new Map(),
    byDepth: [], parentOf: new Map(), levels: null, total: null, pages: 0};
}

/** Merges one page (a TraceResult) into its direction and recomputes the levels of the loaded lots. */
export function addPage(trace, dir, page) {
  const d = trace[dir];
  page.lots.forEach(lot => d.lots.set(lot.lotId, lot));
  page.edges.forEach(edge => d.edges.set(`${edge.parent}>${edge.child}`, edge));
  page.events.forEach(event => d.events.set(event.eventId, event));
  // A page's frontier lots are those it did not return (or did not expand: they are loaded, so left out).
  page.frontier.filter(id => !d.lots.has(id)).forEach(id => d.frontier.add(id));
  page.lots.forEach(lot => d.frontier.delete(lot.lotId));
  d.pages++;
  levelsOf(trace.root, d);
}

/** The lots per level of the whole lineage (TraceLevels). */
export function setLevels(trace, dir, levels) {
  trace[dir].levels = levels.levels.map(level => level.lots);
  trace[dir].total = levels.lots;
}

/**
 * Breadth-first from the root over the loaded edges: each loaded lot's level and the lot it hangs from. The pages
 * come in the chaincode's breadth-first order, so a lot's nearer parent is loaded before it and its level is the
 * server's (TraceLevels); only a lot asked for on its own ("beyond" a lot) could arrive before a nearer parent, and
 * it then sits one level deeper until that parent is loaded.
 */
function levelsOf(root, d) {
  const next = new Map();
  for (const edge of d.edges.values()) {
    const [from, to] = d.name === 'back' ? [edge.child, edge.parent] : [edge.parent, edge.child];
    if (!next.has(from)) {
      next.set(from, []);
    }
    next.get(from).push(to);
  }
  d.depth = new Map();
  d.parentOf = new Map();
  d.byDepth = [];
  if (!d.lots.has(root)) {
    return;
  }
  d.depth.set(root, 0);
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    const level = d.depth.get(id);
    (d.byDepth[level] ||= []).push(id);
    for (const neighbour of next.get(id) || []) {
      if (d.lots.has(neighbour) && !d.depth.has(neighbour)) {
        d.depth.set(neighbour, level + 1);
        d.parentOf.set(neighbour, id);
        queue.push(neighbour);
      }
    }
  }
}

/**
 * The frontier lots to ask for next, as up to `requests` disjoint `from` lists (one request each): the shallowest
 * first (the frontier is in walk order).
 */
export function nextFrom(trace, dir, requests) {
  const lists = [];
  let list = [];
  let length = 0;
  for (const id of trace[dir].frontier) {
    if (list.length >= FROM_LOTS || length + id.length + 1 > FROM_BUDGET) {
      lists.push(list);
      if (lists.length >= requests) {
        return lists;
      }
      list = [];
      length = 0;
    }
    list.push(id);
    length += id.length + 1;
  }
  return list.length ? [...lists, list] : lists;
}

/** Counts for the page: loaded, whole lineage (when the levels came), frontier still to load. */
export function counts(trace, dir) {
  const d = trace[dir];
  return {loaded: d.lots.size, total: d.total, frontier: d.frontier.size,
    complete: d.pages > 0 && d.frontier.size === 0};
}

/** Both directions merged for the counts line and the shipments (the root is in both). */
export function merged(trace) {
  const lots = new Map([...trace.back.lots, ...trace.forward.lots]);
  const edges = new Map([...trace.back.edges, ...trace.forward.edges]);
  const events = new Map([...trace.back.events, ...trace.forward.events]);
  return {lots, events, transformations: [...edges.values()].filter(e => lots.has(e.parent) && lots.has(e.child))};
}

/** SHIP events of the given lots: lot → receiving organisation, dated. */
export function shipments(events, lotIds) {
  const result = [];
  for (const event of events.values()) {
    const body = event.body;
    if (body.kind !== 'SHIP' || !body.shipment) {
      continue;
    }
    for (const shipped of body.lotIds || []) {
      if (lotIds.has(shipped)) {
        result.push({eventId: `${event.eventId}:${shipped}`, lotId: shipped, toMspId: body.shipment.toMspId,
          label: String(body.eventTime || '').slice(0, 10)});
      }
    }
  }
  return result;
}
