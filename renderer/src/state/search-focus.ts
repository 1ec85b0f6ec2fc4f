/**
 * Ctrl+F from another screen navigates home before the home page (and its search box) exists, so
 * the request waits here until the page mounts and takes it.
 */
let pending = false;

export function requestDraftSearchFocus(): void {
  pending = true;
}

/** True once per request. */
export function takeDraftSearchFocus(): boolean {
  const was = pending;
  pending = false;
  return was;
}
