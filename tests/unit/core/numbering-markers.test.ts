import { describe, expect, it } from 'vitest';
import { NUMBERING_SCHEMES, numberMarker } from '../../../electron/core/draft/numbering';
import { matchMarker } from '../../../electron/core/miner/numbering';
import { normPunct } from '../../../electron/core/miner/text';
import { schemeOf } from '../../../electron/core/templates/heading-numbering';

/** Every scheme the editor offers, as the first three headings of a draft write it. */
const written = NUMBERING_SCHEMES.filter((s) => s !== 'none').flatMap((scheme) =>
  [1, 2, 3].map((n) => ({ scheme, n, marker: numberMarker(scheme, n) })),
);

describe('the table of numbering forms', () => {
  it.each(written)('the miner finds $marker as item $n', ({ marker, n }) => {
    expect(matchMarker(normPunct(`${marker}完善校园安全管理制度。`))?.ordinal).toBe(n);
  });

  it.each(written)('a template maps $marker back to $scheme', ({ marker, scheme }) => {
    expect(schemeOf(matchMarker(normPunct(`${marker}完善校园安全管理制度。`))?.text)).toBe(scheme);
  });
});
