import * as v from 'valibot';

/** The viewer's own activity ids in a site's feed, as the page's detector or dashboard line read them. */
export const FeedIdsSchema = v.pipe(v.array(v.pipe(v.string(), v.regex(/^\d{1,20}$/))), v.maxLength(100));
