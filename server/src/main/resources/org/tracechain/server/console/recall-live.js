// SPDX-License-Identifier: Apache-2.0
// Follows a recall's server-sent events (GET /recalls/{id}/updates). EventSource cannot send the Authorization
// header and the token never goes in a URL, so this reads the stream with fetch() and a streaming reader. A dropped
// stream is opened again after a pause that doubles (1 s ... 30 s); after a few failures in a row the page polls
// meanwhile, and stops polling as soon as a stream is ready again.
import {call, seg} from './api.js';

const FIRST_RETRY_MILLIS = 1000;
const MAX_RETRY_MILLIS = 30000;
/** Failed attempts in a row (without a ready stream) before the page falls back to polling. */
const FAILURES_BEFORE_POLLING = 3;
/** Refusals that opening again would meet again: the page's own read reports them. */
const FINAL = new Set([401, 403, 404]);

/**
 * Follows recallId. onUpdate(event, data) on `ready` and `resync` (read the recall now) and on `recall` (a
 * committed change); onState(state) with 'connecting', 'live', 'reconnecting', 'polling' or 'stopped'.
 * Returns the function that stops following (the page calls it when left).
 */
export function followRecall(recallId, {onUpdate, onState}) {
  const path = `/recalls/${seg(recallId)}/updates`;
  let stopped = false;
  let controller = null;
  let timer = null;
  let failures = 0;

  async function connect() {
    controller = new AbortController();
    onState(failures >= FAILURES_BEFORE_POLLING ? 'polling' : failures ? 'reconnecting' : 'connecting');
    try {
      const response = await call(path, {accept: 'text/event-stream', signal: controller.signal});
      if (!response.body || !(response.headers.get('Content-Type') || '').startsWith('text/event-stream')) {
        throw new Error('not an event stream');
      }
      await read(response.body, (event, data) => {
        if (event === 'ready') {
          failures = 0;
          onState('live');
        }
        onUpdate(event, data);
      });
    } catch (e) {
      if (stopped) {
        return;
      }
      if (FINAL.has(e.status)) {
        onState('stopped');
        return;
      }
    }
    if (stopped) {
      return;
    }
    failures++;
    onState(failures >= FAILURES_BEFORE_POLLING ? 'polling' : 'reconnecting');
    const pause = Math.min(MAX_RETRY_MILLIS, FIRST_RETRY_MILLIS * 2 ** (failures - 1));
    timer = setTimeout(connect, pause);
  }

  connect();
  return () => {
    stopped = true;
    clearTimeout(timer);
    if (controller) {
      controller.abort();
    }
  };
}

/** Reads text/event-stream frames (blank-line separated; comment lines skipped) until the stream ends. */
async function read(body, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const {value, done} = await reader.read();
    if (done) {
      return;
    }
    buffer += value;
    let end;
    while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
      let event = 'message';
      const data = [];
      for (const line of frame.split(/\r?\n/)) {
        if (line.startsWith('event:')) {
          event = line.slice(6).trim();
        } else if (line.startsWith('data:')) {
          data.push(line.slice(5).replace(/^ /, ''));
        }
      }
      if (data.length || event !== 'message') {
        onEvent(event, data.length ? JSON.parse(data.join('\n')) : null);
      }
    }
  }
}
