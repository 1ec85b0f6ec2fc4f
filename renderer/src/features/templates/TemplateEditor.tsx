import { App as AntApp, Alert, Button, Card, Col, Input, Popconfirm, Row, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Template, TemplateProblem } from '../../../../electron/shared/model';
import { api, call } from '../../api';
import { LoadState } from '../../components/LoadState';
import { TextPreview } from '../../components/TextPreview';
import { navigate } from '../../state/route';
import { useLoad } from '../../state/use-load';

const PREVIEW_DELAY_MS = 250;

/** The data a template shows its preview with: its own defaults and default rows. */
const sampleData = (t: Template): Record<string, unknown> => ({
  ...Object.fromEntries(t.slots.map((s) => [s.name, s.default])),
  ...Object.fromEntries(t.blocks.map((b) => [b.name, b.rows])),
});

function Editor({ template }: { template: Template }) {
  const { message } = AntApp.useApp();
  const [source, setSource] = useState(template.source);
  const [name, setName] = useState(`${template.name}(修改)`);
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
        const found = checked.ok ? checked.value : [{ line: 1, column: 1, message: checked.error.message }];
        setProblems(found);
        if (found.length > 0) return;
        const r = await api.templates.preview(source, data);
        if (isLive()) setPreview(r.ok ? r.value.text : `预览失败:${r.error.message}`);
      })();
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [source, data]);

  const save = async (): Promise<void> => {
    try {
      const saved = await call(api.templates.saveUser({ basedOn: template.id, name, source }));
      void message.success(`已保存为新模板“${saved.name}”`);
      navigate({ name: 'fill', templateId: saved.id });
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const remove = async (): Promise<void> => {
    try {
      await call(api.templates.deleteUser(template.id));
      void message.success('模板已删除');
      navigate({ name: 'home' });
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Row gutter={24}>
      <Col xs={24} lg={12}>
        <Card title="模板源码(Handlebars)">
          <Input.TextArea
            aria-label="模板源码"
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
              title="模板有错误"
              description={
                <ul style={{ margin: 0, paddingLeft: 16 }}>
                  {problems.map((p, i) => (
                    <li key={i}>
                      第 {p.line} 行第 {p.column} 列:{p.message}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          <Space style={{ marginTop: 12 }} wrap>
            <Input
              aria-label="新模板名称"
              value={name}
              onChange={(e) => setName(e.target.value)}
              style={{ width: 280 }}
            />
            <Button type="primary" disabled={problems.length > 0} onClick={() => void save()}>
              另存为新模板
            </Button>
            {template.origin === 'user' && (
              <Popconfirm title="删除这个模板?" okText="删除" cancelText="取消" onConfirm={() => void remove()}>
                <Button danger>删除模板</Button>
              </Popconfirm>
            )}
            <Button onClick={() => navigate({ name: 'home' })}>返回</Button>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
            可用的块:{'{{#title}} {{#opening}} {{#each 小节}} {{#heading level=1 schemes="一、"}} {{#body}} {{#closing}}'}
            ;不支持局部模板、装饰器和原型属性。
          </Typography.Paragraph>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <TextPreview title="实时预览(使用默认值)" text={preview} testId="template-preview" />
      </Col>
    </Row>
  );
}

export function TemplateEditor({ templateId }: { templateId: string }) {
  const [template] = useLoad(() => call(api.templates.get(templateId)));
  return (
    <LoadState loaded={template}>
      {(t: Template) => (
        <>
          <Typography.Title level={3}>编辑模板:{t.name}</Typography.Title>
          <Editor template={t} />
        </>
      )}
    </LoadState>
  );
}
