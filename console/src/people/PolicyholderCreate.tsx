import { Create, SimpleForm } from 'react-admin';
import { CategoryInputs, ContactInputs, IdNumberInput, VillageInput } from './PolicyholderInputs';
import { SaveOnlyToolbar, emptyToNull, formSx, useSaveErrorNotifier } from '../shared/forms';

/** Registers a person (AGENT, ADMIN): sex and birth date come from the ID number. */
export const PolicyholderCreate = () => {
  const onError = useSaveErrorNotifier();
  return (
    <Create redirect="show" transform={emptyToNull} mutationOptions={{ onError }}>
      <SimpleForm mode="onBlur" defaultValues={{ category: 'ORDINARY' }} toolbar={<SaveOnlyToolbar />} sx={formSx}>
        <IdNumberInput />
        <ContactInputs />
        <VillageInput />
        <CategoryInputs />
      </SimpleForm>
    </Create>
  );
};
