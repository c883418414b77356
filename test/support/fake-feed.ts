// A feed in the test document, for the tests of what reads a dashboard's feed as it grows: entries are `<article>`s,
// and an entry of the viewer's own carries its activity id in `data-own`.

export interface FakeFeed {
  /** Appends an entry: the viewer's own when `own` (its activity id) is given, else someone else's. */
  addEntry(own?: string): void;
  /** The viewer's own entries as the page shows them, in order. */
  ownEntries(): HTMLElement[];
  remove(): void;
}

export function fakeFeed(): FakeFeed {
  const feed = document.createElement('main');
  document.body.append(feed);
  return {
    addEntry(own) {
      const entry = document.createElement('article');
      if (own) entry.dataset.own = own;
      feed.append(entry);
    },
    ownEntries: () => Array.from(feed.querySelectorAll<HTMLElement>('article[data-own]')),
    remove: () => feed.remove(),
  };
}
