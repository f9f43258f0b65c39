import { Flex, Statistic, theme } from 'antd';

/** A row of figures (a preview's summary, an import's counts), each findable by its test id. */
export function ImportFigures({ figures }: { figures: { id: string; title: string; value: number; danger?: boolean }[] }) {
  const { token } = theme.useToken();
  return (
    <Flex wrap gap={32}>
      {figures.map((f) => (
        <div key={f.id} data-testid={`import-${f.id}`}>
          <Statistic
            title={f.title}
            value={f.value}
            styles={f.danger && f.value > 0 ? { content: { color: token.colorErrorText } } : undefined}
          />
        </div>
      ))}
    </Flex>
  );
}
