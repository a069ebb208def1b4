#include "audittrail.h"

#include "storage/store.h"
#include "util/uuid.h"

namespace Officine::Audit {

namespace {
QDateTime parseTime(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.toUTC();
}
} // namespace

QByteArray Checkpoint::payload() const
{
    QByteArray out("OFC1");
    appendField(out, workstationId.toUtf8());
    appendField(out, QByteArray::number(headSeq));
    appendField(out, headHash.toHex());
    appendField(out, Entry::timeText(signedAt).toUtf8());
    appendField(out, signerNationalId.toUtf8());
    return out;
}

namespace {
const QString kCheckpointColumns
    = QStringLiteral("workstation_id, head_seq, head_hash, signed_at, signer_account, signer_national_id, "
                     "certificate, signature, "
                     "entry_seq");
} // namespace

const char* Trail::entryColumns()
{
    return "c.workstation_id, e.seq, e.uuid, e.at, e.account_uuid, e.national_id, e.action, e.target_type, "
           "e.target_uuid, e.patient_uuid, e.outcome, e.reason, e.fields, e.justification, e.detail, "
           "e.prev_hash, e.hash";
}

const char* Trail::entrySource()
{
    return "audit_entry e JOIN audit_chain c ON c.id = e.chain";
}

QString Trail::selectEntries(const QString& where)
{
    return QStringLiteral("SELECT ") + QLatin1String(entryColumns()) + QStringLiteral(" FROM ")
        + QLatin1String(entrySource()) + (where.isEmpty() ? QString() : QStringLiteral(" ") + where);
}

Result<std::optional<qint64>> Trail::chainOf(const QString& workstationId)
{
    auto q = m_store.query(QStringLiteral("SELECT id FROM audit_chain WHERE workstation_id = ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, workstationId);
    auto row = q->next();
    if (!row) {
        return fail(row.error());
    }
    return *row ? std::optional<qint64>(q->integer(0)) : std::nullopt;
}

Entry Trail::fromRow(const Storage::Query& q)
{
    Entry e;
    e.workstationId = q.text(0);
    e.seq = q.integer(1);
    e.uuid = q.text(2);
    e.at = parseTime(q.text(3));
    e.accountUuid = q.text(4);
    e.nationalId = q.text(5);
    e.action = actionFromId(q.text(6)).value_or(Action::View);
    e.targetType = q.text(7);
    e.targetUuid = q.text(8);
    e.patientUuid = q.text(9);
    e.outcome = outcomeFromId(q.text(10)).value_or(Outcome::Failure);
    e.reason = q.text(11);
    const QString fields = q.text(12);
    e.fields = fields.isEmpty() ? QStringList() : fields.split(u',');
    e.justification = q.text(13);
    e.detail = q.text(14);
    e.prevHash = q.blob(15);
    e.hash = q.blob(16);
    return e;
}

Result<Trail::Head> Trail::head()
{
    return head(m_store.workstationId());
}

Result<Trail::Head> Trail::head(const QString& workstationId)
{
    auto chain = chainOf(workstationId);
    if (!chain) {
        return fail(chain.error());
    }
    if (*chain) {
        auto q = m_store.query(
            QStringLiteral("SELECT seq, hash FROM audit_entry WHERE chain = ?1 ORDER BY seq DESC LIMIT 1"));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, **chain);
        auto row = q->next();
        if (!row) {
            return fail(row.error());
        }
        if (*row) {
            return Head {q->integer(0), q->blob(1), **chain};
        }
    }
    // A chain whose old entries were purged continues from its anchor.
    auto a = m_store.query(QStringLiteral("SELECT seq, hash FROM audit_anchor WHERE workstation_id = ?1"));
    if (!a) {
        return fail(a.error());
    }
    a->bind(1, workstationId);
    auto arow = a->next();
    if (!arow) {
        return fail(arow.error());
    }
    if (*arow) {
        return Head {a->integer(0), a->blob(1), chain->value_or(0)};
    }
    return Head {0, genesisHash(), chain->value_or(0)};
}

namespace {
/// One row of a chain: the canonical bytes as hashed (fields 3 to 15), its links.
Result<void> insertEntry(Storage::Store& store, qint64 chain, qint64 seq, const CanonicalFields& fields,
                         const QByteArray& prevHash, const QByteArray& hash)
{
    auto q = store.query(QStringLiteral(
        "INSERT INTO audit_entry (chain, seq, uuid, at, account_uuid, national_id, action, "
        "target_type, target_uuid, patient_uuid, outcome, reason, fields, justification, detail, "
        "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
        "?17)"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, chain).bind(2, seq);
    for (int f = 2; f < 15; ++f) {
        q->bindUtf8(f + 1, fields[static_cast<size_t>(f)]);
    }
    q->bindBlob(16, prevHash).bindBlob(17, hash);
    return q->run();
}
} // namespace

Result<Trail::Received> Trail::appendReceived(const ChainLink& link, const CanonicalFields& fields)
{
    if (link.workstationId == m_store.workstationId()) {
        return fail(ErrorCode::Internal, tr("Erreur interne du journal."),
                    QStringLiteral("received audit entry of this workstation's own chain"));
    }
    auto tx = Storage::Transaction::beginUnlessOpen(m_store);
    if (!tx) {
        return fail(tx.error());
    }
    auto h = head(link.workstationId);
    if (!h) {
        return fail(h.error());
    }
    if (link.seq <= h->seq) {
        auto q = m_store.query(QStringLiteral("SELECT hash FROM audit_entry WHERE chain = ?1 AND seq = ?2"));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, h->chain).bind(2, link.seq);
        auto held = Storage::firstRow<QByteArray>(*q, [](const Storage::Query& r) { return r.blob(0); });
        if (!held) {
            return fail(held.error());
        }
        // Below an anchor (purged here) or the very entry: nothing to store.
        return !held->has_value() || **held == link.hash ? Received::AlreadyHeld : Received::OutOfOrder;
    }
    qint64 chain = h->chain;
    if (chain == 0) {
        auto add = m_store.query(
            QStringLiteral("INSERT INTO audit_chain (workstation_id, received) VALUES (?1, 1)"));
        if (!add) {
            return fail(add.error());
        }
        add->bind(1, link.workstationId);
        if (auto r = add->run(); !r) {
            return fail(r.error());
        }
        auto id = chainOf(link.workstationId);
        if (!id) {
            return fail(id.error());
        }
        chain = id->value_or(0);
        if (h->seq == 0 && link.seq > 1) {
            // Its first entries were purged on their workstation before it ever synced: the copy
            // starts where the server's does.
            auto a = m_store.query(
                QStringLiteral("INSERT INTO audit_anchor (workstation_id, seq, hash) VALUES (?1, ?2, ?3)"));
            if (!a) {
                return fail(a.error());
            }
            a->bind(1, link.workstationId).bind(2, link.seq - 1).bindBlob(3, link.prevHash);
            if (auto r = a->run(); !r) {
                return fail(r.error());
            }
            h->seq = link.seq - 1;
            h->hash = link.prevHash;
        }
    }
    if (link.seq != h->seq + 1 || link.prevHash != h->hash) {
        if (auto r = tx->commit(); !r) {
            return fail(r.error());
        }
        return Received::OutOfOrder;
    }
    if (auto r = insertEntry(m_store, chain, link.seq, fields, link.prevHash, link.hash); !r) {
        return fail(r.error());
    }
    if (auto r = tx->commit(); !r) {
        return fail(r.error());
    }
    return Received::Stored;
}

Result<void> Trail::append(Entry& e)
{
    std::vector<Entry> one;
    one.push_back(std::move(e));
    auto r = append(one);
    e = std::move(one.front());
    return r;
}

Result<void> Trail::append(std::vector<Entry>& entries)
{
    auto tx = Storage::Transaction::beginUnlessOpen(m_store);
    if (!tx) {
        return fail(tx.error());
    }
    const QString workstationId = m_store.workstationId();
    auto h = head(workstationId);
    if (!h) {
        return fail(h.error());
    }
    qint64 chain = h->chain;
    if (chain == 0) {
        // A workstation's first entry numbers its chain.
        auto add = m_store.query(QStringLiteral("INSERT INTO audit_chain (workstation_id) VALUES (?1)"));
        if (!add) {
            return fail(add.error());
        }
        add->bind(1, workstationId);
        if (auto r = add->run(); !r) {
            return r;
        }
        auto id = chainOf(workstationId);
        if (!id) {
            return fail(id.error());
        }
        chain = id->value_or(0);
    }
    qint64 seq = h->seq;
    QByteArray prevHash = h->hash;
    for (Entry& e : entries) {
        if (e.uuid.isEmpty()) {
            e.uuid = Ids::newUuid();
        }
        e.workstationId = workstationId;
        e.seq = ++seq;
        e.prevHash = prevHash;
        e.at = e.at.toUTC();
        const CanonicalFields fields = canonicalFields(e);
        e.hash = chainHash(e.prevHash, canonical(fields));
        prevHash = e.hash;

        if (auto r = insertEntry(m_store, chain, e.seq, fields, e.prevHash, e.hash); !r) {
            return r;
        }
    }
    return tx->commit();
}

Result<void> Trail::addCheckpoint(Checkpoint& c)
{
    auto tx = Storage::Transaction::beginUnlessOpen(m_store);
    if (!tx) {
        return fail(tx.error());
    }
    Entry e;
    e.at = c.signedAt;
    e.accountUuid = c.signerAccount;
    e.nationalId = c.signerNationalId;
    e.action = Action::Checkpoint;
    e.targetType = QStringLiteral("audit");
    e.detail = QStringLiteral("head=%1;hash=%2").arg(c.headSeq).arg(QString::fromLatin1(c.headHash.toHex()));
    if (auto r = append(e); !r) {
        return r;
    }
    c.entrySeq = e.seq;
    c.workstationId = e.workstationId;
    auto q = m_store.query(QStringLiteral(
        "INSERT INTO audit_checkpoint (workstation_id, head_seq, head_hash, signed_at, signer_account, "
        "signer_national_id, certificate, signature, entry_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
        "?9)"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, c.workstationId)
        .bind(2, c.headSeq)
        .bindBlob(3, c.headHash)
        .bind(4, Entry::timeText(c.signedAt))
        .bind(5, c.signerAccount)
        .bind(6, c.signerNationalId)
        .bindBlob(7, c.certificateDer)
        .bindBlob(8, c.signature)
        .bind(9, c.entrySeq);
    if (auto r = q->run(); !r) {
        return r;
    }
    return tx->commit();
}

namespace {
Checkpoint checkpointFromRow(const Storage::Query& q)
{
    Checkpoint c;
    c.workstationId = q.text(0);
    c.headSeq = q.integer(1);
    c.headHash = q.blob(2);
    c.signedAt = parseTime(q.text(3));
    c.signerAccount = q.text(4);
    c.signerNationalId = q.text(5);
    c.certificateDer = q.blob(6);
    c.signature = q.blob(7);
    c.entrySeq = q.integer(8);
    return c;
}
} // namespace

Result<std::vector<Checkpoint>> Trail::checkpoints()
{
    auto q = m_store.query(QStringLiteral("SELECT ") + kCheckpointColumns
                           + QStringLiteral(" FROM audit_checkpoint ORDER BY workstation_id, head_seq"));
    if (!q) {
        return fail(q.error());
    }
    return Storage::collectRows<Checkpoint>(*q, checkpointFromRow);
}

Result<std::optional<Checkpoint>> Trail::lastCheckpoint()
{
    auto q = m_store.query(QStringLiteral("SELECT ") + kCheckpointColumns
                           + QStringLiteral(" FROM audit_checkpoint WHERE workstation_id = ?1 "
                                            "ORDER BY head_seq DESC LIMIT 1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, m_store.workstationId());
    auto rows = Storage::collectRows<Checkpoint>(*q, checkpointFromRow);
    if (!rows) {
        return fail(rows.error());
    }
    return rows->empty() ? std::optional<Checkpoint>() : std::optional<Checkpoint>(rows->front());
}

Result<std::vector<Anchor>> Trail::anchors()
{
    auto q = m_store.query(QStringLiteral("SELECT workstation_id, seq, hash FROM audit_anchor"));
    if (!q) {
        return fail(q.error());
    }
    return Storage::collectRows<Anchor>(*q, [](const Storage::Query& r) {
        return Anchor {r.text(0), r.integer(1), r.blob(2)};
    });
}

Result<QStringList> Trail::monthsOf(const Filter& f)
{
    // Entry times are UTC text ("2026-11-23T09:14:03.000Z"): months are their first 7 characters.
    // The period is clamped to the trail's first and last entries (two index seeks).
    auto q = m_store.query(QStringLiteral("SELECT min(at), max(at) FROM audit_entry"));
    if (!q) {
        return fail(q.error());
    }
    auto row = q->next();
    if (!row) {
        return fail(row.error());
    }
    if (!*row || q->isNull(0)) {
        return QStringList {};
    }
    QString first = q->text(0);
    QString last = q->text(1);
    if (f.from.isValid()) {
        first = std::max(first, Entry::timeText(f.from));
    }
    if (f.to.isValid()) {
        last = std::min(last, Entry::timeText(f.to));
    }
    const QDate from = QDate::fromString(first.left(7) + QStringLiteral("-01"), Qt::ISODate);
    const QDate to = QDate::fromString(last.left(7) + QStringLiteral("-01"), Qt::ISODate);
    QStringList months;
    if (!from.isValid() || !to.isValid()) {
        return months;
    }
    // Newest first, the order of the results.
    for (QDate m = to; m >= from; m = m.addMonths(-1)) {
        months << m.toString(QStringLiteral("yyyy-MM"));
    }
    return months;
}

Result<std::vector<Entry>> Trail::find(const Filter& f)
{
    // The indexes key on the UUIDs' last 8 digits (schema v9, random in UUID versions 4 and 7): the
    // same expressions here, then the full UUID. Every value is a bound parameter, so the statement cache
    // holds one statement per combination of filters.
    QStringList where;
    if (!f.patientUuid.isEmpty()) {
        // The patient index is keyed by month, then patient (schema v6): one index seek per month
        // of the period, newest first, until the limit is reached.
        where << QStringLiteral(
            "substr(e.at, 1, 7) = ?7 AND substr(e.patient_uuid, 29, 8) = substr(?1, 29, 8) "
            "AND e.patient_uuid <> '' AND e.patient_uuid = ?1");
    }
    if (!f.accountUuid.isEmpty()) {
        where << QStringLiteral("substr(e.account_uuid, 29, 8) = substr(?2, 29, 8) AND e.account_uuid = ?2");
    }
    if (f.action) {
        where << QStringLiteral("e.action = ?3");
    }
    if (f.from.isValid()) {
        where << QStringLiteral("e.at >= ?4");
    }
    if (f.to.isValid()) {
        where << QStringLiteral("e.at < ?5");
    }
    const QString sql = selectEntries(
        (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY e.at DESC, c.workstation_id, e.seq DESC LIMIT ?6"));
    std::vector<Entry> out;
    auto run = [&](const QString& month) -> Result<void> {
        auto q = m_store.query(sql);
        if (!q) {
            return fail(q.error());
        }
        if (!f.patientUuid.isEmpty()) {
            q->bind(1, f.patientUuid).bind(7, month);
        }
        if (!f.accountUuid.isEmpty()) {
            q->bind(2, f.accountUuid);
        }
        if (f.action) {
            q->bind(3, actionId(*f.action));
        }
        if (f.from.isValid()) {
            q->bind(4, Entry::timeText(f.from));
        }
        if (f.to.isValid()) {
            q->bind(5, Entry::timeText(f.to));
        }
        q->bind(6, qint64(f.limit) - qint64(out.size()));
        auto rows = Storage::collectRows<Entry>(*q, fromRow);
        if (!rows) {
            return fail(rows.error());
        }
        out.insert(out.end(), std::make_move_iterator(rows->begin()), std::make_move_iterator(rows->end()));
        return {};
    };
    if (f.patientUuid.isEmpty()) {
        if (auto r = run({}); !r) {
            return fail(r.error());
        }
        return out;
    }
    auto months = monthsOf(f);
    if (!months) {
        return fail(months.error());
    }
    for (const QString& month : std::as_const(*months)) {
        if (qsizetype(out.size()) >= f.limit) {
            break;
        }
        if (auto r = run(month); !r) {
            return fail(r.error());
        }
    }
    return out;
}

Result<qint64> Trail::count()
{
    return m_store.scalar(QStringLiteral("SELECT count(*) FROM audit_entry"));
}

} // namespace Officine::Audit
