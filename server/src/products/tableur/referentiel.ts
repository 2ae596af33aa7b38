/** Bloc 1 of the BTS SIO: the six competence columns of the tableau de synthèse. */
import { findReferentiel } from '../../core/referentiel';
import type { Bloc } from '../../core/referentiel/types';

export function tableauBloc(): Bloc {
  const bloc = findReferentiel('bts-sio')?.blocs.find((b) => b.id === 'B1');
  if (!bloc) throw new Error('référentiel bts-sio sans bloc B1');
  return bloc;
}
