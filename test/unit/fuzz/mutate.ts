/** Text mutations shared by the fuzz tests: character edits and line-level edits at a relative position. */

export type Mutation = { kind: 'insert' | 'delete' | 'replace'; at: number; len: number; text: string } | { kind: 'dupLine' | 'dropLine' | 'indent' | 'dedent'; at: number; len: number; text: string };

function lineAround(text: string, at: number): [number, number] {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  const e = text.indexOf('\n', at);
  return [s, e < 0 ? text.length : e + 1];
}

export function mutate(text: string, ms: Mutation[]): string {
  for (const m of ms) {
    const at = Math.floor((m.at as number) * text.length);
    const [ls, le] = lineAround(text, at);
    switch (m.kind) {
      case 'insert':
        text = text.slice(0, at) + m.text + text.slice(at);
        break;
      case 'delete':
        text = text.slice(0, at) + text.slice(at + m.len);
        break;
      case 'replace':
        text = text.slice(0, at) + m.text + text.slice(at + Math.min(m.len, 3));
        break;
      case 'dupLine':
        text = text.slice(0, le) + text.slice(ls, le) + text.slice(le);
        break;
      case 'dropLine':
        text = text.slice(0, ls) + text.slice(le);
        break;
      case 'indent':
        text = text.slice(0, ls) + '  ' + text.slice(ls);
        break;
      case 'dedent':
        text = text.slice(0, ls) + text.slice(ls).replace(/^ {1,2}/, '');
        break;
    }
  }
  return text;
}
