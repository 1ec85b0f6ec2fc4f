import type { Genre } from '../../shared/analysis';

const TITLE_RULES: Array<[RegExp, Genre]> = [
  [/观后感|观后|观看.*(感|心得)/u, '观后感'],
  [/读后感|读书心得|读.*有感/u, '读后感'],
  [/党课/u, '党课讲稿'],
  [/述职/u, '述职报告'],
  [/讲话|致辞|发言|演讲|主持词|动员/u, '讲话稿'],
  [/总结|汇报/u, '工作总结'],
  [/心得|体会|感悟|感想|有感|收获/u, '心得体会'],
];

const BODY_RULES: Array<[RegExp, Genre]> = [
  [/观看了|观看《|看了《|收看了/u, '观后感'],
  [/读了《|阅读了《|拜读/u, '读后感'],
  [/讲党课|这次党课|今天的党课/u, '党课讲稿'],
  [/同志们|各位领导|大家好/u, '讲话稿'],
  [/述职/u, '述职报告'],
  [/心得|体会|感悟|我深刻|让我|使我|我认识到|我感到|感受到/u, '心得体会'],
  [/今年以来|上半年|全年|工作总结|主要做法|存在的问题/u, '工作总结'],
];

/** Genre from the title words first (they name it), else from typical body phrases. */
export function guessGenre(titles: ReadonlyArray<string | null>, body: string): Genre {
  for (const t of titles) {
    if (!t) continue;
    for (const [re, g] of TITLE_RULES) if (re.test(t)) return g;
  }
  const head = body.slice(0, 3000);
  for (const [re, g] of BODY_RULES) if (re.test(head)) return g;
  return '其他';
}
