import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/db';

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

function onDisk(pdf: string | Uint8Array): string {
  if (typeof pdf === 'string') return pdf;
  const path = join(tempDir(), 'document.pdf');
  writeFileSync(path, pdf);
  return path;
}

/** The PDF's text as pdftotext lays it out, one string per page. */
export function pdfPages(pdf: string | Uint8Array): string[] {
  const pages = run('pdftotext', ['-layout', onDisk(pdf), '-']).split('\f');
  return pages.at(-1)?.trim() === '' ? pages.slice(0, -1) : pages;
}

export function pdfInfo(pdf: string | Uint8Array): {
  pages: number;
  width: number;
  height: number;
} {
  const info = run('pdfinfo', [onDisk(pdf)]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** Text with runs of spaces and line breaks made single, for phrases that wrap. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');
