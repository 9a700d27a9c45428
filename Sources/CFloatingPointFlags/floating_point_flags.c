#include "floating_point_flags.h"
