// SPDX-License-Identifier: Apache-2.0
// The chain page's tables: heights (the ledger on the organisation's peer beside the query store), recent
// transactions and the nodes' health. Data only in, elements out: chain.js fetches and polls.
import {t} from './i18n.js';
import {h, scrolling, when} from './dom.js';

/** A validation code, marked (not by colour alone: a sign and the code's own words) when it is not VALID. */
function code(validationCode) {
  return validationCode === 'VALID'
    ? h('span', {class: 'code-valid'}, validationCode)
    : h('span', {class: 'code-invalid', title: t('chain.invalidHint')}, h('span', {'aria-hidden': 'true'}, '⚠ '),
        validationCode);
}

function th(text) {
  return h('th', {scope: 'col'}, text);
}

/** [{channel, ledgerHeight, storeHeight}] → the heights table with the store's lag. */
export function heightsTable(channels) {
  return scrolling(h('table', {id: 'store-heights'},
      h('caption', {class: 'visually-hidden'}, t('chain.heights')),
      h('thead', {}, h('tr', {}, th(t('chain.channel')), th(t('chain.ledgerHeight')), th(t('chain.storeHeight')),
          th(t('chain.lag')))),
      h('tbody', {}, channels.map(row => {
        const store = row.storeHeight;
        const lag = store === undefined ? null : row.ledgerHeight - store;
        return h('tr', {'data-channel': row.channel},
            h('th', {scope: 'row'}, row.channel),
            h('td', {class: 'ledger-height'}, row.ledgerHeight),
            h('td', {class: 'store-height'}, store === undefined ? t('chain.storeDown') : store),
            h('td', {class: lag > 0 ? 'lag behind' : 'lag'}, lag === null ? '' : lag > 0
              ? t('chain.behind', lag) : t('chain.upToDate')));
      }))));
}

/** A page of {transactions: [...]} → the transactions table; each id opens the transaction's lookup. */
export function transactionsTable(page) {
  if (page.transactions.length === 0) {
    return h('p', {id: 'chain-transactions', class: 'hint'}, t('chain.noTransactions'));
  }
  return scrolling(h('table', {id: 'chain-transactions'},
      h('caption', {class: 'visually-hidden'}, t('chain.recent')),
      h('thead', {}, h('tr', {}, th(t('chain.block')), th(t('chain.txId')), th(t('chain.function')),
          th(t('chain.creator')), th(t('chain.time')), th(t('chain.validation')))),
      h('tbody', {}, page.transactions.map(tx => h('tr', {'data-tx': tx.transactionId,
        class: tx.validationCode === 'VALID' ? null : 'tx-invalid'},
      h('td', {}, tx.blockNumber),
      h('td', {class: 'tx'}, h('a', {href: `#/chain/${tx.transactionId}`, title: tx.transactionId,
        'aria-label': t('chain.lookUpTx', tx.transactionId)}, `${tx.transactionId.substring(0, 12)}…`)),
      h('td', {class: 'function'}, tx.function ? `${tx.chaincode} · ${tx.function}` : tx.chaincode),
      h('td', {}, tx.creatorMspId),
      h('td', {}, when(tx.timestamp)),
      h('td', {class: 'validation'}, code(tx.validationCode)))))));
}

/** {available, reason, nodes} → the nodes' health table, or why there is none. */
export function nodesTable(answer) {
  if (!answer.available) {
    return h('p', {id: 'chain-nodes', class: 'hint'}, t('chain.noNetwork'));
  }
  return scrolling(h('table', {id: 'chain-nodes'},
      h('caption', {class: 'visually-hidden'}, t('chain.nodes')),
      h('thead', {}, h('tr', {}, th(t('chain.node')), th(t('chain.kind')), th(t('chain.organization')),
          th(t('chain.nodeHealth')), th(t('chain.nodeHeights')), th(t('chain.detail')))),
      h('tbody', {}, answer.nodes.map(node => h('tr', {'data-node': node.name},
          h('th', {scope: 'row'}, node.name),
          h('td', {}, node.kind),
          h('td', {}, node.organization || t('chain.shared')),
          h('td', {class: 'node-health'}, node.healthy
            ? h('span', {class: 'code-valid'}, t('chain.healthy'))
            : h('span', {class: 'code-invalid'}, h('span', {'aria-hidden': 'true'}, '⚠ '),
                node.state === 'running' ? t('chain.unhealthy') : t('chain.stopped'))),
          h('td', {class: 'node-heights'}, Object.entries(node.heights || {})
              .map(([channel, height]) => `${channel}: ${height}`).join(', ')),
          h('td', {class: 'hint'}, node.detail || ''))))));
}
