import {
  AutocompleteInput, CreateButton, DataTable, FilterButton, List, NullableBooleanInput, ReferenceField, ReferenceInput,
  SearchInput, SelectInput, TextField, TopToolbar, useTranslate,
} from 'react-admin';
import { regionLevelChoices } from '../shared/choices';
import { DayField } from '../shared/DayField';
import { monospace } from '../shared/styles';
import { RegionLevelField } from '../shared/EnumField';
import { regionOptionText } from './regionOptionText';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

function useRegionFilters() {
  const translate = useTranslate();
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.Region.fields.q')} />,
    <SelectInput key="level" source="level" choices={regionLevelChoices} alwaysOn sx={{ minWidth: 140 }} />,
    <ReferenceInput key="parentCode" source="parentCode" reference="Region">
      <AutocompleteInput optionText={regionOptionText} sx={{ minWidth: 240 }} />
    </ReferenceInput>,
    <NullableBooleanInput
      key="active"
      source="active"
      trueLabel="resources.Region.helper.active_true"
      falseLabel="resources.Region.helper.active_false"
      sx={{ minWidth: 140 }}
    />,
  ];
}

/** Every division, from province to village; retired codes stay listed. */
export const RegionList = () => (
  <List filters={useRegionFilters()} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" cellSx={monospace} />
      <DataTable.Col source="name" />
      <DataTable.Col source="level" field={RegionLevelField} />
      <DataTable.Col source="parentCode" disableSort>
        <ReferenceField source="parentCode" reference="Region" link={false}>
          <TextField source="name" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="validFrom" field={DayField} />
      <DataTable.Col source="validTo" disableSort field={DayField} />
    </DataTable>
  </List>
);
