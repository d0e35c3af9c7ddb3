/**
 * Action items agreed in meetings, followed up by agency, due date and progress: a filtered
 * list (with saved filters and bulk status), a kanban board by status, and "My agency".
 * Filters, the view and the open action live in the URL, so any of them can be linked to.
 */
import { Button, Tabs } from '@mantine/core';
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CenteredLoader } from '../../components/CenteredLoader';
import { PageHeader } from '../../components/PageHeader';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { ExportMenu } from '../../components/exports/ExportMenu';
import { useNewRequest } from '../../app/useNewRequest';
import { AgencyFormsDialog } from '../../components/roundTrip/AgencyFormsDialog';
import { ActionDrawer } from '../../components/actions/ActionDrawer';
import { ActionFilterBar } from './ActionFilterBar';
import { ActionFormModal } from '../../components/actions/ActionFormModal';
import { ActionListPanel } from './ActionListPanel';
import { MyAgencyView } from './MyAgencyView';
import { useSavedFilters } from '../../app/actions/actionQueries';
import { SavedFilters } from './SavedFilters';
import { useActionDrawer } from '../../app/actions/useActionDrawer';
import { useActionFilters } from './useActionFilters';
import { lazyComponent } from '../../components/lazyComponent';

const ActionBoard = lazyComponent(() => import('./ActionBoard').then((m) => m.ActionBoard));

const VIEWS = ['list', 'board', 'mine'] as const;

export function ActionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = isOneOf(VIEWS, params.get('view')) ? params.get('view')! : 'list';
  const { filter, sortBy, sortDir, update, replaceFilter, sort } = useActionFilters();
  // Opened without a filter in its address (the navigation, a bare link), the list starts on
  // its default view: the saved filter marked as default, or the open actions.
  const saved = useSavedFilters();
  const [bare] = useState(() => [...params.keys()].length === 0);
  const applied = useRef(false);
  const defaultFilter = saved.data?.defaultFilter;
  useEffect(() => {
    if (!bare || !defaultFilter || applied.current) return;
    applied.current = true;
    // The router keeps this page mounted while a navigation elsewhere settles: writing the
    // filter into the address then would bring the user back to this list.
    if (!window.location.hash.startsWith('#/actions')) return;
    replaceFilter(defaultFilter);
  }, [bare, defaultFilter, replaceFilter]);
  const choosingView = bare && saved.isPending;
  const drawer = useActionDrawer();
  const [creating, setCreating] = useState(false);
  const [roundTrip, setRoundTrip] = useState(false);
  useNewRequest(() => setCreating(true));
  const setView = (next: string | null) =>
    setParams((current) => {
      const p = new URLSearchParams(current);
      if (next && next !== 'list') p.set('view', next);
      else p.delete('view');
      return p;
    });
  const filters = (
    <>
      <SavedFilters filter={filter} onApply={replaceFilter} />
      <ActionFilterBar filter={filter} onChange={update} />
    </>
  );

  return (
    <>
      <PageHeader
        title={t('actions.title')}
        subtitle={t('actions.subtitle')}
        actions={
          <>
            <ExportMenu documents={['actionTracker', 'actionTrackerSheet', 'agencyFollowUp']} />
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
              onClick={() => setRoundTrip(true)}
            >
              {t('roundTrip.open')}
            </Button>
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setCreating(true)}
            >
              {t('actions.new')}
            </Button>
          </>
        }
      />
      <Tabs value={view} onChange={setView} keepMounted={false}>
        <Tabs.List aria-label={t('actions.views.label')} mb="md">
          <Tabs.Tab value="list">{t('actions.views.list')}</Tabs.Tab>
          <Tabs.Tab value="board">{t('actions.views.board')}</Tabs.Tab>
          <Tabs.Tab value="mine">{t('actions.views.mine')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list">
          {filters}
          {choosingView ? (
            <CenteredLoader minHeight={200} />
          ) : (
            <ActionListPanel
              filter={filter}
              sortBy={sortBy}
              sortDir={sortDir}
              onSort={sort}
              onOpen={drawer.open}
              onCreate={() => setCreating(true)}
              onClear={() => replaceFilter({})}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="board">
          {filters}
          <ActionBoard filter={filter} onOpen={drawer.open} />
        </Tabs.Panel>
        <Tabs.Panel value="mine">
          <MyAgencyView onOpen={drawer.open} onCreate={() => setCreating(true)} />
        </Tabs.Panel>
      </Tabs>
      <ActionDrawer id={drawer.openId} onClose={drawer.close} />
      <AgencyFormsDialog opened={roundTrip} onClose={() => setRoundTrip(false)} />
      <ActionFormModal
        opened={creating}
        action={null}
        onClose={() => setCreating(false)}
        onSaved={(saved) => drawer.open(saved.id)}
      />
    </>
  );
}
