/**
 * The 3,755 characters of GB2312's first level: written Chinese draws almost all of its
 * characters from them, mis-decoded bytes and random spam do not. Read once from the decoder
 * every host has, not kept as a table in the source.
 */
const CJK_LO = 0x4e00;
const CJK_HI = 0x9fff;
// one byte per CJK code point: asked for every character of every line
let level1: Uint8Array | null = null;

function commonTable(): Uint8Array {
  if (level1) return level1;
  const table = new Uint8Array(CJK_HI - CJK_LO + 1);
  const decoder = new TextDecoder('gb18030');
  const pair = new Uint8Array(2);
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      const c = ch.charCodeAt(0);
      if (ch.length === 1 && c >= CJK_LO && c <= CJK_HI) table[c - CJK_LO] = 1;
    }
  }
  level1 = table;
  return table;
}

/** Han characters of a text, and how many of them are common. */
export function hanCounts(text: string): { han: number; common: number } {
  const table = commonTable();
  let han = 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= CJK_LO && c <= CJK_HI) {
      han++;
      common += table[c - CJK_LO] ?? 0;
    }
  }
  return { han, common };
}
