import JSZip from 'jszip';

/** The parts of a .docx that export tests read, with the footers by the page type they serve. */
export interface DocxParts {
  bytes: Uint8Array;
  document: string;
  styles: string;
  settings: string;
  fontTable: string;
  footers: Partial<Record<'default' | 'even' | 'first', string>>;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from the .docx`);
    return file.async('string');
  };
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const footers: DocxParts['footers'] = {};
  for (const m of document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/gu)) {
    const target = new RegExp(`Id="${m[2] ?? ''}"[^>]*Target="([^"]+)"`, 'u').exec(rels)?.[1];
    if (!target) throw new Error(`no relationship ${m[2] ?? ''}`);
    footers[m[1] as keyof DocxParts['footers']] = await read(`word/${target}`);
  }
  return {
    bytes,
    document,
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    fontTable: await read('word/fontTable.xml'),
    footers,
  };
}

const attrsIn = (inner: string): Record<string, string> =>
  Object.fromEntries(
    [...inner.matchAll(/([\w:]+)="([^"]*)"/gu)].map((a) => [a[1] ?? '', a[2] ?? '']),
  );

/** The attributes of the first `<tag …>` in `xml`, or of the first one having attribute `having`. */
export function attrs(xml: string, tag: string, having?: string): Record<string, string> {
  for (const m of xml.matchAll(new RegExp(`<${tag}\\s([^>]*?)/?>`, 'gu'))) {
    const found = attrsIn(m[1] ?? '');
    if (having === undefined || having in found) return found;
  }
  throw new Error(`<${tag}${having ? ` ${having}` : ''}> not found`);
}

/** The XML of the `<w:style>` whose id is `id`. */
export function styleXml(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 'su').exec(styles);
  if (!m) throw new Error(`style ${id} not found`);
  return m[0];
}

export const runsOf = (xml: string): string[] =>
  [...xml.matchAll(/<w:r>.*?<\/w:r>/gsu)].map((m) => m[0]);
export const paragraphsOf = (xml: string): string[] =>
  [...xml.matchAll(/<w:p>.*?<\/w:p>/gsu)].map((m) => m[0]);
export const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');

/** Each paragraph as "Style | text", Normal where it names no style: the document at a glance. */
export const styledTexts = (xml: string): string[] =>
  paragraphsOf(xml).map((p) => {
    const style = /<w:pStyle w:val="([^"]+)"/u.exec(p)?.[1] ?? 'Normal';
    return `${style} | ${textOf(p)}`;
  });

/** Every font name an `w:rFonts` in `xml` gives, in any slot. */
export const fontNamesIn = (xml: string): Set<string> =>
  new Set(
    [...xml.matchAll(/<w:rFonts ([^>]*?)\/>/gu)].flatMap((m) =>
      Object.entries(attrsIn(m[1] ?? ''))
        .filter(([k]) => ['w:eastAsia', 'w:ascii', 'w:hAnsi', 'w:cs'].includes(k))
        .map(([, v]) => v),
    ),
  );

/** How a run looks once Word has applied its character style, paragraph style and defaults. */
export interface ResolvedRun {
  eastAsia?: string;
  ascii?: string;
  /** Half-points. */
  size?: string;
  bold: boolean;
}

/** `<w:b/>` and `<w:b w:val="true"/>` are bold, `<w:b w:val="false"/>` is not; absent says nothing. */
function boldIn(rPr: string): boolean | undefined {
  const m = /<w:b(?: w:val="(\w+)")?\/>/u.exec(rPr);
  if (!m) return undefined;
  return m[1] === undefined || m[1] === 'true' || m[1] === '1';
}

/** A style's chain: itself, then what it is based on, up to the root. */
function chainOf(styles: string, id: string | undefined): string[] {
  const chain: string[] = [];
  for (let at = id; at && chain.length < 10;) {
    const xml = styleXml(styles, at);
    chain.push(xml);
    at = /<w:basedOn w:val="([^"]+)"\/>/u.exec(xml)?.[1];
  }
  return chain;
}

const rPrOf = (xml: string): string => /<w:rPr>.*?<\/w:rPr>/su.exec(xml)?.[0] ?? '';

/**
 * Resolves `run` in `paragraph` through styles.xml as Word does: the run's own properties, its
 * character style, the paragraph style and what it is based on, then the document defaults.
 */
export function resolveRun(styles: string, paragraph: string, run: string): ResolvedRun {
  const own = rPrOf(run);
  const rStyle = /<w:rStyle w:val="([^"]+)"\/>/u.exec(own)?.[1];
  const pStyle = /<w:pStyle w:val="([^"]+)"\/>/u.exec(paragraph)?.[1] ?? 'Normal';
  const defaults = rPrOf(/<w:docDefaults>.*?<\/w:docDefaults>/su.exec(styles)?.[0] ?? '');
  const layers = [
    own,
    ...chainOf(styles, rStyle).map(rPrOf),
    ...chainOf(styles, pStyle).map(rPrOf),
    defaults,
  ];
  const first = (read: (rPr: string) => string | undefined): string | undefined => {
    for (const layer of layers) {
      const found = read(layer);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const fontSlot = (slot: string) => (rPr: string) =>
    /<w:rFonts /u.test(rPr) ? attrs(rPr, 'w:rFonts')[slot] : undefined;
  return {
    eastAsia: first(fontSlot('w:eastAsia')),
    ascii: first(fontSlot('w:ascii')),
    size: first((rPr) => /<w:sz w:val="(\d+)"\/>/u.exec(rPr)?.[1]),
    bold: layers.map(boldIn).find((b) => b !== undefined) ?? false,
  };
}
