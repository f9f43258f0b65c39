import { Modal } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { useT } from '../i18n';

/**
 * Asks before an in-app navigation (the menu, a link, Back) leaves a form with unsaved changes: 离开此页 goes
 * on, 继续编辑 stays with the changes. `isDirty` is asked at the moment of leaving. Leaving on purpose — after
 * a save, or with 取消 — calls `allowLeave()` first and is not asked about. A session that ends unmounts the
 * form before it goes to /login, so that is never blocked (the draft keeps the changes, drafts.ts).
 * Render `prompt` in the page.
 */
export function useLeaveGuard(isDirty: () => boolean): { allowLeave: () => void; prompt: ReactNode } {
  const t = useT();
  const leaving = useRef(false);
  const dirty = useRef(isDirty);
  useEffect(() => {
    dirty.current = isDirty;
  });
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      !leaving.current && currentLocation.pathname !== nextLocation.pathname && dirty.current(),
  );
  const prompt = (
    <Modal
      open={blocker.state === 'blocked'}
      title={t('leave.title')}
      okText={t('leave.leave')}
      cancelText={t('leave.stay')}
      okButtonProps={{ danger: true }}
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      {t('leave.hint')}
    </Modal>
  );
  return {
    allowLeave: () => {
      leaving.current = true;
    },
    prompt,
  };
}
