import { Drawer } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

/** The menu on a narrow screen, from the left. Its own chunk: wide screens never load antd's Drawer. */
export default function MenuDrawer({ open, onClose, children }: { open: boolean; onClose: () => void; children: ReactNode }) {
  const t = useT();
  return (
    <Drawer
      placement="left"
      open={open}
      onClose={onClose}
      size={280}
      closable={false}
      title={null}
      styles={{ body: { padding: 0 } }}
      aria-label={t('app.menu')}
    >
      {children}
    </Drawer>
  );
}
