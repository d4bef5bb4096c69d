// How the board is read page by page (shared by the server and the browser's board).

/** Cards per column in the page as first sent, and in a closed column once opened. */
export const FIRST_PAGE_SIZE = 20;
/** Cards per "Mostra altre". */
export const NEXT_PAGE_SIZE = 50;
/** The most one request may read: a column read again after a refresh, as far as it had been read. */
export const MAX_PAGE_SIZE = 500;
