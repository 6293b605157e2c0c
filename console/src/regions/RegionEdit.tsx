import { DateInput, Edit, Labeled, SimpleForm, TextField, TextInput, required } from 'react-admin';
import { SaveOnlyToolbar, emptyToNull, formSx, useSaveErrorNotifier } from '../shared/forms';
import { RegionLevelField } from '../shared/EnumField';

/** Renames a division or retires its code (ADMIN); code and level never change. */
export const RegionEdit = () => {
  const onError = useSaveErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={emptyToNull} mutationOptions={{ onError }}>
      <SimpleForm toolbar={<SaveOnlyToolbar />} sx={formSx}>
        <Labeled><TextField source="code" sx={{ fontFamily: 'monospace' }} /></Labeled>
        <Labeled><RegionLevelField source="level" /></Labeled>
        <TextInput source="name" validate={required()} />
        <DateInput source="validFrom" validate={required()} />
        <DateInput source="validTo" helperText="resources.Region.helper.validTo" />
      </SimpleForm>
    </Edit>
  );
};
