import { List, Typography, type ListProps } from 'antd';
import { emptyNote } from './empty-note';

/** A drawer's list of past things (saved versions, deleted drafts): what it keeps said first. */
export function DrawerList<T>({
  text,
  items,
  renderItem,
}: {
  text: { intro: string; empty: string };
  items: T[];
  renderItem: ListProps<T>['renderItem'];
}) {
  return (
    <>
      <Typography.Paragraph type="secondary">{text.intro}</Typography.Paragraph>
      <List dataSource={items} locale={emptyNote(text.empty)} renderItem={renderItem} />
    </>
  );
}
