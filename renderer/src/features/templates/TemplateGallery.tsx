import { Button, Card, Col, Empty, Input, Row, Segmented, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { TemplateSummary } from '../../../../electron/shared/model';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../state/route';
import { templateMessages } from './template-messages';

/** The filter value that shows every genre; no genre is empty. */
const ALL = '';

function TemplateCard({ t, variants }: { t: TemplateSummary; variants: number }) {
  const text = useMessages(templateMessages).gallery;
  return (
    <Card
      size="small"
      title={<span title={t.name}>{t.name}</span>}
      extra={<Tag color={t.origin === 'user' ? 'blue' : 'red'}>{t.genre}</Tag>}
      data-testid={`template-${t.id}`}
      actions={[
        <Button key="use" type="link" onClick={() => navigate({ name: 'fill', templateId: t.id })}>
          {text.use}
        </Button>,
        <Button key="edit" type="link" onClick={() => navigate({ name: 'edit', templateId: t.id })}>
          {text.edit}
        </Button>,
      ]}
    >
      <pre
        aria-label={text.skeleton}
        style={{
          whiteSpace: 'pre-wrap',
          fontFamily: 'inherit',
          margin: 0,
          maxHeight: 120,
          overflow: 'hidden',
        }}
      >
        {t.skeleton.slice(0, 6).join('\n')}
        {t.skeleton.length > 6 ? text.moreHeadings(t.skeleton.length) : ''}
      </pre>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t.origin === 'user' ? text.mine : text.source(t.sourceTitle ?? t.sourceFile)}
        {variants > 1 ? text.variants(variants) : ''}
      </Typography.Text>
    </Card>
  );
}

/** Every template, filterable by genre and text; variants of one family sit side by side. */
export function TemplateGallery({ templates }: { templates: TemplateSummary[] }) {
  const text = useMessages(templateMessages).gallery;
  const [genre, setGenre] = useState(ALL);
  const [query, setQuery] = useState('');
  const genres = useMemo(
    () => [
      { label: text.all, value: ALL },
      ...[...new Set(templates.map((t) => t.genre))].map((g) => ({ label: g, value: g })),
    ],
    [templates, text],
  );
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
          aria-label={text.filterByGenre}
          options={genres}
          value={genre}
          onChange={setGenre}
        />
        <Input.Search
          aria-label={text.search}
          placeholder={text.searchPlaceholder}
          allowClear
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 240 }}
        />
      </Space>
      {shown.length === 0 ? (
        <Empty description={text.noMatch} />
      ) : (
        <Row gutter={[16, 16]} data-testid="template-list">
          {families.map((group) =>
            group.length > 1 ? (
              <Col span={24} key={group[0]?.family}>
                <Card
                  size="small"
                  title={text.family(group.length)}
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
