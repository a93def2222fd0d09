// SPDX-License-Identifier: Apache-2.0
// The lot's documents (those naming the lot, and those its events cite) and a check of a file against them: the
// browser computes the file's SHA-256 (the file never leaves the machine), compares it with the lot's documents, and
// asks the ledger (GET /documents/{hash}) whether that hash was recorded at all, by whom, and whether it is valid
// today.
import {getJson, seg} from './api.js';
import {t} from './i18n.js';
import {h, person, scrolling, when} from './dom.js';
import {problemText} from './messages-view.js';

/** Web Crypto's digest exists only in a secure context (HTTPS, or this machine's own loopback address). */
export function digestAvailable() {
  return Boolean(window.isSecureContext && window.crypto && window.crypto.subtle);
}

/** The file's SHA-256 as 64 lower-case hex digits, the form the ledger keeps. */
export async function sha256Hex(file) {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map(byte => byte.toString(16).padStart(2, '0')).join('');
}

/** Documents that name the lot, and those its events cite (an inspection's certificate, a document hash). */
export function lotDocuments(lot, trace, events) {
  const cited = new Set();
  for (const event of events) {
    (event.body.documentHashes || []).forEach(hash => cited.add(hash));
    if (event.body.inspection && event.body.inspection.certificateHash) {
      cited.add(event.body.inspection.certificateHash);
    }
  }
  return (trace.documents || []).filter(doc => (doc.lotIds || []).includes(lot.lotId) || cited.has(doc.hash))
      .sort((a, b) => String(a.recordedAt).localeCompare(String(b.recordedAt)));
}

export function documentsSection(documents) {
  return h('section', {'aria-labelledby': 'documents-title'},
      h('h2', {id: 'documents-title'}, t('documents.title')),
      documents.length === 0 ? h('p', {id: 'documents-none'}, t('documents.none')) : documentTable(documents),
      verifier(documents));
}

function documentTable(documents) {
  return scrolling(h('table', {id: 'documents'},
      h('caption', {class: 'visually-hidden'}, t('documents.title')),
      h('thead', {}, h('tr', {}, [t('documents.type'), t('documents.titleColumn'), t('documents.issuer'),
        t('documents.validity'), t('documents.recorded'), t('documents.hash')].map(text => h('th', {scope: 'col'},
        text)))),
      h('tbody', {}, documents.map(doc => h('tr', {'data-hash': doc.hash},
          h('td', {}, doc.type),
          h('td', {}, safeUri(doc.uri) ? h('a', {href: doc.uri, rel: 'noopener noreferrer', target: '_blank'},
              doc.title || doc.uri) : [doc.title || '', doc.uri ? h('br') : null, doc.uri || '']),
          h('td', {}, doc.issuer),
          h('td', {}, validity(doc)),
          h('td', {}, when(doc.recordedAt), h('br'), person(doc.recordedBy), ` @ ${doc.recordedByMspId}`),
          h('td', {class: 'tx'}, doc.hash))))));
}

/** Only web addresses become links: a javascript: or data: URI recorded on the ledger stays text. */
function safeUri(uri) {
  return /^https?:\/\//i.test(uri || '');
}

function validity(doc) {
  if (!doc.validFrom && !doc.validUntil) {
    return t('documents.noValidity');
  }
  return t('documents.validRange', doc.validFrom || '…', doc.validUntil || '…');
}

/** The file check: a chooser, then what the file's hash matches here and on the ledger. */
function verifier(documents) {
  const result = h('div', {id: 'verify-result', class: 'outcome', role: 'status', 'aria-live': 'polite'});
  const available = digestAvailable();
  const input = h('input', {type: 'file', id: 'verify-file', disabled: !available,
    'aria-describedby': 'verify-hint verify-result'});
  input.addEventListener('change', async () => {
    const file = input.files && input.files[0];
    if (!file) {
      return;
    }
    result.className = 'outcome';
    result.dataset.verdict = '';
    result.textContent = t('documents.hashing', file.name);
    let hash;
    try {
      hash = await sha256Hex(file);
    } catch (e) {
      result.className = 'outcome error';
      result.textContent = t('documents.unreadable', file.name);
      return;
    }
    const match = documents.find(doc => doc.hash === hash);
    let ledger = null;
    let refusal = null;
    try {
      ledger = await getJson(`/documents/${seg(hash)}`);
    } catch (e) {
      refusal = e;
    }
    showVerdict(result, file.name, hash, match, ledger, refusal);
  });
  return h('div', {class: 'verify'},
      h('h3', {}, t('documents.verify')),
      h('div', {class: 'field'}, h('label', {for: 'verify-file'}, t('documents.file')), input),
      h('p', {id: 'verify-hint', class: available ? 'hint' : 'error'},
          available ? t('documents.verifyHint') : t('documents.insecure')),
      result);
}

function showVerdict(result, name, hash, match, ledger, refusal) {
  const matches = Boolean(match);
  result.className = `outcome ${matches ? 'success' : 'error'}`;
  result.dataset.verdict = matches ? 'match' : 'mismatch';
  result.dataset.hash = hash;
  const lines = [h('strong', {}, matches ? t('documents.matches', name, match.title || match.type)
      : t('documents.noMatch', name))];
  lines.push(h('span', {class: 'tx'}, t('documents.fileHash', hash)));
  if (refusal) {
    lines.push(h('span', {}, problemText(refusal)));
  } else if (ledger && ledger.recorded) {
    const doc = ledger.document;
    lines.push(h('span', {}, t('documents.ledgerRecorded', doc.recordedByMspId, when(doc.recordedAt),
        (doc.lotIds || []).join(', '))));
    lines.push(h('span', {}, ledger.validNow ? t('documents.validNow') : t('documents.notValidNow')));
  } else if (ledger) {
    lines.push(h('span', {}, t('documents.ledgerUnknown')));
  }
  result.dataset.ledger = refusal ? 'refused' : ledger && ledger.recorded ? 'recorded' : 'unknown';
  result.replaceChildren(...lines.flatMap((line, i) => i === 0 ? [line] : [h('br'), line]));
  document.querySelectorAll('#documents tr[data-hash]').forEach(row => {
    row.classList.toggle('verified', row.dataset.hash === hash);
  });
}
