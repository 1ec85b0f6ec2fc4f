import { App as AntApp } from 'antd';
import { useEffect } from 'react';
import { api } from '../../api';
import { useMessages } from '../../i18n/messages';
import { libraryMessages } from './library-messages';

/** Long enough for the draft a route opens to be read (and repaired, if it must be). */
const AFTER_ROUTE_MS = 1000;

/**
 * Tells the user what the store had to repair: a damaged file set aside, a copy restored from
 * history or a backup. Start-up repairs are known at once; a damaged draft is found when it is
 * first opened, so the check runs again a moment after each change of `route`. The host hands
 * each warning out only once.
 */
export function useLibraryWarnings(route: string): void {
  const { notification } = AntApp.useApp();
  const t = useMessages(libraryMessages);
  useEffect(() => {
    const timer = setTimeout(() => {
      void api.library.warnings().then((r) => {
        if (!r.ok || r.value.length === 0) return;
        notification.warning({
          title: t.repairedTitle,
          description: r.value.join('\n'),
          duration: 0,
          style: { whiteSpace: 'pre-wrap' },
        });
      });
    }, AFTER_ROUTE_MS);
    return () => clearTimeout(timer);
  }, [notification, route, t]);
}
