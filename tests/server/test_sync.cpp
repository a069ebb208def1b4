// Workstations of one pharmacy converging through real officine-server processes: each has its
// own encrypted store and sync engine (HttpTransport over TLS), edits offline, then syncs.

#include "audit/audittrail.h"
#include "audit/auditverifier.h"
#include "commands/settingscommands.h"
#include "faultyproxy.h"
#include "model/patient.h"
#include "retention/retentionpolicy.h"
#include "serverharness.h"
#include "storage/patientrepository.h"
#include "storage/settingsrepository.h"
#include "storage/store.h"
#include "sync/httptransport.h"
#include "sync/merge.h"
#include "sync/syncengine.h"
#include "testpki.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <chrono>
#include <csignal>
#include <thread>

using namespace Officine;
using Officine::Tools::TestPki;

namespace {

/// A transport that loses the server's answer once (the request did reach it).
class LosingTransport final : public Sync::SyncTransport
{
public:
    explicit LosingTransport(Sync::SyncTransport& inner)
        : m_inner(inner)
    {
    }
    bool loseNextPushAnswer = false;
    Result<std::vector<Sync::PushResult>> push(const std::vector<Sync::Change>& changes) override
    {
        auto r = m_inner.push(changes);
        if (loseNextPushAnswer) {
            loseNextPushAnswer = false;
            return fail(ErrorCode::TeleserviceUnavailable, QStringLiteral("answer lost"));
        }
        return r;
    }
    bool failNextPull = false;
    Result<Sync::PullPage> pull(qint64 after, int limit) override
    {
        if (failNextPull) {
            failNextPull = false;
            return fail(ErrorCode::TeleserviceUnavailable, QStringLiteral("network cut before the pull"));
        }
        return m_inner.pull(after, limit);
    }

private:
    Sync::SyncTransport& m_inner;
};

struct Workstation
{
    QTemporaryDir dir;
    std::unique_ptr<Storage::Store> store;
    Sync::DeviceKey device = *Sync::DeviceKey::generate();
    std::unique_ptr<Sync::ServerClient> client;
    std::unique_ptr<Sync::HttpTransport> http;
    std::unique_ptr<LosingTransport> transport;
    std::unique_ptr<Sync::SyncEngine> engine;
    QByteArray token;
    QString id() const { return store->workstationId(); }
    Storage::WriteContext ctx() const { return {store->workstationId(), QDateTime::currentDateTimeUtc()}; }
};

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    Test::PostgresCluster m_pg;
    std::unique_ptr<Test::ServerFleet> m_fleet;
    QList<QUrl> m_urls;
    Test::CardPki m_pki;
    std::vector<std::unique_ptr<Workstation>> m_ws;

    Sync::CardSigner signer() const { return m_pki.signer(); }
    Workstation& addWorkstation(int server, quint16 viaPort = 0)
    {
        auto w = std::make_unique<Workstation>();
        Storage::StoreOptions o;
        o.path = w->dir.filePath(QStringLiteral("store.db"));
        w->store = std::move(*Storage::Store::open(o, *SecureBuffer::random(32)));
        QUrl url = m_urls.at(server);
        if (viaPort != 0) {
            url.setPort(viaPort);
        }
        w->client = std::make_unique<Sync::ServerClient>(
            url, QSslCertificate::fromData(m_fleet->tlsCaPem(), QSsl::Pem), 10000);
        Workstation* raw = w.get();
        w->http = std::make_unique<Sync::HttpTransport>(*w->client, [raw]() { return raw->token; });
        w->transport = std::make_unique<LosingTransport>(*w->http);
        Sync::SyncOptions options;
        options.pushBatch = 50;
        options.pullPage = 40;
        w->engine = std::make_unique<Sync::SyncEngine>(*w->store, *w->transport, w->id(), options);
        m_ws.push_back(std::move(w));
        return *m_ws.back();
    }
    bool connect(Workstation& w)
    {
        if (auto e = w.client->enrol(QStringLiteral("750000001"), w.id(), QStringLiteral("Comptoir"),
                                     w.device, signer());
            !e) {
            qWarning("enrol: %s", qPrintable(e.error().userText));
            return false;
        }
        auto s = w.client->openSession(w.id(), w.device, signer());
        if (!s) {
            qWarning("session: %s", qPrintable(s.error().userText));
            return false;
        }
        w.token = s->token;
        return true;
    }
    static QString create(Workstation& w, const QString& name, const QString& notes = {})
    {
        Model::Patient p;
        p.birthFamilyName = name;
        p.givenNames = QStringLiteral("Marie");
        p.sex = Model::Sex::Female;
        p.birthDate = Model::BirthDate::fromIso(QStringLiteral("1950-03-12"));
        p.notes = notes;
        auto tx = Storage::Transaction::begin(*w.store);
        [&]() { QVERIFY(Storage::PatientRepository(*w.store).insert(p, w.ctx())); }();
        [&]() { QVERIFY(tx->commit()); }();
        return p.meta.uuid;
    }
    template<class Edit>
    static void edit(Workstation& w, const QString& uuid, Edit change)
    {
        Storage::PatientRepository repo(*w.store);
        auto p = repo.get(uuid);
        QVERIFY(p);
        change(*p);
        auto tx = Storage::Transaction::begin(*w.store);
        QVERIFY(repo.update(*p, w.ctx()));
        QVERIFY(tx->commit());
    }
    static Model::Patient patient(Workstation& w, const QString& uuid)
    {
        return *Storage::PatientRepository(*w.store).get(uuid);
    }
    /// Every patient's content (sync columns aside), by UUID.
    static QMap<QString, QJsonObject> contents(Workstation& w)
    {
        QMap<QString, QJsonObject> out;
        auto q = w.store->query(QStringLiteral("SELECT uuid FROM patient"));
        QStringList uuids;
        (void)Storage::forEachRow(*q, [&](Storage::Query& r) { uuids << r.text(0); });
        for (const QString& u : uuids) {
            QJsonObject o = patient(w, u).toJson();
            for (const QString& k : o.keys()) {
                if (Sync::isRecordMeta(k)) {
                    o.remove(k);
                }
            }
            // A deletion carries no document: each workstation dates the erasure when it erases.
            if (o.value(QStringLiteral("deleted")).toBool()) {
                o.remove(QStringLiteral("erasedAt"));
            }
            out.insert(u, o);
        }
        return out;
    }
    static Sync::SyncReport sync(Workstation& w)
    {
        auto r = w.engine->run();
        [&]() { QVERIFY2(r, qPrintable(r ? QString() : r.error().logText)); }();
        return r ? *r : Sync::SyncReport {};
    }
    int serverChanges(const QString& where = QStringLiteral("true"))
    {
        return m_pg
            .sql(QStringLiteral("SELECT count(*) FROM change WHERE %1").arg(where),
                 QStringLiteral("officine"))
            .value(0)
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pki = Test::CardPki::make(9001);
        QVERIFY2(m_pg.start(54331), qPrintable(m_pg.log()));
        m_fleet = Test::preparePharmacy(m_pg, m_pki);
        QVERIFY(m_fleet);
        for (int i = 0; i < 2; ++i) {
            const QUrl u = m_fleet->start();
            QVERIFY(!u.isEmpty());
            m_urls << u;
        }
        for (int i = 0; i < 3; ++i) {
            QVERIFY(connect(addWorkstation(i % 2)));
        }
    }

    void cleanupTestCase()
    {
        m_ws.clear();
        m_fleet.reset();
        m_pg.stop();
    }

    void differentFieldsMergeAndTheSameFieldIsAConflict()
    {
        Workstation& a = *m_ws[0];
        Workstation& b = *m_ws[1];
        const QString p1 = create(a, QStringLiteral("MARTIN"));
        const QString p2 = create(a, QStringLiteral("BERNARD"), QStringLiteral("premier"));
        sync(a);
        const Sync::SyncReport first = sync(b);
        QCOMPARE(first.applied, 2);
        QCOMPARE(contents(b), contents(a));
        // B holds no second copy of what it received: each file is its own merge base until it
        // changes here.
        const auto baseOf = [&b](const QString& uuid) {
            auto q = b.store->query(QStringLiteral("SELECT coalesce(payload, 'NULL') FROM sync_base WHERE "
                                                   "entity = 'patient' AND record_uuid = ?1"));
            q->bind(1, uuid);
            return Storage::firstRow<QString>(*q, [](const Storage::Query& r) { return r.text(0); })
                ->value_or(QString());
        };
        QCOMPARE(baseOf(p1), QStringLiteral("NULL"));
        QCOMPARE(baseOf(p2), QStringLiteral("NULL"));

        // Offline: A changes P1's phone, B its e-mail; both change P2's notes.
        edit(a, p1, [](Model::Patient& p) { p.phone = QStringLiteral("0102030405"); });
        edit(b, p1, [](Model::Patient& p) { p.email = QStringLiteral("marie@example.fr"); });
        // B's first change wrote out the file as received: the base of the merge to come.
        const QJsonObject keptBase = QJsonDocument::fromJson(baseOf(p1).toUtf8()).object();
        QCOMPARE(keptBase.value(QStringLiteral("email")).toString(), QString());
        QCOMPARE(keptBase.value(QStringLiteral("birthFamilyName")).toString(), QStringLiteral("MARTIN"));
        edit(a, p2, [](Model::Patient& p) { p.notes = QStringLiteral("note de A"); });
        edit(b, p2, [](Model::Patient& p) { p.notes = QStringLiteral("note de B"); });
        edit(b, p2, [](Model::Patient& p) { p.notes = QStringLiteral("note de B, revue"); });
        edit(b, p2, [](Model::Patient& p) { p.notes = QStringLiteral("note de B"); });
        sync(a);
        const Sync::SyncReport merged = sync(b);
        QCOMPARE(merged.newConflicts, 1);
        sync(a);
        QCOMPARE(patient(a, p1).phone, QStringLiteral("0102030405"));
        QCOMPARE(patient(a, p1).email, QStringLiteral("marie@example.fr"));
        QCOMPARE(contents(a).value(p1), contents(b).value(p1));
        // The conflict: both values, who and when; B keeps its own until someone chooses, and
        // nothing of P2 left B meanwhile.
        auto conflicts = b.engine->openConflicts();
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), size_t(1));
        const Sync::ConflictRecord& c = conflicts->at(0);
        QCOMPARE(c.recordUuid, p2);
        QCOMPARE(c.field, QStringLiteral("notes"));
        QCOMPARE(c.localValue.toString(), QStringLiteral("note de B"));
        QCOMPARE(c.remoteValue.toString(), QStringLiteral("note de A"));
        QCOMPARE(c.baseValue.toString(), QStringLiteral("premier"));
        QCOMPARE(c.remoteWorkstation, a.id());
        QVERIFY(c.remoteAt.isValid());
        QCOMPARE(patient(b, p2).notes, QStringLiteral("note de B"));
        QCOMPARE(patient(a, p2).notes, QStringLiteral("note de A"));
        QCOMPARE(m_pg.sql(QStringLiteral("SELECT payload->>'notes' FROM record WHERE id = '%1'").arg(p2),
                          QStringLiteral("officine")),
                 QStringList {QStringLiteral("note de A")});

        // Resolved on B by keeping B's value: written as an edit, then it converges.
        edit(b, p2, [](Model::Patient& p) { p.notes = QStringLiteral("note de B"); });
        QVERIFY(b.engine->markResolved(c.uuid, QStringLiteral("titulaire"), QStringLiteral("local")));
        sync(b);
        sync(a);
        QCOMPARE(patient(a, p2).notes, QStringLiteral("note de B"));
        QCOMPARE(contents(a), contents(b));
        QCOMPARE(b.engine->openConflicts()->size(), size_t(0));
        QCOMPARE(*a.engine->pendingCount(), 0);
        QCOMPARE(*b.engine->pendingCount(), 0);
    }

    void thePharmacysSettingsReachEveryWorkstationAndMergeFieldByField()
    {
        Workstation& a = *m_ws[0];
        Workstation& b = *m_ws[1];
        sync(a);
        sync(b);
        const auto rule
            = [](Workstation& w) { return *Retention::loadRule(*w.store, Retention::Category::PatientFile); };
        const auto put = [](Workstation& w, const QString& key, const QJsonObject& fields) {
            auto tx = Storage::Transaction::begin(*w.store);
            QVERIFY(Storage::SettingsRepository(*w.store).put(key, fields, w.ctx()));
            QVERIFY(tx->commit());
        };
        const QString key = Retention::settingKey(Retention::Category::PatientFile);
        const auto fields = [](int active, int archive) {
            return QJsonObject {{QStringLiteral("activeMonths"), active},
                                {QStringLiteral("archiveMonths"), archive},
                                {QStringLiteral("endAction"), QStringLiteral("purge")}};
        };
        // The titulaire sets the patient files' periods and the inactivity delay on A.
        put(a, key, fields(6, 40));
        put(a, Commands::pharmacyKey(Settings::Key::InactivityLockSeconds),
            {{QStringLiteral("seconds"), 120}});
        sync(a);
        QCOMPARE(sync(b).applied, 2);
        QCOMPARE(rule(b).activeMonths, 6);
        QCOMPARE(rule(b).archiveMonths, 40);
        QTemporaryDir dir;
        Settings local(dir.filePath(QStringLiteral("b.ini")));
        QSignalSpy changed(&local, &Settings::changed);
        QCOMPARE(*Commands::mirrorPharmacySettings(*b.store, local), 1);
        QCOMPARE(local.integer(Settings::Key::InactivityLockSeconds), 120);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(*Commands::mirrorPharmacySettings(*b.store, local), 0); // nothing new: no signal
        QCOMPARE(changed.count(), 1);

        // Offline, A changes the active period and B the archive period: both stand.
        put(a, key, fields(8, 40));
        put(b, key, fields(6, 50));
        sync(a);
        QCOMPARE(sync(b).newConflicts, 0);
        sync(a);
        QCOMPARE(rule(a).activeMonths, 8);
        QCOMPARE(rule(a).archiveMonths, 50);
        QCOMPARE(rule(b).activeMonths, 8);
        QCOMPARE(rule(b).archiveMonths, 50);

        // Both change the active period: a conflict on B, which keeps its value until chosen.
        put(a, key, fields(10, 50));
        put(b, key, fields(12, 50));
        sync(a);
        QCOMPARE(sync(b).newConflicts, 1);
        auto conflicts = b.engine->openConflicts();
        QCOMPARE(conflicts->size(), size_t(1));
        const Sync::ConflictRecord& c = conflicts->at(0);
        QCOMPARE(c.entity, QStringLiteral("settings"));
        QCOMPARE(c.field, QStringLiteral("activeMonths"));
        QCOMPARE(c.localValue.toInt(), 12);
        QCOMPARE(c.remoteValue.toInt(), 10);
        QCOMPARE(rule(b).activeMonths, 12);
        put(b, key, fields(10, 50)); // the server's value chosen
        QVERIFY(b.engine->markResolved(c.uuid, QStringLiteral("titulaire"), QStringLiteral("server")));
        sync(b);
        sync(a);
        QCOMPARE(rule(a).activeMonths, 10);
        QCOMPARE(rule(b).activeMonths, 10);
        QCOMPARE(*a.engine->pendingCount(), 0);
        QCOMPARE(*b.engine->pendingCount(), 0);
        // One record per setting on the server, whatever the number of workstations that set it.
        QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM record WHERE entity = 'settings'"),
                          QStringLiteral("officine")),
                 QStringList {QStringLiteral("2")});

        // What arrives is checked as what is typed: a delay of 5 s or a period below the legal
        // floor is not applied, the value in force stays.
        put(a, key, fields(1, 2));
        put(a, Commands::pharmacyKey(Settings::Key::InactivityLockSeconds), {{QStringLiteral("seconds"), 5}});
        sync(a);
        sync(b);
        QCOMPARE(rule(b).activeMonths, Retention::defaultRule(Retention::Category::PatientFile).activeMonths);
        QCOMPARE(*Commands::mirrorPharmacySettings(*b.store, local), 0);
        QCOMPARE(local.integer(Settings::Key::InactivityLockSeconds), 120);
        put(a, key, fields(10, 50));
        put(a, Commands::pharmacyKey(Settings::Key::InactivityLockSeconds),
            {{QStringLiteral("seconds"), 120}});
        sync(a);
        sync(b);
    }

    void theSamePatientCreatedOnTwoWorkstationsOfflineIsProposedForAMerge()
    {
        Workstation& a = *m_ws[0];
        Workstation& b = *m_ws[1];
        sync(a);
        sync(b);
        // Offline: the same person walks in at both counters; a different one at B too.
        const QString onA = create(a, QStringLiteral("LEFÈVRE-DOUBLON"));
        const QString onB = create(b, QStringLiteral("LEFEVRE-DOUBLON"));
        const QString other = create(b, QStringLiteral("ZANZIBAR"));
        Q_UNUSED(other);
        QCOMPARE(sync(a).duplicateProposals, 0); // nothing received: nothing to compare
        const Sync::SyncReport onBSide = sync(b);
        QCOMPARE(onBSide.duplicateProposals, 1);
        auto proposals = Sync::Journal(*b.store).openDuplicates();
        QVERIFY(proposals);
        QCOMPARE(proposals->size(), size_t(1));
        QCOMPARE(proposals->at(0).localUuid, onB);
        QCOMPARE(proposals->at(0).remoteUuid, onA);
        // Syncing again proposes nothing new, and A, which created its file before it could see
        // B's, is not asked twice (the proposal lives where both files first met).
        QCOMPARE(sync(b).duplicateProposals, 0);
        QCOMPARE(sync(a).duplicateProposals, 0);
        QCOMPARE(Sync::Journal(*a.store).openDuplicates()->size(), size_t(0));
        QCOMPARE(Sync::Journal(*b.store).openDuplicates()->size(), size_t(1));
        // Dismissed: closed for good.
        QVERIFY(Sync::Journal(*b.store).dismissDuplicate(proposals->at(0).uuid, QStringLiteral("titulaire")));
        QCOMPARE(Sync::Journal(*b.store).openDuplicates()->size(), size_t(0));
        Sync::DuplicateProposal again = proposals->at(0);
        again.uuid.clear();
        std::swap(again.localUuid, again.remoteUuid);
        QVERIFY(Sync::Journal(*b.store).proposeDuplicate(again)); // the same pair, either order
        QCOMPARE(Sync::Journal(*b.store).openDuplicates()->size(), size_t(0));

        // B sends its file and is cut (or killed) before it pulls A's: the pair is still found
        // by the next run, in a new engine that remembers nothing but the store.
        const QString secondOnA = create(a, QStringLiteral("MOREAU-COUPURE"));
        const QString secondOnB = create(b, QStringLiteral("MOREAU-COUPURE"));
        sync(a);
        b.transport->failNextPull = true;
        QVERIFY(!b.engine->run());
        QCOMPARE(serverChanges(QStringLiteral("record_id = '%1'").arg(secondOnB)), 1); // it was sent
        Sync::SyncOptions options;
        options.pushBatch = 50;
        options.pullPage = 40;
        Sync::SyncEngine restarted(*b.store, *b.transport, b.id(), options);
        auto r = restarted.run();
        QVERIFY(r);
        QCOMPARE(r->duplicateProposals, 1);
        auto open = Sync::Journal(*b.store).openDuplicates();
        QCOMPARE(open->size(), size_t(1));
        QCOMPARE(open->at(0).localUuid, secondOnB);
        QCOMPARE(open->at(0).remoteUuid, secondOnA);
        QCOMPARE(*b.store->scalar(QStringLiteral("SELECT count(*) FROM sync_duplicate_check")), 0);
        QVERIFY(Sync::Journal(*b.store).dismissDuplicate(open->at(0).uuid, QStringLiteral("titulaire")));
    }

    void threeWorkstationsConvergeOnManyRecords()
    {
        Workstation& a = *m_ws[0];
        Workstation& b = *m_ws[1];
        Workstation& c = *m_ws[2];
        for (int i = 0; i < 60; ++i) {
            create(m_ws[size_t(i % 3)]->store ? *m_ws[size_t(i % 3)] : a, QStringLiteral("PATIENT%1").arg(i));
        }
        for (int round = 0; round < 2; ++round) {
            sync(a);
            sync(b);
            sync(c);
        }
        QCOMPARE(contents(a).size(), contents(c).size());
        QCOMPARE(contents(a), contents(b));
        QCOMPARE(contents(b), contents(c));
        // Pulled files are found by a search on every workstation (their search rows are
        // written at the end of each pulled page), and a pulled rename moves them.
        const auto found = [](Workstation& w, const QString& text) {
            auto r = Storage::PatientRepository(*w.store).search(text, QDate(2026, 12, 1), 100);
            [&]() { QVERIFY(r); }();
            QStringList names;
            for (const Model::PatientSummary& s : *r) {
                names << s.birthFamilyName;
            }
            return names;
        };
        for (Workstation* w : {&a, &b, &c}) {
            QCOMPARE(found(*w, QStringLiteral("patient41")), QStringList {QStringLiteral("PATIENT41")});
            QCOMPARE(found(*w, QStringLiteral("PATIENT5")).size(), 11); // 5, 50..59
        }
        auto hit
            = Storage::PatientRepository(*a.store).search(QStringLiteral("PATIENT42"), QDate(2026, 12, 1), 1);
        QVERIFY(hit && hit->size() == 1);
        const QString renamed = hit->at(0).uuid;
        edit(a, renamed, [](Model::Patient& p) { p.birthFamilyName = QStringLiteral("LÉVÊQUE"); });
        sync(a);
        sync(c);
        QCOMPARE(found(c, QStringLiteral("leveque")), QStringList {QStringLiteral("LÉVÊQUE")});
        QVERIFY(found(c, QStringLiteral("PATIENT42")).isEmpty());
        // Each change is on the server once.
        QCOMPARE(
            m_pg.sql(QStringLiteral(
                         "SELECT count(*) FROM (SELECT record_id FROM change WHERE entity = 'patient' AND "
                         "operation = 'create' GROUP BY record_id HAVING count(*) > 1) d"),
                     QStringLiteral("officine"))
                .value(0),
            QStringLiteral("0"));
    }

    void aLostAnswerIsResentAndAcknowledgedNotAppliedTwice()
    {
        Workstation& a = *m_ws[0];
        const QString p = create(a, QStringLiteral("PERDU"));
        a.transport->loseNextPushAnswer = true;
        QVERIFY(!a.engine->run());
        QCOMPARE(serverChanges(QStringLiteral("record_id = '%1'").arg(p)), 1);
        const Sync::SyncReport again = sync(a);
        QCOMPARE(again.acknowledged, 1);
        QCOMPARE(again.pushed, 0);
        QCOMPARE(serverChanges(QStringLiteral("record_id = '%1'").arg(p)), 1);
        QCOMPARE(*a.engine->pendingCount(), 0);
    }

    void aPullThatWouldDeleteManyFilesWaitsForTheTitulaire()
    {
        Workstation& a = *m_ws[0];
        Workstation& b = *m_ws[1];
        sync(b);
        auto q = a.store->query(QStringLiteral("SELECT uuid FROM patient WHERE deleted = 0 LIMIT 40"));
        QStringList victims;
        (void)Storage::forEachRow(*q, [&](Storage::Query& r) { victims << r.text(0); });
        QCOMPARE(victims.size(), 40);
        for (const QString& v : victims) {
            auto tx = Storage::Transaction::begin(*a.store);
            QVERIFY(Storage::PatientRepository(*a.store).erase(v, a.ctx()));
            QVERIFY(tx->commit());
        }
        sync(a);
        const qint64 before = *Storage::PatientRepository(*b.store).count();
        const Sync::SyncReport held = sync(b);
        QVERIFY(held.waitingForDeletionConfirmation);
        QCOMPARE(*Storage::PatientRepository(*b.store).count(), before);
        const auto hold = b.engine->deletionHold();
        QVERIFY(hold);
        QCOMPARE(hold->entity, QStringLiteral("patient"));
        QVERIFY(hold->deletions >= 20);
        QVERIFY(b.engine->confirmDeletions());
        sync(b);
        QCOMPARE(*Storage::PatientRepository(*b.store).count(), before - 40);
        QCOMPARE(contents(a), contents(b));
        // Nothing of the erased files is left on the server.
        QCOMPARE(
            m_pg.sql(QStringLiteral("SELECT count(*) FROM record WHERE id = '%1' AND payload IS NOT NULL")
                         .arg(victims.first()),
                     QStringLiteral("officine"))
                .value(0),
            QStringLiteral("0"));
    }

    void auditEntriesAreAnchoredOnTheServer()
    {
        Workstation& a = *m_ws[0];
        Audit::Trail trail(*a.store);
        for (int i = 0; i < 5; ++i) {
            Audit::Entry e;
            e.accountUuid = QStringLiteral("system");
            e.action = Audit::Action::View;
            e.at = QDateTime::currentDateTimeUtc();
            QVERIFY(trail.append(e));
        }
        const Sync::SyncReport r = sync(a);
        QCOMPARE(r.auditEntries, 5);
        const auto head = trail.head(a.id());
        QCOMPARE(
            m_pg.sql(
                QStringLiteral(
                    "SELECT seq || ':' || encode(hash, 'hex') FROM audit_head WHERE workstation_id = '%1'")
                    .arg(a.id()),
                QStringLiteral("officine")),
            QStringList {
                QStringLiteral("%1:%2").arg(head->seq).arg(QString::fromLatin1(head->hash.toHex()))});
        QCOMPARE(sync(a).auditEntries, 0);
        // audit verify compares the local chain with what the server anchored: a tail cut here
        // (even with the store's key) is a break, though the chain is consistent with itself.
        auto intact = Audit::Verifier(*a.store).run();
        QVERIFY(intact);
        QVERIFY2(intact->intact(), qPrintable(intact->summary()));
        QVERIFY(a.store->exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_entry_no_delete")));
        QVERIFY(a.store->exec(QStringLiteral("DELETE FROM audit_entry WHERE seq = %1 AND chain = %2")
                                  .arg(head->seq)
                                  .arg(head->chain)));
        auto cut = Audit::Verifier(*a.store).run();
        QVERIFY(cut);
        QVERIFY(!cut->intact());
        QCOMPARE(cut->firstBreak->kind, Audit::Break::Kind::BehindServer);
        QVERIFY(cut->firstBreak->reason.contains(QStringLiteral("serveur de synchronisation")));
    }

    void otherWorkstationsAuditEntriesAreKeptCheckedAndVerified()
    {
        Workstation& x = addWorkstation(0);
        Workstation& y = addWorkstation(1);
        QVERIFY(connect(x));
        QVERIFY(connect(y));
        const auto appendViews = [](Workstation& w, int n) {
            Audit::Trail trail(*w.store);
            for (int i = 0; i < n; ++i) {
                Audit::Entry e;
                e.accountUuid = QStringLiteral("system");
                e.action = Audit::Action::View;
                e.targetType = QStringLiteral("patient");
                e.at = QDateTime::currentDateTimeUtc();
                QVERIFY(trail.append(e));
            }
        };
        const auto chainOn = [](Workstation& holder, const QString& workstation) {
            QStringList links;
            auto q = holder.store->query(QStringLiteral(
                "SELECT e.seq || ':' || hex(e.hash) FROM audit_entry e JOIN audit_chain c ON c.id = "
                "e.chain WHERE c.workstation_id = ?1 ORDER BY e.seq"));
            [&]() { QVERIFY(q); }();
            q->bind(1, workstation);
            (void)Storage::forEachRow(*q, [&](Storage::Query& r) { links << r.text(0); });
            return links;
        };
        appendViews(x, 5);
        QCOMPARE(sync(x).auditEntries, 5);
        // y, new, receives every entry the other workstations anchored, each checked and stored in
        // its own copy of that workstation's chain, and none of its own.
        const int othersOnServer
            = serverChanges(QStringLiteral("entity = 'audit_entry' AND workstation_id <> '%1'").arg(y.id()));
        const Sync::SyncReport first = sync(y);
        QCOMPARE(first.auditReceived, othersOnServer);
        QCOMPARE(first.auditRefused, 0);
        QCOMPARE(chainOn(y, x.id()).size(), 5);
        QCOMPARE(chainOn(y, x.id()), chainOn(x, x.id()));
        {
            auto report = Audit::Verifier(*y.store).run();
            QVERIFY(report);
            QVERIFY2(report->intact(), qPrintable(report->summary()));
        }
        // Received again (a cursor lost, a replayed page): held already, not stored twice.
        QVERIFY(y.store->exec(QStringLiteral("UPDATE sync_state SET value = '0' WHERE key = '%1'")
                                  .arg(QLatin1String(Sync::SyncEngine::kCursorKey))));
        const Sync::SyncReport again = sync(y);
        QCOMPARE(again.auditReceived, 0);
        QCOMPARE(again.auditRefused, 0);
        QCOMPARE(chainOn(y, x.id()).size(), 5);

        // An entry altered on the server (its account changed, its hash kept) is refused, and so
        // are those after it: y's copy stops at the last intact entry and still verifies.
        appendViews(x, 4);
        QCOMPARE(sync(x).auditEntries, 4);
        const QString seven
            = m_pg.sql(QStringLiteral("SELECT id FROM record WHERE entity = 'audit_entry' AND "
                                      "changed_by_workstation = '%1' AND (payload->>'seq')::int = 7")
                           .arg(x.id()),
                       QStringLiteral("officine"))
                  .value(0);
        QVERIFY(!seven.isEmpty());
        m_pg.sql(QStringLiteral("UPDATE record SET payload = jsonb_set(payload, '{account}', '\"falsifié\"') "
                                "WHERE id = '%1'")
                     .arg(seven),
                 QStringLiteral("officine"));
        const Sync::SyncReport forged = sync(y);
        QCOMPARE(forged.auditReceived, 1);
        QCOMPARE(forged.auditRefused, 3);
        QCOMPARE(chainOn(y, x.id()), chainOn(x, x.id()).mid(0, 6));
        auto report = Audit::Verifier(*y.store).run();
        QVERIFY(report);
        QVERIFY2(report->intact(), qPrintable(report->summary()));
        // x's own trail is untouched, and its next entries, which no longer follow y's copy, are
        // refused there too rather than stored with a gap.
        appendViews(x, 1);
        QCOMPARE(sync(x).auditEntries, 1);
        const Sync::SyncReport after = sync(y);
        QCOMPARE(after.auditReceived, 0);
        QCOMPARE(after.auditRefused, 1);
        QCOMPARE(chainOn(y, x.id()).size(), 6);
    }

    void connectionsCutAtRandomPointsLoseAndDuplicateNothing()
    {
        // Two more workstations, each behind a proxy that cuts a third of its connections.
        Test::FaultyProxy proxyD(quint16(m_urls.at(0).port()), 42);
        Test::FaultyProxy proxyE(quint16(m_urls.at(1).port()), 43);
        Workstation& d = addWorkstation(0, proxyD.port());
        Workstation& e = addWorkstation(1, proxyE.port());
        QVERIFY(connect(d));
        QVERIFY(connect(e));
        QVERIFY(d.engine->run());
        QVERIFY(e.engine->run());
        QStringList shared;
        for (int i = 0; i < 8; ++i) {
            shared << create(d, QStringLiteral("COUPURE%1").arg(i));
        }
        QVERIFY(d.engine->run());
        QVERIFY(e.engine->run());
        proxyD.faultRate = proxyE.faultRate = 0.2;
        QRandomGenerator rng(7);
        int failures = 0;
        for (int i = 0; i < 300; ++i) {
            // Each edits its own fields of the same files: they merge, never conflict.
            const bool onD = rng.bounded(2) == 0;
            Workstation& w = onD ? d : e;
            const QString uuid = shared.at(int(rng.bounded(qint64(shared.size()))));
            const QString value = QString::number(i);
            edit(w, uuid, [&](Model::Patient& p) {
                if (onD) {
                    p.phone = QStringLiteral("01%1").arg(value);
                } else {
                    p.city = QStringLiteral("Ville %1").arg(value);
                }
            });
            if (rng.bounded(3) == 0) {
                create(w, QStringLiteral("NOUVEAU%1").arg(i));
            }
            failures += !w.engine->run();
        }
        QVERIFY(failures > 5);
        QVERIFY(proxyD.cuts[0] + proxyE.cuts[0] > 0);
        QVERIFY(proxyD.cuts[1] + proxyE.cuts[1] > 0);
        QVERIFY(proxyD.cuts[2] + proxyE.cuts[2] > 0);
        proxyD.faultRate = proxyE.faultRate = 0;
        for (int round = 0; round < 2; ++round) {
            QVERIFY(d.engine->run());
            QVERIFY(e.engine->run());
        }
        QCOMPARE(contents(d), contents(e));
        QCOMPARE(d.engine->openConflicts()->size(), size_t(0));
        QCOMPARE(e.engine->openConflicts()->size(), size_t(0));
        QCOMPARE(*d.engine->pendingCount(), 0);
        QCOMPARE(*e.engine->pendingCount(), 0);
        // On the server: one change per record revision, and the files as the workstations hold them.
        QCOMPARE(m_pg.sql(QStringLiteral(
                              "SELECT count(*) FROM (SELECT record_id, revision FROM change GROUP BY 1, 2 "
                              "HAVING count(*) > 1) d"),
                          QStringLiteral("officine"))
                     .value(0),
                 QStringLiteral("0"));
        QCOMPARE(
            m_pg.sql(QStringLiteral(
                         "SELECT count(*) FROM (SELECT record_id, revision FROM change WHERE operation <> "
                         "'append' GROUP BY 1, 2) d"),
                     QStringLiteral("officine"))
                .value(0)
                .toInt(),
            m_pg.sql(QStringLiteral("SELECT sum(revision) FROM record WHERE entity IN ('patient', "
                                    "'staff_account', 'settings')"),
                     QStringLiteral("officine"))
                .value(0)
                .toInt());
        for (const QString& uuid : shared) {
            const QString phone = patient(d, uuid).phone;
            QCOMPARE(
                m_pg.sql(QStringLiteral("SELECT payload->>'phone' FROM record WHERE id = '%1'").arg(uuid),
                         QStringLiteral("officine")),
                QStringList {phone});
        }
        qInfo("cuts: %d before the request, %d after it, %d mid-answer; %d syncs failed",
              proxyD.cuts[0] + proxyE.cuts[0], proxyD.cuts[1] + proxyE.cuts[1],
              proxyD.cuts[2] + proxyE.cuts[2], failures);
    }

    void aWorkstationKilledAtRandomPointsOfItsSyncLosesAndDuplicatesNothing()
    {
        // The workstation's store and enrolment, then its sync in a process of its own.
        QTemporaryDir dir;
        const QString storePath = dir.filePath(QStringLiteral("store.db"));
        QByteArray key = SecureBuffer::random(32)->view().toByteArray();
        const QByteArray keyHex = key.toHex();
        QString ws;
        {
            Storage::StoreOptions o;
            o.path = storePath;
            auto store = Storage::Store::open(o, SecureBuffer::fromAndWipe(key));
            QVERIFY(store);
            ws = (*store)->workstationId();
        }
        const Sync::DeviceKey device = *Sync::DeviceKey::generate();
        Sync::ServerClient client(m_urls.at(0), QSslCertificate::fromData(m_fleet->tlsCaPem(), QSsl::Pem));
        QVERIFY(client.enrol(QStringLiteral("750000001"), ws, QStringLiteral("Tué"), device, signer()));
        const auto write = [&dir](const char* name, const QByteArray& data) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write("device.der", device.privateKeyDer().view().toByteArray());
        write("card.key", m_pki.titulaire.privateKeyPem());
        write("card.pem", m_pki.titulaire.certificatePem());
        write("ca.pem", m_fleet->tlsCaPem());
        const auto worker = [&](int cycles) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->start(QStringLiteral(OFFICINE_SYNC_WORKER),
                     {storePath, QString::fromLatin1(keyHex),
                      m_urls.at(int(QRandomGenerator::global()->bounded(2))).toString(),
                      dir.filePath(QStringLiteral("ca.pem")), dir.filePath(QStringLiteral("device.der")),
                      dir.filePath(QStringLiteral("card.key")), dir.filePath(QStringLiteral("card.pem")),
                      QString::number(cycles)});
            return p;
        };
        QRandomGenerator rng(99);
        int completedCycles = 0;
        for (int round = 0; round < 15; ++round) {
            auto p = worker(1000);
            QVERIFY(p->waitForReadyRead(10000));
            QTest::qWait(int(rng.bounded(50, 400)));
            ::kill(pid_t(p->processId()), SIGKILL);
            QVERIFY(p->waitForFinished(5000));
            completedCycles += int(p->readAllStandardOutput().count("cycle "));
        }
        QVERIFY(completedCycles > 3);
        auto last = worker(2);
        QVERIFY(last->waitForFinished(60000));
        const QByteArray out = last->readAllStandardOutput();
        QVERIFY2(out.endsWith("cycle 1 ok\n"), out.constData());
        // Every file this workstation wrote is on the server once, and nothing waits.
        QByteArray key2 = QByteArray::fromHex(keyHex);
        Storage::StoreOptions o;
        o.path = storePath;
        auto store = Storage::Store::open(o, SecureBuffer::fromAndWipe(key2));
        QVERIFY(store);
        const qint64 local = *(*store)->scalar(QStringLiteral("SELECT count(*) FROM patient"));
        QCOMPARE(*(*store)->scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(*(*store)->scalar(QStringLiteral("SELECT count(*) FROM sync_inflight")), 0);
        QCOMPARE(
            serverChanges(QStringLiteral("workstation_id = '%1' AND entity = 'patient'").arg(ws)),
            int(local) - 0
                - int(*(*store)->scalar(
                    QStringLiteral("SELECT count(*) FROM patient WHERE workstation_id <> '%1'").arg(ws))));
        QCOMPARE(m_pg.sql(QStringLiteral(
                              "SELECT count(DISTINCT record_id) FROM change WHERE workstation_id = '%1'")
                              .arg(ws),
                          QStringLiteral("officine"))
                     .value(0)
                     .toInt(),
                 serverChanges(QStringLiteral("workstation_id = '%1'").arg(ws)));
        qInfo("%d sync cycles completed over 15 kills; %lld files", completedCycles, local);
    }

    void aServerKilledMidPushLosesNothing()
    {
        const QUrl third = m_fleet->start();
        QVERIFY(!third.isEmpty());
        Test::FaultyProxy proxy(quint16(third.port()), 1);
        Workstation& g = addWorkstation(0, proxy.port());
        QVERIFY(connect(g));
        QVERIFY(g.engine->run());
        QStringList created;
        for (int i = 0; i < 400; ++i) {
            created << create(g, QStringLiteral("SERVEUR%1").arg(i));
        }
        QProcess& server = m_fleet->process(m_fleet->processCount() - 1);
        // Killed while the pushes of the 400 files (~520 KB) are under way, from the proxy's
        // thread: the client blocks in its request and runs no event loop.
        const auto pid = pid_t(server.processId());
        std::atomic<bool> killed {false};
        proxy.onForward([pid, &killed](qint64 total) {
            if (total >= 200 * 1024 && !killed.exchange(true)) {
                ::kill(pid, SIGKILL);
            }
        });
        QVERIFY(!g.engine->run());
        QVERIFY(killed);
        proxy.onForward({});
        QVERIFY(server.state() == QProcess::NotRunning || server.waitForFinished(5000));
        QVERIFY(*g.engine->pendingCount() > 0);
        const QUrl again = m_fleet->start();
        QVERIFY(!again.isEmpty());
        proxy.setTarget(quint16(again.port()));
        QVERIFY(g.engine->run());
        QCOMPARE(*g.engine->pendingCount(), 0);
        QCOMPARE(serverChanges(QStringLiteral("workstation_id = '%1' AND entity = 'patient'").arg(g.id())),
                 400);
        QCOMPARE(m_pg.sql(QStringLiteral(
                              "SELECT count(DISTINCT record_id) FROM change WHERE workstation_id = '%1' AND "
                              "entity = 'patient'")
                              .arg(g.id()),
                          QStringLiteral("officine"))
                     .value(0)
                     .toInt(),
                 400);
    }

    void aStoppedClientGivesUpAtOnce()
    {
        // A server that accepts the connection (in the kernel's backlog) and never answers: without
        // the cancel flag the request would wait out its 60 s transfer timeout.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Sync::ServerClient client(QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(silent.serverPort())),
                                  QSslCertificate::fromData(m_fleet->tlsCaPem(), QSsl::Pem), 60000);
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        client.setCancelFlag(cancel);
        std::thread stopper([cancel]() {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel->store(true);
        });
        auto r = client.request("GET", QStringLiteral("/health"));
        stopper.join();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::TeleserviceUnavailable);
        QVERIFY2(r.error().userText.contains(QStringLiteral("synchronisation arrêtée")),
                 qPrintable(r.error().userText));
        // Stopped stays stopped: the next request is not even sent.
        auto again = client.request("GET", QStringLiteral("/health"));
        QVERIFY(!again);
        QVERIFY(again.error().userText.contains(QStringLiteral("synchronisation arrêtée")));
        // A configured server the client cannot reach says why, in French.
        silent.close();
        Sync::ServerClient nobody(QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(silent.serverPort())),
                                  QSslCertificate::fromData(m_fleet->tlsCaPem(), QSsl::Pem), 5000);
        auto refused = nobody.request("GET", QStringLiteral("/health"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().userText.contains(QStringLiteral("connexion refusée")),
                 qPrintable(refused.error().userText));
    }

    void aServerCertificateFromAnotherAuthorityIsRefused()
    {
        // The client trusts the configured authority only: the system's authorities do not count,
        // and a certificate from another CA is a clear refusal, not a silent connection.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const TestPki::Issued other = TestPki::makeRoot(QStringLiteral("AC ETRANGERE"), now);
        Sync::ServerClient client(m_urls.at(0), {QSslCertificate(other.certificatePem(), QSsl::Pem)}, 5000);
        auto r = client.request("GET", QStringLiteral("/health"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::TeleserviceUnavailable);
        QVERIFY2(r.error().userText.contains(QStringLiteral("certificat du serveur non reconnu")),
                 qPrintable(r.error().userText));
        Sync::ServerClient trusted(m_urls.at(0), QSslCertificate::fromData(m_fleet->tlsCaPem(), QSsl::Pem),
                                   5000);
        auto ok = trusted.request("GET", QStringLiteral("/health"));
        QVERIFY2(ok && ok->status == 200, ok ? "" : qPrintable(ok.error().logText));
    }

    void noSessionNoSync()
    {
        Workstation& c = *m_ws[2];
        const QByteArray token = c.token;
        c.token.clear();
        create(c, QStringLiteral("ATTENTE"));
        auto r = c.engine->run();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotSignedIn);
        QCOMPARE(*c.engine->pendingCount(), 1);
        c.token = token;
        sync(c);
        QCOMPARE(*c.engine->pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
