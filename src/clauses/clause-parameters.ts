import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flattenValidationErrors, ValidationFailedException } from '../common/errors/validation-errors';
import { ClauseParameters, ClauseType } from './clause.types';
import { checkClauseParameters, ContractPeriod, withDefaults } from './clause-rules';
import { DialogueParametersDto, IntegrationInitiativeParametersDto, PlacementsParametersDto } from './dto/clause-parameters.dto';

const SHAPES: Record<ClauseType, ClassConstructor<object>> = {
  [ClauseType.Dialogue]: DialogueParametersDto,
  [ClauseType.Placements]: PlacementsParametersDto,
  [ClauseType.IntegrationInitiative]: IntegrationInitiativeParametersDto,
};

/**
 * Validates raw `parameters` against the clause type's shape (same strictness as the global pipe:
 * unknown fields refused), fills defaults and applies the cross-field rules; a 400 names each field.
 */
export function parseClauseParameters(type: ClauseType, raw: unknown, period: ContractPeriod): ClauseParameters {
  const instance = plainToInstance(SHAPES[type], raw);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new ValidationFailedException(flattenValidationErrors(errors, 'parameters'));
  const params = withDefaults(type, JSON.parse(JSON.stringify(instance)) as ClauseParameters);
  const crossField = checkClauseParameters(type, params, period);
  if (crossField.length > 0) throw new ValidationFailedException(crossField);
  return params;
}
