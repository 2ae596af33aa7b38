/** The client's door to the template of a new dossier (server/src/core/template.ts), the one `sio-dossier nouveau` writes. */
export { dossierTemplate, exampleSession, type TemplateOption } from '../server/src/core/template';
