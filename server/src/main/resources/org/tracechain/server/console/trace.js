// SPDX-License-Identifier: Apache-2.0
// A lot's lineage, back and forward, drawn as it arrives: the first page of each direction (GET /lots/{id}/trace
// with maxLots) is drawn at once, the lots per level of the whole lineage (…/trace/levels) follow, and "Load more"
// (or expanding a level that has nothing loaded yet) asks for the next page from the frontier (from=…). However
// large the lineage, the browser never parses it whole before drawing, and the graph stays a few hundred elements:
// large levels and groups are collapsed (trace-view.js). The level table and the list of what is drawn are the
// graph's text alternative, with the same actions as buttons. The downloads fetch the whole trace with the bearer
// header and save a blob.
import {download, getJson, seg} from './api.js';
import {t} from './i18n.js';
import {h, scrolling, select, show} from './dom.js';
import {problemText} from './messages-view.js';
import {addPage, counts, createTrace, merged, nextFrom, setLevels, shipments} from './trace-model.js';
import {visual} from './trace-view.js';
import {traceGraph} from './trace-graph.js';

/** Lots of the first page per direction: drawn within a moment even for a 10,000-lot lineage. */
const FIRST_PAGE = 200;
/**
 * "Load more": this many requests at once, each from up to 100 frontier lots (the API's limit) and holding at most
 * MORE_PAGE / MORE_REQUESTS lots, so one click adds up to MORE_PAGE lots however the lineage is shaped (a start lot
 * counts: a frontier of leaves gives 100 lots a request).
 */
const MORE_PAGE = 500;
const MORE_REQUESTS = 5;
const DIRECTIONS = ['back', 'forward'];

const number = value => new Intl.NumberFormat(document.documentElement.lang).format(value);
const pagePath = (lotId, dir, maxLots, from) => `/lots/${seg(lotId)}/trace?direction=${dir}&maxLots=${maxLots}`
    + (from.length ? `&from=${seg(from.join('|'))}` : '');

export async function tracePage(main, me, lotId) {
  const started = performance.now();
  const timings = window.tracechainConsole.traceTimings = {};
  show(main, h('p', {}, t('loading')));
  const trace = createTrace(lotId);
  try {
    const pages = await Promise.all(DIRECTIONS.map(dir => getJson(pagePath(lotId, dir, FIRST_PAGE, []),
        {storeRead: true})));
    timings.firstPages = performance.now() - started;
    pages.forEach((page, i) => addPage(trace, DIRECTIONS[i], page));
    if (!main.isConnected) {
      return undefined; // the user went on meanwhile (app.js): no graph and no level counts for a page not shown
    }
  } catch (e) {
    show(main, h('h1', {}, t('trace.title', lotId)), h('p', {role: 'alert', class: 'error'}, problemText(e)));
    return;
  }
  const expanded = new Set();
  const busy = new Set();
  const outcome = h('p', {id: 'trace-outcome', role: 'status'});
  const container = h('div', {id: 'graph', class: 'graph', role: 'img', tabindex: '0',
    'aria-label': t('trace.graphKeys'), 'aria-describedby': 'trace-levels-title'});
  const totals = h('p', {id: 'trace-counts'});
  const progress = Object.fromEntries(DIRECTIONS.map(dir => [dir, h('li', {id: `trace-progress-${dir}`})]));
  const moreButtons = Object.fromEntries(DIRECTIONS.map(dir => [dir, h('button', {type: 'button',
    id: `trace-more-${dir}`, onclick: () => loadMore(dir)}, t(`trace.more.${dir}`))]));
  const levelRows = h('tbody', {id: 'trace-levels'});
  const fit = h('button', {type: 'button', id: 'graph-fit'}, t('trace.fit'));
  const drawnList = h('ul', {id: 'trace-lots'});

  const refresh = () => {
    const model = visual(trace, expanded);
    graph.update(model);
    describe(model);
  };
  const toggle = data => {
    if (data.kind === 'level' && data.loaded === 0) {
      loadMore(data.dir);
      return;
    }
    expanded.has(data.key) ? expanded.delete(data.key) : expanded.add(data.key);
    refresh();
  };
  /** The next pages from the frontier, or (only) the lineage beyond one lot. */
  async function loadMore(dir, only) {
    const lists = only ? [[only]] : nextFrom(trace, dir, MORE_REQUESTS);
    if (lists.length === 0 || busy.has(dir)) {
      return;
    }
    busy.add(dir);
    moreButtons[dir].disabled = true;
    outcome.textContent = t('trace.loading', t(`trace.dir.${dir}`));
    try {
      const pages = await Promise.all(lists.map(from => getJson(pagePath(lotId, dir,
          only ? MORE_PAGE : MORE_PAGE / MORE_REQUESTS, from), {storeRead: true})));
      if (graph.cy.destroyed()) {
        return;
      }
      pages.forEach(page => addPage(trace, dir, page));
      outcome.textContent = t('trace.loaded', t(`trace.dir.${dir}`), number(trace[dir].lots.size));
      refresh();
    } catch (e) {
      outcome.textContent = problemText(e);
    } finally {
      busy.delete(dir);
      moreButtons[dir].disabled = trace[dir].frontier.size === 0;
    }
  }

  function describe(model) {
    const all = merged(trace);
    totals.textContent = t('trace.counts', all.lots.size, all.transformations.length,
        shipments(all.events, new Set(all.lots.keys())).length, all.events.size);
    for (const dir of DIRECTIONS) {
      const c = counts(trace, dir);
      Object.assign(progress[dir].dataset, {loaded: c.loaded, total: c.total ?? '', frontier: c.frontier});
      progress[dir].textContent = [t(`trace.dir.${dir}`), ': ',
        c.total === null ? t('trace.progressNoTotal', number(c.loaded)) : t('trace.progress', number(c.loaded),
            number(c.total)),
        ' · ', c.complete ? t('trace.complete') : t('trace.frontier', number(c.frontier))].join('');
      moreButtons[dir].disabled = c.frontier === 0 || busy.has(dir);
    }
    show(levelRows, model.rows.filter(row => row.dir !== 'root').map(row => h('tr', {'data-level': row.key},
        h('td', {}, t(`trace.dir.${row.dir}`)), h('td', {}, number(row.depth)),
        h('td', {}, row.total === null ? '…' : number(row.total)), h('td', {}, number(row.loaded)),
        h('td', {}, levelAction(row)))));
    show(drawnList, model.nodes.filter(node => node.kind === 'lot' || node.kind === 'group').map(node =>
      node.kind === 'group' ? h('li', {}, h('button', {type: 'button', onclick: () => toggle(node)},
          t('trace.expandGroup', node.from, number(node.count))))
        : h('li', {}, h('a', {href: `#/lots/${seg(node.lotId)}`}, node.lotId), ' ', lotText(node.lotId),
            node.more === 'yes' ? [' ', h('button', {type: 'button', onclick: () =>
              loadMore(model.frontierParents.get(node.lotId), node.lotId)},
            t('trace.beyond', node.lotId))] : null)));
  }
  const levelAction = row => {
    if (row.loaded === 0) {
      return h('button', {type: 'button', onclick: () => loadMore(row.dir)}, t('trace.loadLevel', row.depth));
    }
    const open = expanded.has(row.key);
    if (row.shown === 'lots' && !open) {
      return t('trace.shownLots');
    }
    return h('button', {type: 'button', 'aria-pressed': open ? 'true' : 'false', onclick: () =>
      toggle({kind: 'level', key: row.key, dir: row.dir, loaded: row.loaded})},
    t(open ? 'trace.collapse' : 'trace.expand', row.depth));
  };
  const lotText = id => {
    const lot = trace.forward.lots.get(id) || trace.back.lots.get(id);
    const dir = id === lotId ? '' : ` · ${t(trace.back.lots.has(id) ? 'trace.back' : 'trace.forward')}`;
    return `${lot.productName} · ${lot.holderMspId} · ${lot.status}${dir}`;
  };

  show(main,
      h('h1', {}, t('trace.title', lotId)),
      totals,
      h('ul', {class: 'trace-progress'}, Object.values(progress)),
      outcome,
      h('div', {class: 'graph-toolbar'}, fit,
          ' ', moreButtons.back, ' ', moreButtons.forward),
      container,
      h('p', {class: 'hint'}, t('trace.hint')),
      h('section', {'aria-labelledby': 'trace-levels-title'},
          h('h2', {id: 'trace-levels-title'}, t('trace.levels')),
          scrolling(h('table', {}, h('thead', {}, h('tr', {}, ['trace.colDirection', 'trace.colLevel',
            'trace.colLots', 'trace.colLoaded', 'trace.colShown'].map(key => h('th', {scope: 'col'}, t(key))))),
          levelRows))),
      downloads(lotId),
      h('section', {'aria-labelledby': 'trace-list-title'}, h('h2', {id: 'trace-list-title'}, t('trace.drawn')),
          drawnList));
  const first = visual(trace, expanded);
  const graph = traceGraph(container, first, toggle, id => loadMore(visual(trace, expanded).frontierParents.get(id),
      id));
  fit.addEventListener('click', () => graph.cy.fit(undefined, 20));
  describe(first);
  window.tracechainConsole.graph = graph.cy; // for the browser tests: the graph as Cytoscape holds it
  timings.firstDraw = performance.now() - started;
  let left = false;
  // The counts per level come after the first drawing: the server walks the whole lineage for them.
  Promise.all(DIRECTIONS.map(dir => getJson(`/lots/${seg(lotId)}/trace/levels?direction=${dir}`, {storeRead: true})
      .then(levels => setLevels(trace, dir, levels)).catch(e => {
        outcome.textContent = problemText(e);
      }))).then(() => {
    if (!left) {
      refresh();
      timings.levels = performance.now() - started;
    }
  });
  return () => {
    left = true; // a page that arrives later is not drawn into a page the user left
    graph.cy.destroy();
  };
}

function downloads(lotId) {
  const direction = () => document.getElementById('download-direction').value;
  const files = [
    ['download-svg', 'trace.svg', () => download(`/lots/${seg(lotId)}/trace?direction=${direction()}`,
        'image/svg+xml', `trace-${lotId}-${direction()}.svg`)],
    ['download-epcis', 'trace.epcis', () => download(`/lots/${seg(lotId)}/trace?direction=${direction()}`,
        'application/ld+json', `trace-${lotId}-${direction()}.jsonld`)],
    ['download-fsma', 'trace.fsma', () => download(`/lots/${seg(lotId)}/fsma?direction=${direction()}`, 'text/csv',
        `fsma-${lotId}-${direction()}.csv`)],
  ];
  return h('section', {'aria-labelledby': 'downloads-title'}, h('h2', {id: 'downloads-title'}, t('trace.downloads')),
      h('p', {class: 'hint'}, t('trace.downloadsWhole')),
      select('download-direction', t('trace.direction'), [['back', t('trace.back')], ['forward', t('trace.forward')]]),
      h('ul', {class: 'downloads'}, files.map(([id, label, fetchFile]) => h('li', {}, h('button', {type: 'button', id,
        onclick: () => fetchFile().catch(e => {
          document.getElementById('trace-outcome').textContent = problemText(e);
        })}, t(label))))));
}
