// SPDX-License-Identifier: Apache-2.0
// Merges a back and a forward trace (TraceResult) into one graph: lots by id, transformation edges, and shipments
// (SHIP events: lot → receiving organisation). Traces may overlap (a lineage is a DAG), so everything is keyed.

export function lineage(lotId, back, forward) {
  const lots = new Map();
  const edges = new Map();
  const events = new Map();
  for (const trace of [back, forward]) {
    trace.lots.forEach(lot => lots.set(lot.lotId, lot));
    trace.edges.forEach(edge => edges.set(`${edge.parent}>${edge.child}`, edge));
    trace.events.forEach(event => events.set(event.eventId, event));
  }
  const shipments = [];
  const parties = new Set();
  for (const event of events.values()) {
    const body = event.body;
    if (body.kind !== 'SHIP' || !body.shipment) {
      continue;
    }
    for (const shipped of body.lotIds || []) {
      if (lots.has(shipped)) {
        parties.add(body.shipment.toMspId);
        shipments.push({eventId: `${event.eventId}:${shipped}`, lotId: shipped, toMspId: body.shipment.toMspId,
          label: String(body.eventTime || '').slice(0, 10)});
      }
    }
  }
  return {
    lots: [...lots.values()],
    backIds: new Set(back.lots.map(lot => lot.lotId)),
    transformations: [...edges.values()].filter(edge => lots.has(edge.parent) && lots.has(edge.child)),
    shipments,
    parties: [...parties],
    eventCount: events.size,
    root: lotId,
  };
}
