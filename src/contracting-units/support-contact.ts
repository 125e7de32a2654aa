/**
 * Whom a supplier turns to for the buyer's support in finding candidates from the target groups:
 * the contracting unit's registered contact, or the default (Jobbtorg Stockholm). The clause texts
 * print it.
 */
export interface SupportContact {
  /** The unit or function, e.g. "Jobbtorg Stockholm, arbetsmarknadsförvaltningen". */
  unit: string;
  name?: string;
  email?: string;
  phone?: string;
}
