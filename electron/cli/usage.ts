/**
 * Each command's usage line, apart from the commands themselves, so listing the commands (or
 * running one) loads only the command that runs, not every library the others use.
 */
export const AUDIT_USAGE = 'npm run tandem -- audit verify --db FILE';

export const BACKUP_USAGE = 'npm run tandem -- backup --db DB --to FILE [--force]';

export const DEMO_USAGE = 'npm run tandem -- demo --db DB [--name NAME]';

export const EXPORT_USAGE =
  'npm run tandem -- export --db DB --out DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--program ID] [--deidentified] [--xlsx]\n' +
  '  npm run tandem -- export verify DIR';

export const GENERATE_USAGE =
  'npm run tandem -- generate --db DB [--staff 5000] [--years 10] [--seed N]';

export const IMPORT_ROSTER_USAGE =
  'npm run tandem -- import-roster FILE --db DB [--mapping MAPPING.json] [--facility NAME] [--json]';

export const MATCH_FILE_USAGE =
  'npm run tandem -- match-file INSTANCE.json [--objective best-total|most-matched] [--json]';

export const PACKET_USAGE =
  'npm run tandem -- packet --db DB (--cohort CODE | --pairing ID) --quarter YYYY-Qn --out DIR [--paper a4|letter]';

export const RESTORE_USAGE = 'npm run tandem -- restore --db DB --from COPY';

export const USER_USAGE = [
  'Every command that opens a facility database with accounts needs --user NAME: the password',
  'is asked for (without echo), or read from TANDEM_PASSWORD in scripts; changes are recorded',
  'as that person. A database without accounts yet (a fresh file from import-roster, generate',
  'or demo) is used as the workstation user, as before accounts existed.',
].join('\n');
