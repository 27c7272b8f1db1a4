/**
 * Short forms of English given names that are no prefix of the full one ("Mike" for "Michael",
 * "Bill" for "William"): news prints "Russ Vought" and "Russell Vought" in one story.
 */
const NICKNAMES = new Map(
  Object.entries({
    Mike: 'Michael', Mick: 'Michael', Bill: 'William', Billy: 'William', Will: 'William', Bob: 'Robert', Bobby: 'Robert',
    Rob: 'Robert', Jim: 'James', Jimmy: 'James', Tom: 'Thomas', Tommy: 'Thomas', Dick: 'Richard', Rick: 'Richard',
    Chuck: 'Charles', Charlie: 'Charles', Joe: 'Joseph', Tony: 'Anthony', Dave: 'David', Steve: 'Steven',
    Liz: 'Elizabeth', Beth: 'Elizabeth', Betsy: 'Elizabeth', Kate: 'Katherine', Katie: 'Katherine', Pete: 'Peter',
    Andy: 'Andrew', Ted: 'Edward', Ed: 'Edward', Eddie: 'Edward', Jack: 'John', Johnny: 'John', Bernie: 'Bernard',
    Ron: 'Ronald', Don: 'Donald', Greg: 'Gregory', Matt: 'Matthew', Josh: 'Joshua', Jeff: 'Jeffrey', Ken: 'Kenneth',
    Larry: 'Lawrence', Jerry: 'Gerald', Hank: 'Henry', Harry: 'Henry', Peggy: 'Margaret', Maggie: 'Margaret',
  }),
);

const canonical = (name: string) => NICKNAMES.get(name) ?? name;

/**
 * Whether two given names may name one person: the same after nicknames, or one the other's start
 * of three letters or more ("Russ" and "Russell", "Chris" and "Christopher", "Alex" and
 * "Alexandra"). Not "Jo" and "John" (too short), nor "Dan" and "Dana" (a longer name, not a start).
 */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [canonical(a), canonical(b)];
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 3 && long.length - short.length >= 2 && long.startsWith(short);
}
