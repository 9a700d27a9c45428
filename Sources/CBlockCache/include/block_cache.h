#ifndef COURSE_BLOCK_CACHE_H
#define COURSE_BLOCK_CACHE_H

#include <stddef.h>

/// A block of at least `byte_count` bytes, aligned to 64 bytes: one this thread freed
/// earlier in the same size class when it kept one, else a new one. Size classes are the
/// powers of two from 1 KiB to 16 KiB; larger blocks are allocated and freed directly.
void *course_block_take(size_t byte_count);

/// Gives back a block `course_block_take(byte_count)` returned, with the same
/// `byte_count`: the calling thread keeps a few per size class for its next requests and
/// frees the rest. A thread's kept blocks are freed when the thread exits.
void course_block_give(void *block, size_t byte_count);

/// How many blocks of the size class serving `byte_count` the calling thread keeps now.
int course_block_kept(size_t byte_count);

#endif
