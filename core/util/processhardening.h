#pragma once

namespace Officine::ProcessHardening {

/// Makes the process undumpable: no core file (RLIMIT_CORE = 0) and PR_SET_DUMPABLE = 0, which
/// also keeps other processes of the same user from attaching with ptrace or reading
/// /proc/PID/mem. Called first thing by every executable that opens the store.
/// Returns false if either step failed.
bool disableCoreDumps();

/// True when core dumps are off for this process (both rules above hold).
bool coreDumpsDisabled();

} // namespace Officine::ProcessHardening
