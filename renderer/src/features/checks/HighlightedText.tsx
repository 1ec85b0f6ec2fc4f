import { theme } from 'antd';
import type { DraftReport } from '../../../../electron/shared/checks';
import { useMessages } from '../../i18n/messages';
import { checksMessages } from './checks-messages';
import { segments } from './highlight';
import { sourceName } from './source-name';
import { palette } from '../../theme';

/** The draft's text with every overlapping passage marked, its source in the tooltip. */
export function HighlightedText({ report }: { report: DraftReport }) {
  const t = useMessages(checksMessages);
  const { token } = theme.useToken();
  const matches = report.overlap.matches;
  return (
    // Focusable, so a keyboard user can reach the marked text and scroll the panel with it.
    <div
      data-testid="checks-text"
      tabIndex={0}
      role="region"
      aria-label={t.fullText}
      style={{
        whiteSpace: 'pre-wrap',
        border: `1px solid ${token.colorBorderSecondary}`,
        padding: 12,
        lineHeight: 1.8,
      }}
    >
      {segments(report.text, matches).map((s, i) => {
        const m = s.match === null ? undefined : matches[s.match];
        return m ? (
          <mark
            key={i}
            data-testid="overlap-mark"
            title={t.overlapWith(sourceName(m))}
            style={{ background: palette.overlapMark, padding: 0 }}
          >
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        );
      })}
    </div>
  );
}
