import type { Draft } from '../../shared/model';
import type { DraftHistory } from './draft-history';
import { parseJson } from './json-file';
import type { BackupRotation } from './library-backup';
import { storedDraft } from './record-schemas';

const localTime = (iso: string): string => new Date(iso).toLocaleString('zh-CN');

/** The most recently saved good copy among the draft's history and the rotating backups. */
export async function newestCopy(
  history: DraftHistory,
  backups: BackupRotation,
  id: string,
): Promise<{ draft: Draft; source: string } | null> {
  const candidates: Array<{ draft: Draft; source: string }> = [];
  const version = await history.newest(id);
  if (version) {
    candidates.push({
      draft: version.draft,
      source: `${localTime(version.version.savedAt)}的历史版本`,
    });
  }
  for await (const copy of backups.copiesOf(`drafts/${id}.json`)) {
    const parsed = parseJson(copy.text, storedDraft);
    if (parsed.kind === 'ok' && parsed.data.id === id) {
      candidates.push({ draft: parsed.data, source: `备份 ${copy.backup}` });
      break;
    }
  }
  candidates.sort((a, b) => b.draft.updatedAt.localeCompare(a.draft.updatedAt));
  return candidates[0] ?? null;
}
