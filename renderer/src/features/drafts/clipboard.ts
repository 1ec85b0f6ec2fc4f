/**
 * Rich text where the browser allows it, so a paste into Word or WPS keeps the fonts; plain text
 * otherwise (no ClipboardItem, or permission refused).
 */
export async function writeClipboard(html: string | null, text: string): Promise<void> {
  if (html !== null && typeof ClipboardItem === 'function') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Fall through to plain text, which more contexts permit.
    }
  }
  await navigator.clipboard.writeText(text);
}
