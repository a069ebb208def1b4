#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace Officine::Sync {

/// How a record type syncs (docs/sync-protocol.md, "Entités").
enum class Kind {
    /// A document edited in place (a patient file, a staff account, the pharmacy settings): the
    /// server keeps one current version with its revision, a stale base revision is answered
    /// with that version and the client merges field by field.
    Mutable,
    /// A record written once and never changed (audit entries, history entries, dispensing and
    /// preparation events): never in conflict; a second change for the same record is refused.
    AppendOnly,
};

/// The record types that sync, with their kind and the largest payload accepted. Unknown
/// entities are refused by the server and ignored by nobody: both sides read this table.
struct EntityRule
{
    const char* name;
    Kind kind;
    qsizetype maxPayloadBytes;
};
const std::vector<EntityRule>& entities();
std::optional<EntityRule> entityRule(const QString& name);

enum class Operation { Create, Update, Delete, Append };
QString operationId(Operation op);
std::optional<Operation> operationFromId(const QString& id);

/// One change of a push, as the client sends it.
struct Change
{
    QString id; ///< the change's UUID: pushing it twice applies it once
    QString entity;
    QString recordId;
    Operation operation = Operation::Create;
    /// The server revision the change was made on (0 for a creation or an append).
    qint64 baseRevision = 0;
    /// The record's JSON document (compact UTF-8), empty for a deletion.
    QByteArray payload;
    QString at; ///< when it was made, ISO 8601 UTC (informative; ordering uses seq)
};

/// One change as pull returns it (and as a stale push is answered).
struct ServerChange
{
    qint64 seq = 0;
    QString id;
    QString entity;
    QString recordId;
    Operation operation = Operation::Create;
    qint64 revision = 0; ///< the server revision the record has after this change
    QByteArray payload; ///< the document as text (as the server stores and sends it)
    /// The document as the client's parser read it, which leaves `payload` empty: a page is
    /// parsed once, not parsed, written out and parsed again for each of its records.
    std::optional<QJsonObject> parsed;
    /// What the record type's adapter made of the document on the thread that fetched the page
    /// (EntityAdapter::decode), for its apply(); owned by that adapter's type.
    std::shared_ptr<void> decoded;
    QString workstationId;
    QString account;
    QString at;

    /// The document (empty for a deletion).
    QJsonObject object() const;
    /// The document as compact text (empty for a deletion).
    QByteArray text() const;
};

/// What the server answered for one pushed change.
struct PushResult
{
    enum class Status { Applied, Duplicate, Conflict };
    QString id;
    Status status = Status::Applied;
    qint64 seq = 0; ///< Applied and Duplicate: the change's sequence number
    qint64 revision = 0; ///< Applied and Duplicate: the record's revision after it
    std::optional<ServerChange> current; ///< Conflict: the record as the server holds it
};

struct PullPage
{
    std::vector<ServerChange> changes;
    qint64 next = 0; ///< the cursor to ask from next
    bool more = false;
    /// The tenant's latest sequence when the page was read (0: none yet): how far a pull has
    /// to go, for a new workstation's progress bar.
    qint64 head = 0;
};

/// Limits a parser enforces before and while it reads (the server's come from its config).
struct Limits
{
    qsizetype maxBodyBytes = 8 * 1024 * 1024;
    int maxChanges = 1000;
    int maxPageSize = 5000;
};

/// Strict reading of the protocol's messages: valid UTF-8, a JSON object, every field of the
/// right type and within its bounds, no unknown field, UUIDs in canonical form, entities and
/// operations known, payloads objects within their entity's size. Each refusal names the
/// field and says why, in French. Used by the server on requests and by the client on
/// answers, and fed to the fuzzer (tests/fuzz).
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(SyncParser)

public:
    static Result<QJsonObject> object(const QByteArray& body, const Limits& limits);
    static Result<std::vector<Change>> pushRequest(const QByteArray& body, const Limits& limits);
    static Result<std::vector<PushResult>> pushResponse(const QByteArray& body, const Limits& limits);
    static Result<PullPage> pullResponse(const QByteArray& body, const Limits& limits);
    /// Field readers shared by the other messages (authentication).
    static Result<QString> uuid(const QJsonObject& o, const char* key);
    /// A UUID in canonical lowercase form (8-4-4-4-12), as every identifier of the protocol.
    static bool isCanonicalUuid(const QString& text);
    static Result<QString> text(const QJsonObject& o, const char* key, qsizetype maxLength,
                                bool required = true);
    static Result<QByteArray> base64(const QJsonObject& o, const char* key, qsizetype maxBytes);
    static Result<qint64> integer(const QJsonObject& o, const char* key, qint64 min, qint64 max);
    static Result<void> onlyKeys(const QJsonObject& o, std::initializer_list<const char*> keys,
                                 const QString& where);
};

/// The JSON the other side reads.
QByteArray pushRequestJson(const std::vector<Change>& changes);
QJsonObject toJson(const ServerChange& c);
QByteArray pushResponseJson(const std::vector<PushResult>& results);
QByteArray pullResponseJson(const PullPage& page);

} // namespace Officine::Sync
