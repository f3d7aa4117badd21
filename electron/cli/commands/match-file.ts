import { closeSync, openSync, readSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatResult, InstanceError, solveInstanceText } from '../../core/matching/instance';
import { OBJECTIVES, SolverInputError, type Objective } from '../../core/matching/solver';
import { UsageError, type CommandOutput } from '../io';
import { MATCH_FILE_USAGE } from '../usage';

/** The solver alone, on an instance file: no database is opened. */
export function matchFileCommand(args: string[]): CommandOutput {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { objective: { type: 'string' }, json: { type: 'boolean' } },
  });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) {
    throw new UsageError(`usage: ${MATCH_FILE_USAGE}`);
  }
  const objective = parseObjective(values.objective);

  // Read piece by piece: the scanner puts the scores straight into the grid, so neither the
  // file's text nor JSON.parse's nested arrays are ever held whole (see instance-scan.ts).
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    return { code: 2, stderr: cannotRead(file, error) };
  }
  const read = (buffer: Uint8Array, offset: number, length: number): number => {
    try {
      return readSync(fd, buffer, offset, length, null);
    } catch (error) {
      throw new ReadError(cannotRead(file, error));
    }
  };
  try {
    const result = solveInstanceText(read, objective);
    return { code: 0, stdout: values.json ? JSON.stringify(result) : formatResult(result) };
  } catch (error) {
    if (error instanceof InstanceError || error instanceof SolverInputError) {
      return { code: 1, stderr: error.message };
    }
    if (error instanceof ReadError) return { code: 2, stderr: error.message };
    throw error;
  } finally {
    closeSync(fd);
  }
}

/** A read that failed half-way (a directory, a disk error): reported like a file not found. */
class ReadError extends Error {}

const cannotRead = (file: string, error: unknown): string =>
  `Cannot read ${file}: ${(error as Error).message}`;

function parseObjective(value: string | undefined): Objective {
  if (value === undefined) return 'best-total';
  const found = OBJECTIVES.find((o) => o === value);
  if (found === undefined) {
    throw new UsageError(`--objective must be ${OBJECTIVES.join(' or ')}; got "${value}"`);
  }
  return found;
}
