// SPDX-License-Identifier: Apache-2.0
// How a refusal reads on a page: the API's problem detail and its code, as the API wrote them.
import {t} from './i18n.js';
import {h} from './dom.js';

export function problemText(error) {
  return error.code ? t('error.refused', error.code, error.message) : error.message;
}

/** An alert region for a form's outcome; it is announced when its text changes. */
export function outcome(id) {
  return h('p', {id, class: 'outcome', role: 'status', 'aria-live': 'polite'});
}

export function report(element, error) {
  element.className = 'outcome error';
  element.setAttribute('role', 'alert');
  element.dataset.code = error.code || '';
  element.textContent = problemText(error);
}

export function success(element, text) {
  element.className = 'outcome success';
  element.setAttribute('role', 'status');
  element.dataset.code = '';
  element.textContent = text;
}
