// SPDX-License-Identifier: Apache-2.0
// The producer's "register a lot" form: POST /lots, then the new lot's page. The API validates; its problem detail
// and code are the message.
import {post, seg} from './api.js';
import {t} from './i18n.js';
import {field, h, show, value} from './dom.js';
import {outcome, success} from './messages-view.js';
import {submit} from './custody.js';

export function registerPage(main) {
  const message = outcome('register-outcome');
  const form = h('form', {id: 'register-form', class: 'criteria', novalidate: true,
    'aria-describedby': 'register-outcome'},
      field('register-lot-id', t('register.lotId'), {type: 'text', required: true}),
      field('register-product-code', t('register.productCode'), {type: 'text', required: true}),
      field('register-product-name', t('register.productName'), {type: 'text', required: true}),
      field('register-quantity', t('register.quantity'), {type: 'text', inputmode: 'decimal', required: true}),
      field('register-unit', t('register.unit'), {type: 'text', required: true, value: 'kg'}),
      field('register-gtin', t('register.gtin'), {type: 'text', inputmode: 'numeric'}),
      field('register-site', t('register.site'), {type: 'text'}),
      field('register-produced-on', t('register.producedOn'), {type: 'date'}),
      h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'register-submit'}, t('register.submit'))));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    await submit(form, message, async () => {
      const result = await post('/lots', body());
      success(message, t('register.done', result.record.lotId, result.blockNumber));
      location.hash = `#/lots/${seg(result.record.lotId)}`;
    });
  });
  show(main, h('h1', {}, t('register.title')), form, message);
}

function body() {
  const quantity = value('register-quantity');
  const origin = {site: value('register-site'), producedOn: value('register-produced-on')};
  return {
    lotId: value('register-lot-id') ?? '',
    productCode: value('register-product-code') ?? '',
    productName: value('register-product-name') ?? '',
    // A number as typed, so the ledger keeps exactly those digits (the API refuses what is not a number).
    quantity: quantity === undefined || Number.isNaN(Number(quantity)) ? quantity ?? null : Number(quantity),
    unit: value('register-unit') ?? '',
    gtin: value('register-gtin'),
    origin: origin.site || origin.producedOn ? origin : undefined,
  };
}
