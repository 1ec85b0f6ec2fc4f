import { App as AntApp } from 'antd';
import { useEffect } from 'react';
import { onLibraryWarnings } from '../../api';
import { useMessages } from '../../i18n/messages';
import { libraryMessages } from './library-messages';

/**
 * Tells the user what the store had to repair: a damaged file set aside, a copy restored from
 * history or a backup, a daily backup that failed. The host sends each warning once, with the
 * answer to whichever call found it (the first call after start-up, the one that opened a
 * damaged draft).
 */
export function useLibraryWarnings(): void {
  const { notification } = AntApp.useApp();
  const t = useMessages(libraryMessages);
  useEffect(
    () =>
      onLibraryWarnings((warnings) => {
        notification.warning({
          title: t.repairedTitle,
          description: warnings.join('\n'),
          duration: 0,
          style: { whiteSpace: 'pre-wrap' },
        });
      }),
    [notification, t],
  );
}
