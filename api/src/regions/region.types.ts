import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import type { RegionLevel } from '../../../schema/domain-values';
import { RegionLevelEnum } from '../shared/enums';
import { DateScalar } from '../shared/scalars';

@ObjectType({ description: 'An administrative division: province, city, county, township or village. Its id is its code.' })
export class Region {
  @Field(() => ID, { description: 'The division code, e.g. 513428.' })
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RegionLevelEnum)
  level!: RegionLevel;

  @Field(() => String, { nullable: true })
  parentCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The county this division lies in (null above county level).' })
  countyCode!: string | null;

  @Field(() => DateScalar)
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Set when the code was retired; retired codes are kept.' })
  validTo!: string | null;
}

@InputType({ description: 'Filters for allRegions.' })
export class RegionFilter {
  @Field(() => String, { nullable: true, description: 'Name contains, or code starts with.' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => RegionLevelEnum, { nullable: true })
  level?: RegionLevel;

  @Field(() => String, { nullable: true })
  parentCode?: string;

  @Field(() => String, { nullable: true })
  countyCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only codes in use today; false: only retired codes.' })
  active?: boolean;
}

@ArgsType()
export class CreateRegionArgs {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RegionLevelEnum)
  level!: RegionLevel;

  @Field(() => DateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  validTo?: string | null;
}

@ArgsType()
export class UpdateRegionArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => DateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Retires the code from this date (codes are never deleted).' })
  validTo?: string | null;
}
