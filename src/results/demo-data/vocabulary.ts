/** Words for the demo data: Stockholm's units, the services they buy and supplier names. */
export const UNITS: readonly { name: string; area: string }[] = [
  { name: 'Fastighetskontoret', area: 'Innerstaden' },
  { name: 'Trafikkontoret', area: 'Söderort' },
  { name: 'Exploateringskontoret', area: 'Västerort' },
  { name: 'Utbildningsförvaltningen', area: 'Söderort' },
  { name: 'Socialförvaltningen', area: 'hela staden' },
  { name: 'Arbetsmarknadsförvaltningen', area: 'hela staden' },
  { name: 'Äldreförvaltningen', area: 'Västerort' },
  { name: 'Kulturförvaltningen', area: 'Innerstaden' },
  { name: 'Idrottsförvaltningen', area: 'Söderort' },
  { name: 'Miljöförvaltningen', area: 'hela staden' },
  { name: 'Serviceförvaltningen', area: 'hela staden' },
  { name: 'Stadsledningskontoret', area: 'hela staden' },
  { name: 'Rinkeby-Kista stadsdelsförvaltning', area: 'Rinkeby-Kista' },
  { name: 'Spånga-Tensta stadsdelsförvaltning', area: 'Spånga-Tensta' },
  { name: 'Skärholmens stadsdelsförvaltning', area: 'Skärholmen' },
  { name: 'Södermalms stadsdelsförvaltning', area: 'Södermalm' },
  { name: 'AB Svenska Bostäder', area: 'Järva' },
  { name: 'Stockholm Vatten och Avfall AB', area: 'hela staden' },
];

export const SERVICES: readonly { title: string; kind: 'SERVICES' | 'WORKS' | 'GOODS' }[] = [
  { title: 'Lokalvård i förskolor', kind: 'SERVICES' },
  { title: 'Skötsel av parker och grönytor', kind: 'SERVICES' },
  { title: 'Vinterväghållning', kind: 'SERVICES' },
  { title: 'Måltidstjänster', kind: 'SERVICES' },
  { title: 'Fastighetsskötsel', kind: 'SERVICES' },
  { title: 'Hemtjänst', kind: 'SERVICES' },
  { title: 'Flyttjänster', kind: 'SERVICES' },
  { title: 'Ombyggnad av skolgård', kind: 'WORKS' },
  { title: 'Renovering av stambyte', kind: 'WORKS' },
  { title: 'Gång- och cykelbana', kind: 'WORKS' },
  { title: 'Kontorsmöbler', kind: 'GOODS' },
  { title: 'Livsmedel', kind: 'GOODS' },
];

export const SUPPLIER_WORDS = {
  first: ['Stockholms', 'Mälardalens', 'Norrmalms', 'Söderns', 'Järva', 'Nordiska', 'Svea', 'Saltsjö', 'Brommas', 'Huddinge'],
  second: ['Städ', 'Bygg', 'Mark & Park', 'Fastighetsservice', 'Omsorg', 'Måltid', 'Entreprenad', 'Transport', 'Service'],
} as const;

export const PLACEMENT_KINDS = ['EMPLOYMENT', 'EMPLOYMENT', 'INTERNSHIP', 'APL', 'EXTRA_JOB', 'SUMMER_JOB'] as const;

export const DIALOGUE_CONTACT = { unit: 'Jobbtorg Stockholm', email: 'jobbtorg@stockholm.se' };

export const INITIATIVES = [
  'Mentorprogram för nyanlända i företaget',
  'Språkpraktik i samarbete med SFI',
  'Sommarjobb för unga i Järva',
  'Branschvalidering tillsammans med Jobbtorg',
] as const;

export const MILESTONES = ['Programmet startat', 'Första deltagargruppen klar', 'Utvärdering med staden'] as const;
