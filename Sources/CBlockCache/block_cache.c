#include "block_cache.h"

#include <pthread.h>
#include <stdlib.h>

// Size classes 2^10 … 2^14 bytes.
enum { smallest_shift = 10, class_count = 5, kept_per_class = 8 };

/// A kept block's first bytes link it to the next kept block of its class.
struct kept_block { struct kept_block *next; };

struct thread_cache {
    struct kept_block *first[class_count];
    int count[class_count];
    int registered;
};

static __thread struct thread_cache cache;
static pthread_key_t exit_key;
static pthread_once_t exit_key_once = PTHREAD_ONCE_INIT;

static void release_kept_blocks(void *unused) {
    (void)unused;
    for (int index = 0; index < class_count; index++) {
        struct kept_block *block = cache.first[index];
        while (block) {
            struct kept_block *next = block->next;
            free(block);
            block = next;
        }
        cache.first[index] = NULL;
        cache.count[index] = 0;
    }
    // A block given back later still in this thread's exit registers the destructor again.
    cache.registered = 0;
}

static void make_exit_key(void) { pthread_key_create(&exit_key, release_kept_blocks); }

static inline int class_index(size_t byte_count) {
    if (byte_count <= ((size_t)1 << smallest_shift)) return 0;
    int shift = 64 - __builtin_clzll((unsigned long long)(byte_count - 1));
    return shift - smallest_shift;
}

void *course_block_take(size_t byte_count) {
    int index = class_index(byte_count);
    if (index >= class_count) return aligned_alloc(64, (byte_count + 63) & ~(size_t)63);
    struct kept_block *block = cache.first[index];
    if (block) {
        cache.first[index] = block->next;
        cache.count[index] -= 1;
        return block;
    }
    return aligned_alloc(64, (size_t)1 << (index + smallest_shift));
}

void course_block_give(void *block, size_t byte_count) {
    int index = class_index(byte_count);
    if (index >= class_count || cache.count[index] >= kept_per_class) {
        free(block);
        return;
    }
    if (!cache.registered) {
        // The thread's kept blocks are freed at its exit: the key's destructor runs only
        // for threads that set a value.
        pthread_once(&exit_key_once, make_exit_key);
        pthread_setspecific(exit_key, &cache);
        cache.registered = 1;
    }
    struct kept_block *kept = block;
    kept->next = cache.first[index];
    cache.first[index] = kept;
    cache.count[index] += 1;
}

int course_block_kept(size_t byte_count) {
    int index = class_index(byte_count);
    return index < class_count ? cache.count[index] : 0;
}
