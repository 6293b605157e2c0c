import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, from } from '@apollo/client/core';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { DataProvider } from 'react-admin';
import { i18nProvider } from './i18n/i18nProvider';
import { readSession } from './session';
import { toHttpError } from './shared/serverErrors';

/** Adds the signed-in user's token to every request but the schema introspection (which is public). */
const bearerToken = new ApolloLink((operation, forward) => {
  const token = readSession()?.token;
  if (token && operation.operationName !== 'IntrospectionQuery') {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${token}` },
    }));
  }
  return forward(operation);
});

export const apolloClient = new ApolloClient({
  link: from([bearerToken, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
});

/** ra-data-graphql-simple introspects on first use and keeps the result, even a failure: start afresh then. */
let graphQLProvider: DataProvider = buildGraphQLProvider({ client: apolloClient });

async function provider(): Promise<DataProvider> {
  const current = graphQLProvider;
  try {
    await (current as DataProvider & { getIntrospection(): Promise<unknown> }).getIntrospection();
  } catch (error) {
    if (graphQLProvider === current) graphQLProvider = buildGraphQLProvider({ client: apolloClient });
    throw error;
  }
  return current;
}

const METHODS = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'updateMany', 'delete', 'deleteMany'] as const;

/**
 * The react-admin data provider over the GraphQL API (ra-data-graphql-simple conventions). Every failure
 * becomes an HttpError with the server's message in the user's language and, for a field error, the
 * field → message map that the form shows under the field.
 */
export const dataProvider = Object.fromEntries(
  METHODS.map((method) => [
    method,
    async (resource: string, params: unknown) => {
      try {
        const base = await provider();
        return await (base[method] as (resource: string, params: unknown) => Promise<unknown>)(resource, params);
      } catch (error) {
        throw toHttpError(error, i18nProvider.getLocale(), i18nProvider.translate);
      }
    },
  ]),
) as unknown as DataProvider;
