// Storage benchmark (issue 3): on 100,000 generated patients, the bulk insert rate, the time to
// open the store and a name-prefix search (p50/p99 over 1,000 random prefixes of 1 to 6
// letters), each on the encrypted store and on a plain SQLite store of the same schema, in the
// same run, with the ratios.
//
//   cmake --build --preset release --target bench_store && build/release/bench/bench_store
//
// OFFICINE_BENCH_PATIENTS overrides the row count (for a quick look); OFFICINE_BENCH_DIR the
// folder (default: a temporary folder under /tmp).

#include "demo/demogenerator.h"
#include "storage/patientrepository.h"
#include "storage/store.h"
#include "util/searchkey.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <random>

using namespace Officine;
using namespace Officine::Storage;

namespace {

struct Figures
{
    double insertPerSecond = 0;
    double insertSeconds = 0;
    double openMedianMs = 0;
    double openP99Ms = 0;
    double coldP50Us = 0, coldP99Us = 0;
    double warmP50Us = 0, warmP99Us = 0;
    qint64 bytes = 0;
};

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto index
        = static_cast<size_t>(std::min<double>(double(v.size() - 1), std::ceil(p * double(v.size())) - 1));
    return v[index];
}

SecureBuffer benchKey()
{
    SecureBuffer key(32);
    for (size_t i = 0; i < 32; ++i) {
        key.data()[i] = static_cast<std::uint8_t>(0xA5 ^ i);
    }
    return key;
}

} // namespace

class BenchStore : public QObject
{
    Q_OBJECT

private:
    int m_count = 100000;
    QTemporaryDir m_tmp;
    QString m_dir;
    std::vector<Model::Patient> m_patients;
    QStringList m_prefixes;
    QStringList m_warmupPrefixes;
    QMap<QString, Figures> m_figures;

    StoreOptions options(const QString& mode) const
    {
        StoreOptions o;
        o.path = m_dir + QStringLiteral("/bench-") + mode + QStringLiteral(".db");
        o.encryption = mode == QLatin1StringView("encrypted") ? Encryption::Encrypted
                                                              : Encryption::PlaintextForBenchmarkOnly;
        return o;
    }
    SecureBuffer keyFor(const QString& mode) const
    {
        return mode == QLatin1StringView("encrypted") ? benchKey() : SecureBuffer();
    }
    static void modes()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("encrypted") << QStringLiteral("encrypted");
        QTest::newRow("plain") << QStringLiteral("plain");
    }
    QStringList randomPrefixes(quint64 seed, int n) const
    {
        std::mt19937_64 rng(seed);
        QStringList out;
        for (int i = 0; i < n; ++i) {
            const auto& p = m_patients[std::uniform_int_distribution<size_t>(0, m_patients.size() - 1)(rng)];
            const QString key
                = searchKey(p.usedFamilyName.isEmpty() || (rng() & 1) ? p.birthFamilyName : p.usedFamilyName);
            const int length = std::uniform_int_distribution<int>(1, 6)(rng);
            out << key.left(length);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("OFFICINE_BENCH_PATIENTS")) {
            m_count = qEnvironmentVariableIntValue("OFFICINE_BENCH_PATIENTS");
        }
        m_dir = qEnvironmentVariableIsSet("OFFICINE_BENCH_DIR") ? qEnvironmentVariable("OFFICINE_BENCH_DIR")
                                                                : m_tmp.path();
        for (const char* mode : {"encrypted", "plain"}) {
            const QString path = options(QString::fromLatin1(mode)).path;
            for (const char* suffix : {"", "-wal", "-shm"}) {
                QFile::remove(path + QLatin1StringView(suffix));
            }
        }
        Demo::DemoGenerator generator(42);
        m_patients.reserve(static_cast<size_t>(m_count));
        for (int i = 0; i < m_count; ++i) {
            m_patients.push_back(generator.nextPatient());
        }
        m_prefixes = randomPrefixes(7, 1000);
        m_warmupPrefixes = randomPrefixes(8, 1000);
        std::printf("bench_store: %d generated patients, 1000 prefixes of 1-6 letters, folder %s\n", m_count,
                    qPrintable(m_dir));
    }

    void bulkInsert_data() { modes(); }
    void bulkInsert()
    {
        QFETCH(QString, mode);
        auto store = Store::open(options(mode), keyFor(mode));
        QVERIFY2(store, store ? "" : qPrintable(store.error().logText));
        PatientRepository repo(**store);
        const WriteContext ctx {(*store)->workstationId(),
                                QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
        std::vector<Model::Patient> batch = m_patients;
        // Timed by hand: QBENCHMARK may run its body more than once, which would insert twice.
        QElapsedTimer timer;
        timer.start();
        constexpr size_t batchSize = 5000;
        for (size_t i = 0; i < batch.size(); i += batchSize) {
            auto tx = Transaction::begin(**store);
            QVERIFY(tx);
            for (size_t j = i; j < std::min(batch.size(), i + batchSize); ++j) {
                QVERIFY(repo.insert(batch[j], ctx));
            }
            QVERIFY(tx->commit());
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        QVERIFY((*store)->checkpoint());
        m_figures[mode].insertSeconds = seconds;
        m_figures[mode].insertPerSecond = double(m_count) / seconds;
        m_figures[mode].bytes = QFileInfo(options(mode).path).size();
        QCOMPARE(*repo.count(), qint64(m_count));
    }

    void openStore_data() { modes(); }
    void openStore()
    {
        QFETCH(QString, mode);
        StoreOptions o = options(mode);
        o.createIfMissing = false;
        const SecureBuffer key = keyFor(mode);
        QBENCHMARK
        { // Qt Test's own figure for a bare open
            auto store = Store::open(o, key);
            QVERIFY(store);
        }
        std::vector<double> ms;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer t;
            t.start();
            auto store = Store::open(o, key);
            QVERIFY(store);
            // Opening ends with a usable store: the first screen's query included.
            auto first = PatientRepository(**store).list(0, 50);
            QVERIFY(first && first->size() == 50);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        m_figures[mode].openMedianMs = percentile(ms, 0.5);
        m_figures[mode].openP99Ms = percentile(ms, 0.99);
    }

    void prefixSearch_data() { modes(); }
    void prefixSearch()
    {
        QFETCH(QString, mode);
        StoreOptions o = options(mode);
        o.createIfMissing = false;
        auto store = Store::open(o, keyFor(mode));
        QVERIFY(store);
        PatientRepository repo(**store);
        auto measure = [&](const QStringList& prefixes) {
            std::vector<double> us;
            us.reserve(static_cast<size_t>(prefixes.size()));
            for (const QString& prefix : prefixes) {
                QElapsedTimer t;
                t.start();
                auto found = repo.search(prefix, QDate(2026, 11, 23), 50);
                const double elapsed = double(t.nsecsElapsed()) / 1e3;
                if (!found || found->empty()) {
                    qFatal("search failed or found nothing for a prefix of an existing name");
                }
                us.push_back(elapsed);
            }
            return us;
        };
        // Cold: the first 1,000 searches after opening (pages read and decrypted on demand).
        const auto cold = measure(m_prefixes);
        // Warm: the same 1,000 prefixes after another 1,000 searches, the steady state of a
        // workstation that has been open for a while.
        measure(m_warmupPrefixes);
        const auto warm = measure(m_prefixes);
        Figures& f = m_figures[mode];
        f.coldP50Us = percentile(cold, 0.5);
        f.coldP99Us = percentile(cold, 0.99);
        f.warmP50Us = percentile(warm, 0.5);
        f.warmP99Us = percentile(warm, 0.99);
    }

    void cleanupTestCase()
    {
        if (!m_figures.contains(QStringLiteral("encrypted"))
            || !m_figures.contains(QStringLiteral("plain"))) {
            return;
        }
        const Figures& e = m_figures[QStringLiteral("encrypted")];
        const Figures& p = m_figures[QStringLiteral("plain")];
        std::printf("\n%-38s %14s %14s %8s\n", "storage benchmark", "encrypted", "plain SQLite", "ratio");
        auto row = [](const char* what, double enc, double plain, const char* unit, bool higherIsBetter) {
            const double ratio = higherIsBetter ? plain / enc : enc / plain;
            std::printf("%-38s %11.1f %-2s %11.1f %-2s %8.2f\n", what, enc, unit, plain, unit, ratio);
        };
        row("bulk insert (patients/s, with outbox)", e.insertPerSecond, p.insertPerSecond, "/s", true);
        row("open store + first 50 rows, median", e.openMedianMs, p.openMedianMs, "ms", false);
        row("open store + first 50 rows, p99", e.openP99Ms, p.openP99Ms, "ms", false);
        row("prefix search cold, p50", e.coldP50Us, p.coldP50Us, "us", false);
        row("prefix search cold, p99", e.coldP99Us, p.coldP99Us, "us", false);
        row("prefix search warm, p50", e.warmP50Us, p.warmP50Us, "us", false);
        row("prefix search warm, p99", e.warmP99Us, p.warmP99Us, "us", false);
        std::printf("%-38s %11.1f MB %11.1f MB\n", "database file", double(e.bytes) / 1e6,
                    double(p.bytes) / 1e6);
        std::printf("(ratio = encrypted cost / plain cost; insert ratio = plain rate / encrypted rate)\n");
        std::printf("targets: search p99 <= 2 ms encrypted, search ratio <= 1.2, insert ratio <= 1.5, open < "
                    "200 ms\n");
    }
};

QTEST_GUILESS_MAIN(BenchStore)
#include "bench_store.moc"
