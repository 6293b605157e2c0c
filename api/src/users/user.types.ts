import { Field, ID, ObjectType } from 'type-graphql';
import type { Role } from '../../../schema/domain-values';
import { RoleEnum } from '../shared/enums';

@ObjectType({ description: 'A member of the insurer staff.' })
export class User {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => Boolean, { description: 'True when the user sees every county; countyCodes is then empty.' })
  allCounties!: boolean;

  @Field(() => [String], { description: 'The counties this user sees (when allCounties is false).' })
  countyCodes!: string[];

  @Field(() => Boolean)
  active!: boolean;
}
