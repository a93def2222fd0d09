// SPDX-License-Identifier: Apache-2.0
// A department's sharing: requests it received (with the owner's approve/refuse forms) and made, grants either way
// with their expiry, and the access audit log. Only for the department's own organisation (roles.js).
import {getJson, seg} from './api.js';
import {t} from './i18n.js';
import {h, show} from './dom.js';
import {outcome, problemText} from './messages-view.js';
import {can} from './roles.js';
import {decisionForms} from './decision.js';
import {grantsTable, logsTable, requestsTable} from './sharing-tables.js';

export async function sharingPage(main, me, code) {
  show(main, h('p', {}, t('loading')));
  let department;
  try {
    department = await getJson(`/departments/${seg(code)}`);
  } catch (e) {
    show(main, h('p', {role: 'alert', class: 'error'}, problemText(e)));
    return undefined;
  }
  if (!can.readSharing(me, department)) {
    return false;
  }
  const decided = outcome('decision-outcome');
  const lists = h('div', {id: 'sharing-lists'});
  show(main, h('h1', {}, t('sharing.title', department.name, department.code)),
      h('p', {}, h('a', {href: `#/departments/${seg(code)}`}, t('sharing.back'))), decided, lists);
  const reload = () => load(me, department, lists, decided, reload);
  await reload();
  return undefined;
}

async function load(me, department, lists, decided, reload) {
  const q = `department=${seg(department.code)}&pageSize=200`;
  let owned;
  let made;
  let grantedOut;
  let grantedIn;
  let logs;
  try {
    [owned, made, grantedOut, grantedIn, logs] = await Promise.all([
      getJson(`/sharing-requests?${q}&side=owner`), getJson(`/sharing-requests?${q}&side=requester`),
      getJson(`/grants?${q}&side=owner`), getJson(`/grants?${q}&side=requester`),
      getJson(`/access-logs?${q}`)]);
  } catch (e) {
    show(lists, h('p', {role: 'alert', class: 'error'}, problemText(e)));
    return;
  }
  const pending = owned.items.filter(request => can.decide(me, request, department));
  show(lists,
      h('h2', {}, t('sharing.received')), requestsTable('requests-received', owned.items, 'requester'),
      pending.map(request => decisionForms(request, decided, reload)),
      h('h2', {}, t('sharing.made')), requestsTable('requests-made', made.items, 'owner'),
      h('h2', {}, t('grants.out')), grantsTable('grants-out', grantedOut.items),
      h('h2', {}, t('grants.in')), grantsTable('grants-in', grantedIn.items),
      h('h2', {}, t('logs.title')), logsTable(logs.items));
}
