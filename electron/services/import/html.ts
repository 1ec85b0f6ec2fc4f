/**
 * Saved web page → text: drops scripts, styles and navigation (with their content), turns block
 * elements into line breaks, decodes entities. Regexes are lazy and anchored on tag names, so
 * the cost stays linear in the page's size.
 */

const DROP =
  /<(script|style|noscript|nav|header|footer|aside|iframe|form|select|svg|template|button)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;
const COMMENT = /<!--[\s\S]*?-->/gu;
const BLOCK =
  /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|pre|dd|dt|dl|hr|main|center)\b[^>]*>/giu;
const TAG = /<[^>]*>/gu;

const NAMED: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  hellip: '…',
  mdash: '—',
  middot: '·',
  ensp: ' ',
  emsp: ' ',
  ideographicspace: '\u3000',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,20});/giu, (all, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : all;
    }
    return NAMED[body.toLowerCase()] ?? all;
  });
}

export function htmlToText(html: string): string {
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/iu.exec(html)?.[1] ?? html;
  const text = body.replace(COMMENT, '').replace(DROP, '\n').replace(BLOCK, '\n').replace(TAG, '');
  return decodeEntities(text)
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v]+/gu, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}
