import type { BlockRowValues, RowsByBlock } from './preview-layout';

export interface FillValues {
  data: Record<string, string>;
  rows: RowsByBlock;
}

/**
 * The fill form's values outside React state: each field and the preview subscribe to what they
 * show, so a keystroke re-renders one field and the preview rather than the whole form (antd's
 * Form gives its items a new context on every render of the form).
 */
export interface FillStore {
  get: () => FillValues;
  setSlot: (name: string, value: string) => void;
  setRows: (block: string, rows: BlockRowValues[]) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createFillStore(initial: FillValues): FillStore {
  let values = initial;
  const listeners = new Set<() => void>();
  const update = (next: FillValues): void => {
    values = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => values,
    setSlot: (name, value) => update({ ...values, data: { ...values.data, [name]: value } }),
    setRows: (block, rows) => update({ ...values, rows: { ...values.rows, [block]: rows } }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
