// Patient files benchmark (patients issue): on 100,000 generated patients, the encrypted store
// beside a plain SQLite store of the same schema in the same run:
//  - as-you-type search, p50/p99 over 1,000 random queries of each kind (name prefixes of 1–6
//    letters, name + given name, a birth date in each format, NIR prefixes with and without
//    spaces), through PatientDirectory::search as the Patients screen calls it;
//  - duplicate candidates for 1,000 drafts close to existing files (typos, swapped given names,
//    swapped day and month);
//  - opening a file with 10 years of history (240 changes, 2,600 consultations): the file, its
//    history, rights and photo, and its access history as the file screen reads them;
//  - the FHIR export of that file;
//  - the CSV import of 50,000 rows with the duplicate checks (parse + dry run + batches).
//
//   cmake --preset release && cmake --build --preset release --target bench_patients
//   build/release/bench/bench_patients
//
// OFFICINE_BENCH_PATIENTS overrides the patient count, OFFICINE_BENCH_IMPORT the import rows;
// OFFICINE_BENCH_ONLY=import measures the import alone (to profile it), OFFICINE_BENCH_BATCH its rows
// per transaction, OFFICINE_BENCH_CACHE_MIB the page cache; OFFICINE_BENCH_KEEP=1 keeps the stores.

#include "../tests/support/fakeclock.h"
#include "auth/role.h"
#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "demo/demogenerator.h"
#include "importing/patientimport.h"
#include "services/auditlog.h"
#include "services/patientdirectory.h"
#include "storage/patientrepository.h"
#include "storage/store.h"
#include "util/searchkey.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <random>
#include <sys/resource.h>

using namespace Officine;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto index
        = static_cast<size_t>(std::min<double>(double(v.size() - 1), std::ceil(p * double(v.size())) - 1));
    return v[index];
}

struct Stat
{
    double p50 = 0, p99 = 0;
};

Stat stat(const std::vector<double>& v)
{
    return {percentile(v, 0.5), percentile(v, 0.99)};
}

SecureBuffer benchKey()
{
    SecureBuffer key(32);
    for (size_t i = 0; i < 32; ++i) {
        key.data()[i] = static_cast<std::uint8_t>(0x5A ^ i);
    }
    return key;
}

QString withSpaces(const QString& nir)
{
    // As typed from a carte Vitale: 1 85 07 75 115 042 30.
    static const int groups[] = {1, 2, 2, 2, 3, 3, 2};
    QString out;
    int at = 0;
    for (int g : groups) {
        if (at >= nir.size()) {
            break;
        }
        if (!out.isEmpty()) {
            out += u' ';
        }
        out += nir.mid(at, g);
        at += g;
    }
    return out;
}

} // namespace

class BenchPatients : public QObject
{
    Q_OBJECT

private:
    int m_count = 100000;
    int m_importRows = 50000;
    int m_batchSize = Import::PatientImporter::kDefaultBatchSize; ///< rows per transaction, as the dialog
    /// The life of the file opened in the benchmark: 10 years, day by day.
    static constexpr int kHistoryDays = 3650;
    QTemporaryDir m_tmp;
    std::vector<Model::Patient> m_sample; ///< generated patients the queries are drawn from
    QMap<QString, QStringList> m_queries; ///< kind → 1,000 queries
    std::vector<Model::Patient> m_drafts;
    QByteArray m_csv;
    QMap<QString, QMap<QString, Stat>> m_stats; ///< mode → figure → stat
    QMap<QString, QMap<QString, double>> m_rates;

    static void modes()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("encrypted") << QStringLiteral("encrypted");
        QTest::newRow("plain") << QStringLiteral("plain");
    }

    void measureQueries(const QString& mode, Services::PatientDirectory& directory, Services::AuditLog& log,
                        Commands::CommandExecutor& executor, FakeClock& clock, QMap<QString, Stat>& stats)
    {
        // 10 years of one file's life: a change every 15 days, a consultation every 1.4 days.
        const QString uuid = directory.search(searchKey(m_sample[500].birthFamilyName), 1)->front().uuid;
        {
            Model::Patient p = *directory.get(uuid);
            p.allergies = {{{}, false, QStringLiteral("Pénicilline"), QStringLiteral("urticaire"), {}, {}}};
            Commands::UpdatePatientCommand allergy(p, clock.today());
            QVERIFY(executor.execute(allergy));
            QVERIFY(executor.execute(*std::make_unique<Commands::SetPatientPhotoCommand>(
                uuid, QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(60000, 'j'))));
        }
        for (int day = 0, change = 0; day < kHistoryDays; day += 1) {
            clock.advanceDays(1);
            if (day % 15 == 0 && change < 240) {
                Model::Patient p = *directory.reread(uuid);
                p.city = QStringLiteral("Commune %1").arg(++change);
                Commands::UpdatePatientCommand move(p, clock.today());
                QVERIFY(executor.execute(move));
            }
            if (day % 7 < 5) {
                QVERIFY(directory.get(uuid));
            }
        }

        const int slowest = qEnvironmentVariableIntValue("OFFICINE_BENCH_SLOWEST");
        for (auto it = m_queries.cbegin(); it != m_queries.cend(); ++it) {
            std::vector<double> us;
            std::vector<std::pair<double, QString>> timed;
            for (const QString& q : it.value()) {
                QElapsedTimer t;
                t.start();
                auto found = directory.search(q, 100); // what the Patients screen asks
                us.push_back(double(t.nsecsElapsed()) / 1e3);
                timed.emplace_back(us.back(), q);
                if (!found) {
                    qFatal("search failed");
                }
            }
            stats[QStringLiteral("search: ") + it.key()] = stat(us);
            // OFFICINE_BENCH_SLOWEST=N: the N slowest queries of each kind (generated data only).
            std::sort(timed.begin(), timed.end(), std::greater<>());
            for (int i = 0; i < slowest && i < int(timed.size()); ++i) {
                std::printf("  %s: slow %s query \"%s\": %.0f µs\n", qPrintable(mode), qPrintable(it.key()),
                            qPrintable(timed[size_t(i)].second), timed[size_t(i)].first);
            }
        }
        {
            std::vector<double> us;
            for (const Model::Patient& d : m_drafts) {
                QElapsedTimer t;
                t.start();
                auto c = directory.duplicateCandidates(d);
                us.push_back(double(t.nsecsElapsed()) / 1e3);
                QVERIFY(c);
            }
            stats[QStringLiteral("duplicate candidates on creation")] = stat(us);
        }
        {
            std::vector<double> us;
            std::vector<double> tabUs;
            for (int i = 0; i < 100; ++i) {
                QElapsedTimer t;
                t.start();
                auto p = directory.get(uuid);
                auto extras = directory.extras(*p);
                us.push_back(double(t.nsecsElapsed()) / 1e3);
                QElapsedTimer tab;
                tab.start();
                Audit::Filter f;
                f.patientUuid = uuid;
                auto accesses = log.query(f);
                tabUs.push_back(double(tab.nsecsElapsed()) / 1e3);
                QVERIFY(p && extras && accesses);
                if (i == 0) {
                    std::printf("  %s: file with %zu history entries, %zu access entries\n", qPrintable(mode),
                                extras->history.size(), accesses->size());
                }
            }
            stats[QStringLiteral("open a file with 10 years of history")] = stat(us);
            stats[QStringLiteral("its access history tab (2,850 entries)")] = stat(tabUs);
        }
        {
            std::vector<double> us;
            for (int i = 0; i < 100; ++i) {
                QElapsedTimer t;
                t.start();
                auto json = directory.portabilityBundle(uuid);
                us.push_back(double(t.nsecsElapsed()) / 1e3);
                QVERIFY(json && json->size() > 1000);
            }
            stats[QStringLiteral("FHIR export of that file")] = stat(us);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("OFFICINE_BENCH_PATIENTS")) {
            m_count = qEnvironmentVariableIntValue("OFFICINE_BENCH_PATIENTS");
        }
        // OFFICINE_BENCH_KEEP=1 keeps the stores (generated data only) to look into them.
        m_tmp.setAutoRemove(!qEnvironmentVariableIsSet("OFFICINE_BENCH_KEEP"));
        if (qEnvironmentVariableIntValue("OFFICINE_BENCH_BATCH") > 0) {
            m_batchSize = qEnvironmentVariableIntValue("OFFICINE_BENCH_BATCH");
        }
        if (qEnvironmentVariableIsSet("OFFICINE_BENCH_IMPORT")) {
            m_importRows = qEnvironmentVariableIntValue("OFFICINE_BENCH_IMPORT");
        }
        Demo::DemoGenerator generator(42);
        for (int i = 0; i < m_count; ++i) {
            m_sample.push_back(generator.nextPatient());
        }
        std::mt19937_64 rng(7);
        auto any = [&]() -> const Model::Patient& {
            return m_sample[std::uniform_int_distribution<size_t>(0, m_sample.size() - 1)(rng)];
        };
        auto len = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
        for (int i = 0; i < 1000; ++i) {
            const Model::Patient& p = any();
            const QString family
                = searchKey(p.usedFamilyName.isEmpty() || (rng() & 1) ? p.birthFamilyName : p.usedFamilyName);
            m_queries[QStringLiteral("name prefix, 1-6 letters")] << family.left(len(1, 6));
            m_queries[QStringLiteral("name + given name")]
                << family.left(len(3, 6)) + u' ' + searchKey(p.effectiveFirstGivenName()).left(len(1, 3));
            const QDate b = any().birthDate.toDate();
            m_queries[QStringLiteral("date dd/mm/yyyy")] << b.toString(QStringLiteral("dd/MM/yyyy"));
            m_queries[QStringLiteral("date yyyy-mm-dd")] << b.toString(QStringLiteral("yyyy-MM-dd"));
            m_queries[QStringLiteral("date ddmmyy")]
                << any().birthDate.toDate().toString(QStringLiteral("ddMMyy"));
            m_queries[QStringLiteral("date mm/yyyy")]
                << any().birthDate.toDate().toString(QStringLiteral("MM/yyyy"));
            const QString nir = any().nir.left(len(3, 15));
            m_queries[QStringLiteral("NIR prefix, 3-15 characters")] << ((rng() & 1) ? withSpaces(nir) : nir);
        }
        // Drafts close to existing files, as typed at the counter.
        for (int i = 0; i < 1000; ++i) {
            Model::Patient p = any();
            p.meta = {};
            switch (i % 4) {
            case 0: // a typo in the family name
                if (p.birthFamilyName.size() > 3) {
                    p.birthFamilyName[2] = p.birthFamilyName.at(2) == u'E' ? u'A' : u'E';
                }
                break;
            case 1: { // given names in another order
                QStringList g = p.givenNames.split(u' ');
                std::reverse(g.begin(), g.end());
                p.givenNames = g.join(u' ');
                break;
            }
            case 2: { // day and month swapped
                const QDate bd = p.birthDate.toDate();
                if (bd.day() <= 12) {
                    p.birthDate = QDate(bd.year(), bd.day(), bd.month());
                }
                break;
            }
            default: // the same person typed again, NIR left out
                p.nir.clear();
            }
            m_drafts.push_back(p);
        }
        // The file another system exports (new people, another seed).
        Demo::DemoGenerator other(4242);
        m_csv = "Nom;Nom d'usage;Prénoms;Sexe;Date de naissance;N° SS;Adresse;CP;Ville;Téléphone;Portable\n";
        for (int i = 0; i < m_importRows; ++i) {
            const Model::Patient p = other.nextPatient();
            const QStringList cells {p.birthFamilyName.toUpper(),
                                     p.usedFamilyName.toUpper(),
                                     p.givenNames,
                                     Model::sexCode(p.sex),
                                     p.birthDate.toDisplay(),
                                     p.nir,
                                     p.addressLine,
                                     p.postalCode,
                                     p.city,
                                     p.phone,
                                     p.mobilePhone};
            m_csv += cells.join(u';').toUtf8() + '\n';
        }
        std::printf("bench_patients: %d patients, 1,000 queries per kind, %d CSV rows, folder %s\n", m_count,
                    m_importRows, qPrintable(m_tmp.path()));
    }

    void everything_data() { modes(); }
    void everything()
    {
        QFETCH(QString, mode);
        Storage::StoreOptions o;
        o.path = m_tmp.filePath(QStringLiteral("patients-") + mode + QStringLiteral(".db"));
        if (qEnvironmentVariableIsSet("OFFICINE_BENCH_CACHE_MIB")) {
            o.cacheKiB = 1024 * qEnvironmentVariableIntValue("OFFICINE_BENCH_CACHE_MIB");
        }
        o.encryption = mode == QLatin1StringView("encrypted")
            ? Storage::Encryption::Encrypted
            : Storage::Encryption::PlaintextForBenchmarkOnly;
        auto opened
            = Storage::Store::open(o, mode == QLatin1StringView("encrypted") ? benchKey() : SecureBuffer());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().logText));
        Storage::Store& store = **opened;
        FakeClock clock(QDateTime(QDate(2016, 12, 1), QTime(9, 0), Qt::UTC));
        // Generated data carries INS of the demonstration system (OID …4.11).
        QVERIFY(store.setMeta(QStringLiteral("ins_environment"), QStringLiteral("demo")));
        {
            Demo::DemoGenerator generator(42);
            QVERIFY(generator.populate(store, m_count, {store.workstationId(), clock.now()}));
        }
        Commands::CommandExecutor executor(store, clock);
        executor.setActor(Commands::Actor {QStringLiteral("hugo"), QStringLiteral("Hugo ESSAI"), QString(),
                                           Auth::permissionsOf(Auth::Role::Pharmacien)});
        Services::PatientDirectory directory(executor);
        Services::AuditLog log(executor);
        QMap<QString, Stat>& stats = m_stats[mode];

        if (qEnvironmentVariable("OFFICINE_BENCH_ONLY") != QLatin1StringView("import")) {
            measureQueries(mode, directory, log, executor, clock, stats);
            if (QTest::currentTestFailed()) {
                return;
            }
        } else {
            clock.advanceDays(kHistoryDays); // where the queries leave it: no birth date in the future
        }
        {
            // Page faults: on a virtual machine whose host backs guest memory lazily, the first
            // touch of a page costs tens of microseconds instead of one; the counts explain runs.
            const auto faults = [] {
                rusage u {};
                getrusage(RUSAGE_SELF, &u);
                return long(u.ru_minflt + u.ru_majflt);
            };
            const long faults0 = faults();
            QElapsedTimer t;
            t.start();
            auto table = Import::CsvTable::parse(m_csv);
            QVERIFY(table);
            const double parsed = double(t.nsecsElapsed()) / 1e9;
            Import::PatientImporter importer(executor);
            auto plan = importer.prepare(*table, Import::ColumnMapping::guess(table->header));
            QVERIFY(plan);
            const double checked = double(t.nsecsElapsed()) / 1e9;
            const long faultsChecked = faults();
            {
                QMap<QString, int> reasons;
                for (const auto& r : plan->rejected) {
                    ++reasons[r.reason.left(40)];
                }
                for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
                    std::printf("  %s: refused %d× \"%s…\"\n", qPrintable(mode), it.value(),
                                qPrintable(it.key()));
                }
            }
            QElapsedTimer batchTimer;
            batchTimer.start();
            std::vector<double> batchMs;
            auto summary = importer.run(*plan, m_batchSize, [&](int, int) {
                batchMs.push_back(double(batchTimer.nsecsElapsed()) / 1e6);
                batchTimer.restart();
                return true;
            });
            if (batchMs.size() > 2) {
                std::printf("  %s: import batch of %d: first %.1f ms, median %.1f ms, last %.1f ms\n",
                            qPrintable(mode), m_batchSize, batchMs.front(), percentile(batchMs, 0.5),
                            batchMs.back());
            }
            QVERIFY(summary);
            // After the last batch: the imported files' search rows (deferred by the batches).
            const double searchRows = double(batchTimer.nsecsElapsed()) / 1e9;
            const double total = double(t.nsecsElapsed()) / 1e9;
            std::printf("  %s: import of %d rows: %d imported, %zu refused, %d proposals; parse %.2f s, dry "
                        "run %.2f s, batches %.2f s, then search rows %.2f s\n",
                        qPrintable(mode), m_importRows, summary->imported, plan->rejected.size(),
                        plan->proposals(), parsed, checked - parsed, total - checked - searchRows,
                        searchRows);
            std::printf("  %s: page faults during the import: %ld in parse + dry run, %ld in the batches\n",
                        qPrintable(mode), faultsChecked - faults0, faults() - faultsChecked);
            m_rates[mode][QStringLiteral("CSV import, rows/s (parse + dry run + import)")]
                = double(m_importRows) / total;
        }
    }

    void cleanupTestCase()
    {
        if (!m_stats.contains(QStringLiteral("encrypted")) || !m_stats.contains(QStringLiteral("plain"))) {
            return;
        }
        const auto& e = m_stats[QStringLiteral("encrypted")];
        const auto& p = m_stats[QStringLiteral("plain")];
        std::printf("\n%-44s %10s %10s %10s %10s %7s\n", "patients benchmark (µs)", "enc p50", "enc p99",
                    "plain p50", "plain p99", "ratio");
        for (auto it = e.cbegin(); it != e.cend(); ++it) {
            const Stat& x = it.value();
            const Stat& y = p.value(it.key());
            std::printf("%-44s %10.1f %10.1f %10.1f %10.1f %7.2f\n", qPrintable(it.key()), x.p50, x.p99,
                        y.p50, y.p99, x.p99 / y.p99);
        }
        for (auto it = m_rates[QStringLiteral("encrypted")].cbegin();
             it != m_rates[QStringLiteral("encrypted")].cend(); ++it) {
            const double plain = m_rates[QStringLiteral("plain")].value(it.key());
            std::printf("%-44s %10.0f %10s %10.0f %10s %7.2f\n", qPrintable(it.key()), it.value(), "", plain,
                        "", plain / it.value());
        }
        std::printf("(ratio = encrypted p99 / plain p99; for the import, plain rate / encrypted rate)\n");
        std::printf(
            "targets: search p99 <= 1 ms each kind, ratio <= 1.2; duplicates <= 5 ms; opening <= 20 ms; "
            "export <= 50 ms; import >= 10,000 rows/s\n");
    }
};

int main(int argc, char** argv)
{
    // Two stores of 100,000 patients and two imports of 50,000 rows take longer than Qt Test's
    // default five minutes per function.
    qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    QCoreApplication app(argc, argv);
    BenchPatients bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_patients.moc"
