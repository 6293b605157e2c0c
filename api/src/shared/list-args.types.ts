import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_PER_PAGE, type ListParams } from './listing';

@ArgsType()
export class ListArgs implements ListParams {
  @Field(() => Int, { nullable: true, description: 'Zero-based page number.' })
  page?: number | null;

  @Field(() => Int, { nullable: true, description: `Rows per page, at most ${MAX_PER_PAGE}.` })
  perPage?: number | null;

  @Field(() => String, { nullable: true })
  sortField?: string | null;

  @Field(() => String, { nullable: true, description: 'ASC or DESC.' })
  sortOrder?: string | null;
}
