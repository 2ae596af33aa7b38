/** Teachers' review files (`*.revue.yaml`) and workspace-wide diagnostics. */
import type { ServerContext } from '../server';

export function registerReview(_ctx: ServerContext): void {}
