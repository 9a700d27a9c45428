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

/// Writes `left[i] + right[i]` for `count` floats (a multiple of 8) to `destination`
/// (32-byte aligned) with non-temporal stores and no scratch: the least work that reads
/// two float arrays and writes one, which benchmarks time as the memory's floor.
static inline void course_stream_add_floats(float *destination, const float *left, const float *right, size_t count) {
    typedef float vector8 __attribute__((vector_size(32), aligned(32)));
    typedef float unaligned8 __attribute__((vector_size(32), aligned(4)));
    vector8 *target = (vector8 *)destination;
    const unaligned8 *a = (const unaligned8 *)left;
    const unaligned8 *b = (const unaligned8 *)right;
    for (size_t i = 0; i < count / 8; i++) {
        vector8 value = a[i] + b[i];
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
