import { Box, Typography } from '@mui/material';
import { AppBar as RaAppBar, LocalesMenuButton, RefreshIconButton, TitlePortal, useTranslate } from 'react-admin';
import { UserScope } from './UserScope';

const Brand = () => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="span" sx={{ fontWeight: 700, mr: 2, whiteSpace: 'nowrap', display: { xs: 'none', md: 'inline' } }}>
      {translate('huimin.app.title')}
    </Typography>
  );
};

/** Title, the user's role and counties, the language switch (中文 / English) and the user menu. */
export const AppBar = () => (
  <RaAppBar
    toolbar={
      <>
        <UserScope />
        <LocalesMenuButton />
        <RefreshIconButton />
      </>
    }
  >
    <Brand />
    <TitlePortal />
    <Box sx={{ flex: 1 }} />
  </RaAppBar>
);
