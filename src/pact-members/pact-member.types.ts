/** The kinds of organisation that can join the integration pact (seed: "Deltagande aktörer"). */
export enum PactMemberKind {
  Company = 'COMPANY',
  /** Kommunalt bolag. */
  CityCompany = 'CITY_COMPANY',
  /** Statlig myndighet or other public agency. */
  PublicAgency = 'PUBLIC_AGENCY',
  /** Idéburen organisation / civilsamhället. */
  CivilSociety = 'CIVIL_SOCIETY',
}

/** Number of employees. */
export enum SizeBand {
  Employees0To9 = 'EMPLOYEES_0_9',
  Employees10To49 = 'EMPLOYEES_10_49',
  Employees50To249 = 'EMPLOYEES_50_249',
  Employees250Plus = 'EMPLOYEES_250_PLUS',
}

/** The pact's five activities a member can commit to in its letter of intent (avsiktsförklaring). */
export enum PactActivity {
  /** Jobbpartner. */
  JobPartner = 'JOB_PARTNER',
  /** Stockholmsmentor. */
  StockholmMentor = 'STOCKHOLM_MENTOR',
  AdvisoryBoard = 'ADVISORY_BOARD',
  /** Social klausul i upphandling. */
  SocialClause = 'SOCIAL_CLAUSE',
  /** Innovationsmöten. */
  InnovationMeetings = 'INNOVATION_MEETINGS',
}

/** Derived from the member's current letter of intent and today's date; never stored. */
export enum MemberStatus {
  /** The current letter is valid today and ends later than the expiry warning window. */
  Active = 'ACTIVE',
  /** The current letter is valid today but ends within the warning window. */
  Expiring = 'EXPIRING',
  /** The current letter ended before today. */
  Expired = 'EXPIRED',
  /** The current letter is signed but starts after today. */
  Upcoming = 'UPCOMING',
  NoLetter = 'NO_LETTER',
}

/** How a supplier came to be linked to a member. */
export enum LinkMatch {
  /** Same organisation number: linked without being asked. */
  OrgNumber = 'ORG_NUMBER',
  /** Chosen by the pact office, e.g. a subsidiary of a member group. */
  Manual = 'MANUAL',
}

export enum InvitationOutcome {
  Pending = 'PENDING',
  Joined = 'JOINED',
  Declined = 'DECLINED',
  NoResponse = 'NO_RESPONSE',
}
