import { createContext } from 'react';
import { defaultExtractRunner, type ExtractRunner } from '../../workers/runExtraction';

/** The extractor runner the Add report form uses (the Web Worker; tests provide their own). */
export const ExtractorContext = createContext<ExtractRunner>(defaultExtractRunner);
