import { CreateSuppliers1764430000000 } from './1764430000000-CreateSuppliers';
import { CreateProcurementsClausesContractsAudit1764431000000 } from './1764431000000-CreateProcurementsClausesContractsAudit';
import { CreateFollowUpReports1764460000000 } from './1764460000000-CreateFollowUpReports';
import { AddResultsIndexes1764470000000 } from './1764470000000-AddResultsIndexes';

/** Every migration, in order. A new migration is added here as well as in its own file. */
export const migrations = [
  CreateSuppliers1764430000000,
  CreateProcurementsClausesContractsAudit1764431000000,
  CreateFollowUpReports1764460000000,
  AddResultsIndexes1764470000000,
];
