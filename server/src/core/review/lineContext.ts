/**
 * Where the cursor is in a review file, read from the indentation (the line may be half typed):
 * the enclosing keys, the key whose value is typed, the word at hand. Shared by the review
 * service's completion and hover (features/), structure.ts and validationEditor.ts.
 */
export interface LineContext {
  /** Keys of the enclosing mappings, innermost first. */
  parents: string[];
  /** Key of the current line when the cursor is in its value, else null. */
  key: string | null;
  /** True when the cursor is on a `- ` list item with no key. */
  item: boolean;
  /** The word before the cursor and where it starts. */
  word: string;
  wordStart: number;
  /** The current line's indentation (a `- ` counts as indentation). */
  indent: number;
}

const KEY_LINE = /^(\s*)(-\s+)?([^\s:#"'-][^:#]*?)\s*:(?:\s|$)/;

/** The YAML context at `offset`, read from the indentation (the line may be half typed). */
export function lineContext(source: string, offset: number): LineContext {
  const lineStart = offset > 0 ? source.lastIndexOf('\n', offset - 1) + 1 : 0;
  const prefix = source.slice(lineStart, offset);
  const word = /[^\s:"'\[\],{}]*$/.exec(prefix)![0];
  const kv = /^\s*(?:-\s+)?([^\s:#"'-][^:#]*?)\s*:\s*["']?[^"']*$/.exec(prefix);
  const key = kv ? kv[1].trim() : null;
  const lead = /^(\s*)(-\s+)?/.exec(prefix)!;
  const item = !!lead[2];
  // The column under which parents are searched: a list item's dash, else the line's indentation.
  let limit = lead[1].length;
  const parents: string[] = [];
  let end = lineStart - 1;
  while (end >= 0 && limit > 0) {
    // end === 0: the first line is empty. lastIndexOf with a negative index searches from 0 and
    // would find that very '\n' again, looping forever (the server froze).
    const start = end > 0 ? source.lastIndexOf('\n', end - 1) + 1 : 0;
    const line = source.slice(start, end);
    end = start - 1;
    if (line.trim() && !/^\s*#/.test(line)) {
      const ind = /^(\s*)/.exec(line)![1].length;
      if (ind < limit) {
        const m = KEY_LINE.exec(line);
        const dash = /^\s*-(\s|$)/.test(line);
        // A `- key: value` line above is the enclosing list item: its dash column is the new
        // limit, its key a sibling of ours rather than a parent.
        if (m && !dash) parents.push(m[3].trim());
        limit = ind;
      }
    }
    if (start === 0) break;
  }
  return { parents, key, item: item && !key, word, wordStart: offset - word.length, indent: lead[0].length };
}


/** Where the word under the cursor ends. */
export function wordEnd(source: string, offset: number): number {
  const m = /^[^\s:"'\[\],{}]*/.exec(source.slice(offset))!;
  return offset + m[0].length;
}

