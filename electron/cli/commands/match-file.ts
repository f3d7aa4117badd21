import { readFileSync } from 'node:fs';
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

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { code: 2, stderr: `Cannot read ${file}: ${(error as Error).message}` };
  }
  try {
    const result = solveInstanceText(text, objective);
    return { code: 0, stdout: values.json ? JSON.stringify(result) : formatResult(result) };
  } catch (error) {
    if (error instanceof InstanceError || error instanceof SolverInputError) {
      return { code: 1, stderr: error.message };
    }
    throw error;
  }
}

function parseObjective(value: string | undefined): Objective {
  if (value === undefined) return 'best-total';
  const found = OBJECTIVES.find((o) => o === value);
  if (found === undefined) {
    throw new UsageError(`--objective must be ${OBJECTIVES.join(' or ')}; got "${value}"`);
  }
  return found;
}
