#include "trustdir.h"

#include <QDir>
#include <QFile>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Officine::Auth {

TrustDir TrustDir::load(const QString& folder)
{
    TrustDir trust;
    const QDir dir(folder);
    for (const QString& name :
         dir.entryList({QStringLiteral("*.pem"), QStringLiteral("*.crt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray pem = f.readAll();
        BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
        X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        if (!cert) {
            continue;
        }
        const bool selfSigned = X509_check_issued(cert, cert) == X509_V_OK;
        X509_free(cert);
        (selfSigned ? trust.roots : trust.intermediates) << pem;
    }
    return trust;
}

} // namespace Officine::Auth
