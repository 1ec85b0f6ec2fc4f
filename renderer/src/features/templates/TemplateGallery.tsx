import { Button, Card, Col, Empty, Input, Row, Segmented, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { TemplateSummary } from '../../../../electron/shared/model';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../state/route';
import { templateMessages } from './template-messages';

/** The filter value that shows every genre; no genre is empty. */
const ALL = '';

/** What sets a template apart, as the card shows it: its frame, else its first headings. */
function cardOutline(t: TemplateSummary, moreHeadings: (n: number) => string): string {
  const frame = t.frames[0];
  if (frame !== undefined) return frame.replaceAll('…', '____');
  return `${t.skeleton.slice(0, SHOWN_HEADINGS).join('\n')}${
    t.skeleton.length > SHOWN_HEADINGS ? moreHeadings(t.skeleton.length) : ''
  }`;
}

const SHOWN_HEADINGS = 6;

function TemplateCard({ t, variants }: { t: TemplateSummary; variants: number }) {
  const text = useMessages(templateMessages).gallery;
  return (
    <Card
      size="small"
      title={t.name}
      styles={{ title: { whiteSpace: 'normal', overflow: 'visible' } }}
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
      {t.frames.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {text.frame(t.skeleton.length)}
        </Typography.Text>
      )}
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
        {cardOutline(t, text.moreHeadings)}
      </pre>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t.origin === 'user' ? text.mine : text.source(t.sourceTitle)}
        {variants > 1 ? text.variants(variants) : ''}
      </Typography.Text>
    </Card>
  );
}

/** Whether a template's name, genre, frames, headings or source hold every word of the query. */
function matches(t: TemplateSummary, query: string): boolean {
  const words = query.split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0) return true;
  const haystack = [t.name, t.genre, t.description, t.sourceTitle ?? '', ...t.frames, ...t.skeleton]
    .join('\n')
    .replaceAll('____', '…');
  return words.every((w) => haystack.includes(w.replaceAll('____', '…')));
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
      .filter((t) => matches(t, q))
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
