import { defineMessages } from './i18n/messages';

export const appMessages = defineMessages({
  brand: { zh: '范式 Fanshi', en: 'Fanshi 范式' },
  tagline: {
    zh: '从范文学结构,按模板写初稿',
    en: 'Learn the shape from sample essays, write the first draft from a template',
  },
  untitledDraft: { zh: '未命名草稿', en: 'Untitled draft' },
  loading: { zh: '加载中…', en: 'Loading…' },
  switchLanguage: { zh: 'Switch to English', en: '切换到中文' },
  otherLanguage: { zh: 'English', en: '中文' },
});
