import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Category } from '../../../schema/domain-values';
import { Region } from '../regions/region.types';
import { regionByCode } from '../regions/region.service';
import type { RequestContext } from '../shared/context';
import { todayInChina } from '../shared/dates';
import { CategoryEnum } from '../shared/enums';
import { ListArgs } from '../shared/list-args.types';
import { ListMetadata } from '../shared/list-metadata.types';
import { categoryOn } from './category';
import { Household } from './household.types';
import {
  categoryPeriodsByPerson, countPolicyholders, createPolicyholder, getPolicyholder, householdById, listPolicyholders,
  updatePolicyholder,
} from './policyholder.service';
import { CategoryPeriod, CreatePolicyholderArgs, Policyholder, PolicyholderFilter, UpdatePolicyholderArgs } from './policyholder.types';

@Resolver(() => Policyholder)
export class PolicyholderResolver {
  @Authorized()
  @Query(() => Policyholder, { description: 'One person, if in your counties.' })
  Policyholder(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getPolicyholder(ctx.db, ctx.user!, id);
  }

  @Authorized()
  @Query(() => [Policyholder])
  allPolicyholders(
    @Args(() => ListArgs) args: ListArgs,
    @Arg('filter', () => PolicyholderFilter, { nullable: true }) filter: PolicyholderFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return listPolicyholders(ctx.db, ctx.user!, args, filter);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allPolicyholdersMeta(
    @Args(() => ListArgs) _args: ListArgs,
    @Arg('filter', () => PolicyholderFilter, { nullable: true }) filter: PolicyholderFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return { count: await countPolicyholders(ctx.db, ctx.user!, filter) };
  }

  @Authorized('AGENT')
  @Mutation(() => Policyholder, { description: 'Registers a person (AGENT, ADMIN).' })
  createPolicyholder(@Args(() => CreatePolicyholderArgs) args: CreatePolicyholderArgs, @Ctx() ctx: RequestContext) {
    return createPolicyholder(ctx.db, ctx.user!, args);
  }

  @Authorized('AGENT')
  @Mutation(() => Policyholder, { description: 'Corrects a person’s details or category (AGENT, ADMIN).' })
  updatePolicyholder(@Args(() => UpdatePolicyholderArgs) args: UpdatePolicyholderArgs, @Ctx() ctx: RequestContext) {
    return updatePolicyholder(ctx.db, ctx.user!, args);
  }

  @FieldResolver(() => CategoryEnum, { description: 'The category in force today.' })
  async category(@Root() person: Policyholder, @Ctx() ctx: RequestContext): Promise<Category> {
    return categoryOn(await ctx.loaders.loadMany(ctx, categoryPeriodsByPerson, person.id), todayInChina());
  }

  @FieldResolver(() => [CategoryPeriod], { description: 'Every category period, oldest first.' })
  categoryHistory(@Root() person: Policyholder, @Ctx() ctx: RequestContext) {
    return ctx.loaders.loadMany(ctx, categoryPeriodsByPerson, person.id);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The home village.' })
  async village(@Root() person: Policyholder, @Ctx() ctx: RequestContext): Promise<Region | null> {
    const row = await ctx.loaders.load(ctx, regionByCode, person.villageCode);
    return row ? { ...row, id: row.code } : null;
  }

  @FieldResolver(() => Household, { nullable: true })
  async household(@Root() person: Policyholder, @Ctx() ctx: RequestContext) {
    return person.householdId ? ((await ctx.loaders.load(ctx, householdById, person.householdId)) ?? null) : null;
  }
}
