/** "Open dataset": a file picker plus a drop zone (files up to 200 MB). */
import { useRef, useState, type DragEvent } from 'react';

export function DatasetOpener({ onFile }: { onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={over ? 'dataset-opener drop-active' : 'dataset-opener'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <button type="button" onClick={() => input.current?.click()}>
        Open dataset
      </button>
      <span className="drop-hint" aria-hidden="true">
        or drop a .json file here
      </span>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-label="Dataset file"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
    </div>
  );
}
