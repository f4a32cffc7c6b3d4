export { applyImport } from './apply-import';
export { buildExport, exportFileName, exportToJson } from './build-export';
export { ImportError } from './import-error';
export { EXPORT_FORMAT, EXPORT_VERSION, ExportSettings, JobmarkExport, type ImportSummary } from './jobmark-export';
export { jobsToCsv } from './jobs-to-csv';
export { MAX_IMPORT_CHARS, parseImport, tooLargeError } from './parse-import';
