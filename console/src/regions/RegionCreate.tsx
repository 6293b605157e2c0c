import { Create, DateInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { SaveOnlyToolbar, emptyToNull, formSx, useSaveErrorNotifier } from '../shared/forms';
import { regionLevelChoices } from '../shared/choices';

/** Adds a division code (ADMIN); the parent is derived from the code by the server. */
export const RegionCreate = () => {
  const onError = useSaveErrorNotifier();
  return (
    <Create redirect="show" transform={emptyToNull} mutationOptions={{ onError }}>
      <SimpleForm toolbar={<SaveOnlyToolbar />} sx={formSx}>
        <SelectInput source="level" choices={regionLevelChoices} validate={required()} />
        <TextInput source="code" validate={required()} helperText="resources.Region.helper.code" />
        <TextInput source="name" validate={required()} />
        <DateInput source="validFrom" />
        <DateInput source="validTo" helperText="resources.Region.helper.validTo" />
      </SimpleForm>
    </Create>
  );
};
