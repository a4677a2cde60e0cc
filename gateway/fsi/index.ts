/**
 * The national-interface endpoint's public face: build its deps from the gateway's parts in
 * one call, and the fastify plugin (`gateway/api/routes/fsi.ts`).
 *
 *   routes: [...api.routes, fsiRoutes(fsiDepsFrom({ db, persons, api, institution: { fixmedinsCode, admdvs }, log }))]
 */
import type { Logger } from 'pino';
import type { Db } from '../store/db.ts';
import type { PersonService } from '../persons/identify.ts';
import type { HisApi } from '../api/his-api.ts';
import { PersonStore } from '../store/persons.ts';
import { dailyTotals, ledgerBetween } from '../settlement/totals.ts';
import { FileExchange } from './file-exchange.ts';
import type { Institution } from './context.ts';
import type { FsiEndpointDeps } from './endpoint.ts';
import type { FsiProfile } from './profile.ts';

export { FsiEndpoint, type FsiEndpointDeps, type FsiResult } from './endpoint.ts';
export { loadFsiProfile, profileFromJson, type FsiProfile } from './profile.ts';
export { TRANSACTIONS } from './transactions.ts';
export type { FsiServices, Institution } from './context.ts';

export interface FsiParts {
  readonly db: Db;
  readonly persons: PersonService;
  readonly api: Pick<HisApi, 'settlements' | 'visits' | 'cancellations' | 'sessions'>;
  readonly institution: Institution;
  /** Regional variant (profiles/<name>.json); default national. */
  readonly profile?: FsiProfile;
  readonly log?: Logger;
  readonly now?: () => Date;
}

/** The endpoint's deps from the gateway's services: the same objects the REST routes use. */
export function fsiDepsFrom(parts: FsiParts): FsiEndpointDeps {
  const { api } = parts;
  return {
    db: parts.db,
    institution: parts.institution,
    services: {
      persons: parts.persons,
      settlements: api.settlements,
      visits: api.visits,
      cancellations: api.cancellations,
      sessions: api.sessions,
      people: new PersonStore(parts.db),
      totals: { daily: (date) => dailyTotals(api.settlements.settlements, date) },
      ledger: { between: (from, to) => ledgerBetween(api.settlements.settlements, from, to) },
      files: new FileExchange(),
    },
    ...(parts.profile ? { profile: parts.profile } : {}),
    ...(parts.log ? { log: parts.log } : {}),
    ...(parts.now ? { now: parts.now } : {}),
  };
}
