import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { PAGE_SIZES, type PagerProps } from '../hooks/useConnectionTable';
import { useT } from '../i18n';

/** 上一页 / 下一页 over cursors, the page size, and an optional total on the left. */
export function CursorPager({ pager, total }: { pager: PagerProps; total?: ReactNode }) {
  const t = useT();
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 16 }}>
      <Typography.Text type="secondary">{total}</Typography.Text>
      <Space>
        <Button icon={<LeftOutlined />} disabled={!pager.hasPrevious || pager.loading} onClick={pager.onPrevious}>
          {t('common.prevPage')}
        </Button>
        <Typography.Text aria-live="polite" data-testid="page-number">
          {t('common.pageNumber', { page: pager.pageNumber })}
        </Typography.Text>
        <Button disabled={!pager.hasNext} onClick={pager.onNext}>
          {t('common.nextPage')}
          <RightOutlined />
        </Button>
        <Select
          aria-label={t('common.pageSizeLabel')}
          value={pager.pageSize}
          onChange={pager.onPageSizeChange}
          options={PAGE_SIZES.map((size) => ({ value: size, label: t('common.pageSize', { size }) }))}
          style={{ width: 110 }}
        />
      </Space>
    </Flex>
  );
}
