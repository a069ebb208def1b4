#include "retentionjob.h"

#include "audit/auditrecorder.h"
#include "audit/audittrail.h"
#include "logging/logging.h"
#include "storage/patientrepository.h"
#include "storage/store.h"

namespace Officine::Retention {

namespace {
Audit::Entry systemEntry(Audit::Action action, const QString& type, const QString& uuid,
                         const QString& patient)
{
    Audit::Entry e;
    e.action = action;
    e.targetType = type;
    e.targetUuid = uuid;
    e.patientUuid = patient;
    e.detail = QStringLiteral("retention");
    return e;
}
} // namespace

Result<std::optional<RunSummary>> Job::runIfDue()
{
    const QString today = m_clock.now().toLocalTime().date().toString(Qt::ISODate);
    if (m_store.meta(QStringLiteral("retention_last_run")) == today) {
        return std::optional<RunSummary>();
    }
    auto summary = run();
    if (!summary) {
        return fail(summary.error());
    }
    if (auto r = m_store.setMeta(QStringLiteral("retention_last_run"), today); !r) {
        return fail(r.error());
    }
    return std::optional<RunSummary>(*summary);
}

Result<RunSummary> Job::run()
{
    RunSummary summary;
    auto policy = loadPolicy(m_store);
    if (!policy) {
        return fail(policy.error());
    }
    for (const Rule& rule : *policy) {
        auto tx = Storage::Transaction::begin(m_store);
        if (!tx) {
            return fail(tx.error());
        }
        Result<void> done;
        switch (rule.category) {
        case Category::PatientFile:
            done = patientFiles(rule, summary);
            break;
        case Category::StaffAccount:
            done = staffAccounts(rule, summary);
            break;
        case Category::AuditTrail:
            done = auditTrail(rule, summary);
            break;
        case Category::SharedCare:
        case Category::Dispensing:
        case Category::PreparationTrace:
            break; // no such records yet
        }
        if (!done) {
            qCWarning(lcAudit).noquote()
                << "retention" << categoryId(rule.category) << "failed:" << done.error().logText;
            return fail(done.error());
        }
        if (auto c = tx->commit(); !c) {
            return fail(c.error());
        }
    }
    qCInfo(lcAudit) << "retention run:" << summary.archived << "archived," << summary.purged << "purged,"
                    << summary.anonymised << "anonymised," << summary.auditPurged
                    << "audit entries past 10 years";
    return summary;
}

Result<void> Job::patientFiles(const Rule& rule, RunSummary& summary)
{
    const QDateTime now = m_clock.now();
    Storage::PatientRepository repo(m_store);
    auto toPurge = repo.dueForPurge(now.addMonths(-rule.totalMonths()));
    if (!toPurge) {
        return fail(toPurge.error());
    }
    for (const QString& uuid : *toPurge) {
        if (auto r = repo.purge(uuid, {m_store.workstationId(), now}); !r) {
            return r;
        }
        if (auto r = m_recorder.recordSystem(
                systemEntry(Audit::Action::Purge, QStringLiteral("patient"), uuid, uuid));
            !r) {
            return r;
        }
        ++summary.purged;
    }
    auto toArchive = repo.dueForArchive(now.addMonths(-rule.activeMonths));
    if (!toArchive) {
        return fail(toArchive.error());
    }
    for (const QString& uuid : *toArchive) {
        if (auto r = repo.archive(uuid, now); !r) {
            return r;
        }
        if (auto r = m_recorder.recordSystem(
                systemEntry(Audit::Action::Archive, QStringLiteral("patient"), uuid, uuid));
            !r) {
            return r;
        }
        ++summary.archived;
    }
    return {};
}

Result<void> Job::staffAccounts(const Rule& rule, RunSummary& summary)
{
    // Deactivated accounts whose last change and last sign-in are older than the period keep
    // their UUID (the audit trail names them) and lose their names, card and credentials.
    const QString cutoff = m_clock.now().addMonths(-rule.totalMonths()).toString(Qt::ISODateWithMs);
    auto q = m_store.query(QStringLiteral(
        "SELECT a.uuid FROM staff_account a LEFT JOIN staff_signin_state s ON s.account_uuid = a.uuid "
        "WHERE a.active = 0 AND a.anonymised = 0 AND a.updated_at < ?1 "
        "AND COALESCE(NULLIF(s.last_success, ''), '') < ?1"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, cutoff);
    auto due = Storage::collectRows<QString>(*q, [](const Storage::Query& r) { return r.text(0); });
    if (!due) {
        return fail(due.error());
    }
    for (const QString& uuid : *due) {
        auto u = m_store.query(QStringLiteral(
            "UPDATE staff_account SET family_name = 'Compte anonymisé', given_name = '', rpps = '', "
            "id_nat_ps = '', card_serial = '', password_hash = '', totp_secret = NULL, fallback_allowed = 0, "
            "anonymised = 1, revision = revision + 1, updated_at = ?2 WHERE uuid = ?1"));
        if (!u) {
            return fail(u.error());
        }
        u->bind(1, uuid).bind(2, m_clock.now().toString(Qt::ISODateWithMs));
        if (auto r = u->run(); !r) {
            return r;
        }
        auto outbox = m_store.query(
            QStringLiteral("DELETE FROM outbox WHERE entity = 'staff_account' AND record_uuid = ?1"));
        if (!outbox) {
            return fail(outbox.error());
        }
        outbox->bind(1, uuid);
        if (auto r = outbox->run(); !r) {
            return r;
        }
        Audit::Entry e = systemEntry(Audit::Action::Anonymise, QStringLiteral("staff_account"), uuid, {});
        e.fields
            = {QStringLiteral("family_name"), QStringLiteral("given_name"),  QStringLiteral("rpps"),
               QStringLiteral("id_nat_ps"),   QStringLiteral("card_serial"), QStringLiteral("password_hash"),
               QStringLiteral("totp_secret")};
        if (auto r = m_recorder.recordSystem(e); !r) {
            return r;
        }
        ++summary.anonymised;
    }
    return {};
}

Result<void> Job::auditTrail(const Rule& rule, RunSummary& summary)
{
    // Entries past their retention go from the start of each chain; the last one removed becomes
    // the chain's anchor, so what remains still verifies. Checkpoints over removed entries go too.
    const QString cutoff = Audit::Entry::timeText(m_clock.now().addMonths(-rule.totalMonths()));
    auto chains = m_store.query(QStringLiteral("SELECT workstation_id FROM audit_chain"));
    if (!chains) {
        return fail(chains.error());
    }
    auto workstations
        = Storage::collectRows<QString>(*chains, [](const Storage::Query& r) { return r.text(0); });
    if (!workstations) {
        return fail(workstations.error());
    }
    if (auto r = m_store.setMeta(QStringLiteral("audit_purge_before"), cutoff); !r) {
        return r;
    }
    for (const QString& ws : *workstations) {
        // The longest prefix of the chain entirely older than the cutoff.
        auto firstKept = m_store.query(
            QStringLiteral("SELECT min(e.seq) FROM audit_entry e JOIN audit_chain c ON c.id = e.chain "
                           "WHERE c.workstation_id = ?1 AND e.at >= ?2"));
        if (!firstKept) {
            return fail(firstKept.error());
        }
        firstKept->bind(1, ws).bind(2, cutoff);
        (void)firstKept->next();
        if (firstKept->isNull(0)) {
            continue; // never empty a chain: its head is what the next entry links to
        }
        const qint64 keepFrom = firstKept->integer(0);
        auto last
            = m_store.query(QStringLiteral("SELECT e.seq, e.hash FROM audit_entry e JOIN audit_chain c ON "
                                           "c.id = e.chain WHERE c.workstation_id = ?1 AND e.seq < ?2 "
                                           "ORDER BY e.seq DESC LIMIT 1"));
        if (!last) {
            return fail(last.error());
        }
        last->bind(1, ws).bind(2, keepFrom);
        auto has = last->next();
        if (!has) {
            return fail(has.error());
        }
        if (!*has) {
            continue;
        }
        const qint64 anchorSeq = last->integer(0);
        const QByteArray anchorHash = last->blob(1);
        auto gone = m_store.query(
            QStringLiteral("SELECT count(*) FROM audit_entry WHERE chain = (SELECT id FROM audit_chain WHERE "
                           "workstation_id = ?1) AND seq <= ?2"));
        if (!gone) {
            return fail(gone.error());
        }
        gone->bind(1, ws).bind(2, anchorSeq);
        (void)gone->next();
        summary.auditPurged += gone->integer(0);
        for (const char* sql :
             {"DELETE FROM audit_entry WHERE chain = (SELECT id FROM audit_chain WHERE workstation_id = ?1) "
              "AND seq <= ?2",
              "DELETE FROM audit_checkpoint WHERE workstation_id = ?1 AND entry_seq <= ?2"}) {
            auto q = m_store.query(QString::fromLatin1(sql));
            if (!q) {
                return fail(q.error());
            }
            q->bind(1, ws).bind(2, anchorSeq);
            if (auto r = q->run(); !r) {
                return r;
            }
        }
        auto anchor = m_store.query(QStringLiteral(
            "INSERT OR REPLACE INTO audit_anchor (workstation_id, seq, hash) VALUES (?1, ?2, ?3)"));
        if (!anchor) {
            return fail(anchor.error());
        }
        anchor->bind(1, ws).bind(2, anchorSeq).bindBlob(3, anchorHash);
        if (auto r = anchor->run(); !r) {
            return r;
        }
        Audit::Entry e = systemEntry(Audit::Action::Purge, QStringLiteral("audit"), ws, {});
        e.detail = QStringLiteral("retention;anchor=%1").arg(anchorSeq);
        if (auto r = m_recorder.recordSystem(e); !r) {
            return r;
        }
    }
    return m_store.setMeta(QStringLiteral("audit_purge_before"), QString());
}

} // namespace Officine::Retention
