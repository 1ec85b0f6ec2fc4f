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
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftSummary, TemplateSummary } from '../../../electron/shared/model';
import { api, call } from '../api';
import { LoadState } from '../components/LoadState';
import { LibraryMenu } from './library/LibraryMenu';
import { runCommand, useCommand } from '../state/commands';
import { takeDraftSearchFocus } from '../state/search-focus';
import { useLoad } from '../state/use-load';
import { TemplateGallery } from './templates/TemplateGallery';
import { TemplateToolbar } from './templates/TemplateToolbar';

type DraftSort = 'updated' | 'title' | 'chars';

const SORT_OPTIONS: { value: DraftSort; label: string }[] = [
  { value: 'updated', label: '最近修改' },
  { value: 'title', label: '标题' },
  { value: 'chars', label: '字数' },
];

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
  const [templates, reloadTemplates] = useLoad(() => call(api.templates.list()));
  const [drafts, reloadDrafts] = useLoad(() => call(api.drafts.list()));
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
      void message.error(e instanceof Error ? e.message : String(e));
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
            草稿已移到回收站
            <Button size="small" data-testid="undo-delete" onClick={() => void undoDelete(id)}>
              撤销
            </Button>
          </Space>
        ),
      });
      reloadDrafts();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Row gutter={24}>
      <Col xs={24} lg={15}>
        <Typography.Title level={3}>选择模板</Typography.Title>
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
          <Typography.Title level={3}>我的草稿</Typography.Title>
          <Space>
            <LibraryMenu onChanged={reloadDrafts} />
            <Button onClick={() => runCommand('new-draft')}>新建空白草稿</Button>
          </Space>
        </Space>
        <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
          <Input.Search
            ref={searchBox}
            aria-label="搜索草稿"
            placeholder="按标题搜索 (Ctrl+F)"
            allowClear
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <Select<DraftSort>
            aria-label="排序"
            style={{ width: 120 }}
            value={sort}
            options={SORT_OPTIONS}
            onChange={setSort}
          />
        </Space.Compact>
        <LoadState loaded={drafts}>
          {(list: DraftSummary[]) =>
            list.length === 0 ? (
              <Empty description="还没有草稿。从左侧选一个模板开始吧。" />
            ) : (
              <List
                data-testid="draft-list"
                bordered
                locale={{ emptyText: '没有标题匹配的草稿' }}
                dataSource={visibleDrafts(list, query, sort)}
                renderItem={(d) => (
                  <List.Item
                    actions={[
                      <Popconfirm
                        key="del"
                        title="删除这篇草稿?"
                        okText="删除"
                        cancelText="取消"
                        onConfirm={() => void remove(d.id)}
                      >
                        <Button type="link" danger>
                          删除
                        </Button>
                      </Popconfirm>,
                    ]}
                  >
                    <List.Item.Meta
                      title={
                        <a href={`#/draft/${encodeURIComponent(d.id)}`} data-testid="draft-link">
                          {d.title || '未命名'}
                        </a>
                      }
                      description={`${d.chars} 字 · ${new Date(d.updatedAt).toLocaleString('zh-CN')}`}
                    />
                  </List.Item>
                )}
              />
            )
          }
        </LoadState>
      </Col>
    </Row>
  );
}
