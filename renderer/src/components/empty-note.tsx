import { Empty } from 'antd';

/**
 * What an empty list says. antd's plain-string empty text is drawn in its "disabled" grey, too faint
 * to read (axe: contrast below 4.5:1); an Empty takes the description colour of the theme.
 */
export const emptyNote = (text: string) => ({
  emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />,
});
