import { Card } from 'antd';

/** A rendered draft as the reader will see it: one paragraph per line. */
export function TextPreview({
  title,
  text,
  testId,
}: {
  title: string;
  text: string;
  testId: string;
}) {
  return (
    <Card title={title}>
      <pre
        data-testid={testId}
        style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0, lineHeight: 1.9 }}
      >
        {text}
      </pre>
    </Card>
  );
}
