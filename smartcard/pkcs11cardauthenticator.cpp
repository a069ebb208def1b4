#include "pkcs11cardauthenticator.h"

#include "logging/logging.h"

#include <QFile>
#include <dlfcn.h>
#include <p11-kit/pkcs11.h>

namespace Officine::SmartCard {

namespace {

const char kCertificateLabel[] = "Certificat d'Authentification CPS";
const char kKeyLabel[] = "CPS_PRIV_AUT";

QString fixed(const unsigned char* text, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(text), static_cast<qsizetype>(size)).trimmed();
}

} // namespace

struct Pkcs11CardAuthenticator::Private
{
    QString modulePath;
    void* library = nullptr;
    CK_FUNCTION_LIST_PTR p11 = nullptr;
    bool initialized = false;

    Error error(CK_RV rv, const char* call) const
    {
        const QString log = QStringLiteral("%1: CKR 0x%2")
                                .arg(QLatin1StringView(call))
                                .arg(static_cast<qulonglong>(rv), 0, 16);
        switch (rv) {
        case CKR_PIN_INCORRECT:
            return Error(ErrorCode::CardPinWrong, tr("Code porteur incorrect."), log);
        case CKR_PIN_LOCKED:
            return Error(
                ErrorCode::CardPinBlocked,
                tr("La carte est bloquée après trois codes porteur erronés. Débloquez-la avec le code de "
                   "déblocage à 8 chiffres reçu avec la carte."),
                log);
        case CKR_PIN_LEN_RANGE:
            return Error(ErrorCode::InvalidInput, tr("Le code porteur comporte 4 chiffres."), log);
        case CKR_DEVICE_REMOVED:
        case CKR_TOKEN_NOT_PRESENT:
        case CKR_SESSION_HANDLE_INVALID:
        case CKR_SESSION_CLOSED:
            return Error(ErrorCode::CardRemoved,
                         tr("La carte a été retirée pendant l'opération : réinsérez-la et "
                            "recommencez."),
                         log);
        case CKR_TOKEN_NOT_RECOGNIZED:
            return Error(ErrorCode::CardNotRecognised,
                         tr("Cette carte n'est pas reconnue : insérez une carte CPS ou CPE."), log);
        default:
            return Error(
                ErrorCode::CardCommunication,
                tr("Le module PKCS#11 de la carte a signalé une erreur : retirez la carte, réinsérez-la et "
                   "recommencez."),
                log);
        }
    }

    Result<CK_SLOT_ID> findSlot(const QString& reader) const
    {
        CK_ULONG count = 0;
        CK_RV rv = p11->C_GetSlotList(CK_TRUE, nullptr, &count);
        if (rv != CKR_OK) {
            return fail(error(rv, "C_GetSlotList"));
        }
        std::vector<CK_SLOT_ID> slots(count);
        rv = p11->C_GetSlotList(CK_TRUE, slots.data(), &count);
        if (rv != CKR_OK) {
            return fail(error(rv, "C_GetSlotList"));
        }
        for (CK_ULONG i = 0; i < count; ++i) {
            CK_SLOT_INFO slot {};
            CK_TOKEN_INFO token {};
            if (p11->C_GetSlotInfo(slots[i], &slot) != CKR_OK
                || p11->C_GetTokenInfo(slots[i], &token) != CKR_OK) {
                continue;
            }
            if (fixed(slot.slotDescription, sizeof slot.slotDescription) == reader
                || fixed(token.label, sizeof token.label) == reader) {
                return slots[i];
            }
        }
        return fail(ErrorCode::CardRemoved, tr("Aucune carte n'est présente dans ce lecteur."),
                    QStringLiteral("no PKCS#11 token for the reader"));
    }

    std::vector<CK_OBJECT_HANDLE> find(CK_SESSION_HANDLE session, CK_ATTRIBUTE* templ, CK_ULONG count) const
    {
        std::vector<CK_OBJECT_HANDLE> out;
        if (p11->C_FindObjectsInit(session, templ, count) != CKR_OK) {
            return out;
        }
        CK_OBJECT_HANDLE handles[16];
        CK_ULONG found = 0;
        while (p11->C_FindObjects(session, handles, 16, &found) == CKR_OK && found > 0) {
            out.insert(out.end(), handles, handles + found);
        }
        p11->C_FindObjectsFinal(session);
        return out;
    }

    QByteArray attribute(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type) const
    {
        CK_ATTRIBUTE a {type, nullptr, 0};
        if (p11->C_GetAttributeValue(session, object, &a, 1) != CKR_OK
            || a.ulValueLen == CK_UNAVAILABLE_INFORMATION) {
            return {};
        }
        QByteArray value(static_cast<qsizetype>(a.ulValueLen), '\0');
        a.pValue = value.data();
        if (p11->C_GetAttributeValue(session, object, &a, 1) != CKR_OK) {
            return {};
        }
        return value;
    }

    /// The authentication certificate: by its CPS label, else the first X.509 certificate.
    CK_OBJECT_HANDLE certificate(CK_SESSION_HANDLE session) const
    {
        CK_OBJECT_CLASS cls = CKO_CERTIFICATE;
        CK_ATTRIBUTE byLabel[]
            = {{CKA_CLASS, &cls, sizeof cls},
               {CKA_LABEL, const_cast<char*>(kCertificateLabel), sizeof kCertificateLabel - 1}};
        auto found = find(session, byLabel, 2);
        if (found.empty()) {
            found = find(session, byLabel, 1);
        }
        return found.empty() ? CK_INVALID_HANDLE : found.front();
    }

    int triesLeft(CK_SLOT_ID slot) const
    {
        CK_TOKEN_INFO token {};
        if (p11->C_GetTokenInfo(slot, &token) != CKR_OK) {
            return -1;
        }
        if (token.flags & CKF_USER_PIN_LOCKED) {
            return 0;
        }
        if (token.flags & CKF_USER_PIN_FINAL_TRY) {
            return 1;
        }
        if (token.flags & CKF_USER_PIN_COUNT_LOW) {
            return 2;
        }
        return -1; // the module does not say
    }
};

Pkcs11CardAuthenticator::Pkcs11CardAuthenticator(QString modulePath)
    : d(std::make_unique<Private>())
{
    d->modulePath = std::move(modulePath);
}

Pkcs11CardAuthenticator::~Pkcs11CardAuthenticator()
{
    if (d->initialized) {
        d->p11->C_Finalize(nullptr);
    }
    if (d->library) {
        dlclose(d->library);
    }
}

Result<void> Pkcs11CardAuthenticator::load()
{
    if (d->initialized) {
        return {};
    }
    d->library = dlopen(QFile::encodeName(d->modulePath).constData(), RTLD_NOW | RTLD_LOCAL);
    if (!d->library) {
        return fail(ErrorCode::CardServiceUnavailable,
                    tr("Le module PKCS#11 des cartes CPS est introuvable (%1) : vérifiez son chemin dans les "
                       "paramètres et l'installation de la Cryptolib CPS.")
                        .arg(d->modulePath),
                    QStringLiteral("dlopen failed: %1").arg(QString::fromLocal8Bit(dlerror())));
    }
    auto getList = reinterpret_cast<CK_C_GetFunctionList>(dlsym(d->library, "C_GetFunctionList"));
    if (!getList || getList(&d->p11) != CKR_OK || !d->p11) {
        return fail(ErrorCode::CardServiceUnavailable, tr("Ce fichier n'est pas un module PKCS#11."),
                    QStringLiteral("no C_GetFunctionList"));
    }
    CK_C_INITIALIZE_ARGS args {};
    args.flags = CKF_OS_LOCKING_OK;
    const CK_RV rv = d->p11->C_Initialize(&args);
    if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED) {
        return fail(d->error(rv, "C_Initialize"));
    }
    d->initialized = true;
    return {};
}

Result<QStringList> Pkcs11CardAuthenticator::tokens()
{
    if (auto l = load(); !l) {
        return fail(l.error());
    }
    CK_ULONG count = 0;
    if (CK_RV rv = d->p11->C_GetSlotList(CK_TRUE, nullptr, &count); rv != CKR_OK) {
        return fail(d->error(rv, "C_GetSlotList"));
    }
    std::vector<CK_SLOT_ID> slots(count);
    d->p11->C_GetSlotList(CK_TRUE, slots.data(), &count);
    QStringList names;
    for (CK_ULONG i = 0; i < count; ++i) {
        CK_TOKEN_INFO token {};
        if (d->p11->C_GetTokenInfo(slots[i], &token) == CKR_OK) {
            names << fixed(token.label, sizeof token.label);
        }
    }
    return names;
}

Result<std::pair<unsigned long, unsigned long>> Pkcs11CardAuthenticator::openSession(const QString& reader)
{
    if (auto l = load(); !l) {
        return fail(l.error());
    }
    auto slot = d->findSlot(reader);
    if (!slot) {
        return fail(slot.error());
    }
    CK_SESSION_HANDLE session = CK_INVALID_HANDLE;
    if (CK_RV rv = d->p11->C_OpenSession(*slot, CKF_SERIAL_SESSION, nullptr, nullptr, &session);
        rv != CKR_OK) {
        return fail(d->error(rv, "C_OpenSession"));
    }
    return std::pair<unsigned long, unsigned long> {*slot, session};
}

Result<Auth::CardInfo> Pkcs11CardAuthenticator::readCard(const QString& reader)
{
    auto opened = openSession(reader);
    if (!opened) {
        return fail(opened.error());
    }
    const auto [slot, session] = *opened;
    Auth::CardInfo info;
    info.reader = reader;
    CK_TOKEN_INFO token {};
    if (d->p11->C_GetTokenInfo(slot, &token) == CKR_OK) {
        info.serial = fixed(token.serialNumber, sizeof token.serialNumber).toLatin1();
    }
    const CK_OBJECT_HANDLE cert = d->certificate(session);
    if (cert != CK_INVALID_HANDLE) {
        info.certificateDer = d->attribute(session, cert, CKA_VALUE);
    }
    info.pinTriesLeft = d->triesLeft(slot);
    d->p11->C_CloseSession(session);
    if (info.certificateDer.isEmpty()) {
        return fail(
            ErrorCode::CardNotRecognised,
            tr("Aucun certificat d'authentification sur cette carte : ce n'est pas une carte CPS ou CPE."),
            QStringLiteral("no certificate object"));
    }
    return info;
}

Result<QByteArray> Pkcs11CardAuthenticator::signChallenge(const QString& reader, const SecureBuffer& pin,
                                                          const QByteArray& challenge)
{
    auto opened = openSession(reader);
    if (!opened) {
        return fail(opened.error());
    }
    const auto [slot, session] = *opened;
    auto close = [this, session](Result<QByteArray> r) {
        d->p11->C_Logout(session); // the PIN never stays verified
        d->p11->C_CloseSession(session);
        return r;
    };
    CK_RV rv = d->p11->C_Login(session, CKU_USER, const_cast<CK_UTF8CHAR_PTR>(pin.data()),
                               static_cast<CK_ULONG>(pin.size()));
    if (rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN) {
        Error e = d->error(rv, "C_Login");
        if (e.code == ErrorCode::CardPinWrong) {
            e.detail = d->triesLeft(slot);
            if (e.detail == 0) {
                e.code = ErrorCode::CardPinBlocked;
            }
        }
        return close(fail(e));
    }
    // The authentication key: by its CPS label, else the key sharing the certificate's CKA_ID.
    CK_OBJECT_CLASS keyClass = CKO_PRIVATE_KEY;
    CK_ATTRIBUTE byLabel[] = {{CKA_CLASS, &keyClass, sizeof keyClass},
                              {CKA_LABEL, const_cast<char*>(kKeyLabel), sizeof kKeyLabel - 1}};
    auto keys = d->find(session, byLabel, 2);
    if (keys.empty()) {
        const CK_OBJECT_HANDLE cert = d->certificate(session);
        QByteArray id = cert != CK_INVALID_HANDLE ? d->attribute(session, cert, CKA_ID) : QByteArray();
        CK_ATTRIBUTE byId[] = {{CKA_CLASS, &keyClass, sizeof keyClass},
                               {CKA_ID, id.data(), static_cast<CK_ULONG>(id.size())}};
        keys = d->find(session, byId, id.isEmpty() ? 1 : 2);
    }
    if (keys.empty()) {
        return close(
            fail(ErrorCode::CardNotRecognised,
                 tr("Aucune clé d'authentification sur cette carte : ce n'est pas une carte CPS ou CPE."),
                 QStringLiteral("no private key object")));
    }
    CK_MECHANISM mechanism {CKM_SHA256_RSA_PKCS, nullptr, 0};
    if ((rv = d->p11->C_SignInit(session, &mechanism, keys.front())) != CKR_OK) {
        return close(fail(d->error(rv, "C_SignInit")));
    }
    CK_ULONG length = 0;
    auto* data = reinterpret_cast<CK_BYTE_PTR>(const_cast<char*>(challenge.constData()));
    if ((rv = d->p11->C_Sign(session, data, static_cast<CK_ULONG>(challenge.size()), nullptr, &length))
        != CKR_OK) {
        return close(fail(d->error(rv, "C_Sign")));
    }
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    if ((rv = d->p11->C_Sign(session, data, static_cast<CK_ULONG>(challenge.size()),
                             reinterpret_cast<CK_BYTE_PTR>(signature.data()), &length))
        != CKR_OK) {
        return close(fail(d->error(rv, "C_Sign")));
    }
    signature.resize(static_cast<qsizetype>(length));
    return close(signature);
}

} // namespace Officine::SmartCard
