// SPDX-License-Identifier: Apache-2.0
// Recalls started in this tab, for the regulator's recall list: the API has no list of recalls yet.
const KEY = 'tracechain.recalls';

export function remember(recallId) {
  const ids = recalled().filter(id => id !== recallId);
  sessionStorage.setItem(KEY, JSON.stringify([recallId, ...ids].slice(0, 20)));
}

export function recalled() {
  try {
    const ids = JSON.parse(sessionStorage.getItem(KEY) || '[]');
    return Array.isArray(ids) ? ids.filter(id => typeof id === 'string') : [];
  } catch (e) {
    return [];
  }
}
