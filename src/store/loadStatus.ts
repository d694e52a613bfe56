/** Where loading the dataset stands. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
