// Sync benchmark (server and sync issue), over TLS on loopback, 2 cores, real PostgreSQL 15 and
// two officine-server processes (tests/harness/serverharness.h), in one run:
//  - push and pull throughput for 10,000 changes (generated patient files, ~1.3 KB each);
//  - push of 100 changes, p50/p99 over 200 pushes;
//  - the initial sync of a new workstation in a 100,000-patient pharmacy: every file pulled and
//    written into a fresh encrypted store, usable (searchable) at the end;
//  - 20 workstations at once, each pushing 10 changes and pulling, 25 rounds: p50/p99, errors;
//  - beside them, the raw rate of inserting the same 100,000 documents into PostgreSQL: one
//    connection with one INSERT per row in one transaction, and COPY, so the ratios show what
//    our layers cost.
//
//   cmake --preset release && cmake --build --preset release --target bench_sync officine-server
//   build/release/bench/bench_sync
//
// OFFICINE_BENCH_SYNC_PATIENTS overrides the pharmacy's size (100,000); OFFICINE_BENCH_SYNC_ONLY=initial
// runs the initial sync and the raw PostgreSQL rates alone (for profiling). OFFICINE_BENCH_SYNC_PROBE=1
// stops after the round-trip breakdown, with pushes of 10 to 500 changes: how the 40 ms step of
// Nagle's algorithm against delayed acknowledgements was found (a step between 10 and 20 changes,
// where a request outgrows one TLS record).

#include "../tests/harness/serverharness.h"
#include "demo/demogenerator.h"
#include "storage/patientrepository.h"
#include "storage/store.h"
#include "sync/httptransport.h"
#include "sync/syncengine.h"
#include "testpki.h"
#include "util/jsonwriter.h"
#include "util/uuid.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace Officine;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

struct Bench
{
    Test::PostgresCluster pg;
    std::unique_ptr<Test::ServerFleet> fleet;
    QList<QUrl> urls;
    Test::CardPki pki;
    QList<QSslCertificate> tlsCa;

    Sync::CardSigner signer() const { return pki.signer(); }
    /// An enrolled workstation's client and session.
    struct Station
    {
        QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        std::shared_ptr<const Sync::DeviceKey> key;
        std::unique_ptr<Sync::ServerClient> client;
        QByteArray token;
        std::unique_ptr<Sync::HttpTransport> transport;
    };
    std::unique_ptr<Station> station(int server, const QString& id = {})
    {
        auto s = std::make_unique<Station>();
        if (!id.isEmpty()) {
            s->id = id;
        }
        s->key = std::make_shared<const Sync::DeviceKey>(*Sync::DeviceKey::generate());
        s->client = std::make_unique<Sync::ServerClient>(urls.at(server), tlsCa, 120000);
        if (!s->client->enrol(QStringLiteral("750000001"), s->id, QStringLiteral("Banc"), *s->key,
                              signer())) {
            return nullptr;
        }
        auto session = s->client->openSession(s->id, *s->key, signer());
        if (!session) {
            return nullptr;
        }
        s->token = session->token;
        Station* raw = s.get();
        s->transport = std::make_unique<Sync::HttpTransport>(*s->client, [raw]() { return raw->token; });
        return s;
    }
};

std::vector<Sync::Change> patientChanges(Demo::DemoGenerator& gen, int n)
{
    std::vector<Sync::Change> out;
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        Model::Patient p = gen.nextPatient();
        // As the app makes them (util/uuid.h): time-ordered, so a pharmacy's files reach the
        // server, and a new workstation, roughly in key order.
        p.meta.uuid = Ids::newUuid();
        p.meta.revision = 1;
        p.meta.updatedAt = QDateTime::currentDateTimeUtc();
        Sync::Change c;
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.entity = QStringLiteral("patient");
        c.recordId = p.meta.uuid;
        c.operation = Sync::Operation::Create;
        c.payload = Json::text([&p](Json::Writer& w) { p.write(w); });
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // a line shows when its step ends, also into a file
    QCoreApplication app(argc, argv);
    const int pharmacy = qEnvironmentVariableIsSet("OFFICINE_BENCH_SYNC_PATIENTS")
        ? qEnvironmentVariableIntValue("OFFICINE_BENCH_SYNC_PATIENTS")
        : 100000;
    Bench b;
    b.pki = Test::CardPki::make(9201);
    b.pg.durable = true;
    if (!b.pg.start(54340)) {
        std::fprintf(stderr, "PostgreSQL did not start\n");
        return 1;
    }
    b.fleet = Test::preparePharmacy(
        b.pg, b.pki, QStringLiteral("[limits]\nmax_changes_per_push = 5000\nmax_body_kib = 65536\n"));
    if (!b.fleet) {
        std::fprintf(stderr, "server not prepared\n");
        return 1;
    }
    const int servers = qEnvironmentVariableIsSet("OFFICINE_BENCH_SYNC_SERVERS")
        ? std::max(1, qEnvironmentVariableIntValue("OFFICINE_BENCH_SYNC_SERVERS"))
        : 2;
    for (int i = 0; i < servers; ++i) {
        b.urls << b.fleet->start();
    }
    b.tlsCa = QSslCertificate::fromData(b.fleet->tlsCaPem(), QSsl::Pem);
    Demo::DemoGenerator gen(7);
    auto source = b.station(0);
    if (!source) {
        std::fprintf(stderr, "enrolment failed\n");
        return 1;
    }
    std::printf("officine-server sync benchmark: TLS on loopback, PostgreSQL 15, %d server processes\n\n",
                servers);
    const QString only = qEnvironmentVariable("OFFICINE_BENCH_SYNC_ONLY");
    const bool initialOnly = only == QLatin1String("initial");
    const bool concurrentOnly = only == QLatin1String("concurrent");

    // OFFICINE_BENCH_SYNC_ONLY=concurrent: the 20 workstations alone.
    if (!concurrentOnly) {
        // 1. Throughput, 10,000 changes in batches of 1,000.
        if (!initialOnly) {
            auto changes = patientChanges(gen, 10000);
            QElapsedTimer t;
            t.start();
            for (size_t i = 0; i < changes.size(); i += 1000) {
                std::vector<Sync::Change> batch(changes.begin() + qsizetype(i),
                                                changes.begin() + qsizetype(i + 1000));
                if (!source->transport->push(batch)) {
                    std::fprintf(stderr, "push failed\n");
                    return 1;
                }
            }
            const double push = double(t.nsecsElapsed()) / 1e9;
            t.restart();
            qint64 cursor = 0;
            int pulled = 0;
            for (;;) {
                auto page = source->transport->pull(cursor, 5000);
                if (!page) {
                    std::fprintf(stderr, "pull failed\n");
                    return 1;
                }
                pulled += int(page->changes.size());
                cursor = page->next;
                if (!page->more) {
                    break;
                }
            }
            const double pull = double(t.nsecsElapsed()) / 1e9;
            std::printf("%-52s %9.0f changes/s (%.2f s)\n", "push 10,000 changes (batches of 1,000)",
                        10000 / push, push);
            std::printf("%-52s %9.0f changes/s (%.2f s, %d)\n", "pull 10,000 changes (pages of 5,000)",
                        pulled / pull, pull, pulled);
        }

        // 1b. Where a round trip's time goes: an unauthenticated GET, a pull of nothing, a push of one.
        if (!initialOnly) {
            std::vector<double> health, pull, push1;
            for (int i = 0; i < 50; ++i) {
                QElapsedTimer t;
                t.start();
                if (!source->client->request("GET", QStringLiteral("/v1/health"))) {
                    std::fprintf(stderr, "health failed\n");
                    return 1;
                }
                health.push_back(double(t.nsecsElapsed()) / 1e6);
                t.restart();
                if (!source->transport->pull(1 << 30, 1)) {
                    std::fprintf(stderr, "pull failed\n");
                    return 1;
                }
                pull.push_back(double(t.nsecsElapsed()) / 1e6);
                t.restart();
                if (!source->transport->push(patientChanges(gen, 1))) {
                    std::fprintf(stderr, "push failed\n");
                    return 1;
                }
                push1.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            std::printf("%-52s p50 %6.1f ms   p99 %6.1f ms\n", "GET /v1/health (50)", percentile(health, 0.5),
                        percentile(health, 0.99));
            std::printf("%-52s p50 %6.1f ms   p99 %6.1f ms\n", "pull past the end (50)",
                        percentile(pull, 0.5), percentile(pull, 0.99));
            std::printf("%-52s p50 %6.1f ms   p99 %6.1f ms\n", "push of 1 change (50)",
                        percentile(push1, 0.5), percentile(push1, 0.99));
            if (qEnvironmentVariableIsSet("OFFICINE_BENCH_SYNC_PROBE")) {
                for (int n : {10, 20, 40, 50, 60, 80, 100, 200, 500}) {
                    std::vector<double> v;
                    for (int i = 0; i < 20; ++i) {
                        auto changes = patientChanges(gen, n);
                        QElapsedTimer t;
                        t.start();
                        source->transport->push(changes);
                        v.push_back(double(t.nsecsElapsed()) / 1e6);
                    }
                    std::printf("push of %4d: p50 %6.1f ms\n", n, percentile(v, 0.5));
                }
                return 0;
            }
        }

        // 2. Push of 100 changes, latency.
        if (!initialOnly) {
            std::vector<double> ms;
            for (int i = 0; i < 200; ++i) {
                auto changes = patientChanges(gen, 100);
                QElapsedTimer t;
                t.start();
                if (!source->transport->push(changes)) {
                    std::fprintf(stderr, "push failed\n");
                    return 1;
                }
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            std::printf("%-52s p50 %6.1f ms   p99 %6.1f ms\n", "push of 100 changes (200 pushes)",
                        percentile(ms, 0.5), percentile(ms, 0.99));
        }

        // 3. A pharmacy of `pharmacy` files, then a new workstation's initial sync.
        const int already = initialOnly ? 0 : 10000 + 200 * 100;
        {
            QElapsedTimer t;
            t.start();
            for (int left = pharmacy - already; left > 0; left -= 5000) {
                if (!source->transport->push(patientChanges(gen, std::min(left, 5000)))) {
                    std::fprintf(stderr, "load failed\n");
                    return 1;
                }
            }
            std::printf("%-52s %9.1f s\n",
                        qPrintable(QStringLiteral("(loading the pharmacy to %1 files)").arg(pharmacy)),
                        double(t.nsecsElapsed()) / 1e9);
        }
        double initial = 0;
        {
            QTemporaryDir dir;
            Storage::StoreOptions o;
            o.path = dir.filePath(QStringLiteral("new.db"));
            auto store = Storage::Store::open(o, *SecureBuffer::random(32));
            auto fresh = b.station(1, (*store)->workstationId());
            Sync::SyncOptions options;
            options.pullPage = 5000;
            if (qEnvironmentVariableIsSet("OFFICINE_BENCH_SYNC_CATCHUP")) {
                options.catchUpEvery = qEnvironmentVariableIntValue("OFFICINE_BENCH_SYNC_CATCHUP");
            }
            if (qEnvironmentVariableIsSet("OFFICINE_BENCH_SYNC_PREFETCH")) {
                options.prefetchPages = qEnvironmentVariableIntValue("OFFICINE_BENCH_SYNC_PREFETCH");
            }
            Sync::SyncEngine engine(**store, *fresh->transport, (*store)->workstationId(), options);
            QElapsedTimer t;
            t.start();
            auto r = engine.run();
            initial = double(t.nsecsElapsed()) / 1e9;
            const qint64 files = *Storage::PatientRepository(**store).count();
            auto found
                = Storage::PatientRepository(**store).search(QStringLiteral("mar"), QDate::currentDate(), 20);
            std::printf("%-52s %9.1f s (%lld files, %s; search finds %zu)\n",
                        "initial sync of the new workstation", initial, files,
                        r ? "ok" : qPrintable(r.error().logText), found ? found->size() : size_t(0));
        }

        // 4. Raw PostgreSQL: the same documents, one connection.
        double rawInsert = 0, rawCopy = 0;
        {
            const QString dir = QDir::tempPath();
            b.pg.sql(QStringLiteral("CREATE TABLE bench_raw (id uuid PRIMARY KEY, payload jsonb NOT NULL)"),
                     QStringLiteral("officine"));
            b.pg.sql(QStringLiteral("CREATE TABLE bench_copy (id uuid PRIMARY KEY, payload jsonb NOT NULL)"),
                     QStringLiteral("officine"));
            QStringList ids;
            QByteArray csv;
            auto changes = patientChanges(gen, pharmacy);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
            db.setHostName(b.pg.socketDir());
            db.setPort(b.pg.port());
            db.setDatabaseName(QStringLiteral("officine"));
            db.setUserName(QStringLiteral("postgres"));
            db.open();
            QElapsedTimer t;
            t.start();
            {
                QSqlQuery q(db);
                q.exec(QStringLiteral("BEGIN"));
                q.prepare(QStringLiteral("INSERT INTO bench_raw (id, payload) VALUES (?, ?::jsonb)"));
                for (const Sync::Change& c : changes) {
                    q.bindValue(0, c.recordId);
                    q.bindValue(1, QString::fromUtf8(c.payload));
                    q.exec();
                }
                q.exec(QStringLiteral("COMMIT"));
            }
            rawInsert = double(t.nsecsElapsed()) / 1e9;
            // COPY from a file the server reads (the cluster's account must read it).
            const QString file = dir + QStringLiteral("/officine-bench-copy.tsv");
            {
                QFile f(file);
                f.open(QIODevice::WriteOnly);
                for (const Sync::Change& c : changes) {
                    QByteArray line = c.recordId.toLatin1() + '\t'
                        + QByteArray(c.payload)
                              .replace('\\', "\\\\")
                              .replace('\t', "\\t")
                              .replace('\n', "\\n")
                        + '\n';
                    f.write(line);
                }
                f.close();
                f.setPermissions(QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | QFile::WriteOwner);
            }
            t.restart();
            {
                QSqlQuery q(db);
                q.exec(QStringLiteral("COPY bench_copy (id, payload) FROM '%1'").arg(file));
            }
            rawCopy = double(t.nsecsElapsed()) / 1e9;
            QFile::remove(file);
            db.close();
            std::printf("%-52s %9.1f s (%.0f rows/s)\n", "PostgreSQL, one INSERT per row, one transaction",
                        rawInsert, pharmacy / rawInsert);
            std::printf("%-52s %9.1f s (%.0f rows/s)\n", "PostgreSQL, COPY", rawCopy, pharmacy / rawCopy);
            std::printf("%-52s %9.1f×\n", "initial sync / COPY", initial / rawCopy);
            std::printf("%-52s %9.1f×\n", "initial sync / INSERT", initial / rawInsert);
        }
    }

    // 5. 20 workstations at once.
    if (!initialOnly) {
        constexpr int stations = 20, rounds = 25;
        std::vector<std::unique_ptr<Bench::Station>> all;
        for (int i = 0; i < stations; ++i) {
            all.push_back(b.station(i % 2));
        }
        std::vector<std::vector<double>> ms(stations);
        std::vector<std::vector<std::vector<Sync::Change>>> work(stations);
        for (int i = 0; i < stations; ++i) {
            for (int r = 0; r < rounds; ++r) {
                work[size_t(i)].push_back(patientChanges(gen, 10));
            }
        }
        std::atomic<int> errors {0};
        std::vector<QThread*> threads;
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < stations; ++i) {
            const QString id = all[size_t(i)]->id;
            const QByteArray token = all[size_t(i)]->token;
            const QUrl url = b.urls.at(i % 2);
            QThread* th = QThread::create([&, i, url, token]() {
                Sync::ServerClient client(url, b.tlsCa, 60000);
                Sync::HttpTransport transport(client, [token]() { return token; });
                qint64 cursor = 0;
                for (int r = 0; r < rounds; ++r) {
                    QElapsedTimer t;
                    t.start();
                    if (!transport.push(work[size_t(i)][size_t(r)])) {
                        ++errors;
                    }
                    ms[size_t(i)].push_back(double(t.nsecsElapsed()) / 1e6);
                    t.restart();
                    auto page = transport.pull(cursor, 100);
                    if (!page) {
                        ++errors;
                    } else {
                        cursor = page->next;
                    }
                    ms[size_t(i)].push_back(double(t.nsecsElapsed()) / 1e6);
                }
            });
            threads.push_back(th);
            th->start();
        }
        for (QThread* th : threads) {
            th->wait();
            delete th;
        }
        std::vector<double> allMs;
        for (const auto& v : ms) {
            allMs.insert(allMs.end(), v.begin(), v.end());
        }
        std::printf("%-52s p50 %6.1f ms   p99 %6.1f ms   %d error(s), %zu requests in %.1f s\n",
                    "20 workstations, push 10 + pull, 25 rounds each", percentile(allMs, 0.5),
                    percentile(allMs, 0.99), errors.load(), allMs.size(), double(wall.nsecsElapsed()) / 1e9);
    }
    return 0;
}
