#include "syncengine.h"

#include "audit/auditsync.h"
#include "audit/audittrail.h"
#include "logging/logging.h"
#include "model/record.h"
#include "storage/patientrepository.h"
#include "storage/store.h"
#include "sync/journal.h"
#include "util/threadcleanup.h"
#include "util/uuid.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace Officine::Sync {

using Storage::Query;
using Storage::Transaction;

struct SyncEngine::Inflight
{
    Change change;
    qint64 outboxSeq = 0;
};

namespace {

QString key(const QString& entity, const QString& uuid)
{
    return entity + QLatin1Char('/') + uuid;
}

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

/// Sets a record's merge base (a null payload: by reference, the record as stored here).
/// Not INSERT OR REPLACE: SQLCipher 3.4 (Debian 12) encrypts every page a REPLACE touches into
/// its statement journal, which made the base of each pulled file cost five plain inserts
/// (measured: 100,000 rows in 1.5 s against 0.27 s).
Result<void> writeBase(Storage::Store& store, const QString& entity, const QString& uuid, qint64 revision,
                       const QByteArray* payload)
{
    const auto bindAll = [&](Storage::Query& q) {
        q.bind(1, entity).bind(2, uuid).bind(3, revision);
        if (payload) {
            q.bindUtf8(4, *payload);
        } else {
            q.bindNull(4);
        }
    };
    auto update = store.query(QStringLiteral(
        "UPDATE sync_base SET revision = ?3, payload = ?4 WHERE entity = ?1 AND record_uuid = ?2"));
    if (!update) {
        return fail(update.error());
    }
    bindAll(*update);
    if (auto r = update->run(); !r) {
        return r;
    }
    if (store.changes() > 0) {
        return {};
    }
    auto insert = store.query(QStringLiteral(
        "INSERT INTO sync_base (entity, record_uuid, revision, payload) VALUES (?1, ?2, ?3, ?4)"));
    if (!insert) {
        return fail(insert.error());
    }
    bindAll(*insert);
    return insert->run();
}

/// Fetches the pages of a pull ahead of the thread that writes them, on a thread of its own,
/// up to `depth` pages ahead: a new workstation's first pull is bound by its writes, and its
/// writer pauses for each catch-up of the search rows while the next pages keep coming. The
/// transport is used by this thread alone until the prefetcher is destroyed, which waits for
/// a fetch under way and joins the thread. A page fetched and not used changes nothing.
class PagePrefetcher
{
public:
    using Fetch = std::function<Result<PullPage>(qint64 after)>;
    PagePrefetcher(Fetch fetch, qint64 from, size_t depth)
        : m_fetch(std::move(fetch))
        , m_depth(depth)
        , m_thread([this, from]() { run(from); })
    {
    }
    ~PagePrefetcher()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_ready.notify_all();
        m_thread.join();
    }
    PagePrefetcher(const PagePrefetcher&) = delete;
    PagePrefetcher& operator=(const PagePrefetcher&) = delete;

    /// The next page, in order; after the last page or an error, nothing more is fetched.
    Result<PullPage> next()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait(lock, [this]() { return !m_pages.empty(); });
        Result<PullPage> page = std::move(m_pages.front());
        m_pages.pop_front();
        lock.unlock();
        m_ready.notify_all();
        return page;
    }

private:
    void run(qint64 after)
    {
        const ThreadCryptoScope cryptoState; // what OpenSSL kept for this thread goes with it
        for (;;) {
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_ready.wait(lock, [this]() { return m_stop || m_pages.size() < m_depth; });
                if (m_stop) {
                    return;
                }
            }
            Result<PullPage> page = m_fetch(after);
            const bool last = !page || !page->more;
            if (page) {
                after = page->next;
            }
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_pages.push_back(std::move(page));
            }
            m_ready.notify_all();
            if (last) {
                return;
            }
        }
    }

    Fetch m_fetch;
    size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Result<PullPage>> m_pages;
    bool m_stop = false;
    std::thread m_thread; // last: started once the members above exist
};

} // namespace

SyncEngine::SyncEngine(Storage::Store& store, SyncTransport& transport, QString workstationId,
                       SyncOptions options)
    : m_store(store)
    , m_transport(transport)
    , m_workstationId(std::move(workstationId))
    , m_options(options)
    , m_adapters(standardAdapters())
{
}

SyncEngine::~SyncEngine() = default;

EntityAdapter* SyncEngine::adapter(const QString& entity) const
{
    for (const auto& a : m_adapters) {
        if (a->entity() == entity) {
            return a.get();
        }
    }
    return nullptr;
}

Result<QString> SyncEngine::state(const char* name)
{
    return Journal(m_store).state(name);
}

Result<void> SyncEngine::setState(const char* name, const QString& value)
{
    return Journal(m_store).setState(name, value);
}

Result<void> SyncEngine::log(const QString& kind, const QString& outcome, const QString& detail)
{
    return Journal(m_store).log(kind, outcome, detail);
}

Result<SyncReport> SyncEngine::run()
{
    SyncReport report;
    if (auto r = push(report); !r) {
        (void)log(QStringLiteral("push"), QStringLiteral("failure"), r.error().userText);
        return fail(r.error());
    }
    if (auto r = pull(report); !r) {
        (void)log(QStringLiteral("pull"), QStringLiteral("failure"), r.error().userText);
        return fail(r.error());
    }
    if (auto r = proposeDuplicates(report); !r) {
        (void)log(QStringLiteral("pull"), QStringLiteral("failure"), r.error().userText);
        return fail(r.error());
    }
    // A merge made while pulling left changes to send.
    if (report.applied > 0) {
        if (auto r = push(report); !r) {
            (void)log(QStringLiteral("push"), QStringLiteral("failure"), r.error().userText);
            return fail(r.error());
        }
    }
    (void)log(QStringLiteral("sync"), QStringLiteral("success"),
              tr("%1 envoyé(s), %2 reçu(s), %3 conflit(s) nouveau(x)")
                  .arg(report.pushed + report.auditEntries)
                  .arg(report.applied)
                  .arg(report.newConflicts));
    return report;
}

Result<void> SyncEngine::receiveAuditEntry(const ServerChange& c, SyncReport& report)
{
    if (c.workstationId == m_workstationId) {
        return {}; // our own, anchored
    }
    // Checked as the server checked it: the hash over the canonical bytes. An entry that does not
    // continue the local copy of its chain is left on the server, where `audit verify` reads it.
    const QJsonObject payload = c.object();
    auto link = Audit::SyncedEntry::verify(payload);
    auto fields
        = link ? Audit::SyncedEntry::fields(payload) : Result<Audit::CanonicalFields>(fail(link.error()));
    if (!link || !fields || link->workstationId != c.workstationId) {
        qCWarning(lcSync) << "received audit entry refused, change" << c.id << ":"
                          << (link ? (fields ? QStringLiteral("workstation") : fields.error().logText)
                                   : link.error().logText);
        ++report.auditRefused;
        return {};
    }
    auto stored = Audit::Trail(m_store).appendReceived(*link, *fields);
    if (!stored) {
        return fail(stored.error());
    }
    switch (*stored) {
    case Audit::Trail::Received::Stored:
        ++report.auditReceived;
        break;
    case Audit::Trail::Received::AlreadyHeld:
        break;
    case Audit::Trail::Received::OutOfOrder:
        qCWarning(lcSync) << "received audit entry out of its chain's order, change" << c.id << "seq"
                          << link->seq;
        ++report.auditRefused;
        break;
    }
    return {};
}

Result<std::vector<SyncEngine::Inflight>> SyncEngine::inflight()
{
    auto q = m_store.query(
        QStringLiteral("SELECT change_uuid, entity, record_uuid, operation, base_revision, payload, "
                       "outbox_seq FROM sync_inflight ORDER BY position"));
    if (!q) {
        return fail(q.error());
    }
    return Storage::collectRows<Inflight>(*q, [](const Query& r) {
        Inflight i;
        i.change.id = r.text(0);
        i.change.entity = r.text(1);
        i.change.recordId = r.text(2);
        i.change.operation = operationFromId(r.text(3)).value_or(Operation::Update);
        i.change.baseRevision = r.integer(4);
        i.change.payload = r.blob(5);
        i.outboxSeq = r.integer(6);
        return i;
    });
}

Result<int> SyncEngine::buildBatch(SyncReport& report)
{
    auto tx = Transaction::begin(m_store);
    if (!tx) {
        return fail(tx.error());
    }
    QSet<QString> held;
    {
        auto q = m_store.query(QStringLiteral(
            "SELECT DISTINCT entity, record_uuid FROM sync_conflict WHERE resolved_at IS NULL"));
        if (!q) {
            return fail(q.error());
        }
        if (auto r = Storage::forEachRow(*q, [&](Query& row) { held.insert(key(row.text(0), row.text(1))); });
            !r) {
            return fail(r.error());
        }
    }
    struct Group
    {
        QString entity, uuid;
        qint64 lastSeq = 0;
        QByteArray payload;
    };
    std::vector<Group> groups;
    QHash<QString, size_t> index;
    {
        // A window of the queue, oldest first; a record edited several times is one change.
        auto q = m_store.query(
            QStringLiteral("SELECT seq, entity, record_uuid, payload FROM outbox ORDER BY seq LIMIT ?1"));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, m_options.pushBatch * 4);
        auto r = Storage::forEachRow(*q, [&](Query& row) {
            const QString k = key(row.text(1), row.text(2));
            if (held.contains(k)) {
                return;
            }
            auto it = index.find(k);
            if (it == index.end()) {
                if (int(groups.size()) >= m_options.pushBatch) {
                    return;
                }
                it = index.insert(k, groups.size());
                groups.push_back({row.text(1), row.text(2), 0, {}});
            }
            groups[*it].lastSeq = row.integer(0);
            groups[*it].payload = row.blob(3);
        });
        if (!r) {
            return fail(r.error());
        }
    }
    int position = 0;
    for (const Group& g : groups) {
        EntityAdapter* a = adapter(g.entity);
        if (!a) {
            continue; // a record type this version does not sync yet: it waits in the outbox
        }
        auto doc = a->document(m_store, g.uuid, g.payload);
        if (!doc) {
            return fail(doc.error());
        }
        Change c;
        c.id = Ids::newUuid();
        c.entity = g.entity;
        c.recordId = g.uuid;
        c.at = Model::isoUtc(QDateTime::currentDateTimeUtc());
        bool drop = false;
        if (a->kind() == Kind::AppendOnly) {
            c.operation = Operation::Append;
            drop = !doc->has_value();
            if (!drop) {
                c.payload = **doc;
            }
        } else {
            auto base = m_store.query(
                QStringLiteral("SELECT revision FROM sync_base WHERE entity = ?1 AND record_uuid = ?2"));
            if (!base) {
                return fail(base.error());
            }
            base->bind(1, g.entity).bind(2, g.uuid);
            auto revision = Storage::firstRow<qint64>(*base, [](const Query& r) { return r.integer(0); });
            if (!revision) {
                return fail(revision.error());
            }
            const bool gone = !doc->has_value() || parse(**doc).value(QLatin1String("deleted")).toBool();
            if (gone) {
                drop = !revision->has_value(); // never reached the server: nothing to tell it
                c.operation = Operation::Delete;
                c.baseRevision = revision->value_or(0);
            } else {
                c.operation = revision->has_value() ? Operation::Update : Operation::Create;
                c.baseRevision = revision->value_or(0);
                c.payload = **doc;
            }
        }
        if (drop) {
            auto q = m_store.query(
                QStringLiteral("DELETE FROM outbox WHERE entity = ?1 AND record_uuid = ?2 AND seq <= ?3"));
            if (!q) {
                return fail(q.error());
            }
            q->bind(1, g.entity).bind(2, g.uuid).bind(3, g.lastSeq);
            if (auto r = q->run(); !r) {
                return fail(r.error());
            }
            report.dropped += m_store.changes();
            continue;
        }
        auto q = m_store.query(
            QStringLiteral("INSERT INTO sync_inflight (change_uuid, position, entity, record_uuid, "
                           "operation, base_revision, payload, outbox_seq) VALUES (?1, ?2, ?3, ?4, ?5, "
                           "?6, ?7, ?8)"));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, c.id)
            .bind(2, position++)
            .bind(3, c.entity)
            .bind(4, c.recordId)
            .bind(5, operationId(c.operation))
            .bind(6, c.baseRevision)
            .bindUtf8(7, c.payload)
            .bind(8, g.lastSeq);
        if (auto r = q->run(); !r) {
            return fail(r.error());
        }
    }
    if (auto r = tx->commit(); !r) {
        return fail(r.error());
    }
    return position;
}

Result<void> SyncEngine::push(SyncReport& report)
{
    for (;;) {
        auto sent = inflight();
        if (!sent) {
            return fail(sent.error());
        }
        if (sent->empty()) {
            auto built = buildBatch(report);
            if (!built) {
                return fail(built.error());
            }
            if (*built == 0) {
                break;
            }
            sent = inflight();
            if (!sent) {
                return fail(sent.error());
            }
        }
        std::vector<Change> changes;
        changes.reserve(sent->size());
        for (const Inflight& i : *sent) {
            changes.push_back(i.change);
        }
        auto results = m_transport.push(changes);
        if (!results) {
            return fail(results.error());
        }
        if (auto r = applyResults(*sent, *results, report); !r) {
            return r;
        }
    }
    for (;;) {
        auto more = pushAudit(report);
        if (!more) {
            return fail(more.error());
        }
        if (!*more) {
            break;
        }
    }
    return {};
}

Result<void> SyncEngine::applyResults(const std::vector<Inflight>& sent,
                                      const std::vector<PushResult>& results, SyncReport& report)
{
    if (results.size() != sent.size()) {
        return fail(ErrorCode::TeleserviceProtocol,
                    tr("Le serveur a répondu pour un autre nombre de changements."),
                    QStringLiteral("push result count mismatch"));
    }
    auto tx = Transaction::begin(m_store);
    if (!tx) {
        return fail(tx.error());
    }
    for (size_t i = 0; i < sent.size(); ++i) {
        const Inflight& s = sent[i];
        const PushResult& r = results[i];
        if (r.id != s.change.id) {
            return fail(ErrorCode::TeleserviceProtocol, tr("Le serveur a répondu dans le désordre."),
                        QStringLiteral("push result order mismatch"));
        }
        if (r.status == PushResult::Status::Conflict) {
            if (!r.current) {
                return fail(ErrorCode::TeleserviceProtocol, tr("Conflit sans version du serveur."),
                            QStringLiteral("conflict without current"));
            }
            if (auto done = receiveMutable(*r.current, true, report); !done) {
                return done;
            }
            continue;
        }
        if (r.status == PushResult::Status::Applied) {
            ++report.pushed;
        } else {
            ++report.acknowledged;
        }
        if (s.change.operation == Operation::Create && s.change.entity == QLatin1String("patient")) {
            if (auto done = markForDuplicateCheck(s.change.recordId, "sent"); !done) {
                return done;
            }
        }
        if (entityRule(s.change.entity)->kind == Kind::Mutable) {
            if (auto done
                = writeBase(m_store, s.change.entity, s.change.recordId, r.revision, &s.change.payload);
                !done) {
                return done;
            }
        }
        auto q = m_store.query(
            QStringLiteral("DELETE FROM outbox WHERE entity = ?1 AND record_uuid = ?2 AND seq <= ?3"));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, s.change.entity).bind(2, s.change.recordId).bind(3, s.outboxSeq);
        if (auto done = q->run(); !done) {
            return done;
        }
    }
    if (auto done = m_store.exec(QStringLiteral("DELETE FROM sync_inflight")); !done) {
        return done;
    }
    return tx->commit();
}

Result<bool> SyncEngine::pushAudit(SyncReport& report)
{
    auto pushedText = state(kAuditPushedKey);
    if (!pushedText) {
        return fail(pushedText.error());
    }
    const qint64 pushed = pushedText->toLongLong();
    auto q = m_store.query(
        Audit::Trail::selectEntries(QStringLiteral("WHERE c.workstation_id = ?1 AND e.seq > ?2 ORDER BY "
                                                   "e.seq LIMIT ?3")));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, m_workstationId).bind(2, pushed).bind(3, m_options.pushBatch);
    auto entries
        = Storage::collectRows<Audit::Entry>(*q, [](const Query& r) { return Audit::Trail::fromRow(r); });
    if (!entries) {
        return fail(entries.error());
    }
    if (entries->empty()) {
        return false;
    }
    std::vector<Change> changes;
    for (const Audit::Entry& e : *entries) {
        Change c;
        c.id = e.uuid; // an entry is its own change: sending it again is acknowledged
        c.entity = QStringLiteral("audit_entry");
        c.recordId = e.uuid;
        c.operation = Operation::Append;
        c.payload = Audit::SyncedEntry::payload(Audit::canonicalFields(e), e.prevHash, e.hash);
        changes.push_back(std::move(c));
    }
    auto results = m_transport.push(changes);
    if (!results) {
        return fail(results.error());
    }
    for (const PushResult& r : *results) {
        report.auditEntries += r.status == PushResult::Status::Applied;
    }
    // What the server now anchors: `audit verify` checks the local chain still reaches it.
    const QJsonObject anchor {{QStringLiteral("seq"), entries->back().seq},
                              {QStringLiteral("hash"), QString::fromLatin1(entries->back().hash.toHex())},
                              {QStringLiteral("at"), Model::isoUtc(QDateTime::currentDateTimeUtc())}};
    auto tx = Transaction::begin(m_store);
    if (!tx) {
        return fail(tx.error());
    }
    if (auto r = setState(kAuditPushedKey, QString::number(entries->back().seq)); !r) {
        return fail(r.error());
    }
    if (auto r
        = setState("audit_anchor", QString::fromUtf8(QJsonDocument(anchor).toJson(QJsonDocument::Compact)));
        !r) {
        return fail(r.error());
    }
    if (auto r = tx->commit(); !r) {
        return fail(r.error());
    }
    return int(entries->size()) == m_options.pushBatch;
}

Result<QSet<QString>> SyncEngine::pendingRecords()
{
    QSet<QString> out;
    for (const char* sql : {"SELECT DISTINCT entity, record_uuid FROM outbox",
                            "SELECT entity, record_uuid FROM sync_inflight"}) {
        auto q = m_store.query(QString::fromLatin1(sql));
        if (!q) {
            return fail(q.error());
        }
        if (auto r = Storage::forEachRow(*q, [&](Query& row) { out.insert(key(row.text(0), row.text(1))); });
            !r) {
            return fail(r.error());
        }
    }
    return out;
}

Result<void> SyncEngine::receiveMutable(const ServerChange& change, bool localPending, SyncReport& report)
{
    EntityAdapter* a = adapter(change.entity);
    if (!a) {
        return {};
    }
    const bool deleted = change.operation == Operation::Delete;
    const QJsonObject remote = change.object();
    // The server's version, base of the next merge: by reference (NULL) when the record here
    // is now that version, written out by the repository before its first local change
    // (Storage::Outbox::keepBase); as a copy when local changes remain on top of it.
    auto setBase = [&](bool byReference) -> Result<void> {
        if (byReference) {
            return writeBase(m_store, change.entity, change.recordId, change.revision, nullptr);
        }
        const QByteArray text = change.text();
        return writeBase(m_store, change.entity, change.recordId, change.revision, &text);
    };
    // A deletion (a patient's erasure, a retention purge) wins over local edits: they are
    // dropped with the record.
    if (!localPending || deleted) {
        if (auto r = a->apply(m_store, change, remote, deleted); !r) {
            return r;
        }
        ++report.applied;
        if (deleted) {
            auto q
                = m_store.query(QStringLiteral("DELETE FROM outbox WHERE entity = ?1 AND record_uuid = ?2"));
            if (!q) {
                return fail(q.error());
            }
            q->bind(1, change.entity).bind(2, change.recordId);
            if (auto r = q->run(); !r) {
                return r;
            }
        }
        return setBase(!deleted);
    }
    auto baseQuery = m_store.query(
        QStringLiteral("SELECT payload FROM sync_base WHERE entity = ?1 AND record_uuid = ?2"));
    if (!baseQuery) {
        return fail(baseQuery.error());
    }
    baseQuery->bind(1, change.entity).bind(2, change.recordId);
    auto baseText = Storage::firstRow<std::optional<QByteArray>>(*baseQuery, [](const Query& r) {
        return r.isNull(0) ? std::optional<QByteArray>() : std::optional<QByteArray>(r.blob(0));
    });
    if (!baseText) {
        return fail(baseText.error());
    }
    if (baseText->has_value() && !baseText->value().has_value()) {
        // Kept by reference and changed here without the base written out first: every field
        // that differs is then a conflict for a person, never silently overwritten.
        qCWarning(lcSync) << "merge base of" << change.entity << change.recordId
                          << "was not kept before a local change";
    }
    const QJsonObject base = parse(baseText->value_or(std::nullopt).value_or(QByteArray()));
    auto localText = a->document(m_store, change.recordId, {});
    if (!localText) {
        return fail(localText.error());
    }
    if (!localText->has_value()) {
        // Gone here, changed there: the deletion stands and is sent on the server's revision.
        return setBase(false);
    }
    const QJsonObject local = parse(**localText);
    MergeResult m = threeWayMerge(base, local, remote);
    const std::vector<FieldConflict>& conflicts = m.conflicts;
    const bool remain = m.localChangesRemain;
    ServerChange mergedChange = change;
    mergedChange.decoded.reset(); // decoded from the server's version, not the merged one
    if (auto r = a->apply(m_store, mergedChange, m.merged, false); !r) {
        return r;
    }
    ++report.applied;
    if (auto r = setBase(false); !r) {
        return r;
    }
    if (!remain) {
        // The server's version already holds every local change.
        auto q = m_store.query(QStringLiteral("DELETE FROM outbox WHERE entity = ?1 AND record_uuid = ?2"));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, change.entity).bind(2, change.recordId);
        if (auto r = q->run(); !r) {
            return r;
        }
    }
    const QString now = Model::isoUtc(QDateTime::currentDateTimeUtc());
    for (const FieldConflict& c : conflicts) {
        // One open conflict per field: a newer remote value replaces the one shown.
        auto open = m_store.query(
            QStringLiteral("UPDATE sync_conflict SET remote_value = ?4, remote_workstation = ?5, "
                           "remote_account = ?6, remote_at = ?7, remote_revision = ?8 WHERE entity = "
                           "?1 AND record_uuid = ?2 AND field = ?3 AND resolved_at IS NULL"));
        if (!open) {
            return fail(open.error());
        }
        open->bind(1, change.entity)
            .bind(2, change.recordId)
            .bind(3, c.field)
            .bind(4, Journal::valueText(c.remote))
            .bind(5, change.workstationId)
            .bind(6, change.account)
            .bind(7, change.at)
            .bind(8, change.revision);
        if (auto r = open->run(); !r) {
            return r;
        }
        if (m_store.changes() > 0) {
            continue;
        }
        auto q = m_store.query(
            QStringLiteral("INSERT INTO sync_conflict (uuid, entity, record_uuid, field, base_value, "
                           "local_value, remote_value, "
                           "local_workstation, local_at, remote_workstation, remote_account, remote_at, "
                           "remote_revision, created_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, Ids::newUuid())
            .bind(2, change.entity)
            .bind(3, change.recordId)
            .bind(4, c.field)
            .bind(5, Journal::valueText(c.base))
            .bind(6, Journal::valueText(c.local))
            .bind(7, Journal::valueText(c.remote))
            .bind(8, local.value(QLatin1String("workstationId")).toString())
            .bind(9, local.value(QLatin1String("updatedAt")).toString())
            .bind(10, change.workstationId)
            .bind(11, change.account)
            .bind(12, change.at)
            .bind(13, change.revision)
            .bind(14, now);
        if (auto r = q->run(); !r) {
            return r;
        }
        ++report.newConflicts;
    }
    return {};
}

Result<void> SyncEngine::pull(SyncReport& report)
{
    auto cursorText = state(kCursorKey);
    if (!cursorText) {
        return fail(cursorText.error());
    }
    qint64 cursor = cursorText->toLongLong();
    const qint64 start = cursor;
    PullProgress progress;
    auto confirmedText = state("deletion_confirmed_until");
    if (!confirmedText) {
        return fail(confirmedText.error());
    }
    const qint64 confirmedUntil = confirmedText->toLongLong();
    QHash<QString, int> deletions;
    QHash<QString, qint64> localCounts;
    // The next pages are fetched, and their records decoded by their adapters, while this one
    // is written (a new workstation's first pull is half network, half store).
    const auto fetch = [this](qint64 after) {
        auto page = m_transport.pull(after, m_options.pullPage);
        if (page) {
            for (ServerChange& c : page->changes) {
                if (const EntityAdapter* a = adapter(c.entity)) {
                    c.decoded = a->decode(c);
                }
            }
        }
        return page;
    };
    // Files sent and not yet compared with what arrives (proposeDuplicates): none on a new
    // workstation, whose first pull then records nothing for the check.
    auto sentWaiting = m_store.scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_duplicate_check WHERE side = 'sent')"));
    if (!sentWaiting) {
        return fail(sentWaiting.error());
    }
    PagePrefetcher pages(fetch, cursor, size_t(std::max(1, m_options.prefetchPages)));
    qint64 sinceCatchUp = 0;
    for (;;) {
        auto page = pages.next();
        if (!page) {
            // The network cut mid-pull: the pages written stay, searchable as they are.
            if (sinceCatchUp > 0) {
                for (const auto& a : m_adapters) {
                    (void)a->catchUp(m_store); // done at the next open if this fails too
                }
            }
            return fail(page.error());
        }
        // The guard against a server (or a mistake) emptying the pharmacy's files.
        QHash<QString, int> pageDeletions = deletions;
        for (const ServerChange& c : page->changes) {
            if (c.operation != Operation::Delete || c.workstationId == m_workstationId) {
                continue;
            }
            // Only what would disappear here counts (a new workstation never had the records
            // deleted before it joined).
            EntityAdapter* a = adapter(c.entity);
            if (!a) {
                continue;
            }
            auto here = a->document(m_store, c.recordId, {});
            if (!here) {
                return fail(here.error());
            }
            if (here->has_value() && !parse(**here).value(QLatin1String("deleted")).toBool()) {
                ++pageDeletions[c.entity];
            }
        }
        for (auto it = pageDeletions.cbegin(); it != pageDeletions.cend(); ++it) {
            EntityAdapter* a = adapter(it.key());
            if (!a || page->next <= confirmedUntil) {
                continue;
            }
            if (!localCounts.contains(it.key())) {
                auto n = a->count(m_store);
                if (!n) {
                    return fail(n.error());
                }
                localCounts.insert(it.key(), *n);
            }
            const qint64 local = localCounts.value(it.key());
            if (it.value() >= m_options.deletionMinimum
                && double(it.value()) > m_options.deletionShare * double(local)) {
                const QJsonObject hold {{QStringLiteral("entity"), it.key()},
                                        {QStringLiteral("deletions"), it.value()},
                                        {QStringLiteral("local"), local},
                                        {QStringLiteral("until"), page->next}};
                if (auto r = setState("deletion_hold",
                                      QString::fromUtf8(QJsonDocument(hold).toJson(QJsonDocument::Compact)));
                    !r) {
                    return r;
                }
                report.waitingForDeletionConfirmation = true;
                report.cursor = cursor;
                (void)log(QStringLiteral("pull"), QStringLiteral("failure"),
                          tr("Réception suspendue : le serveur supprimerait %1 enregistrement(s) sur %2 ; le "
                             "titulaire "
                             "doit confirmer.")
                              .arg(it.value())
                              .arg(local));
                return {};
            }
        }
        deletions = pageDeletions;
        auto pending = pendingRecords();
        if (!pending) {
            return fail(pending.error());
        }
        auto tx = Transaction::begin(m_store);
        if (!tx) {
            return fail(tx.error());
        }
        for (const ServerChange& c : page->changes) {
            ++report.pulled;
            const auto rule = entityRule(c.entity);
            if (!rule) {
                continue;
            }
            if (c.entity == QLatin1String("audit_entry")) {
                if (auto r = receiveAuditEntry(c, report); !r) {
                    return r;
                }
                continue;
            }
            if (rule->kind == Kind::AppendOnly) {
                if (c.workstationId == m_workstationId) {
                    continue;
                }
                if (EntityAdapter* a = adapter(c.entity)) {
                    if (auto r = a->apply(m_store, c, c.object(), false); !r) {
                        return r;
                    }
                    ++report.applied;
                }
                continue;
            }
            auto base = m_store.query(
                QStringLiteral("SELECT revision FROM sync_base WHERE entity = ?1 AND record_uuid = ?2"));
            if (!base) {
                return fail(base.error());
            }
            base->bind(1, c.entity).bind(2, c.recordId);
            auto known = Storage::firstRow<qint64>(*base, [](const Query& r) { return r.integer(0); });
            if (!known) {
                return fail(known.error());
            }
            if (known->has_value() && **known >= c.revision) {
                continue; // ours, or already received
            }
            if (!known->has_value() && c.operation == Operation::Create
                && c.entity == QLatin1String("patient") && c.workstationId != m_workstationId
                && *sentWaiting) {
                if (auto done = markForDuplicateCheck(c.recordId, "received"); !done) {
                    return done;
                }
            }
            if (auto r = receiveMutable(c, pending->contains(key(c.entity, c.recordId)), report); !r) {
                return r;
            }
        }
        sinceCatchUp += qint64(page->changes.size());
        if (!page->more || sinceCatchUp >= m_options.catchUpEvery) {
            for (const auto& a : m_adapters) {
                if (auto r = a->catchUp(m_store); !r) {
                    return r;
                }
            }
            sinceCatchUp = 0;
        }
        cursor = page->next;
        if (auto r = setState(kCursorKey, QString::number(cursor)); !r) {
            return r;
        }
        if (auto r = tx->commit(); !r) {
            return r;
        }
        if (m_progress) {
            progress.received += qint64(page->changes.size());
            progress.more = page->more;
            progress.percent = progressPercent(start, cursor, page->head, page->more);
            m_progress(progress);
        }
        if (!page->more) {
            break;
        }
    }
    report.cursor = cursor;
    return {};
}

Result<void> SyncEngine::proposeDuplicates(SyncReport& report)
{
    // A file created here and sent since the last complete pull, and a file created on another
    // workstation and received by this pull: neither creator could see the other's file, so the
    // duplicate check made at creation (Commands::CreatePatientCommand) could not catch them.
    // Checked here with the same rules, only for such pairs: a new workstation's first pull
    // checks nothing. Both sides are in the store (sync_duplicate_check), written with the push
    // and the pages that learnt them: a kill in between loses no pair.
    if (report.waitingForDeletionConfirmation) {
        return {}; // the pull stopped short: compared once it has gone to the end
    }
    const auto side = [this](const char* which) -> Result<QSet<QString>> {
        auto q = m_store.query(QStringLiteral("SELECT uuid FROM sync_duplicate_check WHERE side = ?1"));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, QString::fromLatin1(which));
        QSet<QString> out;
        if (auto r = Storage::forEachRow(*q, [&out](const Query& row) { out.insert(row.text(0)); }); !r) {
            return fail(r.error());
        }
        return out;
    };
    auto sent = side("sent");
    if (!sent) {
        return fail(sent.error());
    }
    auto received = side("received");
    if (!received) {
        return fail(received.error());
    }
    if (sent->isEmpty()) {
        return {};
    }
    Storage::PatientRepository patients(m_store);
    auto tx = Transaction::begin(m_store);
    if (!tx) {
        return fail(tx.error());
    }
    // Compared once: what was sent in this run has met what the server held when it pulled.
    if (auto r = m_store.exec(QStringLiteral("DELETE FROM sync_duplicate_check")); !r) {
        return r;
    }
    if (received->isEmpty()) {
        return tx->commit();
    }
    for (const QString& local : std::as_const(*sent)) {
        auto mine = patients.get(local);
        if (!mine) {
            if (mine.error().code == ErrorCode::NotFound) {
                continue;
            }
            return fail(mine.error());
        }
        if (mine->meta.deleted) {
            continue;
        }
        auto candidates = patients.duplicateCandidates(*mine, 20);
        if (!candidates) {
            return fail(candidates.error());
        }
        for (const Storage::DuplicateCandidate& c : *candidates) {
            if (!received->contains(c.patient.uuid)) {
                continue;
            }
            DuplicateProposal p;
            p.localUuid = local;
            p.remoteUuid = c.patient.uuid;
            p.reason = int(c.reason);
            p.score = c.score;
            if (auto r = Journal(m_store).proposeDuplicate(p); !r) {
                return r;
            }
            ++report.duplicateProposals;
        }
    }
    return tx->commit();
}

Result<void> SyncEngine::markForDuplicateCheck(const QString& uuid, const char* side)
{
    auto q = m_store.query(
        QStringLiteral("INSERT OR IGNORE INTO sync_duplicate_check (uuid, side) VALUES (?1, ?2)"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, uuid).bind(2, QString::fromLatin1(side));
    return q->run();
}

int SyncEngine::progressPercent(qint64 start, qint64 next, qint64 head, bool more)
{
    if (!more || head <= start) {
        return more ? 0 : 100;
    }
    const double share = double(std::min(next, head) - start) / double(head - start);
    // 100 % only once the last page is written.
    return std::clamp(int(share * 100.0), 0, 99);
}

Result<qint64> SyncEngine::pendingCount()
{
    return Journal(m_store).pendingCount();
}

Result<std::vector<ConflictRecord>> SyncEngine::openConflicts()
{
    return Journal(m_store).openConflicts();
}

Result<void> SyncEngine::markResolved(const QString& conflictUuid, const QString& accountUuid,
                                      const QString& resolution)
{
    return Journal(m_store).markResolved(conflictUuid, accountUuid, resolution);
}

std::optional<DeletionHold> SyncEngine::deletionHold()
{
    return Journal(m_store).deletionHold();
}

Result<void> SyncEngine::confirmDeletions()
{
    return Journal(m_store).confirmDeletions();
}

} // namespace Officine::Sync
