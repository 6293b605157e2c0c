import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';

/** A calendar date as the API sends it (YYYY-MM-DD), shown as is: no time zone can shift it. */
export const DayField = (props: FieldProps & { emptyText?: string }) => {
  const value = useFieldValue(props);
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {typeof value === 'string' && value ? value.slice(0, 10) : (props.emptyText ?? '')}
    </Typography>
  );
};
