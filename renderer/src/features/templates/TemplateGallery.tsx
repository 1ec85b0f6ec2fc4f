import { headingFromFrame } from '../../../../electron/core/draft/section-ops';
import {
  Button,
  Card,
  Col,
  Empty,
  Input,
  Pagination,
  Row,
  Segmented,
  Space,
  Tag,
  Typography,
} from 'antd';
import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { TemplateSummary } from '../../../../electron/shared/model';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../state/route';
import {
  ALL_GENRES,
  drawnCards,
  familiesOf,
  filterTemplates,
  galleryOrder,
  pagesOf,
} from './gallery-filter';
import { templateMessages } from './template-messages';

const NO_PAGE: TemplateSummary[][] = [];
const ALL_CARDS = Number.POSITIVE_INFINITY;

/** What sets a template apart, as the card shows it: its frame, else its first headings. */
function cardOutline(t: TemplateSummary, moreHeadings: (n: number) => string): string {
  const frame = t.frames[0];
  if (frame !== undefined) return headingFromFrame(frame);
  return `${t.skeleton.slice(0, SHOWN_HEADINGS).join('\n')}${
    t.skeleton.length > SHOWN_HEADINGS ? moreHeadings(t.skeleton.length) : ''
  }`;
}

const SHOWN_HEADINGS = 6;

/** About as many cards as a first screen shows, drawn before the rest of the page. */
const FIRST_SCREEN_CARDS = 6;

// Memoised: a search that keeps a card on the page leaves it alone.
const TemplateCard = memo(function TemplateCard({
  t,
  variants,
}: {
  t: TemplateSummary;
  variants: number;
}) {
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
});

/** Every template, filterable by genre and text; variants of one family sit side by side. */
export function TemplateGallery({ templates }: { templates: TemplateSummary[] }) {
  const text = useMessages(templateMessages).gallery;
  const [genre, setGenre] = useState(ALL_GENRES);
  const [query, setQuery] = useState('');
  // The cards follow the typing at a lower priority, so the search box never waits for them.
  const typed = useDeferredValue(query);
  const [pageNumber, setPageNumber] = useState(1);
  const genres = useMemo(
    () => [
      { label: text.all, value: ALL_GENRES },
      ...[...new Set(templates.map((t) => t.genre))].map((g) => ({ label: g, value: g })),
    ],
    [templates, text],
  );
  const ordered = useMemo(() => galleryOrder(templates), [templates]);
  const shown = useMemo(() => filterTemplates(ordered, genre, typed), [ordered, genre, typed]);
  const pages = useMemo(() => pagesOf(familiesOf(shown)), [shown]);
  // A narrower filter can leave fewer pages than the one shown.
  const current = Math.min(pageNumber, pages.length);
  const page = pages[current - 1] ?? NO_PAGE;
  // The gallery's first render draws the cards of the first screen, even when the first family
  // alone fills a page; the rest of the page follows in a deferred render, so the home page shows
  // without waiting for a whole page of cards. Another page is drawn at a lower priority too.
  const drawnPage = useDeferredValue(page);
  const limit = useDeferredValue(ALL_CARDS, FIRST_SCREEN_CARDS);
  // One element per page of cards: a keystroke's urgent render, before the filter has caught up,
  // leaves the cards alone.
  const cards = useMemo(
    () => (
      <Row gutter={[16, 16]} data-testid="template-list" data-count={shown.length}>
        {drawnCards(drawnPage, limit).map(({ family, cards: drawn }) =>
          family.length > 1 ? (
            <Col span={24} key={family[0]?.family}>
              <Card
                size="small"
                title={text.family(family.length)}
                data-testid={`family-${family[0]?.family ?? ''}`}
              >
                <Row gutter={[16, 16]}>
                  {drawn.map((t) => (
                    <Col xs={24} md={12} key={t.id}>
                      <TemplateCard t={t} variants={family.length} />
                    </Col>
                  ))}
                </Row>
              </Card>
            </Col>
          ) : (
            drawn.map((t) => (
              <Col xs={24} md={12} key={t.id}>
                <TemplateCard t={t} variants={1} />
              </Col>
            ))
          ),
        )}
      </Row>
    ),
    [drawnPage, limit, shown.length, text],
  );

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented
          aria-label={text.filterByGenre}
          options={genres}
          value={genre}
          onChange={(value) => {
            setGenre(value);
            setPageNumber(1);
          }}
        />
        <Input.Search
          aria-label={text.search}
          placeholder={text.searchPlaceholder}
          allowClear
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setPageNumber(1);
          }}
          style={{ width: 240 }}
        />
      </Space>
      {shown.length === 0 ? <Empty description={text.noMatch} /> : cards}
      <Pagination
        hideOnSinglePage
        simple
        current={current}
        pageSize={1}
        total={pages.length}
        onChange={setPageNumber}
        style={{ marginTop: 16, justifyContent: 'center' }}
        data-testid="template-pages"
      />
    </>
  );
}
