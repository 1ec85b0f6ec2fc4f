import { CopyOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { PhraseSuggestion } from '../../../../electron/shared/phrases';
import { api } from '../../api';
import { useMessages } from '../../i18n/messages';
import { palette } from '../../theme';
import { phraseMessages } from './phrase-messages';

/**
 * Under a passage 查重 flagged: the worn phrase in it and less-worn phrases of its kind from the
 * 素材库, to copy in its place. Nothing when the passage holds no known phrase.
 */
export function PhraseSuggestions({ passage }: { passage: string }) {
  const t = useMessages(phraseMessages);
  const { message } = AntApp.useApp();
  const [found, setFound] = useState<PhraseSuggestion[]>([]);

  useEffect(() => {
    let live = true;
    void api.phrases.suggest(passage).then((r) => {
      if (live && r.ok) setFound(r.value.filter((s) => s.instead.length > 0));
    });
    return () => {
      live = false;
    };
  }, [passage]);

  if (found.length === 0) return null;
  return (
    <div data-testid="phrase-suggestions">
      {found.map((s) => (
        <Space key={s.found.id} orientation="vertical" size={2} style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            {t.suggestFor(t.kinds[s.found.kind], s.found.text, s.found.count)}
          </Typography.Text>
          {s.instead.map((p) => (
            <Space key={p.id} size={4} data-testid="phrase-suggestion">
              <Typography.Text>{p.text}</Typography.Text>
              <Tag color={palette.phraseRare}>{p.count <= 1 ? t.rare : `${t.worn} ${p.count}`}</Tag>
              <Button
                size="small"
                type="text"
                icon={<CopyOutlined />}
                aria-label={t.copy}
                title={t.copy}
                onClick={() =>
                  void navigator.clipboard.writeText(p.text).then(
                    () => void message.success(t.copied),
                    () => void message.error(t.copyFailed),
                  )
                }
              />
            </Space>
          ))}
        </Space>
      ))}
    </div>
  );
}
