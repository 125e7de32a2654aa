import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsOrgNumber } from '../../common/org-number/is-org-number.decorator';
import { PageMetaDto, PaginationQueryDto } from '../../common/pagination';
import { Supplier } from '../entities/supplier.entity';
import { trim } from '../../common/text';
import '../supplier.messages';

export class CreateSupplierDto {
  @ApiProperty({ example: 'Städ & Service i Stockholm AB', maxLength: 200 })
  @trim @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @IsOrgNumber()
  orgNumber: string;

  @ApiProperty({ example: 'upphandling@stadservice.se' })
  @trim @IsEmail() @MaxLength(254)
  contactEmail: string;

  @ApiPropertyOptional({ example: 'Sveavägen 1' })
  @IsOptional() @trim @IsString() @MaxLength(200)
  streetAddress?: string;

  @ApiPropertyOptional({ example: '111 57', description: 'Swedish postal code, NNN NN' })
  @IsOptional() @trim @Matches(/^\d{3} ?\d{2}$/, { message: 'postalCode must be a Swedish postal code such as 111 57', context: { code: 'SUPPLIER_POSTAL_CODE_FORMAT' } })
  postalCode?: string;

  @ApiPropertyOptional({ example: 'Stockholm' })
  @IsOptional() @trim @IsString() @MaxLength(100)
  city?: string;
}

export class UpdateSupplierDto extends PartialType(CreateSupplierDto) {}

export class ListSuppliersQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name or organisation number', example: 'städ' })
  @IsOptional() @trim @IsString() @MaxLength(100)
  q?: string;
}

export class SupplierDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Städ & Service i Stockholm AB' }) name: string;
  @ApiProperty({ example: '556036-0793' }) orgNumber: string;
  @ApiProperty({ example: 'upphandling@stadservice.se' }) contactEmail: string;
  @ApiProperty({ nullable: true, example: 'Sveavägen 1' }) streetAddress: string | null;
  @ApiProperty({ nullable: true, example: '111 57' }) postalCode: string | null;
  @ApiProperty({ nullable: true, example: 'Stockholm' }) city: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static from(supplier: Supplier): SupplierDto {
    return {
      id: supplier.id,
      name: supplier.name,
      orgNumber: supplier.orgNumber,
      contactEmail: supplier.contactEmail,
      streetAddress: supplier.streetAddress,
      postalCode: supplier.postalCode,
      city: supplier.city,
      createdAt: supplier.createdAt.toISOString(),
      updatedAt: supplier.updatedAt.toISOString(),
    };
  }
}

export class SupplierPageDto extends PageMetaDto {
  @ApiProperty({ type: [SupplierDto] }) items: SupplierDto[];
}
