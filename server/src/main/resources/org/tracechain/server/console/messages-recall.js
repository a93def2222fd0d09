// SPDX-License-Identifier: Apache-2.0
// The recall page's live-update text (messages.js merges it).
export const RECALL_MESSAGES = {
  en: {
    'recall.updatedAt': 'Updated {0}.',
    'recall.live.connecting': 'Connecting to live updates…',
    'recall.live.live': 'Live: changes appear as soon as they are committed.',
    'recall.live.reconnecting': 'Live updates interrupted; reconnecting…',
    'recall.live.polling': 'Live updates unavailable; refreshing every few seconds while reconnecting.',
    'recall.live.stopped': 'Live updates stopped.',
  },
  zh: {
    'recall.updatedAt': '更新于 {0}。',
    'recall.live.connecting': '正在连接实时更新…',
    'recall.live.live': '实时：变更一经上链即显示。',
    'recall.live.reconnecting': '实时更新中断，正在重新连接…',
    'recall.live.polling': '实时更新不可用；重新连接期间每隔几秒刷新。',
    'recall.live.stopped': '实时更新已停止。',
  },
};
