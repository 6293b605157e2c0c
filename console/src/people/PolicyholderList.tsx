import {
  AutocompleteInput, CreateButton, DataTable, FilterButton, List, ReferenceField, ReferenceInput, SearchInput, SelectInput,
  TextField, TextInput, TopToolbar, useTranslate,
} from 'react-admin';
import { categoryChoices, sexChoices } from '../shared/choices';
import { DayField } from '../shared/DayField';
import { monospace } from '../shared/styles';
import { SexField } from '../shared/EnumField';
import { useCountyScope } from '../shared/permissions';
import { regionOptionText } from '../regions/regionOptionText';
import { CategoryField } from './CategoryChip';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

function usePolicyholderFilters() {
  const translate = useTranslate();
  const scope = useCountyScope();
  // The county list offers only the counties the user may see.
  const countyFilter = scope.all ? { level: 'COUNTY' } : { level: 'COUNTY', ids: scope.countyCodes };
  const villageFilter = scope.all || scope.countyCodes.length !== 1 ? { level: 'VILLAGE' } : { level: 'VILLAGE', countyCode: scope.countyCodes[0] };
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.Policyholder.fields.q')} />,
    <ReferenceInput key="countyCode" source="countyCode" reference="Region" filter={countyFilter} sort={{ field: 'code', order: 'ASC' }} perPage={100} alwaysOn>
      <SelectInput optionText="name" sx={{ minWidth: 140 }} />
    </ReferenceInput>,
    <SelectInput key="category" source="category" choices={categoryChoices} alwaysOn sx={{ minWidth: 160 }} />,
    <SelectInput key="sex" source="sex" choices={sexChoices} />,
    <ReferenceInput key="villageCode" source="villageCode" reference="Region" filter={villageFilter}>
      <AutocompleteInput optionText={regionOptionText} sx={{ minWidth: 240 }} />
    </ReferenceInput>,
    <TextInput key="regionCode" source="regionCode" helperText={false} />,
  ];
}

export const PolicyholderList = () => (
  <List filters={usePolicyholderFilters()} actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="idNumber" cellSx={monospace} />
      <DataTable.Col source="name" />
      <DataTable.Col source="sex" disableSort field={SexField} />
      <DataTable.Col source="birthDate" field={DayField} />
      <DataTable.Col source="category" disableSort field={CategoryField} />
      <DataTable.Col source="villageCode">
        <ReferenceField source="villageCode" reference="Region" link={false}>
          <TextField source="name" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="countyCode">
        <ReferenceField source="countyCode" reference="Region" link={false}>
          <TextField source="name" />
        </ReferenceField>
      </DataTable.Col>
    </DataTable>
  </List>
);
