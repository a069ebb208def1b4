#pragma once

#include "util/result.h"

#include <cstddef>

namespace Officine::Random {

/// Fills `size` bytes from the operating system's CSPRNG (OpenSSL RAND_bytes). A generator that
/// fails (not seeded, a broken provider) is an error: the caller stops rather than using
/// predictable bytes as a key, a salt, a nonce or a challenge.
Result<void> fill(void* data, std::size_t size);

} // namespace Officine::Random
