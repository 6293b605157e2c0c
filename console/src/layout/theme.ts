import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** react-admin's default theme with fonts that have Chinese glyphs (no web fonts: the console works offline). */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: { ...defaultTheme.palette, primary: { main: '#1565c0' }, secondary: { main: '#1565c0' } },
  components: {
    ...defaultTheme.components,
    // MUI's own "No options" is English only.
    RaAutocompleteInput: { defaultProps: { noOptionsText: 'huimin.form.no_options' } },
  },
  typography: {
    ...defaultTheme.typography,
    fontFamily: ['"PingFang SC"', '"Microsoft YaHei"', '"WenQuanYi Micro Hei"', '"Noto Sans CJK SC"', 'Roboto', 'Helvetica', 'Arial', 'sans-serif'].join(','),
  },
};
