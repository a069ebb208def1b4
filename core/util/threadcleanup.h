#pragma once

namespace Officine {

/// Frees, when it goes out of scope, what OpenSSL keeps for the calling thread (its error queue,
/// its random generators). Pool threads (QtConcurrent) live on after a task, and OpenSSL frees
/// that state only when a thread exits: a worker task that may use OpenSSL declares one first,
/// so nothing of a task outlives it.
class ThreadCryptoScope
{
public:
    ThreadCryptoScope() = default;
    ~ThreadCryptoScope();
    ThreadCryptoScope(const ThreadCryptoScope&) = delete;
    ThreadCryptoScope& operator=(const ThreadCryptoScope&) = delete;
};

} // namespace Officine
