#define _GNU_SOURCE
#include "coroutine.h"

#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

struct course_coroutine {
    ucontext_t resumer;
    ucontext_t own;
    void *mapping;
    size_t mapping_size;
    void (*entry)(void *);
    void *argument;
    int finished;
};

/// makecontext passes int arguments: the coroutine's address in two halves.
static void course_coroutine_start(unsigned int high, unsigned int low) {
    course_coroutine *coroutine = (course_coroutine *)(((uintptr_t)high << 32) | (uintptr_t)low);
    coroutine->entry(coroutine->argument);
    coroutine->finished = 1;
    // uc_link returns to the resumer.
}

course_coroutine *course_coroutine_create(size_t stack_size, void (*entry)(void *), void *argument) {
    course_coroutine *coroutine = calloc(1, sizeof(course_coroutine));
    if (!coroutine) return NULL;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t size = (stack_size + page - 1) / page * page + page;
    void *mapping = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (mapping == MAP_FAILED) {
        free(coroutine);
        return NULL;
    }
    // The lowest page guards against overflow: touching it faults instead of corrupting.
    mprotect(mapping, page, PROT_NONE);
    coroutine->mapping = mapping;
    coroutine->mapping_size = size;
    coroutine->entry = entry;
    coroutine->argument = argument;
    getcontext(&coroutine->own);
    coroutine->own.uc_stack.ss_sp = (char *)mapping + page;
    coroutine->own.uc_stack.ss_size = size - page;
    coroutine->own.uc_link = &coroutine->resumer;
    uintptr_t address = (uintptr_t)coroutine;
    makecontext(&coroutine->own, (void (*)(void))course_coroutine_start, 2, (unsigned int)(address >> 32),
                (unsigned int)(address & 0xFFFFFFFFu));
    return coroutine;
}

int course_coroutine_resume(course_coroutine *coroutine) {
    if (coroutine->finished) return 1;
    swapcontext(&coroutine->resumer, &coroutine->own);
    return coroutine->finished;
}

void course_coroutine_suspend(course_coroutine *coroutine) {
    swapcontext(&coroutine->own, &coroutine->resumer);
}

void course_coroutine_destroy(course_coroutine *coroutine) {
    if (!coroutine) return;
    munmap(coroutine->mapping, coroutine->mapping_size);
    free(coroutine);
}
