// SPDX-License-Identifier: Apache-2.0
// The chain as this server sees it: GET /health (gateway, the query store's height per channel) and a transaction
// looked up by id (GET /transactions/{txId}: committed or not, its block and validation code).
import {getJson, seg} from './api.js';
import {t} from './i18n.js';
import {details, field, h, scrolling, select, show, value} from './dom.js';
import {outcome, report} from './messages-view.js';

export async function chainPage(main, me, txId) {
  const health = h('div', {id: 'chain-health'}, t('loading'));
  const result = h('div', {id: 'tx-result'});
  const message = outcome('tx-outcome');
  const form = h('form', {id: 'tx-form', class: 'criteria', 'aria-labelledby': 'tx-title'},
      field('tx-id', t('chain.txId'), {type: 'text', required: true, value: txId || ''}),
      select('tx-channel', t('chain.channel'), [['', t('chain.anyChannel')], ...me.channels.map(c => [c, c])]),
      h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'tx-submit'}, t('chain.lookUp'))));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const id = value('tx-id');
    if (id !== undefined) {
      lookUp(id, value('tx-channel'), result, message);
    }
  });
  show(main, h('h1', {}, t('chain.title')), h('h2', {}, t('chain.health')), health,
      h('h2', {id: 'tx-title'}, t('chain.transaction')), form, message, result);
  if (txId) {
    lookUp(txId, undefined, result, message);
  }
  let status;
  try {
    status = await getJson('/health');
  } catch (e) {
    show(health, h('p', {role: 'alert', class: 'error'}, t('chain.down')));
    return;
  }
  const heights = Object.entries(status.store || {});
  show(health, details([[t('chain.status'), h('span', {id: 'chain-status'}, status.status)],
    [t('chain.organization'), status.organization],
    [t('chain.gateway'), status.gateway ? `${status.gateway.endpoint} (${status.gateway.reachable
      ? t('chain.reachable') : t('chain.unreachable')})` : '']]),
  heights.length === 0 ? h('p', {}, t('chain.noStore')) : scrolling(h('table', {id: 'store-heights'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('chain.channel')),
          h('th', {scope: 'col'}, t('chain.height')))),
      h('tbody', {}, heights.map(([channel, height]) => h('tr', {'data-channel': channel},
          h('td', {}, channel), h('td', {}, height)))))));
}

async function lookUp(txId, channel, result, message) {
  message.className = 'outcome';
  message.textContent = t('loading');
  show(result);
  try {
    const query = channel ? `?channel=${seg(channel)}` : '';
    const tx = await getJson(`/transactions/${seg(txId)}${query}`);
    message.textContent = '';
    show(result, details([[t('chain.txId'), tx.transactionId], [t('chain.channel'), tx.channel],
      [t('chain.state'), h('span', {id: 'tx-state'}, tx.state)], [t('chain.block'), h('span', {id: 'tx-block'},
        tx.blockNumber)], [t('chain.validation'), h('span', {id: 'tx-validation'}, tx.validationCode)]]));
  } catch (e) {
    report(message, e);
  }
}
