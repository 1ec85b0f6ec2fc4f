import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../electron/services/import/html';
import { assertSafeZip } from '../../../../electron/services/import/zip-check';
import { analyzeBytes } from '../../../../electron/services/miner-service';
import { AppFailure } from '../../../../electron/shared/result';
import { appFailure } from '../../support/app-failure';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

function documentXml(paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

async function docx(xml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', xml);
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

describe('.docx import', () => {
  it('mines a Word document through mammoth in a worker', async () => {
    const bytes = await docx(
      documentXml([
        '安全生产心得体会',
        '安全生产是企业的生命线。我们要时刻绷紧安全这根弦。',
        '一、提高认识',
        '思想是行动的先导。',
        '二、落实责任',
        '责任是安全的保障。',
      ]),
    );
    const a = await analyzeBytes('safety.docx', bytes);
    expect(a.encoding).toBe('docx');
    expect(a.essays[0]?.headings.map((h) => h.text)).toEqual(['一、提高认识', '二、落实责任']);
  }, 30_000);

  it('refuses a zip bomb (61 MB of XML in a few hundred KB) before parsing', async () => {
    const para = '<w:p><w:r><w:t>安全生产人人有责</w:t></w:r></w:p>';
    const xml = documentXml([]).replace(
      '<w:body></w:body>',
      `<w:body>${para.repeat(Math.ceil(61e6 / para.length))}</w:body>`,
    );
    const bytes = await docx(xml);
    expect(bytes.length).toBeLessThan(1_000_000);
    const e = await appFailure(() => analyzeBytes('bomb.docx', bytes));
    expect(e.code).toBe('too_large');
    expect(() => assertSafeZip(bytes)).toThrow(AppFailure);
  }, 60_000);

  it('refuses a file that is not a zip', async () => {
    const e = await appFailure(() =>
      analyzeBytes('fake.docx', new TextEncoder().encode('这不是 Word 文档')),
    );
    expect(e.code).toBe('unsupported_input');
  });
});

describe('html import', () => {
  const rows: Array<{ name: string; input: string; expected: string }> = [
    {
      name: 'drops script, style and nav',
      input:
        '<html><head><style>p{}</style></head><body><nav>首页 | 心得</nav><script>var a="一、";</script>' +
        '<h1>读书心得</h1><p>读书使人明智。</p></body></html>',
      expected: '读书心得\n读书使人明智。',
    },
    {
      name: 'decodes entities and breaks at blocks',
      input: '<div>一、提高认识&nbsp;</div><div>&ldquo;安全&rdquo;&#20026;先</div>',
      expected: '一、提高认识\n“安全”为先',
    },
  ];
  it.each(rows)('$name', ({ input, expected }) => {
    expect(htmlToText(input)).toBe(expected);
  });

  it('analyzes a .html file', async () => {
    const html = '<body><p>教师培训心得</p><p>这次培训收获很大。</p></body>';
    const a = await analyzeBytes('t.html', new TextEncoder().encode(html));
    expect(a.essays[0]?.title).toBe('教师培训心得');
  });
});

describe('html import of hostile pages', () => {
  const rows: Array<{ name: string; input: string; expected: string }> = [
    {
      name: 'keeps only the body',
      input: '<p>页头</p><body><p>正文</p></body><p>页尾</p>',
      expected: '正文',
    },
    {
      name: 'an unclosed dropped element keeps its text',
      input: '<body><aside><p>志愿服务心得</p></body>',
      expected: '志愿服务心得',
    },
    {
      name: 'a form around the page keeps its text',
      input: '<body><form action="x"><p>志愿服务心得</p></form></body>',
      expected: '志愿服务心得',
    },
    { name: 'a < in text stays', input: '<p>甲 < 乙 且 3<5</p>', expected: '甲 < 乙 且 3<5' },
    { name: 'quoted > inside a tag', input: '<p title="a>b">正文</p>', expected: '正文' },
    {
      name: 'an unclosed script drops the rest',
      input: '<p>前文</p><script>var a = 1;',
      expected: '前文',
    },
    { name: 'a page ending inside a tag', input: '<p>前文</p><p class="x', expected: '前文' },
    {
      name: 'nested dropped elements',
      input: '<nav><nav>菜单</nav>更多</nav><p>正文</p>',
      expected: '正文',
    },
  ];
  it.each(rows)('$name', ({ input, expected }) => {
    expect(htmlToText(input)).toBe(expected);
  });

  // Before: 12–16 s for the first, never for the second. Linear now: well under a second each.
  it.each([
    { name: "100 KB of '<p'", input: `<body>${'<p'.repeat(50_000)}</body>` },
    { name: '22 MB of <script', input: '<script'.repeat(3_150_000) },
    { name: '10 MB of </', input: '</'.repeat(5_000_000) },
    {
      name: 'opening navs, closing ps',
      input: `${'<nav>'.repeat(50_000)}${'</p>'.repeat(50_000)}`,
    },
  ])('$name is read in one pass', ({ input }) => {
    const started = performance.now();
    htmlToText(input);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
