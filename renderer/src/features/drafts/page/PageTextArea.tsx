import type { GetProps } from 'antd';
import type { Input } from 'antd';
import { useState } from 'react';
import { DraftTextArea, type OnEdit } from '../DraftFields';

type Props = Omit<GetProps<typeof Input.TextArea>, 'value' | 'onChange'> & {
  value: string;
  onEdit: OnEdit;
};

/**
 * A multi-line field of the page (opening, a body, closing), every paragraph indented as printed.
 * A text area indents only its first line (Chromium ignores `text-indent: each-line` in one), so
 * while the field is not being written in, a copy set as paragraphs shows instead, with the text
 * area over it, transparent, to take the click; the field being written in shows the text area.
 */
export function PageTextArea({ value, placeholder, className, ...props }: Props) {
  // The copy is hidden while the field has the focus: it is left empty then, so that a keystroke
  // does not set its text as well (a style pass over it on every key).
  const [writing, setWriting] = useState(false);
  const copy = value ? `${value}\u200b` : placeholder;
  return (
    <div
      className="fs-paragraph-box"
      onFocus={() => setWriting(true)}
      onBlur={() => setWriting(false)}
    >
      <div className={`fs-mirror${value ? '' : ' fs-mirror-empty'}`} aria-hidden="true">
        {/* A trailing newline still makes a line, as it does in the text area. */}
        {writing ? null : copy}
      </div>
      <DraftTextArea
        {...props}
        value={value}
        placeholder={placeholder}
        variant="borderless"
        className={`fs-field fs-paragraphs ${className ?? ''}`}
      />
    </div>
  );
}
