import { Button, Drawer, type DrawerProps } from 'antd';

type Props = Omit<DrawerProps, 'open' | 'onClose' | 'title' | 'size'> & {
  /** Names the test ids: `open-NAME` for the button, `NAME-panel` for the drawer. */
  name: string;
  text: { open: string; title: string };
  open: boolean;
  setOpen: (open: boolean) => void;
  /** What the panel does as it opens (load, run), after it is shown. */
  onOpen?: () => void;
};

/** A panel of the editor's toolbar: its button, and the large drawer the button opens. */
export function ToolbarPanel({ name, text, open, setOpen, onOpen, ...drawer }: Props) {
  return (
    <>
      <Button
        data-testid={`open-${name}`}
        onClick={() => {
          setOpen(true);
          onOpen?.();
        }}
      >
        {text.open}
      </Button>
      <Drawer
        {...drawer}
        title={text.title}
        open={open}
        onClose={() => setOpen(false)}
        size="large"
        data-testid={`${name}-panel`}
      />
    </>
  );
}
