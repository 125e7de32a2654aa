import { CreateSuppliers1764430000000 } from './1764430000000-CreateSuppliers';
import { CreateProcurementsClausesContractsAudit1764431000000 } from './1764431000000-CreateProcurementsClausesContractsAudit';
import { CreatePactMemberRegister1764440000000 } from './1764440000000-CreatePactMemberRegister';
import { FreezePublishedClauseVersions1764450000000 } from './1764450000000-FreezePublishedClauseVersions';
import { CreateFollowUpReports1764460000000 } from './1764460000000-CreateFollowUpReports';
import { AddResultsIndexes1764470000000 } from './1764470000000-AddResultsIndexes';
import { CreateRateLimitCounters1764480000000 } from './1764480000000-CreateRateLimitCounters';
import { CreatePlacementTallies1764490000000 } from './1764490000000-CreatePlacementTallies';
import { AddEarlyEndReasonAndWithdrawal1764495000000 } from './1764495000000-AddEarlyEndReasonAndWithdrawal';
import { StoreRuleOutcomes1764505000000 } from './1764505000000-StoreRuleOutcomes';
import { IndexStoredOutcomesForResults1764506000000 } from './1764506000000-IndexStoredOutcomesForResults';
import { StoreOutcomeLines1764507000000 } from './1764507000000-StoreOutcomeLines';
import { LetPersonalDataRedactionThroughFrozenClauseVersions1764510000000 } from './1764510000000-LetPersonalDataRedactionThroughFrozenClauseVersions';
import { ScopeIdempotencyKeys1764513000000 } from './1764513000000-ScopeIdempotencyKeys';
import { ReplanTallyCaptureOfUpdates1764513500000 } from './1764513500000-ReplanTallyCaptureOfUpdates';
import { AddLabourShareAndSuitabilityChecklist1764500000000 } from './1764500000000-AddLabourShareAndSuitabilityChecklist';
import { IndexEvidenceBySupplier1764512000000 } from './1764512000000-IndexEvidenceBySupplier';
import { NameTheBuyerAndDropTheFlatPenalty1764514000000 } from './1764514000000-NameTheBuyerAndDropTheFlatPenalty';
import { CreateContractingUnits1764514500000 } from './1764514500000-CreateContractingUnits';
import { CreateBreachHandling1764515000000 } from './1764515000000-CreateBreachHandling';
import { CreateUsersSessionsAndApiKeys1764516000000 } from './1764516000000-CreateUsersSessionsAndApiKeys';
import { CreateMailOutboxAndSignInCodes1764516500000 } from './1764516500000-CreateMailOutboxAndSignInCodes';
import { CreateStaffSingleSignOn1764517000000 } from './1764517000000-CreateStaffSingleSignOn';
import { CreateNotifications1764518000000 } from './1764518000000-CreateNotifications';
import { CreateScheduledRuns1764518500000 } from './1764518500000-CreateScheduledRuns';
import { ReevaluateOutcomesWithUncodedReasons1764520000000 } from './1764520000000-ReevaluateOutcomesWithUncodedReasons';
import { CreateMatching1764521000000 } from './1764521000000-CreateMatching';
import { StorePlacementsSummary1764522000000 } from './1764522000000-StorePlacementsSummary';

/** Every migration, in order. A new migration is added here as well as in its own file. */
export const migrations = [
  CreateSuppliers1764430000000,
  CreateProcurementsClausesContractsAudit1764431000000,
  CreatePactMemberRegister1764440000000,
  FreezePublishedClauseVersions1764450000000,
  CreateFollowUpReports1764460000000,
  AddResultsIndexes1764470000000,
  CreateRateLimitCounters1764480000000,
  CreatePlacementTallies1764490000000,
  AddEarlyEndReasonAndWithdrawal1764495000000,
  AddLabourShareAndSuitabilityChecklist1764500000000,
  StoreRuleOutcomes1764505000000,
  IndexStoredOutcomesForResults1764506000000,
  StoreOutcomeLines1764507000000,
  LetPersonalDataRedactionThroughFrozenClauseVersions1764510000000,
  IndexEvidenceBySupplier1764512000000,
  ScopeIdempotencyKeys1764513000000,
  ReplanTallyCaptureOfUpdates1764513500000,
  NameTheBuyerAndDropTheFlatPenalty1764514000000,
  CreateContractingUnits1764514500000,
  CreateBreachHandling1764515000000,
  CreateUsersSessionsAndApiKeys1764516000000,
  CreateMailOutboxAndSignInCodes1764516500000,
  CreateStaffSingleSignOn1764517000000,
  CreateNotifications1764518000000,
  CreateScheduledRuns1764518500000,
  ReevaluateOutcomesWithUncodedReasons1764520000000,
  CreateMatching1764521000000,
  StorePlacementsSummary1764522000000,
];
