// SPDX-License-Identifier: Apache-2.0
// "Record an event" on a lot page: cold-chain readings (POST /cold-chain-readings), a document (POST /documents),
// an inspection (POST /lots/{id}/inspect) and a sale (POST /lots/{id}/sell), each offered only to the roles the
// chaincode lets write it (roles.js). Each form sends what was typed, empty fields left out; the API validates, and
// its refusal (problem detail and code) is the message, as on the other forms.
import {post, seg} from './api.js';
import {t} from './i18n.js';
import {field, h, select, value} from './dom.js';
import {outcome, success} from './messages-view.js';
import {submit} from './custody.js';
import {can} from './roles.js';
import {digestAvailable, sha256Hex} from './lot-documents.js';

/** The forms the caller's role may use on this lot, each folded under its title; null when there are none. */
export function recordForms(me, lot, reload) {
  const forms = [
    can.recordReadings(me, lot) ? readingsForm(lot, reload) : null,
    can.recordDocument(me) ? documentForm(lot, reload) : null,
    can.inspect(me) ? inspectForm(lot, reload) : null,
    can.sell(me, lot) ? sellForm(lot, reload) : null,
  ].filter(Boolean);
  if (forms.length === 0) {
    return null;
  }
  return h('section', {class: 'record', 'aria-labelledby': 'record-title'},
      h('h2', {id: 'record-title'}, t('record.title')), forms);
}

/** A number as typed when it is one (the ledger keeps those digits), else the text, for the API to refuse. */
function number(id) {
  const text = value(id);
  return text === undefined || Number.isNaN(Number(text)) ? text : Number(text);
}

/** A form folded under a summary (keyboard-operable by itself), open again after a refusal re-renders nothing. */
function folded(id, title, form) {
  return h('details', {id: `${id}-details`, class: 'record-form'}, h('summary', {id: `${id}-summary`}, title), form);
}

function readingsForm(lot, reload) {
  const message = outcome('readings-outcome');
  const form = h('form', {id: 'readings-form', novalidate: true, 'aria-describedby': 'readings-outcome'},
      field('readings-device', t('readings.device'), {type: 'text', required: true}),
      field('readings-measurement', t('readings.measurement'), {type: 'text', value: 'temperature'}),
      field('readings-unit', t('readings.unit'), {type: 'text', required: true, value: 'Cel'}),
      h('div', {class: 'pair'},
          field('readings-min', t('readings.min'), {type: 'text', inputmode: 'decimal'}),
          field('readings-max', t('readings.max'), {type: 'text', inputmode: 'decimal'})),
      field('readings-lines', t('readings.lines'), {rows: 5, required: true, spellcheck: 'false',
        placeholder: '2026-12-03T08:00:00Z, 3.5', 'aria-describedby': 'readings-hint'}, 'textarea'),
      h('p', {id: 'readings-hint', class: 'hint'}, t('readings.hint')),
      field('readings-site', t('readings.site'), {type: 'text'}),
      h('button', {type: 'submit', id: 'readings-submit'}, t('readings.submit')),
      message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = {lotIds: [lot.lotId], deviceId: value('readings-device') ?? '',
      measurement: value('readings-measurement'), unit: value('readings-unit') ?? '',
      minAllowed: number('readings-min'), maxAllowed: number('readings-max'),
      readings: readingLines(document.getElementById('readings-lines').value), site: value('readings-site')};
    await submit(form, message, async () => {
      const result = await post('/cold-chain-readings', body);
      const alert = result.record && result.record.alert;
      success(message, alert ? t('readings.doneAlert', result.blockNumber, alert.excursions.excursionCount)
          : t('readings.done', result.blockNumber));
      reload();
    });
  });
  return folded('readings', t('readings.title'), form);
}

/** "time, value" per line (a comma, semicolon, tab or spaces between them), blank lines skipped. */
export function readingLines(text) {
  return text.split('\n').map(line => line.trim()).filter(line => line !== '').map(line => {
    const [time, reading] = line.split(/\s*[,;\t]\s*|\s+/);
    const asNumber = reading === undefined || Number.isNaN(Number(reading)) ? reading ?? null : Number(reading);
    return {time, value: asNumber};
  });
}

function documentForm(lot, reload) {
  const message = outcome('document-outcome');
  const file = h('input', {type: 'file', id: 'document-file', disabled: !digestAvailable(),
    'aria-describedby': 'document-file-hint'});
  const fileHint = h('p', {id: 'document-file-hint', class: digestAvailable() ? 'hint' : 'error'},
      digestAvailable() ? t('document.fileHint') : t('documents.insecure'));
  file.addEventListener('change', async () => {
    const chosen = file.files && file.files[0];
    if (!chosen) {
      return;
    }
    fileHint.textContent = t('documents.hashing', chosen.name);
    const hash = await sha256Hex(chosen);
    document.getElementById('document-hash').value = hash;
    fileHint.textContent = t('document.hashed', chosen.name);
  });
  const form = h('form', {id: 'document-form', novalidate: true, 'aria-describedby': 'document-outcome'},
      h('div', {class: 'field'}, h('label', {for: 'document-file'}, t('document.file')), file), fileHint,
      field('document-hash', t('document.hash'), {type: 'text', required: true, spellcheck: 'false',
        class: 'tx', autocomplete: 'off'}),
      field('document-uri', t('document.uri'), {type: 'url', required: true, placeholder: 'https://'}),
      field('document-type', t('document.type'), {type: 'text', required: true, list: 'document-types'}),
      h('datalist', {id: 'document-types'}, ['certificate', 'inspection_report', 'licence']
          .map(type => h('option', {value: type}))),
      field('document-title', t('document.titleField'), {type: 'text'}),
      field('document-issuer', t('document.issuer'), {type: 'text', required: true}),
      h('div', {class: 'pair'},
          field('document-valid-from', t('document.validFrom'), {type: 'date'}),
          field('document-valid-until', t('document.validUntil'), {type: 'date'})),
      h('button', {type: 'submit', id: 'document-submit'}, t('document.submit')),
      message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = {hash: value('document-hash') ?? '', uri: value('document-uri') ?? '',
      type: value('document-type') ?? '', title: value('document-title'), issuer: value('document-issuer') ?? '',
      validFrom: value('document-valid-from'), validUntil: value('document-valid-until'), lotIds: [lot.lotId]};
    await submit(form, message, async () => {
      const result = await post('/documents', body);
      success(message, t('document.done', result.blockNumber));
      reload();
    });
  });
  return folded('document', t('document.title'), form);
}

function inspectForm(lot, reload) {
  const message = outcome('inspect-outcome');
  const form = h('form', {id: 'inspect-form', novalidate: true, 'aria-describedby': 'inspect-outcome'},
      field('inspect-analyte', t('inspect.analyte'), {type: 'text', required: true}),
      h('div', {class: 'pair'},
          field('inspect-result', t('inspect.result'), {type: 'text', inputmode: 'decimal', required: true}),
          field('inspect-limit', t('inspect.limit'), {type: 'text', inputmode: 'decimal'})),
      field('inspect-unit', t('inspect.unit'), {type: 'text', required: true, value: 'mg/kg'}),
      select('inspect-passed', t('inspect.passed'), [['', t('inspect.passedFromLimit')], ['true', t('inspect.pass')],
        ['false', t('inspect.fail')]]),
      field('inspect-method', t('inspect.method'), {type: 'text'}),
      field('inspect-laboratory', t('inspect.laboratory'), {type: 'text'}),
      field('inspect-certificate', t('inspect.certificate'), {type: 'text', spellcheck: 'false', class: 'tx'}),
      h('button', {type: 'submit', id: 'inspect-submit'}, t('inspect.submit')),
      message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const passed = document.getElementById('inspect-passed').value;
    const body = {analyte: value('inspect-analyte') ?? '', result: number('inspect-result') ?? null,
      limit: number('inspect-limit'), unit: value('inspect-unit') ?? '',
      passed: passed === '' ? undefined : passed === 'true', method: value('inspect-method'),
      laboratory: value('inspect-laboratory'), certificateHash: value('inspect-certificate')};
    await submit(form, message, async () => {
      const result = await post(`/lots/${seg(lot.lotId)}/inspect`, body);
      success(message, t('inspect.done', result.blockNumber));
      reload();
    });
  });
  return folded('inspect', t('inspect.title'), form);
}

function sellForm(lot, reload) {
  const message = outcome('sell-outcome');
  const form = h('form', {id: 'sell-form', novalidate: true, 'aria-describedby': 'sell-outcome'},
      field('sell-quantity', t('sell.quantity', lot.unit), {type: 'text', inputmode: 'decimal', required: true}),
      field('sell-site', t('sell.site'), {type: 'text'}),
      field('sell-note', t('sell.note'), {type: 'text'}),
      h('button', {type: 'submit', id: 'sell-submit'}, t('sell.submit')),
      message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = {quantity: number('sell-quantity') ?? null, site: value('sell-site'), note: value('sell-note')};
    await submit(form, message, async () => {
      const result = await post(`/lots/${seg(lot.lotId)}/sell`, body);
      success(message, t('sell.done', result.blockNumber));
      reload();
    });
  });
  return folded('sell', t('sell.title'), form);
}
