import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { Procurement } from '../procurements/entities/procurement.entity';
import { ProcurementsService } from '../procurements/procurements.service';
import { todayInStockholm } from '../common/calendar';
import { ContractingUnitsService } from '../contracting-units/contracting-units.service';
import { SupportContact } from '../contracting-units/support-contact';
import { ClausesService } from './clauses.service';
import { EformsDto } from './dto/clause.dto';
import { clauseSocialObjectives, procurementStrategicProcurement } from './eforms';
import { Clause } from './entities/clause.entity';
import { ClauseVersion } from './entities/clause-version.entity';
import { AnnexInput } from './text/annex-content';
import { renderAnnexPdf } from './text/annex-pdf';
import { renderClauseText, TextFormat } from './text/clause-text';
import { ClauseTextInput } from './text/clause-view';
import { Lang } from './text/labels';
import { notFound } from '../common/errors/coded-exception';
import './clause.messages';

export type AnnexFormat = 'pdf' | 'docx';

const RENDERERS: Record<AnnexFormat, (annex: AnnexInput, lang: Lang) => Promise<Buffer>> = {
  pdf: renderAnnexPdf,
  // docx is loaded at the first Word annex, not at start: ~5 MB resident that few requests use.
  docx: async (annex, lang) => (await import('./text/annex-docx')).renderAnnexDocx(annex, lang),
};

/** The clause texts, the tender annex (PDF and Word) and the eForms values of a procurement. */
@Injectable()
export class TenderDocumentsService {
  constructor(
    @InjectRepository(Clause) private readonly clauses: Repository<Clause>,
    @InjectRepository(ClauseVersion) private readonly versions: Repository<ClauseVersion>,
    private readonly procurements: ProcurementsService,
    private readonly clauseService: ClausesService,
    private readonly units: ContractingUnitsService,
  ) {}

  async clauseText(clauseId: string, format: TextFormat, lang: Lang, version?: number): Promise<string> {
    const clause = await this.clauseService.findOrFail(clauseId);
    const procurement = await this.procurements.findOrFail(clause.procurementId);
    const row = await this.clauseService.versionOf(clause, version ?? clause.currentVersion);
    const supportContact = await this.units.supportContactFor(procurement.contractingUnit);
    return renderClauseText(textInput(clause, row, procurement, supportContact), format, lang);
  }

  /** All clauses of a procurement as one document: the versions that went out once it is published. */
  async procurementText(procurementId: string, format: TextFormat, lang: Lang): Promise<string> {
    const { procurement, inputs } = await this.tenderClauses(procurementId);
    const title = format === 'markdown' ? `# ${procurement.referenceNumber} ${procurement.title}` : `${procurement.referenceNumber} ${procurement.title}`;
    return [title, ...inputs.map((input) => renderClauseText(input, format, lang))].join('\n\n');
  }

  /** The tender annex as PDF or Word: the same content, with the contracting unit's letterhead when it has one. */
  async annex(procurementId: string, lang: Lang, format: AnnexFormat): Promise<{ content: Buffer; filename: string }> {
    const { procurement, inputs } = await this.tenderClauses(procurementId);
    const { letterhead } = await this.units.forProcurement(procurement.contractingUnit);
    const content = await RENDERERS[format](
      {
        referenceNumber: procurement.referenceNumber,
        title: procurement.title,
        contractingUnit: procurement.contractingUnit,
        date: todayInStockholm(procurement.publishedAt ?? new Date()),
        draft: procurement.publishedAt === null,
        clauses: inputs,
        letterhead,
      },
      lang,
    );
    return { content, filename: `${procurement.referenceNumber.replace(/[^A-Za-z0-9-]+/g, '_')}-sociala-klausuler.${format}` };
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
    const supportContact = await this.units.supportContactFor(procurement.contractingUnit);
    const clauses = await this.clauses.find({ where: { procurementId }, order: { number: 'ASC' } });
    const inputs: ClauseTextInput[] = [];
    for (const clause of clauses) {
      const unpublished = procurement.publishedAt === null;
      const row = unpublished
        ? await this.versions.findOneBy({ clauseId: clause.id, version: clause.currentVersion })
        : await this.versions.findOne({ where: { clauseId: clause.id, publishedAt: Not(IsNull()) }, order: { version: 'DESC' } });
      if (!row) throw notFound(unpublished ? 'CLAUSE_NO_CURRENT_VERSION' : 'CLAUSE_NO_PUBLISHED_VERSION', { number: clause.number });
      inputs.push(textInput(clause, row, procurement, supportContact));
    }
    return { procurement, inputs };
  }
}

function textInput(clause: Clause, version: ClauseVersion, procurement: Procurement, supportContact: SupportContact): ClauseTextInput {
  return {
    number: clause.number,
    type: clause.type,
    version: version.version,
    title: version.title,
    targetGroups: version.targetGroups,
    parameters: version.parameters,
    reportingIntervalMonths: version.reportingIntervalMonths,
    buyerName: procurement.buyerName,
    supportContact,
  };
}
