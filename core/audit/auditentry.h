#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

struct evp_md_ctx_st;

namespace Officine::Audit {

/// What an audit entry records. The stable identifier (actionId) is what the chain hashes and
/// what exports carry; the label is for the viewer. Never renumber or rename: add.
enum class Action {
    Login,
    Logout,
    Lock,
    Unlock,
    LoginFailed,
    View,
    Create,
    Update,
    Delete,
    Export,
    Print,
    Grant,
    Revoke,
    Archive,
    ArchiveAccess,
    Unarchive,
    Purge,
    Anonymise,
    SettingsChange,
    KeyOperation,
    Backup,
    Restore,
    Checkpoint,
    Verify,
};

inline constexpr Action allActions[] = {
    Action::Login,     Action::Logout,  Action::Lock,       Action::Unlock,         Action::LoginFailed,
    Action::View,      Action::Create,  Action::Update,     Action::Delete,         Action::Export,
    Action::Print,     Action::Grant,   Action::Revoke,     Action::Archive,        Action::ArchiveAccess,
    Action::Unarchive, Action::Purge,   Action::Anonymise,  Action::SettingsChange, Action::KeyOperation,
    Action::Backup,    Action::Restore, Action::Checkpoint, Action::Verify,
};

QString actionId(Action action);
std::optional<Action> actionFromId(const QString& id);
/// French (translated) label for the viewer: "Consultation", "Modification"…
QString actionLabel(Action action);

enum class Outcome { Success, Refused, Failure };
QString outcomeId(Outcome outcome);
std::optional<Outcome> outcomeFromId(const QString& id);
QString outcomeLabel(Outcome outcome);

/// The account id the trail uses for what the application does on its own (retention job,
/// start-up verification).
inline const QString systemAccount = QStringLiteral("system");

/// One entry of the trail. Holds identifiers and field *names* only, never a health-data value:
/// a patient is its UUID, a change is the list of the fields that changed.
struct Entry
{
    QString uuid;
    QString workstationId;
    qint64 seq = 0; ///< per-workstation sequence, 1, 2, 3… (ordering never relies on the clock)
    QDateTime at; ///< UTC, millisecond precision, from the injected clock
    QString accountUuid; ///< staff account, or "system"; empty when nobody was signed in
    QString nationalId; ///< the actor's idNat_PS (8+RPPS, 0+ADELI…), empty if none
    Action action = Action::View;
    QString targetType; ///< "patient", "staff_account", "settings", "audit"…
    QString targetUuid;
    QString patientUuid; ///< the patient concerned, where one applies
    Outcome outcome = Outcome::Success;
    QString reason; ///< machine reason of a refusal or failure ("permission:staff.manage")
    QStringList fields; ///< names of the changed fields (updates) or settings keys
    QString justification; ///< the written reason given to open an archived record
    QString detail; ///< machine detail without health data ("format=csv;rows=12", a checkpoint)
    QByteArray prevHash; ///< 32 bytes: the previous entry's hash (zeros for the first)
    QByteArray hash; ///< 32 bytes: SHA-256(prevHash || canonical(entry))

    static QString timeText(const QDateTime& t); ///< "2026-01-05T09:00:00.000Z"
};

/// The canonical encoding the hash covers (docs/audit-format.md): the magic "OFA1", then each
/// field in a fixed order as a 4-byte big-endian length and its UTF-8 bytes.
QByteArray canonical(const Entry& entry);
/// Appends one field of the canonical encodings: 4-byte big-endian length, then the bytes.
void appendField(QByteArray& out, QByteArrayView bytes);
/// The 15 fields of the canonical encoding, in order, as UTF-8 (workstation, seq, uuid, at,
/// account, national id, action, target type, target, patient, outcome, reason, fields,
/// justification, detail): the trail binds the same bytes it hashes.
using CanonicalFields = std::array<QByteArray, 15>;
CanonicalFields canonicalFields(const Entry& entry);
QByteArray canonical(const CanonicalFields& fields);
/// The same encoding of fields read in place (the verifier's SQL function), written into a
/// buffer the caller reuses.
using CanonicalViews = std::array<QByteArrayView, 15>;
void canonicalInto(QByteArray& out, const CanonicalViews& fields);
/// SHA-256(prevHash || canonical).
QByteArray chainHash(const QByteArray& prevHash, const QByteArray& canonicalBytes);
/// A reusable SHA-256 context (OpenSSL EVP), for hashing many entries without reallocating.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    /// out (32 bytes) = SHA-256(prev || data).
    void chain(const char* prev, qsizetype prevLen, const char* data, qsizetype len, unsigned char* out);

private:
    ::evp_md_ctx_st* m_ctx;
};

/// The prevHash of a chain's first entry.
QByteArray genesisHash();

} // namespace Officine::Audit
