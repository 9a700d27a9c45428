#ifndef COURSE_FLOATING_POINT_FLAGS_H
#define COURSE_FLOATING_POINT_FLAGS_H

#include <fenv.h>

/// The floating-point exception flags, cleared, read and raised without saving and
/// restoring the whole floating-point environment (which is what makes glibc's
/// `feclearexcept` slow on x86-64). The flag bits are those of <fenv.h>.
///
/// On x86-64 only the SSE unit's flags (MXCSR) are used: Swift's float and double
/// arithmetic and glibc's float and double functions all run on SSE, the x87 unit only
/// computes `long double`, which TensorCore never uses, and flags raised by hand go into
/// MXCSR too (`course_raise_floating_point_flags`, where glibc's `feraiseexcept` would use
/// the x87 unit for some of them). Reading the x87 status word costs more than the rest of
/// a small call's bookkeeping together.

/// The exception flags raised since the last clear, as <fenv.h>'s FE_* bits, clearing
/// them when any NumPy reports is among them (one read of MXCSR when none is). Writing
/// MXCSR stalls the pipeline, and most loops raise none of the flags NumPy reports
/// (invalid, divide by zero, overflow: 0x0D; nearly every float operation raises
/// "inexact"), so the flags are only written when one of those is set.
static inline int course_take_floating_point_flags(void) {
#if defined(__x86_64__)
    unsigned int csr;
    __asm__ volatile("stmxcsr %0" : "=m"(csr));
    int raised = (int)(csr & FE_ALL_EXCEPT);
    if (csr & 0x0Du) {
        csr &= ~0x3Fu;
        __asm__ volatile("ldmxcsr %0" : : "m"(csr));
    }
    return raised;
#else
    int raised = fetestexcept(FE_ALL_EXCEPT);
    feclearexcept(FE_ALL_EXCEPT);
    return raised;
#endif
}

/// Clears the exception flags (writing MXCSR only when a reported one is set).
static inline void course_clear_floating_point_flags(void) {
#if defined(__x86_64__)
    (void)course_take_floating_point_flags();
#else
    feclearexcept(FE_ALL_EXCEPT);
#endif
}

/// The exception flags raised since the last clear, as <fenv.h>'s FE_* bits.
static inline int course_raised_floating_point_flags(void) {
#if defined(__x86_64__)
    unsigned int csr;
    __asm__ volatile("stmxcsr %0" : "=m"(csr));
    return (int)(csr & FE_ALL_EXCEPT);
#else
    return fetestexcept(FE_ALL_EXCEPT);
#endif
}

/// Raises the <fenv.h> FE_* exception `flags`, as an operation that raised them would.
static inline void course_raise_floating_point_flags(int flags) {
#if defined(__x86_64__)
    unsigned int csr;
    __asm__ volatile("stmxcsr %0" : "=m"(csr));
    csr |= (unsigned int)flags & FE_ALL_EXCEPT;
    __asm__ volatile("ldmxcsr %0" : : "m"(csr));
#else
    feraiseexcept(flags);
#endif
}

#endif
