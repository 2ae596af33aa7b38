/** Editor features of the dossier: completion, hover, code actions, symbols… (registered on the connection). */
import type { ServerContext } from '../server';

export function registerFeatures(_ctx: ServerContext): void {}
