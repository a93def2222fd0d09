// SPDX-License-Identifier: Apache-2.0
// Every call the console makes to the JSON API. The token lives in this tab's sessionStorage only and travels only
// in the Authorization header: never in a URL, a cookie or a log line. Under mutual TLS the browser's client
// certificate may authenticate instead (no token at all).
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

/**
 * Mutual TLS: the server saw a client certificate of one of its organisation's users when it served this page, so
 * calls without a token are authenticated by that certificate. "Signed out" of it is this tab's choice only (the
 * browser keeps presenting the certificate until it is closed).
 */
const CERTIFICATE_OFFERED = document.querySelector('meta[name="tracechain-sign-in"][content="certificate"]') !== null;
const CERTIFICATE_OFF_KEY = 'tracechain.certificateSignedOut';

export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  certificateOffered: () => CERTIFICATE_OFFERED,
  /** Signed in by the browser's certificate: offered, not signed out of, and no token (a token takes precedence). */
  byCertificate: () => CERTIFICATE_OFFERED && sessionStorage.getItem(CERTIFICATE_OFF_KEY) === null
      && sessionStorage.getItem(TOKEN_KEY) === null,
  signedIn: () => sessionStorage.getItem(TOKEN_KEY) !== null || session.byCertificate(),
  signIn: token => sessionStorage.setItem(TOKEN_KEY, token),
  signInWithCertificate: () => sessionStorage.removeItem(CERTIFICATE_OFF_KEY),
  signOut: () => {
    sessionStorage.removeItem(TOKEN_KEY);
    if (CERTIFICATE_OFFERED) {
      sessionStorage.setItem(CERTIFICATE_OFF_KEY, '1');
    }
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
  const token = session.token();
  const headers = {Accept: accept};
  if (token !== null) {
    headers.Authorization = `Bearer ${token}`;
  }
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
      // Without a token, the browser's client certificate authenticates: 'omit' would open a connection without it.
      cache: 'no-store', credentials: token === null ? 'same-origin' : 'omit', referrerPolicy: 'no-referrer', signal});
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
 * The channel whose blocks the console's store reads wait for: they are all foodtrace's (searches, traces, the FSMA
 * sheet), and waiting for a govdir block number on foodtrace could wait for a block that is not coming.
 */
const STORE_READ_CHANNEL = 'foodtrace';

/** A write: answers {channel, transactionId, blockNumber, validationCode, record} once committed. */
export async function post(path, body) {
  const result = await (await call(path, {method: 'POST', body})).json();
  if (result.channel === STORE_READ_CHANNEL) {
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
