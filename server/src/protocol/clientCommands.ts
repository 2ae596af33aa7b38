/**
 * Client commands that core features name in the code actions they return (the client
 * registers them). Here so that the core does not import the wire protocol; server/src/protocol/messages.ts
 * re-exports them.
 */

/**
 * Run by the `placeholder` quick fix (server → client, through a code action): selects a sample
 * value of the new-dossier template. Arguments: document URI, LSP range.
 */
export const SelectValueCommand = 'sio.selectValue' as const;
