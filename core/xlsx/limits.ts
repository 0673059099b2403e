// The limits every host applies to a received workbook, so a file is refused the same way in the
// CLI, the task pane, the sidebar and the offline page.

/** Refuse workbooks larger than this on disk. */
export const MAX_FILE_BYTES = 64 * 2 ** 20;
/** Refuse workbooks whose parts expand to more than this in total. */
export const MAX_EXPANDED_BYTES = 320 * 2 ** 20;

export interface XlsxLimits {
  maxFileBytes: number;
  maxExpandedBytes: number;
}

export const DEFAULT_LIMITS: XlsxLimits = { maxFileBytes: MAX_FILE_BYTES, maxExpandedBytes: MAX_EXPANDED_BYTES };
