// The C API of libcmark-gfm and of its GitHub extensions (tables, strikethrough,
// autolinks, task lists), exposed to Swift as the module CCMarkGFM.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
