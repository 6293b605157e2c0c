import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { createAuthResolver } from './auth/auth.resolver';
import { RoleAuthChecker } from './auth/auth-checker';
import type { TokenSettings } from './auth/tokens';
import { PolicyholderResolver } from './people/policyholder.resolver';
import { RegionResolver } from './regions/region.resolver';
import { DateTimeScalar } from './shared/scalars';

/** The whole GraphQL schema: every feature's resolver, the auth checker and the scalars. */
export function buildApiSchema(tokens: TokenSettings): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [createAuthResolver(tokens), RegionResolver, PolicyholderResolver],
    authChecker: RoleAuthChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
  });
}
