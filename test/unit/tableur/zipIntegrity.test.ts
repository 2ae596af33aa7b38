/**
 * A workbook whose zip is damaged in transit (a USB key, a truncated mail attachment) is named
 * « endommagé », never read silently wrong: each entry's CRC-32 is checked as it is read.
 * The workbook is made by openpyxl (test/fixtures/tableur/producers/openpyxl_stored.py).
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gridsOf } from '../../../server/src/node/tableurImport';
import { crc32 } from '../../../server/src/products/tableur/zip';
import { tmpDir } from '../../support/tableur';

function openpyxlStored(): Buffer {
  const file = path.join(tmpDir(), 'tableau.xlsx');
  execFileSync('/usr/bin/python3', [path.resolve(__dirname, '../../fixtures/tableur/producers/openpyxl_stored.py'), file], { stdio: 'pipe', timeout: 60_000 });
  return readFileSync(file);
}

describe('tableur: a corrupt part of a workbook is « endommagé », never read wrong', function () {
  this.timeout(60_000);

  it('crc32 is the zip’s (IEEE) checksum', () => {
    assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
    const whole = new TextEncoder().encode('Installation d’un serveur GLPI');
    assert.equal(crc32(whole.subarray(10), crc32(whole.subarray(0, 10))), crc32(whole), 'continued over chunks');
  });

  it('the intact workbook reads; one byte changed in its sheet is refused as « endommagé »', async () => {
    const bytes = openpyxlStored();
    const grids = await gridsOf(bytes, 'tableau.xlsx');
    assert.equal(grids[0].text(1, 1), 'NOM et prénoms : ÉTUDIANT Alpha');
    const at = bytes.indexOf('TUDIANT Alpha');
    assert.ok(at > 0, 'the text is stored, not compressed');
    const damaged = Buffer.from(bytes);
    damaged[at + 'TUDIANT '.length + 1] = 'A'.charCodeAt(0); // « Alpha » becomes « AApha »
    await assert.rejects(gridsOf(damaged, 'tableau.xlsx'), /« tableau\.xlsx » est endommagé .*xl\/worksheets\/sheet1\.xml est corrompu \(somme de contrôle CRC-32 fausse\)/);
  });
});
