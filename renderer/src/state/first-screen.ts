import type { DraftSummary, TemplateSummary } from '../../../electron/shared/model';
import type { OutlineSummary } from '../../../electron/shared/outline';
import { api, call } from '../api';
import { prefetch, type Prefetch } from './loaded';
import { parseRoute } from './route';

/**
 * The home page's lists, asked for as soon as the page's code starts to run: main.tsx, the page's
 * only static script, imports this module and then loads the rest of the app (boot.tsx) with
 * React, antd and antd's stylesheet, so the host answers while they load and the home page's
 * first render has its lists.
 */
interface FirstScreen {
  templates: Prefetch<TemplateSummary[]>;
  drafts: Prefetch<DraftSummary[]>;
  outlines: Prefetch<OutlineSummary[]>;
}

const pending: Partial<FirstScreen> =
  parseRoute(window.location.hash).name === 'home'
    ? {
        templates: prefetch(call(api.templates.list())),
        drafts: prefetch(call(api.drafts.list())),
        outlines: prefetch(call(api.outlines.list())),
      }
    : {};

/** The first screen's load of `key`, handed out once: a later visit asks the host afresh. */
export function takeFirstScreen<K extends keyof FirstScreen>(key: K): FirstScreen[K] | null {
  const started = pending[key] ?? null;
  pending[key] = undefined;
  return started;
}
