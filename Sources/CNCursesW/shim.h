#ifndef JIXIAO_CNCURSESW_SHIM_H
#define JIXIAO_CNCURSESW_SHIM_H

/* SwiftPM drops pkg-config's -D flags, so ask for the wide API here. */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Not visible from Glibc in Swift. */
extern int wcwidth(wchar_t c);

/* Swift 6 rejects the mutable globals; read them through functions. */
static inline WINDOW *jx_stdscr(void) { return stdscr; }
static inline int jx_lines(void) { return LINES; }
static inline int jx_cols(void) { return COLS; }
static inline int jx_colors(void) { return COLORS; }

#endif
