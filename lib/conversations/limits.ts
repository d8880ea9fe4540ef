/** How many conversations the history shows at first and adds with each "Show more". */
export const DEFAULT_PAGE_SIZE = 30;
export const MAX_PAGE_SIZE = 100;
