/**
 * The command palette (Ctrl+K / Cmd+K): commands first, then what the workspace search finds as
 * you type, grouped by type with the matched words highlighted. Arrows move, Enter opens,
 * Escape closes. Opening a result goes to its route (a deep link the page focuses).
 */
import { Badge, Group, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MeetingSummary } from '../../../../shared/contract/meetings';
import type { SearchResult } from '../../../../shared/contract/search';
import { call } from '../../api';
import { ExportDialog } from '../../components/exports/ExportDialog';
import { snippetParts } from '../../components/searchSnippet';
import { filterCommands } from './paletteModel';
import { PALETTE_SHORTCUTS, paletteStore, selectFirstEntry } from './paletteStore';
import { usePaletteCommands } from './usePaletteCommands';
import '@mantine/spotlight/styles.css';
import './palette.css';

/** Results shown per type. */
const PER_GROUP = 5;

function Snippet({ snippet }: { snippet: string }) {
  return (
    <Text size="xs" lineClamp={2} className="palette-snippet">
      {snippetParts(snippet).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </Text>
  );
}

function ResultAction({ result, onOpen }: { result: SearchResult; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Spotlight.Action onClick={onOpen} data-testid="palette-result">
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={600} truncate>
            {result.title}
          </Text>
          {result.restricted ? (
            <Badge color="red" variant="light" size="xs">
              {t('search.restricted')}
            </Badge>
          ) : null}
        </Group>
        {result.snippet ? <Snippet snippet={result.snippet} /> : null}
      </Stack>
    </Spotlight.Action>
  );
}

export function CommandPalette() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState(false);
  const [returnFocus, setReturnFocus] = useState(true);
  // The meeting is kept while the export dialog closes (its content stays as it was).
  const [exporting, setExporting] = useState<MeetingSummary | null>(null);
  const [exportOpened, setExportOpened] = useState(false);
  const exportMinutes = (meeting: MeetingSummary) => {
    setExporting(meeting);
    setExportOpened(true);
  };
  const [debounced] = useDebouncedValue(query.trim().slice(0, 200), 150);
  const commands = filterCommands(usePaletteCommands(exportMinutes), query);
  const search = useQuery({
    queryKey: ['search', 'palette', debounced],
    queryFn: () => call('search:query', { text: debounced, limit: PER_GROUP }),
    enabled: opened && debounced.length > 0,
    placeholderData: keepPreviousData,
  });
  const groups =
    query.trim().length > 0 ? (search.data?.groups ?? []).filter((g) => g.items.length > 0) : [];
  const resultCount = groups.reduce((n, g) => n + g.items.length, 0);
  const settled = debounced === query.trim().slice(0, 200) && !search.isFetching;

  // Whatever the list now shows, the first entry is the one Enter opens.
  const signature = [
    ...commands.map((c) => c.id),
    ...groups.flatMap((g) => g.items.map((i) => i.id)),
  ].join('|');
  useEffect(() => {
    if (!opened) return;
    const timer = setTimeout(selectFirstEntry, 0);
    return () => clearTimeout(timer);
  }, [opened, signature]);

  const go = (route: string) => {
    setReturnFocus(false);
    void navigate(route);
  };

  return (
    <>
      <Spotlight.Root
        store={paletteStore}
        query={query}
        onQueryChange={setQuery}
        shortcut={PALETTE_SHORTCUTS}
        tagsToIgnore={[]}
        onSpotlightOpen={() => {
          // Each opening starts empty (the query is ours, so Spotlight does not clear it).
          setQuery('');
          setReturnFocus(true);
          setOpened(true);
        }}
        onSpotlightClose={() => setOpened(false)}
        returnFocus={returnFocus}
        scrollable
        maxHeight={480}
        // The dialog's name: a title only screen readers see (aria-label here would land on
        // the modal's outer div, which has no role, and leave the dialog itself unnamed).
        title={t('palette.title')}
        classNames={{ header: 'palette-title' }}
      >
        <Spotlight.Search
          placeholder={t('palette.placeholder')}
          aria-label={t('palette.placeholder')}
          leftSection={<IconSearch size={18} aria-hidden />}
          rightSection={search.isFetching ? <Loader size="xs" /> : null}
          data-testid="palette-input"
        />
        <Spotlight.ActionsList aria-label={t('palette.title')}>
          {commands.length > 0 ? (
            <Spotlight.ActionsGroup label={t('palette.commandsGroup')}>
              {commands.map((command) => {
                const Icon = command.icon;
                return (
                  <Spotlight.Action
                    key={command.id}
                    label={command.label}
                    leftSection={<Icon size={18} aria-hidden />}
                    onClick={() => {
                      // What the command opens (a page, a dialog) takes the focus from here.
                      setReturnFocus(false);
                      command.run();
                    }}
                    data-testid="palette-command"
                  />
                );
              })}
            </Spotlight.ActionsGroup>
          ) : null}
          {groups.map((group) => (
            <Spotlight.ActionsGroup
              key={group.type}
              label={
                group.total > group.items.length
                  ? t('palette.groupMore', {
                      type: t(`search.types.${group.type}`),
                      shown: group.items.length,
                      total: group.total,
                    })
                  : t(`search.types.${group.type}`)
              }
            >
              {group.items.map((result) => (
                <ResultAction
                  key={`${result.type}:${result.id}`}
                  result={result}
                  onOpen={() => go(result.route)}
                />
              ))}
            </Spotlight.ActionsGroup>
          ))}
          {search.isError && query.trim() ? (
            <Spotlight.Empty>{t('palette.searchFailed')}</Spotlight.Empty>
          ) : commands.length === 0 && resultCount === 0 && settled && query.trim() ? (
            <Spotlight.Empty>{t('palette.nothingFound')}</Spotlight.Empty>
          ) : null}
        </Spotlight.ActionsList>
        <VisuallyHidden role="status" aria-live="polite">
          {query.trim() && settled
            ? t('palette.found', { count: commands.length + resultCount })
            : ''}
        </VisuallyHidden>
      </Spotlight.Root>
      <ExportDialog
        opened={exportOpened && exporting !== null}
        onClose={() => setExportOpened(false)}
        document="minutes"
        meeting={exporting ?? undefined}
        showMeeting
      />
    </>
  );
}
