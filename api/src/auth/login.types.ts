import { Field, ObjectType } from 'type-graphql';
import { User } from '../users/user.types';

@ObjectType({ description: 'A signed-in session: send the token as `Authorization: Bearer <token>`.' })
export class AuthPayload {
  @Field(() => String)
  token!: string;

  @Field(() => Date, { description: 'When the token stops being accepted.' })
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}
