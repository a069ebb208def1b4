#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Officine::Auth {

/// The certificates a workstation trusts for staff cards, read from a folder of PEM files:
/// self-signed ones are roots (trust anchors), the others intermediates that only help build
/// chains. In production the IGC-Santé anchors; in the demo, the demo's test CA.
struct TrustDir
{
    QList<QByteArray> roots;
    QList<QByteArray> intermediates;
    static TrustDir load(const QString& folder);
};

} // namespace Officine::Auth
