#pragma once

#include "storage/secretstore.h"

#include <QCoreApplication>

namespace Officine::Storage {

/// The database key's life: created once, with the store, from the CSPRNG; kept in the
/// keychain under `entryName`; read into locked memory at each start.
class DatabaseKey
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseKey)

public:
    static constexpr int keySize = 32;

    struct Obtained
    {
        SecureBuffer key;
        bool created = false;
    };

    /// Reads the key; creates and stores a new one only when the store file does not exist yet.
    /// A store whose key is missing from the keychain is never given a new key (that would lock
    /// its data away for good): the error explains how to get the data back.
    static Result<Obtained> obtain(SecretStore& secrets, const QString& entryName, bool storeExists);
};

} // namespace Officine::Storage
