/**
 * The client's and the webview's door to the custom LSP messages: they are declared once, with
 * the wire types they carry, in server/src/protocol/ (owned by the protocol; the core and the
 * products import them, never the reverse). test/unit/architecture.test.ts keeps the client
 * and the webview on this side of the door.
 */
export * from '../server/src/protocol/messages';
export * from '../server/src/protocol/fs';
