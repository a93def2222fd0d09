// SPDX-License-Identifier: Apache-2.0
// The chain as this server sees it, refreshed every few seconds while the page is open: GET /health (gateway, the
// query store's height), GET /chain/heights (the ledger's height on the organisation's peer beside the store's),
// GET /transactions (a channel's recent transactions with their validation codes, newest first, paged),
// GET /network/nodes (the nodes' health), and a transaction looked up by id (GET /transactions/{txId}).
// Every caller of the organisation may ask all of these; the channels offered are the organisation's own.
import {getJson, seg} from './api.js';
import {t} from './i18n.js';
import {details, field, h, select, show, value, when} from './dom.js';
import {outcome, report} from './messages-view.js';
import {heightsTable, nodesTable, transactionsTable} from './chain-tables.js';

const POLL_MILLIS = 5000;
const PAGE_SIZE = 15;

export async function chainPage(main, me, txId) {
  let stopped = false;
  let timer = null;
  let generation = 0;
  /** The transactions' own count: paging by hand and polling each drop the answers a later request overtook. */
  let txGeneration = 0;
  /** The page tokens that led to the page shown: [] is the newest page, which polling keeps fresh. */
  let tokens = [];
  let channel = me.channels.includes('foodtrace') ? 'foodtrace' : me.channels[0];

  const health = h('div', {id: 'chain-health'}, t('loading'));
  const heights = h('div', {id: 'chain-heights-area'});
  const transactions = h('div', {id: 'chain-transactions-area', 'aria-live': 'polite', 'aria-busy': 'true'});
  const paging = h('div', {class: 'actions'});
  const nodes = h('div', {id: 'chain-nodes-area'});
  const refreshed = h('p', {id: 'chain-refreshed', class: 'hint'});
  const problem = outcome('chain-problem');
  const result = h('div', {id: 'tx-result'});
  const message = outcome('tx-outcome');

  const channelChoice = select('chain-channel', t('chain.channel'), me.channels.map(c => [c, c]));
  channelChoice.querySelector('select').value = channel || '';
  channelChoice.querySelector('select').addEventListener('change', event => {
    channel = event.target.value;
    tokens = [];
    loadTransactions().catch(() => {}); // shown in the table's place
  });
  const newer = h('button', {type: 'button', id: 'chain-newer'}, t('chain.newer'));
  const older = h('button', {type: 'button', id: 'chain-older'}, t('chain.older'));
  newer.addEventListener('click', () => {
    tokens = tokens.slice(0, -1);
    loadTransactions().catch(() => {});
  });
  older.addEventListener('click', () => {
    if (older.dataset.token) {
      tokens = [...tokens, older.dataset.token];
      loadTransactions().catch(() => {});
    }
  });
  paging.append(newer, older);

  const form = h('form', {id: 'tx-form', class: 'criteria', 'aria-labelledby': 'tx-title'},
      field('tx-id', t('chain.txId'), {type: 'text', required: true, value: txId || '', pattern: '[0-9a-f]{64}',
        autocomplete: 'off', spellcheck: 'false'}),
      select('tx-channel', t('chain.channel'), [['', t('chain.anyChannel')], ...me.channels.map(c => [c, c])]),
      h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'tx-submit'}, t('chain.lookUp'))));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const id = value('tx-id');
    if (id !== undefined) {
      lookUp(id, value('tx-channel'), result, message);
    }
  });

  const root = h('div', {id: 'chain-page'},
      h('h1', {}, t('chain.title')), problem,
      h('section', {'aria-labelledby': 'tx-title'}, h('h2', {id: 'tx-title'}, t('chain.transaction')), form, message,
          result),
      h('section', {'aria-labelledby': 'heights-title'}, h('h2', {id: 'heights-title'}, t('chain.heights')), health,
          heights),
      h('section', {'aria-labelledby': 'recent-title'}, h('h2', {id: 'recent-title'}, t('chain.recent')),
          me.channels.length > 1 ? channelChoice : null, transactions, paging),
      h('section', {'aria-labelledby': 'nodes-title'}, h('h2', {id: 'nodes-title'}, t('chain.nodes')), nodes),
      refreshed);
  show(main, root);
  if (txId) {
    lookUp(txId, undefined, result, message);
  }

  /** Still the page shown? A page left while a request was out must not draw on the next one. */
  const live = mine => !stopped && mine === generation && document.body.contains(root);

  async function loadTransactions() {
    const mine = ++txGeneration;
    const current = () => !stopped && mine === txGeneration && document.body.contains(root);
    if (!channel) {
      show(transactions, h('p', {class: 'hint'}, t('chain.noChannel')));
      paging.hidden = true;
      return;
    }
    transactions.setAttribute('aria-busy', 'true');
    const token = tokens.length ? `&pageToken=${seg(tokens[tokens.length - 1])}` : '';
    try {
      // The store's answer waits for this tab's last food write, so a lot just registered is listed.
      const page = await getJson(`/transactions?channel=${seg(channel)}&limit=${PAGE_SIZE}${token}`,
          {storeRead: channel === 'foodtrace'});
      if (!current()) {
        return;
      }
      show(transactions, transactionsTable(page));
      newer.disabled = tokens.length === 0;
      older.disabled = !page.nextPageToken;
      older.dataset.token = page.nextPageToken || '';
      paging.hidden = tokens.length === 0 && !page.nextPageToken;
    } catch (e) {
      if (current()) {
        show(transactions, h('p', {role: 'alert', class: 'error'}, e.message));
      }
      throw e;
    } finally {
      transactions.setAttribute('aria-busy', 'false');
    }
  }

  async function refresh() {
    const mine = ++generation;
    clearTimeout(timer);
    const results = await Promise.allSettled([loadHealth(), getJson('/chain/heights'), getJson('/network/nodes'),
      tokens.length === 0 ? loadTransactions() : Promise.resolve()]);
    if (!live(mine)) {
      return;
    }
    const [, chain, network] = results;
    if (chain.status === 'fulfilled') {
      show(heights, heightsTable(chain.value.channels));
    } else {
      show(heights, h('p', {role: 'alert', class: 'error'}, chain.reason.message));
    }
    show(nodes, network.status === 'fulfilled' ? nodesTable(network.value)
      : h('p', {role: 'alert', class: 'error'}, network.reason.message));
    refreshed.textContent = t('chain.refreshed', when(new Date().toISOString()));
    const refused = results.find(r => r.status === 'rejected' && [401, 403].includes(r.reason.status));
    if (refused) {
      report(problem, refused.reason);
      return; // asking again would be refused again
    }
    timer = setTimeout(refresh, POLL_MILLIS);
  }

  async function loadHealth() {
    let status;
    try {
      status = await getJson('/health');
    } catch (e) {
      // 503 DOWN: the gateway peer is not reachable; the other tables say the rest.
      show(health, h('p', {role: 'alert', class: 'error'}, t('chain.down')));
      return;
    }
    show(health, details([[t('chain.status'), h('span', {id: 'chain-status'}, status.status)],
      [t('chain.organization'), status.organization],
      [t('chain.gateway'), status.gateway ? `${status.gateway.endpoint} (${status.gateway.reachable
        ? t('chain.reachable') : t('chain.unreachable')})` : '']]));
  }

  refresh();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

async function lookUp(txId, channel, result, message) {
  message.className = 'outcome';
  message.textContent = t('loading');
  show(result);
  try {
    const query = channel ? `?channel=${seg(channel)}` : '';
    const tx = await getJson(`/transactions/${seg(txId)}${query}`);
    message.textContent = '';
    show(result, details([[t('chain.txId'), h('span', {class: 'tx'}, tx.transactionId)], [t('chain.channel'),
      tx.channel], [t('chain.state'), h('span', {id: 'tx-state'}, tx.state)], [t('chain.block'),
      h('span', {id: 'tx-block'}, tx.blockNumber)], [t('chain.validation'), h('span', {id: 'tx-validation'},
      tx.validationCode)]]));
  } catch (e) {
    report(message, e);
  }
}
