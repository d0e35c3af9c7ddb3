/**
 * Accessibility defaults layered over the theme (app/theme.ts): dialogs and drawers render
 * their header as <header>, which assistive technology reports as a second "banner"
 * landmark beside the app's own; here it is a plain container (the dialog is already named
 * by its title).
 */
import { Drawer, Modal, type MantineThemeOverride } from '@mantine/core';

const plainHeader = { attributes: { header: { role: 'none' } } };

export const a11yTheme: MantineThemeOverride = {
  components: {
    Modal: Modal.extend({ defaultProps: plainHeader }),
    ModalRoot: Modal.Root.extend({ defaultProps: plainHeader }),
    Drawer: Drawer.extend({ defaultProps: plainHeader }),
    DrawerRoot: Drawer.Root.extend({ defaultProps: plainHeader }),
  },
};
