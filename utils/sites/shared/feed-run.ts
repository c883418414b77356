// One activity in a site's home feed, as a site's feed reader gives it to the dashboard line (issue 12).

/** An activity shown in the feed: its id and the part of the feed entry that shows it (where the line goes). */
export interface FeedRun {
  activityId: string;
  part: Element;
}
