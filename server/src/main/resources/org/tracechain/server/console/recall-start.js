// SPDX-License-Identifier: Apache-2.0
// The regulator's "start a recall" form on a lot page: POST /lots/{id}/recall, then the recall's page.
import {post, seg} from './api.js';
import {t} from './i18n.js';
import {field, h, value} from './dom.js';
import {outcome} from './messages-view.js';
import {submit} from './custody.js';
import {remember} from './recall-history.js';

export function recallForm(lot) {
  const message = outcome('recall-outcome');
  const suggested = `R-${lot.lotId}-${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`;
  const form = h('form', {id: 'recall-form', 'aria-labelledby': 'recall-title', novalidate: true},
      h('h2', {id: 'recall-title'}, t('recall.start')),
      field('recall-id', t('recall.id'), {type: 'text', required: true, value: suggested}),
      field('recall-reason', t('recall.reason'), {required: true, rows: 3, 'aria-describedby': 'recall-outcome'},
          'textarea'),
      h('button', {type: 'submit', id: 'recall-submit', class: 'danger'}, t('recall.submit')),
      message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const recallId = value('recall-id') ?? '';
    await submit(form, message, async () => {
      await post(`/lots/${seg(lot.lotId)}/recall`, {recallId, reason: value('recall-reason') ?? ''});
      remember(recallId);
      location.hash = `#/recalls/${seg(recallId)}`;
    });
  });
  return form;
}
