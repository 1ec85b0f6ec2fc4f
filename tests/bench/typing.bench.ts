/**
 * typing.long_tasks (goal 0): tasks over 50 ms on the page's main thread while 2,000 characters
 * are typed into a 20,000-character draft, autosave included. typing.longest_task_ms beside it.
 * typing.heap_growth_mb: the page's JS heap after typing and saving, less before, both after a GC.
 * Typed in the page view, the editor's default, where the draft is set as it prints.
 */
import type { CDPSession } from '@playwright/test';
import type { Draft } from '../../electron/shared/model';
import { startBenchApp } from './browser/bench-app';
import type { Figure } from './run';

const SECTIONS = 10;
const DRAFT_CHARS = 20_000;
const TYPED_CHARS = 2_000;
/** Characters per `keyboard.type` call; each character is still its own input event. */
const CHUNK = 100;

/** Sentences written for this bench: a school's reading-month summary. */
const SENTENCES = [
  '读书月期间，全校师生共借阅图书一万二千余册，人均阅读量比去年增加三本。',
  '各班利用晨读时间开展经典诵读，让学生在朗朗书声中感受汉语之美。',
  '图书馆延长开放时间，周末向家长开放，带动了亲子共读的风气。',
  '语文组教师带头撰写读书笔记，在教研活动中交流阅读教学的心得。',
];

function paragraph(chars: number, offset: number): string {
  let text = '';
  for (let i = offset; text.length < chars; i++) text += SENTENCES[i % SENTENCES.length] ?? '';
  return text.slice(0, chars);
}

/** A draft of DRAFT_CHARS characters: opening and closing of 500, ten sections of 1,900. */
function longDraft(draft: Draft): Draft {
  const bodyChars = (DRAFT_CHARS - 1_000) / SECTIONS;
  return {
    ...draft,
    title: '2026年读书月活动总结',
    opening: paragraph(500, 0),
    sections: Array.from({ length: SECTIONS }, (_, i) => ({
      id: `s${i + 1}`,
      level: 1,
      heading: `第${i + 1}项活动的开展情况`,
      // Paragraphs of about 190 characters, as in a real report.
      body: Array.from({ length: 10 }, (_, p) => paragraph(bodyChars / 10 - 1, i + p)).join('\n'),
    })),
    closing: paragraph(500, 3),
    numbering: ['一、'],
  };
}

type LongTaskWindow = Window & { longTasks?: number[] };

/** Runs in the page before its own scripts: every long task's start and duration, from load on. */
function recordLongTasks(): void {
  const w = window as LongTaskWindow;
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks?.push(e.startTime, e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export default async function typingBench(): Promise<Figure[]> {
  const app = await startBenchApp('typing');
  try {
    const created = await app.call('drafts:create', { title: '读书月活动总结' });
    const draft = await app.call('drafts:save', longDraft(created));
    const context = await app.newContext();
    await context.addInitScript(recordLongTasks);
    const page = await context.newPage();
    await page.goto(`${app.host.url}#/draft/${encodeURIComponent(draft.id)}`);
    await page.getByTestId('page-view').waitFor();
    const body = page.getByTestId('section-body').nth(SECTIONS / 2);
    await body.waitFor();
    await body.click();
    await page.keyboard.press('Control+End');

    const cdp = await context.newCDPSession(page);
    const heapBefore = await heapAfterGc(cdp);
    const typingStart = await page.evaluate(() => performance.now());
    const typed = paragraph(TYPED_CHARS, 1);
    for (let i = 0; i < typed.length; i += CHUNK) {
      await page.keyboard.type(typed.slice(i, i + CHUNK));
    }
    await page.getByTestId('save-state').getByText('已保存').waitFor();
    const value = await body.inputValue();
    if (!value.endsWith(typed)) throw new Error('the typed text did not reach the section body');
    // The forced GC below is the bench's own work, not the editor's: it is left out of the window.
    const typingEnd = await page.evaluate(() => performance.now());
    const heapAfter = await heapAfterGc(cdp);

    const recorded = await page.evaluate(() => (window as LongTaskWindow).longTasks ?? []);
    const durations: number[] = [];
    for (let i = 0; i + 1 < recorded.length; i += 2) {
      const [start = 0, duration = 0] = recorded.slice(i, i + 2);
      if (start >= typingStart && start < typingEnd) durations.push(duration);
    }
    return [
      { name: 'typing.long_tasks', value: durations.filter((d) => d > 50).length, unit: 'count' },
      { name: 'typing.longest_task_ms', value: Math.max(0, ...durations), unit: 'ms' },
      {
        name: 'typing.heap_growth_mb',
        value: (heapAfter - heapBefore) / 1024 / 1024,
        unit: 'MB',
      },
    ];
  } finally {
    await app.close();
  }
}
