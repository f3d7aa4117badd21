import type { Database } from 'better-sqlite3';
import { m001Foundation } from './migrations/001-foundation';
import { m002ProgramsAndPairings } from './migrations/002-programs-and-pairings';
import { m003Goals } from './migrations/003-goals';
import { m004Competencies } from './migrations/004-competencies';
import { m005Meetings } from './migrations/005-meetings';
import { m006Training } from './migrations/006-training';
import { m007Evaluations } from './migrations/007-evaluations';
import { m008AuditIndexes } from './migrations/008-audit-indexes';
import { m009Outcomes } from './migrations/009-outcomes';
import { m010Accounts } from './migrations/010-accounts';
import { m011Groups } from './migrations/011-groups';

/**
 * Schema changes, numbered, in order. A migration that has landed is never edited: a change
 * to the schema is a new migration at the end of the list.
 */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  m001Foundation,
  m002ProgramsAndPairings,
  m003Goals,
  m004Competencies,
  m005Meetings,
  m006Training,
  m007Evaluations,
  m008AuditIndexes,
  m009Outcomes,
  m010Accounts,
  m011Groups,
];
