#ifndef COURSE_COROUTINE_H
#define COURSE_COROUTINE_H

#include <stddef.h>

/// A function run on a stack of its own that can suspend itself and be resumed: what a
/// Python generator runs on. Switching costs a few hundred nanoseconds (the stack and the
/// registers, on the same thread), so everything thread-local stays as it is.
typedef struct course_coroutine course_coroutine;

/// A coroutine that will run `entry(argument)` on a fresh stack of `stack_size` bytes (with a
/// guard page below it) when first resumed. NULL when the stack cannot be mapped.
course_coroutine *course_coroutine_create(size_t stack_size, void (*entry)(void *), void *argument);

/// Runs the coroutine until it suspends or its entry returns. Returns 1 once it has
/// finished (its entry returned), 0 when it suspended.
int course_coroutine_resume(course_coroutine *coroutine);

/// From inside the coroutine: back to whoever resumed it.
void course_coroutine_suspend(course_coroutine *coroutine);

/// Frees the coroutine and its stack (it must not be running).
void course_coroutine_destroy(course_coroutine *coroutine);

#endif
