#ifndef JIXIAO_CNCURSESW_SHIM_H
#define JIXIAO_CNCURSESW_SHIM_H

/* SwiftPM drops pkg-config's -D flags, so ask for the wide API here. */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <langinfo.h>
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
static inline int jx_color_pairs(void) { return COLOR_PAIRS; }

/* Attribute and colour-pair macros expand to casts Swift cannot import. */
static inline attr_t jx_a_normal(void) { return A_NORMAL; }
static inline attr_t jx_a_bold(void) { return A_BOLD; }
static inline attr_t jx_a_dim(void) { return A_DIM; }
static inline attr_t jx_a_reverse(void) { return A_REVERSE; }
static inline attr_t jx_a_underline(void) { return A_UNDERLINE; }

/* newterm instead of initscr, so a missing terminal is an error, not an exit;
   stdin/stdout are mutable globals Swift 6 rejects. */
static inline SCREEN *jx_newterm(void) { return newterm(NULL, stdout, stdin); }

#endif
