import { Alert, type AlertProps } from 'antd';

/** An alert set above what it concerns (the editor, a form, a report), and spaced from it alike. */
export function AlertAbove({ testId, ...props }: AlertProps & { testId?: string }) {
  return <Alert showIcon style={{ marginBottom: 16 }} data-testid={testId} {...props} />;
}
