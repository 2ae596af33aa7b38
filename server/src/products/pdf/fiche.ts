/**
 * The fiche descriptive de réalisation professionnelle, A4 portrait, following annexe 9-1-A/B
 * of épreuve E5 (seed 003, session 2024): the recto with "DESCRIPTION D'UNE RÉALISATION
 * PROFESSIONNELLE / N° réalisation", Nom, prénom / N° candidat, Épreuve ponctuelle / Contrôle
 * en cours de formation / Date, Organisation support, Intitulé, Période de réalisation / Lieu,
 * Modalité, Compétences travaillées, Conditions de réalisation¹, Modalités d'accès aux
 * productions² et à leur documentation³ with the form's three footnotes; the verso with the
 * "Descriptif de la réalisation professionnelle, y compris les productions réalisées et schémas
 * explicatifs". The mode of evaluation and the date are left blank: the dossier does not say.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { FicheModel, SyntheseModel } from '../../protocol/synthese';
import { markdownPdf } from './markdownPdf';
import { FILL_HEAD, GREY, annexLabel, box, candidateName, epreuveLine, thinGrid } from './parts';

const FOOTNOTE_2 =
  'Conformément au référentiel du BTS SIO « Dans tous les cas, les candidats doivent se munir des outils et ' +
  'ressources techniques nécessaires au déroulement de l’épreuve. Ils sont seuls responsables de la disponibilité ' +
  'et de la mise en œuvre de ces outils et ressources. La circulaire nationale d’organisation précise les conditions ' +
  'matérielles de déroulement des interrogations et les pénalités à appliquer aux candidats qui ne se seraient pas ' +
  'munis des éléments nécessaires au déroulement de l’épreuve. ». Les éléments peuvent être un identifiant, un mot ' +
  'de passe, une adresse réticulaire (URL) d’un espace de stockage et de la présentation de l’organisation du stockage.';

const FOOTNOTE_3 =
  'Lien vers la documentation complète, précisant et décrivant, si cela n’a été fait au verso de la fiche, la ' +
  'réalisation professionnelle, par exemples service fourni par la réalisation, interfaces utilisateurs, ' +
  'description des classes ou de la base de données.';

/** Bloc name for footnote 1: the épreuve title without its "(option …)". */
function blocName(model: SyntheseModel): string {
  const t = model.epreuveFiches?.title ?? '';
  return t.replace(/\s*\(option[^)]*\)\s*$/i, '').trim() || 'bloc 2';
}

function formHeading(model: SyntheseModel, side: string, outlineText?: string): Content[] {
  const e = model.epreuveFiches;
  const annex = annexLabel(e?.annexFiche);
  return [
    {
      text: `${annex ? annex.toUpperCase() + ' : ' : ''}Fiche descriptive de réalisation professionnelle ${side}`,
      bold: true,
      fontSize: 10,
      ...(outlineText ? { outline: true, outlineText } : {})
    },
    { text: epreuveLine(e), bold: true, fontSize: 9, margin: [0, 2, 0, 8] }
  ];
}

function label(l: string, value: string): Content {
  return { text: [{ text: l, bold: true }, value] };
}

/** Keeps the line breaks the student typed; blank lines separate paragraphs. */
function paragraphs(s: string, fontSize: number): Content {
  const parts = s.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return { text: '—', color: GREY, fontSize };
  return { stack: parts.map((p) => ({ text: p, fontSize, margin: [0, 0, 0, 4] })) };
}

function recto(model: SyntheseModel, f: FicheModel): Content[] {
  const c = model.candidat;
  const sup = (n: string): Content => ({ text: n, sup: true });
  const body: TableCell[][] = [
    [
      { text: 'DESCRIPTION D’UNE RÉALISATION PROFESSIONNELLE', bold: true, fillColor: FILL_HEAD },
      { text: [{ text: 'N° réalisation : ', bold: true }, String(f.numero)], fillColor: FILL_HEAD }
    ],
    [label('Nom, prénom : ', candidateName(model)), label('N° candidat : ', c.numero)],
    [
      // candidat.epreuve ticks one box; without it both stay empty, to be ticked by hand.
      { columns: [{ ...(box(c.epreuve === 'ponctuelle', 'Épreuve ponctuelle') as object), width: 'auto' }, { ...(box(c.epreuve === 'ccf', 'Contrôle en cours de formation') as object), width: 'auto', margin: [10, 0, 0, 0] }] } as TableCell,
      label('Date : ', '…… / …… / ……')
    ],
    [{ stack: [{ text: 'Organisation support de la réalisation professionnelle', bold: true }, { text: f.organisation, margin: [0, 2, 0, 0] }], colSpan: 2 }, {}],
    [{ stack: [{ text: 'Intitulé de la réalisation professionnelle', bold: true }, { text: f.intitule, margin: [0, 2, 0, 0] }], colSpan: 2 }, {}],
    [label('Période de réalisation : ', f.periode.display || f.periode.text), label('Lieu : ', f.lieu)],
    [
      {
        columns: [
          { text: 'Modalité :', bold: true, width: 'auto' },
          { ...(box(f.modalite === 'seul', 'Seul(e)') as object), width: 'auto', margin: [10, 0, 0, 0] },
          { ...(box(f.modalite === 'equipe', 'En équipe') as object), width: 'auto', margin: [10, 0, 0, 0] }
        ],
        colSpan: 2
      } as TableCell,
      {}
    ],
    [
      {
        stack: [
          { text: 'Compétences travaillées', bold: true, margin: [0, 0, 0, 2] },
          ...f.competences.map((k) => ({ ...(box(k.checked, k.title) as object), margin: [6, 1, 0, 0] }) as Content)
        ],
        colSpan: 2
      },
      {}
    ],
    [
      {
        stack: [
          { text: ['Conditions de réalisation', sup('1'), ' (ressources fournies, résultats attendus)'], bold: true, margin: [0, 0, 0, 2] },
          paragraphs(f.conditions, 9)
        ],
        colSpan: 2
      },
      {}
    ],
    [
      {
        stack: [
          { text: ['Modalités d’accès aux productions', sup('2'), ' et à leur documentation', sup('3')], bold: true, margin: [0, 0, 0, 2] },
          paragraphs(f.productions, 9)
        ],
        colSpan: 2
      },
      {}
    ]
  ];
  return [
    ...formHeading(model, '(recto)', `Fiche descriptive n° ${f.numero} — ${f.intitule}`),
    { table: { widths: ['*', 170], body, dontBreakRows: true }, layout: thinGrid, fontSize: 9 },
    {
      stack: [
        { text: [sup('1'), ` En référence aux conditions de réalisation et ressources nécessaires du bloc « ${blocName(model)} » prévues dans le référentiel de certification du BTS SIO.`] },
        { text: [sup('2'), ' ' + FOOTNOTE_2] },
        { text: [sup('3'), ' ' + FOOTNOTE_3] }
      ],
      fontSize: 6.5,
      color: GREY,
      margin: [0, 8, 0, 0]
    }
  ];
}

function verso(model: SyntheseModel, f: FicheModel): Content[] {
  const docs: Content[] =
    f.documents.length > 0
      ? [{ text: 'Productions et documents associés', bold: true, fontSize: 9, margin: [0, 6, 0, 2] }, { ul: f.documents, fontSize: 9 }]
      : [];
  return [
    { text: '', pageBreak: 'before', pageOrientation: 'portrait' },
    ...formHeading(model, '(verso, éventuellement pages suivantes)'),
    {
      table: {
        widths: ['*'],
        body: [
          [{ text: 'Descriptif de la réalisation professionnelle, y compris les productions réalisées et schémas explicatifs', bold: true, fillColor: FILL_HEAD }],
          [{ stack: [markdownPdf(f.description, 9, GREY), ...docs] }]
        ]
      },
      layout: thinGrid,
      fontSize: 9
    }
  ];
}

/** Recto then verso; the caller puts each fiche in its own portrait section. */
export function ficheContent(model: SyntheseModel, f: FicheModel): Content[] {
  return [...recto(model, f), ...verso(model, f)];
}
