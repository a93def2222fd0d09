// SPDX-License-Identifier: Apache-2.0
// Every call the console makes to the JSON API. The token lives in this tab's sessionStorage only and travels only
// in the Authorization header: never in a URL, a cookie or a log line.
import {t} from './i18n.js';

const TOKEN_KEY = 'tracechain.token';

/**
 * What the page asked and what was refused, for the browser tests (and for a curious user's devtools): method and
 * path only, never a header. A refusal the page did not expect for the user's role shows up here.
 */
const monitor = {requests: [], failures: [], downloads: [], errors: []};
window.tracechainConsole = monitor;
// Script errors too: a page that broke half-way must not pass for one that works.
window.addEventListener('error', event => monitor.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', event => monitor.errors.push(String(event.reason)));

/** The foodtrace block the last food write of this tab committed in: store reads wait for it (read your writes). */
let lastBlock = null;
let onUnauthenticated = () => {};

export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  signedIn: () => sessionStorage.getItem(TOKEN_KEY) !== null,
  signIn: token => sessionStorage.setItem(TOKEN_KEY, token),
  signOut: () => {
    sessionStorage.removeItem(TOKEN_KEY);
    lastBlock = null;
  },
  onUnauthenticated: handler => {
    onUnauthenticated = handler;
  },
};

/** A refusal: the API's RFC 9457 problem (code, detail), or a network failure. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.code = problem.code || '';
  }
}

/**
 * One request. storeRead: the endpoint answers from the query store (searches, traces, the FSMA sheet), so it is
 * asked to wait for this tab's last write (Tracechain-Await-Block), else a lot just registered would be missing from
 * a search, or a shipment just made from the lot's timeline. signal: an AbortController's, to give up a stream.
 */
export async function call(path, {method = 'GET', body, accept = 'application/json', storeRead = false, signal} = {}) {
  const headers = {Accept: accept, Authorization: `Bearer ${session.token()}`};
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (storeRead && lastBlock !== null) {
    headers['Tracechain-Await-Block'] = String(lastBlock);
  }
  monitor.requests.push(`${method} ${path}`);
  let response;
  try {
    response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer', signal});
  } catch (e) {
    if (signal && signal.aborted) {
      throw e; // the page was left: not a failure
    }
    monitor.failures.push({method, path, status: 0, code: 'NETWORK'});
    throw new ApiError(0, {detail: t('error.network'), code: 'NETWORK'});
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    monitor.failures.push({method, path, status: response.status, code: problem.code || ''});
    if (response.status === 401) {
      onUnauthenticated();
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

export async function getJson(path, options = {}) {
  return (await call(path, options)).json();
}

/**
 * The directory's writes: their blocks are govdir's. The store reads the console makes are all foodtrace's, and
 * waiting for a govdir block number on foodtrace could wait for a block that is not coming.
 */
const DIRECTORY_WRITE = /^\/(departments|duties|entries|sharing-requests|grants|access-logs)(\/|$)/;

/** A write: answers {transactionId, blockNumber, validationCode, record} once committed. */
export async function post(path, body) {
  const result = await (await call(path, {method: 'POST', body})).json();
  if (!DIRECTORY_WRITE.test(path)) {
    lastBlock = result.blockNumber;
  }
  return result;
}

/** Fetches a file with the bearer header and saves it from a blob URL: a link with the token in it never exists. */
export async function download(path, accept, filename) {
  // Traces and the FSMA sheet come from the query store: they too wait for this tab's last write.
  const blob = await (await call(path, {accept, storeRead: true})).blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  monitor.downloads.push({filename, type: blob.type, size: blob.size});
}

/** A path segment from user input or data. */
export const seg = encodeURIComponent;
