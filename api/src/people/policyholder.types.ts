import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Category, Sex } from '../../../schema/domain-values';
import { CategoryEnum, SexEnum } from '../shared/enums';
import { DateScalar } from '../shared/scalars';

@ObjectType({ description: 'A period during which a person belonged to a category.' })
export class CategoryPeriod {
  @Field(() => ID)
  id!: number;

  @Field(() => CategoryEnum)
  category!: Category;

  @Field(() => DateScalar)
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true })
  validTo!: string | null;

  @Field(() => String, { description: 'ROSTER, MANUAL or SEED.' })
  source!: string;
}

@ObjectType({ description: 'An insured person (参保人).' })
export class Policyholder {
  @Field(() => ID)
  id!: number;

  @Field(() => String, { description: '18-character resident ID number.' })
  idNumber!: string;

  @Field(() => String)
  name!: string;

  @Field(() => SexEnum)
  sex!: Sex;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String)
  countyCode!: string;

  @Field(() => String)
  villageCode!: string;

  @Field(() => ID, { nullable: true })
  householdId!: number | null;

  @Field(() => Int, { description: 'Send it back with an update; a stale version is refused with CONFLICT.' })
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@InputType({ description: 'Filters for allPolicyholders.' })
export class PolicyholderFilter {
  @Field(() => String, { nullable: true, description: 'Name contains, or ID number starts with.' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true })
  countyCode?: string;

  @Field(() => String, { nullable: true })
  villageCode?: string;

  @Field(() => String, { nullable: true, description: 'Township, county or any code prefix of the home village.' })
  regionCode?: string;

  @Field(() => ID, { nullable: true })
  householdId?: string;

  @Field(() => CategoryEnum, { nullable: true, description: 'Category in force today.' })
  category?: Category;

  @Field(() => SexEnum, { nullable: true })
  sex?: Sex;

  @Field(() => DateScalar, { nullable: true })
  birthDate_gte?: string;

  @Field(() => DateScalar, { nullable: true })
  birthDate_lte?: string;
}

@ArgsType()
export class CreatePolicyholderArgs {
  @Field(() => String)
  idNumber!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: '12-digit code of the home village.' })
  villageCode!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => ID, { nullable: true })
  householdId?: string | null;

  @Field(() => CategoryEnum, { nullable: true, description: 'Defaults to ORDINARY.' })
  category?: Category | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the category took effect; defaults to today.' })
  categoryValidFrom?: string | null;

  @Field(() => SexEnum, { nullable: true, description: 'Optional: checked against the ID number.' })
  sex?: Sex | null;

  @Field(() => DateScalar, { nullable: true, description: 'Optional: checked against the ID number.' })
  birthDate?: string | null;
}

@ArgsType()
export class UpdatePolicyholderArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  villageCode?: string | null;

  @Field(() => ID, { nullable: true })
  householdId?: string | null;

  @Field(() => CategoryEnum, { nullable: true, description: 'A new category opens a new period; the history is kept.' })
  category?: Category | null;

  @Field(() => DateScalar, { nullable: true, description: 'When a new category takes effect; defaults to today.' })
  categoryValidFrom?: string | null;

  @Field(() => Int, { description: 'The version you edited (from the record you read); refused with CONFLICT if someone saved since.' })
  version!: number;
}
