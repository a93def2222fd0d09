// SPDX-License-Identifier: Apache-2.0
// The lot's custody chain: who held it, in order, from its REGISTER (or the TRANSFORM that made it) through its
// SHIP and RECEIVE events to a SELL, with times and sites; then who holds it now. Derived from the lot's own events
// in its back trace, so it says exactly what the ledger recorded, no more.
import {t} from './i18n.js';
import {h, person, when} from './dom.js';

const CUSTODY_KINDS = new Set(['REGISTER', 'TRANSFORM', 'SHIP', 'RECEIVE', 'SELL']);

/** The steps of the chain, oldest first (ties by record time: a receipt never reads before its shipment). */
export function custodySteps(events) {
  return events.filter(event => CUSTODY_KINDS.has(event.body.kind))
      .sort((a, b) => String(a.body.eventTime).localeCompare(String(b.body.eventTime))
          || String(a.recordTime).localeCompare(String(b.recordTime)));
}

export function custodyChain(lot, events, siteName) {
  const steps = custodySteps(events);
  if (steps.length === 0) {
    return h('p', {id: 'custody-chain-empty'}, t('custody.none'));
  }
  return h('ol', {class: 'custody', id: 'custody-chain'},
      steps.map(event => step(event.body, siteName)),
      h('li', {class: 'custody-now', 'data-kind': 'NOW', 'data-msp': lot.status === 'IN_TRANSIT'
          ? lot.shippedToMspId : lot.holderMspId},
      h('strong', {}, lot.status === 'IN_TRANSIT' ? t('custody.inTransit', lot.holderMspId, lot.shippedToMspId)
          : t('custody.heldBy', lot.holderMspId))));
}

function step(body, siteName) {
  const shipment = body.shipment || {};
  let what;
  let msp = body.actorMspId;
  switch (body.kind) {
    case 'REGISTER':
      what = t('custody.registered', body.actorMspId);
      break;
    case 'TRANSFORM':
      what = t('custody.transformed', body.actorMspId);
      break;
    case 'SHIP':
      what = t('custody.shipped', shipment.fromMspId || body.actorMspId, shipment.toMspId || '');
      msp = shipment.toMspId || msp;
      break;
    case 'RECEIVE':
      what = t('custody.received', body.actorMspId);
      break;
    default:
      what = t('custody.sold', body.actorMspId);
  }
  const amount = body.quantity !== undefined && body.quantity !== null ? ` · ${body.quantity} ${body.unit || ''}` : '';
  const where = body.kind === 'SHIP' && shipment.toSiteId
    ? t('custody.route', siteName(body.site) || '—', siteName(shipment.toSiteId)) : siteName(body.site);
  return h('li', {'data-kind': body.kind, 'data-msp': msp},
      h('p', {class: 'event-what'}, h('strong', {}, what), amount),
      h('p', {class: 'hint'}, h('time', {datetime: body.eventTime}, when(body.eventTime)), ' · ',
          person(body.actorId), where ? [' · ', where] : null));
}
