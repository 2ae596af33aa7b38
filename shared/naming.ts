/**
 * The client's door to the file-naming rules (server/src/core/naming.ts): `<nom>.sio.yaml`,
 * `<nom>.revue.yaml` and the exports beside them are spelled in that one module.
 */
export { dossierFileName, isDossierOrReviewPath, isDossierPath, isReviewPath, pdfPathFor, reviewPathFor, tableurPathFor } from '../server/src/core/naming';
