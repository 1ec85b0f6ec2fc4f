import type { z } from 'zod';
import type { ArgsOf, Channel, ResultOf } from '../../shared/contract';

/** A channel's argument schema and its implementation. Throw AppFailure for expected errors. */
export interface Handler<C extends Channel> {
  args: z.ZodType<ArgsOf<C>>;
  run: (...args: ArgsOf<C>) => Promise<ResultOf<C>> | ResultOf<C>;
}

/** Every channel must have a handler: a missing one is a compile error. */
export type Handlers = { [C in Channel]: Handler<C> };

/** Helps each handler file keep its entries typed per channel. */
export const defineHandlers = <H extends Partial<Handlers>>(h: H): H => h;
