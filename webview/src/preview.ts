/**
 * The preview page's script (bundled to dist/webview/preview.js). The page arrives with its
 * body already rendered; this script then
 *  - applies `update` messages by re-rendering the body in place with the same pure
 *    renderer the extension used, keeping the scroll position, and ignores versions older
 *    than the last one applied (model: VS Code markdown preview, patch instead of reset);
 *  - highlights the réalisation under the editor's cursor (`highlight`);
 *  - tells the extension about clicks: a row → `reveal`, a link → `openLink` (never opened
 *    from the page itself), the toolbar → `exportPdf`;
 *  - in a narrow panel, folds the sub-competence lists and adds a scrollbar above the table;
 *  - keeps the document URI and scroll position in `setState` for the panel serializer.
 * Opened as a plain file (sio-dossier preview), there is no VS Code API: links stay links
 * and a click only highlights.
 */
import { renderEmptyBody, renderSyntheseBody } from '../../shared/render';
import {
  isPreviewState, isToPageMessage, type FromPageMessage, type HighlightMessage, type UpdateMessage
} from './messages';

interface VsCodeApi {
  postMessage(message: FromPageMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}

const acquire = (globalThis as { acquireVsCodeApi?: () => VsCodeApi }).acquireVsCodeApi;
const vscode: VsCodeApi | undefined = typeof acquire === 'function' ? acquire() : undefined;

const root = document.getElementById('sio-preview');

let source = root?.dataset.source ?? '';
let lastVersion = Number(root?.dataset.version ?? '-1');
let highlighted: string | null = null;

function saveState(): void {
  vscode?.setState({ source, scrollY: window.scrollY });
}

function applyHighlight(scroll: boolean): void {
  if (!root) return;
  for (const el of Array.from(root.querySelectorAll('.is-highlighted'))) el.classList.remove('is-highlighted');
  if (highlighted === null) return;
  const matches = Array.from(root.querySelectorAll<HTMLElement>('[data-realisation]'))
    .filter((el) => el.dataset.realisation === highlighted);
  for (const el of matches) el.classList.add('is-highlighted');
  // 'nearest' leaves the page still when the row is already visible.
  if (scroll && matches[0]) matches[0].scrollIntoView({ block: 'nearest' });
  // A table wider than the panel: bring the row's first mark into view too (the sticky first
  // column is kept clear by the container's scroll-padding, preview.css).
  const tick = scroll ? matches[0]?.querySelector<HTMLElement>('td.is-ticked') : null;
  if (tick) tick.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * A second horizontal scrollbar above each table that is wider than its box (narrow panels,
 * preview.css), kept in step with the box's own: the bottom one is far down a long table.
 */
function syncTopScrollbars(): void {
  if (!root) return;
  for (const box of Array.from(root.querySelectorAll<HTMLElement>('.tableau'))) {
    let bar = box.previousElementSibling as HTMLElement | null;
    if (!bar?.classList.contains('hscroll-top')) {
      bar = document.createElement('div');
      bar.className = 'hscroll-top';
      bar.setAttribute('aria-hidden', 'true');
      bar.appendChild(document.createElement('div'));
      box.before(bar);
      const top = bar;
      top.addEventListener('scroll', () => { if (box.scrollLeft !== top.scrollLeft) box.scrollLeft = top.scrollLeft; }, { passive: true });
      box.addEventListener('scroll', () => { if (top.scrollLeft !== box.scrollLeft) top.scrollLeft = box.scrollLeft; }, { passive: true });
    }
    (bar.firstElementChild as HTMLElement).style.width = `${box.scrollWidth}px`;
    bar.classList.toggle('is-useless', box.scrollWidth <= box.clientWidth);
  }
}
window.addEventListener('resize', syncTopScrollbars);

function applyUpdate(msg: UpdateMessage): void {
  if (!root) return;
  if (msg.source === source && msg.version < lastVersion) return; // stale: a newer one is shown
  const sameDocument = msg.source === source;
  const x = window.scrollX;
  const y = window.scrollY;
  root.innerHTML = msg.model ? renderSyntheseBody(msg.model) : renderEmptyBody(root.dataset.empty ?? '');
  source = msg.source;
  lastVersion = msg.version;
  root.dataset.source = source;
  root.dataset.version = String(msg.version);
  applyHighlight(false);
  syncTopScrollbars();
  // Same height before and after in the common case: the reader stays where they were.
  window.scrollTo(sameDocument ? x : 0, sameDocument ? y : 0);
  saveState();
}

function applyHighlightMessage(msg: HighlightMessage): void {
  if (msg.source !== source) return;
  highlighted = msg.realisationId;
  applyHighlight(true);
}

window.addEventListener('message', (event: MessageEvent) => {
  const msg: unknown = event.data;
  if (!isToPageMessage(msg)) return;
  if (msg.type === 'update') applyUpdate(msg);
  else applyHighlightMessage(msg);
});

function activateRow(row: HTMLElement): void {
  const id = row.dataset.realisation ?? '';
  const line = Number(row.dataset.line);
  if (vscode && Number.isInteger(line) && line >= 0) {
    vscode.postMessage({ type: 'reveal', source, realisationId: id, line });
  } else {
    highlighted = id;
    applyHighlight(false);
  }
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  const link = target.closest<HTMLAnchorElement>('a');
  if (link) {
    // In VS Code a link of the dossier (untrusted content) opens only after the user agrees:
    // no default navigation, and no bubbling up to the webview host's own window listener,
    // which would open it through a second path (did-click-link) with a second prompt. The
    // extension re-checks the address (http/https only) and asks once. In a browser (the
    // standalone page) the link works as is.
    if (vscode) {
      event.preventDefault();
      event.stopPropagation();
      // A document's link carries data-href; a link written in a Markdown descriptif, its href.
      const href = link.dataset.href ?? link.getAttribute('href');
      if (href) vscode.postMessage({ type: 'openLink', source, href });
    }
    return;
  }
  // Narrow panel: the folded sub-competence lists open and close together.
  const subs = target.closest<HTMLElement>('tr.sub-competence-row');
  if (subs) {
    subs.classList.toggle('is-open');
    syncTopScrollbars();
    return;
  }
  const command = target.closest<HTMLElement>('[data-command]');
  if (command?.dataset.command === 'exportPdf' || command?.dataset.command === 'exportTableur') {
    vscode?.postMessage({ type: command.dataset.command, source });
    return;
  }
  const row = target.closest<HTMLElement>('[data-realisation][data-line]');
  if (row) activateRow(row);
});

// Middle click on a link: nothing opens from the webview either.
document.addEventListener('auxclick', (event) => {
  if (vscode && event.target instanceof Element && event.target.closest('a')) {
    event.preventDefault();
    event.stopPropagation();
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || !(event.target instanceof HTMLElement)) return;
  if (event.target.matches('tr.realisation[data-realisation]')) activateRow(event.target);
});

let scrollPending = false;
window.addEventListener('scroll', () => {
  if (scrollPending) return;
  scrollPending = true;
  requestAnimationFrame(() => {
    scrollPending = false;
    saveState();
  });
}, { passive: true });

// After a reload (panel serializer), come back where the reader was.
const previous = vscode?.getState();
if (isPreviewState(previous) && previous.source === source) window.scrollTo(0, previous.scrollY);
else saveState();
syncTopScrollbars();
document.documentElement.dataset.previewReady = 'true';
