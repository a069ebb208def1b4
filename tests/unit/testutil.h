#pragma once

#include "../support/fakeclock.h"
#include "model/staffaccount.h"
#include "storage/store.h"
#include "util/securebuffer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace Officine::Test {

/// A deterministic 32-byte key for tests that do not exercise the keychain.
inline SecureBuffer testKey(std::uint8_t seed = 0x42)
{
    SecureBuffer key(32);
    for (std::size_t i = 0; i < key.size(); ++i) {
        key.data()[i] = static_cast<std::uint8_t>(seed + i * 7);
    }
    return key;
}

inline std::unique_ptr<Storage::Store> openStore(const QString& path, const SecureBuffer& key,
                                                 int targetVersion = -1)
{
    Storage::StoreOptions options;
    options.path = path;
    options.targetSchemaVersion = targetVersion;
    auto store = Storage::Store::open(options, key);
    if (!store) {
        qWarning("openStore failed: %s", qPrintable(store.error().logText));
        return nullptr;
    }
    return std::move(*store);
}

/// The demo titulaire, whose emulated card (tools/cardemulator make-cards) says 8+RPPS.
inline Model::StaffAccount claireDemoTitulaire()
{
    Model::StaffAccount titulaire;
    titulaire.familyName = QStringLiteral("Démo");
    titulaire.givenName = QStringLiteral("Claire");
    titulaire.role = Auth::Role::Titulaire;
    titulaire.rpps = QStringLiteral("10012345673");
    titulaire.idNatPs = QStringLiteral("810012345673");
    return titulaire;
}

/// A secret typed in a test, in locked memory.
inline SecureBuffer secret(const char* text)
{
    QByteArray bytes(text);
    return SecureBuffer::fromAndWipe(bytes);
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.readAll();
}

} // namespace Officine::Test
