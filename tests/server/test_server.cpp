// officine-server against a real PostgreSQL and two real server processes over TLS: schema and
// roles, enrolment and sessions, push and pull, tenant isolation, audit anchoring, refusals.

#include "audit/auditentry.h"
#include "audit/auditsync.h"
#include "serverharness.h"
#include "sync/devicekey.h"
#include "sync/protocol.h"
#include "testpki.h"

#include <QJsonArray>
#include <QTest>
#include <csignal>

using namespace Officine;
using Officine::Tools::TestPki;
using Test::HttpAnswer;

namespace {

struct Station
{
    QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString finess;
    Sync::DeviceKey key = *Sync::DeviceKey::generate();
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject change(const QString& id, const QString& entity, const QString& record, const char* op,
                   qint64 base, const QJsonObject& payload)
{
    QJsonObject c {{QStringLiteral("id"), id},
                   {QStringLiteral("entity"), entity},
                   {QStringLiteral("record"), record},
                   {QStringLiteral("operation"), QLatin1String(op)},
                   {QStringLiteral("baseRevision"), base}};
    if (!payload.isEmpty()) {
        c.insert(QStringLiteral("payload"), payload);
    }
    return c;
}

QJsonObject pushBody(std::initializer_list<QJsonObject> changes)
{
    QJsonArray a;
    for (const QJsonObject& c : changes) {
        a.append(c);
    }
    return {{QStringLiteral("changes"), a}};
}

QJsonObject staff(const QString& uuid, const QString& idNat, const char* role, bool active)
{
    return {{QStringLiteral("uuid"), uuid},
            {QStringLiteral("idNatPs"), idNat},
            {QStringLiteral("role"), QLatin1String(role)},
            {QStringLiteral("active"), active},
            {QStringLiteral("familyName"), QStringLiteral("TEST")}};
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

    Test::PostgresCluster m_pg;
    std::unique_ptr<Test::ServerFleet> m_fleet;
    std::unique_ptr<Test::HttpClient> m_http;
    QList<QUrl> m_urls;
    TestPki::Issued m_root, m_ca, m_pirateRoot, m_pirateCa;
    TestPki::Issued m_titulaireA, m_pharmacistA, m_titulaireB, m_pirate;
    QString m_tenantA, m_tenantB;
    Station m_stationA, m_stationA2, m_stationB;
    QByteArray m_tokenA, m_tokenA2, m_tokenB;

    TestPki::Issued card(const TestPki::Issued& ca, const char* idNat, const char* name)
    {
        static qint64 serial = 5000;
        TestPki::HolderSpec spec;
        spec.idNatPs = QString::fromLatin1(idNat);
        spec.familyName = QString::fromLatin1(name);
        spec.givenName = QStringLiteral("Test");
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
        spec.notAfter = QDateTime::currentDateTimeUtc().addYears(2);
        return TestPki::makeHolder(spec, ca, ++serial);
    }
    QUrl url(int server, const QString& path) const
    {
        QUrl u = m_urls.at(server);
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        u.setPath(u.path() + (q < 0 ? path : path.left(q)));
        if (q >= 0) {
            u.setQuery(path.mid(q + 1));
        }
        return u;
    }
    QByteArray challenge(int server, const char* path)
    {
        const HttpAnswer a = m_http->post(url(server, QString::fromLatin1(path)), {});
        return QByteArray::fromBase64(a.json().value(QStringLiteral("challenge")).toString().toLatin1());
    }
    HttpAnswer enrol(int server, const Station& s, const TestPki::Issued& holder, const QString& finess)
    {
        const QByteArray c = challenge(server, "/enrolment/challenge");
        const QByteArray message = Sync::enrolmentMessage(c, finess, s.id, s.key.publicKeyDer());
        return m_http->post(
            url(server, QStringLiteral("/enrolment")),
            {{QStringLiteral("finess"), finess},
             {QStringLiteral("workstation"), s.id},
             {QStringLiteral("name"), QStringLiteral("Comptoir")},
             {QStringLiteral("publicKey"), QString::fromLatin1(s.key.publicKeyDer().toBase64())},
             {QStringLiteral("challenge"), QString::fromLatin1(c.toBase64())},
             {QStringLiteral("certificate"), QString::fromLatin1(holder.certificateDer().toBase64())},
             {QStringLiteral("cardSignature"),
              QString::fromLatin1(TestPki::sign(holder, message).toBase64())},
             {QStringLiteral("deviceSignature"), QString::fromLatin1(s.key.sign(message)->toBase64())}});
    }
    HttpAnswer openSession(int server, const Station& s, const TestPki::Issued& holder,
                           const Sync::DeviceKey* otherKey = nullptr, const QByteArray& reuse = {})
    {
        const QByteArray c = reuse.isEmpty() ? challenge(server, "/session/challenge") : reuse;
        const QByteArray message = Sync::sessionMessage(c, s.id);
        const Sync::DeviceKey& key = otherKey ? *otherKey : s.key;
        return m_http->post(
            url(server, QStringLiteral("/session")),
            {{QStringLiteral("workstation"), s.id},
             {QStringLiteral("challenge"), QString::fromLatin1(c.toBase64())},
             {QStringLiteral("certificate"), QString::fromLatin1(holder.certificateDer().toBase64())},
             {QStringLiteral("cardSignature"),
              QString::fromLatin1(TestPki::sign(holder, message).toBase64())},
             {QStringLiteral("deviceSignature"), QString::fromLatin1(key.sign(message)->toBase64())}});
    }
    QByteArray token(const HttpAnswer& a)
    {
        return a.json().value(QStringLiteral("token")).toString().toLatin1();
    }
    int count(const QString& table, const QString& where = QStringLiteral("true"))
    {
        return m_pg
            .sql(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where),
                 QStringLiteral("officine"))
            .value(0)
            .toInt();
    }
    HttpAnswer push(int server, const QByteArray& token, const QJsonObject& body)
    {
        return m_http->post(url(server, QStringLiteral("/sync/push")), body, token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_root = TestPki::makeRoot(QStringLiteral("AC RACINE TEST"), now);
        m_ca = TestPki::makeIntermediate(QStringLiteral("AC PERSONNES TEST"), m_root, now);
        m_pirateRoot = TestPki::makeRoot(QStringLiteral("AC RACINE PIRATE"), now);
        m_pirateCa = TestPki::makeIntermediate(QStringLiteral("AC PERSONNES PIRATE"), m_pirateRoot, now);
        m_titulaireA = card(m_ca, "810001000001", "TITULAIRE-A");
        m_pharmacistA = card(m_ca, "810001000002", "ADJOINT-A");
        m_titulaireB = card(m_ca, "810002000001", "TITULAIRE-B");
        m_pirate = card(m_pirateCa, "810001000001", "TITULAIRE-A");
        QVERIFY2(m_pg.start(54330), qPrintable(m_pg.log()));
        m_fleet = std::make_unique<Test::ServerFleet>(
            m_pg, QList<QByteArray> {m_root.certificatePem(), m_ca.certificatePem()});
        QVERIFY(m_fleet->prepare());
        m_tenantA = m_fleet->addPharmacy(QStringLiteral("750000001"), QStringLiteral("Pharmacie A"),
                                         QStringLiteral("810001000001"));
        m_tenantB = m_fleet->addPharmacy(QStringLiteral("690000002"), QStringLiteral("Pharmacie B"),
                                         QStringLiteral("810002000001"));
        QVERIFY(!m_tenantA.isEmpty() && !m_tenantB.isEmpty());
        for (int i = 0; i < 2; ++i) {
            const QUrl u = m_fleet->start();
            QVERIFY2(u.isValid() && !u.isEmpty(), qPrintable(m_fleet->serverLog(size_t(i))));
            m_urls << u;
        }
        m_http = std::make_unique<Test::HttpClient>(m_fleet->tlsCaPem());
    }

    void cleanupTestCase()
    {
        m_fleet.reset();
        m_pg.stop();
    }

    void initDbIsIdempotentAndRefusesAServiceRoleThatBypassesRowSecurity()
    {
        const auto again = m_fleet->runAdmin({QStringLiteral("--init-db")});
        QCOMPARE(again.first, 0);
        QVERIFY2(again.second.contains(QStringLiteral("0 migration")), qPrintable(again.second));
        // The service's role owns nothing and is bound by row-level security.
        QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tableowner = 'officine_app'"),
                          QStringLiteral("officine"))
                     .value(0),
                 QStringLiteral("0"));
        QCOMPARE(
            m_pg.sql(QStringLiteral(
                         "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND NOT rowsecurity "
                         "AND tablename NOT IN ('schema_migration', 'challenge', 'auth_failure')"),
                     QStringLiteral("officine"))
                .value(0),
            QStringLiteral("0"));
        m_pg.sql(QStringLiteral("CREATE ROLE officine_bad LOGIN BYPASSRLS"));
        m_fleet->writeConfig();
        QFile conf(m_fleet->configPath());
        QVERIFY(conf.open(QIODevice::ReadWrite));
        QByteArray text = conf.readAll().replace("user = officine_app", "user = officine_bad");
        conf.resize(0);
        conf.write(text);
        conf.close();
        const auto refused = m_fleet->runAdmin({QStringLiteral("--init-db")});
        m_fleet->writeConfig();
        QCOMPARE(refused.first, 1);
        QVERIFY2(refused.second.contains(QStringLiteral("BYPASSRLS")), qPrintable(refused.second));
        // What the systemd unit runs before starting the service.
        const auto check = m_fleet->runAdmin({QStringLiteral("--check")});
        QCOMPARE(check.first, 0);
        QVERIFY2(check.second.contains(QStringLiteral("Configuration correcte")), qPrintable(check.second));
    }

    void healthAnswersOnEveryProcessOverTls()
    {
        for (int i = 0; i < m_urls.size(); ++i) {
            const HttpAnswer a = m_http->get(url(i, QStringLiteral("/health")));
            QCOMPARE(a.status, 200);
            QCOMPARE(a.json().value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
            QCOMPARE(a.json().value(QStringLiteral("schema")).toInt(), 2);
        }
        // Migration 2: a push's lookup by (tenant, id) has its own index.
        const QStringList indexes = m_pg.sql(
            QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = 'record' ORDER BY 1"),
            QStringLiteral("officine"));
        QVERIFY2(indexes.contains(QStringLiteral("record_tenant_id"))
                     && !indexes.contains(QStringLiteral("record_id")),
                 qPrintable(indexes.join(QLatin1Char(' '))));
        // Plain HTTP gets no answer, and a client that does not trust our CA refuses the server.
        QUrl plain = m_urls.at(0);
        plain.setScheme(QStringLiteral("http"));
        plain.setPath(plain.path() + QStringLiteral("/health"));
        QCOMPARE(m_http->get(plain).status, 0);
        Test::HttpClient stranger(m_pirateRoot.certificatePem());
        const HttpAnswer untrusted = stranger.get(url(0, QStringLiteral("/health")));
        QCOMPARE(untrusted.status, 0);
    }

    void onlyTheTitulairesCardEnrolsAWorkstation()
    {
        const QString finessA = QStringLiteral("750000001");
        HttpAnswer a = enrol(0, m_stationA, m_pharmacistA, finessA);
        QCOMPARE(a.status, 403);
        QVERIFY(a.errorMessage().contains(QStringLiteral("titulaire")));
        a = enrol(0, m_stationA, m_pirate, finessA);
        QCOMPARE(a.status, 403);
        a = enrol(0, m_stationA, m_titulaireA, QStringLiteral("130000009"));
        QCOMPARE(a.status, 403);
        QVERIFY(a.errorMessage().contains(QStringLiteral("n'est pas hébergée")));
        a = enrol(0, m_stationA, m_titulaireA, finessA);
        QCOMPARE(a.status, 201);
        QCOMPARE(a.json().value(QStringLiteral("tenant")).toString(), m_tenantA);
        // The second process knows the workstation: its state is in PostgreSQL.
        a = enrol(1, m_stationA2, m_titulaireA, finessA);
        QCOMPARE(a.status, 201);
        a = enrol(1, m_stationA2, m_titulaireA, finessA);
        QCOMPARE(a.status, 409);
        QCOMPARE(enrol(0, m_stationB, m_titulaireB, QStringLiteral("690000002")).status, 201);
        QCOMPARE(count(QStringLiteral("workstation")), 3);
        QCOMPARE(
            count(QStringLiteral("server_audit"), QStringLiteral("action = 'enrol' AND outcome = 'success'")),
            3);
    }

    void aSessionNeedsTheCardAndTheEnrolledWorkstationKey()
    {
        const Sync::DeviceKey stranger = *Sync::DeviceKey::generate();
        HttpAnswer a = openSession(0, m_stationA, m_titulaireA, &stranger);
        QCOMPARE(a.status, 403);
        a = openSession(0, m_stationA, m_pirate);
        QCOMPARE(a.status, 403);
        Station unknown;
        QCOMPARE(openSession(0, unknown, m_titulaireA).status, 403);
        // The adjoint has no account on the server yet.
        a = openSession(0, m_stationA, m_pharmacistA);
        QCOMPARE(a.status, 403);
        QVERIFY(a.errorMessage().contains(QStringLiteral("Aucun compte")));
        // A challenge serves once, on any process.
        const QByteArray c = challenge(0, "/session/challenge");
        a = openSession(1, m_stationA, m_titulaireA, nullptr, c);
        QCOMPARE(a.status, 201);
        m_tokenA = token(a);
        QCOMPARE(openSession(0, m_stationA, m_titulaireA, nullptr, c).status, 403);
        m_tokenA2 = token(openSession(0, m_stationA2, m_titulaireA));
        m_tokenB = token(openSession(0, m_stationB, m_titulaireB));
        QVERIFY(!m_tokenA.isEmpty() && !m_tokenA2.isEmpty() && !m_tokenB.isEmpty());
        // Only the token's hash is kept.
        QCOMPARE(
            count(QStringLiteral("session"),
                  QStringLiteral("token_hash = convert_to('%1', 'UTF8')").arg(QString::fromLatin1(m_tokenA))),
            0);
    }

    void aPushIsAppliedOnceAndPulledFromTheOtherProcess()
    {
        const QString patient = newId();
        const QString changeId = newId();
        const QJsonObject doc {{QStringLiteral("uuid"), patient},
                               {QStringLiteral("birthName"), QStringLiteral("DUPONT")}};
        const QJsonObject body
            = pushBody({change(changeId, QStringLiteral("patient"), patient, "create", 0, doc)});
        HttpAnswer a = push(0, m_tokenA, body);
        QCOMPARE(a.status, 200);
        auto results = Sync::Parser::pushResponse(a.body, {});
        QVERIFY(results);
        QCOMPARE(results->size(), size_t(1));
        QCOMPARE(results->at(0).status, Sync::PushResult::Status::Applied);
        const qint64 seq = results->at(0).seq;
        QCOMPARE(results->at(0).revision, 1);
        // The answer was lost; the client sends it again, to the other process.
        a = push(1, m_tokenA, body);
        results = Sync::Parser::pushResponse(a.body, {});
        QCOMPARE(results->at(0).status, Sync::PushResult::Status::Duplicate);
        QCOMPARE(results->at(0).seq, seq);
        QCOMPARE(count(QStringLiteral("change"), QStringLiteral("id = '%1'").arg(changeId)), 1);

        a = m_http->get(url(1, QStringLiteral("/sync/pull?after=%1").arg(seq - 1)), m_tokenA2);
        QCOMPARE(a.status, 200);
        auto page = Sync::Parser::pullResponse(a.body, {});
        QVERIFY2(page, qPrintable(page ? QString() : page.error().logText));
        QCOMPARE(page->changes.size(), size_t(1));
        QCOMPARE(page->changes.at(0).recordId, patient);
        QCOMPARE(page->changes.at(0).workstationId, m_stationA.id);
        QCOMPARE(page->changes.at(0).object(), doc);
        QCOMPARE(page->next, seq);
        QVERIFY(!page->more);
    }

    void aStaleBaseRevisionIsAnsweredWithTheServerVersion()
    {
        const QString patient = newId();
        const QJsonObject v1 {{QStringLiteral("uuid"), patient},
                              {QStringLiteral("notes"), QStringLiteral("v1")}};
        QCOMPARE(push(0, m_tokenA,
                      pushBody({change(newId(), QStringLiteral("patient"), patient, "create", 0, v1)}))
                     .status,
                 200);
        const QJsonObject fromA {{QStringLiteral("uuid"), patient},
                                 {QStringLiteral("notes"), QStringLiteral("A")}};
        const QJsonObject fromA2 {{QStringLiteral("uuid"), patient},
                                  {QStringLiteral("notes"), QStringLiteral("A2")}};
        HttpAnswer a = push(
            0, m_tokenA, pushBody({change(newId(), QStringLiteral("patient"), patient, "update", 1, fromA)}));
        auto r = Sync::Parser::pushResponse(a.body, {});
        QCOMPARE(r->at(0).status, Sync::PushResult::Status::Applied);
        QCOMPARE(r->at(0).revision, 2);
        // The other workstation edited revision 1 too: not applied, the current version returned.
        a = push(1, m_tokenA2,
                 pushBody({change(newId(), QStringLiteral("patient"), patient, "update", 1, fromA2)}));
        QCOMPARE(a.status, 200);
        r = Sync::Parser::pushResponse(a.body, {});
        QCOMPARE(r->at(0).status, Sync::PushResult::Status::Conflict);
        QVERIFY(r->at(0).current);
        QCOMPARE(r->at(0).current->revision, 2);
        QCOMPARE(r->at(0).current->object(), fromA);
        QCOMPARE(r->at(0).current->workstationId, m_stationA.id);
        QCOMPARE(m_pg.sql(QStringLiteral("SELECT payload->>'notes' FROM record WHERE id = '%1'").arg(patient),
                          QStringLiteral("officine")),
                 QStringList {QStringLiteral("A")});
        // Rebased on revision 2, it goes in.
        a = push(1, m_tokenA2,
                 pushBody({change(newId(), QStringLiteral("patient"), patient, "update", 2, fromA2)}));
        QCOMPARE(Sync::Parser::pushResponse(a.body, {})->at(0).revision, 3);
    }

    void aBatchIsOneTransaction()
    {
        const int before = count(QStringLiteral("change"));
        const QString known = newId();
        QCOMPARE(push(0, m_tokenA,
                      pushBody({change(newId(), QStringLiteral("patient_history"), known, "append", 0,
                                       {{QStringLiteral("uuid"), known}})}))
                     .status,
                 200);
        // The second change rewrites an append-only record: the first change is not kept either.
        const HttpAnswer a = push(0, m_tokenA,
                                  pushBody({change(newId(), QStringLiteral("patient"), newId(), "create", 0,
                                                   {{QStringLiteral("uuid"), QStringLiteral("x")}}),
                                            change(newId(), QStringLiteral("patient_history"), known,
                                                   "append", 0, {{QStringLiteral("uuid"), known}})}));
        QCOMPARE(a.status, 409);
        QCOMPARE(count(QStringLiteral("change")), before + 1);
    }

    void oneTenantNeverSeesAnother()
    {
        const QString secret = newId();
        QCOMPARE(push(0, m_tokenA,
                      pushBody({change(newId(), QStringLiteral("patient"), secret, "create", 0,
                                       {{QStringLiteral("uuid"), secret}})}))
                     .status,
                 200);
        const QString ofB = newId();
        QCOMPARE(push(1, m_tokenB,
                      pushBody({change(newId(), QStringLiteral("patient"), ofB, "create", 0,
                                       {{QStringLiteral("uuid"), ofB}})}))
                     .status,
                 200);
        // Pharmacy B pulls everything: its own record, none of A's.
        HttpAnswer a = m_http->get(url(0, QStringLiteral("/sync/pull?after=0&limit=5000")), m_tokenB);
        QCOMPARE(a.status, 200);
        auto all = Sync::Parser::pullResponse(a.body, {});
        QCOMPARE(all->changes.size(), size_t(1));
        QCOMPARE(all->changes.at(0).recordId, ofB);
        // Editing A's record from B: unknown to B.
        a = push(0, m_tokenB,
                 pushBody({change(newId(), QStringLiteral("patient"), secret, "update", 1,
                                  {{QStringLiteral("uuid"), secret}})}));
        QCOMPARE(a.status, 404);
        QCOMPARE(m_http->get(url(0, QStringLiteral("/audit/heads")), m_tokenB)
                     .json()
                     .value(QStringLiteral("heads"))
                     .toObject()
                     .size(),
                 0);
        // Revoking A's workstation from B: not found, and it still works.
        a = m_http->post(url(0, QStringLiteral("/workstations/%1/revoke").arg(m_stationA.id)),
                         {{QStringLiteral("reason"), QStringLiteral("test")}}, m_tokenB);
        QCOMPARE(a.status, 404);
        QCOMPARE(m_http->get(url(0, QStringLiteral("/sync/pull")), m_tokenA).status, 200);

        // In SQL, as the service's role: with tenant A set, no row of B even when asked for;
        // with no tenant set, no row at all; writing a row of B under A is refused.
        const QString asApp
            = QStringLiteral("BEGIN; SELECT set_config('officine.tenant', '%1', true); ").arg(m_tenantA);
        const auto appSql = [&](const QString& select) {
            QString error;
            const QStringList rows
                = m_pg.sql(select, QStringLiteral("officine"), QStringLiteral("officine_app"), &error);
            return rows.isEmpty() ? error : rows.value(0);
        };
        Q_UNUSED(asApp);
        for (const char* table : {"record", "change", "workstation", "session", "tenant", "server_audit"}) {
            const QString column = QLatin1String(table) == QLatin1String("tenant")
                ? QStringLiteral("id")
                : QStringLiteral("tenant_id");
            QCOMPARE(
                appSql(QStringLiteral(
                           "WITH s AS (SELECT set_config('officine.tenant', '%1', false)) SELECT count(*) "
                           "FROM s, %2 WHERE %3 = '%4'")
                           .arg(m_tenantA, QLatin1String(table), column, m_tenantB)),
                QStringLiteral("0"));
            QCOMPARE(appSql(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                     QStringLiteral("0"));
        }
        QVERIFY(count(QStringLiteral("workstation"), QStringLiteral("tenant_id = '%1'").arg(m_tenantB)) > 0);
        const QString insert
            = appSql(QStringLiteral("WITH s AS (SELECT set_config('officine.tenant', '%1', false)) "
                                    "INSERT INTO audit_alert (tenant_id, workstation_id, reason) SELECT "
                                    "'%2', gen_random_uuid(), 'x' FROM s RETURNING id")
                         .arg(m_tenantA, m_tenantB));
        QVERIFY2(insert.contains(QStringLiteral("row-level security")), qPrintable(insert));
    }

    void aRewrittenAuditChainIsRefusedAndRaisesAnAlert()
    {
        // Entries as the trail makes them: chained hashes over the canonical fields.
        QByteArray prev = Audit::genesisHash();
        std::vector<QJsonObject> entries;
        for (int seq = 1; seq <= 3; ++seq) {
            Audit::Entry e;
            e.uuid = newId();
            e.workstationId = m_stationA.id;
            e.seq = seq;
            e.at = QDateTime::currentDateTimeUtc();
            e.accountUuid = QStringLiteral("system");
            e.action = Audit::Action::View;
            const Audit::CanonicalFields f = Audit::canonicalFields(e);
            const QByteArray hash = Audit::chainHash(prev, Audit::canonical(f));
            entries.push_back(QJsonDocument::fromJson(Audit::SyncedEntry::payload(f, prev, hash)).object());
            prev = hash;
        }
        const auto entry = [&](int i) {
            return change(newId(), QStringLiteral("audit_entry"),
                          entries[size_t(i)].value(QStringLiteral("uuid")).toString(), "append", 0,
                          entries[size_t(i)]);
        };
        QCOMPARE(push(0, m_tokenA, pushBody({entry(0), entry(1)})).status, 200);
        // Entry 3 sent without entry 2's successor link: skipping is refused like rewriting.
        QJsonObject forged = entries[2];
        forged.insert(QStringLiteral("detail"), QStringLiteral("réécrit"));
        HttpAnswer a
            = push(1, m_tokenA,
                   pushBody({change(newId(), QStringLiteral("audit_entry"),
                                    forged.value(QStringLiteral("uuid")).toString(), "append", 0, forged)}));
        QCOMPARE(a.status, 409);
        // A whole new chain from seq 1 (the store rebuilt with its key): refused, alert raised.
        Audit::Entry fresh;
        fresh.uuid = newId();
        fresh.workstationId = m_stationA.id;
        fresh.seq = 1;
        fresh.at = QDateTime::currentDateTimeUtc();
        fresh.action = Audit::Action::Login;
        const Audit::CanonicalFields f = Audit::canonicalFields(fresh);
        const QByteArray h = Audit::chainHash(Audit::genesisHash(), Audit::canonical(f));
        a = push(
            0, m_tokenA,
            pushBody({change(
                newId(), QStringLiteral("audit_entry"), fresh.uuid, "append", 0,
                QJsonDocument::fromJson(Audit::SyncedEntry::payload(f, Audit::genesisHash(), h)).object())}));
        QCOMPARE(a.status, 409);
        QVERIFY(a.errorMessage().contains(QStringLiteral("réécrit")));
        QCOMPARE(count(QStringLiteral("audit_alert"), QStringLiteral("tenant_id = '%1'").arg(m_tenantA)), 2);
        // Another workstation's entries cannot be pushed under this one's session.
        a = push(0, m_tokenA2, pushBody({entry(2)}));
        QCOMPARE(a.status, 403);
        // The genuine next entry is accepted; the heads say where the chain stands.
        QCOMPARE(push(0, m_tokenA, pushBody({entry(2)})).status, 200);
        const QJsonObject heads = m_http->get(url(1, QStringLiteral("/audit/heads")), m_tokenA)
                                      .json()
                                      .value(QStringLiteral("heads"))
                                      .toObject();
        QCOMPARE(heads.value(m_stationA.id).toObject().value(QStringLiteral("seq")).toInt(), 3);
        QCOMPARE(heads.value(m_stationA.id).toObject().value(QStringLiteral("hash")).toString(),
                 QString::fromLatin1(prev.toHex()));
    }

    void hostileRequestsGetTheirFourHundredsAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QString id = newId();
        const QString valid
            = QStringLiteral("{\"id\":\"%1\",\"entity\":\"patient\",\"record\":\"%2\",\"operation\":"
                             "\"create\",\"baseRevision\":0,\"payload\":{\"uuid\":\"%2\"}}")
                  .arg(id, newId());
        QTest::newRow("not json") << QByteArray("{\"changes\": [") << 400;
        QTest::newRow("not an object") << QByteArray("[1,2]") << 400;
        QTest::newRow("invalid utf-8") << QByteArray("{\"changes\":[{\"id\":\"\xC3\x28\"}]}") << 400;
        QTest::newRow("unknown top field")
            << QStringLiteral("{\"changes\":[%1],\"admin\":true}").arg(valid).toUtf8() << 400;
        QTest::newRow("unknown change field")
            << QStringLiteral("{\"changes\":[%1]}")
                   .arg(QString(valid).replace(QStringLiteral("\"baseRevision\":0"),
                                               QStringLiteral("\"baseRevision\":0,\"tenant\":\"x\"")))
                   .toUtf8()
            << 400;
        QTest::newRow("wrong type") << QStringLiteral("{\"changes\":[%1]}")
                                           .arg(QString(valid).replace(
                                               QStringLiteral("\"baseRevision\":0"),
                                               QStringLiteral("\"baseRevision\":\"0\"")))
                                           .toUtf8()
                                    << 400;
        QTest::newRow("uppercase uuid")
            << QStringLiteral("{\"changes\":[%1]}").arg(QString(valid).replace(id, id.toUpper())).toUtf8()
            << 400;
        QTest::newRow("unknown entity")
            << QStringLiteral("{\"changes\":[%1]}")
                   .arg(QString(valid).replace(QStringLiteral("\"patient\""), QStringLiteral("\"pg_roles\"")))
                   .toUtf8()
            << 400;
        QTest::newRow("empty list") << QByteArray("{\"changes\":[]}") << 400;
        QTest::newRow("nul character")
            << QStringLiteral("{\"changes\":[%1]}")
                   .arg(QString(valid).replace(QStringLiteral("{\"uuid\""),
                                               QStringLiteral("{\"x\":\"a\\u0000b\",\"uuid\"")))
                   .toUtf8()
            << 400;
        QByteArray many = "{\"changes\":[";
        for (int i = 0; i < 1001; ++i) {
            many += (i ? ",{}" : "{}");
        }
        QTest::newRow("too many changes") << many + "]}" << 400;
        QTest::newRow("huge string") << QByteArray("{\"changes\":[{\"id\":\"") + QByteArray(300 * 1024, 'a')
                + "\"}]}" << 400;
        QTest::newRow("oversized body")
            << QByteArray("{\"changes\":[\"") + QByteArray(9 * 1024 * 1024, 'a') + "\"]}" << 413;
        QTest::newRow("deep nesting") << QByteArray(5000, '[') << 400;
    }

    void hostileRequestsGetTheirFourHundredsAndChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const int before = count(QStringLiteral("change"));
        const HttpAnswer a = m_http->request("POST", url(0, QStringLiteral("/sync/push")), body, m_tokenA);
        QCOMPARE(a.status, status);
        QVERIFY(!a.errorMessage().isEmpty());
        QCOMPARE(count(QStringLiteral("change")), before);
    }

    void forgedExpiredAndEndedSessionsAreRefused()
    {
        QCOMPARE(m_http->get(url(0, QStringLiteral("/sync/pull"))).status, 401);
        QCOMPARE(m_http->get(url(0, QStringLiteral("/sync/pull")), "forged-token").status, 401);
        QByteArray tampered = m_tokenA;
        tampered[3] = tampered[3] == 'A' ? 'B' : 'A';
        QCOMPARE(m_http->get(url(0, QStringLiteral("/sync/pull")), tampered).status, 401);
        const QByteArray t = token(openSession(0, m_stationA, m_titulaireA));
        QCOMPARE(m_http->get(url(0, QStringLiteral("/sync/pull")), t).status, 200);
        m_pg.sql(
            QStringLiteral(
                "UPDATE session SET expires_at = now() - interval '1 second' WHERE workstation_id = '%1' AND "
                "created_at = (SELECT max(created_at) FROM session)")
                .arg(m_stationA.id),
            QStringLiteral("officine"));
        const HttpAnswer expired = m_http->get(url(1, QStringLiteral("/sync/pull")), t);
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.errorMessage().contains(QStringLiteral("expirée")));
        const QByteArray ended = token(openSession(0, m_stationA, m_titulaireA));
        QCOMPARE(m_http->request("DELETE", url(0, QStringLiteral("/session")), {}, ended).status, 204);
        QCOMPARE(m_http->get(url(1, QStringLiteral("/sync/pull")), ended).status, 401);
        QVERIFY(count(QStringLiteral("server_audit"),
                      QStringLiteral("action = 'sync.pull' AND outcome = 'refused'"))
                >= 5);
    }

    void aDeactivatedAccountAndARevokedWorkstationAreRefusedAtOnce()
    {
        // The titulaire's workstation pushes the adjoint's account: the adjoint can sign in.
        const QString adjoint = newId();
        QCOMPARE(push(0, m_tokenA,
                      pushBody({change(newId(), QStringLiteral("staff_account"), adjoint, "create", 0,
                                       staff(adjoint, QStringLiteral("810001000002"), "pharmacien", true))}))
                     .status,
                 200);
        const QByteArray t = token(openSession(1, m_stationA2, m_pharmacistA));
        QVERIFY(!t.isEmpty());
        QCOMPARE(m_http->get(url(0, QStringLiteral("/sync/pull")), t).status, 200);
        QCOMPARE(push(0, m_tokenA,
                      pushBody({change(newId(), QStringLiteral("staff_account"), adjoint, "update", 1,
                                       staff(adjoint, QStringLiteral("810001000002"), "pharmacien", false))}))
                     .status,
                 200);
        HttpAnswer a = m_http->get(url(0, QStringLiteral("/sync/pull")), t);
        QCOMPARE(a.status, 403);
        QVERIFY(a.errorMessage().contains(QStringLiteral("désactivé")));
        QCOMPARE(openSession(1, m_stationA2, m_pharmacistA).status, 403);

        // The adjoint cannot revoke; the titulaire can, and the workstation stops at once.
        a = m_http->post(url(0, QStringLiteral("/workstations/%1/revoke").arg(m_stationA2.id)),
                         {{QStringLiteral("reason"), QStringLiteral("poste volé")}}, m_tokenA);
        QCOMPARE(a.status, 204);
        a = m_http->get(url(1, QStringLiteral("/sync/pull")), m_tokenA2);
        QCOMPARE(a.status, 403);
        QVERIFY(a.errorMessage().contains(QStringLiteral("révoqué")));
        QCOMPARE(openSession(0, m_stationA2, m_titulaireA).status, 403);
    }

    void failedAttemptsAreRateLimitedAndAudited()
    {
        const Sync::DeviceKey wrong = *Sync::DeviceKey::generate();
        m_pg.sql(QStringLiteral("DELETE FROM auth_failure"), QStringLiteral("officine"));
        const int refusedBefore = count(QStringLiteral("server_audit"),
                                        QStringLiteral("action = 'session.open' AND outcome <> 'success'"));
        int limited = 0;
        HttpAnswer last;
        for (int i = 0; i < 12; ++i) {
            last = openSession(i % 2, m_stationB, m_titulaireB, &wrong);
            limited += last.status == 429;
        }
        QCOMPARE(limited, 2);
        QCOMPARE(last.status, 429);
        QVERIFY(last.errorMessage().contains(QStringLiteral("Trop de tentatives")));
        bool retryAfter = false;
        for (const auto& [k, v] : last.headers) {
            retryAfter = retryAfter || (k.compare("Retry-After", Qt::CaseInsensitive) == 0 && v.toInt() > 0);
        }
        QVERIFY(retryAfter);
        // Even the right key is refused while the limit holds.
        QCOMPARE(openSession(0, m_stationB, m_titulaireB).status, 429);
        QCOMPARE(count(QStringLiteral("server_audit"),
                       QStringLiteral("action = 'session.open' AND outcome <> 'success'")),
                 refusedBefore + 13);
        // Per address, the limit is higher (the workstations of a pharmacy share one): another
        // workstation of the same address still opens its session.
        QCOMPARE(openSession(0, m_stationA, m_titulaireA).status, 201);
    }

    void theServerAuditHoldsNoHealthData()
    {
        const QStringList lines = m_pg.sql(QStringLiteral("SELECT coalesce(detail, '') FROM server_audit"),
                                           QStringLiteral("officine"));
        QVERIFY(lines.size() > 20);
        for (const QString& l : lines) {
            QVERIFY2(!l.contains(QStringLiteral("DUPONT")), qPrintable(l));
        }
        for (size_t i = 0; i < 2; ++i) {
            QVERIFY(!m_fleet->serverLog(i).contains(QStringLiteral("DUPONT")));
        }
    }

    void sigtermStopsAProcessCleanly()
    {
        QProcess& p = m_fleet->process(1);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(m_fleet->serverLog(1).contains(QStringLiteral("\"event\":\"stopping\"")));
        QCOMPARE(m_http->get(url(0, QStringLiteral("/health"))).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "test_server.moc"
