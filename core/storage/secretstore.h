#pragma once

#include "util/result.h"
#include "util/securebuffer.h"

#include <QString>
#include <optional>

namespace Officine::Storage {

/// Where secrets live: the OS keychain (architecture: core defines the interface, app/ implements
/// it with QtKeychain over the Secret Service). Implementations must answer within a bounded
/// time and report an unreachable or locked keychain as an error, never hang.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    /// nullopt when the entry does not exist.
    virtual Result<std::optional<SecureBuffer>> read(const QString& name) = 0;
    virtual Result<void> write(const QString& name, const SecureBuffer& secret) = 0;
    virtual Result<void> remove(const QString& name) = 0;
};

} // namespace Officine::Storage
