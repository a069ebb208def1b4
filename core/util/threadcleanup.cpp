#include "threadcleanup.h"

#include <openssl/crypto.h>

namespace Officine {

ThreadCryptoScope::~ThreadCryptoScope()
{
    OPENSSL_thread_stop();
}

} // namespace Officine
