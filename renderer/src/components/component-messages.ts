import { defineMessages } from '../i18n/messages';

export const componentMessages = defineMessages(
  {
    loading: '加载中…',
    loadFailed: '加载失败',
  },
  {
    loading: 'Loading…',
    loadFailed: 'Could not load',
  },
);
