// SPDX-License-Identifier: Apache-2.0
// Lot search over the query store (GET /lots with its own parameters), one page at a time.
import {getJson, seg} from './api.js';
import {t} from './i18n.js';
import {field, h, scrolling, select, show, value, when} from './dom.js';
import {outcome, report} from './messages-view.js';

const STATUSES = ['ACTIVE', 'IN_TRANSIT', 'CONSUMED', 'RECALLED', 'ON_HOLD'];
const TEXT_CRITERIA = [['traceCode', 'lots.traceCode'], ['gtin', 'lots.gtin'], ['lot', 'lots.lot'],
  ['product', 'lots.product'], ['holder', 'lots.holder']];
const PER_PAGE = 20;
/**
 * The latest search started: only its answer is shown. The page's first (unfiltered) search can answer after a
 * search the user submitted at once (both wait for the tab's last write), and must not overwrite it.
 */
let latestSearch = 0;

export function lotsPage(main) {
  const results = h('div', {id: 'lot-results'});
  const message = outcome('lots-outcome');
  const form = h('form', {id: 'lot-search', class: 'criteria'},
      TEXT_CRITERIA.map(([name, label]) => field(`search-${name}`, t(label), {type: 'text'})),
      select('search-status', t('lots.status'), [['', t('lots.any')], ...STATUSES.map(s => [s, s])]),
      field('search-from', t('lots.from'), {type: 'datetime-local'}),
      field('search-to', t('lots.to'), {type: 'datetime-local'}),
      h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'search-submit'}, t('lots.search'))));
  form.addEventListener('submit', event => {
    event.preventDefault();
    search(criteria(), results, message, []);
  });
  show(main, h('h1', {}, t('lots.title')), form, message, results);
  search(criteria(), results, message, []);
}

function criteria() {
  const query = new URLSearchParams();
  for (const [name] of TEXT_CRITERIA) {
    const text = value(`search-${name}`);
    if (text !== undefined) {
      query.set(name, text);
    }
  }
  const status = value('search-status');
  if (status !== undefined) {
    query.set('status', status);
  }
  // datetime-local has no zone; the API wants one, so the browser's local time is sent as an instant (UTC).
  for (const [name, id] of [['from', 'search-from'], ['to', 'search-to']]) {
    const local = value(id);
    if (local !== undefined) {
      query.set(name, new Date(local).toISOString());
    }
  }
  query.set('perPage', String(PER_PAGE));
  return query;
}

async function search(query, results, message, shown) {
  const mine = ++latestSearch;
  message.textContent = t('loading');
  message.className = 'outcome';
  if (shown.length === 0) {
    show(results); // new criteria: the last answer's lots no longer match them
  }
  let page;
  try {
    page = await getJson(`/lots?${query.toString().replace(/\+/g, '%20')}`, {storeRead: true});
  } catch (e) {
    if (mine === latestSearch) {
      report(message, e);
    }
    return;
  }
  if (mine !== latestSearch) {
    return; // a later search's answer is (or will be) shown
  }
  const lots = shown.concat(page.lots);
  message.textContent = t('lots.count', lots.length, page.height);
  const more = page.nextPageToken ? h('button', {type: 'button', id: 'lots-more', onclick: () => {
    const next = new URLSearchParams(query);
    next.set('nextPageToken', page.nextPageToken);
    search(next, results, message, lots);
  }}, t('lots.more')) : null;
  show(results, lots.length === 0 ? h('p', {}, t('lots.none')) : table(lots), more);
}

function table(lots) {
  const headings = ['lots.lot', 'lot.product', 'lot.quantity', 'lot.holder', 'lot.status', 'lot.registered'];
  return scrolling(h('table', {class: 'lots'},
      h('thead', {}, h('tr', {}, headings.map(key => h('th', {scope: 'col'}, t(key))))),
      h('tbody', {}, lots.map(lot => h('tr', {},
          h('td', {}, h('a', {href: `#/lots/${seg(lot.lotId)}`, class: 'lot-link'}, lot.lotId)),
          h('td', {}, lot.productName),
          h('td', {}, `${lot.quantity} ${lot.unit}`),
          h('td', {}, lot.holderMspId),
          h('td', {}, lot.status),
          h('td', {}, when(lot.registeredAt)))))));
}
