import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { ListArgs } from '../shared/list-args.types';
import { ListMetadata } from '../shared/list-metadata.types';
import { CreateRegionArgs, Region, RegionFilter, UpdateRegionArgs } from './region.types';
import { countRegions, createRegion, getRegion, listRegions, regionByCode, updateRegion, type RegionRow } from './region.service';

/** Region rows carry `code`; react-admin wants `id`. */
const asRegion = (row: RegionRow): Region => ({ ...row, id: row.code });

@Resolver(() => Region)
export class RegionResolver {
  @Authorized()
  @Query(() => Region, { description: 'One division by code.' })
  async Region(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Region> {
    return asRegion(await getRegion(ctx.db, ctx.user!, id));
  }

  @Authorized()
  @Query(() => [Region])
  async allRegions(@Args(() => ListArgs) args: ListArgs, @Arg('filter', () => RegionFilter, { nullable: true }) filter: RegionFilter | null, @Ctx() ctx: RequestContext) {
    return (await listRegions(ctx.db, ctx.user!, args, filter)).map(asRegion);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allRegionsMeta(@Args(() => ListArgs) _args: ListArgs, @Arg('filter', () => RegionFilter, { nullable: true }) filter: RegionFilter | null, @Ctx() ctx: RequestContext) {
    return { count: await countRegions(ctx.db, ctx.user!, filter) };
  }

  @Authorized('ADMIN')
  @Mutation(() => Region, { description: 'Adds a division code (ADMIN).' })
  async createRegion(@Args(() => CreateRegionArgs) args: CreateRegionArgs, @Ctx() ctx: RequestContext) {
    return asRegion(await createRegion(ctx.db, ctx.user!, args));
  }

  @Authorized('ADMIN')
  @Mutation(() => Region, { description: 'Renames a division or retires its code (ADMIN).' })
  async updateRegion(@Args(() => UpdateRegionArgs) args: UpdateRegionArgs, @Ctx() ctx: RequestContext) {
    return asRegion(await updateRegion(ctx.db, ctx.user!, args));
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The division directly above.' })
  async parent(@Root() region: Region, @Ctx() ctx: RequestContext): Promise<Region | null> {
    if (!region.parentCode) return null;
    const row = await ctx.loaders.load(ctx, regionByCode, region.parentCode);
    return row ? asRegion(row) : null;
  }
}
