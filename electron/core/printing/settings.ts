import { isAbsolute, join } from 'node:path';
import { TandemError } from '../../../shared/result';
import type { PaperSize, PrintSettings } from '../../../shared/domain/printing';
import type { AppContext } from '../context';

/** The workstation's locale (BCP 47), as the operating system gives it to this process. */
export function workstationLocale(): string {
  const env = process.env.LC_ALL || process.env.LC_PAPER || process.env.LANG;
  const fromEnv =
    env && !/^(C|POSIX)(\.|$)/.test(env) ? env.split('.')[0]?.replace('_', '-') : undefined;
  try {
    return (
      Intl.getCanonicalLocales(fromEnv ?? [])[0] ?? Intl.DateTimeFormat().resolvedOptions().locale
    );
  } catch {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  }
}

/** US Letter where the workstation's locale is the United States' (or Canada's), A4 elsewhere. */
export function defaultPaperSize(locale: string): PaperSize {
  return /-(US|CA)\b/i.test(locale) ? 'letter' : 'a4';
}

export function printSettings(ctx: AppContext): PrintSettings {
  const saved = ctx.settings.get('printing') ?? {};
  return {
    paperSize: saved.paperSize ?? defaultPaperSize(ctx.locale ?? workstationLocale()),
    outputFolder: saved.outputFolder ?? join(ctx.userDataDir, 'Printed'),
  };
}

export function updatePrintSettings(
  ctx: AppContext,
  input: { paperSize?: PaperSize | undefined; outputFolder?: string | undefined },
): PrintSettings {
  if (input.outputFolder !== undefined && !isAbsolute(input.outputFolder)) {
    throw new TandemError(
      'invalid_input',
      `outputFolder: give the whole path of the folder, not "${input.outputFolder}".`,
      {
        problems: [
          {
            field: 'outputFolder',
            value: input.outputFolder,
            message: 'a full path, like /home/educator/Packets',
          },
        ],
      },
    );
  }
  const saved = ctx.settings.get('printing') ?? {};
  ctx.settings.set('printing', {
    ...saved,
    ...(input.paperSize ? { paperSize: input.paperSize } : {}),
    ...(input.outputFolder ? { outputFolder: input.outputFolder } : {}),
  });
  return printSettings(ctx);
}
