import type { Database } from 'better-sqlite3';
import { m001Foundation } from './migrations/001-foundation';
import { m002ProgramsAndPairings } from './migrations/002-programs-and-pairings';

/**
 * Schema changes, numbered, in order. A migration that has landed is never edited: a change
 * to the schema is a new migration at the end of the list.
 */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [m001Foundation, m002ProgramsAndPairings];
