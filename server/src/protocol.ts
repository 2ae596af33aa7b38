/**
 * The custom LSP messages, for the server's own files: declared once in shared/protocol.ts
 * (the module the client and the webview import too). The settings type belongs to the core
 * (core/settings.ts); the protocol carries it.
 */
export * from '../../shared/protocol';
