import {
  Button,
  Col,
  Empty,
  Input,
  List,
  Popconfirm,
  Row,
  Select,
  Space,
  Typography,
  App as AntApp,
  type InputRef,
} from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DraftSummary, TemplateSummary } from '../../../electron/shared/model';
import { api, call } from '../api';
import { countMessages } from '../components/count-messages';
import { emptyNote } from '../components/empty-note';
import { LoadState } from '../components/LoadState';
import { useFailure } from '../errors/use-failure';
import { useMessages } from '../i18n/messages';
import { homeMessages } from './home-messages';
import { LibraryMenu } from './library/LibraryMenu';
import { OutlineList } from './outlines/OutlineList';
import { runCommand, useCommand } from '../state/commands';
import { navigate } from '../state/route';
import { takeDraftSearchFocus } from '../state/search-focus';
import { useLoad } from '../state/use-load';
import { TemplateGallery } from './templates/TemplateGallery';
import { TemplateToolbar } from './templates/TemplateToolbar';

type DraftSort = 'updated' | 'title' | 'chars';

const SORTS: DraftSort[] = ['updated', 'title', 'chars'];

const collator = new Intl.Collator('zh-CN');

function visibleDrafts(list: DraftSummary[], query: string, sort: DraftSort): DraftSummary[] {
  const q = query.trim().toLowerCase();
  const found = q ? list.filter((d) => d.title.toLowerCase().includes(q)) : [...list];
  if (sort === 'title') return found.sort((a, b) => collator.compare(a.title, b.title));
  if (sort === 'chars') return found.sort((a, b) => b.chars - a.chars);
  return found.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function HomePage() {
  const { message } = AntApp.useApp();
  const t = useMessages(homeMessages);
  const { rule } = useMessages(countMessages);
  const { failure } = useFailure();
  const sortOptions = useMemo(() => SORTS.map((value) => ({ value, label: t.sort[value] })), [t]);
  const [templates, reloadTemplates] = useLoad(() => call(api.templates.list()));
  const [drafts, reloadDrafts] = useLoad(() => call(api.drafts.list()));
  const [libraryTick, setLibraryTick] = useState(0);
  // A first-time user's way in: the first shipped template, filled with its own examples.
  const sample =
    templates.state === 'ready' ? templates.value.find((t) => t.origin === 'builtin') : undefined;
  const reloadLibrary = useCallback(() => {
    reloadDrafts();
    setLibraryTick((t) => t + 1);
  }, [reloadDrafts]);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<DraftSort>('updated');
  const searchBox = useRef<InputRef>(null);
  const focusSearch = useCallback(() => searchBox.current?.focus(), []);
  useCommand('search', focusSearch);
  useEffect(() => {
    if (takeDraftSearchFocus()) focusSearch();
  }, [focusSearch]);

  const undoDelete = async (id: string): Promise<void> => {
    message.destroy(`deleted-${id}`);
    try {
      await call(api.trash.restore(id));
      reloadDrafts();
    } catch (e) {
      void message.error(failure('undelete', e));
    }
  };

  // Deleting moves the draft to the trash; the toast offers to take it straight back.
  const remove = async (id: string): Promise<void> => {
    try {
      await call(api.drafts.delete(id));
      void message.open({
        key: `deleted-${id}`,
        type: 'success',
        duration: 8,
        content: (
          <Space>
            {t.trashed}
            <Button size="small" data-testid="undo-delete" onClick={() => void undoDelete(id)}>
              {t.undo}
            </Button>
          </Space>
        ),
      });
      reloadDrafts();
    } catch (e) {
      void message.error(failure('delete', e));
    }
  };

  return (
    <Row gutter={24}>
      <Col xs={24} lg={15}>
        <Typography.Title level={3}>{t.chooseTemplate}</Typography.Title>
        <LoadState loaded={templates}>
          {(list: TemplateSummary[]) => (
            <>
              <TemplateToolbar templates={list} onChanged={reloadTemplates} />
              <TemplateGallery templates={list} />
            </>
          )}
        </LoadState>
      </Col>
      <Col xs={24} lg={9}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Title level={3}>{t.myDrafts}</Typography.Title>
          <Space>
            <LibraryMenu onChanged={reloadLibrary} />
            <Button onClick={() => runCommand('new-draft')}>{t.newBlankDraft}</Button>
          </Space>
        </Space>
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
        <LoadState loaded={drafts}>
          {(list: DraftSummary[]) =>
            list.length === 0 ? (
              <Empty data-testid="drafts-empty" description={t.empty}>
                {sample && (
                  <Button
                    type="primary"
                    data-testid="start-with-sample"
                    onClick={() => navigate({ name: 'fill', templateId: sample.id })}
                  >
                    {t.trySample}
                  </Button>
                )}
              </Empty>
            ) : (
              <List
                data-testid="draft-list"
                bordered
                locale={emptyNote(t.noMatch)}
                dataSource={visibleDrafts(list, query, sort)}
                renderItem={(d) => (
                  <List.Item
                    actions={[
                      <Popconfirm
                        key="del"
                        title={t.confirmDelete}
                        okText={t.delete}
                        cancelText={t.cancel}
                        onConfirm={() => void remove(d.id)}
                      >
                        <Button type="link" danger>
                          {t.delete}
                        </Button>
                      </Popconfirm>,
                    ]}
                  >
                    <List.Item.Meta
                      title={
                        <a href={`#/draft/${encodeURIComponent(d.id)}`} data-testid="draft-link">
                          {d.title || t.untitled}
                        </a>
                      }
                      description={
                        <span title={rule} data-testid="draft-summary">
                          {t.summary(d.chars, d.charsNoPunct, d.updatedAt)}
                        </span>
                      }
                    />
                  </List.Item>
                )}
              />
            )
          }
        </LoadState>
        {/* A restored backup replaces the outlines too: a new key lists them afresh. */}
        <OutlineList key={libraryTick} />
      </Col>
    </Row>
  );
}
