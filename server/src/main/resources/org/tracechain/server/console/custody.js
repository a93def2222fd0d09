// SPDX-License-Identifier: Apache-2.0
// Ship and receive forms of the lot page. A refusal shows the API's problem detail and code as it came.
import {post, seg} from './api.js';
import {t} from './i18n.js';
import {field, h, value} from './dom.js';
import {outcome, report, success} from './messages-view.js';

export function shipForm(lot, reload) {
  const message = outcome('ship-outcome');
  const form = h('form', {id: 'ship-form', 'aria-labelledby': 'ship-title', novalidate: true},
      h('h2', {id: 'ship-title'}, t('ship.title')),
      field('ship-to', t('ship.to'), {type: 'text', required: true, placeholder: 'DistributorMSP',
        'aria-describedby': 'ship-outcome'}),
      field('ship-site', t('ship.site'), {type: 'text'}),
      field('ship-to-site', t('ship.toSite'), {type: 'text'}),
      h('button', {type: 'submit', id: 'ship-submit'}, t('ship.submit')),
      message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    // Sent as typed, empty fields left out: the API, not the page, says what is valid.
    const body = {toMspId: value('ship-to') ?? '', site: value('ship-site'), toSite: value('ship-to-site')};
    await submit(form, message, async () => {
      const result = await post(`/lots/${seg(lot.lotId)}/ship`, body);
      success(message, t('ship.done', result.blockNumber));
      reload();
    });
  });
  return form;
}

export function receiveForm(lot, reload) {
  const message = outcome('receive-outcome');
  const form = h('form', {id: 'receive-form', 'aria-labelledby': 'receive-title'},
      h('h2', {id: 'receive-title'}, t('receive.title')),
      h('button', {type: 'submit', id: 'receive-submit'}, t('receive.submit')),
      message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    await submit(form, message, async () => {
      const result = await post(`/lots/${seg(lot.lotId)}/receive`, {});
      success(message, t('receive.done', result.blockNumber));
      reload();
    });
  });
  return form;
}

/** Runs a form's write with its button disabled, so a double click does not send it twice. */
export async function submit(form, message, write) {
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  message.className = 'outcome';
  message.textContent = t('loading');
  try {
    await write();
  } catch (e) {
    report(message, e);
  } finally {
    button.disabled = false;
    form.removeAttribute('aria-busy');
  }
}
