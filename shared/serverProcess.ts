/**
 * How the language server process is started, shared by the client that launches it
 * (client/src/languageClient.ts) and the server that checks it was (server/src/runtime/youngGeneration.ts).
 * Only constants here: no behaviour, nothing from the editor.
 *
 * V8's young generation stays at 1 MB per semi-space: left alone it grows to 16 MB per
 * semi-space (32 MB of new space) within a few keystrokes and stays resident, while a
 * keystroke's short-lived garbage is collected as cheaply in the small one (issue 16,
 * docs/PERFORMANCE.md).
 */
export const SERVER_SEMI_SPACE_MB = 1;

/** Node options of the server process, given by the client that launches it. */
export const SERVER_EXEC_ARGV: readonly string[] = [`--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`];
