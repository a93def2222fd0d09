// SPDX-License-Identifier: Apache-2.0
// The owner's decision on a pending request: approve with an end date (the grant's deadline) and a note, or refuse
// with a reason (required by the chaincode: REASON_REQUIRED). The outcome names the decision's transaction.
import {post, seg} from './api.js';
import {t} from './i18n.js';
import {field, h, value} from './dom.js';
import {success} from './messages-view.js';
import {submit} from './custody.js';

export function decisionForms(request, decided, reload) {
  const id = request.requestId;
  const key = id.replace(/[^A-Za-z0-9_-]/g, '_'); // element ids from a ledger id: letters, digits, _ and - only
  const approve = h('form', {class: 'decision', id: `approve-${key}`, 'aria-labelledby': `approve-title-${key}`,
    novalidate: true},
      h('h3', {id: `approve-title-${key}`}, t('decide.approveTitle', id)),
      field(`approve-until-${key}`, t('decide.until'), {type: 'date', required: true}),
      field(`approve-note-${key}`, t('decide.note'), {type: 'text'}),
      h('button', {type: 'submit', class: 'approve-submit'}, t('decide.approve')));
  const refuse = h('form', {class: 'decision', id: `refuse-${key}`, 'aria-labelledby': `refuse-title-${key}`,
    novalidate: true},
      h('h3', {id: `refuse-title-${key}`}, t('decide.refuseTitle', id)),
      field(`refuse-reason-${key}`, t('decide.reason'), {type: 'text', required: true}),
      h('button', {type: 'submit', class: 'danger refuse-submit'}, t('decide.refuse')));
  const write = (form, path, body, done) => form.addEventListener('submit', async event => {
    event.preventDefault();
    await submit(form, decided, async () => {
      const result = await post(`/sharing-requests/${seg(id)}/${path}`, body());
      success(decided, t(done, id, result.blockNumber, result.validationCode));
      decided.dataset.tx = result.transactionId;
      decided.append(' ', h('a', {href: `#/chain/${seg(result.transactionId)}`, id: 'decision-tx'},
          result.transactionId));
      await reload();
    });
  });
  // The end date is the last day the grant is in force, in the browser's time zone.
  const until = () => {
    const day = value(`approve-until-${key}`);
    return day === undefined ? undefined : new Date(`${day}T23:59:59`).toISOString();
  };
  write(approve, 'approval', () => ({requestId: id, validUntil: until(), note: value(`approve-note-${key}`)}),
      'decide.approved');
  write(refuse, 'refusal', () => ({requestId: id, reason: value(`refuse-reason-${key}`) ?? ''}), 'decide.refused');
  return h('div', {class: 'forms columns', 'data-decide': id}, approve, refuse);
}
