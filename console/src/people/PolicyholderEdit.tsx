import { Edit, Labeled, SimpleForm, TextField } from 'react-admin';
import { DayField } from '../shared/DayField';
import { SexField } from '../shared/EnumField';
import { CategoryInputs, ContactInputs, VillageInput } from './PolicyholderInputs';
import { SaveOnlyToolbar, emptyToNull, formSx, useSaveErrorNotifier } from '../shared/forms';

/**
 * Corrects a person's details or category (AGENT, ADMIN). The record's version goes back with the
 * change, so a save over someone else's newer one is refused (CONFLICT) rather than lost.
 */
export const PolicyholderEdit = () => {
  const onError = useSaveErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={emptyToNull} mutationOptions={{ onError }}>
      <SimpleForm toolbar={<SaveOnlyToolbar />} sx={formSx}>
        <Labeled><TextField source="idNumber" sx={{ fontFamily: 'monospace' }} /></Labeled>
        <Labeled><SexField source="sex" /></Labeled>
        <Labeled><DayField source="birthDate" /></Labeled>
        <ContactInputs />
        <VillageInput />
        <CategoryInputs />
      </SimpleForm>
    </Edit>
  );
};
