// SPDX-License-Identifier: Apache-2.0
// The sharing page's tables: requests, grants (with whether they are still in force), access log entries.
import {t} from './i18n.js';
import {h, person, scrolling, when} from './dom.js';

function table(id, headings, rows) {
  if (rows.length === 0) {
    return h('p', {id}, t('sharing.none'));
  }
  return scrolling(h('table', {id},
      h('thead', {}, h('tr', {}, headings.map(key => h('th', {scope: 'col'}, t(key))))),
      h('tbody', {}, rows)));
}

const entryLink = code => h('a', {href: `#/entries/${encodeURIComponent(code)}`}, code);
const txLink = txId => txId ? h('a', {href: `#/chain/${encodeURIComponent(txId)}`, class: 'tx'}, txId) : '';

/** other: which department to show beside the entry, 'requester' for requests received, 'owner' for those made. */
export function requestsTable(id, requests, other) {
  return table(id, ['request.id', 'entry.code', `request.${other}`, 'request.items', 'request.purpose',
    'request.state', 'request.due', 'request.decision'], requests.map(r => h('tr', {'data-request': r.requestId,
    'data-state': r.state},
      h('td', {}, r.requestId), h('td', {}, entryLink(r.entryCode), ` v${r.entryVersion}`),
      h('td', {}, other === 'owner' ? r.ownerDepartmentCode : r.requesterDepartmentCode),
      h('td', {}, r.items.join(', ')), h('td', {}, r.purpose),
      h('td', {}, r.state), h('td', {}, when(r.dueAt)),
      h('td', {}, r.decidedAt ? [when(r.decidedAt), ' ', person(r.decidedBy), h('br'), r.reason || '', ' ',
        txLink(r.decisionTxId)] : ''))));
}

/** In force, not yet in force, expired or revoked, at the browser's clock (the chaincode decides on access). */
function standing(grant) {
  const now = Date.now();
  if (grant.revokedAt) {
    return t('grant.revoked');
  }
  if (now < Date.parse(grant.validFrom)) {
    return t('grant.future');
  }
  return now < Date.parse(grant.validUntil) ? t('grant.active') : t('grant.expired');
}

export function grantsTable(id, grants) {
  return table(id, ['grant.id', 'entry.code', 'grant.parties', 'request.items', 'grant.from', 'grant.until',
    'grant.standing', 'chain.tx'], grants.map(g => h('tr', {'data-grant': g.grantId},
      h('td', {}, g.grantId), h('td', {}, entryLink(g.entryCode)),
      h('td', {}, `${g.ownerDepartmentCode} → ${g.requesterDepartmentCode}`), h('td', {}, g.items.join(', ')),
      h('td', {}, when(g.validFrom)), h('td', {class: 'grant-until'}, when(g.validUntil)),
      h('td', {class: 'grant-standing'}, standing(g)), h('td', {}, txLink(g.grantTxId)))));
}

export function logsTable(logs) {
  return table('access-log', ['log.at', 'grant.id', 'entry.code', 'grant.parties', 'request.items',
    'request.purpose', 'log.by'], logs.map(l => h('tr', {'data-log': l.logId},
      h('td', {}, when(l.accessedAt)), h('td', {}, l.grantId), h('td', {}, entryLink(l.entryCode)),
      h('td', {}, `${l.ownerDepartmentCode} → ${l.requesterDepartmentCode}`), h('td', {}, l.items.join(', ')),
      h('td', {}, l.purpose), h('td', {}, person(l.loggedBy), ' ', txLink(l.txId)))));
}
