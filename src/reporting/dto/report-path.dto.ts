import { Param, PipeTransform } from '@nestjs/common';
import { fieldError, ValidationFailedException } from '../../common/errors/validation-errors';
import '../report-errors.messages';
import { REPORT_PATHS, reportTypeOfPath } from '../report-kinds';
import { ReportType } from '../reporting.types';

class ParseReportType implements PipeTransform<string, ReportType> {
  transform(value: string): ReportType {
    const type = reportTypeOfPath(value);
    if (!type) throw new ValidationFailedException([fieldError('reportType', 'REPORT_TYPE_UNKNOWN', { allowed: REPORT_PATHS.join(', ') })]);
    return type;
  }
}

/** The `:reportType` path segment (placements, dialogue-meetings, initiative-progress) as a ReportType. */
export const ReportTypeParam = (): ParameterDecorator => Param('reportType', new ParseReportType());
