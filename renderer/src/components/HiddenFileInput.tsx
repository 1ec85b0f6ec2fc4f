import type { Ref } from 'react';

/**
 * A file input a button opens (`ref.current?.click()`): hands over the one file chosen, then
 * forgets it, so that choosing the same file again still counts.
 */
export function HiddenFileInput({
  ref,
  accept,
  testId,
  onFile,
}: {
  ref: Ref<HTMLInputElement>;
  accept: string;
  testId: string;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      hidden
      data-testid={testId}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
