import { App as AntApp, Button, Card, Col, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { useState, useSyncExternalStore } from 'react';
import type { FormulaLibrary } from '../../../../electron/shared/formulas';
import type { Template, TemplateBlock, TemplateSlot } from '../../../../electron/shared/model';
import { api, call } from '../../api';
import { LoadState } from '../../components/LoadState';
import { TextPreview } from '../../components/TextPreview';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../state/route';
import { useLoad } from '../../state/use-load';
import { BlockRows } from './BlockRows';
import { createFillStore, type FillStore } from './fill-store';
import { FormulaField } from './FormulaField';
import { templateMessages } from './template-messages';
import { useLivePreview } from './use-live-preview';

function SlotField({ store, slot }: { store: FillStore; slot: TemplateSlot }) {
  const t = useMessages(templateMessages).fill;
  const value = useSyncExternalStore(store.subscribe, () => store.get().data[slot.name] ?? '');
  return (
    <Form.Item
      label={slot.label}
      htmlFor={`slot-${slot.name}`}
      extra={slot.examples.length > 0 ? t.examples(slot.examples) : undefined}
    >
      <Input
        id={`slot-${slot.name}`}
        data-testid={`slot-${slot.name}`}
        placeholder={slot.default}
        value={value}
        onChange={(e) => store.setSlot(slot.name, e.target.value)}
      />
    </Form.Item>
  );
}

const NO_ROWS: never[] = [];

function BlockField({ store, block }: { store: FillStore; block: TemplateBlock }) {
  const rows = useSyncExternalStore(store.subscribe, () => store.get().rows[block.name] ?? NO_ROWS);
  return (
    <BlockRows block={block} rows={rows} onChange={(next) => store.setRows(block.name, next)} />
  );
}

function LivePreview({ store, template }: { store: FillStore; template: Template }) {
  const t = useMessages(templateMessages).fill;
  const { data, rows } = useSyncExternalStore(store.subscribe, store.get);
  const text = useLivePreview(template, data, rows);
  return <TextPreview title={t.preview} text={text} testId="preview" />;
}

/** A slot as its field: a choice of formulas for the parts of an essay that have them. */
function Field({
  store,
  slot,
  formulas,
}: {
  store: FillStore;
  slot: TemplateSlot;
  formulas: FormulaLibrary | null;
}) {
  if (!slot.role) return <SlotField store={store} slot={slot} />;
  return <FormulaField store={store} slot={slot} formulas={formulas?.[slot.role] ?? []} />;
}

function FillForm({ template }: { template: Template }) {
  const { message } = AntApp.useApp();
  const { failure } = useFailure();
  const t = useMessages(templateMessages).fill;
  // the formulas only add choices: the form works with each field's own one until they come
  const [loaded] = useLoad(() => call(api.templates.formulas(template.genre)));
  const formulas = loaded.state === 'ready' ? loaded.value : null;
  const before = template.slots.filter((s) => s.role !== 'closing');
  const after = template.slots.filter((s) => s.role === 'closing');
  const [store] = useState(() =>
    createFillStore({
      data: {},
      rows: Object.fromEntries(template.blocks.map((b) => [b.name, b.rows.map(() => ({}))])),
    }),
  );
  const [creating, setCreating] = useState(false);

  const create = async (): Promise<void> => {
    setCreating(true);
    try {
      const { data, rows } = store.get();
      const draft = await call(
        api.drafts.create({ templateId: template.id, data: { ...data, ...rows } }),
      );
      navigate({ name: 'draft', draftId: draft.id });
    } catch (e) {
      void message.error(failure('create', e));
      setCreating(false);
    }
  };

  return (
    <Row gutter={24}>
      <Col xs={24} md={10}>
        <Card title={t.details}>
          <Form layout="vertical" onFinish={() => void create()}>
            {before.map((slot) => (
              <Field key={slot.name} store={store} slot={slot} formulas={formulas} />
            ))}
            {template.blocks.map((b) => (
              <BlockField key={b.name} store={store} block={b} />
            ))}
            {after.map((slot) => (
              <Field key={slot.name} store={store} slot={slot} formulas={formulas} />
            ))}
            <Space style={{ marginTop: 16 }}>
              <Button
                type="primary"
                htmlType="submit"
                loading={creating}
                data-testid="create-draft"
              >
                {t.create}
              </Button>
              <Button onClick={() => navigate({ name: 'home' })}>{t.back}</Button>
            </Space>
          </Form>
        </Card>
      </Col>
      <Col xs={24} md={14}>
        <LivePreview store={store} template={template} />
      </Col>
    </Row>
  );
}

export function FillPage({ templateId }: { templateId: string }) {
  const [template] = useLoad(() => call(api.templates.get(templateId)));
  return (
    <LoadState loaded={template}>
      {(t: Template) => (
        <>
          <Typography.Title level={3}>
            {t.name} <Tag color="red">{t.genre}</Tag>
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t.description}</Typography.Paragraph>
          <FillForm template={t} />
        </>
      )}
    </LoadState>
  );
}
