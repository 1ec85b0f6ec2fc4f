import { Button, Spin } from 'antd';
import { AlertAbove } from '../../components/AlertAbove';
import { ToolbarPanel } from '../../components/ToolbarPanel';
import { useCallback, useState } from 'react';
import type { DraftReport } from '../../../../electron/shared/checks';
import { api, call } from '../../api';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { useDraftSession } from '../drafts/draft-session';
import { checksMessages } from './checks-messages';
import { ReportView, type GoTo } from './ReportView';

export type { GoTo } from './ReportView';

/**
 * 查重与报告: saves the draft, then shows where it overlaps the sample essays, its 字数 by part,
 * the placeholders still in it and the headings that break their parallel frame.
 */
export function ChecksPanel({ onGoTo }: { onGoTo: GoTo }) {
  const t = useMessages(checksMessages);
  const { failure } = useFailure();
  // The check reads the saved draft: pending edits are saved first, or it does not run.
  const { draftId, withSaved } = useDraftSession();
  const [open, setOpen] = useState(false);
  const [report, setReport] = useState<DraftReport | null>(null);
  const [error, setError] = useState('');
  const [loading, setLoading] = useState(false);
  // Where to take the writer once the drawer has closed; meanwhile it must not refocus its opener.
  const [jump, setJump] = useState<(() => void) | null>(null);

  const run = useCallback(async (): Promise<void> => {
    setLoading(true);
    setError('');
    try {
      const done = await withSaved(() => call(api.checks.report(draftId)), { inline: true });
      // A report of an older text would mislead: none until the draft is saved.
      setReport(done.ok ? done.value : null);
      if (!done.ok) setError(done.reason);
    } catch (e) {
      setReport(null);
      setError(failure('check', e));
    } finally {
      setLoading(false);
    }
  }, [draftId, failure, withSaved]);

  return (
    <ToolbarPanel
      name="checks"
      text={t}
      open={open}
      setOpen={setOpen}
      onOpen={() => void run()}
      focusable={{ focusTriggerAfterClose: jump === null }}
      afterOpenChange={(isOpen) => {
        if (isOpen || !jump) return;
        jump();
        setJump(null);
      }}
      extra={
        <Button onClick={() => void run()} loading={loading} data-testid="checks-rerun">
          {t.rerun}
        </Button>
      }
    >
      {error && <AlertAbove type="error" title={error} />}
      {loading && !report ? (
        <Spin description={t.comparing}>
          <div style={{ height: 120 }} />
        </Spin>
      ) : report ? (
        <ReportView
          report={report}
          goTo={(field, from, to) => {
            setJump(() => () => onGoTo(field, from, to));
            setOpen(false);
          }}
        />
      ) : null}
    </ToolbarPanel>
  );
}
