// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { HostError } from '../../../renderer/src/api';
import { NameModal } from '../../../renderer/src/features/outlines/NameModal';

const TAKEN = '工匠精神观后感';

/** A page with the dialog: the first name is taken by the first save, as the host would refuse. */
function Page() {
  const [open, setOpen] = useState(false);
  const [names, setNames] = useState<string[]>([]);
  return (
    <>
      <button onClick={() => setOpen(true)}>保存提纲…</button>
      <NameModal
        open={open}
        title="保存提纲"
        label="提纲名称"
        initial="观后感"
        okText="保存"
        testId="outline-name-dialog"
        onSubmit={async (name) => {
          await Promise.resolve();
          if (names.includes(name.trim()))
            throw new HostError('invalid_argument', `已有名为“${name.trim()}”的提纲`);
          setNames((all) => [...all, name.trim()]);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

afterEach(cleanup);

describe('the name dialog', () => {
  it('opened again while the last one is still closing, starts afresh and still submits', async () => {
    render(<Page />);
    const submit = async (name: string): Promise<void> => {
      const inputs = screen.getAllByLabelText('提纲名称');
      const input = inputs[inputs.length - 1];
      if (!input) throw new Error('no field');
      fireEvent.change(input, { target: { value: name } });
      await act(async () => {
        fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
        await Promise.resolve();
      });
    };

    fireEvent.click(screen.getByText('保存提纲…'));
    await submit(TAKEN);
    // No animation ends here: the first dialog's content stays mounted, as it does on a slow
    // machine while the dialog animates closed, when the user opens it again.
    fireEvent.click(screen.getByText('保存提纲…'));
    const fields = screen.getAllByLabelText<HTMLInputElement>('提纲名称');
    expect(fields.at(-1)?.value).toBe('观后感');
    await submit(TAKEN);
    expect((await screen.findByRole('alert')).textContent).toBe(`已有名为“${TAKEN}”的提纲`);
  });
});
