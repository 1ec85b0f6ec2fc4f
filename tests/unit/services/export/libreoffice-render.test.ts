import { execFile, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftToDocx } from '../../../../electron/services/export/docx-export';
import type { Draft, FontScheme } from '../../../../electron/shared/model';
import { repoRoot } from '../../support/fixtures';

/**
 * Renders a GB/T 9704 export with LibreOffice and measures the PDF: what a reader of the printed
 * page would check. Twice, for the two machines a file meets:
 * - one with the GB fonts (公文字体 scheme; fontconfig maps the GB names to Noto CJK);
 * - a stock Chinese Windows without them, which has only 宋体, 仿宋, 楷体 and 黑体 (Windows 自带字体
 *   scheme; only those four names are mapped). LibreOffice ignores fontTable.xml's w:altName (its
 *   reader skips the element), so there a GB-scheme file gets the default face for everything;
 *   Word and WPS take the altName. The Windows scheme is what such a machine needs in LibreOffice.
 * The grid and margins, not the font, decide lines per page and characters per line.
 */

const run = promisify(execFile);
const TOOLS = ['soffice', 'pdfinfo', 'pdftotext', 'pdftoppm', 'pdffonts', 'pdftohtml'];
const missing = TOOLS.filter((t) => spawnSync('which', [t]).status !== 0);
const inCi = process.env.CI === 'true';
const RENDER_MS = 180_000;

interface Machine {
  name: string;
  fontScheme: FontScheme;
  fontconfig: string;
  /** The first page's picture, in reports/ (and in FANSHI_SCREENSHOTS when set, for the README). */
  png: string;
}

const MACHINES: Machine[] = [
  {
    name: 'GB fonts installed, 公文字体',
    fontScheme: 'gb',
    fontconfig: 'tests/fixtures/fontconfig/fonts.conf',
    png: 'gbt9704-gb-fonts-page1.png',
  },
  {
    name: 'only the Windows fonts installed, Windows 自带字体',
    fontScheme: 'windows',
    fontconfig: 'tests/fixtures/fontconfig/windows-fonts.conf',
    png: 'gbt9704-windows-fonts-page1.png',
  },
];

const SENTENCES = [
  '安全生产责任重于泰山，任何时候都不能有丝毫松懈',
  '要坚持人民至上、生命至上，把保护人民生命安全摆在首位',
  '各级各部门要牢固树立安全发展理念，守牢安全底线',
  '企业主要负责人是本单位安全生产第一责任人，必须亲自抓、带头干',
  '要聚焦道路交通、危险化学品、建筑施工等重点行业领域开展拉网式排查',
  '对排查出的隐患要建立台账，明确责任、措施、时限，逐项整改销号',
];

/** A paragraph of about 170 characters (six lines), different for each `seed`. */
const paragraph = (seed: number): string =>
  Array.from({ length: 6 }, (_, i) => SENTENCES[(seed + i) % SENTENCES.length]).join('，') + '。';

/** Long enough for several full pages; no digits, so every character is one grid cell. */
function longDraft(): Draft {
  const paras = (from: number, n: number): string =>
    Array.from({ length: n }, (_, i) => paragraph(from + i)).join('\n');
  return {
    id: 'render',
    title: '在全县安全生产工作会议上的讲话',
    templateId: null,
    // Both heading levels on the first page, for the picture in the README.
    opening: `同志们：\n${paras(0, 1)}`,
    sections: [
      { id: 's1', level: 1, heading: '提高思想认识', body: paras(1, 1) },
      { id: 's2', level: 2, heading: '压实企业主体责任', body: paras(2, 3) },
      { id: 's3', level: 1, heading: '强化督导检查。', body: paras(3, 3), inline: true },
      { id: 's4', level: 2, heading: '加强宣传教育', body: paras(4, 3) },
      { id: 's5', level: 1, heading: '严格考核问责', body: paras(5, 3) },
    ],
    closing: paras(0, 2),
    numbering: ['一、', '(一)'],
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
  };
}

/** A run of text on a page and the font it was set in (the subset tag dropped). */
interface PlacedText {
  text: string;
  font: string;
}

interface Rendered {
  pages: number;
  /** Each page's text as `pdftotext -layout` lays it out, blank lines dropped. */
  pageLines: string[][];
  fonts: string;
  texts: PlacedText[];
}

/** `pdftohtml -xml`: every text element with the font it names. */
function placedTexts(xml: string): PlacedText[] {
  const families = new Map(
    [...xml.matchAll(/<fontspec id="(\d+)"[^>]*family="([^"]+)"/gu)].map((m) => [
      m[1] ?? '',
      (m[2] ?? '').replace(/^[A-Z]{6}\+/u, ''),
    ]),
  );
  return [...xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/gu)].map((m) => ({
    text: (m[2] ?? '').replace(/<[^>]+>/gu, ''),
    font: families.get(m[1] ?? '') ?? '',
  }));
}

async function render(dir: string, machine: Machine): Promise<Rendered> {
  const docx = join(dir, 'render.docx');
  await writeFile(
    docx,
    await draftToDocx(longDraft(), { preset: 'gbt9704', fontScheme: machine.fontScheme }),
  );
  // A fresh profile: soffice refuses to start, or waits, when another instance holds the default.
  const profile = `file://${join(dir, 'profile')}`;
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    {
      env: { ...process.env, FONTCONFIG_FILE: join(repoRoot, machine.fontconfig) },
      timeout: RENDER_MS,
    },
  );
  const pdf = join(dir, 'render.pdf');
  const info = (await run('pdfinfo', [pdf])).stdout;
  const pages = Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1] ?? 0);
  const pageLines: string[][] = [];
  for (let p = 1; p <= pages; p++) {
    const { stdout } = await run('pdftotext', ['-layout', '-f', `${p}`, '-l', `${p}`, pdf, '-']);
    pageLines.push(stdout.split('\n').filter((l) => l.trim() !== ''));
  }
  await writePng(pdf, join(repoRoot, 'reports', machine.png));
  const shots = process.env.FANSHI_SCREENSHOTS;
  if (shots) await writePng(pdf, resolve(shots, machine.png));
  return {
    pages,
    pageLines,
    fonts: (await run('pdffonts', [pdf])).stdout,
    texts: placedTexts((await run('pdftohtml', ['-xml', '-i', '-stdout', pdf])).stdout),
  };
}

/** The first page at 60 dpi: small enough for the README, large enough to read. */
async function writePng(pdf: string, png: string): Promise<void> {
  await mkdir(dirname(png), { recursive: true });
  const prefix = png.replace(/\.png$/u, '');
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
}

const PAGE_NUMBER = /^\s*—\s*(\d+)\s*—\s*$/u;
/** Characters on a line, without the spaces pdftotext puts between glyphs. */
const charsOf = (line: string): number => Array.from(line.replace(/\s/gu, '')).length;

describe.runIf(missing.length > 0)('LibreOffice render: tools', () => {
  const install = 'apt-get install libreoffice-writer poppler-utils';
  // CI installs them (.ci/run) and must not pass without the render; a developer may lack them.
  if (inCi) {
    it(`needs ${missing.join(', ')} (${install})`, () => {
      expect(missing).toEqual([]);
    });
  } else {
    it.skip(`skipped: ${missing.join(', ')} not installed (${install})`, () => undefined);
  }
});

describe.runIf(missing.length === 0).each(MACHINES)('LibreOffice render, $name', (machine) => {
  let dir = '';
  let out: Rendered;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fanshi-render-'));
    out = await render(dir, machine);
  }, RENDER_MS);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('fills at least two full pages, each numbered `— n —`', () => {
    expect(out.pages).toBeGreaterThanOrEqual(4);
    out.pageLines.forEach((lines, i) => {
      expect(PAGE_NUMBER.exec(lines.at(-1) ?? '')?.[1], `page ${i + 1}`).toBe(String(i + 1));
    });
  });

  it('sets 22 lines on every full page', () => {
    const full = out.pageLines.slice(1, -1);
    expect(full.length).toBeGreaterThanOrEqual(2);
    for (const lines of full) expect(lines.length - 1).toBe(22);
  });

  it('sets about 28 characters on each full line of body text', () => {
    const counts = out.pageLines
      .slice(1, -1)
      .flat()
      .filter((l) => !PAGE_NUMBER.test(l))
      .map(charsOf)
      .filter((n) => n >= 20);
    expect(counts.length).toBeGreaterThan(30);
    for (const n of counts) {
      expect(n).toBeGreaterThanOrEqual(26);
      expect(n).toBeLessThanOrEqual(30);
    }
    const sorted = [...counts].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBe(28);
  });

  it('puts odd page numbers on the right and even ones on the left', () => {
    const indentOf = (lines: string[]): number => /^\s*/u.exec(lines.at(-1) ?? '')?.[0].length ?? 0;
    const [first, second] = out.pageLines;
    expect(indentOf(first ?? [])).toBeGreaterThan(20);
    expect(indentOf(second ?? [])).toBeLessThan(5);
  });

  it('centres the title over the text and indents paragraphs by two characters', () => {
    const [title, , firstLine] = out.pageLines[0] ?? [];
    expect(title?.trim()).toMatch(/^在\s*全\s*县.*讲\s*话$/u);
    expect(/^\s*/u.exec(title ?? '')?.[0].length).toBeGreaterThan(4);
    const bodyIndent = /^\s*/u.exec(firstLine ?? '')?.[0].length ?? 0;
    const continuation = /^\s*/u.exec(out.pageLines[0]?.[3] ?? '')?.[0].length ?? 0;
    expect(bodyIndent).toBeGreaterThan(continuation);
  });

  it('sets the body in a serif face and the 黑体 and 楷体 headings in another', () => {
    const bodyFonts = new Set(out.texts.filter((t) => charsOf(t.text) >= 20).map((t) => t.font));
    expect([...bodyFonts]).toHaveLength(1);
    const [body = ''] = bodyFonts;
    expect(body).toMatch(/Serif/u);
    for (const heading of ['提高思想认识', '压实企业主体责任', '强化督导检查']) {
      const placed = out.texts.filter((t) => t.text.includes(heading));
      expect(placed.length, heading).toBeGreaterThan(0);
      for (const t of placed) expect(t.font, heading).not.toBe(body);
    }
    // pdffonts agrees: both faces are embedded.
    expect(out.fonts).toMatch(/NotoSerifCJK/u);
    expect(out.fonts).toMatch(/NotoSansCJK/u);
  });

  it('writes the first page as a PNG into reports/ for eyes', async () => {
    const png = await readFile(join(repoRoot, 'reports', machine.png));
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});
