/** The four demo regions, each a set of German postal zones (first PLZ digit). */
export const DEMO_REGIONS = [
  { id: 'reg-ost', name: 'Ost', zones: ['0', '1'] },
  { id: 'reg-nord', name: 'Nord', zones: ['2', '3'] },
  { id: 'reg-west', name: 'West', zones: ['4', '5'] },
  { id: 'reg-sued', name: 'Süd', zones: ['6', '7', '8', '9'] },
] as const;

/** Cities with the two-digit postal prefixes they use; enough for plausible addresses. */
export const CITIES: ReadonlyArray<{ name: string; prefixes: readonly string[] }> = [
  { name: 'Dresden', prefixes: ['01'] },
  { name: 'Leipzig', prefixes: ['04'] },
  { name: 'Halle (Saale)', prefixes: ['06'] },
  { name: 'Chemnitz', prefixes: ['09'] },
  { name: 'Berlin', prefixes: ['10', '12', '13', '14'] },
  { name: 'Potsdam', prefixes: ['14'] },
  { name: 'Rostock', prefixes: ['18'] },
  { name: 'Hamburg', prefixes: ['20', '21', '22'] },
  { name: 'Lübeck', prefixes: ['23'] },
  { name: 'Kiel', prefixes: ['24'] },
  { name: 'Bremen', prefixes: ['28'] },
  { name: 'Oldenburg', prefixes: ['26'] },
  { name: 'Hannover', prefixes: ['30'] },
  { name: 'Braunschweig', prefixes: ['38'] },
  { name: 'Göttingen', prefixes: ['37'] },
  { name: 'Kassel', prefixes: ['34'] },
  { name: 'Düsseldorf', prefixes: ['40'] },
  { name: 'Duisburg', prefixes: ['47'] },
  { name: 'Essen', prefixes: ['45'] },
  { name: 'Dortmund', prefixes: ['44'] },
  { name: 'Münster', prefixes: ['48'] },
  { name: 'Köln', prefixes: ['50', '51'] },
  { name: 'Bonn', prefixes: ['53'] },
  { name: 'Aachen', prefixes: ['52'] },
  { name: 'Trier', prefixes: ['54'] },
  { name: 'Frankfurt am Main', prefixes: ['60', '65'] },
  { name: 'Mainz', prefixes: ['55'] },
  { name: 'Mannheim', prefixes: ['68'] },
  { name: 'Saarbrücken', prefixes: ['66'] },
  { name: 'Stuttgart', prefixes: ['70', '71'] },
  { name: 'Karlsruhe', prefixes: ['76'] },
  { name: 'Freiburg im Breisgau', prefixes: ['79'] },
  { name: 'Ulm', prefixes: ['89'] },
  { name: 'München', prefixes: ['80', '81', '85'] },
  { name: 'Augsburg', prefixes: ['86'] },
  { name: 'Regensburg', prefixes: ['93'] },
  { name: 'Nürnberg', prefixes: ['90'] },
  { name: 'Würzburg', prefixes: ['97'] },
  { name: 'Erfurt', prefixes: ['99'] },
];

export const FIRST_NAMES = [
  'Anna', 'Jörg', 'Lena', 'Tobias', 'Sophie', 'Jürgen', 'Marie', 'Lukas', 'Hannah', 'Felix',
  'Jana', 'Matthias', 'Katrin', 'Stefan', 'Lea', 'Björn', 'Sabine', 'Niklas', 'Özlem', 'Jonas',
  'Miriam', 'Sebastian', 'Ines', 'Florian', 'Carla', 'Ümit', 'Paula', 'Moritz', 'Elif', 'Dominik',
  'Franziska', 'Kai', 'Greta', 'Henrik', 'Nora', 'Malte', 'Svenja', 'Till', 'Zoë', 'René',
] as const;

export const LAST_NAMES = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz',
  'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann',
  'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner',
  'Krause', 'Meier', 'Lehmann', 'Köhler', 'Herrmann', 'König', 'Walter', 'Mayer', 'Huber',
  'Kaiser', 'Fuchs', 'Peters', 'Yılmaz',
] as const;

export const COMPANY_STEMS = [
  'Nordlicht', 'Alpenblick', 'Rheintal', 'Elbufer', 'Spreewerk', 'Mainfeld', 'Isarstein',
  'Weserland', 'Havelstrom', 'Moselgrün', 'Donauhof', 'Schwarzwald', 'Ostsee', 'Harzwerk',
  'Lindenbaum', 'Eichenhain', 'Sonnenfeld', 'Brückner', 'Großmann', 'Küster', 'Bäcker & Söhne',
  'Hübner', 'Löwenherz', 'Fährmann', 'Würth-Kramer', 'Sägewerk Ost', 'Grünewald', 'Falkenberg',
] as const;

export const INDUSTRIES = [
  'Maschinenbau', 'Logistik', 'Elektrotechnik', 'Lebensmittel', 'Bauelemente', 'Medizintechnik',
  'Kunststofftechnik', 'Druckerei', 'Autohaus', 'Großhandel', 'Energietechnik', 'Möbelwerk',
  'Verpackung', 'Labortechnik', 'Landtechnik', 'Software', 'Textil', 'Brauerei',
] as const;

export const LEGAL_FORMS = ['GmbH', 'AG', 'GmbH & Co. KG', 'KG', 'e.K.', 'OHG'] as const;
