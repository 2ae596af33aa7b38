/** Resolves once the language client is running: a view may open before the server is up. */
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

export function whenRunning(client: LanguageClient): Promise<void> {
  if (client.state === State.Running) return Promise.resolve();
  return new Promise((resolve) => {
    const sub = client.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        sub.dispose();
        resolve();
      }
    });
  });
}
