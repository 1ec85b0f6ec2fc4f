/** Text kept to one line and cut with an ellipsis; the element's title carries the whole text. */
export const oneLine = {
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
} as const;
