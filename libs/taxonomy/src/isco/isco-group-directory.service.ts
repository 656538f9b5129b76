import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, In, Repository } from 'typeorm';
import { IscoLevel, iscoPathCodes } from './isco-code';
import { IscoGroup } from './isco-group.entity';

export interface IscoGroupSummary {
  code: string;
  level: IscoLevel;
  parentCode: string | null;
  labelEn: string;
  labelNl: string | null;
}

export interface IscoGroupFilter {
  level?: IscoLevel;
  parentCode?: string;
}

function toSummary(group: IscoGroup): IscoGroupSummary {
  return {
    code: group.code,
    level: group.level,
    parentCode: group.parentCode,
    labelEn: group.labelEn,
    labelNl: group.labelNl,
  };
}

@Injectable()
export class IscoGroupDirectory {
  constructor(@InjectRepository(IscoGroup) private readonly groups: Repository<IscoGroup>) {}

  async list(filter: IscoGroupFilter = {}): Promise<IscoGroupSummary[]> {
    const where: FindOptionsWhere<IscoGroup> = {};
    if (filter.level) where.level = filter.level;
    if (filter.parentCode) where.parentCode = filter.parentCode;
    return (await this.groups.find({ where, order: { code: 'ASC' } })).map(toSummary);
  }

  /** From the major group down to `code`; codes sort that way because each extends its parent's. */
  async path(code: string): Promise<IscoGroupSummary[]> {
    return (await this.groups.find({ where: { code: In(iscoPathCodes(code)) }, order: { code: 'ASC' } })).map(
      toSummary,
    );
  }
}
