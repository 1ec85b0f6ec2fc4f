/**
 * preview.p95_ms (goal ≤ 16): in the fill form of a 10-section template, from a keystroke in a slot
 * field to the live preview showing the new text, measured inside the page. preview.p50_ms beside it.
 * Each keystroke waits for the last one's preview, as a writer's pace allows.
 */
import type { Page } from '@playwright/test';
import { startBenchApp } from './browser/bench-app';
import { median, percentile } from './stats';
import type { Figure } from './run';

const KEYSTROKES = 200;

const HEADINGS = [
  '坚持{{要点1}}，把志愿服务融入社区治理',
  '聚焦{{要点2}}，让困难群众感受到温暖',
  '突出{{要点3}}，守护一老一小',
  '围绕{{要点4}}，营造整洁有序的家园',
  '依托{{要点5}}，传播文明新风',
  '强化{{要点6}}，守牢平安底线',
  '创新{{要点7}}，激发居民参与热情',
  '健全{{要点8}}，让志愿者留得住',
  '用好{{要点9}}，讲好身边的志愿故事',
  '深化{{要点10}}，凝聚共建共享合力',
];

/** A 10-section template written for this bench: a community's volunteer work summary. */
const SOURCE = [
  '{{#title}}{{单位}}2026年志愿服务工作总结{{/title}}',
  '{{#opening}}今年以来，{{单位}}围绕{{主题}}，组织志愿者深入楼栋院落开展服务，现将有关情况总结如下。{{/opening}}',
  ...HEADINGS.flatMap((heading, i) => [
    `{{#heading level=1 schemes="一、"}}${heading}{{/heading}}`,
    `{{#body}}第${i + 1}项工作方面，{{正文${i + 1}}}{{/body}}`,
  ]),
  '{{#closing}}下一步，我们将总结经验、补齐短板，推动志愿服务常态化、制度化。{{/closing}}',
].join('\n');

/** What the writer types: one character per keystroke, as an IME commits them. */
const TYPED = '今年我们组织志愿者走进老旧小区，为独居老人上门理发、代购药品、检查燃气管道，'
  .repeat(8)
  .slice(0, KEYSTROKES);

interface PreviewProbe {
  /** Starts watching for the preview to contain `expected` after the next input. */
  arm: (expected: string) => void;
  /** Milliseconds from that input to the preview showing the text. */
  seen: Promise<number> | null;
}

type ProbeWindow = Window & { previewProbe?: PreviewProbe };

/** Runs in the page: the clock starts at the input event's first listener, before React's. */
function installProbe(): void {
  let started: number | null = null;
  const start = (): void => {
    started ??= performance.now();
  };
  document.addEventListener('keydown', start, true);
  document.addEventListener('beforeinput', start, true);
  const preview = document.querySelector('[data-testid="preview"]');
  if (!preview) throw new Error('no preview');
  const probe: PreviewProbe = {
    seen: null,
    arm: (expected) => {
      started = null;
      probe.seen = new Promise<number>((resolve, reject) => {
        const observer = new MutationObserver(() => {
          if (started === null || !preview.textContent.includes(expected)) return;
          observer.disconnect();
          clearTimeout(timeout);
          resolve(performance.now() - started);
        });
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`preview never showed ${expected}`));
        }, 5_000);
        observer.observe(preview, { childList: true, subtree: true, characterData: true });
      });
    },
  };
  (window as ProbeWindow).previewProbe = probe;
}

async function keystrokeLatencies(page: Page, field: string, prefix: string): Promise<number[]> {
  await page.getByTestId(`slot-${field}`).click();
  await page.evaluate(installProbe);
  const samples: number[] = [];
  let typed = '';
  for (const ch of TYPED) {
    typed += ch;
    await page.evaluate((expected) => {
      (window as ProbeWindow).previewProbe?.arm(expected);
    }, prefix + typed);
    await page.keyboard.type(ch);
    const ms = await page.evaluate(() => (window as ProbeWindow).previewProbe?.seen);
    if (ms === undefined || ms === null) throw new Error('probe missing');
    samples.push(ms);
  }
  return samples;
}

export default async function previewBench(): Promise<Figure[]> {
  const app = await startBenchApp('preview');
  try {
    const template = await app.call('templates:saveUser', {
      basedOn: null,
      name: '社区志愿服务工作总结',
      source: SOURCE,
    });
    const page = await (await app.newContext()).newPage();
    await page.goto(`${app.host.url}#/fill/${encodeURIComponent(template.id)}`);
    await page.getByTestId('preview').getByText('一、坚持').waitFor();
    // The host's own render of the whole text follows the quick one once typing pauses.
    const checked = page.waitForResponse(
      (r) =>
        decodeURIComponent(new URL(r.url()).pathname) === '/rpc/templates:render' &&
        (r.request().postData() ?? '').includes(TYPED),
    );
    // The first keystrokes warm up the render worker and the page's code paths.
    const samples = (await keystrokeLatencies(page, '正文1', '第1项工作方面，')).slice(10);
    await checked;
    // The answer is applied before the page draws its next frame; then the text must still be there.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const shown = await page.getByTestId('preview').textContent();
    if (!shown?.includes(`第1项工作方面，${TYPED}`)) {
      throw new Error('the preview lost the typed text after the host rendered it');
    }
    return [
      { name: 'preview.p95_ms', value: percentile(samples, 95), unit: 'ms' },
      { name: 'preview.p50_ms', value: median(samples), unit: 'ms' },
    ];
  } finally {
    await app.close();
  }
}
