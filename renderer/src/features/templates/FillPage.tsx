import { App as AntApp, Button, Card, Col, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Template } from '../../../../electron/shared/model';
import { api, call } from '../../api';
import { LoadState } from '../../components/LoadState';
import { TextPreview } from '../../components/TextPreview';
import { navigate } from '../../state/route';
import { useLoad } from '../../state/use-load';
import { BlockRows, type Row as BlockRow } from './BlockRows';

function FillForm({ template }: { template: Template }) {
  const { message } = AntApp.useApp();
  const [data, setData] = useState<Record<string, string>>({});
  const [rows, setRows] = useState<Record<string, BlockRow[]>>(() =>
    Object.fromEntries(template.blocks.map((b) => [b.name, b.rows.map(() => ({}))])),
  );
  const filled = useMemo(() => ({ ...data, ...rows }), [data, rows]);
  const [preview, setPreview] = useState('');
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    let live = true;
    void api.templates.render(template.id, filled).then((r) => {
      if (live) setPreview(r.ok ? r.value.text : `预览失败:${r.error.message}`);
    });
    return () => {
      live = false;
    };
  }, [template.id, filled]);

  const create = async (): Promise<void> => {
    setCreating(true);
    try {
      const draft = await call(api.drafts.create({ templateId: template.id, data: filled }));
      navigate({ name: 'draft', draftId: draft.id });
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
      setCreating(false);
    }
  };

  return (
    <Row gutter={24}>
      <Col xs={24} md={10}>
        <Card title="填写要素">
          <Form layout="vertical" onFinish={() => void create()}>
            {template.slots.map((slot) => (
              <Form.Item
                key={slot.name}
                label={slot.label}
                htmlFor={`slot-${slot.name}`}
                extra={slot.examples.length > 0 ? `例如:${slot.examples.join('、')}` : undefined}
              >
                <Input
                  id={`slot-${slot.name}`}
                  data-testid={`slot-${slot.name}`}
                  placeholder={slot.default}
                  value={data[slot.name] ?? ''}
                  onChange={(e) => setData((d) => ({ ...d, [slot.name]: e.target.value }))}
                />
              </Form.Item>
            ))}
            {template.blocks.map((b) => (
              <BlockRows
                key={b.name}
                block={b}
                rows={rows[b.name] ?? []}
                onChange={(next) => setRows((r) => ({ ...r, [b.name]: next }))}
              />
            ))}
            <Space style={{ marginTop: 16 }}>
              <Button type="primary" htmlType="submit" loading={creating} data-testid="create-draft">
                生成草稿
              </Button>
              <Button onClick={() => navigate({ name: 'home' })}>返回</Button>
            </Space>
          </Form>
        </Card>
      </Col>
      <Col xs={24} md={14}>
        <TextPreview title="实时预览" text={preview} testId="preview" />
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
