import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { Procurement } from '../procurements/entities/procurement.entity';
import { ProcurementsService } from '../procurements/procurements.service';
import { todayInStockholm } from '../common/calendar';
import { CityContact } from './clause.types';
import { ClausesService } from './clauses.service';
import { EformsDto } from './dto/clause.dto';
import { clauseSocialObjectives, procurementStrategicProcurement } from './eforms';
import { Clause } from './entities/clause.entity';
import { ClauseVersion } from './entities/clause-version.entity';
import { renderAnnexPdf } from './text/annex-pdf';
import { renderClauseText, TextFormat } from './text/clause-text';
import { ClauseTextInput } from './text/clause-view';
import { Lang } from './text/labels';

/** The clause texts, the PDF tender annex and the eForms values of a procurement. */
@Injectable()
export class TenderDocumentsService {
  constructor(
    @InjectRepository(Clause) private readonly clauses: Repository<Clause>,
    @InjectRepository(ClauseVersion) private readonly versions: Repository<ClauseVersion>,
    private readonly procurements: ProcurementsService,
    private readonly clauseService: ClausesService,
  ) {}

  async clauseText(clauseId: string, format: TextFormat, lang: Lang, version?: number): Promise<string> {
    const clause = await this.clauseService.findOrFail(clauseId);
    const procurement = await this.procurements.findOrFail(clause.procurementId);
    const row = await this.clauseService.versionOf(clause, version ?? clause.currentVersion);
    return renderClauseText(textInput(clause, row, procurement), format, lang);
  }

  /** All clauses of a procurement as one document: the versions that went out once it is published. */
  async procurementText(procurementId: string, format: TextFormat, lang: Lang): Promise<string> {
    const { procurement, inputs } = await this.tenderClauses(procurementId);
    const title = format === 'markdown' ? `# ${procurement.referenceNumber} ${procurement.title}` : `${procurement.referenceNumber} ${procurement.title}`;
    return [title, ...inputs.map((input) => renderClauseText(input, format, lang))].join('\n\n');
  }

  async annex(procurementId: string, lang: Lang): Promise<{ pdf: Buffer; filename: string }> {
    const { procurement, inputs } = await this.tenderClauses(procurementId);
    const pdf = await renderAnnexPdf(
      {
        referenceNumber: procurement.referenceNumber,
        title: procurement.title,
        contractingUnit: procurement.contractingUnit,
        date: todayInStockholm(procurement.publishedAt ?? new Date()),
        draft: procurement.publishedAt === null,
        clauses: inputs,
      },
      lang,
    );
    return { pdf, filename: `${procurement.referenceNumber.replace(/[^A-Za-z0-9-]+/g, '_')}-sociala-klausuler.pdf` };
  }

  async eforms(procurementId: string): Promise<EformsDto> {
    const { procurement, inputs } = await this.tenderClauses(procurementId);
    const clauses = inputs.map((c) => ({
      number: c.number,
      type: c.type,
      version: c.version,
      socialObjectives: clauseSocialObjectives(c.type, c.targetGroups, c.parameters),
    }));
    const { bt06, bt775 } = procurementStrategicProcurement(clauses.map((c) => c.socialObjectives));
    const description = inputs.length ? `Sysselsättningsfrämjande krav: ${inputs.map((c) => `${c.number}. ${c.title}`).join('; ')}` : '';
    return {
      procurementId: procurement.id,
      referenceNumber: procurement.referenceNumber,
      strategicProcurement: bt06,
      socialObjectives: bt775,
      description,
      clauses,
      fields: { 'BT-06-Lot': bt06, 'BT-775-Lot': bt775, ...(description ? { 'BT-777-Lot': description } : {}) },
    };
  }

  /** Before publication the current versions; once published, always the latest published version of each clause. */
  private async tenderClauses(procurementId: string): Promise<{ procurement: Procurement; inputs: ClauseTextInput[] }> {
    const procurement = await this.procurements.findOrFail(procurementId);
    const clauses = await this.clauses.find({ where: { procurementId }, order: { number: 'ASC' } });
    const inputs: ClauseTextInput[] = [];
    for (const clause of clauses) {
      const unpublished = procurement.publishedAt === null;
      const row = unpublished
        ? await this.versions.findOneBy({ clauseId: clause.id, version: clause.currentVersion })
        : await this.versions.findOne({ where: { clauseId: clause.id, publishedAt: Not(IsNull()) }, order: { version: 'DESC' } });
      if (!row) throw new NotFoundException(`Clause ${clause.number} has no ${unpublished ? 'current' : 'published'} version`);
      inputs.push(textInput(clause, row, procurement));
    }
    return { procurement, inputs };
  }
}

/** Until contracting units have their own support contacts, every clause names the city's matching service. */
const DEFAULT_SUPPORT_CONTACT: CityContact = { unit: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen', phone: '08-508 00 508' };

/** Whom the supplier asks for help to find candidates, for a procurement's clauses. */
function supportContactFor(_procurement: Procurement): CityContact {
  return DEFAULT_SUPPORT_CONTACT;
}

function textInput(clause: Clause, version: ClauseVersion, procurement: Procurement): ClauseTextInput {
  return {
    number: clause.number,
    type: clause.type,
    version: version.version,
    title: version.title,
    targetGroups: version.targetGroups,
    parameters: version.parameters,
    reportingIntervalMonths: version.reportingIntervalMonths,
    buyerName: procurement.buyerName,
    supportContact: supportContactFor(procurement),
  };
}
