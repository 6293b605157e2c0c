import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { User } from '../users/user.types';
import { AuthPayload } from './login.types';
import { getUser, login } from './login.service';
import type { TokenSettings } from './tokens';

export function createAuthResolver(settings: TokenSettings) {
  @Resolver()
  class AuthResolver {
    @Mutation(() => AuthPayload, { description: 'Signs in with a username and password.' })
    async login(
      @Arg('username', () => String) username: string,
      @Arg('password', () => String) password: string,
      @Ctx() ctx: RequestContext,
    ): Promise<AuthPayload> {
      return (await login(ctx.db, settings, username, password)) as AuthPayload;
    }

    @Authorized()
    @Query(() => User, { description: 'The signed-in user.' })
    async me(@Ctx() ctx: RequestContext): Promise<User> {
      return (await getUser(ctx.db, ctx.user!.id)) as User;
    }
  }
  return AuthResolver;
}
