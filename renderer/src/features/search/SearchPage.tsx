/**
 * Full-text search across minutes, decisions, actions, agencies, the NAP, the registers and
 * cases: a search box (debounced), type chips, body and date filters, and the results grouped
 * by type, each a link to where it lives, the matched words highlighted.
 */
import {
  Anchor,
  Badge,
  Chip,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  SEARCH_TYPES,
  type SearchResult,
  type SearchType,
} from '../../../../shared/contract/search';
import { call } from '../../api';
import { searchQueryInputSchema } from '../../../../shared/contract/search';
import { maxLengthOf } from '../../components/form/contractRules';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useBodyList } from '../../app/bodies/bodyQueries';
import { snippetParts } from '../../components/searchSnippet';
import { DayInput } from '../../components/DayInput';

const DEBOUNCE_MS = 200;
const PER_GROUP = 20;
/** The longest text 'search:query' takes (a search box, not a form: typed text is the query). */
const TEXT_MAX = maxLengthOf(searchQueryInputSchema.shape.text);

function Snippet({ snippet }: { snippet: string }) {
  return (
    <Text size="sm" c="dimmed">
      {snippetParts(snippet).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </Text>
  );
}

function ResultItem({ item }: { item: SearchResult }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} component="li" data-testid="search-result">
      <Group gap="xs" wrap="nowrap">
        <Anchor component={Link} to={item.route} fw={500}>
          {item.title || t(`search.types.${item.type}`)}
        </Anchor>
        {item.restricted ? (
          <Badge color="red" variant="light" size="sm">
            {t('search.restricted')}
          </Badge>
        ) : null}
        {item.date ? (
          <Text size="xs" c="dimmed">
            {item.date}
          </Text>
        ) : null}
      </Group>
      {item.snippet ? <Snippet snippet={item.snippet} /> : null}
    </Stack>
  );
}

export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [types, setTypes] = useState<SearchType[]>([]);
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const bodies = useBodyList();
  const input = {
    text: debounced,
    limit: PER_GROUP,
    ...(types.length > 0 ? { types } : {}),
    ...(bodyId ? { bodyId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const results = useQuery({
    queryKey: ['search', input],
    queryFn: () => call('search:query', input),
    enabled: debounced !== '',
    placeholderData: keepPreviousData,
  });
  const onText = (value: string) => {
    setText(value);
    setParams(value.trim() ? { q: value.trim() } : {}, { replace: true });
  };
  const groups = debounced === '' ? [] : (results.data?.groups ?? []);
  return (
    <>
      <PageHeader title={t('search.title')} subtitle={t('search.subtitle')} />
      <Stack gap="md">
        <TextInput
          label={t('search.box.label')}
          description={t('search.box.hint')}
          placeholder={t('search.box.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={results.isFetching ? <Loader size="xs" /> : null}
          value={text}
          onChange={(event) => onText(event.currentTarget.value)}
          maxLength={TEXT_MAX}
          data-autofocus
          data-testid="search-box"
        />
        <Chip.Group multiple value={types} onChange={(v) => setTypes(v as SearchType[])}>
          <Group gap="xs" aria-label={t('search.filters.types')} role="group">
            {SEARCH_TYPES.map((type) => (
              <Chip key={type} value={type} size="xs">
                {t(`search.types.${type}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Group gap="sm" align="flex-end">
          <Select
            label={t('search.filters.body')}
            placeholder={t('search.filters.anyBody')}
            data={(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
            value={bodyId}
            onChange={setBodyId}
            clearable
            w={240}
          />
          <DayInput
            label={t('search.filters.from')}
            value={from}
            onChange={(value) => setFrom(value)}
            w={170}
          />
          <DayInput
            label={t('search.filters.to')}
            value={to}
            onChange={(value) => setTo(value)}
            w={170}
          />
        </Group>
        {results.error ? <ErrorAlert error={results.error} /> : null}
        {debounced === '' ? (
          <EmptyState
            icon={<IconSearch size={36} stroke={1.5} aria-hidden />}
            title={t('search.empty.title')}
            description={t('search.empty.description')}
          />
        ) : results.data && groups.length === 0 ? (
          <EmptyState
            icon={<IconSearch size={36} stroke={1.5} aria-hidden />}
            title={t('search.none.title')}
            description={t('search.none.description')}
          />
        ) : null}
        <div aria-live="polite">
          {groups.map((group) => (
            <Stack key={group.type} gap="xs" mb="lg" data-testid={`search-group-${group.type}`}>
              <Title order={3} size="h4">
                {t(`search.types.${group.type}`)}{' '}
                <Text span c="dimmed" size="sm">
                  {group.total > group.items.length
                    ? t('search.shownOf', { shown: group.items.length, total: group.total })
                    : group.total}
                </Text>
              </Title>
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {group.items.map((item, i) => (
                  <ResultItem key={`${item.type}:${item.id}:${i}`} item={item} />
                ))}
              </Stack>
            </Stack>
          ))}
        </div>
      </Stack>
    </>
  );
}
