/**
 * Small building blocks shared by the pages of the PDF: ballot boxes, page header and footer,
 * épreuve lines. The official forms (docs/sources/bts-sio-session-2024-annexe-9-e5.txt and bts-sio-epreuve-e4-presentation.txt) print ☐/☒ boxes and repeat
 * "BTS SERVICES INFORMATIQUES AUX ORGANISATIONS SESSION 2024" at the top of every page.
 */
import type { Content, DynamicContent } from 'pdfmake/interfaces';
import { candidateName as formName } from '../../core/table/officialForm';
import type { SyntheseModel } from '../../protocol/synthese';

export const GREY = '#555555';
export const FILL_GROUP = '#e6e6e6';
export const FILL_HEAD = '#f2f2f2';

/** "☒ SISR" / "☐ SLAM": the boxes of the official forms, kept as text so they extract. */
export function box(checked: boolean, label: string): Content {
  return { text: [{ text: checked ? '☒' : '☐', fontSize: 11 }, ' ' + label] };
}

// The form's wording (épreuve and annex lines, the candidate's name) lives in core/table/officialForm.ts.
export { annexLabel, epreuveLine, tableauEpreuveLine } from '../../core/table/officialForm';

export function candidateName(model: SyntheseModel): string {
  return formName(model.candidat);
}

/** Page header: the diploma and session on the left, the épreuve and annex on the right. */
export function pageHeader(left: string, right: string, margin: number): DynamicContent {
  return () => ({
    columns: [
      { text: left, fontSize: 7, color: GREY },
      { text: right, fontSize: 7, color: GREY, alignment: 'right' }
    ],
    margin: [margin, 14, margin, 0]
  });
}

/** "Page x / y" on every page, with the candidate's name so loose sheets stay attributable. */
export function pageFooter(name: string, margin: number): DynamicContent {
  return (currentPage: number, pageCount: number) => ({
    columns: [
      { text: name, fontSize: 7, color: GREY },
      { text: `Page ${currentPage} / ${pageCount}`, fontSize: 7, alignment: 'right' }
    ],
    margin: [margin, 6, margin, 0]
  });
}

/** Table layout with thin black rules, like the forms. */
export const thinGrid = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2
};
