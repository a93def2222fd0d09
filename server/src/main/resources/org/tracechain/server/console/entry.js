// SPDX-License-Identifier: Apache-2.0
// A catalog entry: its latest version (sharing class, data items), every version with a field-by-field diff of any
// two, and the form to request its data for the roles that may.
import {getJson, seg} from './api.js';
import {t} from './i18n.js';
import {details, h, person, scrolling, show, when} from './dom.js';
import {problemText} from './messages-view.js';
import {can} from './roles.js';
import {diffForm} from './entry-diff.js';
import {requestForm} from './request-form.js';

export async function entryPage(main, me, code) {
  show(main, h('p', {}, t('loading')));
  let versions;
  try {
    versions = await getJson(`/entries/${seg(code)}/versions`);
  } catch (e) {
    show(main, h('p', {role: 'alert', class: 'error'}, problemText(e)));
    return;
  }
  const latest = versions[versions.length - 1];
  const m = latest.metadata;
  show(main, h('h1', {}, t('entry.heading', m.title, latest.code)),
      details([
        [t('entry.department'), h('a', {href: `#/departments/${seg(latest.departmentCode)}`},
            latest.departmentCode)],
        [t('entry.state'), h('span', {id: 'entry-state'}, latest.state)],
        [t('entry.version'), h('span', {id: 'entry-version'}, latest.version)],
        [t('entry.description'), m.description],
        [t('entry.sharingType'), h('span', {id: 'entry-sharing-type'}, m.sharingType)],
        [t('entry.conditions'), m.sharingConditions],
        [t('entry.legalBasis'), m.legalBasis],
        [t('entry.method'), m.sharingMethod],
        [t('entry.open'), m.openAttribute],
        [t('entry.cycle'), m.updateCycle],
        [t('entry.source'), m.sourceSystem]]),
      h('h2', {}, t('entry.items')), itemsTable(m.items),
      h('h2', {}, t('entry.versions')), versionsTable(versions),
      versions.length > 1 ? diffForm(versions) : null,
      can.requestData(me) && latest.state === 'PUBLISHED' ? requestForm(latest) : null);
}

function itemsTable(items) {
  return scrolling(h('table', {id: 'entry-items'},
      h('thead', {}, h('tr', {}, ['item.name', 'item.type', 'item.description'].map(key =>
          h('th', {scope: 'col'}, t(key))))),
      h('tbody', {}, items.map(item => h('tr', {}, h('td', {}, item.name), h('td', {}, item.type),
          h('td', {}, item.description || ''))))));
}

function versionsTable(versions) {
  return scrolling(h('table', {id: 'entry-versions'},
      h('thead', {}, h('tr', {}, ['entry.version', 'entry.state', 'entry.changeNote', 'entry.recorded', 'chain.tx']
          .map(key => h('th', {scope: 'col'}, t(key))))),
      h('tbody', {}, versions.map(v => h('tr', {'data-version': v.version},
          h('td', {}, v.version), h('td', {}, v.state), h('td', {}, v.changeNote || ''),
          h('td', {}, when(v.recordedAt), ' ', person(v.recordedBy)), h('td', {class: 'tx'}, v.txId))))));
}
