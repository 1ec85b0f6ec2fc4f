import { Button, Popconfirm, type ButtonProps, type PopconfirmProps } from 'antd';
import { useState, type ReactNode } from 'react';

/**
 * A list row's button that asks before acting (删除). Its Popconfirm is mounted only once the
 * button is pressed: a long list draws many rows on the first screen, and an unopened Popconfirm
 * per row was a good part of the home page's first render.
 */
export function RowConfirm({
  children,
  button,
  ...confirm
}: Pick<PopconfirmProps, 'title' | 'description' | 'okText' | 'cancelText' | 'onConfirm'> & {
  children: ReactNode;
  button?: ButtonProps & { 'data-testid'?: string };
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button type="link" danger {...button} onClick={() => setAsking(true)}>
        {children}
      </Button>
    );
  }
  return (
    <Popconfirm {...confirm} open onOpenChange={setAsking}>
      {/* The button is mounted afresh inside the Popconfirm: keep the keyboard's place on it. */}
      <Button type="link" danger {...button} autoFocus>
        {children}
      </Button>
    </Popconfirm>
  );
}
