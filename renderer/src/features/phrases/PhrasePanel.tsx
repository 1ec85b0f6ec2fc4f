import { DeleteOutlined, StarOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Drawer,
  Input,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Genre } from '../../../../electron/shared/analysis';
import type { Phrase, PhraseKind } from '../../../../electron/shared/phrases';
import { api, call } from '../../api';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { palette } from '../../theme';
import { phraseMessages } from './phrase-messages';

const LIMIT = 60;
/** Used by this many essays, a phrase is one 查重 will flag (the host's WORN_COUNT). */
const WORN_COUNT = 2;

type KindFilter = PhraseKind | 'all';

function WornTag({ phrase }: { phrase: Phrase }) {
  const t = useMessages(phraseMessages);
  if (phrase.own) return <Tag color={palette.phraseOwn}>{t.own}</Tag>;
  return phrase.count >= WORN_COUNT ? (
    <Tag color={palette.phraseWorn} title={t.wornHint(phrase.count)} data-testid="phrase-worn">
      {t.worn} {phrase.count}
    </Tag>
  ) : (
    <Tag color={palette.phraseRare} title={t.rareHint} data-testid="phrase-rare">
      {t.rare}
    </Tag>
  );
}

/**
 * 素材库 beside the editor (Ctrl+K): search as you type, filter by kind and genre, ↑↓ and Enter
 * insert the chosen phrase at the caret the writer left in the draft. Without a mouse: the search
 * box keeps the focus, Esc closes and the caret goes back to the draft.
 */
export function PhrasePanel({
  open,
  genre,
  onClose,
  onInsert,
}: {
  open: boolean;
  /** The draft's genre, the filter's starting point. */
  genre: Genre | null;
  onClose: () => void;
  /** Puts the text at the caret; false when no field of the draft had the caret. */
  onInsert: (text: string) => boolean;
}) {
  const t = useMessages(phraseMessages);
  const { message } = AntApp.useApp();
  const { reason } = useFailure();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const [genreFilter, setGenreFilter] = useState<Genre | null>(genre);
  const [found, setFound] = useState<Phrase[] | null>(null);
  const [active, setActive] = useState(0);
  const [tick, setTick] = useState(0);
  const composing = useRef(false);
  const latest = useRef(0);

  useEffect(() => {
    if (!open) return;
    const ask = ++latest.current;
    void api.phrases
      .search({ text, kind: kind === 'all' ? null : kind, genre: genreFilter, limit: LIMIT })
      .then((r) => {
        // answers can overtake each other: only the last question's counts
        if (ask !== latest.current) return;
        if (r.ok) {
          setFound(r.value);
          setActive(0);
        } else void message.error(r.error.message);
      });
  }, [open, text, kind, genreFilter, tick, message]);

  const insert = useCallback(
    (phrase: Phrase | undefined) => {
      if (!phrase) return;
      if (onInsert(phrase.text)) void message.success(t.inserted);
      else void message.warning(t.noField);
    },
    [message, onInsert, t],
  );

  const star = useCallback(
    async (phrase: Phrase) => {
      try {
        await call(
          api.phrases.save({
            kind: phrase.kind,
            text: phrase.text,
            source: phrase.sources[0] ?? null,
          }),
        );
        void message.success(t.starred);
        setTick((n) => n + 1);
      } catch (e) {
        void message.error(reason(e));
      }
    },
    [message, reason, t],
  );

  const saveTyped = useCallback(async () => {
    try {
      await call(
        api.phrases.save({
          kind: kind === 'all' ? 'quote' : kind,
          text: text.trim(),
          source: null,
        }),
      );
      void message.success(t.saved);
      setTick((n) => n + 1);
    } catch (e) {
      void message.error(reason(e));
    }
  }, [kind, message, reason, t, text]);

  const remove = useCallback(
    async (phrase: Phrase) => {
      try {
        await call(api.phrases.delete(phrase.id));
        void message.success(t.removed);
        setTick((n) => n + 1);
      } catch (e) {
        void message.error(reason(e));
      }
    },
    [message, reason, t],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // keys typed into the input method's candidate window are not ours
    if (composing.current || e.nativeEvent.isComposing) return;
    const count = found?.length ?? 0;
    if (e.key === 'ArrowDown' && count > 0) setActive((a) => (a + 1) % count);
    else if (e.key === 'ArrowUp' && count > 0) setActive((a) => (a - 1 + count) % count);
    else if (e.key === 'Enter') insert(found?.[active]);
    else return;
    e.preventDefault();
  };

  const current = found?.[active];
  const typed = text.trim();
  const canSaveTyped = typed.length >= 2 && !(found ?? []).some((p) => p.own && p.text === typed);

  return (
    <Drawer
      title={t.title}
      placement="right"
      open={open}
      onClose={onClose}
      mask={false}
      size={480}
      data-testid="phrase-panel"
      destroyOnHidden={false}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input
          autoFocus
          aria-label={t.search}
          placeholder={t.placeholder}
          data-testid="phrase-search"
          value={text}
          allowClear
          onChange={(e) => setText(e.target.value)}
          onCompositionStart={() => (composing.current = true)}
          onCompositionEnd={() => (composing.current = false)}
          onKeyDown={onKeyDown}
          aria-controls="phrase-results"
          aria-activedescendant={current ? `phrase-${active}` : undefined}
        />
        <Segmented<KindFilter>
          aria-label={t.kindFilter}
          data-testid="phrase-kind"
          value={kind}
          onChange={setKind}
          options={[
            { value: 'all', label: t.allKinds },
            ...(Object.keys(t.kinds) as PhraseKind[]).map((k) => ({ value: k, label: t.kinds[k] })),
          ]}
          block
        />
        <Select<Genre | 'all'>
          aria-label={t.genreFilter}
          data-testid="phrase-genre"
          value={genreFilter ?? 'all'}
          onChange={(g) => setGenreFilter(g === 'all' ? null : g)}
          options={[
            { value: 'all', label: t.allGenres },
            ...(Object.keys(t.genres) as Genre[]).map((g) => ({ value: g, label: t.genres[g] })),
          ]}
          style={{ width: '100%' }}
        />
        {canSaveTyped && (
          <Button
            type="dashed"
            block
            onClick={() => void saveTyped()}
            data-testid="phrase-save-typed"
          >
            {t.saveTyped(typed)}
          </Button>
        )}
        {current && (
          <Space
            orientation="vertical"
            size={2}
            style={{ width: '100%' }}
            data-testid="phrase-current"
          >
            <Typography.Text type="secondary" data-testid="phrase-source">
              {current.own
                ? t.ownSource
                : current.sources.map((s) => t.source(s.title, s.file)).join(';')}
            </Typography.Text>
            <Space size={4}>
              <Button size="small" type="primary" onClick={() => insert(current)}>
                {t.insert}
              </Button>
              {/* The writer's own phrase can go; another can be kept among theirs. */}
              <Button
                size="small"
                icon={current.own ? <DeleteOutlined /> : <StarOutlined />}
                data-testid={current.own ? 'phrase-remove' : 'phrase-star'}
                onClick={() => void (current.own ? remove : star)(current)}
              >
                {current.own ? t.remove : t.star}
              </Button>
            </Space>
          </Space>
        )}
        {found === null ? (
          <Typography.Text type="secondary">{t.loading}</Typography.Text>
        ) : found.length === 0 ? (
          <Typography.Text type="secondary">{t.empty}</Typography.Text>
        ) : (
          <ul
            id="phrase-results"
            role="listbox"
            aria-label={t.title}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {found.map((p, i) => (
              <li
                key={p.id}
                id={`phrase-${i}`}
                role="option"
                aria-selected={i === active}
                data-testid="phrase-item"
                title={
                  p.own ? t.ownSource : p.sources.map((s) => t.source(s.title, s.file)).join('\n')
                }
                onMouseEnter={() => setActive(i)}
                onClick={() => insert(p)}
                style={{
                  padding: '8px 10px',
                  borderRadius: 6,
                  cursor: 'pointer',
                  background: i === active ? 'var(--ant-color-primary-bg)' : undefined,
                }}
              >
                <div style={{ whiteSpace: 'pre-wrap' }}>{p.text}</div>
                <Space size={4} style={{ marginTop: 4 }}>
                  <Tag>{t.kinds[p.kind]}</Tag>
                  <WornTag phrase={p} />
                </Space>
              </li>
            ))}
          </ul>
        )}
      </Space>
    </Drawer>
  );
}
