import {
  App as AntApp,
  Button,
  Empty,
  Flex,
  Input,
  Listy,
  Select,
  Space,
  Typography,
  type InputRef,
} from 'antd';
import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { DraftSummary } from '../../../../electron/shared/model';
import { api, call } from '../../api';
import { countMessages } from '../../components/count-messages';
import { LoadState } from '../../components/LoadState';
import { oneLine } from '../../components/one-line';
import { RowConfirm } from '../../components/RowConfirm';
import { useMessages } from '../../i18n/messages';
import { useCommand } from '../../state/commands';
import type { Loaded } from '../../state/loaded';
import { takeDraftSearchFocus } from '../../state/search-focus';
import { homeMessages } from '../home-messages';
import { DRAFT_SORTS, filterDrafts, sortDrafts, type DraftSort } from './draft-order';
import { useFailure } from '../../errors/use-failure';

/**
 * The list's viewport: rows outside it are not rendered, so a library of thousands of drafts
 * costs the home page no more than a dozen.
 */
const LIST_HEIGHT = 480;

const NONE: DraftSummary[] = [];

const DraftRow = memo(function DraftRow({
  draft,
  onDelete,
}: {
  draft: DraftSummary;
  onDelete: (id: string) => void;
}) {
  const t = useMessages(homeMessages);
  const { rule } = useMessages(countMessages);
  return (
    <Flex align="center" gap={8}>
      <Flex vertical style={{ flex: 1, minWidth: 0 }}>
        <a
          href={`#/draft/${encodeURIComponent(draft.id)}`}
          data-testid="draft-link"
          title={draft.title}
          style={oneLine}
        >
          {draft.title || t.untitled}
        </a>
        <Typography.Text type="secondary" style={oneLine} title={rule} data-testid="draft-summary">
          {t.summary(draft.chars, draft.charsNoPunct, draft.updatedAt)}
        </Typography.Text>
      </Flex>
      <RowConfirm
        title={t.confirmDelete}
        okText={t.delete}
        cancelText={t.cancel}
        onConfirm={() => onDelete(draft.id)}
      >
        {t.delete}
      </RowConfirm>
    </Flex>
  );
});

/** Deleting moves a draft to the trash; the toast offers to take it straight back. */
function useDeleteDraft(onChanged: () => void): (id: string) => void {
  const { message } = AntApp.useApp();
  const t = useMessages(homeMessages);
  const { failure } = useFailure();
  return useCallback(
    (id: string) => {
      const undo = async (): Promise<void> => {
        message.destroy(`deleted-${id}`);
        try {
          await call(api.trash.restore(id));
          onChanged();
        } catch (e) {
          void message.error(failure('undelete', e));
        }
      };
      call(api.drafts.delete(id)).then(
        () => {
          void message.open({
            key: `deleted-${id}`,
            type: 'success',
            duration: 8,
            content: (
              <Space>
                {t.trashed}
                <Button size="small" data-testid="undo-delete" onClick={() => void undo()}>
                  {t.undo}
                </Button>
              </Space>
            ),
          });
          onChanged();
        },
        (e: unknown) => void message.error(failure('delete', e)),
      );
    },
    [failure, message, onChanged, t],
  );
}

/**
 * 我的草稿: searched by title and sorted, drawn in a virtual list. The list is sorted once per
 * order and a keystroke only filters it; the filter follows the typing at a lower priority, so the
 * search box itself never waits for the list.
 */
export function DraftList({
  loaded,
  onChanged,
  empty,
}: {
  loaded: Loaded<DraftSummary[]>;
  onChanged: () => void;
  /** What shows when there are no drafts at all. */
  empty: ReactNode;
}) {
  const t = useMessages(homeMessages);
  const sortOptions = useMemo(
    () => DRAFT_SORTS.map((value) => ({ value, label: t.sort[value] })),
    [t],
  );
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<DraftSort>('updated');
  const searchBox = useRef<InputRef>(null);
  const focusSearch = useCallback(() => searchBox.current?.focus(), []);
  useCommand('search', focusSearch);
  useEffect(() => {
    if (takeDraftSearchFocus()) focusSearch();
  }, [focusSearch]);

  const drafts = loaded.state === 'ready' ? loaded.value : NONE;
  const sorted = useMemo(() => sortDrafts(drafts, sort), [drafts, sort]);
  const typed = useDeferredValue(query);
  const shown = useMemo(() => filterDrafts(sorted, typed), [sorted, typed]);

  const remove = useDeleteDraft(onChanged);
  // One element per list of matches: a keystroke's urgent render, before the filter has caught
  // up, leaves the list alone.
  const rows = useMemo(
    () => (
      <div data-testid="draft-list" data-count={shown.length}>
        <Listy<DraftSummary>
          virtual
          items={shown}
          rowKey="id"
          height={LIST_HEIGHT}
          itemRender={(d) => <DraftRow draft={d} onDelete={remove} />}
        />
      </div>
    ),
    [shown, remove],
  );

  return (
    <>
      <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
        <Input.Search
          ref={searchBox}
          aria-label={t.searchLabel}
          placeholder={t.searchPlaceholder}
          allowClear
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Select<DraftSort>
          aria-label={t.sortLabel}
          style={{ width: 120 }}
          value={sort}
          options={sortOptions}
          onChange={setSort}
        />
      </Space.Compact>
      <LoadState loaded={loaded}>
        {() =>
          drafts.length === 0 ? (
            empty
          ) : shown.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noMatch} />
          ) : (
            rows
          )
        }
      </LoadState>
    </>
  );
}
