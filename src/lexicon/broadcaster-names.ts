import { lookupOutlet, outletKind } from './outlets.js';

/**
 * "Points West", "Radio 4": a channel or regional programme named without its broadcaster, where
 * data/outlets.json lists it under the broadcaster's name ("BBC Points West"), is written with it; one outlet,
 * one name, whichever form the article uses. Other names, and a paper's short form ("Businessweek" of
 * "Bloomberg Businessweek": Bloomberg is no broadcaster), are returned as given.
 */
export function withBroadcasterName(name: string): string {
  const canonical = lookupOutlet(name);
  if (!canonical || canonical === name || !canonical.endsWith(` ${name}`)) return name;
  const broadcaster = lookupOutlet(canonical.slice(0, -name.length - 1));
  return broadcaster && outletKind(broadcaster) === 'broadcaster' ? canonical : name;
}
