import type {
  PaperSize,
  ParsedPrintRequest,
  PrintableDocument,
} from '../../../shared/domain/printing';
import type { Quarter } from '../../../shared/periods';
import { requireDb, type AppContext } from '../context';
import type { Db } from '../db/open';
import { todayOf } from '../db/write';
import { buildBlankForm } from '../reports/blank-form';
import { buildMilestoneCertificate, buildPairingCertificate } from '../reports/certificates';
import { quarterOfText, type ReportOptions } from '../reports/common';
import { buildOutcomesReport } from '../reports/outcomes-report';
import { buildCohortPacket, buildPacket } from '../reports/packet';
import { printSettings, workstationLocale } from './settings';

/** The day, locale and paper a document is built for on this workstation. */
export function reportOptions(ctx: AppContext, paperSize?: PaperSize): ReportOptions {
  return {
    today: todayOf(ctx),
    locale: ctx.locale ?? workstationLocale(),
    paperSize: paperSize ?? printSettings(ctx).paperSize,
  };
}

export function requestQuarter(request: { quarter: string }): Quarter {
  return quarterOfText(request.quarter, 'quarter');
}

/** The document a request names, built from the database; bad ids are refused naming the field. */
export function buildDocument(
  db: Db,
  options: ReportOptions,
  request: ParsedPrintRequest,
): PrintableDocument {
  switch (request.kind) {
    case 'packet':
      return buildPacket(db, options, request.pairingId, requestQuarter(request));
    case 'cohortPacket':
      return buildCohortPacket(db, options, request.cohortId, requestQuarter(request));
    case 'blankForm':
      return buildBlankForm(db, options, request);
    case 'pairingCertificate':
      return buildPairingCertificate(db, options, request.pairingId);
    case 'milestoneCertificate':
      return buildMilestoneCertificate(db, options, request.milestoneId);
    case 'outcomesReport':
      return buildOutcomesReport(db, options, request);
  }
}

export function previewDocument(ctx: AppContext, request: ParsedPrintRequest): PrintableDocument {
  return buildDocument(requireDb(ctx).db, reportOptions(ctx), request);
}

/** A readable file name for a document, e.g. "Packet 2026-Q3 RES-2026 Ben Ode and Ana Ruiz". */
export function documentFileName(doc: PrintableDocument): string {
  switch (doc.kind) {
    case 'packet':
      return `Packet ${doc.period.key} ${doc.pairing.cohortCode} ${doc.pairing.mentee.name} and ${doc.pairing.mentor.name}`;
    case 'cohortPacket':
      return `Packets ${doc.period.key} ${doc.cohortCode} (${doc.contents.length} pairings)`;
    case 'blankForm': {
      const ref = doc.reference;
      const forWhom = ref
        ? ` pairing ${ref.pairingId} ${ref.menteeName}${ref.period ? ` ${ref.period}` : ''}`
        : '';
      return `Form ${doc.formName} v${doc.version}${forWhom}`;
    }
    case 'certificate':
      return `${doc.heading} ${doc.recipientName} ${doc.dates.at(-1)?.day ?? ''}`;
    case 'outcomesReport':
      return `Outcomes report ${doc.today}`;
  }
}
