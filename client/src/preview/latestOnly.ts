/**
 * Drops stale preview renders (model: VS Code markdown preview). Requests for the model
 * can answer out of order; only the answer to the latest request is shown, and never one
 * built from an older document version than the one already shown. Pure, unit-tested.
 */
export class LatestOnly {
  private requested = 0;
  private shownVersion = -Infinity;

  /** Call when sending a request; pass the ticket back to `accept`. */
  begin(): number {
    return ++this.requested;
  }

  /** True when this answer is the newest: then it becomes the shown version. */
  accept(ticket: number, version: number): boolean {
    if (ticket !== this.requested) return false;   // a newer request is in flight
    if (version < this.shownVersion) return false; // built from an older document
    this.shownVersion = version;
    return true;
  }

  /** After the page was reloaded from scratch, anything newer or equal may be shown. */
  reset(): void {
    this.shownVersion = -Infinity;
  }
}
