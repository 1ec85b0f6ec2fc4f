import type { GetProps } from 'antd';
import type { Input } from 'antd';
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
  return (
    <div className="fs-paragraph-box">
      <div className={`fs-mirror${value ? '' : ' fs-mirror-empty'}`} aria-hidden="true">
        {/* A trailing newline still makes a line, as it does in the text area. */}
        {value ? `${value}\u200b` : placeholder}
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
