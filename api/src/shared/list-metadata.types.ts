import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The total behind a list query (react-admin).' })
export class ListMetadata {
  @Field(() => Int)
  count!: number;
}
