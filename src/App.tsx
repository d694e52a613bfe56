/**
 * The app shell: header (dataset opener, filters toggle), notices, and — once a dataset is
 * loaded — filters | timeline or list | event card or source reader. Loading shows a progress
 * bar; a broken dataset an error panel (role "alert"; a failed file open keeps the current
 * dataset on screen below it); never a blank page.
 */
import { useEffect, useState } from 'react';

/** True at widths of 1024 px and more (and where media queries are not available, e.g. tests). */
function wideScreen(): boolean {
  return typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 1024px)').matches;
}
import { useDateline, useFilteredEvents } from './store/react';
import { Timeline } from './components/timeline/Timeline';
import { FiltersPanel } from './components/filters/FiltersPanel';
import { ActiveFilters } from './components/filters/ActiveFilters';
import { EventList } from './components/list/EventList';
import { SidePanel } from './components/layout/SidePanel';
import { EmptyState } from './components/layout/EmptyState';
import { useUrlSync } from './components/layout/useUrlSync';
import { LoadingPanel } from './components/data/LoadingPanel';
import { ErrorPanel } from './components/data/ErrorPanel';
import { Notices } from './components/data/Notices';
import { DatasetOpener } from './components/data/DatasetOpener';
import { WorkspaceBar } from './components/workspace/WorkspaceBar';
import { useDatasetLoader } from './components/data/useDatasetLoader';

function Body() {
  const dataset = useDateline((s) => s.dataset);
  const events = useFilteredEvents();
  const [view, setView] = useState<'chart' | 'list'>('chart');
  // The filter and detail panels are open by default on wide screens (≥ 1024 px) and collapsible,
  // so the chart can take the full width; collapsed, their contents stay in the DOM (hidden).
  const [filtersOpen, setFiltersOpen] = useState(wideScreen);
  const [detailsOpen, setDetailsOpen] = useState(wideScreen);
  const selectedId = useDateline((s) => s.selectedId);
  const reader = useDateline((s) => s.reader);
  // A selection or an open passage shows the details panel again.
  useEffect(() => {
    if (selectedId !== null || reader !== null) setDetailsOpen(true);
  }, [selectedId, reader]);
  if (!dataset) return null;
  const empty = events.length === 0;
  return (
    <div className="layout">
      <aside id="filters-pane" className={filtersOpen ? 'filters-pane is-open' : 'filters-pane'} aria-label="Filters" hidden={!filtersOpen}>
        <FiltersPanel />
      </aside>
      <main id="main-pane" className="main-pane" tabIndex={-1}>
        <div className="toolbar">
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="filters-pane"
            onClick={() => setFiltersOpen((o) => !o)}
          >
            {filtersOpen ? 'Hide filters' : 'Filters'}
          </button>
          <ActiveFilters />
          <button type="button" className="view-toggle" onClick={() => setView(view === 'chart' ? 'list' : 'chart')}>
            {view === 'chart' ? 'List' : 'Chart'}
          </button>
          <button type="button" className="details-toggle" aria-expanded={detailsOpen} aria-controls="side-pane" onClick={() => setDetailsOpen((o) => !o)}>
            {detailsOpen ? 'Hide details' : 'Details'}
          </button>
        </div>
        {empty ? <EmptyState datasetEmpty={dataset.events.length === 0} /> : view === 'chart' ? <Timeline /> : <EventList />}
      </main>
      <aside id="side-pane" className="side-pane" aria-label="Details" hidden={!detailsOpen}>
        <SidePanel />
      </aside>
    </div>
  );
}

export function App() {
  const [initial] = useState(() => ({ search: window.location.search, href: window.location.href }));
  const openFile = useDatasetLoader(initial.search, initial.href);
  const status = useDateline((s) => s.status);
  const error = useDateline((s) => s.error);
  const dataset = useDateline((s) => s.dataset);
  useUrlSync(dataset);
  return (
    <div className="app">
      <a className="skip-link" href="#main-pane">
        Skip to the timeline
      </a>
      <header className="app-header">
        <h1>
          Dateline <span className="tagline">diplomatic events, cited</span>
        </h1>
        <WorkspaceBar />
        <DatasetOpener onFile={openFile} />
      </header>
      <Notices />
      {status === 'loading' && <LoadingPanel />}
      {status === 'error' && error && <ErrorPanel error={error} />}
      {dataset && status !== 'loading' && <Body />}
    </div>
  );
}
