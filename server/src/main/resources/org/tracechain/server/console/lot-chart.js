// SPDX-License-Identifier: Apache-2.0
// The lot's cold chain: the readings of its SENSOR events over time as a line chart (ECharts, from its WebJar, loaded
// only when a lot has readings: it is a megabyte), the thresholds each report declared drawn as dashed lines, and the
// readings outside them marked. A summary and a table of every reading carry the same facts for whoever cannot see
// the chart.
import {t} from './i18n.js';
import {h, scrolling, when} from './dom.js';

const LIBRARY = '/console/lib/echarts.min.js';
const EXCURSION_COLOUR = '#b3261e';
let loading = null;
/** The charts on the page: disposed when the lot page renders again, so no resize observer outlives its chart. */
let drawn = [];

function loadECharts() {
  if (window.echarts) {
    return Promise.resolve(window.echarts);
  }
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = LIBRARY;
      script.onload = () => resolve(window.echarts);
      script.onerror = () => {
        loading = null;
        script.remove();
        reject(new Error('chart library'));
      };
      document.head.append(script);
    });
  }
  return loading;
}

export function disposeCharts() {
  drawn.forEach(({chart, observer}) => {
    observer.disconnect();
    chart.dispose();
  });
  drawn = [];
}

/** Every reading of the lot's SENSOR reports, each with its report's thresholds and whether it lies outside them. */
export function coldChainReadings(events) {
  const readings = [];
  for (const event of events) {
    const sensor = event.body.sensor;
    if (event.body.kind !== 'SENSOR' || !sensor) {
      continue;
    }
    const min = sensor.minAllowed === undefined || sensor.minAllowed === null ? null : Number(sensor.minAllowed);
    const max = sensor.maxAllowed === undefined || sensor.maxAllowed === null ? null : Number(sensor.maxAllowed);
    for (const reading of sensor.readings || []) {
      const value = Number(reading.value);
      readings.push({time: reading.time, value, text: String(reading.value), min, max,
        device: sensor.deviceId, measurement: sensor.measurement || 'temperature', unit: sensor.unit || '',
        excursion: (min !== null && value < min) || (max !== null && value > max)});
    }
  }
  return readings.sort((a, b) => String(a.time).localeCompare(String(b.time)));
}

/** The cold-chain section, or null when the lot has no readings. */
export function coldChainSection(events) {
  disposeCharts();
  const readings = coldChainReadings(events);
  if (readings.length === 0) {
    return null;
  }
  const groups = new Map();
  for (const reading of readings) {
    const key = `${reading.measurement} (${reading.unit})`;
    groups.set(key, [...(groups.get(key) || []), reading]);
  }
  const excursions = readings.filter(r => r.excursion).length;
  const alerts = events.filter(event => event.body.kind === 'ALERT').length;
  return h('section', {'aria-labelledby': 'cold-chain-title', id: 'cold-chain'},
      h('h2', {id: 'cold-chain-title'}, t('coldChain.title')),
      h('p', {id: 'cold-chain-summary', class: excursions ? 'error' : undefined, 'data-excursions': excursions},
          t('coldChain.summary', readings.length, excursions, alerts)),
      [...groups].map(([label, group], i) => chartFigure(label, group, i)),
      h('details', {id: 'readings-table-details'},
          h('summary', {}, t('coldChain.table')),
          readingsTable(readings)));
}

function chartFigure(label, readings, index) {
  const id = `cold-chain-chart-${index}`;
  const excursions = readings.filter(r => r.excursion);
  const summary = t('coldChain.chartLabel', label, readings.length, when(readings[0].time),
      when(readings[readings.length - 1].time), thresholdsText(readings), excursions.length);
  const container = h('div', {id, class: 'chart', role: 'img', 'aria-label': summary,
    'data-readings': readings.length, 'data-excursions': excursions.length});
  const status = h('p', {class: 'hint', id: `${id}-status`}, t('loading'));
  loadECharts().then(echarts => {
    if (!container.isConnected) {
      return; // the page moved on while the library loaded
    }
    status.remove();
    draw(echarts, container, readings);
  }).catch(() => {
    status.className = 'error';
    status.textContent = t('coldChain.noLibrary');
  });
  return h('figure', {class: 'chart-figure'}, h('figcaption', {}, label), container, status);
}

function thresholdsText(readings) {
  const mins = distinct(readings.map(r => r.min));
  const maxes = distinct(readings.map(r => r.max));
  return [mins.length ? t('coldChain.min', mins.join(', ')) : null,
    maxes.length ? t('coldChain.max', maxes.join(', ')) : null].filter(Boolean).join(', ');
}

function distinct(values) {
  return [...new Set(values.filter(v => v !== null))].sort((a, b) => a - b);
}

function draw(echarts, container, readings) {
  const chart = echarts.init(container, null, {renderer: 'svg'});
  const devices = [...new Set(readings.map(r => r.device))];
  const threshold = (value, name) => ({yAxis: value, name,
    label: {formatter: () => `${name} ${value}`, position: 'insideEndTop'}});
  const bounds = [...distinct(readings.map(r => r.min)), ...distinct(readings.map(r => r.max))];
  const lines = [...distinct(readings.map(r => r.min)).map(v => threshold(v, t('coldChain.minShort'))),
    ...distinct(readings.map(r => r.max)).map(v => threshold(v, t('coldChain.maxShort')))];
  const series = devices.map((device, i) => ({
    name: device, type: 'line', showSymbol: true, symbolSize: 6,
    data: readings.filter(r => r.device === device).map(r => [r.time, r.value]),
    markLine: i === 0 ? {silent: true, symbol: 'none', data: lines,
      lineStyle: {type: 'dashed', color: EXCURSION_COLOUR, width: 1.5}} : undefined,
  }));
  series.push({name: t('coldChain.excursions'), type: 'scatter', symbol: 'triangle', symbolSize: 14,
    itemStyle: {color: EXCURSION_COLOUR}, z: 5,
    data: readings.filter(r => r.excursion).map(r => [r.time, r.value])});
  chart.setOption({
    animation: false,
    grid: {left: 12, right: 24, top: 48, bottom: 12, containLabel: true},
    legend: {top: 4},
    // Plain text, never markup: a device id is whatever its reporter typed.
    tooltip: {trigger: 'axis', renderMode: 'richText', formatter: params => tooltip(params, readings[0].unit)},
    xAxis: {type: 'time', axisLabel: {hideOverlap: true}}, // a phone's width has room for fewer times
    // The axis reaches the thresholds too: a line drawn off the chart would say nothing.
    yAxis: {type: 'value', scale: true, name: readings[0].unit, nameTextStyle: {align: 'left'},
      min: extent => Math.floor(Math.min(extent.min, ...bounds)),
      max: extent => Math.ceil(Math.max(extent.max, ...bounds))},
    series,
  });
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(container);
  drawn.push({chart, observer});
  window.tracechainConsole.charts = drawn.map(entry => entry.chart); // for the browser tests
  container.dataset.drawn = 'true';
}

function tooltip(params, unit) {
  const first = params[0];
  return [when(first.value[0]), ...params.map(p => `${p.seriesName}: ${p.value[1]} ${unit}`)].join('\n');
}

function readingsTable(readings) {
  return scrolling(h('table', {id: 'readings'},
      h('caption', {class: 'visually-hidden'}, t('coldChain.table')),
      h('thead', {}, h('tr', {}, [t('coldChain.time'), t('coldChain.device'), t('coldChain.value'),
        t('coldChain.thresholds'), t('coldChain.status')].map(text => h('th', {scope: 'col'}, text)))),
      h('tbody', {}, readings.map(r => h('tr', {'data-excursion': String(r.excursion)},
          h('td', {}, h('time', {datetime: r.time}, when(r.time))),
          h('td', {}, r.device),
          h('td', {}, `${r.text} ${r.unit}`),
          h('td', {}, [r.min === null ? '…' : r.min, ' – ', r.max === null ? '…' : r.max].join('')),
          h('td', {class: r.excursion ? 'error' : undefined},
              r.excursion ? t('coldChain.excursion') : t('coldChain.within')))))));
}
