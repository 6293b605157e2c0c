// The database, table by table. drizzle-kit reads this file to generate migrations/.
export * from './regions';
export * from './users';
export * from './people';
export * from './products';
export * from './policies';
export * from './claims';
export * from './accumulators';
export * from './portfolios';
export * from './audit';
