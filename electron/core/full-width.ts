/** ASCII marks a Chinese text writes full-width: what typing with an English layout gets wrong. */
export const ASCII_TO_FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};
