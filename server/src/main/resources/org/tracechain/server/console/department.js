// SPDX-License-Identifier: Apache-2.0
// A department: who it is, its catalog entries (latest versions), and, for its own organisation, a link to its
// sharing requests, grants and access log.
import {getJson, seg} from './api.js';
import {t} from './i18n.js';
import {details, h, person, scrolling, show, when} from './dom.js';
import {problemText} from './messages-view.js';
import {can} from './roles.js';

export async function departmentPage(main, me, code) {
  show(main, h('p', {}, t('loading')));
  let department;
  let entries;
  try {
    [department, entries] = await Promise.all([getJson(`/departments/${seg(code)}`),
      getJson(`/entries?department=${seg(code)}&pageSize=200`)]);
  } catch (e) {
    show(main, h('p', {role: 'alert', class: 'error'}, problemText(e)));
    return;
  }
  show(main, h('h1', {}, t('dept.title', department.name, department.code)),
      details([[t('dept.msp'), department.mspId], [t('dept.parent'), department.parentCode],
        [t('dept.registered'), when(department.registeredAt)], [t('chain.tx'), department.registrationTxId]]),
      can.readSharing(me, department) ? h('p', {}, h('a', {href: `#/departments/${seg(code)}/sharing`,
        id: 'sharing-link'}, t('dept.sharing'))) : null,
      h('h2', {}, t('dept.entries')),
      entries.items.length === 0 ? h('p', {}, t('dept.noEntries')) : entriesTable(entries.items));
}

/** Latest versions of entries, each linked to its page. */
export function entriesTable(versions) {
  const headings = ['entry.code', 'entry.title', 'entry.department', 'entry.state', 'entry.version',
    'entry.sharingType', 'entry.recorded'];
  return scrolling(h('table', {class: 'entries'},
      h('thead', {}, h('tr', {}, headings.map(key => h('th', {scope: 'col'}, t(key))))),
      h('tbody', {}, versions.map(v => h('tr', {'data-entry': v.code},
          h('td', {}, h('a', {href: `#/entries/${seg(v.code)}`, class: 'entry-link'}, v.code)),
          h('td', {}, v.metadata.title),
          h('td', {}, h('a', {href: `#/departments/${seg(v.departmentCode)}`}, v.departmentCode)),
          h('td', {}, v.state),
          h('td', {}, v.version),
          h('td', {}, v.metadata.sharingType),
          h('td', {}, when(v.recordedAt), ' ', person(v.recordedBy)))))));
}
