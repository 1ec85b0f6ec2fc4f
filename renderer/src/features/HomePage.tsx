import { Button, Col, Empty, Row, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import type { TemplateSummary } from '../../../electron/shared/model';
import { api, call } from '../api';
import { LoadState } from '../components/LoadState';
import { useMessages } from '../i18n/messages';
import { runCommand } from '../state/commands';
import { takeFirstScreen } from '../state/first-screen';
import { navigate } from '../state/route';
import { useLoad } from '../state/use-load';
import { DraftList } from './drafts/DraftList';
import { homeMessages } from './home-messages';
import { LibraryMenu } from './library/LibraryMenu';
import { OutlineList } from './outlines/OutlineList';
import { TemplateGallery } from './templates/TemplateGallery';
import { TemplateToolbar } from './templates/TemplateToolbar';

export function HomePage() {
  const t = useMessages(homeMessages);
  const [templates, reloadTemplates] = useLoad(
    () => call(api.templates.list()),
    () => takeFirstScreen('templates'),
  );
  const [drafts, reloadDrafts] = useLoad(
    () => call(api.drafts.list()),
    () => takeFirstScreen('drafts'),
  );
  const [libraryTick, setLibraryTick] = useState(0);
  // A first-time user's way in: the first shipped template, filled with its own examples.
  const sample =
    templates.state === 'ready' ? templates.value.find((t) => t.origin === 'builtin') : undefined;
  const reloadLibrary = useCallback(() => {
    reloadDrafts();
    setLibraryTick((t) => t + 1);
  }, [reloadDrafts]);

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
        <DraftList
          loaded={drafts}
          onChanged={reloadDrafts}
          empty={
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
          }
        />
        {/* A restored backup replaces the outlines too: a new key lists them afresh. */}
        <OutlineList key={libraryTick} />
      </Col>
    </Row>
  );
}
