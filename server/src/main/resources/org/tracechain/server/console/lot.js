// SPDX-License-Identifier: Apache-2.0
// One lot: its record (GET /lots/{id}); from the lot's own events in its back trace, its custody chain, its
// cold-chain readings as a chart, its documents (with a file check) and its timeline (who, what, when, where, why);
// and what the caller's role may do with it: ship, receive, start a recall, record readings, a document, an
// inspection or a sale.
import {getJson, seg} from './api.js';
import {t} from './i18n.js';
import {details, h, person, show, when} from './dom.js';
import {can} from './roles.js';
import {problemText} from './messages-view.js';
import {receiveForm, shipForm} from './custody.js';
import {recallForm} from './recall-start.js';
import {custodyChain} from './lot-custody.js';
import {coldChainSection} from './lot-chart.js';
import {documentsSection, lotDocuments} from './lot-documents.js';
import {recordForms} from './lot-record.js';

export async function lotPage(main, me, lotId) {
  show(main, h('p', {}, t('loading')));
  let lot;
  let trace;
  try {
    [lot, trace] = await Promise.all([getJson(`/lots/${seg(lotId)}`),
      getJson(`/lots/${seg(lotId)}/trace?direction=back`, {storeRead: true})]);
  } catch (e) {
    show(main, h('h1', {}, t('lot.title', lotId)), h('p', {role: 'alert', class: 'error'}, problemText(e)));
    return;
  }
  const sites = new Map((trace.sites || []).map(site => [site.siteId, site]));
  const events = trace.events.filter(event => (event.body.lotIds || []).includes(lot.lotId));
  const reload = () => lotPage(main, me, lotId);
  const nameOf = siteId => siteName(sites, siteId);
  show(main,
      h('h1', {}, t('lot.title', lot.lotId)),
      h('p', {class: 'actions'}, h('a', {href: `#/trace/${seg(lot.lotId)}`, id: 'trace-link'}, t('lot.trace')),
          lot.recallId ? h('a', {href: `#/recalls/${seg(lot.recallId)}`, id: 'recall-notice'},
              t('lot.recallNotice', lot.recallId)) : null),
      h('div', {class: 'columns'},
          h('section', {'aria-labelledby': 'lot-details'}, h('h2', {id: 'lot-details', class: 'visually-hidden'},
              t('lot.title', lot.lotId)), lotDetails(lot, sites)),
          h('section', {class: 'forms'},
              can.ship(me, lot) ? shipForm(lot, reload) : null,
              can.receive(me, lot) ? receiveForm(lot, reload) : null,
              can.recall(me) && lot.status !== 'RECALLED' ? recallForm(lot) : null,
              recordForms(me, lot, reload))),
      h('section', {'aria-labelledby': 'custody-title'}, h('h2', {id: 'custody-title'}, t('custody.title')),
          custodyChain(lot, events, nameOf)),
      coldChainSection(events),
      documentsSection(lotDocuments(lot, trace, events)),
      h('section', {'aria-labelledby': 'timeline-title'}, h('h2', {id: 'timeline-title'}, t('timeline.title')),
          timeline(events, sites)));
}

function siteName(sites, siteId) {
  const site = siteId && sites.get(siteId);
  return site ? `${site.businessName} (${siteId})` : siteId;
}

function lotDetails(lot, sites) {
  return details([
    [t('lot.product'), `${lot.productName} (${lot.productCode})`],
    [t('lot.quantity'), `${lot.quantity} ${lot.unit}`],
    [t('lot.status'), h('span', {id: 'lot-status'}, lot.status)],
    [t('lot.holder'), lot.holderMspId],
    [t('lot.shippedTo'), lot.shippedToMspId],
    [t('lot.traceCode'), lot.traceCode],
    [t('lot.gtin'), lot.gtin],
    [t('lot.origin'), lot.origin && siteName(sites, lot.origin.site)],
    [t('lot.parents'), (lot.parentLotIds || []).length ? lot.parentLotIds.map(id =>
      h('a', {href: `#/lots/${seg(id)}`}, id)) : null],
    [t('lot.registered'), [when(lot.registeredAt), ' · ', person(lot.registeredBy)]],
    [t('lot.reason'), lot.statusReason],
  ]);
}

/** Oldest first, as a supply chain is read. */
function timeline(events, sites) {
  if (events.length === 0) {
    return h('p', {}, t('timeline.none'));
  }
  const sorted = [...events].sort((a, b) => String(a.body.eventTime).localeCompare(String(b.body.eventTime)));
  return h('ol', {class: 'timeline', id: 'timeline'}, sorted.map(event => {
    const body = event.body;
    const why = [body.bizStep, body.disposition, body.reason, body.note].filter(Boolean).join(' · ');
    const parties = body.shipment ? ` ${body.shipment.fromMspId} → ${body.shipment.toMspId}` : '';
    return h('li', {'data-kind': body.kind},
        h('p', {class: 'event-what'}, h('strong', {}, body.kind), parties,
            body.quantity !== undefined && body.quantity !== null ? ` · ${body.quantity} ${body.unit || ''}` : ''),
        details([
          [t('timeline.when'), h('time', {datetime: body.eventTime}, when(body.eventTime))],
          [t('timeline.who'), [person(body.actorId), ` @ ${body.actorMspId}`]],
          [t('timeline.where'), siteName(sites, body.site)],
          [t('timeline.why'), why],
        ]));
  }));
}
