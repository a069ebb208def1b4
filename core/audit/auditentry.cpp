#include "auditentry.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstring>
#include <openssl/evp.h>

namespace Officine::Audit {

QString actionId(Action action)
{
    switch (action) {
    case Action::Login:
        return QStringLiteral("login");
    case Action::Logout:
        return QStringLiteral("logout");
    case Action::Lock:
        return QStringLiteral("lock");
    case Action::Unlock:
        return QStringLiteral("unlock");
    case Action::LoginFailed:
        return QStringLiteral("login_failed");
    case Action::View:
        return QStringLiteral("view");
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Export:
        return QStringLiteral("export");
    case Action::Print:
        return QStringLiteral("print");
    case Action::Grant:
        return QStringLiteral("grant");
    case Action::Revoke:
        return QStringLiteral("revoke");
    case Action::Archive:
        return QStringLiteral("archive");
    case Action::ArchiveAccess:
        return QStringLiteral("archive_access");
    case Action::Unarchive:
        return QStringLiteral("unarchive");
    case Action::Purge:
        return QStringLiteral("purge");
    case Action::Anonymise:
        return QStringLiteral("anonymise");
    case Action::SettingsChange:
        return QStringLiteral("settings_change");
    case Action::KeyOperation:
        return QStringLiteral("key_operation");
    case Action::Backup:
        return QStringLiteral("backup");
    case Action::Restore:
        return QStringLiteral("restore");
    case Action::Checkpoint:
        return QStringLiteral("checkpoint");
    case Action::Verify:
        return QStringLiteral("verify");
    }
    return {};
}

std::optional<Action> actionFromId(const QString& id)
{
    for (Action a : allActions) {
        if (actionId(a) == id) {
            return a;
        }
    }
    return std::nullopt;
}

QString actionLabel(Action action)
{
    switch (action) {
    case Action::Login:
        return QCoreApplication::translate("AuditAction", "Connexion");
    case Action::Logout:
        return QCoreApplication::translate("AuditAction", "Déconnexion");
    case Action::Lock:
        return QCoreApplication::translate("AuditAction", "Verrouillage");
    case Action::Unlock:
        return QCoreApplication::translate("AuditAction", "Déverrouillage");
    case Action::LoginFailed:
        return QCoreApplication::translate("AuditAction", "Échec de connexion");
    case Action::View:
        return QCoreApplication::translate("AuditAction", "Consultation");
    case Action::Create:
        return QCoreApplication::translate("AuditAction", "Création");
    case Action::Update:
        return QCoreApplication::translate("AuditAction", "Modification");
    case Action::Delete:
        return QCoreApplication::translate("AuditAction", "Suppression");
    case Action::Export:
        return QCoreApplication::translate("AuditAction", "Export");
    case Action::Print:
        return QCoreApplication::translate("AuditAction", "Impression");
    case Action::Grant:
        return QCoreApplication::translate("AuditAction", "Accès accordé");
    case Action::Revoke:
        return QCoreApplication::translate("AuditAction", "Accès révoqué");
    case Action::Archive:
        return QCoreApplication::translate("AuditAction", "Archivage");
    case Action::ArchiveAccess:
        return QCoreApplication::translate("AuditAction", "Consultation d'archive");
    case Action::Unarchive:
        return QCoreApplication::translate("AuditAction", "Sortie d'archive");
    case Action::Purge:
        return QCoreApplication::translate("AuditAction", "Purge");
    case Action::Anonymise:
        return QCoreApplication::translate("AuditAction", "Anonymisation");
    case Action::SettingsChange:
        return QCoreApplication::translate("AuditAction", "Modification des paramètres");
    case Action::KeyOperation:
        return QCoreApplication::translate("AuditAction", "Opération sur la clé");
    case Action::Backup:
        return QCoreApplication::translate("AuditAction", "Sauvegarde");
    case Action::Restore:
        return QCoreApplication::translate("AuditAction", "Restauration");
    case Action::Checkpoint:
        return QCoreApplication::translate("AuditAction", "Point de contrôle signé");
    case Action::Verify:
        return QCoreApplication::translate("AuditAction", "Vérification du journal");
    }
    return {};
}

QString outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Failure:
        return QStringLiteral("failure");
    }
    return {};
}

std::optional<Outcome> outcomeFromId(const QString& id)
{
    for (Outcome o : {Outcome::Success, Outcome::Refused, Outcome::Failure}) {
        if (outcomeId(o) == id) {
            return o;
        }
    }
    return std::nullopt;
}

QString outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QCoreApplication::translate("AuditOutcome", "Réussi");
    case Outcome::Refused:
        return QCoreApplication::translate("AuditOutcome", "Refusé");
    case Outcome::Failure:
        return QCoreApplication::translate("AuditOutcome", "Échec");
    }
    return {};
}

QString Entry::timeText(const QDateTime& t)
{
    // Hand-formatted: QDateTime::toString(format) parses its format at every call, and the trail
    // formats a time for every entry it writes.
    if (!t.isValid()) {
        return {};
    }
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    const QTime h = utc.time();
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(),
                                d.day(), h.hour(), h.minute(), h.second(), h.msec());
    return QString::fromLatin1(buf, n);
}

void appendField(QByteArray& out, QByteArrayView bytes)
{
    const auto n = static_cast<quint32>(bytes.size());
    const char len[4] = {char(n >> 24), char((n >> 16) & 0xff), char((n >> 8) & 0xff), char(n & 0xff)};
    out.append(len, 4);
    out.append(bytes.data(), bytes.size());
}

CanonicalFields canonicalFields(const Entry& e)
{
    return {e.workstationId.toUtf8(),         QByteArray::number(e.seq),       e.uuid.toUtf8(),
            Entry::timeText(e.at).toLatin1(), e.accountUuid.toUtf8(),          e.nationalId.toUtf8(),
            actionId(e.action).toLatin1(),    e.targetType.toUtf8(),           e.targetUuid.toUtf8(),
            e.patientUuid.toUtf8(),           outcomeId(e.outcome).toLatin1(), e.reason.toUtf8(),
            e.fields.join(u',').toUtf8(),     e.justification.toUtf8(),        e.detail.toUtf8()};
}

void canonicalInto(QByteArray& out, const CanonicalViews& fields)
{
    qsizetype size = 4;
    for (const QByteArrayView& f : fields) {
        size += 4 + f.size();
    }
    // Written through one pointer into a buffer sized once: this runs for every entry the
    // verifier checks, where per-field appends cost a fifth of its rate.
    out.resize(size);
    char* p = out.data();
    std::memcpy(p, "OFA1", 4);
    p += 4;
    for (const QByteArrayView& f : fields) {
        const auto n = static_cast<quint32>(f.size());
        *p++ = char(n >> 24);
        *p++ = char((n >> 16) & 0xff);
        *p++ = char((n >> 8) & 0xff);
        *p++ = char(n & 0xff);
        if (n > 0) {
            std::memcpy(p, f.data(), n);
            p += n;
        }
    }
}

QByteArray canonical(const CanonicalFields& fields)
{
    CanonicalViews views;
    for (size_t i = 0; i < fields.size(); ++i) {
        views[i] = fields[i];
    }
    QByteArray out;
    canonicalInto(out, views);
    return out;
}

QByteArray canonical(const Entry& entry)
{
    return canonical(canonicalFields(entry));
}

namespace {
// Fetched once: an implicit fetch at every EVP_DigestInit_ex costs a lock and a lookup in
// OpenSSL 3's provider store, more than hashing a 300-byte entry.
const EVP_MD* sha256Algorithm()
{
    static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}
} // namespace

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx, sha256Algorithm(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::chain(const char* prev, qsizetype prevLen, const char* data, qsizetype len, unsigned char* out)
{
    unsigned int n = 0;
    EVP_DigestInit_ex(m_ctx, nullptr, nullptr); // the algorithm set at construction
    EVP_DigestUpdate(m_ctx, prev, static_cast<size_t>(prevLen));
    EVP_DigestUpdate(m_ctx, data, static_cast<size_t>(len));
    EVP_DigestFinal_ex(m_ctx, out, &n);
}

QByteArray chainHash(const QByteArray& prevHash, const QByteArray& canonicalBytes)
{
    thread_local Sha256 sha;
    QByteArray out(32, Qt::Uninitialized);
    sha.chain(prevHash.constData(), prevHash.size(), canonicalBytes.constData(), canonicalBytes.size(),
              reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

QByteArray genesisHash()
{
    return QByteArray(32, '\0');
}

} // namespace Officine::Audit
