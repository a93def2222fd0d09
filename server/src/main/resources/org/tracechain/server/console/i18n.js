// SPDX-License-Identifier: Apache-2.0
// UI text in English and Chinese: the browser's language picks one, the header's switch changes it (kept in
// localStorage: a preference, not a secret).
import {MESSAGES} from './messages.js';

const LANGUAGE_KEY = 'tracechain.language';
let language = localStorage.getItem(LANGUAGE_KEY) || fromBrowser();

function fromBrowser() {
  const preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const primary = String(tag).toLowerCase().split('-')[0];
    if (primary === 'zh' || primary === 'en') {
      return primary;
    }
  }
  return 'en';
}

export function currentLanguage() {
  return language;
}

export function setLanguage(next) {
  language = next;
  localStorage.setItem(LANGUAGE_KEY, next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

/** The text of key in the current language, {0}, {1} ... replaced by args; the key itself when missing. */
export function t(key, ...args) {
  const text = MESSAGES[language][key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

setLanguage(language);
