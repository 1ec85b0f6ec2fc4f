import {
  App as AntApp,
  Alert,
  Button,
  Card,
  Col,
  Input,
  Popconfirm,
  Row,
  Space,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Template, TemplateProblem } from '../../../../electron/shared/model';
import { api, call, hostError } from '../../api';
import { LoadState } from '../../components/LoadState';
import { TextPreview } from '../../components/TextPreview';
import { useFailure } from '../../errors/use-failure';
import { useMessages } from '../../i18n/messages';
import { navigate } from '../../state/route';
import { useLoad } from '../../state/use-load';
import { templateMessages } from './template-messages';

const PREVIEW_DELAY_MS = 250;

/** The Handlebars blocks a template can use, shown under the source. */
const BLOCKS =
  '{{#title}} {{#opening}} {{#each 小节}} {{#heading level=1 schemes="一、"}} {{#body}} {{#closing}}';

/** The data a template shows its preview with: its own defaults and default rows. */
const sampleData = (t: Template): Record<string, unknown> => ({
  ...Object.fromEntries(t.slots.map((s) => [s.name, s.default])),
  ...Object.fromEntries(t.blocks.map((b) => [b.name, b.rows])),
});

function Editor({ template }: { template: Template }) {
  const { message } = AntApp.useApp();
  const t = useMessages(templateMessages).editor;
  const { failure, reason } = useFailure();
  const [source, setSource] = useState(template.source);
  const [name, setName] = useState(() => t.copyName(template.name));
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const [preview, setPreview] = useState('');
  const data = useMemo(() => sampleData(template), [template]);

  useEffect(() => {
    // Checked through a function: the flag changes while the calls await.
    let live = true;
    const isLive = (): boolean => live;
    const timer = setTimeout(() => {
      void (async () => {
        const checked = await api.templates.validate(source);
        if (!isLive()) return;
        const found = checked.ok
          ? checked.value
          : [{ line: 1, column: 1, message: reason(hostError(checked.error)) }];
        setProblems(found);
        if (found.length > 0) return;
        const r = await api.templates.preview(source, data);
        if (isLive()) setPreview(r.ok ? r.value.text : t.previewFailed(reason(hostError(r.error))));
      })();
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [source, data, t, reason]);

  const save = async (): Promise<void> => {
    try {
      const saved = await call(api.templates.saveUser({ basedOn: template.id, name, source }));
      void message.success(t.saved(saved.name));
      navigate({ name: 'fill', templateId: saved.id });
    } catch (e) {
      void message.error(failure('saveTemplate', e));
    }
  };

  const remove = async (): Promise<void> => {
    try {
      await call(api.templates.deleteUser(template.id));
      void message.success(t.deleted);
      navigate({ name: 'home' });
    } catch (e) {
      void message.error(failure('deleteTemplate', e));
    }
  };

  return (
    <Row gutter={24}>
      <Col xs={24} lg={12}>
        <Card title={t.sourceTitle}>
          <Input.TextArea
            aria-label={t.source}
            data-testid="template-source"
            value={source}
            onChange={(e) => setSource(e.target.value)}
            autoSize={{ minRows: 14 }}
            style={{ fontFamily: 'monospace' }}
            spellCheck={false}
          />
          {problems.length > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 12 }}
              data-testid="template-problems"
              title={t.problems}
              description={
                <ul style={{ margin: 0, paddingLeft: 16 }}>
                  {problems.map((p, i) => (
                    <li key={i}>{t.problem(p.line, p.column, p.message)}</li>
                  ))}
                </ul>
              }
            />
          )}
          <Space style={{ marginTop: 12 }} wrap>
            <Input
              aria-label={t.newName}
              value={name}
              onChange={(e) => setName(e.target.value)}
              style={{ width: 280 }}
            />
            <Button type="primary" disabled={problems.length > 0} onClick={() => void save()}>
              {t.saveAs}
            </Button>
            {template.origin === 'user' && (
              <Popconfirm
                title={t.confirmDelete}
                okText={t.delete}
                cancelText={t.cancel}
                onConfirm={() => void remove()}
              >
                <Button danger>{t.deleteTemplate}</Button>
              </Popconfirm>
            )}
            <Button onClick={() => navigate({ name: 'home' })}>{t.back}</Button>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
            {t.blocks(BLOCKS)}
          </Typography.Paragraph>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <TextPreview title={t.preview} text={preview} testId="template-preview" />
      </Col>
    </Row>
  );
}

export function TemplateEditor({ templateId }: { templateId: string }) {
  const [template] = useLoad(() => call(api.templates.get(templateId)));
  const text = useMessages(templateMessages).editor;
  return (
    <LoadState loaded={template}>
      {(t: Template) => (
        <>
          <Typography.Title level={3}>{text.heading(t.name)}</Typography.Title>
          <Editor template={t} />
        </>
      )}
    </LoadState>
  );
}
