import { Input, type GetProps, type InputProps } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';

/**
 * What a draft field reports: its new text, and whether that text is a word or phrase the writer
 * chose in an input method (one undo step of its own) rather than keys typed as they are.
 */
export type OnEdit = (text: string, chosen: boolean) => void;

/**
 * A draft field's text while the writer may be composing with an input method. The letters being
 * composed (da → dang → dangyuan) show in the field but never reach the draft, so they never
 * enter its undo history, its saves, its 字数 or its checks; the word chosen (党员) reaches it at
 * the end of the composition, in one piece.
 */
function useComposedText<E extends HTMLInputElement | HTMLTextAreaElement>(
  value: string,
  onEdit: OnEdit,
) {
  const [composed, setComposed] = useState<string | null>(null);
  // Set at compositionstart: some components report a change on compositionend before the
  // composition's own handler runs, and that change is still the composition's.
  const composing = useRef(false);
  return {
    value: composed ?? value,
    onChange: (e: ChangeEvent<E>) => {
      const text = e.target.value;
      if (composing.current) setComposed(text);
      else if (text !== value) onEdit(text, false);
    },
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (e: { currentTarget: E }) => {
      composing.current = false;
      const text = e.currentTarget.value;
      setComposed(null);
      if (text !== value) onEdit(text, true);
    },
  };
}

type FieldProps<P> = Omit<P, 'value' | 'onChange' | 'onCompositionStart' | 'onCompositionEnd'> & {
  value: string;
  onEdit: OnEdit;
};

/** A one-line field of the draft (title, heading). */
export function DraftInput({ value, onEdit, ...props }: FieldProps<InputProps>) {
  return <Input {...props} {...useComposedText<HTMLInputElement>(value, onEdit)} />;
}

/** A multi-line field of the draft (opening, body, closing). */
export function DraftTextArea({
  value,
  onEdit,
  ...props
}: FieldProps<GetProps<typeof Input.TextArea>>) {
  return <Input.TextArea {...props} {...useComposedText<HTMLTextAreaElement>(value, onEdit)} />;
}
