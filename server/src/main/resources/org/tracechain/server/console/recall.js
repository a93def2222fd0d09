// SPDX-License-Identifier: Apache-2.0
// A recall (GET /recalls/{id}): the recalled lot, the affected lots (the recalled lot's forward trace), the holders
// and who has acknowledged, read again whenever the server's event stream says a transaction changed the recall
// (recall-live.js); polled every few seconds only while the stream cannot be had. A holder organisation that has
// not acknowledged gets the form to do so; the regulator may process the next batch.
import {getJson, post, seg} from './api.js';
import {t} from './i18n.js';
import {details, field, h, person, scrolling, show, value, when} from './dom.js';
import {can} from './roles.js';
import {outcome, problemText, report} from './messages-view.js';
import {submit} from './custody.js';
import {recalled} from './recall-history.js';
import {followRecall} from './recall-live.js';

const POLL_MILLIS = 3000;

export function recallPage(main, me, recallId) {
  let stopped = false;
  let timer = null;
  /** 'connecting', 'live', 'reconnecting', 'polling' or 'stopped' (recall-live.js): only 'polling' polls. */
  let streamState = 'connecting';
  /** Each refresh's number: an answer that a later refresh (an event, or one after a write) overtook is dropped. */
  let generation = 0;
  let affectedFor = -1;
  const status = h('div', {id: 'recall-status'});
  const affected = h('section', {'aria-labelledby': 'affected-title'},
      h('h2', {id: 'affected-title'}, t('recall.affected')), h('ul', {id: 'affected-lots'}));
  // Polite: a screen reader hears "live" / "reconnecting" once when it changes, not on every update.
  const live = h('p', {id: 'recall-live', role: 'status', 'aria-live': 'polite', class: 'live-state'});
  const refreshed = h('p', {id: 'recall-refreshed', class: 'hint'});
  const actions = h('div', {id: 'recall-actions'});
  const problem = outcome('recall-problem');
  show(main, h('h1', {}, t('recall.title', recallId)), live, problem, status, actions, affected, refreshed);

  async function refresh() {
    const mine = ++generation;
    clearTimeout(timer);
    try {
      const view = await getJson(`/recalls/${seg(recallId)}`);
      if (stopped || mine !== generation) {
        return;
      }
      problem.textContent = '';
      renderStatus(status, view);
      renderActions(actions, me, view, refresh);
      if (view.recall.affectedLotCount !== affectedFor) {
        affectedFor = view.recall.affectedLotCount;
        renderAffected(affected.querySelector('ul'), view.recall.rootLotId);
      }
      refreshed.textContent = t('recall.updatedAt', when(new Date().toISOString()));
    } catch (e) {
      report(problem, e);
      if (e.status === 401 || e.status === 403 || e.status === 404) {
        return; // asking again would be refused again
      }
    }
    if (!stopped && mine === generation && streamState === 'polling') {
      timer = setTimeout(refresh, POLL_MILLIS);
    }
  }

  function setState(state) {
    const was = streamState;
    streamState = state;
    live.dataset.state = state;
    live.textContent = t(`recall.live.${state}`);
    if (state === 'polling' && was !== 'polling') {
      refresh();
    } else if (state !== 'polling') {
      clearTimeout(timer);
    }
  }

  setState('connecting');
  refresh();
  const unfollow = followRecall(recallId, {onUpdate: refresh, onState: setState});
  return () => {
    stopped = true;
    clearTimeout(timer);
    unfollow();
  };
}

function renderStatus(element, view) {
  const recall = view.recall;
  const headings = ['recall.holder', 'recall.acknowledged', 'recall.by', 'recall.at', 'recall.note'];
  show(element,
      details([
        [t('recall.root'), h('a', {href: `#/lots/${seg(recall.rootLotId)}`}, recall.rootLotId)],
        [t('recall.reason'), recall.reason],
        [t('recall.issued'), [when(recall.issuedAt), ' · ', person(recall.issuedBy), ` @ ${recall.issuedByMspId}`]],
        [t('recall.complete'), t(recall.complete ? 'yes' : 'no')],
      ]),
      h('h2', {id: 'holders-title'}, t('recall.holders')),
      scrolling(h('table', {id: 'recall-holders', 'aria-labelledby': 'holders-title'},
          h('thead', {}, h('tr', {}, headings.map(key => h('th', {scope: 'col'}, t(key))))),
          h('tbody', {}, view.holders.map(holder => h('tr', {'data-msp': holder.mspId,
            'data-acknowledged': String(holder.acknowledged)},
          h('td', {}, holder.mspId),
          h('td', {}, t(holder.acknowledged ? 'yes' : 'no')),
          h('td', {}, holder.acknowledgement ? person(holder.acknowledgement.acknowledgedBy) : ''),
          h('td', {}, holder.acknowledgement ? when(holder.acknowledgement.acknowledgedAt) : ''),
          h('td', {}, holder.acknowledgement ? holder.acknowledgement.note || '' : '')))))),
      h('p', {id: 'recall-pending'}, view.notAcknowledged.length ? t('recall.pending',
          view.notAcknowledged.join(', ')) : t('recall.allAcknowledged')));
}

function renderActions(element, me, view, refresh) {
  // Rebuilt only when what may be done changes, so a poll never wipes what the user is typing.
  const key = `${can.acknowledge(me, view)}|${can.recall(me) && !view.recall.complete}`;
  if (element.dataset.key === key) {
    return;
  }
  element.dataset.key = key;
  show(element,
      can.acknowledge(me, view) ? acknowledgeForm(view.recall.recallId, refresh) : null,
      can.recall(me) && !view.recall.complete ? continueForm(view.recall.recallId, refresh) : null);
}

function acknowledgeForm(recallId, refresh) {
  const message = outcome('acknowledge-outcome');
  const form = h('form', {id: 'acknowledge-form', 'aria-labelledby': 'acknowledge-title'},
      h('h2', {id: 'acknowledge-title'}, t('recall.acknowledge')),
      field('acknowledge-note', t('recall.ackNote'), {rows: 3}, 'textarea'),
      h('button', {type: 'submit', id: 'acknowledge-submit'}, t('recall.ackSubmit')), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    await submit(form, message, async () => {
      await post(`/recalls/${seg(recallId)}/acknowledgements`, {note: value('acknowledge-note')});
      refresh();
    });
  });
  return form;
}

function continueForm(recallId, refresh) {
  const message = outcome('continue-outcome');
  const form = h('form', {id: 'continue-form'},
      h('button', {type: 'submit', id: 'continue-submit'}, t('recall.continue')), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    await submit(form, message, async () => {
      await post(`/recalls/${seg(recallId)}/continue`, {});
      refresh();
    });
  });
  return form;
}

async function renderAffected(list, rootLotId) {
  try {
    const trace = await getJson(`/lots/${seg(rootLotId)}/trace?direction=forward`);
    show(list, trace.lots.map(lot => h('li', {'data-lot': lot.lotId}, h('a', {href: `#/lots/${seg(lot.lotId)}`},
        lot.lotId), ` ${lot.productName} · ${lot.holderMspId} · ${lot.status}`)));
  } catch (e) {
    show(list, h('li', {role: 'alert'}, problemText(e)));
  }
}

/** The regulator's recall list: open one by id, or one started in this tab. */
export function recallsPage(main) {
  const form = h('form', {id: 'open-recall', 'aria-labelledby': 'open-recall-title'},
      h('h2', {id: 'open-recall-title'}, t('recall.open')),
      field('open-recall-id', t('recall.id'), {type: 'text', required: true}),
      h('button', {type: 'submit'}, t('recall.openSubmit')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const id = value('open-recall-id');
    if (id) {
      location.hash = `#/recalls/${seg(id)}`;
    }
  });
  const ids = recalled();
  show(main, h('h1', {}, t('nav.recalls')), form,
      ids.length ? h('section', {'aria-labelledby': 'recent-title'}, h('h2', {id: 'recent-title'},
          t('recall.recent')), h('ul', {}, ids.map(id => h('li', {}, h('a', {href: `#/recalls/${seg(id)}`}, id)))))
        : null);
}
