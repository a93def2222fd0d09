// SPDX-License-Identifier: Apache-2.0
// Two versions of an entry side by side, only the fields that differ: what a reviewer wants to see of a revision.
import {t} from './i18n.js';
import {h, scrolling, select, show} from './dom.js';

/** The fields compared, in the order shown: [message key, how to read it from a version]. */
const FIELDS = [
  ['entry.state', v => v.state],
  ['entry.title', v => v.metadata.title],
  ['entry.description', v => v.metadata.description],
  ['entry.items', v => v.metadata.items.map(i => `${i.name} (${i.type})`).join(', ')],
  ['entry.sharingType', v => v.metadata.sharingType],
  ['entry.conditions', v => v.metadata.sharingConditions],
  ['entry.legalBasis', v => v.metadata.legalBasis],
  ['entry.method', v => v.metadata.sharingMethod],
  ['entry.open', v => v.metadata.openAttribute],
  ['entry.cycle', v => v.metadata.updateCycle],
  ['entry.source', v => v.metadata.sourceSystem],
  ['entry.duties', v => (v.metadata.dutyIds || []).join(', ')],
  ['entry.themes', v => (v.metadata.themeCodes || []).join(', ')],
  ['entry.classification', v => v.metadata.classificationCode],
  ['entry.changeNote', v => v.changeNote],
];

export function diffForm(versions) {
  const numbers = versions.map(v => [String(v.version), String(v.version)]);
  const result = h('div', {id: 'diff-result', 'aria-live': 'polite'});
  const form = h('form', {id: 'diff-form', class: 'criteria', 'aria-labelledby': 'diff-title'},
      select('diff-from', t('diff.from'), numbers), select('diff-to', t('diff.to'), numbers),
      h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'diff-submit'}, t('diff.compare'))));
  form.querySelector('#diff-to').value = String(versions[versions.length - 1].version);
  form.addEventListener('submit', event => {
    event.preventDefault();
    const pick = id => versions.find(v => String(v.version) === form.querySelector(`#${id}`).value);
    show(result, diffTable(pick('diff-from'), pick('diff-to')));
  });
  return h('section', {}, h('h2', {id: 'diff-title'}, t('diff.title')), form, result);
}

function diffTable(from, to) {
  const rows = FIELDS.map(([key, read]) => [key, read(from) ?? '', read(to) ?? ''])
      .filter(([, a, b]) => a !== b);
  if (rows.length === 0) {
    return h('p', {}, t('diff.same', from.version, to.version));
  }
  return scrolling(h('table', {id: 'diff-table'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('diff.field')),
          h('th', {scope: 'col'}, t('diff.version', from.version)),
          h('th', {scope: 'col'}, t('diff.version', to.version)))),
      h('tbody', {}, rows.map(([key, a, b]) => h('tr', {'data-field': key},
          h('th', {scope: 'row'}, t(key)), h('td', {class: 'diff-old'}, a), h('td', {class: 'diff-new'}, b))))));
}
