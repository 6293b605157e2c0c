import { CATEGORIES, REGION_LEVELS, SEXES } from '../../../schema/domain-values';

/** Choices for SelectInput: the server's enum values, labelled through i18n (huimin.<kind>.<VALUE>). */
const choicesOf = (values: readonly string[], kind: string) => values.map((id) => ({ id, name: `huimin.${kind}.${id}` }));

export const categoryChoices = choicesOf(CATEGORIES, 'category');
export const sexChoices = choicesOf(SEXES, 'sex');
export const regionLevelChoices = choicesOf(REGION_LEVELS, 'level');
