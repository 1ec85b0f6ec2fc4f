import type { Paragraph } from './lines';
import { normPunct } from './text';

/**
 * Collections often run essays together without titles. A new essay begins where a paragraph
 * opens like an essay (a date, "近日", "随着…", an occasion) right after one that closes like an
 * essay (a call to action, a resolution, an exclamation), and never inside a numbered or
 * parallel structure, nor before a paragraph that leans on the previous one (但是, 因此, 这…).
 */

const OPENER =
  /^(?:近日|日前|近期|近来|近年来|近几年|今年|去年|前不久|不久前|当前|当下|目前|如今|现如今|时下|新年|春节期间|\d{1,2}月\d{1,2}日|[0-9_X]{2,4}年|[一二三四五六七八九十]+月|在.{1,30}?(?:之际|期间|前夕|以来|之时|时刻|当中)|随着|为(?:了)?(?:深入|全面|进一步|认真|切实)|.{0,12}(?:召开|举行|举办|开展|印发|发布|出台|提出|发表)|.{0,30}(?:强调|指出)[，：]|作为一名|回首|回顾|曾经|记得|那年|小时候|(?:这|那)一?(?:天|日|年)[，,])/u;
const CONTINUATION =
  /^(?:但|但是|可是|然而|而|而且|并且|并|因此|所以|因而|于是|同时|此外|另外|另一方面|其次|再次|再者|然后|最后|总之|总而言之|综上|由此|如此|从而|进而|甚至|加之|况且|何况|尤其|特别是|例如|比如|譬如|其中|对此|为此|这(?!一?[天日年][，,])|那(?!一?[天日年][，,])|其|此(?!时)|他|她|它|该|也|又|还|更|就|即|则|便|可见|当然|诚然|其实|事实上|实际上|换句话说|也就是说|一方面|同样|相反|反之|否则|不过|只是|接着|随后|之后|后来|期间|与此同时)/u;
const CLOSER =
  /(?:让我们|我们要|我们将|我们必须|我们一定|我相信|相信|坚信|总之|总而言之|综上|总的来说|今后|未来|下一步|一定能|一定会|必将|必定|终将|定能|加油|共同努力|携手|奋斗|前进|贡献|力量|吧[。！]?$|[！!]$|[！!]”?$)/u;
/** A call to action or a summing-up: the paragraph closes an essay, not just a thought. */
const STRONG_CLOSER = /(?:让我们|总之|总而言之|综上|总的来说|共同努力|携手|吧[。！]?$|！”?$)/u;
/** A thesis sentence ("X是…的…"): how essays state their topic at the outset. */
const THESIS =
  /^[^，。！？：；“]{2,20}?，?(?<![不也就还都更正才即便总亦只而])是[^。！？，]{4,30}[。，]/u;
const EXCLAIMS = /^[^。！？]{2,30}！/u;
const DIALOGUE = /^[“"「『]/u;

export interface GapFeatures {
  opener: boolean;
  /** The next paragraph opens with an exclamation: a rallying cry that closes, not opens. */
  exclaims: boolean;
  continuation: boolean;
  closer: boolean;
  strongCloser: boolean;
  thesis: boolean;
  dialogue: boolean;
  short: boolean;
  colon: boolean;
}

export function gapFeatures(prev: Paragraph, next: Paragraph): GapFeatures {
  const head = normPunct(next.text.slice(0, 60));
  const tail = normPunct(prev.text.slice(-80));
  return {
    opener: OPENER.test(head),
    exclaims: EXCLAIMS.test(head),
    continuation: CONTINUATION.test(head),
    closer: CLOSER.test(tail),
    strongCloser: STRONG_CLOSER.test(tail),
    thesis: THESIS.test(head),
    dialogue: DIALOGUE.test(prev.text) && DIALOGUE.test(next.text),
    short: next.text.length < 25 || prev.text.length < 20,
    colon: /[：:]$/u.test(prev.text),
  };
}

export function gapScore(f: GapFeatures): number {
  if (f.colon || f.dialogue) return -10;
  let s = 0;
  if (f.opener) s += 2;
  if (f.closer) s += 1;
  if (f.strongCloser) s += 1;
  if (f.thesis && !f.opener) s += 1;
  if (f.continuation) s -= 3;
  if (f.short) s -= 1;
  if (f.exclaims) s -= 1;
  return s;
}
