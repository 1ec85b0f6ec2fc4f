import { defineMessages } from '../i18n/messages';

export const componentMessages = defineMessages({
  loading: { zh: '加载中…', en: 'Loading…' },
  loadFailed: { zh: '加载失败', en: 'Could not load' },
});
