// SPDX-License-Identifier: Apache-2.0
// "Request this data": POST /sharing-requests for chosen data items of a published entry, on behalf of a department
// of the caller's organisation (the chaincode checks that it is; its refusal is the message).
import {post, seg} from './api.js';
import {t} from './i18n.js';
import {field, h, value} from './dom.js';
import {outcome, success} from './messages-view.js';
import {submit} from './custody.js';

export function requestForm(version) {
  const message = outcome('request-outcome');
  const suggested = `REQ-${version.code}-${Date.now().toString(36).toUpperCase()}`;
  const items = h('fieldset', {id: 'request-items'}, h('legend', {}, t('request.items')),
      version.metadata.items.map((item, i) => h('div', {class: 'check'},
          h('input', {type: 'checkbox', id: `request-item-${i}`, value: item.name}),
          h('label', {for: `request-item-${i}`}, item.name))));
  const form = h('form', {id: 'request-form', 'aria-labelledby': 'request-title', novalidate: true},
      h('h2', {id: 'request-title'}, t('request.title')),
      field('request-id', t('request.id'), {type: 'text', required: true, value: suggested}),
      field('request-department', t('request.department'), {type: 'text', required: true}),
      items,
      field('request-purpose', t('request.purpose'), {required: true, rows: 2}, 'textarea'),
      field('request-legal-basis', t('request.legalBasis'), {type: 'text'}),
      h('button', {type: 'submit', id: 'request-submit'}, t('request.submit')),
      message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const department = value('request-department') ?? '';
    const body = {requestId: value('request-id') ?? '', requesterDepartmentCode: department,
      entryCode: version.code,
      items: [...items.querySelectorAll('input:checked')].map(input => input.value),
      purpose: value('request-purpose') ?? '', legalBasis: value('request-legal-basis')};
    await submit(form, message, async () => {
      const result = await post('/sharing-requests', body);
      success(message, t('request.done', result.record.requestId, result.record.state, result.blockNumber));
      message.dataset.state = result.record.state;
      message.append(' ', h('a', {href: `#/departments/${seg(department)}/sharing`, id: 'request-sharing-link'},
          t('dept.sharing')));
    });
  });
  return form;
}
