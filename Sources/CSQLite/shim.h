#include <sqlite3.h>

/// sqlite3_config is variadic, which Swift cannot call; these wrap the calls GroupSlim makes.
/// Both must run before the first connection opens (SQLite then ignores them).

/// Turns off SQLite's memory-usage statistics: with them on, every allocation SQLite makes
/// (one per bound string, among others) takes a global mutex, and GroupSlim never reads them.
static inline int groupslim_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
