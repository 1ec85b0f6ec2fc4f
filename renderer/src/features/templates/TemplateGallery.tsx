import { Button, Card, Col, Empty, Input, Row, Segmented, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { TemplateSummary } from '../../../../electron/shared/model';
import { navigate } from '../../state/route';

const ALL = '全部';

function TemplateCard({ t, variants }: { t: TemplateSummary; variants: number }) {
  return (
    <Card
      size="small"
      title={<span title={t.name}>{t.name}</span>}
      extra={<Tag color={t.origin === 'user' ? 'blue' : 'red'}>{t.genre}</Tag>}
      data-testid={`template-${t.id}`}
      actions={[
        <Button key="use" type="link" onClick={() => navigate({ name: 'fill', templateId: t.id })}>
          使用此模板
        </Button>,
        <Button key="edit" type="link" onClick={() => navigate({ name: 'edit', templateId: t.id })}>
          编辑
        </Button>,
      ]}
    >
      <pre
        aria-label="结构预览"
        style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0, maxHeight: 120, overflow: 'hidden' }}
      >
        {t.skeleton.slice(0, 6).join('\n')}
        {t.skeleton.length > 6 ? `\n…共 ${t.skeleton.length} 个小标题` : ''}
      </pre>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t.origin === 'user' ? '我的模板' : `来源:${t.sourceTitle ?? t.sourceFile ?? '范文'}`}
        {variants > 1 ? ` · 同类变体 ${variants} 个` : ''}
      </Typography.Text>
    </Card>
  );
}

/** Every template, filterable by genre and text; variants of one family sit side by side. */
export function TemplateGallery({ templates }: { templates: TemplateSummary[] }) {
  const [genre, setGenre] = useState(ALL);
  const [query, setQuery] = useState('');
  const genres = useMemo(() => [ALL, ...new Set(templates.map((t) => t.genre))], [templates]);
  const shown = useMemo(() => {
    const q = query.trim();
    return templates
      .filter((t) => genre === ALL || t.genre === genre)
      .filter(
        (t) =>
          q === '' ||
          t.name.includes(q) ||
          t.description.includes(q) ||
          t.skeleton.some((s) => s.includes(q)),
      )
      .sort((a, b) => a.family.localeCompare(b.family) || a.id.localeCompare(b.id));
  }, [templates, genre, query]);
  /** Variants of one family side by side, in the order the filter left them. */
  const families = useMemo(() => {
    const groups = new Map<string, TemplateSummary[]>();
    for (const t of shown) groups.set(t.family, [...(groups.get(t.family) ?? []), t]);
    return [...groups.values()];
  }, [shown]);

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented
          aria-label="按文体筛选"
          options={genres}
          value={genre}
          onChange={setGenre}
        />
        <Input.Search
          aria-label="搜索模板"
          placeholder="搜索模板、小标题"
          allowClear
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 240 }}
        />
      </Space>
      {shown.length === 0 ? (
        <Empty description="没有符合条件的模板" />
      ) : (
        <Row gutter={[16, 16]} data-testid="template-list">
          {families.map((group) =>
            group.length > 1 ? (
              <Col span={24} key={group[0]?.family}>
                <Card
                  size="small"
                  title={`同类模板:${group.length} 个变体`}
                  data-testid={`family-${group[0]?.family ?? ''}`}
                >
                  <Row gutter={[16, 16]}>
                    {group.map((t) => (
                      <Col xs={24} md={12} key={t.id}>
                        <TemplateCard t={t} variants={group.length} />
                      </Col>
                    ))}
                  </Row>
                </Card>
              </Col>
            ) : (
              group.map((t) => (
                <Col xs={24} md={12} key={t.id}>
                  <TemplateCard t={t} variants={1} />
                </Col>
              ))
            ),
          )}
        </Row>
      )}
    </>
  );
}
