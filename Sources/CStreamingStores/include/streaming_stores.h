#ifndef COURSE_STREAMING_STORES_H
#define COURSE_STREAMING_STORES_H

#include <stddef.h>
#include <stdint.h>

/// Copies `bytes` bytes (a multiple of 32) from `source` to `destination` (32-byte
/// aligned) with non-temporal stores: the data goes to memory without displacing what
/// the caches hold, as large results that are not read back soon should.
static inline void course_stream_copy(void *destination, const void *source, size_t bytes) {
    typedef float vector8 __attribute__((vector_size(32), aligned(32)));
    typedef float unaligned8 __attribute__((vector_size(32), aligned(4)));
    vector8 *target = (vector8 *)destination;
    const unaligned8 *from = (const unaligned8 *)source;
    for (size_t i = 0; i < bytes / 32; i++) {
        vector8 value = from[i];
        __builtin_nontemporal_store(value, target + i);
    }
}

/// Orders earlier non-temporal stores before later stores (call once after a series).
static inline void course_stream_fence(void) {
#if defined(__x86_64__)
    __builtin_ia32_sfence();
#endif
}

#endif
