import { QuestionCircleOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useMessages } from '../i18n/messages';
import { countMessages } from './count-messages';

/** A "?" beside a 字数 that says, on hover or focus, what is counted. */
export function CountRule() {
  const t = useMessages(countMessages);
  return (
    <Tooltip title={t.rule}>
      <QuestionCircleOutlined
        role="img"
        aria-label={t.ruleLabel}
        tabIndex={0}
        data-testid="count-rule"
        style={{ marginInlineStart: 4, cursor: 'help' }}
      />
    </Tooltip>
  );
}
