import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A household (户); prevent-poverty insurance enrols and pays per household.' })
export class Household {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  householdNo!: string;

  @Field(() => String)
  headName!: string;

  @Field(() => String)
  countyCode!: string;

  @Field(() => String)
  villageCode!: string;
}
