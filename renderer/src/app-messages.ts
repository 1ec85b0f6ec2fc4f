import { defineMessages } from './i18n/messages';

export const appMessages = defineMessages(
  {
    brand: '范式 Fanshi',
    tagline: '从范文学结构,按模板写初稿',
    untitledDraft: '未命名草稿',
    loading: '加载中…',
    switchLanguage: 'Switch to English',
    otherLanguage: 'English',
  },
  {
    brand: 'Fanshi 范式',
    tagline: 'Learn the shape from sample essays, write the first draft from a template',
    untitledDraft: 'Untitled draft',
    loading: 'Loading…',
    switchLanguage: '切换到中文',
    otherLanguage: '中文',
  },
);
