import { App as AntApp, Button, Dropdown } from 'antd';
import { AlertAbove } from '../../components/AlertAbove';
import { draftToIndentedText } from '../../../../electron/core/draft/draft-text';
import type { Draft } from '../../../../electron/shared/model';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { writeClipboard } from './clipboard';
import { downloadDraftText } from './download';
import { editorMessages } from './editor-messages';

/**
 * A save that failed, why, and 另存为: the draft in the window kept as a text file or copied for
 * Word, both from memory, so they work with the library out of reach (offline, a full disk).
 */
export function SaveFailed({ draft, reason }: { draft: Draft; reason: string }) {
  const { message } = AntApp.useApp();
  const t = useMessages(editorMessages);
  const { failure } = useFailure();
  const copyForWord = async (): Promise<void> => {
    try {
      await writeClipboard(null, draftToIndentedText(draft, '\n'));
      void message.success(t.copiedForWord);
    } catch (e) {
      void message.error(failure('copy', e));
    }
  };
  return (
    <AlertAbove
      type="error"
      testId="save-failed"
      title={t.saveFailed}
      description={reason}
      action={
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'txt', label: <span data-testid="save-as-txt">{t.saveAsText}</span> },
              { key: 'word', label: <span data-testid="save-as-word">{t.copyForWord}</span> },
            ],
            onClick: ({ key }) => {
              if (key === 'txt') downloadDraftText(draft, t.copyFile);
              else void copyForWord();
            },
          }}
        >
          <Button data-testid="save-as">{t.saveAs}</Button>
        </Dropdown>
      }
    />
  );
}
