/** What every rule receives: the located model, the résolved référentiel, the clock, the settings. */
import type { Catalog } from '../catalog';
import type { DossierModel } from '../model';
import type { Referentiel } from '../referentiel/types';
import type { Finding } from '../finding';
import type { FileProbe } from '../localFiles';
import type { SioSettings } from '../../protocol/settings';

export interface RuleContext {
  source: string;
  model: DossierModel;
  ref: Referentiel;
  catalog: Catalog;
  session: number | null;
  now: Date;
  settings: SioSettings;
  /** The dossier's folder as the caller sees it; absent (e.g. an unsaved document): existence is not checked. */
  files?: FileProbe;
}

export type Rule = (ctx: RuleContext) => Finding[];
