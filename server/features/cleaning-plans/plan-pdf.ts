import PDFDocument from 'pdfkit';
import type { CleaningFrequency, PortalCleaningPlan } from '../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { translator } from '../../lib/i18n.ts';
import { fileNameOf, pdfBytes, printable } from '../../lib/pdf.ts';

const margin = 50;
const frequencyWidth = 110;
const gap = 16;
// Wrapped lines of a task line up under its first word, not under the bullet.
const bulletWidth = 12;

interface PdfOptions {
  company: string;
  brandColor: string;
  language: Language;
}

/**
 * A printable plan for the customer's wall or files: the company, the place, then each area with
 * its tasks and how often each is done, in the reader's language.
 */
export async function renderPlanPdf(plan: PortalCleaningPlan, options: PdfOptions): Promise<{ data: Buffer; fileName: string }> {
  const t = translator(options.language);
  const words = (key: 'pdf.heading' | 'pdf.noPlan' | 'pdf.noTasks' | `frequency.${CleaningFrequency}`) => printable(t(key, { ns: 'whatWeClean' }));
  const title = t('pdf.fileName', { ns: 'whatWeClean', location: plan.locationName });
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    lang: options.language,
    info: { Title: printable(title), Author: printable(options.company) },
  });
  const done = pdfBytes(doc);
  const width = doc.page.width - margin * 2;
  const taskWidth = width - frequencyWidth - gap;
  const bottom = () => doc.page.height - margin;

  doc.font('Helvetica-Bold').fontSize(11).fillColor('#333333').text(printable(options.company));
  doc.moveDown(0.6);
  doc.font('Helvetica-Bold').fontSize(22).fillColor('#111111').text(words('pdf.heading'));
  doc.font('Helvetica-Bold').fontSize(13).text(printable(plan.locationName));
  doc.font('Helvetica').fontSize(11).fillColor('#444444').text(printable(plan.address));
  doc.moveDown(1);

  if (plan.areas.length === 0) doc.font('Helvetica').fontSize(11).fillColor('#444444').text(words('pdf.noPlan'));

  for (const area of plan.areas) {
    // An area's heading never stands alone at the foot of a page.
    if (doc.y + 70 > bottom()) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(14).fillColor('#111111').text(printable(area.name), margin, doc.y);
    if (area.notes) doc.font('Helvetica-Oblique').fontSize(10).fillColor('#555555').text(printable(area.notes));
    const ruleY = doc.y + 4;
    doc.moveTo(margin, ruleY).lineTo(margin + width, ruleY).lineWidth(1).strokeColor(options.brandColor).stroke();
    doc.y = ruleY + 8;
    if (area.tasks.length === 0) doc.font('Helvetica').fontSize(10).fillColor('#777777').text(words('pdf.noTasks'), margin, doc.y);
    for (const task of area.tasks) {
      const text = printable(task.text);
      doc.font('Helvetica').fontSize(11);
      const height = doc.heightOfString(text, { width: taskWidth - bulletWidth });
      if (doc.y + height > bottom()) doc.addPage();
      const top = doc.y;
      doc.fillColor('#111111').text('•', margin, top);
      doc.text(text, margin + bulletWidth, top, { width: taskWidth - bulletWidth });
      const after = doc.y;
      doc.font('Helvetica-Bold').fontSize(10).fillColor('#333333').text(words(`frequency.${task.frequency}`), margin + taskWidth + gap, top + 1, { width: frequencyWidth, align: 'right' });
      doc.y = Math.max(after, doc.y) + 4;
    }
    doc.moveDown(1);
  }

  doc.end();
  return { data: await done, fileName: fileNameOf(title, 'cleaning-plan') };
}
