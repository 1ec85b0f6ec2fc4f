import { join } from 'node:path';
import { isRecordId } from '../../shared/record-id';
import { AppFailure } from '../../shared/result';

/**
 * `<dir>/<id><ext>` for an id that passed the one id rule, checked again here although the
 * handlers' schemas check it too: the store is the last place before the file system, and a
 * path-shaped id (`../../x`) must never reach `join`.
 */
export function recordPath(dir: string, id: string, ext = '.json'): string {
  if (!isRecordId(id)) {
    throw new AppFailure('invalid_argument', '编号格式不正确:只能由字母、数字、- 和 _ 组成');
  }
  return join(dir, `${id}${ext}`);
}
