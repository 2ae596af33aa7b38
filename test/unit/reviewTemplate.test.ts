/**
 * « Relire ce dossier » (issue 24, point 6): the review file it creates beside a dossier is a
 * valid review at once — the reviewer's name, even with « : » or an apostrophe, today's local
 * date in the schema's form — where completion then offers « Nouvelle remarque ».
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoDate, reviewTemplate } from '../../client/src/commands/reviewTemplate';
import { parseDossier } from '../../server/src/core/parse';
import { checkReview, parseReview, reviewCompletions } from '../../server/src/core/review';

const lea = parseDossier(readFileSync(join(__dirname, '../fixtures/classe/lea-martin-sisr.sio.yaml'), 'utf8'));

describe('« Relire ce dossier »: the new review file', () => {
  it('is a valid review with the reviewer and today’s date, nothing to fix', () => {
    const text = reviewTemplate('Mme N’Diaye : prof. principale', new Date(2026, 11, 7, 23, 30), 'lea-martin-sisr.sio.yaml');
    const review = parseReview(text);
    assert.deepEqual(checkReview(review, lea), []);
    assert.equal(review.model.relecteur?.value, 'Mme N’Diaye : prof. principale');
    assert.equal(review.model.date?.value, '2026-12-07', 'local date, even late in the evening');
    assert.match(text, /^# Relecture de lea-martin-sisr\.sio\.yaml/);
  });

  it('ends on an empty line where completion offers « Nouvelle remarque »', () => {
    const text = reviewTemplate('M. Dupont', new Date(2026, 0, 5), 'lea.sio.yaml');
    assert.ok(text.endsWith('\n'));
    const labels = reviewCompletions(parseReview(text), lea, text.length).map((c) => c.label);
    assert.ok(labels.includes('Nouvelle remarque'), labels.join(', '));
    assert.equal(isoDate(new Date(2026, 0, 5)), '2026-01-05');
  });
});
