import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultUserDataDir } from '../core/context';
import { startHost } from './server';

/** `npm run browser`: the app in a browser on this workstation, for machines without Electron. */
const { values } = parseArgs({
  options: { port: { type: 'string' }, db: { type: 'string' }, 'user-data': { type: 'string' } },
});
const running = await startHost({
  userDataDir: values['user-data'] ?? defaultUserDataDir(),
  staticDir: resolve('dist/renderer'),
  ...(values.port ? { port: Number(values.port) } : {}),
  ...(values.db ? { dbPath: values.db } : {}),
});
process.stdout.write(
  `Tandem is running on this workstation only. Open this address in a browser:\n\n  ${running.url}\n\n` +
    'The address holds a one-time key; keep it to yourself. Press Ctrl+C to stop.\n',
);
const stop = () => void running.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
