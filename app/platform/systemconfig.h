#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace Officine::Platform {

/// What a user of the workstation may not change (architecture decision 9): the card
/// middleware (a library the application loads), the folder of trusted card authorities, and
/// the sync server with its CA. They come from a root-owned file installed by the package,
/// `/etc/officine/officine.conf` (a conffile), never from the user's settings: whoever can write
/// a file the application trusts for these can make it trust their own CA or run their own
/// code. The demo and the tests use their own profile and never read it.
///
///     [cards]
///     pkcs11_module = /usr/lib/x86_64-linux-gnu/libcps3_pkcs11_lux.so
///     trust_store = /etc/officine/trust
///     [server]
///     url = https://hds.example.fr
///     ca = /etc/officine/server-ca.pem
///     [insi]
///     url = https://services-ps.ameli.fr/lps
///     ca = /etc/officine/insi-ca.pem
struct SystemConfig
{
    Q_DECLARE_TR_FUNCTIONS(SystemConfig)

public:
    static constexpr auto defaultPath = "/etc/officine/officine.conf";
    static constexpr auto defaultTrustStore = "/etc/officine/trust";

    QString path;
    bool present = false; ///< false: no file, every value its default
    QString pkcs11Module; ///< empty: Officine's own APDU card profile
    QString trustStoreDir = QString::fromLatin1(defaultTrustStore);
    QString serverUrl; ///< empty: sync not configured
    QString serverCa;
    QString insiUrl; ///< empty: the INSi teleservice is not configured
    QString insiCa; ///< empty: the system's authorities

    /// Reads the file at `path`. A missing file gives the defaults. A file (or folder, or the
    /// PKCS#11 module it names) that is not owned by root or that others than root may write is
    /// refused, as is a value that is not an absolute path or an https address.
    static Result<SystemConfig> load(const QString& path = QString::fromLatin1(defaultPath));
    /// Refuses a file or folder not owned by root, or writable by its group or by all.
    static Result<void> checkRootOwned(const QString& path, const QString& configPath);
};

} // namespace Officine::Platform
