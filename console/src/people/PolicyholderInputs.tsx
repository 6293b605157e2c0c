import { Typography } from '@mui/material';
import {
  AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, required, useLocale, useTranslate,
} from 'react-admin';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { parseResidentId } from '../../../api/src/people/resident-id';
import { todayInChina } from '../../../api/src/shared/dates';
import { regionOptionText } from '../regions/regionOptionText';
import { categoryChoices } from '../shared/choices';
import { useCountyScope } from '../shared/permissions';
import { residentIdValidator } from './idNumberValidation';

/** The resident ID with the GB 11643 check as you type, and what the number says about the person. */
export const IdNumberInput = () => {
  const locale = useLocale();
  const validate = useMemo(() => [required(), residentIdValidator(locale)], [locale]);
  return (
    <>
      <TextInput
        source="idNumber"
        validate={validate}
        helperText="resources.Policyholder.helper.idNumber"
        parse={(value: string) => value.toUpperCase().replace(/\s/g, '')}
        slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off', style: { fontFamily: 'monospace' } } }}
      />
      <IdNumberReading />
    </>
  );
};

const IdNumberReading = () => {
  const translate = useTranslate();
  const idNumber = useWatch({ name: 'idNumber' }) as string | undefined;
  const check = idNumber ? parseResidentId(idNumber, todayInChina()) : null;
  if (!check?.ok) return null;
  return (
    <Typography variant="body2" color="text.secondary" data-testid="id-number-reading" sx={{ mt: -1, mb: 2 }}>
      {translate('resources.Policyholder.helper.idNumberReads', {
        sex: translate(`huimin.sex.${check.sex}`),
        birthDate: check.birthDate,
        county: check.countyCode,
      })}
    </Typography>
  );
};

/** The home village, looked up by name or code among the villages of the user's counties. */
export const VillageInput = () => {
  const scope = useCountyScope();
  const filter = scope.all || scope.countyCodes.length !== 1 ? { level: 'VILLAGE', active: true } : { level: 'VILLAGE', active: true, countyCode: scope.countyCodes[0] };
  return (
    <ReferenceInput source="villageCode" reference="Region" filter={filter} sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput
        optionText={regionOptionText}
        validate={required()}
        helperText="resources.Policyholder.helper.village"
      />
    </ReferenceInput>
  );
};

export const ContactInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="phone" helperText="resources.Policyholder.helper.phone" />
  </>
);

export const CategoryInputs = () => (
  <>
    <SelectInput source="category" choices={categoryChoices} validate={required()} helperText="resources.Policyholder.helper.category" />
    <DateInput source="categoryValidFrom" helperText="resources.Policyholder.helper.categoryValidFrom" />
  </>
);
