// The background sync worker against a real server: no card no sync, a session opened with a
// card, sync after a commit, the network cut (offline, back-off) and back.

#include "faultyproxy.h"
#include "model/patient.h"
#include "serverharness.h"
#include "storage/patientrepository.h"
#include "storage/store.h"
#include "sync/syncengine.h"
#include "sync/syncworker.h"
#include "testpki.h"

#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace Officine;
using State = Sync::SyncStatus::State;

class TestSyncWorker : public QObject
{
    Q_OBJECT

    Test::PostgresCluster m_pg;
    std::unique_ptr<Test::ServerFleet> m_fleet;
    QUrl m_url;
    Test::CardPki m_pki;
    QTemporaryDir m_dir;
    QByteArray m_keyHex;

    Result<std::unique_ptr<Storage::Store>> openStore()
    {
        QByteArray key = QByteArray::fromHex(m_keyHex);
        Storage::StoreOptions o;
        o.path = m_dir.filePath(QStringLiteral("store.db"));
        return Storage::Store::open(o, SecureBuffer::fromAndWipe(key));
    }
    Sync::CardSigner signer() const { return m_pki.signer(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_pki = Test::CardPki::make(9101);
        QVERIFY(m_pg.start(54332));
        m_fleet = Test::preparePharmacy(m_pg, m_pki);
        QVERIFY(m_fleet);
        m_url = m_fleet->start();
        QVERIFY(!m_url.isEmpty());
        m_keyHex = SecureBuffer::random(32)->view().toByteArray().toHex();
        QVERIFY(openStore());
    }

    void cleanupTestCase()
    {
        m_fleet.reset();
        m_pg.stop();
    }

    void withoutAServerNothingIsAttempted()
    {
        Sync::SyncWorker::Config config;
        config.openStore = [this]() { return openStore(); };
        Sync::SyncWorker worker(config);
        worker.start();
        QTRY_COMPARE(worker.status().state, State::NotConfigured);
    }

    void itSyncsOnlyWithACardSessionAndComesBackAfterTheNetwork()
    {
        auto store = openStore();
        QVERIFY(store);
        const QString ws = (*store)->workstationId();
        auto key = std::make_shared<const Sync::DeviceKey>(*Sync::DeviceKey::generate());
        Test::FaultyProxy proxy(quint16(m_url.port()), 5);
        QUrl via = m_url;
        via.setPort(proxy.port());
        const QList<QSslCertificate> ca = QSslCertificate::fromData(m_fleet->tlsCaPem(), QSsl::Pem);
        QVERIFY(Sync::ServerClient(via, ca).enrol(QStringLiteral("750000001"), ws, QStringLiteral("Comptoir"),
                                                  *key, signer()));

        Sync::SyncWorker::Config config;
        config.server = via;
        config.ca = ca;
        config.workstationId = ws;
        config.openStore = [this]() { return openStore(); };
        config.debounceMs = 50;
        config.maxBackoffSeconds = 2;
        config.timeoutMs = 3000;
        Sync::SyncWorker worker(config);
        QSignalSpy synced(&worker, &Sync::SyncWorker::synced);
        worker.start();
        QTRY_COMPARE(worker.status().state, State::WaitingForCard);

        const auto create = [&](const char* name) {
            Model::Patient p;
            p.birthFamilyName = QString::fromLatin1(name);
            p.givenNames = QStringLiteral("Léa");
            p.sex = Model::Sex::Female;
            p.birthDate = Model::BirthDate::fromIso(QStringLiteral("1990-01-01"));
            auto tx = Storage::Transaction::begin(**store);
            QVERIFY(Storage::PatientRepository(**store).insert(p, {ws, QDateTime::currentDateTimeUtc()}));
            QVERIFY(tx->commit());
        };
        // No card signed in: a commit syncs nothing, the outbox waits.
        create("SANSCARTE");
        worker.requestSync();
        QTest::qWait(300);
        QCOMPARE(worker.status().state, State::WaitingForCard);
        QCOMPARE(synced.count(), 0);

        // The card signs the session; the worker syncs at once.
        bool opened = false;
        worker.openSession(key, signer(), [&](const Result<void>& r) { opened = bool(r); });
        QTRY_VERIFY(opened);
        QTRY_COMPARE(worker.status().state, State::UpToDate);
        QCOMPARE(worker.status().pending, 0);
        QVERIFY(worker.status().lastSuccess.isValid());
        QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM record WHERE entity = 'patient'"),
                          QStringLiteral("officine"))
                     .value(0),
                 QStringLiteral("1"));

        // The network goes: offline with its reason, a retry scheduled, the change waits.
        proxy.faultRate = 3.0; // every piece of traffic cut
        create("HORSLIGNE");
        worker.requestSync();
        QTRY_COMPARE_WITH_TIMEOUT(worker.status().state, State::Offline, 10000);
        QVERIFY(worker.status().reason.contains(QStringLiteral("ne répond pas")));
        QVERIFY(worker.status().nextAttempt.isValid());
        QCOMPARE(worker.status().pending, 1);
        // It comes back: the back-off's next attempt sends it, with nobody asking.
        proxy.faultRate = 0;
        QTRY_COMPARE_WITH_TIMEOUT(worker.status().state, State::UpToDate, 15000);
        QCOMPARE(worker.status().pending, 0);
        QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM record WHERE entity = 'patient'"),
                          QStringLiteral("officine"))
                     .value(0),
                 QStringLiteral("2"));

        // The server session ends (15 minutes by default; here ended early in the database) while
        // the card stays signed in: the card signs a new one and the change goes, unasked.
        const auto sessions = [&]() {
            return m_pg
                .sql(QStringLiteral("SELECT count(*) FROM session WHERE workstation_id = '%1'").arg(ws),
                     QStringLiteral("officine"))
                .value(0)
                .toInt();
        };
        const int before = sessions();
        m_pg.sql(QStringLiteral("UPDATE session SET expires_at = now() - interval '1 second' WHERE "
                                "workstation_id = '%1'")
                     .arg(ws),
                 QStringLiteral("officine"));
        create("RENOUVELEE");
        worker.requestSync();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_pg.sql(QStringLiteral("SELECT count(*) FROM record WHERE entity = 'patient'"),
                     QStringLiteral("officine"))
                .value(0),
            QStringLiteral("3"), 10000);
        QTRY_COMPARE(worker.status().state, State::UpToDate);
        QCOMPARE(sessions(), before + 1);

        // Signing out ends the session: the next change waits for a card again.
        worker.endSession();
        QTRY_COMPARE(worker.status().state, State::WaitingForCard);
        create("APRES");
        worker.requestSync();
        QTest::qWait(300);
        QCOMPARE(worker.status().state, State::WaitingForCard);
        QCOMPARE(sessions(), before + 1); // no card session, no new server session
        worker.stop();
    }

    void aNewWorkstationShowsHowFarItsFirstPullHasCome()
    {
        // Another workstation fills the pharmacy.
        QTemporaryDir dir;
        const QByteArray freshKey = SecureBuffer::random(32)->view().toByteArray().toHex();
        const auto open = [&dir](const QString& name, const QByteArray& hex) {
            QByteArray key = QByteArray::fromHex(hex);
            Storage::StoreOptions o;
            o.path = dir.filePath(name);
            return Storage::Store::open(o, SecureBuffer::fromAndWipe(key));
        };
        auto filler
            = open(QStringLiteral("filler.db"), SecureBuffer::random(32)->view().toByteArray().toHex());
        QVERIFY(filler);
        const QString fillerId = (*filler)->workstationId();
        const QList<QSslCertificate> ca = QSslCertificate::fromData(m_fleet->tlsCaPem(), QSsl::Pem);
        Sync::ServerClient client(m_url, ca);
        const auto key = Sync::DeviceKey::generate();
        QVERIFY(key);
        QVERIFY(client.enrol(QStringLiteral("750000001"), fillerId, QStringLiteral("Comptoir 2"), *key,
                             signer()));
        auto session = client.openSession(fillerId, *key, signer());
        QVERIFY(session);
        const QByteArray token = session->token;
        {
            auto tx = Storage::Transaction::begin(**filler);
            for (int i = 0; i < 150; ++i) {
                Model::Patient p;
                p.birthFamilyName = QStringLiteral("REMPLI%1").arg(i);
                p.givenNames = QStringLiteral("Léa");
                p.sex = Model::Sex::Female;
                p.birthDate = Model::BirthDate::fromIso(QStringLiteral("1990-01-01"));
                QVERIFY(Storage::PatientRepository(**filler).insert(
                    p, {fillerId, QDateTime::currentDateTimeUtc()}));
            }
            QVERIFY(tx->commit());
        }
        Sync::HttpTransport transport(client, [token]() { return token; });
        QVERIFY(Sync::SyncEngine(**filler, transport, fillerId).run());
        const qint64 onServer = m_pg.sql(QStringLiteral("SELECT count(*) FROM record WHERE tenant_id = "
                                                        "(SELECT id FROM tenant WHERE finess = '750000001')"),
                                         QStringLiteral("officine"))
                                    .value(0)
                                    .toLongLong();
        const qint64 patientsOnServer
            = m_pg.sql(QStringLiteral("SELECT count(*) FROM record WHERE entity = 'patient' AND tenant_id = "
                                      "(SELECT id FROM tenant WHERE finess = '750000001')"),
                       QStringLiteral("officine"))
                  .value(0)
                  .toLongLong();
        QVERIFY(patientsOnServer >= 150);

        // The new workstation pulls it in pages of 20: each page says how far it has come.
        auto fresh = open(QStringLiteral("fresh.db"), freshKey);
        QVERIFY(fresh);
        const QString ws = (*fresh)->workstationId();
        fresh->reset();
        const auto freshKeyPair = std::make_shared<const Sync::DeviceKey>(*Sync::DeviceKey::generate());
        QVERIFY(client.enrol(QStringLiteral("750000001"), ws, QStringLiteral("Comptoir 3"), *freshKeyPair,
                             signer()));
        Sync::SyncWorker::Config config;
        config.server = m_url;
        config.ca = ca;
        config.workstationId = ws;
        config.openStore = [&]() { return open(QStringLiteral("fresh.db"), freshKey); };
        config.debounceMs = 50;
        config.options.pullPage = 20;
        Sync::SyncWorker worker(config);
        QList<Sync::SyncStatus> seen;
        QObject::connect(&worker, &Sync::SyncWorker::statusChanged, this,
                         [&seen](const Sync::SyncStatus& s) { seen << s; });
        worker.start();
        bool opened = false;
        worker.openSession(freshKeyPair, signer(), [&](const Result<void>& r) { opened = bool(r); });
        QTRY_VERIFY(opened);
        // Waited for as the window sees it: the signal, queued, comes after the state is set.
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty() && seen.last().state == State::UpToDate, 20000);
        worker.stop();
        QCOMPARE(worker.status().progress, -1);
        QList<int> shares;
        qint64 lastReceived = 0;
        for (const Sync::SyncStatus& s : seen) {
            if (s.progress >= 0) {
                QCOMPARE(s.state, State::Syncing);
                QVERIFY(s.received > lastReceived);
                lastReceived = s.received;
                shares << s.progress;
            }
        }
        // One report per page but the last (ceil(onServer / 20) pages), rising, never 100 before
        // the end; once up to date, no progress is shown.
        QCOMPARE(shares.size(), int((onServer + 19) / 20) - 1);
        QVERIFY(std::is_sorted(shares.begin(), shares.end()));
        QVERIFY(shares.first() < 20);
        QVERIFY(shares.last() >= 80 && shares.last() < 100);
        QCOMPARE(lastReceived, qint64(shares.size()) * 20);
        QCOMPARE(seen.last().progress, -1);
        auto reopened = open(QStringLiteral("fresh.db"), freshKey);
        QVERIFY(reopened);
        QCOMPARE(*Storage::PatientRepository(**reopened).count(), patientsOnServer);
    }
};

QTEST_GUILESS_MAIN(TestSyncWorker)
#include "test_syncworker.moc"
