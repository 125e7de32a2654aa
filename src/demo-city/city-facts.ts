import { withCheckDigit } from '../common/org-number/org-number';

/**
 * The demo city's cast: invented units, companies, pact members and staff. Names are made up;
 * organisation numbers are valid (check digit) but chosen from one series so the city is easy to
 * recognise, and no person has a personal identity number anywhere.
 */

/** The unit every demo run looks for first: when it exists, the city is already built. */
export const CITY_MARKER_UNIT = 'Arbetsmarknadsnämnden';

export interface UnitFacts {
  name: string;
  supportUnit: string;
  contact: string;
  email: string;
  phone: string;
  /** The letterhead's colour band, RGB. */
  colour: [number, number, number];
}

export const UNITS: UnitFacts[] = [
  { name: CITY_MARKER_UNIT, supportUnit: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen', contact: 'Lina Åberg', email: 'jobbtorg@demo.stockholm.se', phone: '08-508 00 508', colour: [0, 60, 140] },
  { name: 'Fastighetsnämnden', supportUnit: 'Fastighetskontorets upphandlingsenhet', contact: 'Oskar Berglund', email: 'fastighet@demo.stockholm.se', phone: '08-508 27 000', colour: [0, 110, 90] },
  { name: 'Trafiknämnden', supportUnit: 'Trafikkontorets avdelning för anläggning', contact: 'Maja Lindqvist', email: 'trafik@demo.stockholm.se', phone: '08-508 26 000', colour: [200, 120, 0] },
  { name: 'Utbildningsnämnden', supportUnit: 'Utbildningsförvaltningens inköpsfunktion', contact: 'Samir Haddad', email: 'utbildning@demo.stockholm.se', phone: '08-508 33 000', colour: [130, 30, 110] },
  { name: 'Äldrenämnden', supportUnit: 'Äldreförvaltningens upphandlingsstöd', contact: 'Helena Nyberg', email: 'aldre@demo.stockholm.se', phone: '08-508 36 000', colour: [180, 30, 40] },
  { name: 'Idrottsnämnden', supportUnit: 'Idrottsförvaltningens anläggningsenhet', contact: 'Jonas Ekholm', email: 'idrott@demo.stockholm.se', phone: '08-508 27 500', colour: [40, 120, 180] },
];

/** The n-th organisation number of the demo series 559900NNN + check digit. */
export const demoOrgNumber = (n: number): string => withCheckDigit(`559900${String(n).padStart(3, '0')}`);

export interface SupplierFacts {
  name: string;
  city: string;
  street: string;
  postalCode: string;
  email: string;
}

export const SUPPLIERS: SupplierFacts[] = [
  { name: 'Söderservice Lokalvård AB', city: 'Stockholm', street: 'Ringvägen 52', postalCode: '118 67', email: 'anbud@soderservice.example' },
  { name: 'Norrort Bygg & Anläggning AB', city: 'Sollentuna', street: 'Kung Hans väg 3', postalCode: '192 68', email: 'upphandling@norrortbygg.example' },
  { name: 'Mälardalens Måltider AB', city: 'Stockholm', street: 'Västberga allé 36', postalCode: '126 30', email: 'kontakt@malarmaltider.example' },
  { name: 'Grön Mark Skötsel AB', city: 'Huddinge', street: 'Häradsvägen 12', postalCode: '141 41', email: 'info@gronmark.example' },
  { name: 'Omsorgshuset i Stockholm AB', city: 'Stockholm', street: 'Fleminggatan 20', postalCode: '112 26', email: 'anbud@omsorgshuset.example' },
  { name: 'Kista Fastighetsdrift AB', city: 'Stockholm', street: 'Torshamnsgatan 28', postalCode: '164 40', email: 'drift@kistafastighet.example' },
  { name: 'Stadsljus Elinstallation AB', city: 'Solna', street: 'Råsundavägen 100', postalCode: '169 57', email: 'offert@stadsljus.example' },
  { name: 'Skärgårdens Transport AB', city: 'Nacka', street: 'Värmdövägen 84', postalCode: '131 54', email: 'trafik@skargardstransport.example' },
  { name: 'Bredäng Tvätt & Textil AB', city: 'Stockholm', street: 'Stora Sällskapets väg 11', postalCode: '127 48', email: 'order@bredangtvatt.example' },
  { name: 'Järva Snöröjning AB', city: 'Stockholm', street: 'Rinkebysvängen 70', postalCode: '163 74', email: 'jour@jarvasno.example' },
  { name: 'Hammarby Måleri AB', city: 'Stockholm', street: 'Hammarby allé 47', postalCode: '120 65', email: 'info@hammarbymaleri.example' },
  { name: 'Liljeholmens Kontorsmaterial AB', city: 'Stockholm', street: 'Liljeholmsvägen 18', postalCode: '117 61', email: 'order@liljeholmenkontor.example' },
];

export type MemberLetter = 'ACTIVE' | 'EXPIRING' | 'EXPIRED';

export interface MemberFacts {
  name: string;
  kind: 'COMPANY' | 'CITY_COMPANY' | 'PUBLIC_AGENCY' | 'CIVIL_SOCIETY';
  sector: string;
  sizeBand: 'EMPLOYEES_0_9' | 'EMPLOYEES_10_49' | 'EMPLOYEES_50_249' | 'EMPLOYEES_250_PLUS';
  contactName: string;
  /** Which supplier it is (same organisation number), if any. */
  supplier?: number;
  letter: MemberLetter;
  /** Days ago of each check-in held. */
  checkIns: number[];
}

export const MEMBERS: MemberFacts[] = [
  { name: SUPPLIERS[0].name, kind: 'COMPANY', sector: 'Lokalvård', sizeBand: 'EMPLOYEES_250_PLUS', contactName: 'Amira Karlsson', supplier: 0, letter: 'ACTIVE', checkIns: [40, 220] },
  { name: SUPPLIERS[1].name, kind: 'COMPANY', sector: 'Bygg', sizeBand: 'EMPLOYEES_50_249', contactName: 'Peter Holm', supplier: 1, letter: 'EXPIRING', checkIns: [300] },
  { name: 'Stockholm Vatten och Avfall', kind: 'CITY_COMPANY', sector: 'Vatten och avfall', sizeBand: 'EMPLOYEES_250_PLUS', contactName: 'Sara Öhman', letter: 'ACTIVE', checkIns: [15] },
  { name: 'Föreningen Språkvän Stockholm', kind: 'CIVIL_SOCIETY', sector: 'Civilsamhälle', sizeBand: 'EMPLOYEES_0_9', contactName: 'Nadia Rahimi', letter: 'EXPIRED', checkIns: [] },
  { name: SUPPLIERS[4].name, kind: 'COMPANY', sector: 'Vård och omsorg', sizeBand: 'EMPLOYEES_250_PLUS', contactName: 'Erik Sandberg', supplier: 4, letter: 'ACTIVE', checkIns: [90] },
  { name: 'Kulturhuset Demo Stiftelse', kind: 'CIVIL_SOCIETY', sector: 'Kultur', sizeBand: 'EMPLOYEES_10_49', contactName: 'Ingrid Wallin', letter: 'EXPIRING', checkIns: [] },
];

export interface StaffFacts {
  role: 'admin' | 'officer' | 'pact_office' | 'matcher' | 'supplier';
  email: string;
  name: string;
  /** The supplier (index into SUPPLIERS) a supplier user works for. */
  supplier?: number;
}

export const STAFF: StaffFacts[] = [
  { role: 'admin', email: 'admin@demo.stockholm.se', name: 'Karin Admin (demo)' },
  { role: 'officer', email: 'handlaggare@demo.stockholm.se', name: 'Olof Handläggare (demo)' },
  { role: 'pact_office', email: 'kansliet@demo.stockholm.se', name: 'Pia Kansli (demo)' },
  { role: 'matcher', email: 'matchning@demo.stockholm.se', name: 'Mats Matchning, Jobbtorg Stockholm (demo)' },
  { role: 'supplier', email: 'hr@soderservice.example', name: 'Selma Söder (demo)', supplier: 0 },
  { role: 'supplier', email: 'hr@norrortbygg.example', name: 'Nils Norrort (demo)', supplier: 1 },
];
