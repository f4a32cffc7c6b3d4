/**
 * Where the jobs app is shown: the toolbar popup (at most about 720 × 580 px; browsers cap
 * popups at 800 × 600) or the full-tab dashboard, which has room for more columns.
 */
export type Layout = 'popup' | 'dashboard';
