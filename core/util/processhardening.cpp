#include "processhardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace Officine::ProcessHardening {

bool disableCoreDumps()
{
    rlimit none {0, 0};
    const bool limitOk = setrlimit(RLIMIT_CORE, &none) == 0;
    const bool dumpableOk = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limitOk && dumpableOk;
}

bool coreDumpsDisabled()
{
    rlimit current {};
    if (getrlimit(RLIMIT_CORE, &current) != 0) {
        return false;
    }
    return current.rlim_cur == 0 && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
}

} // namespace Officine::ProcessHardening
