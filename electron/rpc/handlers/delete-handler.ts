import { z } from 'zod';
import { id } from './schemas';

/**
 * The handler of a call that deletes the record an id names: it answers with that id, so the
 * renderer knows which row to drop.
 */
export const deleteHandler = (remove: (target: string) => Promise<void>) => ({
  args: z.tuple([id]),
  run: async (target: string): Promise<{ id: string }> => {
    await remove(target);
    return { id: target };
  },
});
