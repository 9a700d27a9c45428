#ifndef COURSE_FLOATING_POINT_FLAGS_H
#define COURSE_FLOATING_POINT_FLAGS_H

#include <fenv.h>

/// The floating-point exception flags, cleared and read without saving and restoring the
/// whole floating-point environment (which is what makes glibc's `feclearexcept` slow on
/// x86-64). Both units keep flags: SSE (MXCSR) for Swift's arithmetic, x87 for some of
/// glibc's `feraiseexcept`. The flag bits are the same in both and in <fenv.h>.

static inline void course_clear_floating_point_flags(void) {
#if defined(__x86_64__)
    unsigned int csr;
    __asm__ volatile("stmxcsr %0" : "=m"(csr));
    csr &= ~0x3Fu;
    __asm__ volatile("ldmxcsr %0" : : "m"(csr));
    __asm__ volatile("fnclex");
#else
    feclearexcept(FE_ALL_EXCEPT);
#endif
}

/// The exception flags raised since the last clear, as <fenv.h>'s FE_* bits.
static inline int course_raised_floating_point_flags(void) {
#if defined(__x86_64__)
    unsigned int csr;
    unsigned short status;
    __asm__ volatile("stmxcsr %0" : "=m"(csr));
    __asm__ volatile("fnstsw %0" : "=m"(status));
    return (int)((csr | status) & FE_ALL_EXCEPT);
#else
    return fetestexcept(FE_ALL_EXCEPT);
#endif
}

#endif
