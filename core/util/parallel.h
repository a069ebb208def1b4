#pragma once

#include <cstddef>
#include <functional>

namespace Officine {

/// Calls `work(i)` for every i in [0, count), on all cores: the range is cut into one contiguous
/// share per core, each run by a task of Qt's global pool (the caller takes part) that holds a
/// ThreadCryptoScope, so what OpenSSL kept for a pool thread (its random generators, drawn by
/// the identifiers a share creates) is freed when the share ends rather than when Qt's pool lets
/// the thread go. Returns once every share is done. `work` must be safe to run concurrently for
/// distinct indices.
void parallelFor(std::size_t count, const std::function<void(std::size_t)>& work);

} // namespace Officine
