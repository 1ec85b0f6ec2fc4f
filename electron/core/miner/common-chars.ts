/**
 * The 3,755 characters of GB2312's first level: written Chinese draws almost all of its
 * characters from them, mis-decoded bytes and random spam do not. Read once from the decoder
 * every host has, not kept as a table.
 */
let level1: Set<number> | null = null;

export function commonChars(): Set<number> {
  if (level1) return level1;
  const set = new Set<number>();
  const decoder = new TextDecoder('gb18030');
  const pair = new Uint8Array(2);
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      if (ch.length === 1 && ch !== '\ufffd') set.add(ch.charCodeAt(0));
    }
  }
  level1 = set;
  return set;
}

/** Han characters of a text, and how many of them are common. */
export function hanCounts(text: string): { han: number; common: number } {
  const set = commonChars();
  let han = 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (set.has(c)) common++;
    }
  }
  return { han, common };
}
