import { Card, Col, Flex, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { toProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';
import { listLabel } from './enums';
import { toParams } from './params';
import { YearSelect, yearFromParams } from './year';

const ListYearQuery = graphql(`
  query ListYear($year: Int!) {
    listYear(year: $year) {
      year
      needs {
        total
        byStatus {
          status
          count
        }
        byCategory {
          category
          count
        }
      }
      resources {
        total
        withdrawn
        byType {
          type
          count
        }
      }
      projects {
        total
        budget
        byStatus {
          status
          count
        }
      }
    }
  }
`);

/** Any change to the lists reads the figures again (a constant: a new context object each render would re-run the query). */
const REFRESH_ON = { additionalTypenames: ['Need', 'Resource', 'Project'] };

/**
 * /lists/overview (清单概况): a year's three lists in figures (needs by status and category, resources by type,
 * projects by status and their budget), each figure a link to the list behind it.
 */
export default function ListOverviewPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const year = yearFromParams(params);
  const [{ data, error }, reexecute] = useQuery({ query: ListYearQuery, variables: { year }, context: REFRESH_ON });
  const problem = error ? toProblem(error) : null;
  if (problem?.code === 'FORBIDDEN' && !data) return <Forbidden />;
  const figures = data?.listYear;
  const link = (path: string, filters: Record<string, string | number | undefined>) => `${path}?${toParams({ year, ...filters }, 20).toString()}`;

  return (
    <Card title={t('overview.title')}>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <YearSelect value={year} onChange={(next) => setParams(toParams({ year: next }, 20), { replace: true })} />
      </Flex>
      {problem && <ProblemAlert problem={problem} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!figures ? (
        !problem && <Skeleton active />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={8}>
            <Card size="small" title={<Link to={link('/lists/needs', {})}>{t('needs.title')}</Link>} data-testid="overview-needs">
              <Statistic title={t('overview.total')} value={figures.needs.total} />
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('overview.byStatus')}
              </Typography.Title>
              <Space wrap>
                {figures.needs.byStatus.map((s) => (
                  <Link key={s.status} to={link('/lists/needs', { status: s.status })}>
                    <Tag>
                      {t(listLabel.needStatus(s.status))} {s.count}
                    </Tag>
                  </Link>
                ))}
              </Space>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('overview.byCategory')}
              </Typography.Title>
              <Space wrap>
                {figures.needs.byCategory.map((c) => (
                  <Link key={c.category} to={link('/lists/needs', { category: c.category })}>
                    <Tag>
                      {c.category} {c.count}
                    </Tag>
                  </Link>
                ))}
              </Space>
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card size="small" title={<Link to={link('/lists/resources', {})}>{t('resources.title')}</Link>} data-testid="overview-resources">
              <Space size={32}>
                <Statistic title={t('overview.total')} value={figures.resources.total} />
                <Statistic title={t('overview.withdrawn')} value={figures.resources.withdrawn} />
              </Space>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('overview.byType')}
              </Typography.Title>
              <Space wrap>
                {figures.resources.byType.map((r) => (
                  <Link key={r.type} to={link('/lists/resources', { type: r.type })}>
                    <Tag>
                      {t(listLabel.resourceType(r.type))} {r.count}
                    </Tag>
                  </Link>
                ))}
              </Space>
              <div style={{ marginTop: 16 }}>
                <Link to={link('/lists/resources', { unused: 1 })}>{t('overview.unusedResources')}</Link>
              </div>
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card size="small" title={<Link to={link('/lists/projects', {})}>{t('projects.title')}</Link>} data-testid="overview-projects">
              <Space size={32}>
                <Statistic title={t('overview.total')} value={figures.projects.total} />
                <Statistic title={t('overview.budget')} value={figures.projects.budget} suffix={t('lists.yuan')} />
              </Space>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('overview.byStatus')}
              </Typography.Title>
              <Space wrap>
                {figures.projects.byStatus.map((s) => (
                  <Link key={s.status} to={link('/lists/projects', { status: s.status })}>
                    <Tag>
                      {t(listLabel.projectStatus(s.status))} {s.count}
                    </Tag>
                  </Link>
                ))}
              </Space>
              <div style={{ marginTop: 16 }}>
                <Link to={link('/lists/projects', { overdue: 1 })}>{t('overview.overdueProjects')}</Link>
              </div>
            </Card>
          </Col>
        </Row>
      )}
    </Card>
  );
}
