import type { ParseKeys } from 'i18next';
import PDFDocument from 'pdfkit';
import type { VisitPhotoKind } from '../../../shared/features/field/checklist.contract.ts';
import type { ProofOfService } from '../../../shared/features/field/proof-of-service.contract.ts';
import { formatDate, formatDateTime, formatTime, zoneName } from '../../../shared/i18n/format.ts';
import { dateTimeFormat } from '../../../shared/i18n/intl.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { translator } from '../../lib/i18n.ts';
import { fileNameOf, pdfBytes, printable } from '../../lib/pdf.ts';

const margin = 50;
const boxSize = 10;
const statusWidth = 150;
const photoGap = 12;
const photoHeight = 190;

export type PdfPhoto = { kind: VisitPhotoKind; author: string; createdAt: string; image: Buffer };

interface PdfOptions {
  company: string;
  brandColor: string;
  language: Language;
}

type Doc = PDFKit.PDFDocument;

/** Everything the pages share: the document, the reader's words and the place's clock. */
function writerFor(doc: Doc, report: ProofOfService, options: PdfOptions) {
  const t = translator(options.language);
  const width = doc.page.width - margin * 2;
  // Times read on the location's clock; the zone is named once, under the heading, not at every time.
  const clock = { locale: options.language, zone: report.visit.timeZone, viewerZone: report.visit.timeZone };
  return {
    doc,
    width,
    words: (key: ParseKeys<'proofOfService'>, values: Record<string, string | number> = {}) => printable(t(key, { ns: 'proofOfService', ...values })),
    time: (iso: string) => formatTime(iso, clock),
    dateTime: (iso: string) => formatDateTime(iso, clock),
    roomFor: (height: number) => {
      if (doc.y + height > doc.page.height - margin) doc.addPage();
    },
    section: (title: string) => {
      // A heading never stands alone at the foot of a page.
      if (doc.y + 80 > doc.page.height - margin) doc.addPage();
      doc.moveDown(1);
      doc.font('Helvetica-Bold').fontSize(14).fillColor('#111111').text(title, margin, doc.y);
      const ruleY = doc.y + 3;
      doc.moveTo(margin, ruleY).lineTo(margin + width, ruleY).lineWidth(1).strokeColor(options.brandColor).stroke();
      doc.y = ruleY + 8;
    },
    brandColor: options.brandColor,
  };
}
type Writer = ReturnType<typeof writerFor>;

function header(w: Writer, report: ProofOfService, options: PdfOptions): void {
  const { doc, words } = w;
  const { visit } = report;
  doc.font('Helvetica-Bold').fontSize(11).fillColor('#333333').text(printable(options.company));
  doc.moveDown(0.6);
  doc.font('Helvetica-Bold').fontSize(22).fillColor('#111111').text(words('title'));
  doc.font('Helvetica-Bold').fontSize(13).text(printable(`${visit.name} · ${formatDate(visit.startsAt, { locale: options.language, zone: visit.timeZone })}`));
  doc.font('Helvetica').fontSize(11).fillColor('#444444').text(printable(visit.locationName));
  doc.text(printable(visit.address));
  const zone = zoneName(new Date(visit.startsAt), { locale: options.language, zone: visit.timeZone });
  doc.fontSize(9).fillColor('#666666').text(words('pdf.clock', { location: visit.locationName, zone }));
}

function whoWorked(w: Writer, report: ProofOfService): void {
  const { doc, words } = w;
  w.section(words('whoWorked'));
  for (const person of report.times) {
    w.roomFor(16);
    const top = doc.y;
    doc.font('Helvetica-Bold').fontSize(11).fillColor('#111111').text(printable(person.firstName), margin, top, { width: 160 });
    const out = person.clockedOutAt ? w.time(person.clockedOutAt) : words('notClockedOut');
    doc.font('Helvetica').text(`${words('clockedIn')} ${w.time(person.clockedInAt)}   ${words('clockedOut')} ${out}`, margin + 170, top);
    doc.y = Math.max(doc.y, top + 16);
  }
}

/** A box, filled in the company's colour with a tick when the task was done. */
function tickBox(w: Writer, x: number, y: number, done: boolean): void {
  const { doc } = w;
  if (!done) {
    doc.rect(x, y, boxSize, boxSize).lineWidth(1).strokeColor('#888888').stroke();
    return;
  }
  doc.rect(x, y, boxSize, boxSize).fillColor(w.brandColor).fill();
  doc.moveTo(x + 2, y + 5.2).lineTo(x + 4.2, y + 7.5).lineTo(x + 8.2, y + 2.6).lineWidth(1.5).strokeColor('#ffffff').stroke();
}

function checklist(w: Writer, report: ProofOfService): void {
  const { doc, words, width } = w;
  w.section(words('checklist'));
  if (report.work.areas.length === 0) doc.font('Helvetica').fontSize(11).fillColor('#444444').text(words('noChecklist'), margin, doc.y);
  const textWidth = width - boxSize - 8 - statusWidth - 12;
  for (const area of report.work.areas) {
    w.roomFor(50);
    doc.font('Helvetica-Bold').fontSize(12).fillColor('#111111').text(printable(area.name), margin, doc.y);
    doc.moveDown(0.2);
    for (const task of area.tasks) {
      const text = printable(task.text);
      doc.font('Helvetica').fontSize(11);
      w.roomFor(doc.heightOfString(text, { width: textWidth }) + 4);
      const top = doc.y;
      tickBox(w, margin, top + 1, task.done);
      doc.fillColor('#111111').text(text, margin + boxSize + 8, top, { width: textWidth });
      const after = doc.y;
      const status = task.done && task.doneBy && task.doneAt ? `${words('done')} ${words('doneBy', { name: task.doneBy, time: w.time(task.doneAt) })}` : words('notDone');
      doc.font('Helvetica').fontSize(9).fillColor(task.done ? '#333333' : '#888888').text(status, margin + width - statusWidth, top + 1, { width: statusWidth, align: 'right' });
      doc.y = Math.max(after, doc.y) + 4;
    }
    doc.moveDown(0.5);
  }
}

function notes(w: Writer, report: ProofOfService): void {
  const { doc, words } = w;
  if (report.work.notes.length === 0) return;
  w.section(words('notes'));
  for (const note of report.work.notes) {
    const text = printable(note.text);
    doc.font('Helvetica').fontSize(11);
    w.roomFor(doc.heightOfString(text, { width: w.width }) + 18);
    doc.fillColor('#111111').text(text, margin, doc.y, { width: w.width });
    doc.font('Helvetica').fontSize(9).fillColor('#666666').text(words('noteBy', { name: note.author, time: w.dateTime(note.createdAt) }));
    doc.moveDown(0.6);
  }
}

/** The photos of one kind, two to a row, each with who took it and when. */
function photoGrid(w: Writer, title: string, photos: PdfPhoto[], caption: (photo: PdfPhoto) => string): void {
  const { doc } = w;
  if (photos.length === 0) return;
  const cell = (w.width - photoGap) / 2;
  w.roomFor(photoHeight + 40);
  doc.font('Helvetica-Bold').fontSize(12).fillColor('#111111').text(title, margin, doc.y);
  doc.moveDown(0.3);
  for (let index = 0; index < photos.length; index += 2) {
    w.roomFor(photoHeight + 24);
    const top = doc.y;
    for (const [column, photo] of photos.slice(index, index + 2).entries()) {
      const x = margin + column * (cell + photoGap);
      doc.image(photo.image, x, top, { fit: [cell, photoHeight], align: 'center', valign: 'center' });
      doc.font('Helvetica').fontSize(9).fillColor('#666666').text(caption(photo), x, top + photoHeight + 4, { width: cell, align: 'center' });
    }
    doc.y = top + photoHeight + 22;
  }
}

function photoSections(w: Writer, photos: PdfPhoto[]): void {
  if (photos.length === 0) return;
  const { words } = w;
  w.section(words('photos'));
  const caption = (photo: PdfPhoto) => words(photo.kind === 'before' ? 'beforePhoto' : 'afterPhoto', { name: photo.author, time: w.dateTime(photo.createdAt) });
  photoGrid(w, words('before'), photos.filter((photo) => photo.kind === 'before'), caption);
  photoGrid(w, words('after'), photos.filter((photo) => photo.kind === 'after'), caption);
}

/**
 * The customer's proof of a completed visit, to file or forward: the company, the visit and the
 * place, who worked when, the checklist with what was done, the notes for them and the photos,
 * in the reader's language and on the location's clock.
 */
export async function renderProofOfServicePdf(report: ProofOfService, photos: PdfPhoto[], options: PdfOptions): Promise<{ data: Buffer; fileName: string }> {
  const t = translator(options.language);
  // The visit's day as 2026-03-02 in the file name: files sort by it, in any language.
  const date = dateTimeFormat('en-CA', { timeZone: report.visit.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(report.visit.startsAt));
  const title = t('pdf.fileName', { ns: 'proofOfService', location: report.visit.locationName, date });
  const doc = new PDFDocument({ size: 'A4', margin, lang: options.language, info: { Title: printable(title), Author: printable(options.company) } });
  const done = pdfBytes(doc);
  const w = writerFor(doc, report, options);
  header(w, report, options);
  whoWorked(w, report);
  checklist(w, report);
  notes(w, report);
  photoSections(w, photos);
  doc.end();
  return { data: await done, fileName: fileNameOf(title, 'proof-of-service') };
}
