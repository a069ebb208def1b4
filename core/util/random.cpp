#include "random.h"

#include <QCoreApplication>
#include <climits>
#include <openssl/rand.h>

namespace Officine::Random {

Result<void> fill(void* data, std::size_t size)
{
    auto* out = static_cast<unsigned char*>(data);
    while (size > 0) {
        const int chunk = static_cast<int>(std::min<std::size_t>(size, INT_MAX));
        if (RAND_bytes(out, chunk) != 1) {
            return fail(
                ErrorCode::Internal,
                QCoreApplication::translate("Random",
                                            "Le générateur de nombres aléatoires du système ne répond "
                                            "pas : l'opération est annulée, rien n'a été modifié."),
                QStringLiteral("RAND_bytes failed"));
        }
        out += chunk;
        size -= static_cast<std::size_t>(chunk);
    }
    return {};
}

} // namespace Officine::Random
