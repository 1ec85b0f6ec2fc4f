/**
 * Saved web page → text, in one pass over the page: tags are read by a small tokenizer that
 * never looks at a character twice, so a crafted page (`<p<p<p…`, thousands of unclosed
 * `<script`) costs what its length costs. Scripts, styles and page furniture (navigation,
 * headers, footers …) are dropped with their content, block elements become line breaks,
 * entities are decoded, and only the body is kept when there is one.
 */

/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed']);

/**
 * Elements dropped with what they hold. `form` is not among them: older sites wrap the whole
 * page in one.
 */
const DROPPED = new Set([
  'head',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'select',
  'svg',
  'template',
  'button',
]);

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'dl',
  'hr',
  'main',
  'center',
]);

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
  ndash: '–',
  middot: '·',
  times: '×',
  divide: '÷',
  ensp: ' ',
  emsp: ' ',
  ideographicspace: '\u3000',
};

/** Bounded repetition only: linear in the text's length. */
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

const isNameChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;

interface Tag {
  name: string;
  closing: boolean;
  /** Index just past the tag's `>`; -1 when the page ends inside the tag. */
  end: number;
}

/**
 * Reads the tag starting at `at` (the `<`), quotes respected. Scans forward only: the caller
 * continues at `end`, so no character is read twice.
 */
function readTag(html: string, at: number): Tag | null {
  let i = at + 1;
  const closing = html.charCodeAt(i) === 47; // '/'
  if (closing) i++;
  const first = html.charCodeAt(i);
  if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) return null;
  const start = i;
  while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
  const name = html.slice(start, i).toLowerCase();
  let quote = 0;
  for (; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return { name, closing, end: i + 1 };
  }
  return { name, closing, end: -1 };
}

/** Where the end tag `</name` starts at or after `from`, case-insensitive; -1 when none. */
function findEndTag(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}[\\s/>]`, 'giu');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  // Open dropped elements, each with where the output stood when it opened, and how many of
  // each name are open: an end tag of a name not open costs nothing.
  const dropped: Array<{ name: string; mark: number }> = [];
  const openCount = new Map<string, number>();
  // Text runs from `i`; the next `<` is looked for from `from` (past any `<` that was text).
  let i = 0;
  let from = 0;
  for (;;) {
    const lt = html.indexOf('<', from);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    // `<!--…-->`, `<!DOCTYPE …>`, `<?xml …?>`: markup without text.
    const markup = html.startsWith('<!', lt) || html.startsWith('<?', lt);
    const tag = markup ? null : readTag(html, lt);
    if (!markup && !tag) {
      from = lt + 1; // a `<` that is text, as in “a < b”
      continue;
    }
    if (lt > i) out.push(html.slice(i, lt));
    if (!tag) {
      const comment = html.startsWith('<!--', lt);
      const close = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      if (close < 0) break;
      i = from = close + (comment ? 3 : 1);
      continue;
    }
    // A page that ends inside a tag: what is left is not text.
    if (tag.end < 0) break;
    i = from = tag.end;
    if (tag.closing) {
      if (tag.name === 'body') break;
      if (BLOCK.has(tag.name)) out.push('\n');
      if ((openCount.get(tag.name) ?? 0) > 0) {
        // Each element is popped once: linear however the end tags are nested.
        for (let d = dropped.pop(); d; d = dropped.pop()) {
          openCount.set(d.name, (openCount.get(d.name) ?? 1) - 1);
          if (d.name === tag.name) {
            out.length = d.mark;
            break;
          }
        }
        out.push('\n');
      }
      continue;
    }
    if (tag.name === 'body') {
      // Only the body is the page's text: anything before it goes.
      out.length = 0;
      dropped.length = 0;
      openCount.clear();
      continue;
    }
    if (RAW_TEXT.has(tag.name)) {
      const end = findEndTag(html, tag.name, i);
      if (end < 0) break;
      const close = html.indexOf('>', end);
      if (close < 0) break;
      i = from = close + 1;
      out.push('\n');
      continue;
    }
    if (DROPPED.has(tag.name)) {
      dropped.push({ name: tag.name, mark: out.length });
      openCount.set(tag.name, (openCount.get(tag.name) ?? 0) + 1);
    } else if (BLOCK.has(tag.name)) out.push('\n');
  }
  return decodeEntities(out.join(''))
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v]+/gu, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}
