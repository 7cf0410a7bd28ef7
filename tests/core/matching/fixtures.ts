/**
 * Fictional news accounts written for these tests (places, people and outlets invented).
 * Events come in pairs of the same kind, like ECB+'s hard negatives: two bridge collapses,
 * two earthquakes, one mayor in two unrelated stories. Some accounts are full reports,
 * some a headline and lead only, some in Title Case, some without a date.
 */
import type { AccountInput } from '../../../core/matching/account';

export interface Fixture extends AccountInput {
  /** Which real-world event the account reports. */
  event: string;
}

const at = (day: number, hour = 12): string => new Date(Date.UTC(2025, 2, day, hour)).toISOString();

export const FIXTURES: Fixture[] = [
  {
    id: 'norvik-1',
    event: 'norvik-bridge',
    outlet: 'Harbour Gazette',
    url: 'https://harbour-gazette.example/2025/03/norvik-bridge-collapse',
    date: at(4, 9),
    title: 'Part of Norvik harbour bridge collapses, four injured',
    text:
      'A section of the Kessel Bridge in Norvik collapsed into the harbour early on Tuesday, injuring four people, the city fire service said.\n\n' +
      'Fire chief Aldo Renner said two cars had been on the span when it gave way. "We were lucky the morning traffic had not started," Renner told reporters at the scene.\n\n' +
      'The 1962 bridge had been closed to lorries since an inspection last year found corrosion in its steel cables. Mayor Ilse Varga ordered all harbour crossings shut pending checks.',
  },
  {
    id: 'norvik-2',
    event: 'norvik-bridge',
    outlet: 'Northern Wire',
    url: 'https://northern-wire.example/news/48211',
    date: at(4, 15),
    title: 'Kessel Bridge Collapse: Mayor Shuts Norvik Harbour Crossings',
    text: 'Norvik mayor Ilse Varga closed every harbour crossing on Tuesday after part of the Kessel Bridge fell into the water, leaving four people hurt. Fire chief Aldo Renner said the morning traffic "had not started", sparing lives.',
  },
  {
    id: 'norvik-3',
    event: 'norvik-bridge',
    outlet: 'Radio Varn',
    url: null,
    date: null,
    title: null,
    text:
      'Engineers in Norvik began examining the wreckage of the Kessel Bridge, a day after a span collapsed and injured four people. ' +
      'Corrosion in the steel cables of the 1962 structure had been reported last year, according to documents seen by Radio Varn. Mayor Ilse Varga has promised an independent inquiry.',
  },
  {
    id: 'castelmar-1',
    event: 'castelmar-bridge',
    outlet: 'Southern Courier',
    url: 'https://southern-courier.example/castelmar-footbridge',
    date: at(5, 10),
    title: 'Castelmar footbridge gives way during festival, dozens rescued',
    text:
      'A wooden footbridge over the Olla river in Castelmar gave way on Wednesday evening during the town\'s spring festival, sending dozens of people into shallow water. ' +
      'Rescue coordinator Marta Ocampo said 31 people were treated for minor injuries. "The crowd was simply too heavy for it," Ocampo said. Police have opened an investigation into the organisers.',
  },
  {
    id: 'castelmar-2',
    event: 'castelmar-bridge',
    outlet: 'Valley Post',
    url: null,
    date: at(6, 8),
    title: 'Festival footbridge collapse in Castelmar: 31 treated',
    text: 'Thirty-one people were treated after a crowded footbridge over the Olla river collapsed during Castelmar\'s spring festival, rescue coordinator Marta Ocampo said, adding that the crowd was "simply too heavy" for the structure.',
  },
  {
    id: 'valdoria-1',
    event: 'valdoria-quake',
    outlet: 'Northern Wire',
    url: 'https://northern-wire.example/news/48302',
    date: at(10, 3),
    title: 'Magnitude 6.2 earthquake strikes Valdoria, villages cut off',
    text:
      'A magnitude 6.2 earthquake struck the mountain province of Valdoria before dawn on Monday, cutting off several villages around the town of Perast. ' +
      'The national seismic institute said the quake was centred 12 kilometres north of Perast. Governor Tomas Lind said rescuers were still trying to reach Gornje Selo.',
  },
  {
    id: 'valdoria-2',
    event: 'valdoria-quake',
    outlet: 'Harbour Gazette',
    url: null,
    date: at(10, 11),
    title: 'Quake near Perast leaves mountain villages isolated',
    text: 'Rescuers struggled on Monday to reach villages near Perast in Valdoria after a 6.2 magnitude quake blocked roads, governor Tomas Lind said.',
  },
  {
    id: 'mirenza-1',
    event: 'mirenza-quake',
    outlet: 'Southern Courier',
    url: null,
    date: at(11, 20),
    title: 'Earthquake shakes Mirenza coast, old town damaged',
    text:
      'A magnitude 5.4 earthquake shook the Mirenza coast on Tuesday night, damaging churches in the old town of Belcasto. ' +
      'Civil protection chief Paola Greco said no deaths had been reported. "The old town took the worst of it," Greco said.',
  },
  {
    id: 'mirenza-2',
    event: 'mirenza-quake',
    outlet: 'Valley Post',
    url: null,
    date: at(12, 7),
    title: 'Belcasto churches damaged as 5.4 quake hits Mirenza',
    text: 'Churches in Belcasto\'s old town were damaged when a 5.4 magnitude earthquake hit the Mirenza coast, civil protection chief Paola Greco said, adding that no deaths had been reported.',
  },
  {
    id: 'varga-budget',
    event: 'varga-budget',
    outlet: 'Harbour Gazette',
    url: null,
    date: at(28, 12),
    title: 'Norvik mayor Ilse Varga presents city budget',
    text: 'Mayor Ilse Varga presented Norvik\'s budget for next year to the city council on Friday, with more money for schools and public transport and a freeze on parking fees.',
  },
];

/** The ids of the other accounts of the same event. */
export function mates(id: string): string[] {
  const event = FIXTURES.find((f) => f.id === id)!.event;
  return FIXTURES.filter((f) => f.event === event && f.id !== id).map((f) => f.id);
}
