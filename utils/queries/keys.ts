// Query keys for every cached site request, in one place so invalidation can target them.
export const queryKeys = {
  all: ['hardday'] as const,
  strava: {
    all: ['hardday', 'strava'] as const,
    activity: (id: string) => ['hardday', 'strava', 'activity', id] as const,
    laps: (id: string) => ['hardday', 'strava', 'laps', id] as const,
    recent: () => ['hardday', 'strava', 'recent'] as const,
  },
  garmin: {
    all: ['hardday', 'garmin'] as const,
    activity: (id: string) => ['hardday', 'garmin', 'activity', id] as const,
    splits: (id: string) => ['hardday', 'garmin', 'splits', id] as const,
    viewer: () => ['hardday', 'garmin', 'viewer'] as const,
    recent: () => ['hardday', 'garmin', 'recent'] as const,
  },
};
