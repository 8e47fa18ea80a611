import { extractArticle } from '../../src/pipeline/process.js';
import type { ArticleResult } from '../../src/types.js';

/** Three short articles of our own: a film interview, a council story with markup injected, a profane sports line. */
export function fixtureResults(): ArticleResult[] {
  return [
    extractArticle(
      'Director Maya Lindqvist spent four winters on the coast to shoot "Salt Line", her first feature.\n\n' +
        '"We waited for storms the way other crews wait for sunshine, and the sea never once let us down," Lindqvist told Variety.\n\n' +
        'The producer, Omar Haddad, said the budget had doubled. "It was worth every cent," he said.',
      { id: 'film/salt-line', title: 'Four winters for "Salt Line"', url: 'https://example.org/salt-line', outlet: 'Example Film' },
    ),
    extractArticle(
      'Councillor Jane Porter called the bus plan "a damn mess" on Tuesday.\n\n' +
        '"Nobody asked the people who ride these buses every single morning <script>window.__pwned = 1</script>," Porter said.\n\n' +
        '<img src=x onerror="window.__pwned = 2"> Transit chief Luis Ortega said the routes would be reviewed by March. </script><!-- \u2028',
      { id: 'news/buses', title: 'Bus plan <b>under fire</b>', url: 'javascript:window.__pwned=3' },
    ),
    extractArticle(
      '"This whole damn season has been the most fun I have ever had in a dressing room," striker Tom Reyes told the BBC.\n\n' +
        'Reyes scored twice on Saturday.',
      { id: 'sport/reyes', title: 'Reyes enjoys his season' },
    ),
  ];
}
