// SPDX-License-Identifier: Apache-2.0
// The directory's start page: open a department or an entry by its code, or find the entries holding a data item.
// The API has no list of every department, so a code is where one starts (the entries list names the rest).
import {getJson, seg} from './api.js';
import {t} from './i18n.js';
import {field, h, show, value} from './dom.js';
import {outcome, report} from './messages-view.js';
import {entriesTable} from './department.js';

export function directoryPage(main) {
  const results = h('div', {id: 'item-results'});
  const message = outcome('item-outcome');
  const open = (id, prefix) => event => {
    event.preventDefault();
    const code = value(id);
    if (code !== undefined) {
      location.hash = `${prefix}${seg(code)}`;
    }
  };
  const byItem = async event => {
    event.preventDefault();
    const item = value('find-item');
    if (item === undefined) {
      return;
    }
    message.className = 'outcome';
    message.textContent = t('loading');
    try {
      const page = await getJson(`/entries?item=${seg(item)}`);
      message.textContent = t('dir.found', page.items.length);
      show(results, page.items.length === 0 ? null : entriesTable(page.items));
    } catch (e) {
      report(message, e);
    }
  };
  show(main, h('h1', {}, t('dir.title')), h('p', {class: 'hint'}, t('dir.intro')),
      h('div', {class: 'criteria'},
          h('form', {id: 'find-department', onsubmit: open('find-department-code', '#/departments/')},
              field('find-department-code', t('dir.department'), {type: 'text', required: true}),
              h('button', {type: 'submit', id: 'find-department-submit'}, t('dir.open'))),
          h('form', {id: 'find-entry', onsubmit: open('find-entry-code', '#/entries/')},
              field('find-entry-code', t('dir.entry'), {type: 'text', required: true}),
              h('button', {type: 'submit', id: 'find-entry-submit'}, t('dir.open'))),
          h('form', {id: 'find-item-form', onsubmit: byItem},
              field('find-item', t('dir.item'), {type: 'text', required: true}),
              h('button', {type: 'submit', id: 'find-item-submit'}, t('dir.search')))),
      message, results);
}
