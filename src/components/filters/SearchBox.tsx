/** Free-text search over titles, summaries and quotes (searchbox "Search events"). */
import { useDateline } from '../../store/react';

export function SearchBox() {
  const q = useDateline((s) => s.filters.q);
  const setQuery = useDateline((s) => s.setQuery);
  return (
    <div className="search-box">
      <input type="search" aria-label="Search events" placeholder="Search titles, summaries, quotes…" value={q} onChange={(e) => setQuery(e.target.value)} />
    </div>
  );
}
