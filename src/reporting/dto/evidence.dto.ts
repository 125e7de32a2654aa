import { ApiProperty } from '@nestjs/swagger';
import { EvidenceFile } from '../entities/evidence-file.entity';
import { ReportType } from '../reporting.types';

export class EvidenceFileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ReportType }) reportType: ReportType;
  @ApiProperty({ format: 'uuid' }) reportId: string;
  @ApiProperty({ example: 'anstallningsavtal-P17.pdf' }) fileName: string;
  @ApiProperty({ example: 'application/pdf', enum: ['application/pdf', 'image/png', 'image/jpeg'] }) contentType: string;
  @ApiProperty({ example: 48213 }) sizeBytes: number;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }) sha256: string;
  @ApiProperty() createdAt: string;

  static from(f: EvidenceFile): EvidenceFileDto {
    return {
      id: f.id, reportType: f.reportType, reportId: f.reportId, fileName: f.fileName, contentType: f.contentType,
      sizeBytes: f.sizeBytes, sha256: f.sha256, createdAt: f.createdAt.toISOString(),
    };
  }
}
